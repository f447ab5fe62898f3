// Round 16 probe, part C: PostgreSQL 15 docs 8.15/9.19 (arrays) and 8.16 (composite types).
// Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

// ---------------------------------------------------------------- 8.15 array input and output
list.select('t16 arr int literal to node', `'{1,2,3}'::int[]`);
list.select(
  't16 arr text output quoting',
  `ARRAY['a b', 'c,d', '"q"', '', NULL, 'NULL', 'x\\y', '{}']::text`,
);
list.select('t16 arr text to node with quoting', `ARRAY['a b', 'c,d', '"q"', '', NULL, 'NULL']`);
list.select('t16 arr input whitespace trimmed', `'{ a , b c ,  d }'::text[]`);
list.select('t16 arr input quoted keeps spaces', `'{" a ","b"}'::text[]`);
list.select(
  't16 arr input NULL vs quoted NULL',
  `ARRAY['{NULL}'::text[] IS NULL, ('{NULL}'::text[])[1] IS NULL, ('{"NULL"}'::text[])[1] IS NULL, ('{null}'::text[])[1] IS NULL]`,
);
list.select('t16 arr input backslash escape', `('{"a\\"b", c\\,d}'::text[])::text`);
list.select('t16 arr input malformed ragged', `'{{1,2},{3}}'::int[]`);
list.select('t16 arr input missing brace', `'{1,2'::int[]`);
list.select('t16 arr input no braces', `'1,2'::int[]`);
list.select('t16 arr input bad element', `'{1,x}'::int[]`);
list.select('t16 arr input empty', `'{}'::int[]::text`);
list.select('t16 arr input explicit bounds', `'[0:2]={1,2,3}'::int[]::text`);
list.select('t16 arr input explicit bounds mismatch', `'[0:1]={1,2,3}'::int[]`);
list.select('t16 arr input 2d', `'{{1,2},{3,4}}'::int[]::text`);
list.select('t16 arr input 2d to node', `'{{1,2},{3,4}}'::int[]`);
list.select('t16 arr input nested empty', `'{{},{}}'::int[]`);
list.select('t16 arr output with lower bound to node', `'[2:3]={7,8}'::int[]`);
list.select('t16 arr float output', `ARRAY[0.1::float8, 'NaN', '-Infinity', 1e100]::text`);
list.select('t16 arr bool output', `ARRAY[true, false, NULL]::text`);
list.select('t16 arr bool to node', `ARRAY[true, false, NULL]`);
list.select('t16 arr numeric to node', `ARRAY[1.50, 2]`);
list.select('t16 arr int8 to node', `ARRAY[9007199254740993::int8]`);
list.select('t16 arr date to node text', `ARRAY['2024-01-02'::date]::text`);
list.select('t16 arr bytea output', `ARRAY['\\x01ff'::bytea]::text`);
list.select('t16 arr json element quoting', `ARRAY['{"a":1}'::jsonb]::text`);
list.select('t16 arr declared size ignored', `'{1,2,3,4,5}'::int[3]::text`);
list.select('t16 arr type of int[][]', `pg_typeof('{{1}}'::int[][])::text`);
list.select('t16 arr constructor type unification', `pg_typeof(ARRAY[1, 2.5])::text`);
list.select('t16 arr constructor text and int errors', `ARRAY[1, 'a']`);
list.select('t16 arr constructor unknown literals are text', `pg_typeof(ARRAY['a', 'b'])::text`);
list.select('t16 arr constructor empty needs type', `ARRAY[]`);
list.select('t16 arr constructor empty typed', `ARRAY[]::int[]::text`);
list.select('t16 arr constructor 2d', `ARRAY[[1,2],[3,4]]::text`);
list.select('t16 arr constructor nested arrays', `ARRAY[ARRAY[1,2], ARRAY[3,4]]::text`);
list.select('t16 arr constructor ragged errors', `ARRAY[[1,2],[3]]`);
list.select(
  't16 arr constructor from subquery',
  `ARRAY(SELECT x * 2 FROM generate_series(1, 3) x ORDER BY x DESC)`,
);
list.select('t16 arr constructor from empty subquery', `ARRAY(SELECT 1 WHERE false)::text`);
list.select(
  't16 arr constructor subquery of arrays',
  `ARRAY(SELECT ARRAY[x, x] FROM generate_series(1, 2) x)::text`,
);
list.select('t16 arr constructor subquery two columns errors', `ARRAY(SELECT 1, 2)`);

// ---------------------------------------------------------------- dimensions and bounds
list.select(
  't16 arr dims',
  `ARRAY[array_dims(ARRAY[1,2,3]), array_dims(ARRAY[[1,2],[3,4]]), array_dims('[0:2]={1,2,3}'::int[])]`,
);
list.select('t16 arr dims of empty', `array_dims('{}'::int[])`);
list.select(
  't16 arr lower upper',
  `ARRAY[array_lower('[0:2]={1,2,3}'::int[], 1), array_upper('[0:2]={1,2,3}'::int[], 1)]`,
);
list.select('t16 arr lower of missing dimension', `array_lower(ARRAY[1,2], 2)`);
list.select(
  't16 arr length 2d',
  `ARRAY[array_length(ARRAY[[1,2,3],[4,5,6]], 1), array_length(ARRAY[[1,2,3],[4,5,6]], 2)]`,
);
list.select('t16 arr length empty is null', `array_length('{}'::int[], 1)`);
list.select(
  't16 arr ndims',
  `ARRAY[array_ndims(ARRAY[1]), array_ndims(ARRAY[[1]]), array_ndims('{}'::int[])]`,
);
list.select('t16 arr ndims of empty is null', `array_ndims('{}'::int[]) IS NULL`);
list.select('t16 arr cardinality', `ARRAY[cardinality(ARRAY[[1,2],[3,4]]), cardinality('{}'::int[])]`);
list.select('t16 arr cardinality null', `cardinality(NULL::int[])`);
list.select('t16 arr fill', `array_fill(7, ARRAY[3])::text`);
list.select('t16 arr fill 2d with bounds', `array_fill(0, ARRAY[2,2], ARRAY[2,3])::text`);
list.select('t16 arr fill null dims errors', `array_fill(1, NULL)`);
list.select('t16 arr generate_subscripts', `ARRAY(SELECT generate_subscripts('[3:5]={a,b,c}'::text[], 1))`);
list.select(
  't16 arr generate_subscripts reverse',
  `ARRAY(SELECT generate_subscripts(ARRAY['a','b','c'], 1, true))`,
);

// ---------------------------------------------------------------- subscripts and slices
list.select('t16 arr subscript', `(ARRAY[10,20,30])[2]`);
list.select('t16 arr subscript out of range', `(ARRAY[10,20,30])[4]`);
list.select('t16 arr subscript zero', `(ARRAY[10,20,30])[0]`);
list.select('t16 arr subscript negative', `(ARRAY[10,20,30])[-1]`);
list.select('t16 arr subscript with lower bound', `('[0:2]={1,2,3}'::int[])[0]`);
list.select('t16 arr subscript numeric rounds', `(ARRAY[10,20,30])[1.7]`);
list.select('t16 arr subscript text literal', `(ARRAY[10,20,30])['2']`);
list.select('t16 arr subscript text typed errors', `(ARRAY[10,20,30])['2'::text]`);
list.select('t16 arr subscript null', `(ARRAY[10,20,30])[NULL]`);
list.select('t16 arr subscript on null array', `(NULL::int[])[1]`);
list.select('t16 arr 2d subscript', `(ARRAY[[1,2],[3,4]])[2][1]`);
list.select('t16 arr 2d single subscript is null', `(ARRAY[[1,2],[3,4]])[1]`);
list.select('t16 arr slice', `(ARRAY[1,2,3,4,5])[2:4]::text`);
list.select('t16 arr slice open ends', `ARRAY[(ARRAY[1,2,3,4,5])[:2]::text, (ARRAY[1,2,3,4,5])[4:]::text]`);
list.select('t16 arr slice out of range empty', `(ARRAY[1,2,3])[5:6]::text`);
list.select('t16 arr slice partially out of range', `(ARRAY[1,2,3])[2:10]::text`);
list.select('t16 arr slice reversed empty', `(ARRAY[1,2,3])[3:1]::text`);
list.select('t16 arr slice keeps lower bound one', `array_lower((ARRAY[1,2,3,4])[2:3], 1)`);
list.select('t16 arr slice 2d', `(ARRAY[[1,2,3],[4,5,6],[7,8,9]])[1:2][2:3]::text`);
list.select('t16 arr slice mixed subscript and slice', `(ARRAY[[1,2,3],[4,5,6]])[2][1:2]::text`);
list.select('t16 arr slice 2d first dimension only', `(ARRAY[[1,2],[3,4],[5,6]])[2:3]::text`);
list.select('t16 arr slice of function result', `(string_to_array('a,b,c,d', ','))[2:3]`);
list.select('t16 arr too many subscripts', `(ARRAY[1,2])[1][1]`);
list.add(
  't16 arr update element',
  [`INSERT INTO t VALUES (1, '{1,2,3}')`, `UPDATE t SET a[2] = 20`, `SELECT a::text AS v FROM t`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update extends with nulls',
  [`INSERT INTO t VALUES (1, '{1,2}')`, `UPDATE t SET a[5] = 5`, `SELECT a::text AS v FROM t`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update before lower bound',
  [
    `INSERT INTO t VALUES (1, '{1,2}')`,
    `UPDATE t SET a[0] = 0`,
    `SELECT a::text AS v, array_lower(a, 1) AS lo FROM t`,
  ],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update slice',
  [`INSERT INTO t VALUES (1, '{1,2,3,4}')`, `UPDATE t SET a[2:3] = '{20,30}'`, `SELECT a::text AS v FROM t`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update slice too short source',
  [`INSERT INTO t VALUES (1, '{1,2,3,4}')`, `UPDATE t SET a[2:3] = '{20}'`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update element of null array',
  [`INSERT INTO t VALUES (1, NULL)`, `UPDATE t SET a[3] = 3`, `SELECT a::text AS v FROM t`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update element of empty array',
  [`INSERT INTO t VALUES (1, '{}')`, `UPDATE t SET a[3] = 3`, `SELECT a::text AS v FROM t`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update 2d element',
  [`INSERT INTO t VALUES (1, '{{1,2},{3,4}}')`, `UPDATE t SET a[2][2] = 40`, `SELECT a::text AS v FROM t`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update 2d out of range errors',
  [`INSERT INTO t VALUES (1, '{{1,2},{3,4}}')`, `UPDATE t SET a[3][3] = 9`],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr update append via concat',
  [
    `INSERT INTO t VALUES (1, '{1}')`,
    `UPDATE t SET a = a || 2`,
    `UPDATE t SET a = 0 || a`,
    `SELECT a::text AS v FROM t`,
  ],
  `CREATE TABLE t (id int, a int[])`,
);
list.add(
  't16 arr varchar array element too long',
  [`INSERT INTO t VALUES ('{abc,abcdef}')`],
  `CREATE TABLE t (a varchar(4)[])`,
);

// ---------------------------------------------------------------- 9.19 operators
list.select('t16 arr concat element', `(ARRAY[1,2] || 3)::text`);
list.select('t16 arr concat prepend element', `(0 || ARRAY[1,2])::text`);
list.select('t16 arr concat arrays', `(ARRAY[1,2] || ARRAY[3,4])::text`);
list.select('t16 arr concat 2d and 1d', `(ARRAY[[1,2],[3,4]] || ARRAY[5,6])::text`);
list.select('t16 arr concat 1d and 2d', `(ARRAY[0,0] || ARRAY[[1,2],[3,4]])::text`);
list.select('t16 arr concat dimension mismatch', `ARRAY[[1,2],[3,4]] || ARRAY[5,6,7]`);
list.select('t16 arr concat untyped null', `(ARRAY[1,2] || NULL)::text`);
list.select('t16 arr concat typed null element', `(ARRAY[1,2] || NULL::int)::text`);
list.select('t16 arr concat empty', `(ARRAY[1,2] || '{}'::int[])::text`);
list.select('t16 arr concat unknown literal is array', `(ARRAY[1,2] || '{3}')::text`);
list.select('t16 arr concat text element literal', `(ARRAY['a'] || 'b')::text`);
list.select('t16 arr concat with lower bound', `('[0:1]={1,2}'::int[] || ARRAY[3])::text`);
list.select('t16 arr concat element keeps lower bound', `('[0:1]={1,2}'::int[] || 3)::text`);
list.select('t16 arr prepend element adjusts lower bound', `(0 || '[2:3]={1,2}'::int[])::text`);
list.select(
  't16 arr array_append prepend cat',
  `ARRAY[array_append(ARRAY[1], 2)::text, array_prepend(0, ARRAY[1])::text, array_cat(ARRAY[1], ARRAY[2,3])::text]`,
);
list.select(
  't16 arr array_cat nulls',
  `ARRAY[array_cat(NULL::int[], ARRAY[1])::text, array_cat(ARRAY[1], NULL)::text]`,
);
list.select('t16 arr array_append to null', `array_append(NULL::int[], 1)::text`);
list.select('t16 arr equality', `ARRAY[1,2,3] = ARRAY[1,2,3]`);
list.select('t16 arr equality with different bounds', `'[0:1]={1,2}'::int[] = '{1,2}'::int[]`);
list.select('t16 arr equality 1d vs 2d', `ARRAY[1,2,3,4] = ARRAY[[1,2],[3,4]]`);
list.select('t16 arr equality with nulls', `ARRAY[1,NULL] = ARRAY[1,NULL]`);
list.select('t16 arr less than elementwise', `ARRAY[1,2,3] < ARRAY[1,2,4]`);
list.select('t16 arr shorter prefix is less', `ARRAY[1,2] < ARRAY[1,2,3]`);
list.select('t16 arr comparison first difference wins', `ARRAY[2] > ARRAY[1,9,9]`);
list.select('t16 arr null element sorts last', `ARRAY[1,NULL] > ARRAY[1,2]`);
list.select('t16 arr compare different types errors', `ARRAY[1] = ARRAY['1'::text]`);
list.select('t16 arr compare int and bigint', `ARRAY[1] = ARRAY[1::bigint]`);
list.select('t16 arr contains', `ARRAY[1,4,3] @> ARRAY[3,1,3]`);
list.select('t16 arr contained', `ARRAY[2,2,7] <@ ARRAY[1,7,4,2,6]`);
list.select('t16 arr contains empty', `ARRAY[1] @> '{}'::int[]`);
list.select('t16 arr contains null element', `ARRAY[1,NULL] @> ARRAY[NULL::int]`);
list.select('t16 arr overlaps', `ARRAY[ARRAY[1,4,3] && ARRAY[2,1], ARRAY[1] && ARRAY[2]]`);
list.select('t16 arr contains 2d flattens', `ARRAY[[1,2],[3,4]] @> ARRAY[4,1]`);
list.add(
  't16 arr order by array column',
  [
    `INSERT INTO t VALUES ('{2}'), ('{1,5}'), ('{1}'), ('{}'), (NULL), ('{1,NULL}')`,
    `SELECT a::text AS v FROM t ORDER BY a`,
  ],
  `CREATE TABLE t (a int[])`,
);
list.add('t16 arr distinct arrays', [
  `SELECT count(DISTINCT a) AS v FROM (VALUES (ARRAY[1,2]), (ARRAY[1,2]), (ARRAY[2,1])) t(a)`,
]);
list.add('t16 arr group by array', [
  `SELECT a::text AS a, count(*) AS n FROM (VALUES (ARRAY[1,2]), (ARRAY[1,2]), (ARRAY[2,1])) t(a) GROUP BY a ORDER BY a`,
]);
list.add('t16 arr max of arrays', [
  `SELECT max(a)::text AS mx, min(a)::text AS mn FROM (VALUES (ARRAY[1,2]), (ARRAY[1,10]), (ARRAY[3])) t(a)`,
]);

// ---------------------------------------------------------------- 9.19 functions
list.select('t16 arr array_position', `array_position(ARRAY['sun','mon','tue','wed','mon'], 'mon')`);
list.select('t16 arr array_position start', `array_position(ARRAY['sun','mon','tue','wed','mon'], 'mon', 3)`);
list.select('t16 arr array_position missing', `array_position(ARRAY[1,2], 3)`);
list.select('t16 arr array_position null search', `array_position(ARRAY[1,NULL,3], NULL)`);
list.select('t16 arr array_position lower bound', `array_position('[5:7]={a,b,c}'::text[], 'b')`);
list.select('t16 arr array_position 2d errors', `array_position(ARRAY[[1,2],[3,4]], 3)`);
list.select('t16 arr array_position start beyond', `array_position(ARRAY[1,2,3], 1, 10)`);
list.select('t16 arr array_position type mismatch', `array_position(ARRAY[1,2], 'a')`);
list.select('t16 arr array_positions', `array_positions(ARRAY['A','A','B','A'], 'A')::text`);
list.select('t16 arr array_positions none', `array_positions(ARRAY[1,2], 3)::text`);
list.select('t16 arr array_positions null', `array_positions(ARRAY[1,NULL,NULL], NULL)::text`);
list.select('t16 arr array_positions null array', `array_positions(NULL::int[], 1)`);
list.select('t16 arr array_remove', `array_remove(ARRAY[1,2,3,2], 2)::text`);
list.select('t16 arr array_remove null', `array_remove(ARRAY[1,NULL,3], NULL)::text`);
list.select('t16 arr array_remove 2d errors', `array_remove(ARRAY[[1,2],[3,4]], 1)`);
list.select('t16 arr array_remove keeps lower bound', `array_remove('[3:5]={1,2,3}'::int[], 2)::text`);
list.select('t16 arr array_replace', `array_replace(ARRAY[1,2,5,4], 5, 3)::text`);
list.select('t16 arr array_replace null', `array_replace(ARRAY[1,NULL,3], NULL, 0)::text`);
list.select('t16 arr array_replace 2d', `array_replace(ARRAY[[1,2],[1,4]], 1, 9)::text`);
list.select('t16 arr array_to_string', `array_to_string(ARRAY[1, 2, 3, NULL, 5], ',')`);
list.select('t16 arr array_to_string null string', `array_to_string(ARRAY[1, 2, 3, NULL, 5], ',', '*')`);
list.select('t16 arr array_to_string 2d', `array_to_string(ARRAY[[1,2],[3,4]], '-')`);
list.select('t16 arr array_to_string empty', `array_to_string('{}'::int[], ',')`);
list.select('t16 arr array_to_string null delimiter', `array_to_string(ARRAY[1,2], NULL)`);
list.select('t16 arr array_to_string float', `array_to_string(ARRAY[0.1::float8, 1e20], ',')`);
list.select('t16 arr string_to_array', `string_to_array('xx~~yy~~zz', '~~', 'yy')::text`);
list.select('t16 arr string_to_array empty fields', `string_to_array('a,b,,c', ',')::text`);
list.select('t16 arr string_to_array empty input', `string_to_array('', ',')::text`);
list.select('t16 arr string_to_array null delimiter splits chars', `string_to_array('abc', NULL)::text`);
list.select('t16 arr string_to_array empty delimiter', `string_to_array('abc', '')::text`);
list.select('t16 arr string_to_array null string on empty field', `string_to_array('a,,b', ',', '')::text`);
list.select('t16 arr trim_array', `trim_array(ARRAY[1,2,3,4,5,6], 2)::text`);
list.select('t16 arr trim_array too many', `trim_array(ARRAY[1,2], 3)`);
list.select('t16 arr trim_array 2d', `trim_array(ARRAY[[1,2],[3,4],[5,6]], 1)::text`);
list.select('t16 arr array_sample missing in PG15', `array_sample(ARRAY[1,2,3], 1)`);
list.select('t16 arr array_shuffle missing in PG15', `array_shuffle(ARRAY[1])`);
list.select('t16 arr array_reverse missing in PG15', `array_reverse(ARRAY[1,2])`);
list.select('t16 arr array_sort missing in PG15', `array_sort(ARRAY[2,1])`);
list.select('t16 arr array_to_json', `array_to_json(ARRAY[[1,5],[99,100]])::text`);
list.select('t16 arr to_jsonb nulls', `to_jsonb(ARRAY['a', NULL])::text`);
list.add('t16 arr unnest with ordinality', [
  `SELECT x AS x, n AS n FROM unnest(ARRAY['a','b','c']) WITH ORDINALITY AS t(x, n) ORDER BY n`,
]);
list.add('t16 arr unnest 2d flattens', [
  `SELECT x AS x FROM unnest(ARRAY[[1,2],[3,4]]) WITH ORDINALITY AS t(x, n) ORDER BY n`,
]);
list.add('t16 arr unnest multiple arrays pads nulls', [
  `SELECT a AS a, b AS b FROM unnest(ARRAY[1,2,3], ARRAY['x','y']) WITH ORDINALITY AS t(a, b, n) ORDER BY n`,
]);
list.add('t16 arr unnest empty gives no rows', [`SELECT count(*) AS v FROM unnest('{}'::int[])`]);
list.add('t16 arr unnest null gives no rows', [`SELECT count(*) AS v FROM unnest(NULL::int[])`]);
list.add('t16 arr unnest in select list', [`SELECT unnest(ARRAY[3,1,2]) AS v ORDER BY 1`]);
list.add('t16 arr array_agg', [`SELECT array_agg(x ORDER BY x DESC) AS v FROM (VALUES (1), (3), (2)) t(x)`]);
list.add('t16 arr array_agg with nulls', [
  `SELECT array_agg(x ORDER BY x NULLS FIRST)::text AS v FROM (VALUES (1), (NULL), (2)) t(x)`,
]);
list.add('t16 arr array_agg empty is null', [
  `SELECT array_agg(x) IS NULL AS v FROM (VALUES (1)) t(x) WHERE false`,
]);
list.add('t16 arr array_agg of arrays is 2d', [
  `SELECT array_agg(a ORDER BY a)::text AS v FROM (VALUES (ARRAY[1,2]), (ARRAY[3,4])) t(a)`,
]);
list.add('t16 arr array_agg of arrays ragged errors', [
  `SELECT array_agg(a) AS v FROM (VALUES (ARRAY[1,2]), (ARRAY[3])) t(a)`,
]);
list.add('t16 arr array_agg of null array errors', [
  `SELECT array_agg(a) AS v FROM (VALUES (ARRAY[1,2]), (NULL::int[])) t(a)`,
]);
list.add('t16 arr array_agg distinct', [
  `SELECT array_agg(DISTINCT x ORDER BY x)::text AS v FROM (VALUES (2), (1), (2)) t(x)`,
]);

// ---------------------------------------------------------------- ANY / ALL
list.select('t16 arr any true', `3 = ANY(ARRAY[1,2,3])`);
list.select('t16 arr any null when not found with null', `4 = ANY(ARRAY[1,NULL])`);
list.select('t16 arr any true despite null', `1 = ANY(ARRAY[1,NULL])`);
list.select('t16 arr any empty false', `1 = ANY('{}'::int[])`);
list.select('t16 arr any null array', `1 = ANY(NULL::int[])`);
list.select('t16 arr all empty true', `1 = ALL('{}'::int[])`);
list.select('t16 arr all with null', `1 = ALL(ARRAY[1,NULL])`);
list.select(
  't16 arr not equal all',
  `ARRAY[5 <> ALL(ARRAY[1,2]), 5 <> ALL(ARRAY[1,NULL]), 1 <> ALL(ARRAY[1,NULL])]`,
);
list.select('t16 arr some synonym', `2 > SOME(ARRAY[1,5])`);
list.select('t16 arr any with like', `'foobar' LIKE ANY(ARRAY['x%', 'foo%'])`);
list.select('t16 arr all with ilike', `'FooBar' ILIKE ALL(ARRAY['f%', '%r'])`);
list.select('t16 arr any with less than', `2 < ANY(ARRAY[1,2])`);
list.select('t16 arr any over 2d', `4 = ANY(ARRAY[[1,2],[3,4]])`);
list.select('t16 arr any with string literal array', `2 = ANY('{1,2,3}')`);
list.select('t16 arr any with non array errors', `2 = ANY(2)`);
list.select('t16 arr null = any', `NULL::int = ANY(ARRAY[1,2])`);
list.select('t16 arr any text vs int array', `'2' = ANY(ARRAY[1,2])`);
list.add(
  't16 arr any with int array param',
  [
    `INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')`,
    { sql: `SELECT name AS v FROM t WHERE id = ANY($1) ORDER BY id`, params: [[1, 3]] },
  ],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 arr any with empty array param',
  [`INSERT INTO t VALUES (1, 'a')`, { sql: `SELECT count(*) AS v FROM t WHERE id = ANY($1)`, params: [[]] }],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 arr any with text array param',
  [
    `INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')`,
    { sql: `SELECT id AS v FROM t WHERE name = ANY($1::text[]) ORDER BY id`, params: [['a', 'c', 'z']] },
  ],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 arr not any with param',
  [
    `INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')`,
    { sql: `SELECT id AS v FROM t WHERE NOT (id = ANY($1)) ORDER BY id`, params: [[2]] },
  ],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 arr all with param',
  [
    `INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')`,
    { sql: `SELECT id AS v FROM t WHERE id <> ALL($1) ORDER BY id`, params: [[2, 3]] },
  ],
  `CREATE TABLE t (id int, name text)`,
);
list.add('t16 arr param with null element', [
  { sql: `SELECT $1::int[] AS v, array_length($1::int[], 1) AS n`, params: [[1, null, 3]] },
]);
list.add('t16 arr param text with quotes', [
  { sql: `SELECT $1::text[] AS v`, params: [['a,b', 'c"d', 'e\\f', '', 'NULL']] },
]);
list.add('t16 arr param nested', [
  {
    sql: `SELECT $1::int[][] AS v`,
    params: [
      [
        [1, 2],
        [3, 4],
      ],
    ],
  },
]);
list.add(
  't16 arr column contains query',
  [
    `INSERT INTO t VALUES (1, '{a,b}'), (2, '{b,c}'), (3, '{}')`,
    `SELECT id AS v FROM t WHERE tags @> ARRAY['b'] ORDER BY id`,
  ],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add(
  't16 arr column contains literal untyped',
  [
    `INSERT INTO t VALUES (1, '{a,b}'), (2, '{b,c}')`,
    `SELECT id AS v FROM t WHERE tags @> '{c}' ORDER BY id`,
  ],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add(
  't16 arr column overlap param',
  [
    `INSERT INTO t VALUES (1, '{a,b}'), (2, '{b,c}'), (3, '{d}')`,
    { sql: `SELECT id AS v FROM t WHERE tags && $1::text[] ORDER BY id`, params: [['a', 'd']] },
  ],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add(
  't16 arr column element equality',
  [
    `INSERT INTO t VALUES (1, '{a,b}'), (2, '{b,c}')`,
    `SELECT id AS v FROM t WHERE tags[1] = 'b' ORDER BY id`,
  ],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add(
  't16 arr column gin index query',
  [
    `CREATE INDEX ON t USING gin (tags)`,
    `INSERT INTO t VALUES (1, '{a,b}'), (2, '{b,c}')`,
    `SELECT id AS v FROM t WHERE tags @> '{a}' ORDER BY id`,
  ],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add(
  't16 arr column cardinality filter',
  [
    `INSERT INTO t VALUES (1, '{a,b}'), (2, '{}'), (3, NULL)`,
    `SELECT id AS v, cardinality(tags) AS c, coalesce(array_length(tags, 1), 0) AS l FROM t ORDER BY id`,
  ],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add(
  't16 arr column default empty',
  [`INSERT INTO t (id) VALUES (1)`, `SELECT tags AS v, tags = '{}' AS e FROM t`],
  `CREATE TABLE t (id int, tags text[] NOT NULL DEFAULT '{}')`,
);
list.add(
  't16 arr column text param literal',
  [{ sql: `INSERT INTO t VALUES (1, $1) RETURNING tags AS v`, params: ['{x,"y z"}'] }],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add(
  't16 arr column in unnest join',
  [
    `INSERT INTO t VALUES (1, '{a,b}'), (2, '{b}')`,
    `SELECT tag AS tag, count(*) AS n FROM t, unnest(tags) AS tag GROUP BY tag ORDER BY tag`,
  ],
  `CREATE TABLE t (id int, tags text[])`,
);
list.add('t16 arr uuid array param', [
  { sql: `SELECT $1::uuid[] AS v`, params: [['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']] },
]);

// ---------------------------------------------------------------- 8.16 composite types
const complex = `CREATE TYPE complex AS (r double precision, i double precision)`;
const item = `CREATE TYPE inventory_item AS (name text, supplier_id integer, price numeric)`;
list.add('t16 comp row constructor cast', [`SELECT ROW(1.5, 2)::complex AS v`], complex);
list.add('t16 comp row constructor text', [`SELECT ROW(1.5, 2)::complex::text AS v`], complex);
list.add(
  't16 comp field access',
  [`SELECT (ROW(1.5, 2)::complex).r AS r, (ROW(1.5, 2)::complex).i AS i`],
  complex,
);
list.add('t16 comp literal input', [`SELECT '(1,2)'::complex AS v`], complex);
list.add('t16 comp literal input with spaces', [`SELECT ('( 1 , 2 )'::complex).i AS v`], complex);
list.add('t16 comp literal input empty field is null', [`SELECT ('(,2)'::complex).r IS NULL AS v`], complex);
list.add('t16 comp literal too many fields', [`SELECT '(1,2,3)'::complex AS v`], complex);
list.add('t16 comp literal too few fields', [`SELECT '(1)'::complex AS v`], complex);
list.add('t16 comp literal missing parens', [`SELECT '1,2'::complex AS v`], complex);
list.add('t16 comp literal bad field', [`SELECT '(x,2)'::complex AS v`], complex);
list.add(
  't16 comp text field quoting output',
  [
    `SELECT ROW('a b', 1, NULL)::inventory_item::text AS a, ROW('', 1, 2)::inventory_item::text AS b, ROW('x,"y"', NULL, 1.50)::inventory_item::text AS c`,
  ],
  item,
);
list.add(
  't16 comp text field input quoting',
  [`SELECT ('("fuzzy dice",42,1.99)'::inventory_item).name AS n, ('(" x ",1,1)'::inventory_item).name AS m`],
  item,
);
list.add(
  't16 comp text field unquoted spaces kept',
  [`SELECT ('( x ,1,1)'::inventory_item).name AS v`],
  item,
);
list.add(
  't16 comp quoted empty vs null',
  [`SELECT ('("",1,1)'::inventory_item).name = '' AS a, ('(,1,1)'::inventory_item).name IS NULL AS b`],
  item,
);
list.add('t16 comp anonymous row text', [`SELECT ROW(1, 'a b', NULL, true)::text AS v`]);
list.add('t16 comp anonymous row to node', [`SELECT ROW(1, 'a') AS v`]);
list.add('t16 comp implicit row', [`SELECT (1, 'x')::text AS v`]);
list.add('t16 comp row wrong field count cast', [`SELECT ROW(1, 2, 3)::complex AS v`], complex);
list.add('t16 comp row field type coercion', [`SELECT (ROW('1', 2)::complex).r + 1 AS v`], complex);
list.add(
  't16 comp table column',
  [
    `INSERT INTO on_hand VALUES (ROW('fuzzy dice', 42, 1.99), 1000)`,
    `SELECT (item).name AS n, (item).price AS p, count AS c FROM on_hand`,
  ],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp table column literal insert',
  [`INSERT INTO on_hand VALUES ('("fuzzy dice",42,1.99)', 1000)`, `SELECT item::text AS v FROM on_hand`],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp table column to node',
  [`INSERT INTO on_hand VALUES (ROW('fuzzy dice', 42, 1.99), 1000)`, `SELECT item AS v FROM on_hand`],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp field access without parens errors',
  [`SELECT item.name AS v FROM on_hand`],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp field access with table prefix',
  [
    `INSERT INTO on_hand VALUES (ROW('dice', 42, 1.99), 1)`,
    `SELECT (on_hand.item).name AS v FROM on_hand WHERE (on_hand.item).price > 1`,
  ],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp update one field',
  [
    `INSERT INTO on_hand VALUES (ROW('dice', 42, 1.99), 1)`,
    `UPDATE on_hand SET item.price = 2.50`,
    `SELECT item::text AS v FROM on_hand`,
  ],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp insert one field',
  [
    `INSERT INTO on_hand (item.name, item.supplier_id) VALUES ('dice', 7)`,
    `SELECT item::text AS v FROM on_hand`,
  ],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp star expansion',
  [`INSERT INTO on_hand VALUES (ROW('dice', 42, 1.99), 1)`, `SELECT (item).* FROM on_hand`],
  `${item}; CREATE TABLE on_hand (item inventory_item, count integer)`,
);
list.add(
  't16 comp whole row reference',
  [`INSERT INTO t VALUES (1, 'a b'), (2, NULL)`, `SELECT t::text AS v FROM t ORDER BY id`],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 comp whole row star function',
  [`INSERT INTO t VALUES (1, 'a')`, `SELECT row_to_json(t.*)::text AS v FROM t`],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 comp table row type cast',
  [`SELECT ROW(1, 'x')::t AS v`],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 comp table row type literal',
  [`SELECT ('(5,hello)'::t).name AS v`],
  `CREATE TABLE t (id int, name text)`,
);
list.add('t16 comp row is null all null', [
  `SELECT ROW(NULL, NULL) IS NULL AS a, ROW(NULL, NULL) IS NOT NULL AS b`,
]);
list.add('t16 comp row is null partial', [
  `SELECT ROW(1, NULL) IS NULL AS a, ROW(1, NULL) IS NOT NULL AS b, NOT (ROW(1, NULL) IS NULL) AS c`,
]);
list.add('t16 comp row is not null all set', [`SELECT ROW(1, 2) IS NOT NULL AS v`]);
list.add(
  't16 comp table row is null',
  [
    `INSERT INTO t VALUES (1, NULL), (NULL, NULL)`,
    `SELECT id AS id, t IS NULL AS n, t IS NOT NULL AS nn FROM t ORDER BY id`,
  ],
  `CREATE TABLE t (id int, name text)`,
);
list.add('t16 comp count of all-null row', [
  `SELECT count(t) AS c, count(*) AS s FROM (VALUES (NULL::int, NULL::text)) t(a, b)`,
]);
list.add('t16 comp coalesce of all-null row', [`SELECT coalesce(ROW(NULL, NULL), ROW(1, 2))::text AS v`]);
list.add('t16 comp row is distinct from', [
  `SELECT ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL) AS a, ROW(1, NULL) IS DISTINCT FROM ROW(1, 2) AS b`,
]);
list.add('t16 comp row equality', [
  `SELECT ROW(1, 2) = ROW(1, 2) AS a, ROW(1, 2) = ROW(1, 3) AS b, ROW(1, NULL) = ROW(1, 2) AS c, ROW(1, NULL) = ROW(2, NULL) AS d`,
]);
list.add('t16 comp row less than', [
  `SELECT ROW(1, 2) < ROW(1, 3) AS a, ROW(1, 2, 3) < ROW(1, 3, 0) AS b, ROW(1, NULL) < ROW(2, NULL) AS c, ROW(1, NULL) < ROW(1, 2) AS d`,
]);
list.add('t16 comp row not equal', [`SELECT ROW(1, 2) <> ROW(1, 3) AS a, ROW(1, NULL) <> ROW(2, NULL) AS b`]);
list.add('t16 comp row comparison unequal length', [`SELECT ROW(1, 2) = ROW(1, 2, 3) AS v`]);
list.add('t16 comp row in list', [
  `SELECT (1, 2) IN ((1, 2), (3, 4)) AS a, (1, 3) IN ((1, 2), (3, 4)) AS b, (1, 3) NOT IN ((1, 2), (NULL, 4)) AS c`,
]);
list.add('t16 comp row in subquery', [
  `SELECT (1, 'a') IN (SELECT x, y FROM (VALUES (1, 'a'), (2, 'b')) v(x, y)) AS v`,
]);
list.add(
  't16 comp keyset pagination',
  [
    `INSERT INTO t VALUES (1, 'a'), (1, 'b'), (2, 'a'), (3, 'c')`,
    `SELECT id AS id, name AS name FROM t WHERE (id, name) > (1, 'a') ORDER BY id, name`,
  ],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 comp row composite comparison typed',
  [`SELECT ROW(1, 2)::complex = ROW(1, 2)::complex AS a, ROW(1, 2)::complex < ROW(1, 3)::complex AS b`],
  complex,
);
list.add(
  't16 comp record comparison with null field composite',
  [`SELECT ROW(1, NULL)::complex = ROW(1, NULL)::complex AS v`],
  complex,
);
list.add(
  't16 comp order by composite',
  [
    `SELECT c::text AS v FROM (VALUES (ROW(2, 1)::complex), (ROW(1, NULL)::complex), (ROW(1, 2)::complex)) t(c) ORDER BY c`,
  ],
  complex,
);
list.add(
  't16 comp distinct composite with nulls',
  [`SELECT count(DISTINCT c) AS v FROM (VALUES (ROW(1, NULL)::complex), (ROW(1, NULL)::complex)) t(c)`],
  complex,
);
list.add(
  't16 comp nested composite',
  [
    `CREATE TYPE outer_t AS (c complex, tag text)`,
    `SELECT ROW(ROW(1, 2)::complex, 'x')::outer_t::text AS a, ((ROW(ROW(1, 2)::complex, 'x')::outer_t).c).i AS b`,
  ],
  complex,
);
list.add('t16 comp with array field', [
  `CREATE TYPE bag AS (name text, items int[])`,
  `SELECT ROW('b', ARRAY[1,2])::bag::text AS a, (ROW('b', ARRAY[1,2])::bag).items[2] AS b`,
]);
list.add(
  't16 comp array of composite',
  [
    `SELECT ARRAY[ROW(1, 2)::complex, ROW(3, 4)::complex]::text AS a, (ARRAY[ROW(1, 2)::complex, ROW(3, 4)::complex])[2].r AS b`,
  ],
  complex,
);
list.add(
  't16 comp row_to_json',
  [`SELECT row_to_json(ROW(1, 'a'))::text AS a, to_jsonb(ROW(1.5, 2)::complex)::text AS b`],
  complex,
);
list.add(
  't16 comp function returning composite',
  [
    `CREATE FUNCTION mk(x float8) RETURNS complex LANGUAGE sql AS 'SELECT x, -x'`,
    `SELECT (mk(2)).i AS a, mk(3)::text AS b`,
    `SELECT * FROM mk(4)`,
  ],
  complex,
);
list.add('t16 comp param literal', [{ sql: `SELECT ($1::complex).r AS v`, params: ['(7.5,1)'] }], complex);
list.add('t16 comp drop type in use', [`DROP TYPE complex`], `${complex}; CREATE TABLE t (c complex)`);
list.add(
  't16 comp alter type add attribute',
  [`ALTER TYPE complex ADD ATTRIBUTE note text`, `SELECT ROW(1, 2, 'n')::complex::text AS v`],
  complex,
);
list.add('t16 comp empty row', [`SELECT ROW()::text AS v`]);
list.add(
  't16 comp row with star',
  [`INSERT INTO t VALUES (1, 'a')`, `SELECT ROW(t.*, 42)::text AS v FROM t`],
  `CREATE TABLE t (id int, name text)`,
);
list.add('t16 comp row field names in json', [
  `SELECT row_to_json(r)::text AS v FROM (SELECT 1 AS a, 'x' AS b) r`,
]);
list.add(
  't16 comp composite column where whole',
  [`INSERT INTO t VALUES (ROW(1, 2)), (ROW(3, 4))`, `SELECT (c).r AS v FROM t WHERE c = ROW(3, 4)::complex`],
  `${complex}; CREATE TABLE t (c complex)`,
);
list.add(
  't16 comp composite column where literal',
  [`INSERT INTO t VALUES (ROW(1, 2)), (ROW(3, 4))`, `SELECT (c).r AS v FROM t WHERE c = '(1,2)'`],
  `${complex}; CREATE TABLE t (c complex)`,
);

export default list.cases;
