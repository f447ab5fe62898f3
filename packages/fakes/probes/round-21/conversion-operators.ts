// Round 21 probe, conversion: PostgreSQL 15 docs chapter 10.2 "Operators": operator type
// resolution with unknown-typed literals, preferred types within a category, implicit casts,
// prefix operators, ambiguity (42725) and missing operators (42883), and the result types chosen.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 conversion: operators: ');
const typed = (name: string, expr: string, setup?: string) =>
  list.add(name, [`SELECT ${expr} AS v, pg_typeof(${expr})::text AS t`], setup);

// ---------------------------------------------------------------- docs examples 10.2
typed('square root prefix operator on int literal', '|/ 40');
typed('factorial function on int', 'factorial(5)');
typed('text concatenation of unknown and text', "text 'abc' || 'def'");
typed('concatenation of two unknowns resolves to text', "'abc' || 'def'");
typed('absolute value prefix on unknown is 42725', "@ '-4.5'");
typed('absolute value prefix on float8 unknown cast', "@ '-4.5e500'");
typed('array inclusion with unknown right', "array[1,2] <@ '{1,2,3}'");
typed('custom domain operand resolves to base type', "'5'::int + 1");
list.add('domain operand comparison', [
  "CREATE DOMAIN mytext AS text CHECK (VALUE ~ '^[a-z]+$')",
  "SELECT 'abc'::mytext = 'abc' AS v, pg_typeof('abc'::mytext || 'd')::text AS t",
]);

// ---------------------------------------------------------------- numeric promotions
const numbers = [
  '1::int2',
  '1::int4',
  '1::int8',
  '1.5::numeric',
  '1.5::float4',
  '1.5::float8',
  "'2'",
  '2',
  '2.5',
];
for (const left of numbers) {
  for (const right of numbers) {
    if (left === "'2'" && right === "'2'") continue;
    typed(`plus ${left} and ${right}`, `${left} + ${right}`);
  }
}
for (const op of ['-', '*', '/', '%', '^', '<', '=', '<>', '>=']) {
  typed(`int2 ${op} int8`, `7::int2 ${op} 3::int8`);
  typed(`int4 ${op} numeric`, `7 ${op} 3.0`);
  typed(`float4 ${op} numeric`, `7::float4 ${op} 3.0`);
  typed(`unknown ${op} int8`, `'7' ${op} 3::int8`);
}
typed('integer division truncates', '7 / 2');
typed('int by numeric division is numeric', '7 / 2.0');
typed('int2 by int2 division type', '7::int2 / 2::int2');
typed('power of ints is float8', '2 ^ 10');
typed('power of numeric', '2.0 ^ 10');
typed('modulo of int8 and int2', '10::int8 % 3::int2');
typed('unary minus on unknown', "- '5'");
typed('unary minus on int2', '- 5::int2');
typed('bitwise not on unknown', "~ '5'");
typed('bitwise and unknown unknown is ambiguous', "'5' & '3'");
typed('bitwise and int and unknown', "5 & '3'");
typed('shift left int8', '1::int8 << 40');
typed('shift left unknown right operand', "1 << '4'");
typed('text to int comparison without cast', "'10'::text = 10");
typed('varchar to text concatenation type', "'a'::varchar || 'b'::varchar");
typed('char(3) concatenation type', "'a'::char(3) || 'b'::char(3)");
typed('char to text comparison blank padded', "'a '::char(3) = 'a'::text");
typed('char to char comparison padded', "'a '::char(3) = 'a'::char(1)");
typed('varchar vs char comparison', "'a '::varchar = 'a'::char(2)");
typed('name vs text comparison', "'abc'::name = 'abc'::text");
typed('name concatenation type', "'abc'::name || 'x'");
typed('int concatenation with text', "1 || 'x'");
typed('text concatenation with int', "'x' || 1");
typed('int concatenation with int is 42883', '1 || 2');
typed('anynonarray concat with unknown', "1.5 || 'x'");
typed('bool concatenation with text', "true || 'x'");
typed('array concatenation with element', 'array[1,2] || 3');
typed('element concatenation with array', '0 || array[1,2]');
typed('array concatenation with unknown literal', "array[1,2] || '{3,4}'");
typed('array concatenation with unknown literal left', "'{0}' || array[1,2]");
typed('text array with unknown string', "array['a'] || 'b'");
typed('int array with int8 element', 'array[1,2] || 3::int8');
typed('int8 array with int element', 'array[1::int8] || 3');
typed('array concat unknown unknown', "'{1}' || '{2}'");
typed('date plus int', "'2020-01-01'::date + 1");
typed('date minus date', "'2020-03-01'::date - '2020-01-01'::date");
typed('date minus unknown', "'2020-03-01'::date - '2020-01-01'");
typed('date plus unknown interval', "'2020-01-01'::date + '1 day'");
typed('date plus time', "'2020-01-01'::date + '10:00'::time");
typed('timestamp minus unknown is ambiguous or timestamp', "'2020-01-01'::timestamp - '1 day'");
typed('timestamptz minus timestamp', "'2020-01-02'::timestamptz - '2020-01-01'::timestamp");
typed('interval times int', "'1 hour'::interval * 3");
typed('int times interval', "3 * '1 hour'::interval");
typed('interval divided by unknown', "'1 hour'::interval / '2'");
typed('unknown plus interval', "'2020-01-01' + '1 day'::interval");
typed('time plus interval', "'10:00'::time + '1 hour'::interval");
typed('time minus time', "'10:00'::time - '09:00'::time");
typed('jsonb arrow unknown', `'{"a":1}'::jsonb -> 'a'`);
typed('jsonb arrow int', `'[1,2]'::jsonb -> 1`);
typed('jsonb minus unknown', `'{"a":1}'::jsonb - 'a'`);
typed('jsonb minus int', `'[1,2]'::jsonb - 0`);
typed('jsonb contains unknown', `'{"a":1}'::jsonb @> '{"a":1}'`);
typed('jsonb question unknown', `'{"a":1}'::jsonb ? 'a'`);
typed('json arrow text', `'{"a":1}'::json ->> 'a'`);
typed('jsonb concat unknown', `'{"a":1}'::jsonb || '{"b":2}'`);
typed('text like unknown', "'abc' LIKE 'a%'");
typed('int like is 42883', "1 LIKE '1'");
typed('regex on unknown', "'abc' ~ 'b'");
typed('unknown equals unknown is text', "'a' = 'a'");
typed('unknown less than unknown text collation', "'B' < 'a'");
typed('unknown is not distinct from unknown', "'a' IS DISTINCT FROM 'b'");
typed('point equals is 42883', "'(1,1)'::point = '(1,1)'::point");
typed('point same as', "'(1,1)'::point ~= '(1,1)'::point");
typed('inet contains unknown', "'10.0.0.0/8'::inet >> '10.1.2.3'");
typed('inet minus int', "'10.0.0.5'::inet - 2");
typed('bit and varbit', "B'101' & B'110'");
typed('bit concatenation type', "B'101' || B'1'");
typed('bytea concatenation unknown', "'\\x01'::bytea || '\\x02'");
typed(
  'uuid equals unknown',
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
);
typed('uuid equals bad unknown', "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'nope'");
typed('bool equals unknown yes', "true = 'yes'");
typed('bool and unknown', "true AND 'f'");
typed('bool and int is 42804', 'true AND 1');
typed('not int is 42804', 'NOT 1');
typed('where int is 42804 in select', '(SELECT 1 WHERE 1)');
typed('int equals text is 42883', "1 = 'a'::text");
typed('int equals bad unknown is 22P02', "1 = 'a'");
typed('numeric equals float literal unknown', "1.5 = '1.50'");
typed('int8 equals numeric', '10000000000::int8 = 10000000000.0');
typed('int2 plus int2 overflow', '32767::int2 + 1::int2');
typed('int2 plus int4 no overflow', '32767::int2 + 1');
typed('oid plus int', "'5'::oid + 1");
typed('money plus unknown', "'1.50'::money + '2'");
typed('money times int', "'1.50'::money * 2");
typed('money divide money', "'3.00'::money / '1.50'::money");
typed('range overlap unknown', "int4range(1,5) && '[3,8)'");
typed('range union unknown', "int4range(1,5) + '[3,8)'");
typed('range contains element unknown', "int4range(1,5) @> '3'");
typed('range contains int8 element', 'int8range(1,5) @> 3');
typed('numrange contains int', 'numrange(1,5) @> 3');
typed('tsvector match unknown', "to_tsvector('simple', 'a b') @@ 'a'");
typed('text match text', "'a b' @@ 'a'");

// ---------------------------------------------------------------- OPERATOR() syntax and schema-qualified
typed('OPERATOR syntax plus', '3 OPERATOR(pg_catalog.+) 4');
typed('OPERATOR syntax with unknown', "'3' OPERATOR(pg_catalog.+) 4");
typed('OPERATOR syntax precedence', '2 OPERATOR(pg_catalog.*) 3 + 4');
typed('OPERATOR syntax missing operator', '3 OPERATOR(pg_catalog.+++) 4');
typed('OPERATOR syntax missing schema', '3 OPERATOR(nosuch.+) 4');
typed('OPERATOR syntax prefix minus', 'OPERATOR(pg_catalog.-) 5');
typed('postfix factorial removed', '5 !');
typed('prefix double factorial removed', '!! 5');
typed('prefix operator missing', '@@@ 5');

// ---------------------------------------------------------------- NULL and unknown
typed('null plus int', 'NULL + 1');
typed('null plus null is int or ambiguous', 'NULL + NULL');
typed('null concat null', 'NULL || NULL');
typed('null equals null', 'NULL = NULL');
typed('unknown literal alone', "'abc'");
typed('null alone', 'NULL');
typed('unknown in subquery column', "(SELECT 'abc')");
list.add('unknown output column type of select', ["SELECT 'abc' AS a, NULL AS b"]);
list.add('unknown column in derived table', ["SELECT a, pg_typeof(a)::text AS t FROM (SELECT 'x' AS a) s"]);
list.add('unknown column in CTE', [
  "WITH c AS (SELECT 'x' AS a) SELECT a || 'y' AS v, pg_typeof(a)::text AS t FROM c",
]);
list.add('unknown column in view becomes text', [
  "CREATE VIEW v AS SELECT 'x' AS a",
  "SELECT atttypid::regtype::text AS t FROM pg_attribute WHERE attrelid = 'v'::regclass AND attname = 'a'",
]);
list.add('unknown column in CREATE TABLE AS becomes text', [
  "CREATE TABLE t AS SELECT 'x' AS a, NULL AS b",
  "SELECT attname, atttypid::regtype::text AS t FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
]);
list.add('unknown column in SELECT INTO becomes text', [
  "SELECT 'x' AS a INTO t2",
  "SELECT atttypid::regtype::text AS t FROM pg_attribute WHERE attrelid = 't2'::regclass AND attname = 'a'",
]);

// ---------------------------------------------------------------- ambiguity with user operators
const OPS = `CREATE FUNCTION op_ii(int, int) RETURNS text LANGUAGE sql AS $$SELECT 'int,int'$$;
CREATE FUNCTION op_tt(text, text) RETURNS text LANGUAGE sql AS $$SELECT 'text,text'$$;
CREATE FUNCTION op_nn(numeric, numeric) RETURNS text LANGUAGE sql AS $$SELECT 'numeric,numeric'$$;
CREATE OPERATOR ### (LEFTARG = int, RIGHTARG = int, FUNCTION = op_ii);
CREATE OPERATOR ### (LEFTARG = text, RIGHTARG = text, FUNCTION = op_tt);
CREATE OPERATOR ### (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = op_nn);`;
for (const [name, expr] of [
  ['int int exact', '1 ### 2'],
  ['int unknown', "1 ### '2'"],
  ['unknown int', "'1' ### 2"],
  ['unknown unknown picks text', "'1' ### '2'"],
  ['int8 int8 goes to numeric', '1::int8 ### 2::int8'],
  ['int2 int2 goes to int', '1::int2 ### 2::int2'],
  ['float8 float8 has no match', '1.0::float8 ### 2.0::float8'],
  ['numeric int', '1.5 ### 2'],
  ['varchar varchar goes to text', "'a'::varchar ### 'b'::varchar"],
  ['text int has no match', "'a'::text ### 2"],
  ['null null', 'NULL ### NULL'],
  ['int null', '1 ### NULL'],
  ['bool bool', 'true ### false'],
]) {
  typed(`user operator ### ${name}`, expr ?? '', OPS);
}
const AMB = `CREATE FUNCTION a_if(int, float8) RETURNS text LANGUAGE sql AS $$SELECT 'int,float8'$$;
CREATE FUNCTION a_fi(float8, int) RETURNS text LANGUAGE sql AS $$SELECT 'float8,int'$$;
CREATE OPERATOR <#> (LEFTARG = int, RIGHTARG = float8, FUNCTION = a_if);
CREATE OPERATOR <#> (LEFTARG = float8, RIGHTARG = int, FUNCTION = a_fi);`;
typed('ambiguous user operator int int is 42725', '1 <#> 2', AMB);
typed('unambiguous user operator int float8', '1 <#> 2.0::float8', AMB);
typed('unambiguous user operator numeric int', '1.5 <#> 2', AMB);
typed('ambiguous user operator unknown unknown', "'1' <#> '2'", AMB);
const PRE = `CREATE FUNCTION neg_t(text) RETURNS text LANGUAGE sql AS $$SELECT 'neg ' || $1$$;
CREATE FUNCTION neg_i(int) RETURNS text LANGUAGE sql AS $$SELECT 'negi ' || $1$$;
CREATE OPERATOR ~~~ (RIGHTARG = text, FUNCTION = neg_t);
CREATE OPERATOR ~~~ (RIGHTARG = int, FUNCTION = neg_i);`;
typed('prefix user operator on unknown picks text', "~~~ 'x'", PRE);
typed('prefix user operator on int', '~~~ 5', PRE);
typed('prefix user operator on int8 no match', '~~~ 5::int8', PRE);
typed('prefix user operator on varchar', "~~~ 'x'::varchar", PRE);
typed('prefix user operator as infix is error', "1 ~~~ 'x'", PRE);

export default list.cases;
