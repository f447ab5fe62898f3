import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

// shims: the CJS build resolves files next to its own module (the installed PGlite's version for
// its initdb cache, the PGlite worker thread's script), which needs import.meta.url there too.
// The worker thread's script is an entry of its own, started by file (never imported), so it
// ships beside index.js / index.cjs as pglite-worker.js / .cjs, with no types. No code splitting:
// each entry carries the little it shares (the engine), so dist has no hashed chunks (with
// `clean: false`, every build would leave another one behind to be packed).
export default defineConfig(
  libraryConfig({
    entry: { index: 'src/index.ts', 'pglite-worker': 'src/postgres/pglite/pglite-worker.ts' },
    dts: { entry: { index: 'src/index.ts' } },
    shims: true,
    splitting: false,
  }),
);
