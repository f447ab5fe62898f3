import type { CatalogStatement } from './pg15-catalog.js';

// A literal, not pg15-catalog's constant: that module imports this one (as pg15-server-functions.ts does).
const PREFIX = 'pglite18_';

/**
 * The types whose cast from text and varchar pg15-catalog.ts points at a SQL function of its own
 * (`pglite18_text_int4`, ...: input 16+ widened, read as 15 reads it), with the name a call spells
 * them by, how stable their input is, and the type category of the call's other arguments (see
 * below). oid and interval are left out: an argument of their category beside their one built-in
 * candidate (`oid(bigint)`, `interval(time)`) would make `oid($1)` ambiguous where 15 resolves it.
 */
const FUNCTION_CAST_TYPES: readonly (readonly [
  type: string,
  name: string,
  volatility: string,
  category: string,
])[] = [
  ['int2', 'int2', 'IMMUTABLE', 'N'],
  ['int4', 'int4', 'IMMUTABLE', 'N'],
  ['int8', 'int8', 'IMMUTABLE', 'N'],
  ['numeric', '"numeric"', 'IMMUTABLE', 'N'],
  ['date', 'date', 'STABLE', 'D'],
  ['timestamp', '"timestamp"', 'STABLE', 'D'],
  ['timestamptz', 'timestamptz', 'STABLE', 'D'],
];

/** The argument type of each call below: a domain over text, hidden by its prefix. */
export const FUNCTION_CAST_ARGUMENT_PREFIX = `${PREFIX}call_`;

/**
 * Their signatures, for the frames PGlite adds to an error raised inside one (15's cast has none:
 * pg15-wrapper-frames.ts drops them).
 */
export const FUNCTION_CAST_SIGNATURES: readonly string[] = FUNCTION_CAST_TYPES.map(
  ([type]) => `${type}(${FUNCTION_CAST_ARGUMENT_PREFIX}${type})`,
);

/**
 * A function-style cast of text (`int4(t)`, `date(j ->> 'day')`) as PostgreSQL 15 reads it. With no
 * `int4(text)` in pg_proc, 15 takes the call as a cast when text reaches the type by I/O conversion
 * (func_get_detail), which it does there. PGlite's cast from text to these types is a function
 * (pg15-catalog.ts), which func_get_detail does not take as a call's cast: the call would find no
 * function (42883). Each type gets a function of its name calling the same SQL the cast does, so
 * `int4(t)` reads and refuses as `t::int4` (varchar reaches it by its implicit cast to text).
 *
 * Its argument is a domain over text rather than text: an untyped parameter (`int4($1)`) picks a
 * string-category candidate whenever there is one, and 15 has none (`int4($1)` is ambiguous there,
 * `date($1)` takes timestamptz). The domain is put in the category of the type's other candidates,
 * not preferred, so the untyped argument resolves as on 15, while text still reaches the domain
 * implicitly. A literal (`int4('12')`) is a cast, as on 15. The pg_proc view leaves these out.
 */
export function functionCastStatements(): CatalogStatement[] {
  return FUNCTION_CAST_TYPES.flatMap(([type, name, volatility, category]): CatalogStatement[] => {
    const domain = `pg_catalog.${FUNCTION_CAST_ARGUMENT_PREFIX}${type}`;
    return [
      {
        text: `DO $seams$ BEGIN
            IF pg_catalog.to_regtype('${domain}') IS NULL THEN CREATE DOMAIN ${domain} AS pg_catalog.text; END IF;
          END $seams$`,
        params: [],
      },
      {
        text: `UPDATE pg_catalog.pg_type SET typcategory = $1, typispreferred = false WHERE oid = '${domain}'::pg_catalog.regtype`,
        params: [category],
      },
      {
        text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(${domain}) RETURNS pg_catalog.${type}
          LANGUAGE sql ${volatility} PARALLEL SAFE AS $$ SELECT pg_catalog.${PREFIX}text_${type}($1::pg_catalog.text) $$`,
        params: [],
      },
    ];
  });
}

/**
 * The types whose text cast pg15-catalog.ts replaces (`pglite18_text_<type>`), as array elements.
 * Text cast to their arrays at run time (`t::int[]` of a text column) goes to the array's input
 * function, which reads each element by the element type's (16+ reads `{0x1F, 1_000}`).
 */
const ARRAY_CAST_TYPES: readonly string[] = [
  'int2',
  'int4',
  'int8',
  'numeric',
  'oid',
  'date',
  'timestamp',
  'timestamptz',
  'interval',
];

/**
 * Text and varchar cast to those arrays as 15 reads them: read as text[] first (the same array
 * syntax, bounds and NULLs, and the same "malformed array literal" errors, which name no element
 * type), then each element cast by the replaced element cast, which reads and refuses as 15 does.
 * An empty inner array (`{{}}`), which 16+ reads as an empty array, is 15's malformed literal.
 */
export function arrayCastStatements(): CatalogStatement[] {
  const malformed = `pg_catalog.${PREFIX}malformed_array`;
  const raise: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION ${malformed}(input text, result anyelement)
      RETURNS anyelement LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'invalid_text_representation',
          MESSAGE = pg_catalog.format('malformed array literal: "%s"', input),
          DETAIL = 'Unexpected "}" character.';
      END $$`,
    params: [],
  };
  return [
    raise,
    ...ARRAY_CAST_TYPES.flatMap((type): CatalogStatement[] => {
      const fn = `pg_catalog.${PREFIX}text_${type}_array`;
      const volatility = ['int2', 'int4', 'int8', 'numeric', 'oid'].includes(type) ? 'IMMUTABLE' : 'STABLE';
      return [
        {
          // PL/pgSQL of COST 2, 15's I/O conversion (textout and array_in): 15 orders a WHERE's
          // conditions by cost, and inlined SQL would count the check and the element casts.
          text: `CREATE OR REPLACE FUNCTION ${fn}(text) RETURNS pg_catalog.${type}[]
          LANGUAGE plpgsql ${volatility} PARALLEL SAFE COST 2 AS $$ BEGIN
          RETURN CASE WHEN $1 OPERATOR(pg_catalog.~) '^[^"]*[{][^"]*[{][[:space:]]*[}]'
            THEN ${malformed}($1, NULL::pg_catalog.${type}[])
            ELSE $1::pg_catalog.text[]::pg_catalog.${type}[] END; END $$`,
          params: [],
        },
        ...['text', 'varchar'].map((source) => ({
          text: `DO $seams$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_catalog.pg_cast WHERE castsource = '${source}'::pg_catalog.regtype
                           AND casttarget = '${type}[]'::pg_catalog.regtype) THEN
              CREATE CAST (${source} AS pg_catalog.${type}[]) WITH FUNCTION ${fn}(text);
            END IF;
          END $seams$`,
          params: [],
        })),
      ];
    }),
  ];
}
