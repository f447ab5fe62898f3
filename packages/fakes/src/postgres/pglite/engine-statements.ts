/**
 * The protocol-level prepared statements the PGlite engine keeps for its own reuse (one per
 * statement text a client sent with parameters; pglite-engine.ts). A client of a server sees none of
 * them: node-pg's unnamed statements are never listed, so pg_prepared_statements leaves these out.
 */
export const ENGINE_STATEMENT_PREFIX = 'seams_';

/** The name of the engine's `index`th kept statement. */
export const engineStatementName = (index: number): string => `${ENGINE_STATEMENT_PREFIX}${index}`;

/**
 * SQL true for a row of `pg_prepared_statement()` (aliased `alias`) that is one of the engine's own
 * statements: made through the protocol, not by PREPARE, under the engine's naming.
 */
export const isEngineStatementRow = (alias: string): string =>
  `(NOT ${alias}.from_sql AND ${alias}.name ~ '^${ENGINE_STATEMENT_PREFIX}[0-9]+$')`;
