import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

// Three entries: the runner-neutral API, its vitest layer (`@seams/testenv/vitest`, the only one that
// imports vitest) and the global setup other repos name in vitest's `globalSetup`.
export default defineConfig(
  libraryConfig({ entry: ['src/index.ts', 'src/vitest.ts', 'src/global-setup.ts'] }),
);
