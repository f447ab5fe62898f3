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
});
