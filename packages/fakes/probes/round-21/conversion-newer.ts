// Round 21 probe, conversion: function and operator resolution (10.2, 10.3) where PostgreSQL 16-18
// added builtin functions, overloads, aggregates and casts: a call 15 refuses (42883, 42846,
// 42725) must stay refused, and a user's own function of that name (a common shim for a newer
// builtin) must be the one 15 calls, found through search_path as 15 finds it.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 conversion: newer: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

for (const [name, expr] of [
  ['max of int array', 'max(ARRAY[1, 2])'],
  ['min of int array', 'min(ARRAY[3, 1])'],
  ['max of record', 'max(ROW(1, 2))'],
  ['max of text array', "max(ARRAY['a'])"],
  ['random with int range', 'random(1, 1)'],
  ['random with numeric range', 'random(1.5, 1.5)'],
  ['reverse of bytea', "reverse('\\x0102'::bytea)"],
  ['array_reverse', 'array_reverse(ARRAY[1, 2])'],
  ['array_sort', 'array_sort(ARRAY[2, 1])'],
  ['casefold', "casefold('A')"],
  ['gamma', 'gamma(5)'],
  ['lgamma', 'lgamma(5)'],
  ['erf', 'erf(0)'],
  ['erfc', 'erfc(0)'],
  ['to_bin', 'to_bin(5)'],
  ['to_oct', 'to_oct(8)'],
  ['uuidv4', 'length(uuidv4()::text)'],
  ['uuid_extract_version', "uuid_extract_version('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')"],
  ['any_value', 'any_value(1)'],
  ['array_sample', 'cardinality(array_sample(ARRAY[1, 2], 1))'],
  ['array_shuffle', 'cardinality(array_shuffle(ARRAY[1, 2]))'],
  ['random_normal', 'random_normal(0, 0)'],
  ['date_add', "date_add('2020-01-01'::timestamptz, '1 day')"],
  ['date_subtract', "date_subtract('2020-01-02'::timestamptz, '1 day')"],
  ['pg_input_is_valid', "pg_input_is_valid('1', 'int4')"],
  ['to_regtypemod', "to_regtypemod('varchar(5)')"],
  ['trim_scale', 'trim_scale(1.500)'],
  ['bytea to int cast', "'\\x01'::bytea::int"],
  ['int to bytea cast', '1::bytea'],
  ['int8 to bytea cast', '1::int8::bytea'],
  ['crc32', "crc32('a'::bytea)"],
  ['jsonb_strip_nulls with arrays flag', `jsonb_strip_nulls('[null]'::jsonb, true)`],
  ['string_to_array unknown', "string_to_array('a,b', ',')"],
  ['sum of interval', "sum('1 day'::interval)"],
  ['avg of interval', "avg('1 day'::interval)"],
  ['interval infinity', "'infinity'::interval"],
  ['interval infinity arithmetic', "'infinity'::timestamp - '2020-01-01'::timestamp"],
  ['system_user', 'system_user'],
  ['unistr', "unistr('\\0041')"],
  ['bit_count bytea', "bit_count('\\xff'::bytea)"],
  ['ltrim bytea', "ltrim('\\x0001'::bytea, '\\x00'::bytea)"],
  ['substring bytea similar', "substring('abc' similar 'a#\"b#\"c' escape '#')"],
  ['has_largeobject_privilege', "has_largeobject_privilege(1, 'SELECT')"],
  ['stddev of interval', "stddev('1 day'::interval)"],
  ['json_scalar', 'json_scalar(1)'],
  ['xmltext', "xmltext('<a>')"],
  ['pg_basetype', "pg_basetype('int4'::regtype)"],
  ['starts_with', "starts_with('abc', 'a')"],
  ['int4 to money', '5::money'],
  ['int8 to money', '5::int8::money'],
  ['numeric to money', '5.5::money'],
  ['money to int', "'5'::money::int"],
  ['text to xid8', "'5'::xid8::text"],
  ['xid8 to xid', "'5'::xid8::xid"],
  ['oid to int8', "'5'::oid::int8"],
  ['regclass to int8', "'pg_class'::regclass::int8"],
  ['jsonb to numeric via float', `'1.5'::jsonb::float8`],
  ['jsonb null to int', `'null'::jsonb::int`],
  ['json to int', `'1'::json::int`],
]) {
  list.select(`${name}`, `${expr}`);
}

// user shims with the names of newer builtins: 15 calls the user's
const shim = (name: string, create: string, call: string) =>
  add(`user shim ${name}`, [create, `SELECT ${call} AS v, pg_typeof(${call})::text AS t`]);
shim(
  'reverse bytea',
  "CREATE FUNCTION reverse(bytea) RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$",
  "reverse('\\x01'::bytea)",
);
shim(
  'random range',
  'CREATE FUNCTION random(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'random(3, 9)',
);
shim(
  'array_reverse',
  'CREATE FUNCTION array_reverse(anyarray) RETURNS anyarray LANGUAGE sql AS $$ SELECT ARRAY(SELECT $1[i] FROM generate_subscripts($1, 1) i ORDER BY i DESC) $$',
  'array_reverse(ARRAY[1, 2, 3])',
);
shim(
  'array_sort',
  'CREATE FUNCTION array_sort(anyarray) RETURNS anyarray LANGUAGE sql AS $$ SELECT ARRAY(SELECT x FROM unnest($1) x ORDER BY x) $$',
  'array_sort(ARRAY[3, 1, 2])',
);
shim(
  'casefold',
  "CREATE FUNCTION casefold(text) RETURNS text LANGUAGE sql AS $$ SELECT 'shim ' || lower($1) $$",
  "casefold('ABC')",
);
shim('erf', 'CREATE FUNCTION erf(float8) RETURNS float8 LANGUAGE sql AS $$ SELECT 42::float8 $$', 'erf(0)');
shim('gamma', "CREATE FUNCTION gamma(float8) RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$", 'gamma(5)');
shim('to_bin', "CREATE FUNCTION to_bin(int) RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$", 'to_bin(5)');
shim('uuidv7', "CREATE FUNCTION uuidv7() RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$", 'uuidv7()');
shim('uuidv4', "CREATE FUNCTION uuidv4() RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$", 'uuidv4()');
shim(
  'crc32',
  'CREATE FUNCTION crc32(bytea) RETURNS int8 LANGUAGE sql AS $$ SELECT 7::int8 $$',
  "crc32('a'::bytea)",
);
shim(
  'any_value aggregate',
  'CREATE AGGREGATE any_value (anyelement) (sfunc = pg_catalog.coalesce_shim_missing, stype = anyelement)',
  '1',
);
shim(
  'date_add',
  "CREATE FUNCTION date_add(timestamptz, interval) RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$",
  "date_add('2020-01-01'::timestamptz, '1 day'::interval)",
);
shim(
  'pg_input_is_valid',
  "CREATE FUNCTION pg_input_is_valid(text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$",
  "pg_input_is_valid('1', 'int4')",
);
shim(
  'array_shuffle',
  'CREATE FUNCTION array_shuffle(anyarray) RETURNS anyarray LANGUAGE sql AS $$ SELECT $1 $$',
  'array_shuffle(ARRAY[1, 2])',
);
shim(
  'trim_array',
  "CREATE FUNCTION trim_array(anyarray, int) RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$",
  'trim_array(ARRAY[1, 2], 1)',
);
shim(
  'system_user',
  "CREATE FUNCTION system_user() RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$",
  'public.system_user()',
);
shim(
  'unistr',
  "CREATE FUNCTION unistr(text) RETURNS text LANGUAGE sql AS $$ SELECT 'shim' $$",
  "unistr('a')",
);
add('user shim any_value', [
  'CREATE FUNCTION first_nn(anyelement, anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce($1, $2) $$',
  'CREATE AGGREGATE any_value (anyelement) (sfunc = first_nn, stype = anyelement)',
  'SELECT any_value(x) AS v FROM (VALUES (5), (6)) s(x)',
]);
add('user shim max of arrays', [
  'CREATE FUNCTION arr_larger(int[], int[]) RETURNS int[] LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1 > $2 THEN $1 ELSE $2 END $$',
  'CREATE AGGREGATE max (int[]) (sfunc = arr_larger, stype = int[])',
  'SELECT max(a) AS v FROM (VALUES (ARRAY[1, 2]), (ARRAY[3])) s(a)',
]);
add('user shim max of anyarray', [
  'CREATE FUNCTION arr_larger(anyarray, anyarray) RETURNS anyarray LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1 > $2 THEN $1 ELSE $2 END $$',
  'CREATE AGGREGATE max (anyarray) (sfunc = arr_larger, stype = anyarray)',
  "SELECT max(a) AS v FROM (VALUES (ARRAY['a']), (ARRAY['b'])) s(a)",
]);
add('user cast int to bytea', [
  'CREATE FUNCTION i2b(int) RETURNS bytea LANGUAGE sql AS $$ SELECT int4send($1) $$',
  'CREATE CAST (int AS bytea) WITH FUNCTION i2b(int)',
  'SELECT 258::bytea AS v',
  'DROP CAST (int AS bytea)',
]);
add('user operator shadowing newer builtin in public first', [
  "CREATE FUNCTION rev(bytea) RETURNS text LANGUAGE sql AS $$ SELECT 'user' $$",
  'SET search_path = public, pg_catalog',
  "CREATE FUNCTION reverse(bytea) RETURNS text LANGUAGE sql AS $$ SELECT 'user reverse' $$",
  "SELECT reverse('\\x01'::bytea) AS v",
]);
add('pg_proc has none of the newer functions', [
  "SELECT count(*) AS c FROM pg_proc WHERE proname IN ('array_reverse', 'array_sort', 'casefold', 'gamma', 'lgamma', 'erf', 'erfc', 'to_bin', 'to_oct', 'uuidv4', 'uuidv7', 'any_value', 'array_sample', 'array_shuffle', 'random_normal', 'date_add', 'date_subtract', 'pg_input_is_valid', 'to_regtypemod', 'crc32', 'crc32c', 'system_user', 'pg_basetype', 'has_largeobject_privilege', 'json_scalar', 'xmltext', 'uuid_extract_version', 'uuid_extract_timestamp')",
]);
add('pg_proc overload counts of changed functions', [
  "SELECT proname, count(*) AS c FROM pg_proc WHERE proname IN ('max', 'min', 'random', 'reverse', 'jsonb_strip_nulls', 'json_strip_nulls', 'sum', 'avg', 'bytea', 'int4', 'int8', 'int2', 'array_agg', 'string_agg', 'substr', 'substring', 'ltrim', 'rtrim', 'btrim', 'trim_scale', 'to_char', 'to_timestamp', 'date_trunc', 'generate_series', 'numeric', 'money', 'xid') GROUP BY proname ORDER BY proname",
]);
add('pg_cast count by source', [
  "SELECT castsource::regtype::text AS s, count(*) AS c FROM pg_cast WHERE castsource IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype, 'bytea'::regtype, 'xid8'::regtype, 'jsonb'::regtype, 'json'::regtype, 'money'::regtype, 'text'::regtype, 'uuid'::regtype) GROUP BY 1 ORDER BY 1",
]);
add('pg_operator counts of changed operators', [
  "SELECT oprname, count(*) AS c FROM pg_operator WHERE oprname IN ('+', '-', '*', '/', '=', '<', '||', '@>', '<@', '&&', '->', '->>', '#-', '@@', '~~', '^@', '<->') GROUP BY oprname ORDER BY oprname",
]);
add('pg_aggregate counts', ['SELECT count(*) AS c FROM pg_aggregate']);
add('pg_type count of builtin', [
  "SELECT count(*) AS c FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace",
]);

export default list.cases;
