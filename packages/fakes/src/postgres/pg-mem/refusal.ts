import { FakePostgresError } from '../fake-postgres-error.js';
import type { PostgresErrorFields } from '../postgres-engine.js';

/** The report fields beyond SQLSTATE and message: `detail`, `table`, `constraint`, ... */
export type ErrorDetails = Omit<PostgresErrorFields, 'severity' | 'code' | 'message'>;

/**
 * The pg-mem engine's loud "no": SQLSTATE 0A000 naming what it cannot run the way PostgreSQL does,
 * and where to run it instead. Everything the engine is not sure to answer as PostgreSQL does ends
 * here, rather than in an answer that differs without a word.
 */
export function refuse(construct: string): FakePostgresError {
  return new FakePostgresError(
    '0A000',
    `pg-mem engine: ${construct} is not supported (pg-mem would not answer it as PostgreSQL does). ` +
      "Run this test on the PGlite engine: createFakePostgres({ engine: 'pglite' }).",
  );
}

/** A PostgreSQL error the engine raises itself, with PostgreSQL's SQLSTATE, message and fields. */
export function pgError(code: string, message: string, fields: ErrorDetails = {}): FakePostgresError {
  return new FakePostgresError(code, message, { fields });
}
