import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

// The global setup is its own entry: other repos point vitest's `globalSetup` at `@seams/testenv/global-setup`.
export default defineConfig(libraryConfig({ entry: ['src/index.ts', 'src/global-setup.ts'] }));
