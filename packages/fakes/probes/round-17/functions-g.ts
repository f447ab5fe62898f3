// Round 17 probe, part G: the same chapter 9 functions and operators over table columns and
// parameters rather than constants (the embedded engines fold constants on another path), where the
// fake answers them itself. Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 functions: ');
const s = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);
const p = (name: string, sql: string, params: unknown[], setup?: string) =>
  list.params(name, sql, params, setup);

const nums =
  'CREATE TABLE n (id int PRIMARY KEY, i int, s smallint, b bigint, d numeric(10,2), u numeric, f float8, r real); ' +
  'INSERT INTO n VALUES (1, 7, 3, 9000000000, 12.50, 1.125, 0.1, 1.5), (2, -7, -3, -9000000000, -0.05, -2.5, -2.5, -0.25), (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL), (4, 0, 0, 0, 0, 0, 0, 0)';
const col = (name: string, select: string) => s(name, [`SELECT id, ${select} FROM n ORDER BY id`], nums);
col('col int division', 'i / 2 AS v');
col('col int modulo', 'i % 3 AS v, i % -3 AS w');
col('col int division by column zero', 'CASE WHEN i <> 0 THEN 10 / i END AS v');
col('col smallint arithmetic type', 'pg_typeof(s + s)::text AS t, s * s AS v');
col('col bigint arithmetic', 'b + 1 AS v, b / 7 AS w, b % 7 AS x');
col('col bigint times int', 'b * 2 AS v');
col('col numeric plus int', 'd + i AS v');
col('col numeric times numeric', 'd * u AS v');
col('col numeric minus', 'd - u AS v');
col('col numeric negation', '- d AS v, - u AS w');
col('col numeric abs', 'abs(d) AS v, abs(u) AS w');
col('col int abs', 'abs(i) AS v, abs(s) AS w, abs(b) AS x');
col('col float abs', 'abs(f) AS v');
col('col round numeric', 'round(u) AS v, round(u, 1) AS w, round(d, 1) AS x');
col('col round numeric half cases', 'round(u * 2) AS v');
col('col round float', 'round(f) AS v');
col('col round int', 'round(i) AS v');
col('col round with digits zero', 'round(u, 0) AS v');
col('col round with more digits', 'round(d, 4) AS v');
col('col greatest ints', 'greatest(i, s, 0) AS v');
col('col least numeric', 'least(d, u) AS v');
col('col greatest numeric and int', 'greatest(d, i) AS v');
col('col greatest float and int', 'greatest(f, i) AS v');
col('col coalesce numeric scales', 'coalesce(d, u) AS v');
col('col coalesce int and numeric', 'coalesce(i, d) AS v');
col('col coalesce bigint', 'coalesce(b, 0) AS v');
col('col nullif', 'nullif(i, 0) AS v');
col('col nullif numeric', 'nullif(d, 0) AS v');
col('col case simple numeric', "CASE u WHEN 1.125 THEN 'a' WHEN -2.50 THEN 'b' ELSE 'c' END AS v");
col('col case searched mixed', 'CASE WHEN i > 0 THEN d ELSE u END AS v');
col('col between', 'i BETWEEN -7 AND 0 AS v');
col('col not between', 'i NOT BETWEEN 0 AND 7 AS v');
col('col between symmetric', 'i BETWEEN SYMMETRIC 7 AND 0 AS v');
col('col between numeric and int', 'd BETWEEN 0 AND 12.5 AS v');
col('col is distinct from', 'i IS DISTINCT FROM s AS v, i IS NOT DISTINCT FROM NULL AS w');
col('col in list', 'i IN (7, 0) AS v, i NOT IN (7, 0) AS w');
col('col in list with null', 'i IN (7, NULL) AS v, i NOT IN (7, NULL) AS w');
col('col in list numeric', 'd IN (12.5, 0) AS v');
col('col float in list', 'f IN (0.1, 0) AS v');
col('col real in list', 'r IN (1.5, -0.25) AS v');
col('col real equals numeric', 'r = 1.5 AS v');
col('col float equals numeric', 'f = 0.1 AS v');
col('col float times ten', 'f * 10 AS v');
col('col float sum with numeric', 'f + d AS v');
col('col real output', 'r AS v, r * 3 AS w');
col('col real plus float', 'r + f AS v');
col('col float division', 'f / 3 AS v');
col('col float division zero', 'CASE WHEN id = 4 THEN f / f END AS v');
col('col int division zero row', 'CASE WHEN id = 4 THEN 1 / i END AS v');
col('col numeric division int', 'd / 4 AS v');
col('col numeric modulo', 'd % 3 AS v');
col('col bitwise', 'i & 3 AS v, i | 8 AS w, i # 1 AS x');
col('col shift', 'i << 2 AS v, i >> 1 AS w');
col('col int to numeric cast', 'i::numeric / 2 AS v');
col('col numeric to int cast', 'd::int AS v, u::int AS w');
col('col float to int cast', 'f::int AS v, r::int AS w');
col('col numeric to float cast', 'd::float8 AS v');
col('col int8 to int4 cast overflow', 'b::int AS v');
col('col int to smallint cast', '(i * 10000)::smallint AS v');
col('col sign', 'sign(i) AS v, sign(d) AS w, sign(f) AS x');
col('col ceil floor', 'ceil(d) AS v, floor(d) AS w, ceil(f) AS x, floor(u) AS y');
col('col trunc', 'trunc(u) AS v, trunc(u, 2) AS w, trunc(f) AS x');
col('col sqrt', 'sqrt(abs(f)) AS v');
col('col power', 'power(i, 2) AS v');
col('col mod function', 'mod(i, 3) AS v, mod(b, 7) AS w');
col('col div function', 'div(d, 3) AS v');
col('col exp ln', 'ln(abs(d) + 1) AS v');
col('col scale', 'scale(u) AS v, scale(d) AS w');
col('col sum of numeric', 'sum(d) OVER () AS v');
col('col text of numeric', "d::text || '|' AS v, u::text AS w");
col('col text of float', 'f::text AS v, r::text AS w');
col('col to_char numeric', "to_char(d, 'FM999.00') AS v");
col('col to_char int', "to_char(i, '999') AS v");
col('col numeric compare float', 'd > f AS v');
col('col order by numeric', 'u AS v');
col('col array of columns', 'ARRAY[i, s] AS v');
col('col array of numeric columns', 'ARRAY[d, u] AS v');
col('col array of mixed', 'ARRAY[i, d] AS v');
col('col array append column', 'array_append(ARRAY[1], i) AS v');
col('col array concat column', 'ARRAY[i] || s AS v');
col('col any of column array', 'i = ANY(ARRAY[s, 7]) AS v');
col('col any with null element', 'i = ANY(ARRAY[7, NULL]) AS v');
col('col all', 'i > ALL(ARRAY[-10, s]) AS v');
col('col num_nulls', 'num_nulls(i, d, f) AS v, num_nonnulls(i, d) AS w');
col('col is true on comparison', '(i > 0) IS TRUE AS v, (i > 0) IS NOT FALSE AS w, (i > 0) IS UNKNOWN AS x');
col('col factorial', 'factorial(abs(s)) AS v');
col('col gcd', 'gcd(i, 14) AS v');
col('col width_bucket', 'width_bucket(i, -10, 10, 4) AS v');
col('col int overflow multiply', 'i * 2147483647 AS v');
col('col bigint overflow', 'b * b AS v');
col('col smallint overflow', 's * 20000::smallint AS v');
col('col unary minus smallint type', 'pg_typeof(- s)::text AS v');

const plain =
  'CREATE TABLE pn (id int PRIMARY KEY, n numeric, i int); INSERT INTO pn VALUES (1, 1.15, 3), (2, 0.1, -2), (3, -123456.789, 0), (4, NULL, 1)';
const pcol = (name: string, select: string) => s(name, [`SELECT id, ${select} FROM pn ORDER BY id`], plain);
pcol('unscaled numeric times int equals', 'n * 3 = 3.45 AS v');
pcol('unscaled numeric plus literal equals', 'n + 0.2 = 0.3 AS v');
pcol('unscaled numeric sum of three', 'n + n + n = 0.3 AS v');
pcol('unscaled numeric times hundred', 'n * 100 = 115 AS v');
pcol('unscaled numeric round of product', 'round(n * 3, 1) AS v');
pcol('unscaled numeric round of column product', 'round(n * i, 1) AS v');
pcol('unscaled numeric int minus', 'round(i - n, 2) AS v');
pcol('unscaled numeric square', 'round(n * n, 2) AS v');
pcol('unscaled numeric compare product', 'n * 3 > 3.45 AS v, n * 3 < 3.45 AS w');
pcol('unscaled numeric in list of sums', '(n + 1) IN (2.15, 1.1) AS v');
pcol('unscaled numeric coalesce product', 'coalesce(n * 2, 0) = 2.3 AS v');
pcol('unscaled numeric between', 'n * 3 BETWEEN 3.45 AND 4 AS v');
s('unscaled numeric where product', ['SELECT count(*) AS v FROM pn WHERE n * 3 >= 3.45'], plain);
s('unscaled numeric order by product', ['SELECT id FROM pn ORDER BY n * i, id'], plain);
s('unscaled numeric sum of products', ['SELECT round(sum(n * i), 2) AS v FROM pn'], plain);
s(
  'unscaled numeric greatest of product',
  ['SELECT id, greatest(n * 3, 3.45) = 3.45 AS v FROM pn ORDER BY id'],
  plain,
);
const sums =
  'CREATE TABLE ps (id int PRIMARY KEY, n numeric, g int); INSERT INTO ps VALUES (1, 0.1, 1), (2, 0.2, 1), (3, 0.7, 2), (4, NULL, 3)';
s('unscaled numeric sum equals', ['SELECT sum(n) = 0.3 AS v FROM ps WHERE id < 3'], sums);
s('unscaled numeric sum per group', ['SELECT g, sum(n) = 0.3 AS v FROM ps GROUP BY g ORDER BY g'], sums);
s('unscaled numeric having sum', ['SELECT g FROM ps GROUP BY g HAVING sum(n) = 0.3 ORDER BY g'], sums);
s('unscaled numeric sum minus', ['SELECT sum(n) - 0.3 = 0 AS v FROM ps WHERE id < 3'], sums);
s('unscaled numeric avg equals', ['SELECT avg(n) = 0.15 AS v FROM ps WHERE id < 3'], sums);
s('unscaled numeric sum filter', ['SELECT sum(n) FILTER (WHERE g = 1) = 0.3 AS v FROM ps'], sums);
s('unscaled numeric sum of nulls', ['SELECT g, sum(n) IS NULL AS v FROM ps GROUP BY g ORDER BY g'], sums);
s('unscaled numeric coalesce sum', ['SELECT coalesce(sum(n), 0) = 1 AS v FROM ps'], sums);
s(
  'unscaled numeric round sum times two',
  ['SELECT g, round(sum(n) * 2, 1) AS v FROM ps GROUP BY g ORDER BY g'],
  sums,
);
s('unscaled numeric sum divided', ['SELECT sum(n) / 3 = 0.1 AS v FROM ps WHERE id < 3'], sums);
p('unscaled numeric param product', 'SELECT $1::numeric * 3 = 3.45 AS v', ['1.15']);
p('unscaled numeric param sum', 'SELECT $1::numeric + $2::numeric = 0.3 AS v', ['0.1', '0.2']);
p('unscaled numeric param round', 'SELECT round($1::numeric * 3, 1) AS v', ['1.15']);

const texts =
  "CREATE TABLE w (id int PRIMARY KEY, t text, v varchar(5), c char(4)); INSERT INTO w VALUES (1, 'Apple', 'abc', 'ab'), (2, 'banana', 'ABC', 'x'), (3, NULL, NULL, NULL), (4, 'a_b%c', 'a\\b', ''), (5, E'line\\nbreak', 'é', 'éé'), (6, '', '', '  ')";
const tcol = (name: string, select: string) => s(name, [`SELECT id, ${select} FROM w ORDER BY id`], texts);
tcol('col like prefix', "t LIKE 'a%' AS v");
tcol('col ilike prefix', "t ILIKE 'a%' AS v");
tcol('col like escaped underscore', "t LIKE 'a\\_b%' AS v");
tcol('col like custom escape', "t LIKE 'a#_b#%c' ESCAPE '#' AS v");
tcol('col like newline', "t LIKE 'line_break' AS v, t LIKE 'line%' AS w");
tcol('col not like', "t NOT LIKE '%a%' AS v");
tcol('col like varchar', "v LIKE 'a%' AS v1, v ILIKE 'a%' AS v2");
tcol('col like char padding', "c LIKE 'ab' AS v, c LIKE 'ab%' AS w");
tcol('col like backslash value', "v LIKE 'a\\\\b' AS v");
tcol('col like pattern from column', "'xAppley' LIKE '%' || t || '%' AS v");
tcol('col ilike multibyte', "v ILIKE 'É' AS v");
tcol('col like empty', "t LIKE '' AS v");
tcol('col regex', "t ~ '^[ab]' AS v, t ~* '^[ab]' AS w");
tcol('col similar', "t SIMILAR TO '(a|b)%' AS v");
tcol('col greatest text', 'greatest(t, v) AS v');
tcol('col least text', "least(t, 'b') AS v");
tcol('col greatest varchar char', 'greatest(v, c) AS v');
tcol('col coalesce text', "coalesce(t, v, 'none') AS v");
tcol('col coalesce char', "coalesce(c, 'zz') || '|' AS v");
tcol('col nullif text', "nullif(t, '') AS v");
tcol('col nullif char', "nullif(c, '') IS NULL AS v");
tcol('col case text', "CASE t WHEN 'Apple' THEN 1 WHEN 'banana' THEN 2 END AS v");
tcol('col case varchar', "CASE v WHEN 'abc' THEN 1 ELSE 0 END AS v");
tcol('col case char', "CASE c WHEN 'ab' THEN 1 WHEN 'x  ' THEN 2 ELSE 0 END AS v");
tcol('col in text', "t IN ('Apple', 'banana') AS v");
tcol('col in char', "c IN ('ab', 'x') AS v");
tcol('col char equals padded', "c = 'ab  ' AS v, c = 'ab' AS w");
tcol('col between text', "t BETWEEN 'A' AND 'b' AS v");
tcol('col compare text', "t < 'a' AS v");
tcol('col is distinct text', 't IS DISTINCT FROM v AS v');
tcol('col array of text', 'ARRAY[t, v] AS v');
tcol('col array with char', 'ARRAY[c] AS v');
tcol('col array contains', "ARRAY['Apple', 'x'] @> ARRAY[t] AS v");
tcol('col array overlaps varchar', "ARRAY[v] && ARRAY['abc'::varchar] AS v");
tcol('col array position', "array_position(ARRAY['banana', 'Apple'], t) AS v");
tcol('col array remove', "array_remove(ARRAY['Apple', 'x', 'Apple'], t) AS v");
tcol('col array to string', "array_to_string(ARRAY[t, v], ',') AS v");
tcol('col array append text', "array_append(ARRAY['z'], t) AS v");
tcol('col text concat array', "t || ARRAY['z'] AS v");
tcol('col num_nulls text', 'num_nulls(t, v, c) AS v');
tcol('col typeof greatest char', 'pg_typeof(greatest(c, c))::text AS v');
tcol('col typeof coalesce varchar', 'pg_typeof(coalesce(v, v))::text AS v');
tcol('col typeof case varchar text', 'pg_typeof(CASE WHEN true THEN v ELSE t END)::text AS v');
tcol('col length of char', 'length(c) AS v, octet_length(c) AS w');
tcol('col is true text errors', 't IS TRUE AS v');
tcol('col unknown compared char', "c = 'x' AS v");

p('param in list', 'SELECT $1::int IN (1, 2) AS v', ['2']);
p('param not in list null', 'SELECT $1::int NOT IN (1, NULL) AS v', ['3']);
p('param untyped in list', 'SELECT $1 IN (1, 2) AS v', ['2']);
p('param like', 'SELECT $1::text LIKE $2 AS v', ['abc', 'a%']);
p('param like escape', "SELECT 'a%' LIKE $1 AS v", ['a\\%']);
p('param ilike untyped', 'SELECT $1 ILIKE $2 AS v', ['ABC', 'a%']);
p('param coalesce', 'SELECT coalesce($1::int, 5) AS v', [null]);
p('param coalesce untyped', 'SELECT coalesce($1, 5) AS v', ['7']);
p('param coalesce untyped bad', 'SELECT coalesce($1, 5) AS v', ['x']);
p('param greatest', 'SELECT greatest($1::numeric, 2) AS v', ['2.50']);
p('param greatest untyped', 'SELECT greatest($1, 2) AS v', ['3']);
p('param nullif', 'SELECT nullif($1::text, $2) AS v', ['a', 'a']);
p('param nullif untyped', 'SELECT nullif($1, 1) AS v', ['2']);
p('param case', "SELECT CASE $1::int WHEN 1 THEN 'one' ELSE 'other' END AS v", ['1']);
p('param case untyped', "SELECT CASE $1 WHEN 1 THEN 'one' ELSE 'other' END AS v", ['1']);
p('param between', 'SELECT $1::int BETWEEN 1 AND 3 AS v', ['2']);
p('param between untyped', 'SELECT $1 BETWEEN 1 AND 3 AS v', ['2']);
p('param between symmetric', 'SELECT $1::int BETWEEN SYMMETRIC 3 AND 1 AS v', ['2']);
p('param array contains', 'SELECT $1::int[] @> ARRAY[1] AS v', ['{1,2}']);
p('param array overlaps untyped', 'SELECT ARRAY[1, 2] && $1 AS v', ['{2,3}']);
p('param array append', 'SELECT array_append($1::int[], 3) AS v', ['{1,2}']);
p('param array concat untyped', 'SELECT ARRAY[1] || $1 AS v', ['{2}']);
p('param array remove', 'SELECT array_remove($1::text[], $2) AS v', ['{a,b,a}', 'a']);
p('param any', 'SELECT 2 = ANY($1::int[]) AS v', ['{1,2}']);
p('param any untyped', 'SELECT 2 = ANY($1) AS v', ['{1,2}']);
p('param any null element', 'SELECT 3 = ANY($1::int[]) AS v', ['{1,NULL}']);
p('param abs', 'SELECT abs($1::numeric) AS v', ['-1.50']);
p('param round', 'SELECT round($1::numeric, 1) AS v', ['2.45']);
p('param round untyped', 'SELECT round($1, 1) AS v', ['2.45']);
p('param division int', 'SELECT $1::int / $2::int AS v', ['-7', '2']);
p('param modulo', 'SELECT $1::int % $2::int AS v', ['-7', '2']);
p('param division by zero', 'SELECT $1::int / $2::int AS v', ['1', '0']);
p('param numeric plus', 'SELECT $1::numeric + $2::numeric AS v', ['0.1', '0.20']);
p('param untyped plus int', 'SELECT $1 + 1 AS v', ['41']);
p('param untyped plus numeric', 'SELECT $1 + 1.5 AS v', ['1']);
p('param float times', 'SELECT $1::float8 * 3 AS v', ['0.1']);
p('param is distinct', 'SELECT $1::int IS DISTINCT FROM $2::int AS v', [null, '1']);
p('param is true', 'SELECT $1::boolean IS TRUE AS v', [null]);
p('param is unknown', 'SELECT $1::boolean IS UNKNOWN AS v', [null]);
p('param num_nulls', 'SELECT num_nulls($1::int, $2::text) AS v', [null, 'a']);
p('param uuid compare', 'SELECT $1::uuid = $2::uuid AS v', [
  'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
]);
p('param uuid bad', 'SELECT $1::uuid AS v', ['not-a-uuid']);
p('param nextval', 'SELECT nextval($1) AS v', ['s'], 'CREATE SEQUENCE s');
p('param setval', 'SELECT setval($1, $2) AS v', ['s', '10'], 'CREATE SEQUENCE s');
p('param setval is_called', 'SELECT setval($1, $2, $3) AS v', ['s', '10', 'false'], 'CREATE SEQUENCE s');
p('param pg_typeof', 'SELECT pg_typeof($1::int)::text AS v', ['1']);
p('param pg_typeof untyped', 'SELECT pg_typeof($1)::text AS v', ['1']);

s(
  'seq nextval in insert',
  [`INSERT INTO t (v) VALUES ('a'), ('b')`, `SELECT id, v FROM t ORDER BY id`],
  `CREATE SEQUENCE s; CREATE TABLE t (id int DEFAULT nextval('s'), v text)`,
);
s(
  'seq currval in insert',
  [`INSERT INTO t (v) VALUES ('a')`, `SELECT currval('s') AS v`],
  `CREATE SEQUENCE s; CREATE TABLE t (id int DEFAULT nextval('s'), v text)`,
);
s(
  'seq nextval in update',
  [`UPDATE t SET id = nextval('s')`, `SELECT id FROM t ORDER BY id`],
  `CREATE SEQUENCE s; CREATE TABLE t (id int); INSERT INTO t VALUES (0), (0)`,
);
s(
  'seq nextval in select rows',
  [`SELECT nextval('s') AS v, x FROM t ORDER BY x`],
  `CREATE SEQUENCE s; CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2), (3)`,
);
s(
  'seq nextval in where',
  [`SELECT x FROM t WHERE nextval('s') > 1 ORDER BY x`],
  `CREATE SEQUENCE s; CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2), (3)`,
);
s(
  'seq setval in select rows',
  [`SELECT setval('s', x) AS v FROM t ORDER BY x`, `SELECT nextval('s') AS v`],
  `CREATE SEQUENCE s; CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2), (3)`,
);
s(
  'seq nextval in case',
  [`SELECT CASE WHEN x > 1 THEN nextval('s') END AS v FROM t ORDER BY x`],
  `CREATE SEQUENCE s; CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2), (3)`,
);
s(
  'seq nextval coalesce',
  [`SELECT coalesce(nextval('s'), 0) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s('seq nextval greatest', [`SELECT greatest(nextval('s'), 0) AS v`], 'CREATE SEQUENCE s');
s('seq nextval plus nextval', [`SELECT nextval('s') + nextval('s') AS v`], 'CREATE SEQUENCE s');
s('seq nextval array', [`SELECT ARRAY[nextval('s'), nextval('s')] AS v`], 'CREATE SEQUENCE s');
s(
  'seq nextval in subquery',
  [`SELECT (SELECT nextval('s')) AS v FROM generate_series(1, 2) ORDER BY 1`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval in in-list',
  [`SELECT nextval('s') IN (1, 2) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval case simple',
  [`SELECT CASE nextval('s') WHEN 1 THEN 'a' WHEN 2 THEN 'b' END AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval any',
  [`SELECT nextval('s') = ANY(ARRAY[1, 2]) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval is distinct',
  [`SELECT nextval('s') IS DISTINCT FROM 1 AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval nullif',
  [`SELECT nullif(nextval('s'), 1) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s('seq nextval abs', [`SELECT abs(nextval('s')) AS v`, `SELECT nextval('s') AS w`], 'CREATE SEQUENCE s');
s(
  'seq nextval between',
  [`SELECT nextval('s') BETWEEN 1 AND 2 AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval num_nulls',
  [`SELECT num_nulls(nextval('s'), NULL) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval like',
  [`SELECT nextval('s')::text LIKE '1' AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s('seq nextval round', [`SELECT round(nextval('s')) AS v`, `SELECT nextval('s') AS w`], 'CREATE SEQUENCE s');
s(
  'seq nextval in values rows',
  [`SELECT v FROM (VALUES (1), (2)) t(x), LATERAL (SELECT nextval('s') AS v) l ORDER BY v`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval and true',
  [`SELECT (nextval('s') = 1) AND true AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval or',
  [`SELECT (nextval('s') = 1) OR (nextval('s') = 5) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s('seq nextval not', [`SELECT NOT (nextval('s') > 1) AS v`, `SELECT nextval('s') AS w`], 'CREATE SEQUENCE s');
s(
  'seq nextval as between bound',
  [`SELECT 1 BETWEEN nextval('s') AND 10 AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval as in item',
  [`SELECT 1 IN (nextval('s'), 2) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval row comparison',
  [`SELECT (nextval('s'), 1) < (5, 2) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval all one element',
  [`SELECT 1 = ALL(ARRAY[nextval('s')]) AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s(
  'seq nextval is not true',
  [`SELECT (nextval('s') > 5) IS NOT TRUE AS v`, `SELECT nextval('s') AS w`],
  'CREATE SEQUENCE s',
);
s('uuid in list', [
  `SELECT gen_random_uuid() IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') AS v`,
]);
s(
  'uuid column default distinct',
  [`INSERT INTO t (x) VALUES (1), (2)`, `SELECT count(DISTINCT id) AS v FROM t`],
  'CREATE TABLE t (id uuid DEFAULT gen_random_uuid(), x int)',
);
s(
  'uuid text version of column',
  [`INSERT INTO t (x) VALUES (1)`, `SELECT substr(id::text, 15, 1) AS v FROM t`],
  'CREATE TABLE t (id uuid DEFAULT gen_random_uuid(), x int)',
);
s(
  'uuid variant of column',
  [`INSERT INTO t (x) VALUES (1)`, `SELECT substr(id::text, 20, 1) IN ('8', '9', 'a', 'b') AS v FROM t`],
  'CREATE TABLE t (id uuid DEFAULT gen_random_uuid(), x int)',
);
s('uuid case simple', [
  `SELECT CASE substr(gen_random_uuid()::text, 15, 1) WHEN '4' THEN 'v4' WHEN '7' THEN 'v7' END AS v`,
]);
s('uuid nullif', [
  `SELECT nullif(gen_random_uuid(), 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') IS NOT NULL AS v`,
]);
s('uuid greatest', [
  `SELECT greatest(gen_random_uuid(), 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') IS NOT NULL AS v`,
]);
s('uuid between', [
  `SELECT gen_random_uuid() BETWEEN '00000000-0000-0000-0000-000000000000' AND 'ffffffff-ffff-ffff-ffff-ffffffffffff' AS v`,
]);
s('uuid is distinct', [`SELECT gen_random_uuid() IS DISTINCT FROM gen_random_uuid() AS v`]);
s('uuid coalesce', [`SELECT coalesce(gen_random_uuid(), gen_random_uuid()) IS NOT NULL AS v`]);

export default list.cases;
