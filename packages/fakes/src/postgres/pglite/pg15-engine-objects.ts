import type { SqlToken } from '../sql-tokens.js';

/**
 * The fake's own objects, kept out of what user SQL reads, as a fresh PostgreSQL 15 database has
 * none of them. Every one is named under the hidden prefix (pg15-catalog.ts's PG15_HIDDEN_PREFIX):
 * PGlite's newer built-ins renamed there, the fake's stand-ins and helpers, and the reset's schema
 * change log and seed copies (table-reset.ts, in pg_catalog: a schema of their own would show in
 * pg_namespace, information_schema.schemata, `to_regnamespace` and `::regnamespace`, which no
 * filter can hide). Reads of the catalogs and system views that list them by name go through a
 * filter on that prefix (pg15-dialect.ts's PG15_CATALOG_TABLES), as pg_proc and pg_type already do.
 */

// A literal, not pg15-catalog's constant: that module imports the dialect, which imports this one.
const PREFIX = 'pglite18_';
const hidden = (column: string): string => `${column} OPERATOR(pg_catalog.!~) '^${PREFIX}'`;

/**
 * Catalogs and views whose rows name the hidden objects, read without them:
 * - pg_event_trigger: the reset's schema change log trigger (15 has no event trigger).
 * - pg_authid, pg_roles: the predefined roles 16-18 added (pg_maintain, pg_create_subscription,
 *   pg_use_reserved_connections, pg_signal_autovacuum_worker), renamed, not dropped.
 * - pg_views, pg_tables: the system views 16-18 added (pg_stat_io, pg_wait_events...) and the
 *   reset's tables. Their columns are 15's (the same as 18's), so `*` reads them as 15 lists them.
 */
export const ENGINE_OBJECT_READS: Readonly<Record<string, string>> = {
  pg_event_trigger: `SELECT oid, evtname, evtevent, evtowner, evtfoid, evtenabled, evttags FROM pg_catalog.pg_event_trigger WHERE ${hidden('evtname')}`,
  pg_authid: `SELECT oid, rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls, rolconnlimit, rolpassword, rolvaliduntil FROM pg_catalog.pg_authid WHERE ${hidden('rolname')}`,
  pg_roles: `SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolconnlimit, rolpassword, rolvaliduntil, rolbypassrls, rolconfig, oid FROM pg_catalog.pg_roles WHERE ${hidden('rolname')}`,
  pg_views: `SELECT schemaname, viewname, viewowner, definition FROM pg_catalog.pg_views WHERE ${hidden('viewname')}`,
  pg_tables: `SELECT schemaname, tablename, tableowner, tablespace, hasindexes, hasrules, hastriggers, rowsecurity FROM pg_catalog.pg_tables WHERE ${hidden('tablename')}`,
};

/**
 * The catalog reads with the hidden objects left out: `pg_class` (its read already 15's columns)
 * without the hidden relations, and the reads above added. A filter on a name column the planner
 * applies while it scans: nothing for statements that read no catalog.
 */
export function withoutEngineObjects(reads: Iterable<[string, string]>): [string, string][] {
  const entries = [...reads].map(([name, read]): [string, string] =>
    name === 'pg_class' ? [name, `SELECT * FROM (${read}) c WHERE ${hidden('c.relname')}`] : [name, read],
  );
  const have = new Set(entries.map(([name]) => name));
  return [...entries, ...Object.entries(ENGINE_OBJECT_READS).filter(([name]) => !have.has(name))];
}

/** The texts the reads above and the refusal below concern, for the dialect's prefilter. */
export const ENGINE_OBJECT_PREFILTER = new RegExp(
  String.raw`\b(?:${Object.keys(ENGINE_OBJECT_READS).join('|')})\b|\bdrop\s+extension\b`,
);

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && (words.length === 0 || words.includes(token.value));

/**
 * `DROP EXTENSION plpgsql` (in a list, IF EXISTS, CASCADE or not): 15 drops it from a fresh
 * database, where no function is written in it. PGlite's has the fake's own PL/pgSQL helpers, so it
 * refuses (2BP01, naming them all) or, with CASCADE, would drop the fake's working parts. Neither
 * is 15's answer: refused (0A000).
 */
export function dropEngineExtensionRefusal(tokens: readonly SqlToken[]): string | undefined {
  if (!isWord(tokens[0], 'drop') || !isWord(tokens[1], 'extension')) return undefined;
  // A quoted name's token holds the name itself.
  const names = tokens
    .slice(2)
    .filter((token) => token.kind === 'word' || token.kind === 'quoted')
    .map((token) => token.value);
  if (!names.includes('plpgsql')) return undefined;
  return 'DROP EXTENSION plpgsql: the fake writes its own helpers in PL/pgSQL, so PGlite cannot drop it as PostgreSQL 15 does in a fresh database: run this test on the real server';
}
