import { FakePostgresSetupError } from '../fake-postgres-setup-error.js';

/** PGlite's module, loaded on first use so users of the pg-mem engine never need it installed. */
export type PgliteModule = typeof import('@electric-sql/pglite');

let loading: Promise<PgliteModule> | undefined;

/** `@electric-sql/pglite`, or an error saying how to install it (it is an optional peer dependency). */
export function loadPglite(): Promise<PgliteModule> {
  loading ??= import('@electric-sql/pglite').catch((error: unknown) => {
    loading = undefined;
    throw new FakePostgresSetupError(
      'FAKE_PG_ENGINE_MISSING',
      "createFakePostgres({ engine: 'pglite' }) needs the optional peer dependency @electric-sql/pglite: " +
        'install it with `npm i -D @electric-sql/pglite@^0.5` (or pnpm add -D / yarn add -D)',
      { cause: error },
    );
  });
  return loading;
}
