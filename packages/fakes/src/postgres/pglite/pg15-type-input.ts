import type { CatalogStatement } from './pg15-catalog.js';
import { DATETIME_TYPES, DATETIME_WORD, datetimeWordsFunction } from './pg15-datetime-words.js';

// A literal, not pg15-catalog's constant: that module imports this one (as pg15-function-casts.ts does).
const PREFIX = 'pglite18_';

/**
 * The input functions of the types whose text 16+ reads more widely than 15 did, replaced in
 * pg_type by SQL functions reading it as 15 does.
 *
 * The casts, literals and parameters that pg15-catalog.ts, the dialect and the engine handle are
 * the ways text reaches these types that the fake can see; an input function is also called where
 * nothing names a cast: a literal typed by its context (`n = '0x1F'`, `1 IN ('1_0')`, `CASE ... ELSE
 * '0x1F' END`, an EXECUTE argument), a domain's (`'0x1F'::d`), a composite's fields (`'(0x1F)'::t`),
 * an array's elements, json(b)_populate_record and json(b)_to_record, a PL/pgSQL assignment, COPY. 16
 * reads integers in hex, octal or binary and with `_` between digits (`0x1F`, `1_000`), and numerics
 * with `_`, where 15 raises 22P02; 17 reads an xid, cid or xid8 with a range-checked parser where 15
 * read it with a bare `strtoul(text, NULL, 0)` and never refused one (`'12abc'` is 12, `''` is 0).
 *
 * An input function takes a cstring, which only C (and SQL, with its validator bypassed) can: each
 * stand-in is a SQL function created over text and given its cstring argument in pg_proc
 * afterwards; its body is parsed at call time, with `$1` a cstring (hence `textin($1)`). It takes
 * the three arguments every input call passes (text, the type's I/O parameter, the typmod) and
 * calls the built-in once the text is one 15 reads alike. The pg_type view shows the built-in's
 * name again (`PG15_TYPINPUT`).
 */
interface TypeInput {
  readonly oid: number;
  readonly type: string;
  readonly builtin: string;
  /** STABLE where the input reads settings (DateStyle, IntervalStyle). */
  readonly volatility?: 'STABLE';
  /** The body, over `$1` (a cstring), `$2` (the I/O parameter) and `$3` (the typmod). */
  readonly body: string;
}

const INVALID_NUMBER = `pg_catalog.${PREFIX}invalid_number`;
const REFUSE = `pg_catalog.${PREFIX}refused_input`;
const LARGEST_INTERVAL =
  'an interval of the largest months, days and time together: PGlite (PostgreSQL 18) reads it as infinity, which PostgreSQL 15 has not, so the fake refuses it: run this test on the real server';
const TEXT = 'pg_catalog.textin($1)';

/** 15 reads no letter nor `_` in an integer. */
const integerInput = (oid: number, type: string, name: string): TypeInput => ({
  oid,
  type,
  builtin: `${type}in`,
  body: `SELECT CASE WHEN ${TEXT} OPERATOR(pg_catalog.~) '[_a-zA-Z]'
      THEN ${INVALID_NUMBER}('${name}', ${TEXT}, NULL::pg_catalog.${type})
      ELSE pg_catalog.${type}in($1) END`,
});

/** 15's xidin, cidin (32 bits) and xid8in (64): the number `strtoul(text, NULL, 0)` reads. */
const identifierInput = (oid: number, type: string, bits: 32 | 64): TypeInput => ({
  oid,
  type,
  builtin: `${type}in`,
  body: `SELECT pg_catalog.${type}in(pg_catalog.numeric_out(pg_catalog.mod(pg_catalog.${PREFIX}c_strtoul(${TEXT}), ${2n ** BigInt(bits)})))`,
});

/**
 * Date/time text with two letters in a row (a special word, a zone abbreviation, a month's name)
 * goes to pg15-datetime-words.ts's reading, as a text cast's does; the rest (every ISO form,
 * offsets, fractions) reads alike on 15 and 18 and goes straight to the built-in. Here, not only in
 * the casts, since arrays, ranges, composites, json(b)_populate_record and json(b)_to_record,
 * PL/pgSQL assignments and EXECUTE arguments call the input function with no cast in sight.
 */
function datetimeInput({ oid, type, call }: (typeof DATETIME_TYPES)[number]): TypeInput {
  const builtin = call.slice('pg_catalog.'.length, call.indexOf('('));
  return {
    oid,
    type,
    builtin,
    volatility: 'STABLE',
    body: `SELECT CASE WHEN ${TEXT} OPERATOR(pg_catalog.~) '${DATETIME_WORD}'
        THEN ${datetimeWordsFunction(type)}(${TEXT}, $3)
        ELSE ${call.replace('%s', '$1').replace(', 0, %m)', ', $2, $3)')} END`,
  };
}

export const TYPE_INPUTS: readonly TypeInput[] = [
  integerInput(21, 'int2', 'smallint'),
  integerInput(23, 'int4', 'integer'),
  integerInput(20, 'int8', 'bigint'),
  {
    // NaN and Infinity are 15's too; a `_` anywhere or a non-decimal prefix is not.
    oid: 1700,
    type: 'numeric',
    builtin: 'numeric_in',
    body: `SELECT CASE WHEN ${TEXT} OPERATOR(pg_catalog.~) '_|^[[:space:]]*[+-]?0[xXoObB]'
        THEN ${INVALID_NUMBER}('numeric', ${TEXT}, NULL::pg_catalog.numeric)
        ELSE pg_catalog.numeric_in($1, $2, $3) END`,
  },
  {
    // 16 reads a leading 0 as C does (`012` is octal 10, `0x1A` is 26); pg15-catalog.ts's
    // text_oid reads decimal only, as 15.
    oid: 26,
    type: 'oid',
    builtin: 'oidin',
    body: `SELECT pg_catalog.${PREFIX}text_oid(${TEXT})`,
  },
  {
    // An infinite interval (17) and `ago` before the end (which 17 refuses) go to pg15-catalog.ts's
    // text_interval, which reads them as 15; anything else to the built-in, with its typmod. 17
    // takes the largest months, days and time together for infinity: 15's finite interval of
    // those fields has no value on PGlite, and is refused loudly.
    oid: 1186,
    type: 'interval',
    builtin: 'interval_in',
    volatility: 'STABLE',
    body: `SELECT CASE WHEN ${TEXT} OPERATOR(pg_catalog.~*) '(infinity|ago)'
        THEN pg_catalog.${PREFIX}text_interval(${TEXT})
        ELSE (SELECT CASE WHEN pg_catalog.isfinite(read) THEN read
          ELSE ${REFUSE}('${LARGEST_INTERVAL}', read) END
          FROM (SELECT pg_catalog.interval_in($1, $2, $3) AS read) largest) END`,
  },
  ...DATETIME_TYPES.map(datetimeInput),
  identifierInput(28, 'xid', 32),
  identifierInput(29, 'cid', 32),
  identifierInput(5069, 'xid8', 64),
];

/** The stand-in for a type's input function. */
export const typeInputFunction = (type: string): string => `pg_catalog.${PREFIX}${type}_input`;

/**
 * C's strtoul on a 64-bit unsigned long with base 0, as 15's xidin, cidin and xid8in call it:
 * leading white space, a sign, `0x` hex or `0` octal or decimal, digits up to the first that is
 * not one (none read: 0), saturating at 2^64 - 1, a minus sign negating modulo 2^64.
 */
const STRTOUL_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION pg_catalog.${PREFIX}c_strtoul(input text) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
    DECLARE
      at int := 1;
      negative boolean := false;
      radix int := 10;
      digit int;
      value numeric := 0;
      ceiling constant numeric := 18446744073709551615;
    BEGIN
      WHILE pg_catalog.substr(input, at, 1) IN (' ', E'\\t', E'\\n', E'\\v', E'\\f', E'\\r') LOOP
        at := at + 1;
      END LOOP;
      IF pg_catalog.substr(input, at, 1) IN ('+', '-') THEN
        negative := pg_catalog.substr(input, at, 1) = '-';
        at := at + 1;
      END IF;
      IF pg_catalog.substr(input, at, 1) = '0' THEN
        IF pg_catalog.substr(input, at + 1, 1) IN ('x', 'X')
           AND pg_catalog.substr(input, at + 2, 1) OPERATOR(pg_catalog.~) '^[0-9a-fA-F]$' THEN
          radix := 16;
          at := at + 2;
        ELSE
          radix := 8;
        END IF;
      END IF;
      LOOP
        digit := pg_catalog.strpos('0123456789abcdef', pg_catalog.lower(pg_catalog.substr(input, at, 1))) - 1;
        EXIT WHEN digit < 0 OR digit >= radix OR pg_catalog.substr(input, at, 1) = '';
        value := value * radix + digit;
        at := at + 1;
      END LOOP;
      IF value > ceiling THEN RETURN ceiling; END IF;
      IF negative AND value > 0 THEN RETURN ceiling + 1 - value; END IF;
      RETURN value;
    END $$`,
  params: [],
};

/** A loud refusal (0A000) of an input PGlite cannot read as 15 does; volatile, so never folded early. */
const REFUSE_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${REFUSE}(message text, result anyelement) RETURNS anyelement
    LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = message;
    END $$`,
  params: [],
};

/**
 * Creates each stand-in (once: a second run finds it with its cstring argument) and points the
 * type's pg_type row at it. The body is checked only when called, as `$1` is text until pg_proc
 * says cstring.
 */
/**
 * The stand-ins cost 1 as every built-in input function does (a SQL function's default is 100): a
 * cast from text (`s::int`) costs its output and input functions, and 15 orders a WHERE's ANDed
 * conditions by that cost, so at 100 a guarded cast (`s ~ '^[0-9]+$' AND s::int > 5`) went first
 * and failed where 15 tests the guard first.
 */
export function typeInputStatements(): CatalogStatement[] {
  return [
    STRTOUL_STATEMENT,
    REFUSE_STATEMENT,
    ...TYPE_INPUTS.map(({ oid, type, volatility = 'IMMUTABLE', body }): CatalogStatement => {
      const fn = typeInputFunction(type);
      return {
        text: `DO $seams$ BEGIN
            IF pg_catalog.to_regprocedure('${fn}(cstring, oid, integer)') IS NULL THEN
              PERFORM pg_catalog.set_config('check_function_bodies', 'off', true);
              CREATE FUNCTION ${fn}(text, oid, integer) RETURNS pg_catalog.${type}
                LANGUAGE sql ${volatility} STRICT PARALLEL SAFE COST 1 AS $body$ ${body} $body$;
              UPDATE pg_catalog.pg_proc SET proargtypes = '2275 26 23'::pg_catalog.oidvector
                WHERE oid = '${fn}(text, oid, integer)'::pg_catalog.regprocedure;
            END IF;
            UPDATE pg_catalog.pg_type SET typinput = '${fn}(cstring, oid, integer)'::pg_catalog.regprocedure
              WHERE oid = ${oid};
          END $seams$`,
        params: [],
      };
    }),
  ];
}

/** pg_type.typinput as 15 shows it: the built-in's name where a stand-in replaced it. */
export const PG15_TYPINPUT = `CASE oid ${TYPE_INPUTS.map(
  ({ oid, builtin }) => `WHEN ${oid} THEN 'pg_catalog.${builtin}'::pg_catalog.regproc`,
).join(' ')} ELSE typinput END`;
