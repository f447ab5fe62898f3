import type { SqlToken } from '../sql-tokens.js';
import type { CatalogStatement } from './pg15-catalog.js';
import { EVENT_TRIGGER_GUARD } from './pg15-event-triggers.js';

/**
 * A user's constraint named as 18 names a column's NOT NULL (`t_id_not_null`, a CHECK or UNIQUE
 * constraint so named, or a domain's `d_not_null`). 18 keeps a NOT NULL as a constraint that a DROP
 * reports in `pg_event_trigger_dropped_objects()`; 15 has none, so the fake's stand-in for that
 * function leaves those rows out by their names (pg15-event-triggers.ts): by the time a sql_drop
 * event trigger runs, the catalog row that told the two apart (`contype`) is gone, and the user's
 * constraint would be left out too, where 15 reports it. So a statement that may drop a constraint
 * is refused (0A000) while a sql_drop event trigger would fire for it and a constraint with such a
 * name that is not a NOT NULL exists; without one of those, the names mean what the stand-in takes.
 */
const REFUSAL =
  "a statement that may drop a constraint while a sql_drop event trigger would fire for it and a constraint that is not a NOT NULL is named as PostgreSQL 18 names a column's NOT NULL constraint (<table>_<column>_not_null): PGlite (PostgreSQL 18) reports its NOT NULL constraints among the dropped objects, which PostgreSQL 15 does not have, and the fake cannot tell such a constraint from them by name, so it refuses the statement: rename the constraint, or run this test on the real server";

/** The guard: refuses when a sql_drop event trigger would fire for `tag` and a user's constraint has such a name. */
const GUARD = 'pg_catalog.pglite18_not_null_name_guard';

export const NOT_NULL_NAME_STATEMENTS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE FUNCTION ${GUARD}(tag text) RETURNS void LANGUAGE sql STABLE AS $$
      SELECT ${EVENT_TRIGGER_GUARD}(ARRAY['sql_drop'], tag, '${REFUSAL.replaceAll("'", "''")}')
      FROM (SELECT 1 FROM pg_catalog.pg_constraint c
        LEFT JOIN pg_catalog.pg_class r ON r.oid OPERATOR(pg_catalog.=) c.conrelid
        WHERE c.contype OPERATOR(pg_catalog.<>) 'n'
          AND c.conname OPERATOR(pg_catalog.~) '_not_null[0-9]*$'
          AND (c.contypid OPERATOR(pg_catalog.<>) 0
            OR pg_catalog.starts_with(c.conname::pg_catalog.text, r.relname::pg_catalog.text OPERATOR(pg_catalog.||) '_'))
        LIMIT 1) a
    $$`,
    params: [],
  },
];

/** The texts `ambiguousNotNullNameGuard` may guard (pg15-dialect.ts rewrites only texts this or others match). */
export const DROPPING_PREFILTER =
  /(?:^|;)\s*drop\b|\balter\s+(?:table|domain|foreign\s+table)\b[^;]*\bdrop\b/i;

/** What a DROP without CASCADE drops constraints with: tables, domains, and what holds them. */
const DROPS_CONSTRAINTS = new Set(['table', 'foreign', 'domain', 'schema', 'type', 'owned', 'extension']);

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.value);

/** The command tag of a statement that may drop a constraint: a DROP of what holds constraints or with CASCADE, an ALTER TABLE or DOMAIN that drops. */
function droppingTag(tokens: readonly SqlToken[]): string | undefined {
  const [head, second, third] = tokens;
  // A guard joins the statement to a transaction block: what cannot run in one is left (it drops no constraint).
  if (tokens.some((token) => isWord(token, 'concurrently'))) return undefined;
  if (isWord(head, 'drop') && second?.kind === 'word') {
    if (!DROPS_CONSTRAINTS.has(second.value) && !tokens.some((token) => isWord(token, 'cascade')))
      return undefined;
    if (isWord(second, 'database', 'tablespace', 'subscription')) return undefined;
    const words =
      isWord(second, 'foreign', 'materialized') && third?.kind === 'word' ? [second, third] : [second];
    return `DROP ${words.map((word) => word.value.toUpperCase()).join(' ')}`;
  }
  if (!isWord(head, 'alter') || !tokens.some((token) => isWord(token, 'drop'))) return undefined;
  if (isWord(second, 'table', 'domain')) return `ALTER ${second?.value.toUpperCase()}`;
  if (isWord(second, 'foreign') && isWord(third, 'table')) return 'ALTER FOREIGN TABLE';
  return undefined;
}

/** The guard to run before a statement that may drop a constraint (see above). */
export function ambiguousNotNullNameGuard({
  tokens,
}: {
  readonly tokens: readonly SqlToken[];
}): string | undefined {
  const tag = droppingTag(tokens);
  if (!tag) return undefined;
  return `SELECT ${GUARD}('${tag}')`;
}
