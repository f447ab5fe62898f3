// Round 21 probe, conversion: PostgreSQL 15 docs chapter 10.4 "Value Storage": assignment casts
// on INSERT / UPDATE / COPY-free paths into columns of length-limited, numeric, integer and
// domain types, errors 22001 / 22003 / 42804 with their texts, and 10.6 SELECT output columns.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 conversion: storage: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const cols: [string, string[]][] = [
  [
    'varchar(3)',
    ["'abc'", "'abcd'", "'ab  '", "'abc   '", '123', '1234', "'abcd'::text", "'abcd'::varchar(3)", 'NULL'],
  ],
  ['char(3)', ["'a'", "'abcd'", "'abc   '", '12', "'ab'::text", 'true']],
  [
    'numeric(5,2)',
    [
      '1.005',
      '1.015',
      '999.994',
      '999.995',
      "'12.3'",
      '1e2',
      "'NaN'",
      '12::int8',
      '2.5::float8',
      "'Infinity'",
    ],
  ],
  ['int2', ['32767', '32768', '1.5', '2.5', '-2.5', "'7'", "'7.0'", '7.0::float4', '1e4', '9::int8']],
  ['int4', ['2147483648', '2.5::numeric', '3.5::float8', "' 42 '", "'4e1'", '5::int8']],
  ['int8', ['9223372036854775807', '9223372036854775808', '1.5', "'12'"]],
  ['float4', ['1e39', '1.0000001', "'1e-50'", '12345678901::int8', "'NaN'"]],
  ['bit(3)', ["B'101'", "B'1011'", "B'1'", "'101'", '5']],
  ['varbit(3)', ["B'1011'", "B'1'"]],
  [
    'date',
    [
      "'2020-02-30'",
      "'2020-01-02 10:00'::timestamp",
      "'2020-01-02'::timestamptz",
      '20200102',
      "'today'::text",
    ],
  ],
  ['timestamp(0)', ["'2020-01-02 03:04:05.6'", "'2020-01-02'::date"]],
  ['text', ['1.50', '1.50::float8', 'ARRAY[1]', 'ROW(1)', "'a'::char(3)"]],
  ['bool', ["'yes'", '1', "'t'::text", 'NULL']],
  ['interval hour to minute', ["'1 day 02:03:04'", "'90 seconds'"]],
  ['int[]', ["'{1,2}'", 'ARRAY[1.5]', "ARRAY['1']", "'{a}'", 'ARRAY[1::int8]']],
  ['varchar(2)[]', ["ARRAY['abc']", "'{abc}'"]],
];
for (const [type, exprs] of cols) {
  for (const expr of exprs) {
    add(`insert ${expr} into ${type}`, [
      `CREATE TABLE t (c ${type})`,
      `INSERT INTO t VALUES (${expr})`,
      'SELECT c, pg_typeof(c)::text AS t FROM t',
    ]);
  }
}
add('update assigns with cast', [
  'CREATE TABLE t (c varchar(3), n numeric(4,1))',
  "INSERT INTO t VALUES ('a', 1)",
  'UPDATE t SET c = 12, n = 2.25',
  'SELECT * FROM t',
]);
add('update too long is 22001', [
  'CREATE TABLE t (c varchar(3))',
  "INSERT INTO t VALUES ('a')",
  "UPDATE t SET c = 'abcd'",
]);
add('update int column from text column is 42804', [
  'CREATE TABLE t (i int, s text)',
  "INSERT INTO t VALUES (1, '2')",
  'UPDATE t SET i = s',
]);
add('update text column from int column', [
  'CREATE TABLE t (i int, s text)',
  "INSERT INTO t VALUES (1, '2')",
  'UPDATE t SET s = i',
  'SELECT s FROM t',
]);
add('insert select from wider column truncates error', [
  'CREATE TABLE a (c text)',
  'CREATE TABLE b (c varchar(2))',
  "INSERT INTO a VALUES ('abc')",
  'INSERT INTO b SELECT c FROM a',
]);
add('insert select numeric into int rounds', [
  'CREATE TABLE a (c numeric)',
  'CREATE TABLE b (c int)',
  'INSERT INTO a VALUES (2.5), (3.5), (-0.5)',
  'INSERT INTO b SELECT c FROM a',
  'SELECT c FROM b ORDER BY c',
]);
add('insert into domain over varchar', [
  'CREATE DOMAIN code AS varchar(2)',
  'CREATE TABLE t (c code)',
  "INSERT INTO t VALUES ('ab')",
  "INSERT INTO t VALUES ('abc')",
]);
add('insert into domain with check of coerced value', [
  'CREATE DOMAIN small AS numeric(3,1) CHECK (VALUE < 10)',
  'CREATE TABLE t (c small)',
  'INSERT INTO t VALUES (9.96)',
]);
add('explicit cast to domain over varchar truncates?', [
  'CREATE DOMAIN code AS varchar(2)',
  "SELECT 'abc'::code AS v",
]);
add('insert DEFAULT with cast', [
  'CREATE TABLE t (a int, c varchar(2) DEFAULT 12)',
  'INSERT INTO t (a) VALUES (1)',
  'SELECT c FROM t',
]);
add('default of wrong type is 42804', ["CREATE TABLE t (c int DEFAULT 'x'::text)"]);
add('default too long is checked at insert', [
  "CREATE TABLE t (a int, c varchar(2) DEFAULT 'abc')",
  'INSERT INTO t (a) VALUES (1)',
]);
add('insert returning coerced values', [
  'CREATE TABLE t (c numeric(4,1), v varchar(5))',
  "INSERT INTO t VALUES (1.25, 'ab ') RETURNING c, v, pg_typeof(c)::text AS t",
]);
add('insert with parameters coerced', [
  'CREATE TABLE t (c numeric(4,1))',
  'INSERT INTO t VALUES (1.25), (2.35)',
  'SELECT c FROM t ORDER BY c',
]);
add('on conflict update with cast', [
  'CREATE TABLE t (k int PRIMARY KEY, c varchar(2))',
  "INSERT INTO t VALUES (1, 'a')",
  "INSERT INTO t VALUES (1, 'b') ON CONFLICT (k) DO UPDATE SET c = 99",
  'SELECT c FROM t',
]);
add('output column name of cast', ["SELECT 1::text, CAST(2 AS int8), '3'::int, int4 '4', 5::varchar(3)"]);
add('output column name of function and operator', [
  'SELECT abs(-1), 1 + 2, ROW(1, 2), ARRAY[1], CASE WHEN true THEN 1 END, COALESCE(1, 2), GREATEST(1, 2), NULLIF(1, 2)',
]);
add('output column name of nested cast', ["SELECT (1::text)::int, 'x'::text::varchar"]);
add('output column name of subscript and field', [
  "SELECT (ARRAY[1, 2])[1], (ROW(1, 2)).f1, ('{\"a\":1}'::jsonb)->'a'",
]);
add('output column type of typmod casts', [
  "SELECT 'ab'::varchar(5) AS a, 1.5::numeric(6,2) AS b, '10:00'::time(3) AS c, 'x'::char(4) AS d",
]);

export default list.cases;
