// `pnpm start`: the order service straight from its TypeScript sources, the sibling packages'
// sources included (tsx maps `@seams/*` to `packages/*/src` with the tsconfig the tests' spawned
// processes use), so a fresh clone listens in about two seconds instead of first building every
// package with its type declarations. Arguments pass through: `pnpm start --create-database`.
// Production runs the build instead: `pnpm build`, then `node apps/order-service/dist/server.js`.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// Also in the environment: the embedded PGlite's worker thread registers tsx for itself and reads
// the tsconfig from there (packages/fakes/src/postgres/pglite/typescript-thread.mjs).
const tsconfig = fileURLToPath(new URL('../tooling/vitest-config/tsconfig.source.json', import.meta.url));
process.env.TSX_TSCONFIG_PATH = tsconfig;
register({ tsconfig });
await import('../apps/order-service/src/server.ts');
