// Round 21 probe, extending: PostgreSQL 15 docs 38.2.5 "Polymorphic Types" and 38.5.11: functions
// over anyelement / anyarray / anynonarray / anyenum / anyrange / anymultirange and the
// anycompatible family, the rules that tie them together, unknown and NULL arguments (42804,
// 42P18 "could not determine polymorphic type"), and the result types the caller sees.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: polymorphic: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const POLY = `CREATE FUNCTION make_array(anyelement, anyelement) RETURNS anyarray AS $$ SELECT ARRAY[$1, $2]; $$ LANGUAGE sql;
CREATE FUNCTION is_greater(anyelement, anyelement) RETURNS boolean AS $$ SELECT $1 > $2; $$ LANGUAGE sql;
CREATE FUNCTION make_array2(anycompatible, anycompatible) RETURNS anycompatiblearray AS $$ SELECT ARRAY[$1, $2]; $$ LANGUAGE sql;
CREATE FUNCTION first_el(anyarray) RETURNS anyelement AS $$ SELECT $1[1] $$ LANGUAGE sql;
CREATE FUNCTION nonarr(anynonarray) RETURNS text AS $$ SELECT 'scalar ' || $1::text $$ LANGUAGE sql;
CREATE FUNCTION dup(f1 anyelement, OUT f2 anyelement, OUT f3 anyarray) AS 'SELECT $1, ARRAY[$1,$1]' LANGUAGE sql;
CREATE FUNCTION anyleast(VARIADIC anyarray) RETURNS anyelement AS $$ SELECT min($1[i]) FROM generate_subscripts($1, 1) g(i); $$ LANGUAGE sql;
CREATE FUNCTION rlow(anyrange) RETURNS anyelement AS $$ SELECT lower($1) $$ LANGUAGE sql;
CREATE FUNCTION mkrange(anyelement, anyelement, anyrange) RETURNS anyrange AS $$ SELECT $3 $$ LANGUAGE sql;
CREATE FUNCTION addc(anycompatible, anycompatible) RETURNS anycompatible AS $$ SELECT $1 + $2 $$ LANGUAGE sql;
CREATE FUNCTION within(anycompatible, anycompatiblerange) RETURNS boolean AS $$ SELECT $2 @> $1 $$ LANGUAGE sql;
CREATE FUNCTION mixed(anyelement, anycompatible, anycompatible) RETURNS text AS $$ SELECT pg_typeof($1)::text || '/' || pg_typeof($2)::text || '/' || pg_typeof($3)::text $$ LANGUAGE sql;`;
const cases: [string, string][] = [
  ['make_array ints', 'make_array(1, 2)'],
  ['make_array texts', "make_array('a'::text, 'b')"],
  ['make_array unknowns is 42804', "make_array('a', 'b')"],
  ['make_array int and numeric is 42804', 'make_array(1, 2.5)'],
  ['make_array int and unknown', "make_array(1, '2')"],
  ['make_array nulls is 42P18', 'make_array(NULL, NULL)'],
  ['make_array null and int', 'make_array(NULL, 3)'],
  ['make_array of arrays', 'make_array(ARRAY[1], ARRAY[2])'],
  ['make_array of domain values', "make_array('5'::int2, 6::int2)"],
  ['is_greater ints', 'is_greater(1, 2)'],
  ['is_greater unknowns is 42804', "is_greater('a', 'b')"],
  ['is_greater points has no operator', "is_greater('(1,1)'::point, '(0,0)'::point)"],
  ['make_array2 int numeric', 'make_array2(1, 2.5)'],
  ['make_array2 unknowns is text', "make_array2('a', 'b')"],
  ['make_array2 int text is 42804', "make_array2(1, 'b'::text)"],
  ['make_array2 int8 int2', 'make_array2(1::int8, 2::int2)'],
  ['make_array2 nulls', 'make_array2(NULL, NULL)'],
  ['make_array2 varchar text', "make_array2('a'::varchar, 'b'::text)"],
  ['make_array2 date timestamptz', "make_array2('2020-01-01'::date, '2020-01-01 00:00+00'::timestamptz)"],
  ['first_el int array', 'first_el(ARRAY[7, 8])'],
  ['first_el unknown is 42804', "first_el('{1,2}')"],
  ['first_el typed unknown', "first_el('{1,2}'::int[])"],
  ['first_el non array is 42883', 'first_el(5)'],
  ['first_el text array', "first_el(ARRAY['x'])"],
  ['first_el 2d array', 'first_el(ARRAY[[1, 2], [3, 4]])'],
  ['nonarr scalar', 'nonarr(5)'],
  ['nonarr array is 42883', 'nonarr(ARRAY[5])'],
  ['nonarr unknown', "nonarr('x')"],
  ['dup out params', 'dup(22)'],
  ['dup text', "dup('xyz'::text)"],
  ['dup unknown is 42804', "dup('xyz')"],
  ['anyleast ints', 'anyleast(10, -1, 5, 4)'],
  ['anyleast texts', "anyleast('abc'::text, 'def')"],
  ['anyleast mixed int numeric fails', 'anyleast(1, 2.5)'],
  ['rlow int4range', 'rlow(int4range(3, 9))'],
  ['rlow numrange', 'rlow(numrange(1.5, 9))'],
  ['rlow unknown is 42804', "rlow('[1,2)')"],
  ['mkrange consistent', 'mkrange(1, 2, int4range(1, 2))'],
  ['mkrange inconsistent', 'mkrange(1.5, 2.5, int4range(1, 2))'],
  ['addc int numeric', 'addc(1, 2.5)'],
  ['addc int int8', 'addc(1, 2::int8)'],
  ['addc unknown unknown', "addc('1', '2')"],
  ['within int numrange', 'within(2, numrange(1, 3))'],
  ['within numeric int4range', 'within(2.5, int4range(1, 3))'],
  ['within int int4range', 'within(2, int4range(1, 3))'],
  ['mixed independent families', "mixed('x'::text, 1, 2.5)"],
  ['mixed unknown first', "mixed('x', 1, 2.5)"],
];
for (const [name, expr] of cases) {
  add(name, [`SELECT ${expr} AS v, pg_typeof(${expr})::text AS t`], POLY);
}
add('polymorphic result without polymorphic argument is 42P13', [
  'CREATE FUNCTION bad() RETURNS anyelement AS $$ SELECT 1 $$ LANGUAGE sql',
]);
add('anyrange result from anyelement only is 42P13', [
  'CREATE FUNCTION bad(anyelement) RETURNS anyrange AS $$ SELECT NULL $$ LANGUAGE sql',
]);
add('anycompatiblerange result from anycompatible only is 42P13', [
  'CREATE FUNCTION bad(anycompatible) RETURNS anycompatiblerange AS $$ SELECT NULL $$ LANGUAGE sql',
]);
add('polymorphic out without polymorphic in is 42P13', [
  'CREATE FUNCTION bad(int, OUT anyelement) AS $$ SELECT 1 $$ LANGUAGE sql',
]);
add('anyelement used with RETURNS TABLE', [
  'CREATE FUNCTION pair(a anyelement) RETURNS TABLE (x anyelement, y anyarray) LANGUAGE sql AS $$ SELECT a, ARRAY[a] $$',
  'SELECT * FROM pair(5)',
  "SELECT * FROM pair('q'::text)",
]);
add('anyelement with composite', [
  'CREATE TYPE c AS (a int, b text)',
  'CREATE FUNCTION ident(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 $$',
  "SELECT (ident(ROW(1, 'x')::c)).b AS v",
]);
add('anyelement with record is error', [
  'CREATE FUNCTION ident(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 $$',
  "SELECT ident(ROW(1, 'x')) AS v",
]);
add('anyenum function', [
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
  'CREATE FUNCTION nexte(anyenum) RETURNS anyenum LANGUAGE sql AS $$ SELECT (enum_range($1, NULL))[2] $$',
  "SELECT nexte('sad'::mood) AS v, pg_typeof(nexte('sad'::mood))::text AS t",
  'SELECT nexte(1) AS w',
]);
add('anyelement in plpgsql sees actual type', [
  'CREATE FUNCTION tname(anyelement) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN pg_typeof($1)::text; END $$',
  "SELECT tname(1) AS a, tname(1.5) AS b, tname('x'::varchar) AS c, tname(ARRAY[1]) AS d",
]);
add('anyelement with domain resolves to base', [
  'CREATE DOMAIN pos AS int CHECK (VALUE > 0)',
  'CREATE FUNCTION tname(anyelement) RETURNS text LANGUAGE sql AS $$ SELECT pg_typeof($1)::text $$',
  'SELECT tname(5::pos) AS v',
]);
add('anyarray with domain over array', [
  'CREATE DOMAIN ia AS int[] CHECK (cardinality(VALUE) > 0)',
  'CREATE FUNCTION tname(anyarray) RETURNS text LANGUAGE sql AS $$ SELECT pg_typeof($1)::text $$',
  "SELECT tname('{1}'::ia) AS v",
]);
add('polymorphic catalog', [
  POLY.split('\n')[0] ?? '',
  "SELECT proargtypes::regtype[]::text AS args, prorettype::regtype::text AS rt FROM pg_proc WHERE proname = 'make_array'",
]);
add('polymorphic aggregates builtin array_agg of arrays', [
  'SELECT array_agg(a) AS v, pg_typeof(array_agg(a))::text AS t FROM (VALUES (ARRAY[1, 2]), (ARRAY[3, 4])) s(a)',
]);
add('builtin array_append unknown', ["SELECT array_append(ARRAY[1], '2') AS v"]);
add('builtin array_append anycompatible numeric', ['SELECT array_append(ARRAY[1], 2.5) AS v']);
add('builtin array_cat mixed', [
  'SELECT array_cat(ARRAY[1], ARRAY[2.5]) AS v, pg_typeof(array_cat(ARRAY[1], ARRAY[2.5]))::text AS t',
]);
add('builtin array_position unknown', ["SELECT array_position(ARRAY['a', 'b'], 'b') AS v"]);
add('builtin array_remove int8', ['SELECT array_remove(ARRAY[1, 2], 2::int8) AS v']);
add('builtin array_replace mixed', ['SELECT array_replace(ARRAY[1, 2], 2, 2.5) AS v']);
add('builtin array_fill unknown', ["SELECT array_fill('x'::text, ARRAY[2]) AS v"]);
add('builtin array_fill of unknown is 42804', ["SELECT array_fill('x', ARRAY[2]) AS v"]);
add('builtin width_bucket anycompatiblearray', ['SELECT width_bucket(5, ARRAY[1, 3.5, 7]) AS v']);
add('builtin unnest of unknown is 42725', ["SELECT unnest('{1,2}') AS v"]);
add('builtin coalesce of arrays', ['SELECT coalesce(NULL, ARRAY[1]) AS v']);
add('builtin range constructor mixed is 42883', ['SELECT int4range(1, 2.5) AS v']);
add('builtin numrange with ints', ['SELECT numrange(1, 3) AS v']);
add('builtin lower of unknown range', ["SELECT lower('[1,3)') AS v"]);
add('builtin range_merge', ['SELECT range_merge(int4range(1, 2), int4range(5, 6)) AS v']);

export default list.cases;
