// Round 19 probe: PostgreSQL 15 set-returning functions (9.25), LATERAL (7.2.1.5), WITH RECURSIVE incl. SEARCH and CYCLE (7.8).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates srf: ');
const q = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);

// ---------------------------------------------------------------- generate_series
q('generate_series int', `SELECT * FROM generate_series(2, 4)`);
q('generate_series int step', `SELECT * FROM generate_series(5, 1, -2)`);
q('generate_series int empty when start beyond stop', `SELECT * FROM generate_series(5, 1)`);
q('generate_series int step 0 is 22023', `SELECT * FROM generate_series(1, 5, 0)`);
q('generate_series bigint step 0 is 22023', `SELECT * FROM generate_series(1::int8, 5, 0)`);
q('generate_series numeric step 0 is 22023', `SELECT * FROM generate_series(1.0, 5, 0)`);
q('generate_series int NULL arg', `SELECT * FROM generate_series(1, NULL)`);
q('generate_series int NULL step', `SELECT * FROM generate_series(1, 3, NULL)`);
q('generate_series column name', `SELECT generate_series(1, 2)`);
q('generate_series in FROM column name', `SELECT * FROM generate_series(1, 2) AS g`);
q('generate_series in FROM column alias', `SELECT * FROM generate_series(1, 2) AS g(n)`);
q('generate_series bigint type', `SELECT g, pg_typeof(g)::text AS ty FROM generate_series(1::int8, 2) g`);
q(
  'generate_series bigint near max',
  `SELECT * FROM generate_series(9223372036854775806::int8, 9223372036854775807::int8)`,
);
q('generate_series int near max', `SELECT * FROM generate_series(2147483646, 2147483647)`);
q(
  'generate_series int near max step overflow stops',
  `SELECT * FROM generate_series(2147483640, 2147483647, 5)`,
);
q('generate_series numeric', `SELECT * FROM generate_series(0.1, 0.5, 0.15)`);
q(
  'generate_series numeric type and scale',
  `SELECT g, pg_typeof(g)::text AS ty FROM generate_series(1, 2.5, 0.5) g`,
);
q('generate_series numeric NaN is 22023', `SELECT * FROM generate_series('NaN'::numeric, 5)`);
q('generate_series numeric stop NaN is 22023', `SELECT * FROM generate_series(1, 'NaN'::numeric)`);
q('generate_series numeric step NaN is 22023', `SELECT * FROM generate_series(1, 5, 'NaN'::numeric)`);
q(
  'generate_series numeric infinity start is 22023',
  `SELECT * FROM generate_series('-Infinity'::numeric, 5)`,
);
q('generate_series numeric infinity stop is 22023', `SELECT * FROM generate_series(1, 'Infinity'::numeric)`);
q(
  'generate_series numeric infinity step is 22023',
  `SELECT * FROM generate_series(1, 5, 'Infinity'::numeric)`,
);
q(
  'generate_series timestamp',
  `SELECT * FROM generate_series('2024-01-01 00:00'::timestamp, '2024-01-01 12:00', '5 hours')`,
);
q(
  'generate_series timestamp month step',
  `SELECT * FROM generate_series('2024-01-31'::timestamp, '2024-05-31', '1 month')`,
);
q(
  'generate_series timestamp negative step',
  `SELECT * FROM generate_series('2024-01-03'::timestamp, '2024-01-01', '-1 day')`,
);
q(
  'generate_series timestamp zero step is 22023',
  `SELECT * FROM generate_series('2024-01-01'::timestamp, '2024-01-02', '0 days')`,
);
q(
  'generate_series timestamptz',
  `SELECT * FROM generate_series('2024-03-09 00:00+00'::timestamptz, '2024-03-11 00:00+00', '1 day')`,
);
q(
  'generate_series timestamptz zero step is 22023',
  `SELECT * FROM generate_series(now(), now(), interval '0')`,
);
q(
  'generate_series timestamptz with time zone arg new in 16',
  `SELECT * FROM generate_series('2024-01-01 00:00+00'::timestamptz, '2024-01-02 00:00+00', '1 day', 'UTC')`,
);
q(
  'generate_series date promotes to timestamptz',
  `SELECT g, pg_typeof(g)::text AS ty FROM generate_series(date '2024-01-01', date '2024-01-03', '1 day') g`,
);
q(
  'generate_series date without step is 42883',
  `SELECT * FROM generate_series(date '2024-01-01', date '2024-01-03')`,
);
q('generate_series text is 42883', `SELECT * FROM generate_series('a'::text, 'c')`);
q('generate_series unknown literals', `SELECT * FROM generate_series('1', '3')`);
q(
  'generate_series mixed int and numeric',
  `SELECT g, pg_typeof(g)::text AS ty FROM generate_series(1, 3::numeric) g`,
);
q(
  'generate_series timestamp with int step is 42883',
  `SELECT * FROM generate_series('2024-01-01'::timestamp, '2024-01-02', 1)`,
);
q('generate_series in select with where', `SELECT g FROM generate_series(1, 10) g WHERE g % 3 = 0`);
q('generate_series with ordinality', `SELECT * FROM generate_series(10, 12) WITH ORDINALITY`);
q(
  'generate_series with ordinality alias',
  `SELECT * FROM generate_series(10, 12) WITH ORDINALITY AS t(v, n)`,
);
q(
  'ordinality type is bigint',
  `SELECT pg_typeof(n)::text AS ty FROM generate_series(1, 1) WITH ORDINALITY AS t(v, n)`,
);
q('too many column aliases is 42601', `SELECT * FROM generate_series(1, 2) AS t(a, b)`);
list.add('generate_series parameters', [
  withParams('SELECT * FROM generate_series($1::int, $2::int, $3::int)', 1, 7, 3),
]);
list.add('generate_series untyped parameters', [withParams('SELECT * FROM generate_series($1, $2)', 1, 3)]);

// ---------------------------------------------------------------- generate_subscripts / unnest
q('generate_subscripts dim 1', `SELECT * FROM generate_subscripts(ARRAY['a','b','c'], 1)`);
q('generate_subscripts reverse', `SELECT * FROM generate_subscripts(ARRAY['a','b','c'], 1, true)`);
q('generate_subscripts dim 2', `SELECT * FROM generate_subscripts(ARRAY[[1,2,3],[4,5,6]], 2)`);
q('generate_subscripts missing dim is empty', `SELECT * FROM generate_subscripts(ARRAY[1,2], 2)`);
q('generate_subscripts lower bound', `SELECT * FROM generate_subscripts('[3:5]={1,2,3}'::int[], 1)`);
q('generate_subscripts empty array', `SELECT * FROM generate_subscripts('{}'::int[], 1)`);
q('generate_subscripts NULL array', `SELECT * FROM generate_subscripts(NULL::int[], 1)`);
q('generate_subscripts column name', `SELECT generate_subscripts(ARRAY[1,2], 1)`);
q('generate_subscripts dim 0 is empty', `SELECT * FROM generate_subscripts(ARRAY[1,2], 0)`);
q(
  'generate_subscripts doc example',
  `SELECT a AS array, s AS subscript, a[s] AS value FROM (SELECT generate_subscripts(a, 1) AS s, a FROM (SELECT ARRAY[4,5,6] AS a) x) foo`,
);
q('generate_subscripts of non-array is 42883', `SELECT * FROM generate_subscripts(1, 1)`);
q('unnest one array', `SELECT * FROM unnest(ARRAY[1,2,NULL])`);
q('unnest column name', `SELECT unnest(ARRAY[1,2])`);
q('unnest in FROM column name', `SELECT * FROM unnest(ARRAY['a']) AS u`);
q('unnest 2-D flattens', `SELECT * FROM unnest(ARRAY[[1,2],[3,4]])`);
q('unnest several arrays pads NULLs', `SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) AS t(n, s)`);
q('unnest several arrays column names', `SELECT * FROM unnest(ARRAY[1,2], ARRAY['a','b'])`);
q(
  'unnest several arrays with ordinality',
  `SELECT * FROM unnest(ARRAY[1,2], ARRAY['x']) WITH ORDINALITY AS t(a, b, o)`,
);
q('unnest several arrays in select list is 42883', `SELECT unnest(ARRAY[1,2], ARRAY['a','b']) AS u`);
q('unnest empty array', `SELECT * FROM unnest('{}'::int[])`);
q('unnest NULL array', `SELECT * FROM unnest(NULL::int[])`);
q('unnest untyped NULL is 42725', `SELECT * FROM unnest(NULL)`);
q('unnest text literal is 42725', `SELECT * FROM unnest('{1,2}')`);
q('unnest of non-array is 42883', `SELECT * FROM unnest(1)`);
q(
  'unnest of composite array expands columns',
  `SELECT * FROM unnest(ARRAY[ROW(1,'a'), ROW(2,'b')]::pair[])`,
  `CREATE TYPE pair AS (n int, s text);`,
);
q(
  'unnest of composite array in select',
  `SELECT unnest(ARRAY[ROW(1,'a')]::pair[]) AS p`,
  `CREATE TYPE pair AS (n int, s text);`,
);
q('unnest of anonymous records in FROM is 42601', `SELECT * FROM unnest(ARRAY[ROW(1,'a')])`);
q(
  'unnest of anonymous records with coldef list',
  `SELECT * FROM unnest(ARRAY[ROW(1,'a')]) AS t(a int, b text)`,
);
q('unnest multirange', `SELECT * FROM unnest('{[1,2),[5,8)}'::int4multirange)`);
q('unnest jsonb array is 42883', `SELECT * FROM unnest('[1,2]'::jsonb)`);
q('unnest with lower bound', `SELECT * FROM unnest('[0:2]={a,b,c}'::text[]) WITH ORDINALITY`);
q('unnest with ordinality no alias column names', `SELECT * FROM unnest(ARRAY['a','b']) WITH ORDINALITY`);
q('unnest with ordinality partial alias', `SELECT * FROM unnest(ARRAY['a','b']) WITH ORDINALITY AS t(x)`);
q('unnest with ordinality table alias only', `SELECT t.* FROM unnest(ARRAY['a','b']) WITH ORDINALITY t`);
list.add('unnest text array parameter', [
  withParams('SELECT * FROM unnest($1::text[]) WITH ORDINALITY AS t(s, i)', ['x', 'y', null]),
]);
list.add('unnest int array parameter untyped', [withParams('SELECT * FROM unnest($1) AS t(s)', [1, 2])]);

// ---------------------------------------------------------------- ROWS FROM
q(
  'rows from two functions',
  `SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['a','b'])) AS t(n, s)`,
);
q(
  'rows from with ordinality',
  `SELECT * FROM ROWS FROM (generate_series(1, 2), generate_series(5, 7)) WITH ORDINALITY AS t(a, b, o)`,
);
q(
  'rows from column names without alias',
  `SELECT * FROM ROWS FROM (generate_series(1, 2), unnest(ARRAY['a']))`,
);
q('rows from with unnest of two arrays', `SELECT * FROM ROWS FROM (unnest(ARRAY[1,2], ARRAY['a','b','c']))`);
q(
  'rows from with record function coldef',
  `SELECT * FROM ROWS FROM (json_to_record('{"a":1,"b":"x"}') AS (a int, b text), generate_series(1, 2)) AS t`,
);
q('rows from record without coldef is 42601', `SELECT * FROM ROWS FROM (json_to_record('{"a":1}'))`);
q('rows from single function', `SELECT * FROM ROWS FROM (generate_series(1, 2)) AS t(x)`);
q('rows from non-srf function', `SELECT * FROM ROWS FROM (upper('a'), generate_series(1, 2)) AS t(u, n)`);
q('scalar function in FROM', `SELECT * FROM upper('abc')`);
q('scalar function in FROM with ordinality', `SELECT * FROM lower('ABC') WITH ORDINALITY AS t(l, n)`);
q('function in FROM returning NULL row', `SELECT * FROM abs(NULL::int) AS t(x)`);
q('coldef list on non-record function is 42601', `SELECT * FROM generate_series(1, 2) AS t(x int)`);

// ---------------------------------------------------------------- SRFs in the select list
q(
  'two SRFs of different lengths pad with NULL',
  `SELECT generate_series(1, 3) AS a, generate_series(1, 2) AS b`,
);
q(
  'SRF and unnest different lengths',
  `SELECT unnest(ARRAY['a','b','c','d']) AS a, generate_series(1, 2) AS b`,
);
q('SRF with scalar', `SELECT 'x' AS k, generate_series(1, 2) AS n`);
q('SRF of SRF nested', `SELECT generate_series(1, generate_series(1, 3)) AS n`);
q(
  'SRF with empty result removes row',
  `SELECT id, generate_series(1, id) AS n FROM (VALUES (0), (2)) v(id) ORDER BY 1, 2`,
);
q(
  'SRF in select with aggregate',
  `SELECT count(*) AS c, generate_series(1, 2) AS n FROM (VALUES (1), (2), (3)) v(x)`,
);
q('aggregate of SRF is 0A000', `SELECT sum(generate_series(1, 3)) AS s`);
q('SRF in CASE is 0A000', `SELECT CASE WHEN true THEN generate_series(1, 2) ELSE 0 END AS x`);
q('SRF in COALESCE is 0A000', `SELECT COALESCE(generate_series(1, 2), 0) AS x`);
q('SRF in CASE condition is 0A000', `SELECT CASE WHEN generate_series(1, 2) > 1 THEN 1 END AS x`);
q('SRF in WHERE is 0A000', `SELECT 1 AS x WHERE generate_series(1, 2) > 1`);
q(
  'SRF in JOIN ON is 0A000',
  `SELECT 1 AS x FROM (SELECT 1) a JOIN (SELECT 1) b ON generate_series(1, 2) > 0`,
);
q(
  'SRF in GROUP BY',
  `SELECT generate_series(1, 2) AS g, count(*) AS c FROM (VALUES (1)) v(x) GROUP BY 1 ORDER BY 1`,
);
q('SRF in ORDER BY', `SELECT x FROM (VALUES (1), (2)) v(x) ORDER BY generate_series(1, 1)`);
q('SRF in HAVING is 0A000', `SELECT 1 AS x HAVING generate_series(1, 2) > 1`);
q('SRF in VALUES is 0A000', `VALUES (generate_series(1, 2))`);
q('SRF in DEFAULT is 0A000', `CREATE TABLE z (a int DEFAULT generate_series(1, 2))`);
q('SRF in CHECK is 0A000', `CREATE TABLE z (a int CHECK (generate_series(1, 2) > 0))`);
q('SRF in window function argument is 0A000', `SELECT sum(generate_series(1, 2)) OVER () AS x`);
q('SRF with window', `SELECT generate_series(1, 3) AS g, count(*) OVER () AS c`);
q(
  'SRF in UPDATE SET is 0A000',
  `UPDATE z SET a = generate_series(1, 2)`,
  `CREATE TABLE z (a int); INSERT INTO z VALUES (1);`,
);
q('SRF in LIMIT is 0A000', `SELECT 1 AS x LIMIT generate_series(1, 2)`);
q('SRF in function argument of FROM is 0A000', `SELECT * FROM abs(generate_series(1, 2))`);
q('SRF with DISTINCT', `SELECT DISTINCT generate_series(1, 3) % 2 AS x ORDER BY 1`);
q('SRF in select with LIMIT', `SELECT generate_series(1, 100) AS x LIMIT 3`);
q('SRF in subquery in select', `SELECT (SELECT generate_series(1, 1)) AS x`);
q('SRF in scalar subquery returning 2 rows is 21000', `SELECT (SELECT generate_series(1, 2)) AS x`);
q(
  'SRF in RETURNING',
  `INSERT INTO z VALUES (1) RETURNING generate_series(1, 2) AS g`,
  `CREATE TABLE z (a int);`,
);
q(
  'SRF in INSERT SELECT',
  `INSERT INTO z SELECT generate_series(1, 3); SELECT * FROM z ORDER BY a`,
  `CREATE TABLE z (a int);`,
);
q('SRF of record expanded', `SELECT (json_each('{"a":1,"b":2}')).*`);
q('SRF of record whole', `SELECT json_each('{"a":1}') AS r`);
q('SRF with tuple field', `SELECT (json_each('{"a":1,"b":2}')).key AS k`);

// ---------------------------------------------------------------- LATERAL
const L = `CREATE TABLE m (id int, tags text[], n int);
INSERT INTO m VALUES (1, ARRAY['a','b'], 2), (2, '{}', 0), (3, NULL, 3);`;
q('lateral subquery', `SELECT m.id, x.y FROM m, LATERAL (SELECT m.n * 10 AS y) x ORDER BY 1`, L);
q(
  'function in FROM is implicitly lateral',
  `SELECT m.id, g FROM m, generate_series(1, m.n) g ORDER BY 1, 2`,
  L,
);
q('unnest lateral drops empty arrays', `SELECT m.id, t FROM m, unnest(m.tags) t ORDER BY 1, 2`, L);
q(
  'left join lateral on true keeps rows',
  `SELECT m.id, t FROM m LEFT JOIN LATERAL unnest(m.tags) t ON true ORDER BY 1, 2`,
  L,
);
q('subquery without LATERAL referencing outer is 42P01', `SELECT m.id FROM m, (SELECT m.n) x`, L);
q('subquery without LATERAL referencing outer with alias', `SELECT x.* FROM m a, (SELECT a.n) x`, L);
q('lateral in right join is 42P10', `SELECT 1 FROM m RIGHT JOIN LATERAL (SELECT m.n) x ON true`, L);
q('lateral in full join is 42P10', `SELECT 1 FROM m FULL JOIN LATERAL (SELECT m.n) x ON true`, L);
q('lateral referencing later item is 42P01', `SELECT 1 FROM LATERAL (SELECT m.n) x, m`, L);
q(
  'lateral with aggregate of outer column',
  `SELECT m.id, x.c FROM m, LATERAL (SELECT count(*) AS c FROM unnest(m.tags)) x ORDER BY 1`,
  L,
);
q(
  'lateral with limit top-n per group',
  `SELECT m.id, x.g FROM m CROSS JOIN LATERAL (SELECT g FROM generate_series(1, 5) g ORDER BY g DESC LIMIT m.n) x ORDER BY 1, 2`,
  L,
);
q(
  'lateral with ordinality',
  `SELECT m.id, t.* FROM m, LATERAL unnest(m.tags) WITH ORDINALITY AS t(tag, i) ORDER BY 1, 3`,
  L,
);
q(
  'lateral rows from',
  `SELECT m.id, t.* FROM m, LATERAL ROWS FROM (generate_series(1, m.n), unnest(m.tags)) AS t(a, b) ORDER BY 1, 2`,
  L,
);
q('lateral values', `SELECT m.id, v.x FROM m, LATERAL (VALUES (m.id), (m.n)) v(x) ORDER BY 1, 2`, L);
q(
  'lateral join using',
  `SELECT * FROM m JOIN LATERAL (SELECT m.id AS id, 1 AS one) x USING (id) ORDER BY 1`,
  L,
);
q(
  'lateral nested',
  `SELECT m.id, y FROM m, LATERAL (SELECT m.n + 1 AS x) a, LATERAL (SELECT a.x * 2 AS y) b ORDER BY 1`,
  L,
);
q('lateral aggregate of outer is 42803', `SELECT 1 FROM m, LATERAL (SELECT sum(m.n)) x`, L);
q(
  'lateral SRF in select of lateral subquery',
  `SELECT m.id, x.g FROM m, LATERAL (SELECT generate_series(1, m.n) AS g) x ORDER BY 1, 2`,
  L,
);
q(
  'lateral keyword before function',
  `SELECT m.id, g FROM m, LATERAL generate_series(1, m.n) g ORDER BY 1, 2`,
  L,
);
q('lateral invisible name in ON is 42P01', `SELECT 1 FROM m a JOIN m b ON c.id = 1 JOIN m c ON true`, L);

// ---------------------------------------------------------------- WITH RECURSIVE
const G = `CREATE TABLE tree (id int, parent int, name text);
INSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1');
CREATE TABLE graph (f int, t int, label text);
INSERT INTO graph VALUES (1, 2, '1-2'), (2, 3, '2-3'), (3, 4, '3-4'), (4, 1, '4-1'), (2, 5, '2-5');`;
q(
  'recursive counter',
  `WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT sum(n) AS s FROM t`,
);
q(
  'recursive counter column type',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT n, pg_typeof(n)::text AS ty FROM t`,
);
q(
  'recursive type mismatch is 42804',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 0.5 FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive text type mismatch is 42804',
  `WITH RECURSIVE t(s) AS (SELECT 'a' UNION ALL SELECT s || 'a' FROM t WHERE length(s) < 3) SELECT * FROM t`,
);
q(
  'recursive varchar cast',
  `WITH RECURSIVE t(s) AS (SELECT 'a'::text UNION ALL SELECT s || 'a' FROM t WHERE length(s) < 3) SELECT * FROM t`,
);
q(
  'recursive union removes duplicates and terminates',
  `WITH RECURSIVE t(n) AS (VALUES (1) UNION SELECT (n + 1) % 3 FROM t) SELECT * FROM t ORDER BY n`,
);
q(
  'recursive tree walk',
  `WITH RECURSIVE sub AS (SELECT id, name, 0 AS depth FROM tree WHERE id = 1 UNION ALL SELECT c.id, c.name, s.depth + 1 FROM tree c JOIN sub s ON c.parent = s.id) SELECT * FROM sub ORDER BY id`,
  G,
);
q(
  'search depth first',
  `WITH RECURSIVE sub(id, name) AS (SELECT id, name FROM tree WHERE id = 1 UNION ALL SELECT c.id, c.name FROM tree c JOIN sub s ON c.parent = s.id) SEARCH DEPTH FIRST BY id SET ordercol SELECT * FROM sub ORDER BY ordercol`,
  G,
);
q(
  'search breadth first',
  `WITH RECURSIVE sub(id, name) AS (SELECT id, name FROM tree WHERE id = 1 UNION ALL SELECT c.id, c.name FROM tree c JOIN sub s ON c.parent = s.id) SEARCH BREADTH FIRST BY id SET ordercol SELECT * FROM sub ORDER BY ordercol`,
  G,
);
q(
  'search depth first column value and type',
  `WITH RECURSIVE sub(id) AS (SELECT 1 UNION ALL SELECT c.id FROM tree c JOIN sub s ON c.parent = s.id) SEARCH DEPTH FIRST BY id SET oc SELECT id, oc, pg_typeof(oc)::text AS ty FROM sub ORDER BY oc`,
  G,
);
q(
  'search breadth first column value',
  `WITH RECURSIVE sub(id) AS (SELECT 1 UNION ALL SELECT c.id FROM tree c JOIN sub s ON c.parent = s.id) SEARCH BREADTH FIRST BY id SET oc SELECT id, oc::text AS oc FROM sub ORDER BY oc`,
  G,
);
q(
  'search by two columns',
  `WITH RECURSIVE sub(id, name) AS (SELECT id, name FROM tree WHERE id = 1 UNION ALL SELECT c.id, c.name FROM tree c JOIN sub s ON c.parent = s.id) SEARCH DEPTH FIRST BY name, id SET oc SELECT id, oc::text AS oc FROM sub ORDER BY oc`,
  G,
);
q(
  'search by unknown column is 42703',
  `WITH RECURSIVE sub(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM sub WHERE id < 3) SEARCH DEPTH FIRST BY nope SET oc SELECT * FROM sub`,
);
q(
  'search set column exists is 42701',
  `WITH RECURSIVE sub(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM sub WHERE id < 3) SEARCH DEPTH FIRST BY id SET id SELECT * FROM sub`,
);
q(
  'search by column twice is 42701',
  `WITH RECURSIVE sub(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM sub WHERE id < 3) SEARCH DEPTH FIRST BY id, id SET oc SELECT * FROM sub`,
);
q(
  'search on non-recursive query is 42P19',
  `WITH RECURSIVE sub(id) AS (SELECT 1) SEARCH DEPTH FIRST BY id SET oc SELECT * FROM sub`,
);
q(
  'search with union distinct',
  `WITH RECURSIVE sub(id) AS (SELECT 1 UNION SELECT id + 1 FROM sub WHERE id < 3) SEARCH BREADTH FIRST BY id SET oc SELECT id FROM sub ORDER BY oc`,
);
q(
  'cycle clause detects cycle',
  `WITH RECURSIVE s(f, t, label) AS (SELECT f, t, label FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t, g.label FROM graph g JOIN s ON g.f = s.t) CYCLE f SET is_cycle USING path SELECT f, t, label, is_cycle, path::text AS path FROM s ORDER BY path::text`,
  G,
);
q(
  'cycle clause types',
  `WITH RECURSIVE s(f, t) AS (SELECT f, t FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t FROM graph g JOIN s ON g.f = s.t) CYCLE f SET c USING p SELECT pg_typeof(c)::text AS ct, pg_typeof(p)::text AS pt FROM s LIMIT 1`,
  G,
);
q(
  'cycle clause with TO DEFAULT values',
  `WITH RECURSIVE s(f, t) AS (SELECT f, t FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t FROM graph g JOIN s ON g.f = s.t) CYCLE f SET c TO 'Y' DEFAULT 'N' USING p SELECT f, t, c FROM s ORDER BY p::text`,
  G,
);
q(
  'cycle clause with int mark values',
  `WITH RECURSIVE s(f, t) AS (SELECT f, t FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t FROM graph g JOIN s ON g.f = s.t) CYCLE f SET c TO 1 DEFAULT 0 USING p SELECT f, c, pg_typeof(c)::text AS ty FROM s ORDER BY p::text`,
  G,
);
q(
  'cycle clause mark values of different types is 42804',
  `WITH RECURSIVE s(f, t) AS (SELECT f, t FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t FROM graph g JOIN s ON g.f = s.t) CYCLE f SET c TO 1 DEFAULT 'N' USING p SELECT * FROM s`,
  G,
);
q(
  'cycle clause two columns',
  `WITH RECURSIVE s(f, t) AS (SELECT f, t FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t FROM graph g JOIN s ON g.f = s.t) CYCLE f, t SET c USING p SELECT f, t, c, p::text AS p FROM s ORDER BY p::text`,
  G,
);
q(
  'cycle clause unknown column is 42703',
  `WITH RECURSIVE s(f) AS (SELECT 1 UNION ALL SELECT f + 1 FROM s WHERE f < 3) CYCLE nope SET c USING p SELECT * FROM s`,
);
q(
  'cycle mark column equals path column is 42701',
  `WITH RECURSIVE s(f) AS (SELECT 1 UNION ALL SELECT f + 1 FROM s WHERE f < 3) CYCLE f SET c USING c SELECT * FROM s`,
);
q(
  'cycle mark column exists is 42701',
  `WITH RECURSIVE s(f) AS (SELECT 1 UNION ALL SELECT f + 1 FROM s WHERE f < 3) CYCLE f SET f USING p SELECT * FROM s`,
);
q(
  'search and cycle together',
  `WITH RECURSIVE s(f, t) AS (SELECT f, t FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t FROM graph g JOIN s ON g.f = s.t) SEARCH DEPTH FIRST BY f SET oc CYCLE f SET c USING p SELECT f, t, c FROM s ORDER BY oc`,
  G,
);
q(
  'cycle with union distinct',
  `WITH RECURSIVE s(f) AS (SELECT 1 UNION SELECT (f % 3) + 1 FROM s) CYCLE f SET c USING p SELECT f, c, p::text AS p FROM s ORDER BY p::text`,
);
q(
  'cycle mark value non-constant is error',
  `WITH RECURSIVE s(f) AS (SELECT 1 UNION ALL SELECT f + 1 FROM s WHERE f < 3) CYCLE f SET c TO f DEFAULT 0 USING p SELECT * FROM s`,
);
q(
  'cycle mark type without equality is 42883',
  `WITH RECURSIVE s(f) AS (SELECT 1 UNION ALL SELECT f + 1 FROM s WHERE f < 3) CYCLE f SET c TO '{}'::json DEFAULT '[]'::json USING p SELECT * FROM s`,
);
q('recursive without union is 42P19', `WITH RECURSIVE t(n) AS (SELECT n FROM t) SELECT * FROM t`);
q(
  'recursive reference in non-recursive term is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT n FROM t UNION ALL SELECT 1) SELECT * FROM t`,
);
q(
  'recursive reference twice is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT a.n + 1 FROM t a, t b WHERE a.n < 3) SELECT * FROM t`,
);
q(
  'recursive reference in subquery is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n IN (SELECT n FROM t) AND n < 3) SELECT * FROM t`,
);
q(
  'recursive reference in outer join nullable side is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT t.n + 1 FROM (SELECT 1 AS k) x LEFT JOIN t ON true WHERE t.n < 3) SELECT * FROM t`,
);
q(
  'recursive reference on left of left join is fine',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT t.n + 1 FROM t LEFT JOIN (SELECT 1 AS k) x ON true WHERE t.n < 3) SELECT * FROM t`,
);
q(
  'recursive reference in aggregate is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT max(n) + 1 FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive with ORDER BY in recursive term is 0A000',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL (SELECT n + 1 FROM t WHERE n < 3 ORDER BY n)) SELECT * FROM t`,
);
q(
  'recursive with LIMIT in recursive term is 0A000',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL (SELECT n + 1 FROM t WHERE n < 3 LIMIT 1)) SELECT * FROM t`,
);
q(
  'recursive with ORDER BY on whole union is 0A000',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3 ORDER BY 1) SELECT * FROM t`,
);
q(
  'recursive with FOR UPDATE is 0A000',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3 FOR UPDATE) SELECT * FROM t`,
);
q(
  'recursive with INTERSECT is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT 1 INTERSECT SELECT n + 1 FROM t) SELECT * FROM t`,
);
q(
  'recursive with EXCEPT is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT 1 EXCEPT SELECT n + 1 FROM t) SELECT * FROM t`,
);
q(
  'recursive with column count mismatch is 42601',
  `WITH RECURSIVE t(n) AS (SELECT 1, 2 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive too many column names is 42P10',
  `WITH RECURSIVE t(a, b) AS (SELECT 1 UNION ALL SELECT a + 1 FROM t WHERE a < 3) SELECT * FROM t`,
);
q(
  'recursive with window in recursive term',
  `WITH RECURSIVE t(n, r) AS (SELECT 1, 1::bigint UNION ALL SELECT n + 1, row_number() OVER () FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive with DISTINCT in recursive term',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT DISTINCT n + 1 FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive with GROUP BY in recursive term is 42P19',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3 GROUP BY n) SELECT * FROM t`,
);
q(
  'recursive infinite loop guarded by LIMIT',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT n FROM t LIMIT 5`,
);
q(
  'recursive non-recursive CTE under WITH RECURSIVE',
  `WITH RECURSIVE a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT * FROM b`,
);
q(
  'mutually recursive CTEs is 0A000',
  `WITH RECURSIVE a(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM b WHERE x < 3), b(x) AS (SELECT x FROM a) SELECT * FROM a`,
);
q(
  'recursive reference without RECURSIVE is 42P01',
  `WITH t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive fibonacci numeric',
  `WITH RECURSIVE fib(a, b, i) AS (SELECT 0::numeric, 1::numeric, 1 UNION ALL SELECT b, a + b, i + 1 FROM fib WHERE i < 90) SELECT a FROM fib WHERE i = 90`,
);
q(
  'recursive int overflow is 22003',
  `WITH RECURSIVE t(n) AS (SELECT 2147483600 UNION ALL SELECT n + 10 FROM t) SELECT count(*) AS c FROM t`,
);
q(
  'recursive path array with cycle check',
  `WITH RECURSIVE s(node, path) AS (SELECT 1, ARRAY[1] UNION ALL SELECT g.t, s.path || g.t FROM graph g JOIN s ON g.f = s.node WHERE NOT g.t = ANY(s.path)) SELECT node, path FROM s ORDER BY path`,
  G,
);
q(
  'recursive in subquery',
  `SELECT (WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 4) SELECT max(n) FROM t) AS m`,
);
q(
  'recursive CTE in INSERT',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) INSERT INTO z SELECT n FROM t; SELECT * FROM z ORDER BY a`,
  `CREATE TABLE z (a int);`,
);
q(
  'recursive materialized',
  `WITH RECURSIVE t(n) AS MATERIALIZED (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive union with NULL column',
  `WITH RECURSIVE t(n, x) AS (SELECT 1, NULL::text UNION ALL SELECT n + 1, 'a' FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive union with untyped NULL is 42804',
  `WITH RECURSIVE t(n, x) AS (SELECT 1, NULL UNION ALL SELECT n + 1, 'a'::text FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive data-modifying in recursive term is error',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t`,
);
q(
  'recursive union distinct on arrays',
  `WITH RECURSIVE t(a) AS (SELECT ARRAY[1] UNION SELECT a || 1 FROM t WHERE cardinality(a) < 3) SELECT * FROM t`,
);
q(
  'recursive union distinct on json is 42883',
  `WITH RECURSIVE t(j) AS (SELECT '1'::json UNION SELECT j FROM t) SELECT * FROM t`,
);
list.add('recursive with parameter bound', [
  withParams(
    'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < $1) SELECT count(*) AS c FROM t',
    7,
  ),
]);

export default list.cases;
