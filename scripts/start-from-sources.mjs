// `pnpm start`: the order service straight from its TypeScript sources, the sibling packages'
// sources included (tsx maps `@seams/*` to `packages/*/src` with the tsconfig the tests' spawned
// processes use), so a fresh clone listens in about two seconds instead of first building every
// package with its type declarations. Arguments pass through: `pnpm start --create-database`.
// Production runs the build instead: `pnpm build`, then `node apps/order-service/dist/server.js`.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({
  tsconfig: fileURLToPath(new URL('../tooling/vitest-config/tsconfig.source.json', import.meta.url)),
});
await import('../apps/order-service/src/server.ts');
