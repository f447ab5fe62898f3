import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

// shims: the CJS build resolves files next to its own module (the installed PGlite's version for
// its initdb cache), which needs import.meta.url there too.
export default defineConfig(libraryConfig({ shims: true }));
