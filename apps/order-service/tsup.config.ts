import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

// An application, not a library: one ESM entry per runnable file, no declarations.
export default defineConfig(libraryConfig({ entry: ['src/server.ts'], format: ['esm'], dts: false }));
