import { cpSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// An app, not a library: ESM only, two entries (the server and the composition API the
// benchmarks import), dependencies left external so pg and amqplib stay single instances.
export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: false,
  target: 'node20',
  platform: 'node',
  skipNodeModulesBundle: true,
  // The .sql migrations sit beside the code that loads them (src/postgres/migrations); the bundle
  // lives in dist/, so they go to dist/migrations, replaced whole: with `clean: false` a migration
  // deleted from src would otherwise stay in dist and run.
  onSuccess: async () => {
    rmSync('dist/migrations', { recursive: true, force: true });
    cpSync('src/postgres/migrations', 'dist/migrations', { recursive: true });
  },
});
