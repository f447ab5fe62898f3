// Round 17 probe, errors part 2: data exceptions (PostgreSQL 15 Appendix A class 22) as
// repository code meets them: literals, casts, columns and parameters.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 errors: data: ');
const V =
  'CREATE TABLE v (id int PRIMARY KEY, s varchar(5), c char(3), n numeric(5,2), i int, si smallint, b bigint);';

// ---------------------------------------------------------------- 22001 string data right truncation
list.add('22001 varchar insert too long', ["INSERT INTO v (id, s) VALUES (1, 'abcdef')"], V);
list.add('22001 char insert too long', ["INSERT INTO v (id, c) VALUES (1, 'abcd')"], V);
list.add(
  'varchar trailing spaces truncated silently',
  ["INSERT INTO v (id, s) VALUES (1, 'abc     ')", 'SELECT s, length(s) AS l FROM v ORDER BY id'],
  V,
);
list.add(
  'char trailing spaces truncated silently',
  ["INSERT INTO v (id, c) VALUES (1, 'ab    ')", 'SELECT c, length(c) AS l FROM v ORDER BY id'],
  V,
);
list.add(
  '22001 varchar update too long',
  ["INSERT INTO v (id, s) VALUES (1, 'a')", "UPDATE v SET s = s || 'bcdefg'"],
  V,
);
list.params('22001 varchar parameter too long', 'INSERT INTO v (id, s) VALUES ($1, $2)', [1, 'abcdefgh'], V);
list.select('explicit cast varchar truncates', "'abcdef'::varchar(3)");
list.select('explicit cast char truncates', "'abcdef'::char(2)");
list.select('cast(as varchar(n)) truncates', "CAST('abcdef' AS varchar(4))");
list.select('explicit cast multibyte truncates', "'ééééé'::varchar(2)");
list.add('22001 multibyte too long', ["INSERT INTO v (id, s) VALUES (1, 'éééééé')"], V);
list.add(
  'multibyte fits by characters',
  ["INSERT INTO v (id, s) VALUES (1, 'ééééé')", 'SELECT s FROM v ORDER BY id'],
  V,
);
list.add('22001 varchar array element', [
  'CREATE TABLE a (x varchar(2)[])',
  "INSERT INTO a VALUES (ARRAY['abc'])",
]);
list.add('22001 bit varying', ['CREATE TABLE a (x bit varying(3))', "INSERT INTO a VALUES (B'10101')"]);
list.add('22026 bit length mismatch', ['CREATE TABLE a (x bit(3))', "INSERT INTO a VALUES (B'10')"]);
list.add('22001 in insert select', ["INSERT INTO v (id, s) SELECT 1, 'toolongvalue'"], V);
list.add('22001 domain over varchar', ['CREATE DOMAIN short AS varchar(2)', "SELECT 'abc'::short AS v"]);

// ---------------------------------------------------------------- 22003 numeric value out of range
list.add('22003 numeric column overflow', ['INSERT INTO v (id, n) VALUES (1, 1000)'], V);
list.add(
  'numeric column rounds',
  ['INSERT INTO v (id, n) VALUES (1, 999.994)', 'SELECT n FROM v ORDER BY id'],
  V,
);
list.add('22003 numeric rounding overflow', ['INSERT INTO v (id, n) VALUES (1, 999.995)'], V);
list.add('22003 int column overflow', ['INSERT INTO v (id, i) VALUES (1, 2147483648)'], V);
list.add('22003 smallint column overflow', ['INSERT INTO v (id, si) VALUES (1, 32768)'], V);
list.add('22003 smallint negative overflow', ['INSERT INTO v (id, si) VALUES (1, -32769)'], V);
list.add('22003 bigint column overflow', ['INSERT INTO v (id, b) VALUES (1, 9223372036854775808)'], V);
list.params('22003 int parameter overflow', 'INSERT INTO v (id, i) VALUES ($1, $2)', [1, '3000000000'], V);
list.add(
  '22003 int update overflow',
  ['INSERT INTO v (id, i) VALUES (1, 2147483647)', 'UPDATE v SET i = i + 1'],
  V,
);
list.select('22003 int4 add overflow', '2147483647 + 1');
list.select('22003 int4 sub overflow', '(-2147483648)::int - 1');
list.select('22003 int4 mul overflow', '65536 * 65536');
list.select('22003 int2 add overflow', '32767::smallint + 1::smallint');
list.select('22003 int8 add overflow', '9223372036854775807 + 1');
list.select('22003 int8 mul overflow', '9223372036854775807 * 2');
list.select('22003 int4 abs min', 'abs((-2147483648)::int)');
list.select('22003 int4 negate min', '-((-2147483648)::int)');
list.select('22003 int4 div min by -1', '(-2147483648)::int / (-1)');
list.select('22003 cast bigint to int', '3000000000::bigint::int');
list.select('22003 cast numeric to int', '2147483648.0::int');
list.select('22003 cast float to int', '1e10::float8::int');
list.select('22003 cast numeric to smallint', '40000::numeric::smallint');
list.select('22003 cast text to int', "'2147483648'::int");
list.select('22003 cast text to smallint', "'40000'::smallint");
list.select('22003 numeric typmod cast', '123.456::numeric(4,2)');
list.select('22003 float8 overflow mul', '1e308::float8 * 10');
list.select('22003 float8 out of range text', "'1e400'::float8");
list.select('22003 float4 out of range', "'1e40'::float4");
list.select('22003 power overflow', 'power(10::float8, 400)');
list.select('22003 exp overflow', 'exp(1000::float8)');
list.select('22003 sum int overflow not', 'sum(x) FROM (VALUES (2147483647), (1)) AS t(x)');
list.select(
  '22003 generate_series int overflow',
  'count(*) FROM generate_series(2147483646, 2147483647) AS g',
);
list.select('22003 integer literal too big for int column of values', '(SELECT 99999999999::int)');
list.select('22003 numeric precision zero', "'1'::numeric(1,1)");
list.select('22003 to_number overflow numeric typmod', "to_number('12345', '99999')::numeric(3,0)");
list.select('22003 int4 literal boundary ok', '2147483647 AS x, (-2147483648)::int');
list.select('22003 factorial', 'factorial(40)::bigint');
list.select('22003 interval overflow', "interval '2147483647 days' + interval '1 day'");
list.select('22008 timestamp out of range via interval', "timestamp '294276-12-31' + interval '1 year'");

// ---------------------------------------------------------------- 22012 division by zero
list.select('22012 int division', '1 / 0');
list.select('22012 int modulo', '1 % 0');
list.select('22012 bigint division', '1::bigint / 0');
list.select('22012 smallint division', '1::smallint / 0::smallint');
list.select('22012 numeric division', '1.0 / 0');
list.select('22012 numeric modulo', '1.5 % 0');
list.select('22012 float8 division', '1::float8 / 0');
list.select('22012 float4 division', '1::float4 / 0::float4');
list.select('22012 float8 zero by zero', '0::float8 / 0::float8');
list.select('22012 mod function', 'mod(5, 0)');
list.select('22012 div function', 'div(5, 0)');
list.select('22012 column division', 'x / y FROM (VALUES (1, 0)) AS t(x, y)');
list.select('22012 in where clause', '1 FROM (VALUES (0)) AS t(x) WHERE 1 / x = 1');
list.select('22012 in case not reached', 'CASE WHEN x = 0 THEN 0 ELSE 1 / x END FROM (VALUES (0)) AS t(x)');
list.select('22012 in aggregate', 'sum(1 / x) FROM (VALUES (1), (0)) AS t(x)');
list.select('22012 interval division', "interval '1 day' / 0");
list.select('22012 numeric nan division', "'NaN'::numeric / 0");
list.select('22012 float infinity by zero', "'Infinity'::float8 / 0");
list.add('22012 in update', [
  'CREATE TABLE z (a int)',
  'INSERT INTO z VALUES (0)',
  'UPDATE z SET a = 10 / a',
]);
list.add('22012 in default expression', [
  'CREATE TABLE z (a int, b int DEFAULT 1 / 0)',
  'INSERT INTO z (a) VALUES (1)',
]);
list.select('2201E log of zero', 'ln(0)');
list.select('2201E log of negative', 'ln(-1)');
list.select('2201E log10 of zero numeric', 'log(0::numeric)');
list.select('2201F power zero negative', 'power(0::numeric, -1)');
list.select('2201F power zero negative float', 'power(0::float8, -1)');
list.select('2201F power negative fractional', 'power(-8::numeric, 0.5)');
list.select('2201F power negative fractional float', 'power(-8::float8, 0.5)');
list.select('22003 sqrt negative', 'sqrt(-1)');
list.select('2201E sqrt negative numeric', 'sqrt(-1::numeric)');

// ---------------------------------------------------------------- 22P02 invalid text representation
const BAD_INPUT: readonly [string, string][] = [
  ['int', 'abc'],
  ['int', '1.5'],
  ['int', ''],
  ['int', ' 12 3'],
  ['smallint', 'x'],
  ['bigint', '12abc'],
  ['numeric', 'abc'],
  ['numeric', '1..2'],
  ['real', 'x'],
  ['float8', '1.2.3'],
  ['boolean', 'maybe'],
  ['boolean', ''],
  ['uuid', 'not-a-uuid'],
  ['uuid', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'],
  ['json', '{a:1}'],
  ['jsonb', '{"a":}'],
  ['jsonb', ''],
  ['json', "{'a':1}"],
  ['int[]', '{1,2'],
  ['int[]', '{a}'],
  ['text[]', 'a,b'],
  ['inet', '300.1.1.1'],
  ['cidr', '10.0.0.1/8'],
  ['macaddr', 'zz:zz'],
  ['bytea', '\\xzz'],
  ['money', 'abc'],
  ['point', '(1,2'],
  ['int4range', '[1,2'],
  ['int4range', '[3,1)'],
  ['bit(3)', '12'],
  ['oid', 'x'],
  ['regclass', 'no_such_table'],
  ['tsquery', '&&'],
  ['xml', '<a>'],
];
for (const [type, input] of BAD_INPUT) {
  list.select(
    `invalid input for ${type}: ${JSON.stringify(input)}`,
    `'${input.replaceAll("'", "''")}'::${type}`,
  );
}
list.params('22P02 int parameter text', 'SELECT $1::int AS v', ['abc']);
list.params('22P02 uuid parameter', 'SELECT $1::uuid AS v', ['nope']);
list.params('22P02 bool parameter', 'SELECT $1::boolean AS v', ['yes please']);
list.params('22P02 int parameter empty', 'SELECT $1::int AS v', ['']);
list.params('22P02 jsonb parameter', 'SELECT $1::jsonb AS v', ['{bad']);
list.params('22P02 numeric parameter', 'SELECT $1::numeric AS v', ['1,5']);
list.params('22P02 int parameter into column', 'INSERT INTO v (id) VALUES ($1)', ['x'], V);
list.params('22P02 int[] parameter', 'SELECT $1::int[] AS v', ['{1,x}']);
list.add('22P02 insert text literal into int column', ["INSERT INTO v (id) VALUES ('abc')"], V);
list.add('22P02 where text literal against int', ["SELECT id FROM v WHERE id = 'abc'"], V);
list.add(
  '22P02 update int column from text literal',
  ['INSERT INTO v (id) VALUES (1)', "UPDATE v SET i = 'one'"],
  V,
);
list.add('22P02 enum invalid value', ["CREATE TYPE mood AS ENUM ('sad', 'ok')", "SELECT 'happy'::mood AS v"]);
list.add('22P02 enum column insert', [
  "CREATE TYPE mood AS ENUM ('sad', 'ok')",
  'CREATE TABLE m (x mood)',
  "INSERT INTO m VALUES ('happy')",
]);
list.params(
  '22P02 enum parameter',
  'SELECT $1::mood AS v',
  ['happy'],
  "CREATE TYPE mood AS ENUM ('sad', 'ok')",
);
list.select('22P02 text to int at run time', "x::int FROM (VALUES ('1'), ('b')) AS t(x)");
list.select('22P02 jsonb ->> cast', `('{"a":"x"}'::jsonb ->> 'a')::int`);
list.select('22P02 to_number no digits', "to_number('abc', '999')");

// ---------------------------------------------------------------- 22007 / 22008 datetime
const BAD_DATETIME: readonly [string, string][] = [
  ['date', '2024-13-01'],
  ['date', '2024-02-30'],
  ['date', 'yesterdayish'],
  ['date', ''],
  ['timestamp', '2024-01-01 25:00'],
  ['timestamp', '2024-01-01 10:61'],
  ['timestamp', 'not a time'],
  ['timestamptz', '2024-01-01 10:00 +25'],
  ['timestamptz', '2024-01-01 10:00 Mars/Olympus'],
  ['time', '24:01'],
  ['time', '10:00:61'],
  ['interval', '1 fortnight'],
  ['interval', 'P1X'],
  ['date', '0000-01-01'],
  ['timestamp', '10000000-01-01'],
  ['date', '5874898-01-01'],
];
for (const [type, input] of BAD_DATETIME) {
  list.select(`datetime ${type}: ${JSON.stringify(input)}`, `'${input}'::${type}`);
}
list.params('22007 date parameter', 'SELECT $1::date AS v', ['31/31/2024']);
list.params('22008 date parameter out of range', 'SELECT $1::date AS v', ['2024-02-30']);
list.params('22007 timestamptz parameter', 'SELECT $1::timestamptz AS v', ['garbage']);
list.select('22008 make_date invalid', 'make_date(2024, 2, 30)');
list.select('22008 make_timestamp invalid', 'make_timestamp(2024, 1, 1, 25, 0, 0)');
list.select('22007 to_date invalid', "to_date('2024-99-01', 'YYYY-MM-DD')");
list.select('22008 to_date day out of range', "to_date('2024-02-31', 'YYYY-MM-DD')");
list.select('22007 to_timestamp bad input', "to_timestamp('xx', 'YYYY')");
list.select('22023 date_trunc bad unit', "date_trunc('fortnight', timestamp '2024-01-01')");
list.select('22023 extract bad unit', "extract(fortnight FROM timestamp '2024-01-01')");
list.select('22023 date_part bad unit', "date_part('eon', timestamp '2024-01-01')");
list.select('22008 timestamp infinity minus', "'infinity'::timestamp - '2024-01-01'::timestamp");
list.select('22008 to_timestamp huge', 'to_timestamp(1e20)');
list.select('22023 at time zone unknown', "timestamp '2024-01-01' AT TIME ZONE 'Nowhere/City'");
list.add('22007 insert bad date into column', [
  'CREATE TABLE d (x date)',
  "INSERT INTO d VALUES ('tomorrow-ish')",
]);
list.add('22008 insert out-of-range date into column', [
  'CREATE TABLE d (x date)',
  "INSERT INTO d VALUES ('2023-02-29')",
]);
list.select('22007 interval in ISO wrong', "'PT'::interval");
list.select('22015 interval field overflow', "'2147483648 days'::interval");

// ---------------------------------------------------------------- 2202E arrays
list.select('array subscript out of range reads null', "('{1,2,3}'::int[])[5]");
list.select('array slice out of range', "('{1,2,3}'::int[])[2:9]");
list.add('2202E array assignment far subscript ok', [
  'CREATE TABLE a (x int[])',
  "INSERT INTO a VALUES ('{1,2}')",
  'UPDATE a SET x[5] = 9',
  'SELECT x FROM a',
]);
list.add('2202E array assignment to null dims multi', [
  'CREATE TABLE a (x int[])',
  "INSERT INTO a VALUES ('{{1,2},{3,4}}')",
  'UPDATE a SET x[3] = 9',
]);
list.select('2202E array_fill bad dims', 'array_fill(1, ARRAY[-1])');
list.select('2202E multidimensional mismatch', 'ARRAY[[1,2],[3]]');
list.select('22P02 multidim literal mismatch', "'{{1,2},{3}}'::int[]");
list.select('2202E array_upper bad dim', "array_upper('{1}'::int[], 0)");
list.select('array_position on multidim', "array_position('{{1,2}}'::int[], 1)");
list.select('22004 array_remove multi', "array_remove('{{1,2}}'::int[], 1)");
list.select('2202E generate_subscripts', "count(*) FROM generate_subscripts('{1,2}'::int[], 1) AS g");
list.select('54000 array too many dims', "'{{{{{{{{{{1}}}}}}}}}}'::int[]");
list.select('22023 array_cat dims mismatch', "array_cat('{{1,2}}'::int[], '{{1,2,3}}'::int[])");
list.select('string_to_array null delimiter', "string_to_array('a,b', NULL)");

// ---------------------------------------------------------------- 22004 / 22023 / 22021 / 22025 / 22019
list.select('22004 json_build_object null key', 'json_build_object(NULL, 1)');
list.select('22004 jsonb_build_object null key', 'jsonb_build_object(NULL, 1)');
list.select(
  '22004 jsonb_object_agg null key',
  'jsonb_object_agg(k, v) FROM (VALUES (NULL::text, 1)) AS t(k, v)',
);
list.select('22023 jsonb_set path', `jsonb_set('{"a":1}', '{a,b}', '2')`);
list.select('22023 jsonb_build_object odd args', 'jsonb_build_object(1, 2, 3)');
list.select('22023 json_object odd', "json_object('{a}')");
list.select('22023 repeat negative ok', "repeat('x', -1)");
list.select('22023 generate_series step zero', 'count(*) FROM generate_series(1, 5, 0) AS g');
list.select('22023 width_bucket count zero', 'width_bucket(5, 0, 10, 0)');
list.select('22023 chr zero', 'chr(0)');
list.select('54000 chr too large', 'chr(1114112)');
list.select('22023 set_config bad', "set_config('work_mem', 'lots', false)");
list.select('22023 encode bad format', "encode('a'::bytea, 'base99')");
list.select('22023 decode bad hex', "decode('zz', 'hex')");
list.select('22023 convert_from bad encoding', "convert_from('a'::bytea, 'NOPE')");
list.select('22021 convert_from invalid utf8', "convert_from('\\xff'::bytea, 'UTF8')");
list.select('22021 chr surrogate', 'chr(55296)');
list.select('54000 repeat too long', "length(repeat('x', 1073741824))");
list.select('22025 like escape', "'a' LIKE 'a' ESCAPE 'ab'");
list.select('22025 like trailing escape', "'a' LIKE 'a\\'");
list.select('2201B regex invalid', "'a' ~ '('");
list.select('2201B regexp_replace invalid', "regexp_replace('a', '[', 'b')");
list.select('22019 like escape invalid', "'a' SIMILAR TO 'a' ESCAPE 'xx'");
list.select('2200F substring negative', "substring('abc' FROM 1 FOR -1)");
list.select('22011 substr negative length', "substr('abc', 1, -1)");
list.select('22023 split_part zero', "split_part('a,b', ',', 0)");
list.select('22023 left negative ok', "left('abc', -1)");
list.select('22003 lpad huge', "length(lpad('a', 2147483647))");
list.select('22P05 unicode escape zero', "U&'\\0000'");
list.select('22023 format bad conversion', "format('%z', 1)");
list.select('22023 format too few args', "format('%s %s', 1)");
list.select('22023 to_char bad format ok', "to_char(1, 'FMXX')");
list.select('22023 random_normal absent', "jsonb_path_query('{}', '$.a ? (@ like_regex \"(\")')");
list.select('2203A jsonb path strict missing', `jsonb_path_query('{"a":1}', 'strict $.b')`);
list.select('22038 jsonb path singleton', `jsonb_path_query_first('{"a":[1,2]}', '$.a + 1')`);
list.select('22033 jsonb path subscript', `jsonb_path_query('[1]', 'strict $[5]')`);
list.select('22P02 jsonpath syntax', "'$.a ?'::jsonpath");
list.select('22023 jsonb_path vars not object', `jsonb_path_query('{}', '$x', '[]')`);
list.select('22P02 jsonb -> int path text', `'{"a":1}'::jsonb #> 'a'`);
list.select('22023 jsonb_array_elements of object', `jsonb_array_elements('{"a":1}')`);
list.select('22023 jsonb_each of array', `jsonb_each('[1]')`);
list.select('22023 jsonb_object_keys scalar', `jsonb_object_keys('1')`);
list.select('22023 jsonb_array_length object', `jsonb_array_length('{}')`);
list.select('22023 jsonb_populate_record bad', `jsonb_to_record('[1]') AS x(a int)`);
list.select('22P02 jsonb to int cast', `('"x"'::jsonb)::int`);
list.select('22023 jsonb to int from object', `('{}'::jsonb)::int`);
list.select('22003 jsonb numeric to int overflow', `('1e20'::jsonb)::int`);
list.select('22023 jsonb - from scalar', `'1'::jsonb - 'a'`);
list.select('22023 jsonb_insert existing', `jsonb_insert('{"a":1}', '{a}', '2')`);

// ---------------------------------------------------------------- number input as repository code sends it
for (const [type, text] of [
  ['int', ' 12 '],
  ['int', '+12'],
  ['int', '1e3'],
  ['int', '0x10'],
  ['int', '0o17'],
  ['int', '0b11'],
  ['int', '1_000'],
  ['bigint', '1_000_000'],
  ['numeric', '1_000.5'],
  ['numeric', '1e3'],
  ['numeric', ' 1.50 '],
  ['numeric', '.5'],
  ['numeric', '5.'],
  ['numeric', 'Infinity'],
  ['numeric', '-inf'],
  ['float8', 'inf'],
  ['float8', '1e-400'],
  ['smallint', '-0'],
  ['int', '2147483648'],
  ['bigint', '-9223372036854775809'],
  ['bool', ' true '],
  ['bool', 'y'],
  ['bool', 'of'],
  ['bool', 'o'],
] as const) {
  list.select(`number input literal ${type} ${JSON.stringify(text)}`, `'${text}'::${type}`);
  list.params(`number input parameter ${type} ${JSON.stringify(text)}`, `SELECT $1::${type} AS v`, [text]);
}
list.add('int column rounds numeric literal', [
  'CREATE TABLE r (i int, s smallint)',
  'INSERT INTO r VALUES (1.5, 2.5), (-1.5, -2.5)',
  'SELECT i, s FROM r ORDER BY i',
]);
list.params(
  'int column rounds numeric parameter text',
  'INSERT INTO r VALUES ($1) RETURNING i',
  ['1.5'],
  'CREATE TABLE r (i int)',
);
list.params(
  'int column parameter number 1.5',
  'INSERT INTO r VALUES ($1) RETURNING i',
  [1.5],
  'CREATE TABLE r (i int)',
);

// ---------------------------------------------------------------- 2201W / 2201X limit and offset
list.select('2201W negative limit', 'x FROM (VALUES (1)) AS t(x) LIMIT -1');
list.select('2201X negative offset', 'x FROM (VALUES (1)) AS t(x) OFFSET -1');
list.params('2201W negative limit parameter', 'SELECT x AS v FROM (VALUES (1)) AS t(x) LIMIT $1', [-1]);
list.params('2201X negative offset parameter', 'SELECT x AS v FROM (VALUES (1)) AS t(x) OFFSET $1', [-5]);
list.params(
  'limit null parameter is no limit',
  'SELECT x AS v FROM (VALUES (1), (2)) AS t(x) ORDER BY x LIMIT $1',
  [null],
);
list.select('limit null literal', 'x FROM (VALUES (1), (2)) AS t(x) ORDER BY x LIMIT NULL');
list.select('22P02 limit text', "x FROM (VALUES (1)) AS t(x) LIMIT 'a'");
list.select('fetch first negative', 'x FROM (VALUES (1)) AS t(x) FETCH FIRST -1 ROWS ONLY');
list.select(
  '2201W fetch first null with ties',
  'x FROM (VALUES (1)) AS t(x) ORDER BY x FETCH FIRST NULL ROWS WITH TIES',
);
list.select('42601 with ties no order by', 'x FROM (VALUES (1)) AS t(x) FETCH FIRST 1 ROWS WITH TIES');
list.select(
  '2201W limit with ties negative',
  'x FROM (VALUES (1)) AS t(x) ORDER BY x FETCH FIRST -1 ROWS WITH TIES',
);
list.select('21000 scalar subquery two rows', '(SELECT x FROM (VALUES (1), (2)) AS t(x))');
list.select('21000 scalar subquery in where', '1 WHERE 1 = (SELECT x FROM (VALUES (1), (1)) AS t(x))');
list.select('42601 subquery two columns', '(SELECT 1, 2)');
list.select('22P02 row comparison text', "ROW(1, 'a') = ROW(1, 2)");
list.select('0A000 set-returning in where', 'x FROM (VALUES (1)) AS t(x) WHERE generate_series(1, 2) > 0');
list.select(
  '22003 nextval beyond max',
  "nextval('s')",
  'CREATE SEQUENCE s MAXVALUE 1; SELECT nextval($$s$$);',
);
list.select(
  '2200H nextval beyond max name',
  "nextval('s')",
  "CREATE SEQUENCE s MAXVALUE 1 START 1; SELECT nextval('s');",
);
list.select('55000 currval before nextval', "currval('s')", 'CREATE SEQUENCE s');
list.select('42P01 nextval missing', "nextval('nope')");
list.select('22003 setval out of bounds', "setval('s', 0)", 'CREATE SEQUENCE s');

export default list.cases;
