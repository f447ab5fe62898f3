// Round 21 probe, conversion: PostgreSQL 15 docs chapter 10.5 "UNION, CASE, and Related
// Constructs": the common type of UNION/INTERSECT/EXCEPT columns, CASE branches, ARRAY[] elements,
// VALUES rows, COALESCE, GREATEST/LEAST, NULLIF and IN lists, with unknown literals, the
// preferred-type rule, and the 42804 "cannot be matched" errors; also 10.6 SELECT output columns.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 conversion: unions: ');
const typed = (name: string, expr: string, setup?: string) =>
  list.add(name, [`SELECT ${expr} AS v, pg_typeof(${expr})::text AS t`], setup);

const values = [
  ['int2', '1::int2'],
  ['int4', '2'],
  ['int8', '3::int8'],
  ['numeric', '4.5'],
  ['float4', '5.5::float4'],
  ['float8', '6.5::float8'],
  ['unknown', "'7'"],
  ['text', "'8'::text"],
  ['varchar', "'9'::varchar(3)"],
  ['char', "'x'::char(2)"],
  ['null', 'NULL'],
  ['date', "'2020-01-02'::date"],
  ['timestamp', "'2020-01-02 03:04'::timestamp"],
  ['timestamptz', "'2020-01-02 03:04+00'::timestamptz"],
  ['bool', 'true'],
  ['intarr', 'ARRAY[1]'],
  ['jsonb', `'{"a":1}'::jsonb`],
] as const;

// The pairs that matter: within a category, across categories (42804), with unknown and NULL.
const pairs: [string, string][] = [
  ['int2', 'int4'],
  ['int4', 'int8'],
  ['int4', 'numeric'],
  ['int8', 'numeric'],
  ['numeric', 'float4'],
  ['numeric', 'float8'],
  ['float4', 'float8'],
  ['int4', 'float4'],
  ['int4', 'unknown'],
  ['unknown', 'int4'],
  ['numeric', 'unknown'],
  ['text', 'varchar'],
  ['varchar', 'text'],
  ['char', 'varchar'],
  ['char', 'text'],
  ['unknown', 'text'],
  ['unknown', 'unknown'],
  ['null', 'int4'],
  ['int4', 'null'],
  ['null', 'null'],
  ['null', 'unknown'],
  ['date', 'timestamp'],
  ['timestamp', 'timestamptz'],
  ['date', 'timestamptz'],
  ['date', 'unknown'],
  ['int4', 'text'],
  ['text', 'int4'],
  ['bool', 'int4'],
  ['bool', 'unknown'],
  ['int4', 'date'],
  ['intarr', 'unknown'],
  ['intarr', 'null'],
  ['jsonb', 'unknown'],
  ['jsonb', 'text'],
  ['varchar', 'char'],
  ['int2', 'unknown'],
  ['float8', 'unknown'],
  ['timestamptz', 'unknown'],
];
const get = (k: string) => values.find(([n]) => n === k)?.[1] ?? 'NULL';
for (const [a, b] of pairs) {
  const x = get(a);
  const y = get(b);
  list.add(`UNION ${a} ${b}`, [
    `SELECT v, pg_typeof(v)::text AS t FROM (SELECT ${x} AS v UNION ALL SELECT ${y}) s`,
  ]);
  typed(`CASE ${a} ${b}`, `CASE WHEN random() >= 0 THEN ${x} ELSE ${y} END`);
  typed(`COALESCE ${a} ${b}`, `COALESCE(${x}, ${y})`);
  typed(`ARRAY ${a} ${b}`, `ARRAY[${x}, ${y}]`);
  list.add(`VALUES ${a} ${b}`, [`SELECT v, pg_typeof(v)::text AS t FROM (VALUES (${x}), (${y})) s(v)`]);
  typed(`GREATEST ${a} ${b}`, `GREATEST(${x}, ${y})`);
}
// three-way: the docs' "unknown first, then int" rules and left-to-right resolution
list.add('UNION three way 1.2 int int', [
  'SELECT v, pg_typeof(v)::text AS t FROM (SELECT 1.2 AS v UNION ALL SELECT 1 UNION ALL SELECT 2) s',
]);
list.add('UNION docs text and unknown', ["SELECT text 'a' AS v UNION SELECT 'b' ORDER BY 1"]);
list.add('UNION docs numeric int', ['SELECT 1.2 AS numeric UNION SELECT 1 ORDER BY 1']);
list.add('UNION docs int real', ['SELECT 1 AS real UNION SELECT CAST(2.2 AS REAL) ORDER BY 1']);
list.add('UNION nested left to right unknown null int', [
  'SELECT v, pg_typeof(v)::text AS t FROM (SELECT NULL AS v UNION SELECT NULL UNION SELECT 1) s',
]);
list.add('UNION nested unknown unknown then int fails', [
  "SELECT * FROM (SELECT '1' AS v UNION SELECT '2' UNION SELECT 3) s ORDER BY 1",
]);
list.add('UNION parenthesized int then unknown', [
  "SELECT * FROM (SELECT 1 AS v UNION (SELECT '2' UNION SELECT '3')) s ORDER BY 1",
]);
list.add('INTERSECT int numeric', [
  'SELECT v, pg_typeof(v)::text AS t FROM (SELECT 1 AS v INTERSECT SELECT 1.0) s',
]);
list.add('EXCEPT int text mismatch', ["SELECT 1 EXCEPT SELECT 'a'::text"]);
list.add('UNION column count mismatch', ['SELECT 1, 2 UNION SELECT 1']);
list.add('UNION int and bad unknown', ["SELECT 1 UNION SELECT 'abc'"]);
list.add('UNION varchar lengths give varchar typmod', [
  "CREATE TABLE u AS SELECT 'a'::varchar(3) AS v UNION ALL SELECT 'bb'::varchar(5)",
  "SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'u'::regclass AND attname = 'v'",
]);
list.add('UNION same varchar lengths keep typmod', [
  "CREATE TABLE u AS SELECT 'a'::varchar(3) AS v UNION ALL SELECT 'bb'::varchar(3)",
  "SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'u'::regclass AND attname = 'v'",
]);
list.add('CASE numeric scales typmod', [
  'CREATE TABLE u AS SELECT CASE WHEN true THEN 1.5::numeric(4,1) ELSE 2::numeric(6,2) END AS v',
  "SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'u'::regclass AND attname = 'v'",
]);
list.add('VALUES typmod same', [
  "CREATE TABLE u AS SELECT * FROM (VALUES ('a'::char(4)), ('b'::char(4))) s(v)",
  "SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'u'::regclass AND attname = 'v'",
]);
list.add('VALUES typmod differ', [
  "CREATE TABLE u AS SELECT * FROM (VALUES ('a'::char(4)), ('b'::char(2))) s(v)",
  "SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'u'::regclass AND attname = 'v'",
]);
typed('CASE int text mismatch is 42804', "CASE WHEN true THEN 1 ELSE 'a'::text END");
typed('CASE no else int', 'CASE WHEN false THEN 1 END');
typed('CASE all unknown is text', "CASE WHEN true THEN 'a' ELSE 'b' END");
typed('CASE simple form with unknown comparand', "CASE '1' WHEN 1 THEN 'one' ELSE 'other' END");
typed('CASE simple form text comparand int when', "CASE '1'::text WHEN 1 THEN 'one' END");
typed('CASE three numeric kinds', 'CASE WHEN false THEN 1 WHEN false THEN 2.5 ELSE 3::float4 END');
typed('CASE bool condition unknown', "CASE WHEN 't' THEN 1 ELSE 0 END");
typed('CASE int condition is 42804', 'CASE WHEN 1 THEN 1 ELSE 0 END');
typed('COALESCE int text mismatch', "COALESCE(1, 'a'::text)");
typed('COALESCE null and unknown literal', "COALESCE(NULL, 'x')");
typed('COALESCE three', 'COALESCE(NULL, 1::int2, 2::int8)');
typed('COALESCE bad unknown int', "COALESCE('x', 1)");
typed('NULLIF int numeric', 'NULLIF(1, 1.0)');
typed('NULLIF numeric int', 'NULLIF(1.5, 1)');
typed('NULLIF unknown int', "NULLIF('1', 2)");
typed('NULLIF int text mismatch', "NULLIF(1, 'a'::text)");
typed('NULLIF unknown unknown', "NULLIF('a', 'b')");
typed('GREATEST mixed numeric', 'GREATEST(1, 2.5, 3::int8)');
typed('LEAST mixed with unknown', "LEAST(5, '3', 4)");
typed('GREATEST unknown only', "GREATEST('a', 'b')");
typed('GREATEST bool int mismatch', 'GREATEST(true, 1)');
typed('GREATEST with point has no ordering', "GREATEST('(1,1)'::point, '(2,2)'::point)");
typed('ARRAY of int and text mismatch', "ARRAY[1, 'a'::text]");
typed('ARRAY of unknowns is text[]', "ARRAY['a', 'b']");
typed('ARRAY of nulls is text[]', 'ARRAY[NULL, NULL]');
typed('ARRAY empty needs type', 'ARRAY[]');
typed('ARRAY empty cast', 'ARRAY[]::int[]');
typed('ARRAY of arrays mixed', 'ARRAY[ARRAY[1], ARRAY[2.5]]');
typed('ARRAY of arrays and unknown', "ARRAY[ARRAY[1], '{2}']");
typed('ARRAY subquery int', 'ARRAY(SELECT 1 UNION ALL SELECT 2)');
typed('ARRAY subquery unknown', "ARRAY(SELECT 'a')");
typed('IN list mixed numeric', '1 IN (1.0, 2::int8)');
typed('IN list unknown', "1 IN ('1', '2')");
typed('IN list bad unknown', "1 IN ('1', 'x')");
typed('IN list int and text is 42883', "1 IN (1, 'a'::text)");
typed('IN list text and varchar', "'a'::text IN ('a'::varchar, 'b'::char(1))");
typed('NOT IN with null', '1 NOT IN (2, NULL)');
typed('ANY array unknown', "1 = ANY('{1,2}')");
typed('ANY array unknown of text', "'a' = ANY('{a,b}')");
typed('ANY array int8 vs int', '1::int8 = ANY(ARRAY[1, 2])');
typed('ANY non-array is 42809', '1 = ANY(1)');
typed('BETWEEN mixed types', "5 BETWEEN 1.5 AND '10'");
typed('BETWEEN SYMMETRIC', '5 BETWEEN SYMMETRIC 10 AND 1');
typed('row comparison mixed', "ROW(1, 'a') = ROW(1.0, 'a'::text)");
typed('row comparison mismatch', "ROW(1, 'a'::text) = ROW(1, 2)");
typed('row comparison length mismatch', 'ROW(1, 2) = ROW(1, 2, 3)');
typed('row IS DISTINCT FROM', 'ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL)');
list.add('VALUES column mismatch is 42804', ["SELECT * FROM (VALUES (1), ('a'::text)) s(v)"]);
list.add('VALUES row length mismatch', ['SELECT * FROM (VALUES (1, 2), (3)) s']);
list.add('VALUES column types from all rows', [
  "SELECT pg_typeof(a)::text AS a, pg_typeof(b)::text AS b FROM (VALUES (1, 'x'), (2.5, NULL)) s(a, b) LIMIT 1",
]);
list.add('INSERT VALUES resolves per target column', [
  'CREATE TABLE t (a int8, b text)',
  "INSERT INTO t VALUES (1, 2), ('3', 4.5)",
  'SELECT a, b FROM t ORDER BY a',
]);
list.add('INSERT multi-row VALUES of date text', [
  'CREATE TABLE t (d date)',
  "INSERT INTO t VALUES ('2020-01-01'), (NULL), ('2021-02-03'::text)",
]);
list.add('INSERT SELECT UNION into int', [
  'CREATE TABLE t (a int)',
  "INSERT INTO t SELECT '1' UNION ALL SELECT '2'",
  'SELECT a FROM t ORDER BY a',
]);
list.add('INSERT SELECT unknown into int from subquery', [
  'CREATE TABLE t (a int)',
  "INSERT INTO t SELECT x FROM (SELECT '1' AS x) s",
  'SELECT a FROM t',
]);

export default list.cases;
