import type { SqlToken } from '../sql-tokens.js';
import type { CatalogStatement } from './pg15-catalog.js';

/**
 * Event triggers as PostgreSQL 15 fires them where PGlite (18) fires more:
 * - 17 made REINDEX fire ddl_command_start and ddl_command_end event triggers and lets `WHEN TAG
 *   IN ('REINDEX')` name it; 15 fires none for REINDEX and refuses the tag (0A000).
 * - 18 keeps a NOT NULL as a constraint, which `ALTER TABLE ... DROP NOT NULL` drops: sql_drop
 *   event triggers fire for it; 15 drops no object there and fires none.
 * Where one would fire, the statement is refused (0A000): the fake cannot keep PGlite from firing it.
 */

// A literal, not pg15-catalog's constant: that module imports this one (as pg15-role-admin.ts does).
const PREFIX = 'pglite18_';
export const EVENT_TRIGGER_GUARD = `pg_catalog.${PREFIX}event_trigger_guard`;

/** Refusal reasons, one per statement kind the guard runs before (the guard's `refusal` argument). */
const REFUSALS = {
  reindex:
    'REINDEX while an event trigger would fire for it: PGlite (PostgreSQL 18) fires ddl_command_start and ddl_command_end event triggers for REINDEX, PostgreSQL 15 fires none, so the fake refuses it: run this test on the real server',
  dropNotNull:
    'DROP NOT NULL while a sql_drop event trigger would fire for it: PGlite (PostgreSQL 18) drops a not-null constraint there and fires sql_drop event triggers, PostgreSQL 15 drops no object and fires none, so the fake refuses it: run this test on the real server',
} as const;

const guardCall = (events: readonly string[], tag: string, refusal: keyof typeof REFUSALS): string =>
  `SELECT ${EVENT_TRIGGER_GUARD}(ARRAY[${events.map((event) => `'${event}'`).join(', ')}], '${tag}', '${REFUSALS[refusal].replaceAll("'", "''")}')`;

/** The built-in the fake renames under the hidden prefix and stands in for (below). */
export const DROPPED_OBJECTS_SIGNATURE = 'pg_event_trigger_dropped_objects()';

/**
 * 18's `pg_event_trigger_dropped_objects()` rows as 15 gives them:
 * - 18 keeps a column's NOT NULL as a constraint (`t_id_not_null`, or the fake's hidden name for a
 *   named one, see NOT_NULL_ASIDE), which a DROP reports as a dropped table or domain constraint;
 *   15 has no such constraint. Its row is left out, found by the names 18 gives one: a constraint
 *   a user named `<table>_..._not_null` is taken for one too (the catalog row is gone by then).
 * - A view's `_RETURN` rule referred to its own view in 15 (the OLD and NEW entries 16 removed), a
 *   normal dependency: 15 reports it `normal`, 18 not.
 */
const DROPPED_OBJECTS_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_event_trigger_dropped_objects(
      OUT classid oid, OUT objid oid, OUT objsubid integer, OUT original boolean, OUT normal boolean,
      OUT is_temporary boolean, OUT object_type text, OUT schema_name text, OUT object_name text,
      OUT object_identity text, OUT address_names text[], OUT address_args text[])
    RETURNS SETOF record LANGUAGE sql VOLATILE STRICT PARALLEL RESTRICTED AS $$
      SELECT d.classid, d.objid, d.objsubid, d.original,
        d.normal OR (d.object_type OPERATOR(pg_catalog.=) 'rule' AND d.address_names[3] OPERATOR(pg_catalog.=) '_RETURN'),
        d.is_temporary, d.object_type, d.schema_name, d.object_name, d.object_identity, d.address_names, d.address_args
      FROM pg_catalog.${PREFIX}pg_event_trigger_dropped_objects() d
      WHERE NOT (d.object_type OPERATOR(pg_catalog.=) 'table constraint'
                 AND (d.address_names[3] OPERATOR(pg_catalog.~) ('^${PREFIX}not_null_')
                   OR pg_catalog.starts_with(d.address_names[3], d.address_names[2] OPERATOR(pg_catalog.||) '_')
                     AND d.address_names[3] OPERATOR(pg_catalog.~) '_not_null[0-9]*$'))
        AND NOT (d.object_type OPERATOR(pg_catalog.=) 'domain constraint'
                 AND pg_catalog.split_part(d.object_identity, ' on ', 1) OPERATOR(pg_catalog.~) ('^"?(${PREFIX}not_null_|.*_not_null[0-9]*"?$)'))
    $$`,
  params: [],
};

export const EVENT_TRIGGER_STATEMENTS: readonly CatalogStatement[] = [
  DROPPED_OBJECTS_STATEMENT,
  {
    // Which triggers fire depends on session_replication_role as it does for every event trigger:
    // 'O' in origin and local, 'R' in replica, 'A' always, 'D' never.
    text: `CREATE OR REPLACE FUNCTION ${EVENT_TRIGGER_GUARD}(events text[], tag text, refusal text) RETURNS void
      LANGUAGE plpgsql STABLE AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger
                   WHERE evtevent::text OPERATOR(pg_catalog.=) ANY (events)
                     -- Not the fake's own (table-reset.ts): it logs schema changes for the reset.
                     AND evtname OPERATOR(pg_catalog.!~) '^${PREFIX}'
                     AND (evttags IS NULL OR tag OPERATOR(pg_catalog.=) ANY (evttags))
                     AND CASE evtenabled
                       WHEN 'A' THEN true
                       WHEN 'R' THEN pg_catalog.current_setting('session_replication_role') OPERATOR(pg_catalog.=) 'replica'
                       WHEN 'O' THEN pg_catalog.current_setting('session_replication_role') OPERATOR(pg_catalog.<>) 'replica'
                       ELSE false END) THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = refusal;
        END IF;
      END $$`,
    params: [],
  },
];

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && (words.length === 0 || words.includes(token.value));

/**
 * The guard to run before a REINDEX of a table or an index. REINDEX of a schema, database or system
 * catalogs and REINDEX CONCURRENTLY cannot run in the transaction block a guard joins them to: those
 * are left unguarded.
 */
export function reindexEventGuard({ tokens }: { readonly tokens: readonly SqlToken[] }): string | undefined {
  if (!isWord(tokens[0], 'reindex')) return undefined;
  if (tokens.some((token) => isWord(token, 'concurrently'))) return undefined;
  let at = 1;
  if (tokens[at]?.kind === 'punct' && tokens[at]?.value === '(') {
    const close = tokens.findIndex(
      (token, index) => index > at && token.kind === 'punct' && token.value === ')',
    );
    if (close < 0) return undefined;
    at = close + 1;
  }
  return isWord(tokens[at], 'table', 'index')
    ? guardCall(['ddl_command_start', 'ddl_command_end'], 'REINDEX', 'reindex')
    : undefined;
}

/** The guard to run before `ALTER TABLE|DOMAIN ... DROP NOT NULL`. */
export function dropNotNullEventGuard({
  tokens,
}: {
  readonly tokens: readonly SqlToken[];
}): string | undefined {
  if (!(isWord(tokens[0], 'alter') && isWord(tokens[1], 'table', 'domain'))) return undefined;
  const drops = tokens.some(
    (token, index) =>
      isWord(token, 'drop') && isWord(tokens[index + 1], 'not') && isWord(tokens[index + 2], 'null'),
  );
  const tag = isWord(tokens[1], 'table') ? 'ALTER TABLE' : 'ALTER DOMAIN';
  return drops ? guardCall(['sql_drop'], tag, 'dropNotNull') : undefined;
}

/** The error 15 raises for an event trigger's `WHEN TAG IN (...)` naming REINDEX. */
export interface EventTagError {
  readonly code: string;
  readonly message: string;
}

/**
 * `CREATE EVENT TRIGGER ... WHEN TAG IN (..., 'REINDEX', ...)`: 15 checks the tags in order and
 * refuses the first it does not take. REINDEX first is refused as 15 does; after other tags, which
 * 15 may have refused first (an unknown one), loudly with the fake's own message.
 */
export function reindexTagError(tokens: readonly SqlToken[]): EventTagError | undefined {
  if (!(isWord(tokens[0], 'create') && isWord(tokens[1], 'event') && isWord(tokens[2], 'trigger')))
    return undefined;
  const tags: SqlToken[] = [];
  for (let index = 3; index < tokens.length; index++) {
    if (!(isWord(tokens[index], 'tag') && isWord(tokens[index + 1], 'in'))) continue;
    for (
      let at = index + 2;
      at < tokens.length && !(tokens[at]?.kind === 'punct' && tokens[at]?.value === ')');
      at++
    ) {
      const token = tokens[at];
      if (token?.kind === 'string') tags.push(token);
    }
  }
  const found = tags.findIndex((token) => literalText(token).toUpperCase() === 'REINDEX');
  if (found < 0) return undefined;
  const tag = literalText(tags[found] as SqlToken);
  if (found === 0) return { code: '0A000', message: `event triggers are not supported for ${tag}` };
  return {
    code: '0A000',
    message:
      "an event trigger's WHEN TAG IN list naming REINDEX after other tags: PostgreSQL 15 refuses REINDEX there unless it refused an earlier tag first, which the fake cannot tell, so it refuses the statement: run this test on the real server",
  };
}

/** A plain '...' literal's text (E'' and dollar strings are left as written: no tag is spelled so). */
function literalText(token: SqlToken): string {
  const value = token.value;
  return value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1).replaceAll("''", "'") : value;
}
