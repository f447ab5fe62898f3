import type { CatalogStatement } from './pg15-catalog.js';

/**
 * Pattern matching under a nondeterministic collation, as PostgreSQL 15 has it. 15 refuses (0A000)
 * LIKE and the substring searches (strpos, position, replace, split_part, string_to_array,
 * string_to_table) when the collation they run under is nondeterministic; 18 answers them. ILIKE,
 * regular expressions and starts_with 18 still refuses, with 15's messages. 15's check is made
 * where the function runs (an empty table or a CASE branch not taken raises nothing), so it is made
 * here the same way: each of these built-ins gets a PL/pgSQL wrapper of its name that raises 15's
 * error under such a collation and otherwise calls the built-in (renamed under the hidden prefix);
 * the operators (`~~`, `!~~`) are bound to the wrappers, which keep the built-ins' planner support
 * (LIKE's index conditions), cost and attributes, so plans are unchanged.
 *
 * A wrapper costs a PL/pgSQL call per row where the built-in costs a C call, so they are switched
 * in only once a statement mentions `deterministic`, the option without which no collation is
 * nondeterministic (`CREATE COLLATION ... FROM` copies one that exists already): before that
 * statement runs, in its transaction, so a CHECK or view made later in the same request binds
 * the wrappers. A database without a nondeterministic collation never pays for them.
 */

const HIDDEN = 'pglite18_';
/** The wrappers' names before they are switched in. */
const WRAPPER_PREFIX = `${HIDDEN}nd_`;
const LIKE = 'nondeterministic collations are not supported for LIKE';
const SEARCH = 'nondeterministic collations are not supported for substring searches';

interface Wrapped {
  readonly name: string;
  readonly args: readonly string[];
  readonly message: string;
  /** 15's own conditions for reaching its check, in the wrapper's parameters (empty inputs skip it). */
  readonly reaches?: string;
  readonly strict: boolean;
  readonly returns: string;
  readonly support?: string;
}

const likeFunction = (name: string, first: string, support: boolean): Wrapped => ({
  name,
  args: [first, 'text'],
  message: LIKE,
  strict: true,
  returns: 'boolean',
  ...(support ? { support: 'textlike_support' } : {}),
});
const NONEMPTY = 'pg_catalog.octet_length($1) > 0 AND pg_catalog.octet_length($2) > 0';
const SPLIT = `$1 IS NOT NULL AND $2 IS NOT NULL AND ${NONEMPTY}`;

/** The built-ins, by signature, with 15's conditions (varlena.c: text_position, replace_text, split_part, split_text). */
export const PATTERN_WRAPPED: readonly Wrapped[] = [
  likeFunction('textlike', 'text', true),
  likeFunction('textnlike', 'text', false),
  likeFunction('bpcharlike', 'character', true),
  likeFunction('bpcharnlike', 'character', false),
  likeFunction('namelike', 'name', true),
  likeFunction('namenlike', 'name', false),
  likeFunction('like', 'text', true),
  likeFunction('notlike', 'text', false),
  likeFunction('like', 'name', true),
  likeFunction('notlike', 'name', false),
  ...['strpos', 'position'].map(
    (name): Wrapped => ({
      name,
      args: ['text', 'text'],
      message: SEARCH,
      reaches:
        'pg_catalog.octet_length($2) > 0 AND pg_catalog.octet_length($1) >= pg_catalog.octet_length($2)',
      strict: true,
      returns: 'integer',
    }),
  ),
  {
    name: 'replace',
    args: ['text', 'text', 'text'],
    message: SEARCH,
    reaches: NONEMPTY,
    strict: true,
    returns: 'text',
  },
  {
    name: 'split_part',
    args: ['text', 'text', 'integer'],
    message: SEARCH,
    reaches: `$3 <> 0 AND ${NONEMPTY}`,
    strict: true,
    returns: 'text',
  },
  ...[2, 3].flatMap((count): Wrapped[] => [
    {
      name: 'string_to_array',
      args: ['text', 'text', 'text'].slice(0, count),
      message: SEARCH,
      reaches: SPLIT,
      strict: false,
      returns: 'text[]',
    },
    {
      name: 'string_to_table',
      args: ['text', 'text', 'text'].slice(0, count),
      message: SEARCH,
      reaches: SPLIT,
      strict: false,
      returns: 'SETOF text',
    },
  ]),
];

/** Collations no wrapper looks up: the deterministic ones every call of ordinary text runs under. */
const DETERMINISTIC_NAMES = `'"default"', '"C"', '"POSIX"'`;

function wrapperStatement(wrapped: Wrapped): CatalogStatement {
  const params = wrapped.args.map((_, index) => `$${index + 1}`).join(', ');
  const builtin = `pg_catalog.${HIDDEN}${wrapped.name}(${params})`;
  const set = wrapped.returns.startsWith('SETOF');
  return {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${WRAPPER_PREFIX}${wrapped.name}(${wrapped.args.join(', ')})
      RETURNS ${wrapped.returns} LANGUAGE plpgsql IMMUTABLE ${wrapped.strict ? 'STRICT ' : ''}PARALLEL SAFE COST 1
      ${set ? 'ROWS 1000 ' : ''}${wrapped.support ? `SUPPORT pg_catalog.${wrapped.support} ` : ''}AS $$
      BEGIN
        IF pg_catalog.pg_collation_for($1) NOT IN (${DETERMINISTIC_NAMES})${wrapped.reaches ? ` AND ${wrapped.reaches}` : ''}
           AND pg_catalog.${HIDDEN}nondeterministic(pg_catalog.pg_collation_for($1)) THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = '${wrapped.message}';
        END IF;
        ${set ? `RETURN QUERY SELECT * FROM ${builtin}` : `RETURN ${builtin}`};
      END $$`,
    params: [],
  };
}

const SWITCH_IN = `${HIDDEN}pattern_collations`;

/** The hidden wrappers, and the function that switches them in (see above); run once per database. */
export const PATTERN_COLLATION_STATEMENTS: readonly CatalogStatement[] = [
  {
    // A parameter's collation as pg_collation_for names it: resolvable under the caller's search_path.
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${HIDDEN}nondeterministic(text) RETURNS boolean
      LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
      SELECT EXISTS (SELECT FROM pg_catalog.pg_collation
        WHERE oid OPERATOR(pg_catalog.=) $1::pg_catalog.regcollation AND NOT collisdeterministic) $$`,
    params: [],
  },
  ...PATTERN_WRAPPED.map(wrapperStatement),
  {
    // Idempotent; a session that may not write the catalog (a read-only transaction) keeps the built-ins.
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${SWITCH_IN}() RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
      DECLARE
        internal oid := (SELECT oid FROM pg_catalog.pg_language WHERE lanname OPERATOR(pg_catalog.=) 'internal');
        catalog oid := 'pg_catalog'::pg_catalog.regnamespace;
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_proc WHERE pronamespace OPERATOR(pg_catalog.=) catalog
                       AND proname OPERATOR(pg_catalog.=) '${WRAPPER_PREFIX}textlike') THEN
          RETURN;
        END IF;
        UPDATE pg_catalog.pg_proc b SET proname = '${HIDDEN}' OPERATOR(pg_catalog.||) b.proname
          WHERE b.pronamespace OPERATOR(pg_catalog.=) catalog AND b.prolang OPERATOR(pg_catalog.=) internal
            AND EXISTS (SELECT FROM pg_catalog.pg_proc w WHERE w.pronamespace OPERATOR(pg_catalog.=) catalog
              AND w.proname OPERATOR(pg_catalog.=) ('${WRAPPER_PREFIX}' OPERATOR(pg_catalog.||) b.proname)
              AND w.proargtypes OPERATOR(pg_catalog.=) b.proargtypes);
        UPDATE pg_catalog.pg_proc w SET proname = pg_catalog.substr(w.proname, ${WRAPPER_PREFIX.length + 1})
          WHERE w.pronamespace OPERATOR(pg_catalog.=) catalog
            AND pg_catalog.left(w.proname, ${WRAPPER_PREFIX.length}) OPERATOR(pg_catalog.=) '${WRAPPER_PREFIX}';
        UPDATE pg_catalog.pg_operator o SET oprcode = w.oid
          FROM pg_catalog.pg_proc b, pg_catalog.pg_proc w
          WHERE o.oprcode OPERATOR(pg_catalog.=) b.oid AND b.pronamespace OPERATOR(pg_catalog.=) catalog
            AND w.pronamespace OPERATOR(pg_catalog.=) catalog AND w.prolang OPERATOR(pg_catalog.<>) internal
            AND b.proname OPERATOR(pg_catalog.=) ('${HIDDEN}' OPERATOR(pg_catalog.||) w.proname)
            AND b.proargtypes OPERATOR(pg_catalog.=) w.proargtypes
            AND w.proname OPERATOR(pg_catalog.=) ANY ('{${[...new Set(PATTERN_WRAPPED.map(({ name }) => name))].join(',')}}'::pg_catalog.name[]);
      EXCEPTION WHEN OTHERS THEN
        RETURN;
      END $$`,
    params: [],
  },
];

/** A request after which a nondeterministic collation may exist. */
export const MENTIONS_DETERMINISTIC = /\bdeterministic\b/i;

/** Switches the wrappers in (see above), inside the request's transaction when one is open. */
export const SWITCH_IN_PATTERN_CHECKS = `SELECT pg_catalog.${SWITCH_IN}()`;

/** A frame of a wrapper in an error's context: 15 raises these errors from C, with none. */
export const PATTERN_WRAPPER_FRAME = new RegExp(
  `^PL/pgSQL function (?:${[...new Set(PATTERN_WRAPPED.map(({ name }) => name))]
    .map((name) => (name === 'like' || name === 'position' ? `"${name}"` : name))
    .join('|')})\\([a-z, ]*\\) line \\d+ at `,
);
