// Round 17 probe, commands part 3: chapter 10 (type conversion): operators, functions, value
// storage, UNION/CASE/ARRAY/VALUES resolution, unknown literals, numeric mixing.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 commands: conv: ');
const ty = (name: string, expr: string, setup?: string) =>
  list.add(name, [`SELECT ${expr} AS v, pg_typeof(${expr})::text AS t`], setup);

// 10.2 operators
ty('square root prefix operator', '|/ 40');
ty('factorial of int', 'factorial(5)');
ty('text concat unknown', "text 'abc' || 'def'");
ty('unknown concat unknown', "'abc' || 'def'");
ty('text concat int', "'abc' || 1");
ty('int concat int array', '1 || ARRAY[2, 3]');
ty('array concat unknown', "ARRAY[1, 2] || '{3,4}'");
ty('array concat text literal element', "ARRAY['a'] || 'b'");
ty('bitwise not int', '~ 5');
ty('absolute value operator', '@ -4.5');
ty('int2 plus int4', '1::int2 + 2');
ty('int4 plus int8', '1 + 2::int8');
ty('int plus numeric', '1 + 2.5');
ty('int plus float8', '1 + 2.5::float8');
ty('numeric plus float8', '1.5 + 2.5::float8');
ty('numeric plus real', '1.5 + 2.5::real');
ty('int plus real', '1 + 2.5::real');
ty('int2 times int2', '100::int2 * 2::int2');
ty('int2 overflow', '200::int2 * 200::int2');
ty('int divided by int', '7 / 2');
ty('int divided by numeric', '7 / 2.0');
ty('int divided by float', '7 / 2::float8');
ty('numeric divided', '1.0 / 3');
ty('int mod numeric', '7 % 2.5');
ty('power int int', '2 ^ 10');
ty('power numeric', '2.0 ^ 10');
ty('unknown plus int', "'5' + 1");
ty('unknown plus numeric', "'5.5' + 1.5");
ty('unknown bad plus int', "'abc' + 1");
ty('unknown compared to date', "date '2024-01-02' > '2024-01-01'");
ty('text compared to int', "'10'::text > 9");
ty('varchar concat varchar', "'a'::varchar(2) || 'b'::varchar(3)");
ty('char concat trailing spaces', "'a '::char(3) || 'b'");
ty('char compare trailing spaces', "'a '::char(3) = 'a'::char(1)");
ty('timestamp minus timestamp', "timestamp '2024-01-02' - timestamp '2024-01-01'");
ty('date minus date', "date '2024-01-02' - date '2024-01-01'");
ty('date plus int', "date '2024-01-01' + 1");
ty('date plus interval', "date '2024-01-01' + interval '1 hour'");
ty('date plus unknown', "date '2024-01-01' + '1 day'");
ty('bool and unknown', "true AND 't'");
ty('int eq bool', '1 = true');
ty('jsonb minus unknown', "'{\"a\":1}'::jsonb - 'a'");
ty('jsonb concat unknown', '\'{"a":1}\'::jsonb || \'{"b":2}\'');
ty('interval times int', "interval '1 day' * 2");
ty('interval divided by numeric', "interval '1 day' / 1.5");
ty('unary minus on unknown', "- '5'");
ty('text like unknown', "'abc' LIKE 'a%'");
ty('int like', "123 LIKE '1%'");
ty('ambiguous unknown unknown operator', "'a' < 'b'");
ty('point operator unknown', "'(1,1)'::point <-> '(4,5)'");

// 10.3 functions
ty('round numeric', 'round(4.5)');
ty('round int', 'round(4)');
ty('round float', 'round(4.5::float8)');
ty('round with scale int', 'round(4, 1)');
ty('round float with scale', 'round(4.5::float8, 1)');
ty('trunc', 'trunc(4.7)');
ty('abs int2', 'abs(-3::int2)');
ty('abs unknown', "abs('-3')");
ty('substr int arg', 'substr(1234, 3)');
ty('substr unknown', "substr('1234', 3)");
ty('substr varchar', "substr(varchar '1234', 3)");
ty('length unknown', "length('abc')");
ty('length int', 'length(1234)');
ty('length char', "length('ab  '::char(4))");
ty('octet_length char', "octet_length('ab  '::char(4))");
ty('upper of int', 'upper(12)');
ty('concat variadic any', "concat(1, 'a', 2.5, NULL, true)");
ty('greatest mixed', 'greatest(1, 2.5, 3)');
ty('greatest unknown', "greatest('a', 'b')");
ty('greatest int text', "greatest(1, 'a'::text)");
ty('least with null', 'least(NULL, 2, 1)');
ty('coalesce int numeric', 'coalesce(NULL, 1, 2.5)');
ty('coalesce unknown', "coalesce(NULL, 'x')");
ty('coalesce int text', "coalesce(1, 'x'::text)");
ty('coalesce int unknown number', "coalesce(1, '2')");
ty('coalesce int unknown bad', "coalesce(1, 'x')");
ty('nullif int numeric', 'nullif(1, 1.0)');
ty('nullif text int', "nullif('a'::text, 1)");
ty('nullif unknown unknown', "nullif('a', 'b')");
ty('sqrt int', 'sqrt(2)');
ty('sqrt numeric', 'sqrt(2.0)');
ty('log int', 'log(100)');
ty('ln numeric', 'ln(10.0)');
ty('exp int', 'exp(1)');
ty('floor int', 'floor(7)');
ty('ceil numeric', 'ceil(-1.5)');
ty('mod int numeric', 'mod(7, 2.5)');
ty('div numeric', 'div(7, 2)');
ty('to_char int', "to_char(5, '999')");
ty('to_char unknown', "to_char('5', '999')");
ty('md5 int', 'md5(1)');
ty('position int', "position('b' in 'abc')");
ty('array_length unknown array', "array_length('{1,2}', 1)");
ty('array_length typed', "array_length('{1,2}'::int[], 1)");
ty('unnest unknown', "(SELECT count(*) FROM unnest('{1,2}'))");
ty('sum int', '(SELECT sum(x) FROM (VALUES (1), (2)) v(x))');
ty('sum int8', '(SELECT sum(x::int8) FROM (VALUES (1), (2)) v(x))');
ty('sum numeric', '(SELECT sum(x) FROM (VALUES (1.5), (2)) v(x))');
ty('sum float4', '(SELECT sum(x::real) FROM (VALUES (1), (2)) v(x))');
ty('avg int', '(SELECT avg(x) FROM (VALUES (1), (2)) v(x))');
ty('avg float', '(SELECT avg(x::float8) FROM (VALUES (1), (2)) v(x))');
ty('max text', "(SELECT max(x) FROM (VALUES ('a'), ('b')) v(x))");
ty('count type', '(SELECT count(*) FROM (VALUES (1)) v(x))');
ty('generate_series numeric', '(SELECT max(g) FROM generate_series(1, 2.5, 0.5) g)');
ty('function unknown argument types', 'nosuchfn(1, 2)');
ty('function wrong arg type', "sqrt('x'::text)");
ty('function ambiguous unknown', "round('4.5')");

// 10.4 value storage
const S =
  'CREATE TABLE s (i int, b bigint, n numeric(5,2), v varchar(4), t text, f float8, s smallint, bo boolean, d date)';
// char(n) and real apart, so that an engine refusing them still answers the other cases.
const SC = 'CREATE TABLE s (c char(3), r real)';
const store = (name: string, sql: string, check = 'SELECT * FROM s') =>
  list.add(`storage: ${name}`, [sql, check], /\((c|r)\)/.test(sql) ? SC : S);
store('text literal into int', "INSERT INTO s (i) VALUES ('42')");
store('text typed into int', "INSERT INTO s (i) VALUES ('42'::text)");
store('varchar typed into int', "INSERT INTO s (i) VALUES ('42'::varchar)");
store('bad literal into int', "INSERT INTO s (i) VALUES ('4x')");
store(
  'numeric into int rounds',
  'INSERT INTO s (i) VALUES (2.5), (3.5), (-2.5)',
  'SELECT i FROM s ORDER BY i',
);
store(
  'float into int rounds even',
  'INSERT INTO s (i) VALUES (2.5::float8), (3.5::float8), (-2.5::float8)',
  'SELECT i FROM s ORDER BY i',
);
store('numeric literal string into int', "INSERT INTO s (i) VALUES ('2.5')");
store('bigint into int overflow', 'INSERT INTO s (i) VALUES (3000000000)');
store('bigint into int fits', 'INSERT INTO s (i) VALUES (42::bigint)');
store('int into smallint overflow', 'INSERT INTO s (s) VALUES (40000)');
store(
  'numeric into numeric(5,2) rounds',
  'INSERT INTO s (n) VALUES (1.005), (2.994), (-1.005)',
  'SELECT n FROM s ORDER BY n',
);
store('numeric overflow precision', 'INSERT INTO s (n) VALUES (1000)');
store('numeric 999.995 rounds over', 'INSERT INTO s (n) VALUES (999.995)');
store('float into numeric', 'INSERT INTO s (n) VALUES (1.125::float8)');
store('varchar too long', "INSERT INTO s (v) VALUES ('abcdef')");
store(
  'varchar too long with trailing spaces ok',
  "INSERT INTO s (v) VALUES ('abcd   ')",
  'SELECT v, length(v) AS l FROM s',
);
store('varchar explicit cast truncates', "INSERT INTO s (v) VALUES ('abcdef'::varchar(4))");
store('varchar cast to longer then insert', "INSERT INTO s (v) VALUES ('abcdef'::varchar(6))");
store('char too long', "INSERT INTO s (c) VALUES ('abcd')");
store(
  'char pads',
  "INSERT INTO s (c) VALUES ('a')",
  "SELECT c, length(c) AS l, octet_length(c) AS o, c || '|' AS cc FROM s",
);
store('char explicit cast truncates', "INSERT INTO s (c) VALUES ('abcd'::char(3))");
store('int into text assignment', 'INSERT INTO s (t) VALUES (42)');
store('int expression into text', 'INSERT INTO s (t) VALUES (40 + 2)');
store('bool into text', 'INSERT INTO s (t) VALUES (true)');
store('date into text', "INSERT INTO s (t) VALUES (date '2024-01-02')");
store('text into bool', "INSERT INTO s (bo) VALUES ('yes'::text)");
store('int into bool', 'INSERT INTO s (bo) VALUES (1)');
store('unknown into bool', "INSERT INTO s (bo) VALUES ('on'), ('0')");
store('text into date', "INSERT INTO s (d) VALUES ('2024-01-02'::text)");
store('timestamp into date', "INSERT INTO s (d) VALUES (timestamp '2024-01-02 10:00')");
store('int into date', 'INSERT INTO s (d) VALUES (20240102)');
store('numeric into float', 'INSERT INTO s (f) VALUES (0.1)', 'SELECT f FROM s');
store('numeric into real', 'INSERT INTO s (r) VALUES (0.1)', 'SELECT r FROM s');
store('float into real overflow', 'INSERT INTO s (r) VALUES (1e300::float8)');
store('text into float', "INSERT INTO s (f) VALUES ('1.5'::text)");
store('update set text to int column', "UPDATE s SET i = 'x'::text");
store(
  'update set numeric to int column',
  'INSERT INTO s (i) VALUES (1); UPDATE s SET i = i * 1.5',
  'SELECT i FROM s',
);
store('insert select text into int', "INSERT INTO s (i) SELECT '5'::text");
store('insert select unknown into int', "INSERT INTO s (i) SELECT '5'");
store('insert select numeric into int', 'INSERT INTO s (i) SELECT 5.5');
store(
  'insert values multi row mixed',
  "INSERT INTO s (i) VALUES (1), ('2'), (3.6)",
  'SELECT i FROM s ORDER BY i',
);
store(
  'insert values multi row text column mixed',
  "INSERT INTO s (t) VALUES (1), ('b'), (2.5)",
  'SELECT t FROM s ORDER BY t',
);
store('insert values typed text into int multi', "INSERT INTO s (i) VALUES (1), ('2'::text)");
store('params text into int', "INSERT INTO s (i, n, v) VALUES ('7', '1.239', 'abcd')");
store('jsonb into text column', 'INSERT INTO s (t) VALUES (\'{"a":1}\'::jsonb)');
store('array into text column', 'INSERT INTO s (t) VALUES (ARRAY[1,2])');
list.add(
  'storage: params typed by column',
  [
    {
      sql: 'INSERT INTO s (i, n, v, d) VALUES ($1, $2, $3, $4) RETURNING i, n, v, d',
      params: ['7', '1.239', 'abcd', '2024-01-02'],
    },
  ],
  S,
);
list.add(
  'storage: param too long for varchar',
  [{ sql: 'INSERT INTO s (v) VALUES ($1)', params: ['abcdef'] }],
  S,
);
list.add('storage: param numeric into int', [{ sql: 'INSERT INTO s (i) VALUES ($1)', params: ['2.5'] }], S);
list.add(
  'storage: param rounds numeric scale',
  [{ sql: 'INSERT INTO s (n) VALUES ($1) RETURNING n', params: ['1.235'] }],
  S,
);

// explicit casts
ty('cast varchar truncates', "'abcdef'::varchar(3)");
ty('cast char truncates', "'abcdef'::char(2)");
ty('cast varchar no length', "'abcdef'::varchar");
ty('cast char no length', "'abcdef'::char");
ty('cast bit truncates', "B'1011'::bit(2)");
ty('cast numeric rounds', '1.255::numeric(4,2)');
ty('cast numeric overflow', '123.4::numeric(4,2)');
ty('cast numeric negative scale? no', '1234.5::numeric(3,0)');
ty('cast float to int rounds half even', '2.5::float8::int');
ty('cast numeric to int rounds half away', '2.5::numeric::int');
ty('cast numeric negative to int', '(-2.5)::numeric::int');
ty('cast text to int trims spaces', "'  42  '::int");
ty('cast text plus sign', "'+42'::int");
ty('cast text decimal to int', "'4.0'::int");
ty('cast text to numeric exponent', "'1e3'::numeric");
ty('cast bool to int', 'true::int');
ty('cast int to bool', '0::bool');
ty('cast bigint to bool', '1::bigint::bool');
ty('cast text to bool', "'TRUE'::bool");
ty('cast bool to text', 'false::text');
ty('cast int to char(1)', '123::char(1)');
ty('cast int to varchar(2)', '123::varchar(2)');
ty('cast numeric to varchar', '1.50::varchar');
ty('cast float8 shortest text', '0.1::float8::text');
ty('cast real to float8', '0.1::real::float8');
ty('cast date to timestamp', "'2024-01-02'::date::timestamp");
ty('cast int to date fails', '1::date');
ty('cast text to interval', "'90 minutes'::interval");
ty('cast money', "'12.34'::money::numeric");
ty('cast to regclass unknown', "'nope'::regclass");
ty('cast unknown to unknown function', "CAST('1' AS int) + CAST('2' AS int)");
ty('cast with function syntax int', "int4('12')");
ty('cast with function syntax text', 'text(12)');
ty('cast with type string syntax', "int '12'");
ty('cast with type string syntax varchar', "varchar(2) 'abc'");
ty('cast double colon chain', "'12'::text::int::numeric(5,1)");
ty('cast array text to int array', "'{1,2}'::text[]::int[]");
ty('cast array bad element', "'{1,x}'::int[]");
ty('cast jsonb to int', "'5'::jsonb::int");
ty('cast jsonb string to int', '\'"5"\'::jsonb::int');
ty('cast jsonb to text', '\'{"a": 1}\'::jsonb::text');
ty('cast json to jsonb', '\'{"b":1, "a":2}\'::json::jsonb');
ty('cast uuid bad', "'xyz'::uuid");
ty('cast uuid braces', "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid");
ty('cast int to numeric scale', '5::numeric(5,2)');
ty('cast int overflow', '2147483648::int');
ty('cast bigint string overflow', "'9223372036854775808'::bigint");
ty('cast float nan to int', "'NaN'::float8::int");
ty('cast numeric nan', "'NaN'::numeric");
ty('cast float infinity to numeric', "'Infinity'::float8::numeric");

// 10.5 UNION, CASE, ARRAY, VALUES
const u = (name: string, sql: string) => list.add(`resolve: ${name}`, [sql]);
u('union text and unknown', "SELECT text 'a' AS v UNION SELECT 'b' ORDER BY 1");
u('union int and numeric', 'SELECT 1.2 AS v UNION SELECT 1 ORDER BY 1');
u('union int and bigint', 'SELECT 1 AS v UNION SELECT 9000000000 ORDER BY 1');
u('union int and float', 'SELECT 1 AS v UNION SELECT 2.5::float8 ORDER BY 1');
u('union int and real', 'SELECT 1 AS v UNION SELECT 2.5::real ORDER BY 1');
u('union numeric and real', 'SELECT 1.5 AS v UNION SELECT 2.5::real ORDER BY 1');
u('union int and text', "SELECT 1 AS v UNION SELECT 'a'::text");
u('union int and unknown number', "SELECT 1 AS v UNION SELECT '2' ORDER BY 1");
u('union int and unknown word', "SELECT 1 AS v UNION SELECT 'a'");
u('union unknown and unknown', "SELECT 'a' AS v UNION SELECT 'b' ORDER BY 1");
u('union all unknowns typed', "SELECT pg_typeof(v)::text AS t FROM (SELECT 'a' AS v UNION ALL SELECT 'b') s");
u('union null and int', 'SELECT NULL AS v UNION SELECT 1 ORDER BY 1');
u('union null and null', 'SELECT NULL AS v UNION SELECT NULL');
u('union three way int then numeric', 'SELECT 1 AS v UNION SELECT 2 UNION SELECT 2.5 ORDER BY 1');
u(
  'union three way bigint resolve',
  'SELECT pg_typeof(v)::text AS t FROM (SELECT 1 AS v UNION ALL SELECT 2::bigint UNION ALL SELECT 3.0) s LIMIT 1',
);
u('union bool and int', 'SELECT true AS v UNION SELECT 1');
u(
  'union date and timestamp',
  "SELECT date '2024-01-01' AS v UNION SELECT timestamp '2024-01-01 10:00' ORDER BY 1",
);
u(
  'union date and timestamptz',
  "SELECT pg_typeof(v)::text AS t FROM (SELECT date '2024-01-01' AS v UNION ALL SELECT timestamptz '2024-01-01 10:00Z') s LIMIT 1",
);
u(
  'union varchar different lengths',
  "SELECT 'ab'::varchar(2) AS v UNION SELECT 'abcd'::varchar(4) ORDER BY 1",
);
u('union char and varchar', "SELECT 'a'::char(3) AS v UNION SELECT 'a'::varchar ORDER BY 1");
u(
  'union text and varchar',
  "SELECT pg_typeof(v)::text AS t FROM (SELECT 'a'::varchar AS v UNION ALL SELECT 'b'::text) s LIMIT 1",
);
u('union int array and numeric array', 'SELECT ARRAY[1] AS v UNION SELECT ARRAY[1.5] ORDER BY 1');
u('union jsonb and json', "SELECT '{}'::jsonb AS v UNION ALL SELECT '{}'::json");
u('union column count mismatch', 'SELECT 1 AS a, 2 AS b UNION SELECT 1');
u('intersect numeric int', 'SELECT 1.0 AS v INTERSECT SELECT 1');
u('except int numeric', 'SELECT 1 AS v EXCEPT SELECT 1.0');
u(
  'case int and numeric',
  'SELECT CASE WHEN true THEN 1 ELSE 2.5 END AS v, pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END)::text AS t',
);
u(
  'case unknown only',
  "SELECT CASE WHEN true THEN 'a' ELSE 'b' END AS v, pg_typeof(CASE WHEN true THEN 'a' ELSE 'b' END)::text AS t",
);
u('case int and unknown', "SELECT CASE WHEN true THEN 1 ELSE '2' END AS v");
u('case int and unknown word', "SELECT CASE WHEN false THEN 1 ELSE 'x' END AS v");
u('case int and text', "SELECT CASE WHEN true THEN 1 ELSE 'x'::text END AS v");
u('case bool and int', 'SELECT CASE WHEN true THEN true ELSE 0 END AS v');
u(
  'case null branches',
  'SELECT CASE WHEN true THEN NULL END AS v, pg_typeof(CASE WHEN true THEN NULL END)::text AS t',
);
u('case simple form unknown compare', "SELECT CASE 1 WHEN '1' THEN 'one' END AS v");
u('case simple form text vs int', "SELECT CASE 1 WHEN '1'::text THEN 'one' END AS v");
u(
  'case resolution order example',
  'SELECT CASE WHEN false THEN 1.5::real ELSE 2::bigint END AS v, pg_typeof(CASE WHEN false THEN 1.5::real ELSE 2::bigint END)::text AS t',
);
u('case error in untaken branch constant', 'SELECT CASE WHEN 1 > 0 THEN 1 ELSE 1/0 END AS v');
u(
  'case varchar lengths',
  "SELECT pg_typeof(CASE WHEN true THEN 'a'::varchar(1) ELSE 'bb'::varchar(2) END)::text AS t",
);
u('array of int and numeric', 'SELECT ARRAY[1, 2.5] AS v, pg_typeof(ARRAY[1, 2.5])::text AS t');
u('array of unknowns', "SELECT ARRAY['a', 'b'] AS v, pg_typeof(ARRAY['a', 'b'])::text AS t");
u('array of int and unknown', "SELECT ARRAY[1, '2'] AS v");
u('array of int and text', "SELECT ARRAY[1, 'a'::text] AS v");
u('array of nulls', 'SELECT ARRAY[NULL, NULL] AS v, pg_typeof(ARRAY[NULL, NULL])::text AS t');
u('array empty untyped', 'SELECT ARRAY[] AS v');
u('array empty typed', 'SELECT ARRAY[]::int[] AS v, cardinality(ARRAY[]::int[]) AS c');
u('array of int and bigint', 'SELECT pg_typeof(ARRAY[1, 2::bigint])::text AS t');
u('array of arrays mismatched', 'SELECT ARRAY[ARRAY[1, 2], ARRAY[3]] AS v');
u('array of subquery', 'SELECT ARRAY(SELECT 1 UNION SELECT 2 ORDER BY 1) AS v');
u('array of subquery two columns', 'SELECT ARRAY(SELECT 1, 2) AS v');
u('values int numeric', 'SELECT x, pg_typeof(x)::text AS t FROM (VALUES (1), (2.5)) v(x) ORDER BY x');
u('values unknown', "SELECT x, pg_typeof(x)::text AS t FROM (VALUES ('a'), ('b')) v(x) ORDER BY x");
u('values int unknown', "SELECT x FROM (VALUES (1), ('2')) v(x) ORDER BY x");
u('values int unknown word', "SELECT x FROM (VALUES (1), ('a')) v(x)");
u('values int text', "SELECT x FROM (VALUES (1), ('a'::text)) v(x)");
u('values row length mismatch', 'SELECT * FROM (VALUES (1, 2), (3)) v(a, b)');
u('values null then int', 'SELECT x, pg_typeof(x)::text AS t FROM (VALUES (NULL), (1)) v(x) ORDER BY x');
u('values all null', 'SELECT pg_typeof(x)::text AS t FROM (VALUES (NULL), (NULL)) v(x)');
u('values bool and int', 'SELECT x FROM (VALUES (true), (1)) v(x)');
u('values top level', "VALUES (1, 'a'), (2.5, 'b') ORDER BY 1");
u('values top level unknown type', "SELECT pg_typeof(column1)::text AS t FROM (VALUES ('x')) v");
u('values column names', 'SELECT * FROM (VALUES (1, 2)) v ORDER BY 1');
u('in list int and numeric', 'SELECT 1 IN (1.0, 2) AS v');
u('in list int and unknown', "SELECT 1 IN ('1', '2') AS v");
u('in list int and unknown word', "SELECT 1 IN ('a') AS v");
u('in list int and text', "SELECT 1 IN ('1'::text) AS v");
u('in list text column and int', "SELECT 'a'::text IN (1, 2) AS v");
u('greatest resolution error', "SELECT greatest(1, 'a'::text) AS v");
u('coalesce resolution mixed categories', 'SELECT coalesce(1, true) AS v');
u('unknown literal select type', "SELECT 'x' AS v, pg_typeof('x')::text AS t");
u('unknown in subquery becomes text', "SELECT pg_typeof(v)::text AS t FROM (SELECT 'x' AS v) s");
u('unknown in cte becomes text', "WITH c AS (SELECT 'x' AS v) SELECT pg_typeof(v)::text AS t FROM c");
u(
  'unknown compared to text column',
  "SELECT pg_typeof(v)::text AS t FROM (SELECT 'x'::varchar AS v) s WHERE v = 'x'",
);
u(
  'create table as unknown column',
  "CREATE TABLE ctu AS SELECT 'x' AS v; SELECT data_type FROM information_schema.columns WHERE table_name = 'ctu'",
);
u(
  'create view unknown column',
  "CREATE VIEW vu AS SELECT 'x' AS v; SELECT data_type FROM information_schema.columns WHERE table_name = 'vu'",
);
u(
  'integer literal types',
  'SELECT pg_typeof(1)::text AS a, pg_typeof(2147483648)::text AS b, pg_typeof(9223372036854775808)::text AS c, pg_typeof(1.0)::text AS d, pg_typeof(1e2)::text AS e',
);
u('float literal compare numeric', 'SELECT 0.1::float8 = 0.1 AS v, 0.1::real = 0.1 AS w');
u('int compare numeric', 'SELECT 1 = 1.0 AS v, 2 > 1.5 AS w');
u('bigint compare numeric', 'SELECT 9007199254740993::bigint = 9007199254740992::numeric AS v');
u('bigint compare float', 'SELECT 9007199254740993::bigint = 9007199254740992::float8 AS v');
u('int division by zero numeric', 'SELECT 1 / 0.0 AS v');
u('float division by zero', 'SELECT 1 / 0::float8 AS v');
u('float overflow', 'SELECT 1e308::float8 * 10 AS v');
u('numeric mixing scale add', 'SELECT 1.10 + 2.2 AS v, 1.5 * 2.25 AS w');
u('numeric mixing int times', 'SELECT 3 * 1.50 AS v');
u('sum int and numeric columns', 'SELECT sum(a + b) AS v FROM (VALUES (1, 1.5), (2, 2.25)) v(a, b)');

export default list.cases;
