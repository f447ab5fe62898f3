import type { CatalogStatement } from './pg15-catalog.js';
import {
  ALNUM_IN_PGLITE_ONLY,
  ALNUM_ON_SERVER_ONLY,
  CLASS_DIFFERENCES,
  type CodePoints,
  type RegexClass,
  SERVER_LOWER,
  SERVER_UPPER,
} from './pg15-ctype-data.js';
import { SERVER_ICU_COLLATOR_VERSION } from './pg15-locale-settings.js';

/**
 * Case mapping and character classes as a PostgreSQL 15 server on glibc's C.UTF-8 has them, where
 * PGlite's musl differs (pg15-ctype-data.ts: `upper('ß')` is ẞ there, circled letters and Unicode 14
 * letters have no case, `[[:lower:]]` misses ª and the IPA letters...).
 * - `upper`, `lower` and `initcap` are replaced by functions giving the server's answer exactly: the
 *   built-in (renamed) for text without an affected character, else the same mapping character by
 *   character, with the server's table where they differ (both map each character on its own).
 * - ILIKE is `lower(a) LIKE lower(b)` on both (like.c lowers both sides for a multibyte encoding), so
 *   its operators are pointed at exactly that, over the replaced `lower`.
 * - A regular expression cannot be rewritten safely: the regex operators and functions check their
 *   input first, and refuse (0A000) where the answer could differ: a case-insensitive pattern holding
 *   a character whose case mapping differs (or a range over one), or a class (`[[:alpha:]]`, `\w`,
 *   `\s`, a word boundary) applied to text holding a character whose membership differs. Text and
 *   patterns of ASCII alone (all of it agrees) pay one check.
 * Under the C, POSIX and ucs_basic collations both map ASCII alone, and the built-ins are used as they are.
 */

const PREFIX = 'pglite18_';
const HIDDEN = `pg_catalog.${PREFIX}`;

const signature = (name: string, args: readonly string[]): string => `${name}(${args.join(',')})`;

/** The built-ins replaced here, renamed under the prefix (an internal function only: run twice, a no-op). */
export const CTYPE_BUILTINS: readonly string[] = ['upper(text)', 'lower(text)', 'initcap(text)'];

/** Regex built-ins over text: their signature, whether case-insensitive by name, and which argument holds flags. */
const REGEX_BUILTINS: readonly (readonly [
  name: string,
  args: readonly string[],
  returns: string,
  flags?: number,
])[] = [
  ...(
    [
      ['text', 'textregex', 'texticregex'],
      ['bpchar', 'bpcharregex', 'bpcharicregex'],
      ['name', 'nameregex', 'nameicregex'],
    ] as const
  ).flatMap(([type, sensitive, insensitive]) =>
    [sensitive, insensitive].flatMap((stem) =>
      ['eq', 'ne'].map((end) => [`${stem}${end}`, [type, 'text'], 'boolean'] as const),
    ),
  ),
  ['regexp_count', ['text', 'text'], 'integer'],
  ['regexp_count', ['text', 'text', 'integer'], 'integer'],
  ['regexp_count', ['text', 'text', 'integer', 'text'], 'integer', 4],
  ['regexp_instr', ['text', 'text'], 'integer'],
  ['regexp_instr', ['text', 'text', 'integer'], 'integer'],
  ['regexp_instr', ['text', 'text', 'integer', 'integer'], 'integer'],
  ['regexp_instr', ['text', 'text', 'integer', 'integer', 'integer'], 'integer'],
  ['regexp_instr', ['text', 'text', 'integer', 'integer', 'integer', 'text'], 'integer', 6],
  ['regexp_instr', ['text', 'text', 'integer', 'integer', 'integer', 'text', 'integer'], 'integer', 6],
  ['regexp_like', ['text', 'text'], 'boolean'],
  ['regexp_like', ['text', 'text', 'text'], 'boolean', 3],
  ['regexp_match', ['text', 'text'], 'text[]'],
  ['regexp_match', ['text', 'text', 'text'], 'text[]', 3],
  ['regexp_matches', ['text', 'text'], 'SETOF text[]'],
  ['regexp_matches', ['text', 'text', 'text'], 'SETOF text[]', 3],
  ['regexp_replace', ['text', 'text', 'text'], 'text'],
  ['regexp_replace', ['text', 'text', 'text', 'text'], 'text', 4],
  ['regexp_replace', ['text', 'text', 'text', 'integer'], 'text'],
  ['regexp_replace', ['text', 'text', 'text', 'integer', 'integer'], 'text'],
  ['regexp_replace', ['text', 'text', 'text', 'integer', 'integer', 'text'], 'text', 6],
  ['regexp_split_to_array', ['text', 'text'], 'text[]'],
  ['regexp_split_to_array', ['text', 'text', 'text'], 'text[]', 3],
  ['regexp_split_to_table', ['text', 'text'], 'SETOF text'],
  ['regexp_split_to_table', ['text', 'text', 'text'], 'SETOF text', 3],
  ['regexp_substr', ['text', 'text'], 'text'],
  ['regexp_substr', ['text', 'text', 'integer'], 'text'],
  ['regexp_substr', ['text', 'text', 'integer', 'integer'], 'text'],
  ['regexp_substr', ['text', 'text', 'integer', 'integer', 'text'], 'text', 5],
  ['regexp_substr', ['text', 'text', 'integer', 'integer', 'text', 'integer'], 'text', 5],
  ['substring', ['text', 'text'], 'text'],
];

/** ILIKE's built-ins (for text, char(n) and name), the type of their first argument, and its text as like.c reads it. */
const ILIKE_BUILTINS: readonly (readonly [name: string, type: string, asText: string])[] = [
  ['texticlike', 'text', '$1'],
  ['texticnlike', 'text', '$1'],
  // char(n) is matched with its padding (`'a'::char(3) ILIKE 'a'` is false): its output, not its cast to text.
  // (Zero-cost copies of textin, bpcharout and text(name): see CHEAP.)
  ['bpchariclike', 'bpchar', 'pg_catalog.pglite18_cheap_textin(pg_catalog.pglite18_cheap_bpcharout($1))'],
  ['bpcharicnlike', 'bpchar', 'pg_catalog.pglite18_cheap_textin(pg_catalog.pglite18_cheap_bpcharout($1))'],
  ['nameiclike', 'name', 'pg_catalog.pglite18_cheap_name_text($1)'],
  ['nameicnlike', 'name', 'pg_catalog.pglite18_cheap_name_text($1)'],
];

/**
 * Text search built-ins over text: the parser classifies characters and the dictionaries lower
 * them with the C library (`to_tsvector('simple', 'Ⓐbc')` is 'ⓐbc' on the server, 'Ⓐbc' in PGlite).
 * Their signature, what they return, and which argument is the text searched.
 */
const TEXT_SEARCH_BUILTINS: readonly (readonly [
  name: string,
  args: readonly string[],
  returns: string,
  text: number,
])[] = [
  ['to_tsvector', ['regconfig', 'text'], 'tsvector', 2],
  ['to_tsvector', ['text'], 'tsvector', 1],
  ...['to_tsquery', 'plainto_tsquery', 'phraseto_tsquery', 'websearch_to_tsquery'].flatMap((name) => [
    [name, ['regconfig', 'text'], 'tsquery', 2] as const,
    [name, ['text'], 'tsquery', 1] as const,
  ]),
  ['ts_headline', ['regconfig', 'text', 'tsquery', 'text'], 'text', 2],
  ['ts_headline', ['regconfig', 'text', 'tsquery'], 'text', 2],
  ['ts_headline', ['text', 'tsquery', 'text'], 'text', 1],
  ['ts_headline', ['text', 'tsquery'], 'text', 1],
];

export const TEXT_SEARCH_SIGNATURES: readonly string[] = TEXT_SEARCH_BUILTINS.map(([name, args]) =>
  signature(name, args),
);

/**
 * jsonpath functions: `like_regex` runs the same regex engine over the strings of the document.
 * Their signature (with the named, defaulted arguments they have) and what they return.
 */
const JSONPATH_BUILTINS: readonly (readonly [name: string, returns: string])[] = [
  'jsonb_path_exists',
  'jsonb_path_match',
  'jsonb_path_query',
  'jsonb_path_query_array',
  'jsonb_path_query_first',
].flatMap((name) => {
  const returns =
    name === 'jsonb_path_exists' || name === 'jsonb_path_match'
      ? 'boolean'
      : name === 'jsonb_path_query'
        ? 'SETOF jsonb'
        : 'jsonb';
  return [[name, returns] as const, [`${name}_tz`, returns] as const];
});
const JSONPATH_ARGS = ['jsonb', 'jsonpath', 'jsonb', 'boolean'];
const JSONPATH_OPERATORS: readonly (readonly [name: string, returns: string])[] = [
  ['jsonb_path_exists_opr', 'boolean'],
  ['jsonb_path_match_opr', 'boolean'],
];
export const JSONPATH_SIGNATURES: readonly string[] = [
  ...JSONPATH_BUILTINS.map(([name]) => signature(name, JSONPATH_ARGS)),
  ...JSONPATH_OPERATORS.map(([name]) => signature(name, ['jsonb', 'jsonpath'])),
];

/** The operators bound to the regex built-ins above and to ILIKE's, by the function they call, with its first argument's type. */
const OPERATOR_FUNCTIONS: readonly (readonly [name: string, type: string])[] = [
  ...ILIKE_BUILTINS.map(([name, type]) => [name, type] as const),
];

export const REGEX_SIGNATURES: readonly string[] = REGEX_BUILTINS.map(([name, args]) =>
  signature(name, args),
);

/** A code point as a regex escape (ASCII only, so no statement carries the characters themselves). */
const codePointEscape = (codePoint: number): string => `\\U${codePoint.toString(16).padStart(8, '0')}`;

/** A bracket expression matching exactly `points`. */
export function bracket(points: CodePoints): string {
  const items = points.map((item) =>
    typeof item === 'number'
      ? codePointEscape(item)
      : `${codePointEscape(item[0])}-${codePointEscape(item[1])}`,
  );
  return `[${items.join('')}]`;
}

const caseChanged = [...SERVER_UPPER, ...SERVER_LOWER].map(([from]) => from);
/** Every character whose case mapping differs, and the ones mapped to by them (ẞ is ß's in PGlite). */
const CASE_DIFFERENT = [...new Set([...caseChanged, 0x1e9e])].sort((a, b) => a - b);

const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`;
const chars = (points: readonly number[]): string => sqlString(String.fromCodePoint(...points));

/**
 * True (as SQL) when `value` is mapped under a libc collation other than C's: glibc's mapping
 * applies. Under an ICU collation 15 maps with ICU, as PGlite's built-in does (`upper('straße')` is
 * STRASSE there, not glibc's STRAßE), so the server's libc table is not used. Inline, so that text
 * of an indeterminate collation raises 42P22 at the comparison, as 15 raises it for the function;
 * of zero-cost copies (see CHEAP).
 */
const notCLike = (value: string): string =>
  `${CHEAP}texteq(${CHEAP}upper(${CHEAP}textcat('ä', ${CHEAP}substr(${value}, 1, 0))), 'Ä') AND NOT ${HIDDEN}is_icu(${value})`;

/** Has non-ASCII text: the one check that ASCII input pays (a zero-cost copy of the regex match). */
const nonAscii = (value: string): string => `${CHEAP}textregexeq(${value}, '[^\\x01-\\x7f]')`;

/**
 * 15 evaluates a WHERE's ANDed conditions cheapest first by the planner's estimate (each call costs
 * its function's procost), keeping their written order among equals: so a condition such as
 * `lower(s) = 'x' AND s::int > 5` or `s ILIKE '1%' AND s::int > 5` is tested before the cast and
 * guards it. The wrappers here are SQL functions the planner inlines, so their estimate is the sum
 * of every call in their body: with checks costing their own (and a PL/pgSQL helper 100), a wrapped
 * condition went last and the cast failed where 15 answers. Each inlined body therefore costs
 * exactly its built-in: the one call of the renamed built-in keeps its cost, and the checks around
 * it call zero-cost copies of the built-ins they need and helpers whose procost is set to 0 (an
 * argument that is itself an expression is still counted once per use; a column, a constant or a
 * parameter costs nothing).
 */
const CHEAP = `${HIDDEN}cheap_`;

/** Zero-cost copies of internal built-ins for the checks: their name, arguments, result and C symbol. */
const CHEAP_COPIES: readonly (readonly [name: string, args: string, returns: string, symbol: string])[] = [
  ['textregexeq', 'text, text', 'boolean', 'textregexeq'],
  ['texticregexeq', 'text, text', 'boolean', 'texticregexeq'],
  ['textcat', 'text, text', 'text', 'textcat'],
  ['texteq', 'text, text', 'boolean', 'texteq'],
  ['upper', 'text', 'text', 'upper'],
  ['substr', 'text, integer, integer', 'text', 'text_substr'],
  ['jsonb_typeof', 'jsonb', 'text', 'jsonb_typeof'],
  ['isfinite', 'timestamp', 'boolean', 'timestamp_finite'],
  ['isfinite', 'timestamptz', 'boolean', 'timestamp_finite'],
  ['lower', 'text', 'text', 'lower'],
  ['bpcharout', 'bpchar', 'cstring', 'bpcharout'],
  ['textin', 'cstring', 'text', 'textin'],
  ['name_text', 'name', 'text', 'name_text'],
];

/**
 * The helpers inlined wrappers call besides their built-in (checks, and what their rare branches
 * run), all of zero cost; the casts' (pg15-catalog.ts, pg15-datetime-words.ts) are named here too.
 */
const ZERO_COST_HELPERS = [
  'is_icu',
  'case_server',
  'initcap_server',
  'regex_checked',
  'text_search_checked',
  'lower_cheap',
  'invalid_number',
  'invalid_datetime',
  'jsonb_null_cast',
];

/**
 * A regex test (`subject op pattern`) that costs the planner nothing, for the checks of inlined
 * wrappers: 15's regex over text alone, with the same refusal of text PGlite classifies otherwise.
 */
export function cheapRegex(subject: string, op: '~' | '~*' | '!~' | '!~*', pattern: string): string {
  const test = `${CHEAP}${op.includes('*') ? 'imatch' : 'match'}(${subject}, ${pattern})`;
  return op.startsWith('!') ? `(NOT ${test})` : test;
}

/**
 * The zero-cost copies, the regex check and the zero-cost regex tests: made before any wrapper
 * (pg15-catalog.ts runs these first), since a SQL body naming a function is checked when made.
 */
export function cheapStatements(): CatalogStatement[] {
  return [
    ...CHEAP_COPIES.map(([name, args, returns, symbol]) => ({
      text: `CREATE OR REPLACE FUNCTION ${CHEAP}${name}(${args}) RETURNS ${returns}
      LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS '${symbol}'`,
      params: [],
    })),
    // The regex check (PL/pgSQL, whose body names functions it finds at run time).
    ...regexStatements().slice(0, 1),
    ...[false, true].map((insensitive) => ({
      text: `CREATE OR REPLACE FUNCTION ${CHEAP}${insensitive ? 'imatch' : 'match'}(text, text) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT ${CHEAP}${insensitive ? 'texticregexeq' : 'textregexeq'}($1, CASE WHEN ${nonAscii(`${CHEAP}textcat($1, $2)`)}
        THEN ${HIDDEN}regex_checked($1, $2, NULL, ${insensitive}) ELSE $2 END) $$`,
      params: [],
    })),
  ];
}

/**
 * A wrapper the planner does not inline (PL/pgSQL, or SQL calling a volatile helper) costs its own
 * procost, which a SQL or PL/pgSQL function has at 100 unless told: each wrapper of a renamed
 * built-in costs the built-in's. (The pg_proc view shows the built-in's row either way.)
 */
export const WRAPPER_COST_STATEMENT: CatalogStatement = {
  text: `UPDATE pg_catalog.pg_proc w SET procost = h.procost FROM pg_catalog.pg_proc h
    WHERE w.pronamespace = 'pg_catalog'::pg_catalog.regnamespace AND h.pronamespace = w.pronamespace
      AND h.proname = '${PREFIX}' OPERATOR(pg_catalog.||) w.proname AND h.proargtypes = w.proargtypes
      AND w.prolang IN (SELECT oid FROM pg_catalog.pg_language WHERE lanname IN ('sql', 'plpgsql'))
      AND w.procost <> h.procost`,
  params: [],
};

/** Last of all the statements: every helper it names exists by now. */
export const ZERO_COST_STATEMENT: CatalogStatement = {
  // CREATE FUNCTION takes a positive COST only.
  text: `UPDATE pg_catalog.pg_proc SET procost = 0
      WHERE pronamespace = 'pg_catalog'::pg_catalog.regnamespace
        AND (proname LIKE '${PREFIX}cheap\\_%'
          OR proname IN (SELECT pg_catalog.jsonb_array_elements_text($1::jsonb)))`,
  params: [JSON.stringify(ZERO_COST_HELPERS.map((name) => `${PREFIX}${name}`))],
};

function caseStatements(): CatalogStatement[] {
  // The character-by-character mapping is a function of its own: a subquery would keep the
  // planner from inlining the wrappers, which every call of upper() and lower() goes through.
  // Its tests and searches run under "C": text of a nondeterministic collation (which 15 maps
  // as any other) would make them refuse, as 15's regular expressions and strpos do there.
  const byCharacter: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION ${HIDDEN}case_server(value text, raise boolean, sources text, targets text)
      RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT pg_catalog.string_agg(CASE WHEN pg_catalog.strpos(sources, c COLLATE pg_catalog."C") > 0
          THEN pg_catalog.substr(targets, pg_catalog.strpos(sources, c COLLATE pg_catalog."C"), 1)
          WHEN raise THEN ${HIDDEN}upper(c) ELSE ${HIDDEN}lower(c) END, '' ORDER BY n)
      FROM pg_catalog.string_to_table(value, NULL) WITH ORDINALITY AS s(c, n) $$`,
    params: [],
  };
  const mapping = (
    name: 'upper' | 'lower',
    table: readonly (readonly [number, number])[],
    as = `pg_catalog.${name}`,
    builtin = `${HIDDEN}${name}`,
  ): CatalogStatement => ({
    text: `CREATE OR REPLACE FUNCTION ${as}(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN ${CHEAP}textregexeq($1 COLLATE pg_catalog."C", '${bracket(table.map(([source]) => source))}') AND ${notCLike('$1')}
          THEN ${HIDDEN}case_server($1, ${name === 'upper'}, ${chars(table.map(([source]) => source))}, ${chars(table.map(([, target]) => target))})
          ELSE ${builtin}($1) END $$`,
    params: [],
  });
  const initcapAffected = bracket([...CASE_DIFFERENT, ...ALNUM_ON_SERVER_ONLY, ...ALNUM_IN_PGLITE_ONLY]);
  // The provider of the collation `value` carries in (a SQL function's parameter takes the call's
  // collation). IMMUTABLE as a collation's provider never changes: a STABLE call would keep the
  // planner from inlining the IMMUTABLE wrappers that call it.
  const isIcu: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION ${HIDDEN}is_icu(value text) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT EXISTS (SELECT FROM pg_catalog.pg_collation
        WHERE oid OPERATOR(pg_catalog.=) pg_catalog.pg_collation_for(value)::pg_catalog.regcollation
          AND collprovider OPERATOR(pg_catalog.=) 'i') $$`,
    params: [],
  };
  return [
    isIcu,
    byCharacter,
    mapping('upper', SERVER_UPPER),
    mapping('lower', SERVER_LOWER),
    // ILIKE's lowering, as lower() but costing nothing: ILIKE costs its one LIKE, as 15's does.
    mapping('lower', SERVER_LOWER, `${HIDDEN}lower_cheap`, `${CHEAP}lower`),
    // str_initcap: each character lowered after an alphanumeric one, else raised; the test is on
    // the character as mapped.
    {
      text: `CREATE OR REPLACE FUNCTION ${HIDDEN}initcap_server(value text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
        DECLARE
          result text := '';
          mapped text;
          after_alnum boolean := false;
          c text;
        BEGIN
          FOREACH c IN ARRAY pg_catalog.string_to_array(value, NULL) LOOP
            mapped := CASE WHEN after_alnum THEN pg_catalog.lower(c) ELSE pg_catalog.upper(c) END;
            result := result OPERATOR(pg_catalog.||) mapped;
            after_alnum := CASE
              WHEN ${HIDDEN}textregexeq(mapped, '${bracket(ALNUM_ON_SERVER_ONLY)}') THEN true
              WHEN ${HIDDEN}textregexeq(mapped, '${bracket(ALNUM_IN_PGLITE_ONLY)}') THEN false
              ELSE ${HIDDEN}textregexeq(mapped, '[[:alnum:]]') END;
          END LOOP;
          RETURN result;
        END $$`,
      params: [],
    },
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.initcap(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN ${CHEAP}textregexeq($1 COLLATE pg_catalog."C", '${initcapAffected}') AND ${notCLike('$1')}
          THEN ${HIDDEN}initcap_server($1) ELSE ${HIDDEN}initcap($1) END $$`,
      params: [],
    },
    ...ILIKE_BUILTINS.map(([name, type, asText]) => ({
      text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(${type}, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT ${HIDDEN}lower_cheap(${asText}) OPERATOR(pg_catalog.${name.endsWith('nlike') ? '!~~' : '~~'}) ${HIDDEN}lower_cheap($2) $$`,
      params: [],
    })),
  ];
}

/** How a class named in a pattern is written: `[[:alpha:]]`, or an escape standing for one. */
const CLASS_SPELLINGS: readonly (readonly [RegexClass, string])[] = [
  ...(Object.keys(CLASS_DIFFERENCES) as RegexClass[])
    .filter((name) => name !== 'word')
    .map((name): readonly [RegexClass, string] => [name, `\\[:${name}:\\]`]),
  ['word', '\\\\[wWmMyY]'],
  ['space', '\\\\[sS]'],
];

function regexStatements(): CatalogStatement[] {
  const classChecks = CLASS_SPELLINGS.map(([name, spelling]) => {
    // Under case-insensitivity 15 reads [[:upper:]] and [[:lower:]] as [[:alpha:]].
    const folded = name === 'upper' || name === 'lower';
    const differing = bracket(CLASS_DIFFERENCES[name]);
    const alpha = bracket(CLASS_DIFFERENCES.alpha);
    return `IF ${HIDDEN}textregexeq(pattern, '${spelling}') AND ${HIDDEN}textregexeq(subject, ${folded ? `CASE WHEN insensitive THEN '${alpha}' ELSE '${differing}' END` : `'${differing}'`}) THEN
            RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = pg_catalog.format(refusal, 'the class ${name}');
          END IF;`;
  }).join('\n          ');
  const checker: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION ${HIDDEN}regex_checked(subject text, pattern text, flags text, insensitive boolean)
      RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        refusal text := 'a regular expression whose answer depends on %s for this text: PGlite (musl) classifies and case-maps these characters otherwise than PostgreSQL 15 on glibc, so the fake refuses it: run this test on the real server';
        bounds text[];
      BEGIN
        IF flags IS NOT NULL AND ${HIDDEN}textregexeq(flags, '[ic]') THEN
          insensitive := ${HIDDEN}textregexeq(flags, 'i[^c]*$');
        END IF;
        insensitive := insensitive OR ${HIDDEN}textregexeq(pattern, '^(\\*\\*\\*:)?\\(\\?[a-z]*i');
        IF insensitive AND ${HIDDEN}textregexeq(pattern, '${bracket(CASE_DIFFERENT)}') THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = pg_catalog.format(refusal, 'case-insensitive matching');
        END IF;
        IF insensitive THEN
          FOR bounds IN SELECT pg_catalog.${PREFIX}regexp_matches(pattern, '(.)-([^\\x01-\\x7f])', 'g') LOOP
            IF EXISTS (SELECT FROM pg_catalog.unnest('{${CASE_DIFFERENT.join(',')}}'::int[]) p
                       WHERE p BETWEEN pg_catalog.ascii(bounds[1]) AND pg_catalog.ascii(bounds[2])) THEN
              RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = pg_catalog.format(refusal, 'case-insensitive matching');
            END IF;
          END LOOP;
        END IF;
        IF ${nonAscii('subject')} THEN
          ${classChecks}
        END IF;
        RETURN pattern;
      END $$`,
    params: [],
  };
  const wrappers = REGEX_BUILTINS.map(([name, args, returns, flags]): CatalogStatement => {
    const insensitive = /icregex/.test(name) ? 'true' : 'false';
    const flagsArg = flags === undefined ? 'NULL' : `$${flags}`;
    const params = args.map((_, index) =>
      index === 1
        ? `CASE WHEN ${nonAscii(`${CHEAP}textcat($1, $2)`)} THEN ${HIDDEN}regex_checked($1, $2, ${flagsArg}, ${insensitive}) ELSE $2 END`
        : `$${index + 1}`,
    );
    // 15's substring(text,text,text) is a SQL function whose frame ("SQL function "substring"
    // statement 1") 15 shows; a SQL stand-in for substring(text,text) would show the same frame on
    // its own regex errors, where 15 shows none. As PL/pgSQL its frame names its signature, and
    // is dropped as a stand-in's (pg15-wrapper-frames.ts). Not inlined, it costs its procost: the
    // built-in's 1, not PL/pgSQL's default 100 (see CHEAP).
    if (name === 'substring') {
      return {
        text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(${args.join(', ')}) RETURNS ${returns}
          LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1 AS $$ BEGIN RETURN ${HIDDEN}${name}(${params.join(', ')}); END $$`,
        params: [],
      };
    }
    return {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(${args.join(', ')}) RETURNS ${returns}
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${HIDDEN}${name}(${params.join(', ')}) $$`,
      params: [],
    };
  });
  return [checker, ...wrappers];
}

/** Every character the text search parser or dictionaries may read otherwise. */
const TEXT_SEARCH_DIFFERENT: CodePoints = [
  ...CASE_DIFFERENT,
  ...(['alpha', 'alnum', 'upper', 'lower', 'space', 'punct'] as const).flatMap(
    (name) => CLASS_DIFFERENCES[name],
  ),
];

/**
 * Text search wrappers: text holding a character the parser or dictionaries read otherwise is
 * refused (0A000); any other goes to the built-in. The ones reading the default configuration are
 * STABLE as the built-ins are; the others IMMUTABLE, for expression indexes.
 */
function textSearchStatements(): CatalogStatement[] {
  const checker: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION ${HIDDEN}text_search_checked(value text) RETURNS text
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        IF ${HIDDEN}textregexeq(value, '${bracket(TEXT_SEARCH_DIFFERENT)}') THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = 'text search over characters that PGlite (musl) classifies or case-maps otherwise than PostgreSQL 15 on glibc: the fake refuses it: run this test on the real server';
        END IF;
        RETURN value;
      END $$`,
    params: [],
  };
  const wrappers = TEXT_SEARCH_BUILTINS.map(([name, args, returns, text]): CatalogStatement => {
    const params = args.map((_, index) =>
      index + 1 === text
        ? `CASE WHEN ${nonAscii(`$${text}`)} THEN ${HIDDEN}text_search_checked($${text}) ELSE $${text} END`
        : `$${index + 1}`,
    );
    return {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(${args.join(', ')}) RETURNS ${returns}
        LANGUAGE sql ${args[0] === 'regconfig' ? 'IMMUTABLE' : 'STABLE'} PARALLEL SAFE AS $$ SELECT ${HIDDEN}${name}(${params.join(', ')}) $$`,
      params: [],
    };
  });
  return [checker, ...wrappers];
}

/**
 * jsonpath wrappers: a path with `like_regex` over a document or path holding non-ASCII text goes
 * through the regex check (the document's text as the subject, the path as the pattern, its
 * `flag "i"` as case-insensitivity); any other call goes straight to the built-in.
 */
function jsonpathStatements(): CatalogStatement[] {
  const checked = (target: string, path: string): string =>
    `CASE WHEN pg_catalog.strpos(${path}::pg_catalog.text, 'like_regex') > 0
        AND ${nonAscii(`${target}::pg_catalog.text OPERATOR(pg_catalog.||) ${path}::pg_catalog.text`)}
        AND ${HIDDEN}regex_checked(${target}::pg_catalog.text, ${path}::pg_catalog.text,
          CASE WHEN ${HIDDEN}textregexeq(${path}::pg_catalog.text, 'flag "[a-z]*i') THEN 'i' END, false) IS NOT NULL
      THEN ${path} ELSE ${path} END`;
  const functions = JSONPATH_BUILTINS.map(([name, returns]) => ({
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(target jsonb, path jsonpath, vars jsonb DEFAULT '{}', silent boolean DEFAULT false)
      RETURNS ${returns} LANGUAGE sql ${name.endsWith('_tz') ? 'STABLE' : 'IMMUTABLE'} PARALLEL SAFE
      AS $$ SELECT ${HIDDEN}${name}(target, ${checked('target', 'path')}, vars, silent) $$`,
    params: [],
  }));
  const operators = JSONPATH_OPERATORS.flatMap(([name, returns]): CatalogStatement[] => [
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(jsonb, jsonpath) RETURNS ${returns}
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${HIDDEN}${name}($1, ${checked('$1', '$2')}) $$`,
      params: [],
    },
    {
      text: `UPDATE pg_catalog.pg_operator SET oprcode = 'pg_catalog.${name}(jsonb, jsonpath)'::pg_catalog.regprocedure
        WHERE oprcode = '${HIDDEN}${name}(jsonb, jsonpath)'::pg_catalog.regprocedure`,
      params: [],
    },
  ]);
  return [...functions, ...operators];
}

/** Operators re-pointed from each renamed built-in to the function of its old name. */
function operatorStatements(): CatalogStatement[] {
  const regex = REGEX_BUILTINS.flatMap(([name, [type]]) =>
    /regex(?:eq|ne)$/.test(name) && type ? [[name, type] as const] : [],
  );
  return [...OPERATOR_FUNCTIONS, ...regex].map(([name, type]) => ({
    text: `UPDATE pg_catalog.pg_operator SET oprcode = 'pg_catalog.${name}(${type}, text)'::pg_catalog.regprocedure
      WHERE oprcode = '${HIDDEN}${name}(${type}, text)'::pg_catalog.regprocedure`,
    params: [],
  }));
}

/**
 * pg_collation_actual_version(oid): an ICU collation's version as the server's ICU reports it
 * (pg15-locale-settings.ts), as pg_collation shows it; any other as PGlite's.
 */
const COLLATION_VERSION_SIGNATURE = 'pg_collation_actual_version(oid)';
function collationVersionStatements(): CatalogStatement[] {
  return [
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_collation_actual_version(oid) RETURNS text
        LANGUAGE sql VOLATILE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN v IS NOT NULL AND EXISTS (SELECT FROM pg_catalog.pg_collation
            WHERE oid OPERATOR(pg_catalog.=) $1 AND collprovider OPERATOR(pg_catalog.=) 'i')
          THEN '${SERVER_ICU_COLLATOR_VERSION}'::pg_catalog.text ELSE v END
        FROM (SELECT ${HIDDEN}pg_collation_actual_version($1) AS v) s $$`,
      params: [],
    },
  ];
}

/** The signatures of the built-ins renamed below and stood in for (a frame of one is the fake's). */
export const CTYPE_REPLACED_SIGNATURES: readonly string[] = [
  ...CTYPE_BUILTINS,
  COLLATION_VERSION_SIGNATURE,
  ...ILIKE_BUILTINS.map(([name, type]) => signature(name, [type, 'text'])),
  ...REGEX_SIGNATURES,
  ...TEXT_SEARCH_SIGNATURES,
  ...JSONPATH_SIGNATURES,
];

/**
 * The statements: the built-ins renamed (internal ones only, so a second run renames nothing),
 * then their replacements made and the operators pointed at them.
 */
export function pg15CtypeStatements(): CatalogStatement[] {
  const rename: CatalogStatement = {
    text: `UPDATE pg_catalog.pg_proc SET proname = $1 OPERATOR(pg_catalog.||) proname
      WHERE oid IN (SELECT pg_catalog.to_regprocedure(s) FROM pg_catalog.jsonb_array_elements_text($2::jsonb) AS s)
        AND prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'internal')`,
    params: [PREFIX, JSON.stringify(CTYPE_REPLACED_SIGNATURES)],
  };
  return [
    rename,
    ...regexStatements(),
    ...caseStatements(),
    ...operatorStatements(),
    ...textSearchStatements(),
    ...jsonpathStatements(),
    ...collationVersionStatements(),
  ];
}
