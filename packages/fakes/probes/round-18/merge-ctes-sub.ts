// Round 18 probe: PostgreSQL 15 subqueries (9.23, 9.24, 4.2.11), set operations (7.4), VALUES (7.7),
// TABLE, SELECT INTO and CREATE TABLE AS.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('sub: ');
const T = `CREATE TABLE a (id int, g text, x int);
INSERT INTO a VALUES (1, 'p', 10), (2, 'p', 20), (3, 'q', NULL), (4, 'r', 40);
CREATE TABLE b (id int, y int);
INSERT INTO b VALUES (1, 100), (1, 101), (3, 300), (NULL, 999);`;
const q = (name: string, sql: string, setup = T) => list.add(name, [sql], setup);

// ---------------------------------------------------------------- scalar subqueries
q(
  'scalar subquery in the select list',
  `SELECT id, (SELECT max(y) FROM b WHERE b.id = a.id) AS m FROM a ORDER BY id`,
);
q('scalar subquery returning no row is NULL', `SELECT (SELECT y FROM b WHERE id = 42) AS v`);
q('scalar subquery returning two rows is 21000', `SELECT (SELECT y FROM b WHERE id = 1) AS v`);
q(
  'scalar subquery returning two rows only for some outer rows is 21000',
  `SELECT id, (SELECT y FROM b WHERE b.id = a.id) AS v FROM a ORDER BY id`,
);
q('scalar subquery returning two columns is 42601', `SELECT (SELECT 1, 2) AS v`);
q('scalar subquery in WHERE', `SELECT id FROM a WHERE x > (SELECT avg(x) FROM a) ORDER BY id`);
q(
  'scalar subquery in ORDER BY',
  `SELECT id FROM a ORDER BY (SELECT count(*) FROM b WHERE b.id = a.id) DESC, id`,
);
q(
  'scalar subquery in GROUP BY output',
  `SELECT g, (SELECT count(*) FROM b) AS nb FROM a GROUP BY g ORDER BY g`,
);
q(
  'scalar subquery with LIMIT 1 avoids the error',
  `SELECT (SELECT y FROM b WHERE id = 1 ORDER BY y DESC LIMIT 1) AS v`,
);
q(
  'scalar subquery type is its column type',
  `SELECT pg_typeof((SELECT 1::bigint))::text AS t, pg_typeof((SELECT 'x'))::text AS u`,
);
q(
  'scalar subquery referencing an outer aggregate',
  `SELECT g, (SELECT sum(a.x)) AS s FROM a GROUP BY g ORDER BY g`,
);
q('scalar subquery with ungrouped outer column is 42803', `SELECT g, (SELECT a.x) AS s FROM a GROUP BY g`);
q(
  'a row-valued scalar subquery compared to a row',
  `SELECT (1, 100) = (SELECT id, y FROM b WHERE y = 100) AS eq`,
);
q('nested scalar subqueries three deep', `SELECT (SELECT (SELECT (SELECT 7))) AS v`);
q(
  'correlated subquery two levels up',
  `SELECT id, (SELECT (SELECT count(*) FROM b WHERE b.id = a.id)) AS c FROM a ORDER BY id`,
);
q('a subquery in FROM without alias is 42601 in 15', `SELECT * FROM (SELECT 1)`);
q('a subquery in FROM with column aliases', `SELECT * FROM (SELECT 1, 2) AS s(p, q)`);
q('a subquery column without a name is ?column?', `SELECT * FROM (SELECT 1, 'x') AS s`);
q('a subquery with duplicate column names referenced is 42702', `SELECT s.v FROM (SELECT 1 AS v, 2 AS v) s`);
q('a subquery with duplicate column names in star is fine', `SELECT * FROM (SELECT 1 AS v, 2 AS v) s`);

// ---------------------------------------------------------------- EXISTS
q('EXISTS correlated', `SELECT id FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.id = a.id) ORDER BY id`);
q(
  'NOT EXISTS correlated',
  `SELECT id FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.id = a.id) ORDER BY id`,
);
q('EXISTS with a select list that would fail is not evaluated', `SELECT EXISTS (SELECT 1 / 0 FROM b) AS e`);
q('EXISTS of an empty set', `SELECT EXISTS (SELECT 1 WHERE false) AS e`);
q('EXISTS of a set of NULLs is true', `SELECT EXISTS (SELECT NULL) AS e`);
q(
  'EXISTS in the select list per row',
  `SELECT id, EXISTS (SELECT 1 FROM b WHERE b.id = a.id AND y > 100) AS e FROM a ORDER BY id`,
);
q('EXISTS with LIMIT 0 is false', `SELECT EXISTS (SELECT 1 FROM b LIMIT 0) AS e`);

// ---------------------------------------------------------------- IN / NOT IN with NULLs
q('IN subquery', `SELECT id FROM a WHERE id IN (SELECT id FROM b) ORDER BY id`);
q(
  'NOT IN subquery with a NULL returns nothing',
  `SELECT id FROM a WHERE id NOT IN (SELECT id FROM b) ORDER BY id`,
);
q(
  'NOT IN subquery without NULLs',
  `SELECT id FROM a WHERE id NOT IN (SELECT id FROM b WHERE id IS NOT NULL) ORDER BY id`,
);
q(
  'IN subquery value is NULL when not found and NULL present',
  `SELECT id, id IN (SELECT id FROM b) AS i FROM a ORDER BY id`,
);
q(
  'NOT IN value per row with NULL present',
  `SELECT id, id NOT IN (SELECT id FROM b) AS i FROM a ORDER BY id`,
);
q('NULL IN an empty subquery is false', `SELECT NULL::int IN (SELECT 1 WHERE false) AS i`);
q('NULL NOT IN an empty subquery is true', `SELECT NULL::int NOT IN (SELECT 1 WHERE false) AS i`);
q('NULL IN a non-empty subquery is NULL', `SELECT NULL::int IN (SELECT 1) AS i`);
q('IN list with NULL element when found', `SELECT 1 IN (1, NULL) AS i`);
q('IN list with NULL element when not found', `SELECT 2 IN (1, NULL) AS i`);
q('NOT IN list with NULL element', `SELECT 2 NOT IN (1, NULL) AS i`);
q('row IN subquery', `SELECT (1, 100) IN (SELECT id, y FROM b) AS i`);
q('row IN subquery with a NULL field', `SELECT (1, NULL::int) IN (SELECT id, y FROM b) AS i`);
q('row NOT IN subquery with a NULL row in the set', `SELECT (5, 5) NOT IN (SELECT id, y FROM b) AS i`);
q('IN subquery with two columns against a scalar is 42601', `SELECT 1 IN (SELECT id, y FROM b) AS i`);
q('IN subquery type mismatch is 42883', `SELECT 1 IN (SELECT 'x'::text) AS i`);
q('IN subquery of unknown literal resolves', `SELECT 1 IN (SELECT '1') AS i`);
q('IN with an empty list is a syntax error', `SELECT 1 IN () AS i`);

// ---------------------------------------------------------------- ANY / SOME / ALL
q('ANY subquery', `SELECT id FROM a WHERE x > ANY (SELECT y / 10 FROM b WHERE y < 500) ORDER BY id`);
q('SOME is ANY', `SELECT 3 = SOME (SELECT id FROM b) AS s`);
q(
  'ALL subquery with a NULL in the set',
  `SELECT 1000 > ALL (SELECT y FROM b) AS v, 1000 > ALL (SELECT id FROM b) AS w`,
);
q('ALL of an empty subquery is true', `SELECT 1 > ALL (SELECT 1 WHERE false) AS v`);
q('ANY of an empty subquery is false', `SELECT 1 = ANY (SELECT 1 WHERE false) AS v`);
q('ANY with NULL left is NULL', `SELECT NULL::int = ANY (SELECT 1) AS v`);
q('ALL false wins over NULL', `SELECT 5 < ALL (SELECT id FROM b) AS v`);
q('ANY true wins over NULL', `SELECT 3 = ANY (SELECT id FROM b) AS v`);
q('ANY of an array', `SELECT 2 = ANY (ARRAY[1, 2, 3]) AS v, 5 = ANY ('{1,NULL}'::int[]) AS w`);
q('ALL of an array', `SELECT 5 > ALL (ARRAY[1, 2, 3]) AS v, 5 > ALL ('{1,NULL}'::int[]) AS w`);
q('ALL of an empty array is true', `SELECT 1 = ALL ('{}'::int[]) AS v`);
q('ANY of a NULL array is NULL', `SELECT 1 = ANY (NULL::int[]) AS v`);
q('LIKE ANY of an array', `SELECT 'abc' LIKE ANY (ARRAY['x%', 'a%']) AS v`);
q('<> ANY and <> ALL', `SELECT 1 <> ANY (ARRAY[1, 2]) AS v, 1 <> ALL (ARRAY[1, 2]) AS w`);
q('row = ANY subquery', `SELECT (3, 300) = ANY (SELECT id, y FROM b) AS v`);
q('ANY with a non-array right operand is 42809', `SELECT 1 = ANY (1) AS v`);
q('ANY subquery returning two columns against a scalar is 42601', `SELECT 1 = ANY (SELECT 1, 2) AS v`);
list.add(
  'ANY with a parameter array',
  [withParams(`SELECT id FROM a WHERE id = ANY ($1) ORDER BY id`, [1, 3, 9])],
  T,
);
list.add(
  'ANY with a parameter int array cast',
  [withParams(`SELECT id FROM a WHERE id = ANY ($1::int[]) ORDER BY id`, '{2,4}')],
  T,
);
list.add(
  'ALL with a parameter array',
  [withParams(`SELECT id FROM a WHERE id <> ALL ($1::int[]) ORDER BY id`, [1, 3])],
  T,
);
list.add(
  'IN with a parameter list',
  [withParams(`SELECT id FROM a WHERE id IN ($1, $2) ORDER BY id`, 2, 4)],
  T,
);

// ---------------------------------------------------------------- row constructor comparisons
q('row equality', `SELECT ROW(1, 2) = ROW(1, 2) AS a, (1, 2) = (1, 3) AS b`);
q('row equality with NULL', `SELECT (1, NULL) = (1, 2) AS a, (1, NULL) = (2, 2) AS b`);
q('row inequality with NULL', `SELECT (1, NULL) <> (1, 2) AS a, (1, NULL) <> (2, 2) AS b`);
q(
  'row less-than is lexicographic',
  `SELECT (1, 2) < (1, 3) AS a, (1, 2) < (2, 0) AS b, (2, 0) < (1, 9) AS c`,
);
q(
  'row less-than with NULL in a deciding position',
  `SELECT (1, NULL) < (1, 3) AS a, (1, NULL) < (2, 3) AS b`,
);
q('row less-or-equal', `SELECT (1, 2, 3) <= (1, 2, 3) AS a, (1, 2, 4) <= (1, 2, 3) AS b`);
q(
  'row IS DISTINCT FROM',
  `SELECT (1, NULL) IS DISTINCT FROM (1, NULL) AS a, (1, NULL) IS NOT DISTINCT FROM (1, NULL) AS b`,
);
q(
  'row IS NULL needs all fields NULL',
  `SELECT ROW(NULL, NULL) IS NULL AS a, ROW(1, NULL) IS NULL AS b, ROW(1, NULL) IS NOT NULL AS c`,
);
q('rows of different length is 42601', `SELECT (1, 2) = (1, 2, 3) AS a`);
q('row comparison with incompatible types is 42883', `SELECT (1, 'a'::text) = (1, 2) AS a`);
q('row constructor with star', `SELECT ROW(a.*) = ROW(1, 'p', 10) AS r FROM a WHERE id = 1`);
q('row comparison in WHERE for keyset paging', `SELECT id, x FROM a WHERE (g, id) > ('p', 1) ORDER BY g, id`);
q('row constructor of one field needs ROW', `SELECT ROW(1) = ROW(1) AS a, pg_typeof(ROW(1))::text AS t`);
q('row comparison operator not supported is 42883', `SELECT (1, 2) ~~ (1, 2) AS a`);
q(
  'composite value comparison uses record semantics with NULLs',
  `SELECT ROW(1, NULL)::record = ROW(1, NULL)::record AS a`,
);
q('row IN list', `SELECT (1, 2) IN ((1, 2), (3, 4)) AS a, (1, 2) IN ((3, 4), (1, NULL)) AS b`);

// ---------------------------------------------------------------- LATERAL
q(
  'LATERAL subquery',
  `SELECT a.id, l.y FROM a, LATERAL (SELECT y FROM b WHERE b.id = a.id ORDER BY y DESC LIMIT 1) l ORDER BY a.id`,
);
q(
  'LATERAL LEFT JOIN keeps unmatched rows',
  `SELECT a.id, l.y FROM a LEFT JOIN LATERAL (SELECT y FROM b WHERE b.id = a.id ORDER BY y LIMIT 1) l ON true ORDER BY a.id`,
);
q(
  'a subquery referring to an earlier FROM item without LATERAL is 42P01',
  `SELECT * FROM a, (SELECT y FROM b WHERE b.id = a.id) l`,
);
q(
  'LATERAL function call',
  `SELECT a.id, g FROM a, LATERAL generate_series(1, a.id) g WHERE a.id <= 2 ORDER BY a.id, g`,
);
q(
  'function in FROM is implicitly lateral',
  `SELECT a.id, g FROM a, generate_series(1, a.id) g WHERE a.id <= 2 ORDER BY a.id, g`,
);
q(
  'LATERAL with an aggregate per row',
  `SELECT a.id, l.c FROM a CROSS JOIN LATERAL (SELECT count(*) AS c FROM b WHERE b.id = a.id) l ORDER BY a.id`,
);
q(
  'LATERAL in a RIGHT JOIN referring to the left is 42P10',
  `SELECT * FROM a RIGHT JOIN LATERAL (SELECT a.id) l ON true`,
);
q('LATERAL referring to a later item is 42P01', `SELECT * FROM LATERAL (SELECT a.id) l, a`);
q(
  'LATERAL unnest with ordinality',
  `SELECT a.id, u.v, u.n FROM a, LATERAL unnest(ARRAY[a.x, a.x * 2]) WITH ORDINALITY AS u(v, n) WHERE a.id = 1 ORDER BY u.n`,
);
q(
  'LATERAL VALUES',
  `SELECT a.id, v.k FROM a, LATERAL (VALUES (a.id), (a.id * 10)) v(k) WHERE a.id < 3 ORDER BY a.id, v.k`,
);

// ---------------------------------------------------------------- set operations
q('UNION removes duplicates', `SELECT g FROM a UNION SELECT 'p' ORDER BY g`);
q('UNION ALL keeps duplicates', `SELECT g FROM a UNION ALL SELECT 'p' ORDER BY g`);
q('UNION treats NULLs as equal', `SELECT NULL::int AS v UNION SELECT NULL::int`);
q('INTERSECT', `SELECT id FROM a INTERSECT SELECT id FROM b ORDER BY id`);
q(
  'INTERSECT ALL keeps the minimum count',
  `SELECT v FROM (VALUES (1), (1), (1), (2)) s(v) INTERSECT ALL SELECT v FROM (VALUES (1), (1), (3)) t(v) ORDER BY v`,
);
q('EXCEPT', `SELECT id FROM a EXCEPT SELECT id FROM b ORDER BY id`);
q(
  'EXCEPT ALL subtracts counts',
  `SELECT v FROM (VALUES (1), (1), (1), (2)) s(v) EXCEPT ALL SELECT v FROM (VALUES (1), (2)) t(v) ORDER BY v`,
);
q(
  'EXCEPT with NULLs treats them as equal',
  `SELECT v FROM (VALUES (1), (NULL)) s(v) EXCEPT SELECT NULL::int`,
);
q('INTERSECT binds tighter than UNION', `SELECT 1 AS v UNION SELECT 2 INTERSECT SELECT 3 ORDER BY v`);
q('parentheses change set operation precedence', `(SELECT 1 AS v UNION SELECT 2) INTERSECT SELECT 2`);
q('EXCEPT is left associative with UNION', `SELECT 1 AS v UNION SELECT 2 EXCEPT SELECT 1`);
q('UNION DISTINCT keyword', `SELECT 1 AS v UNION DISTINCT SELECT 1`);
q(
  'column names come from the first branch',
  `SELECT 1 AS first_name UNION SELECT 2 AS second_name ORDER BY first_name`,
);
q('ORDER BY a second-branch column name is 42703', `SELECT 1 AS a UNION SELECT 2 AS b ORDER BY b`);
q('ORDER BY an expression on a union is 0A000', `SELECT 1 AS a UNION SELECT 2 ORDER BY a + 1`);
q('ORDER BY position on a union', `SELECT 1 AS a, 'z' AS b UNION SELECT 2, 'y' ORDER BY 2`);
q('ORDER BY position out of range is 42P10', `SELECT 1 AS a UNION SELECT 2 ORDER BY 3`);
q(
  'LIMIT and OFFSET apply to the whole union',
  `SELECT id FROM a UNION ALL SELECT id FROM b ORDER BY id NULLS FIRST LIMIT 3 OFFSET 1`,
);
q(
  'ORDER BY inside a parenthesized branch with LIMIT',
  `(SELECT id FROM a ORDER BY id DESC LIMIT 1) UNION ALL (SELECT id FROM b ORDER BY id LIMIT 1)`,
);
q('set operation branches of different widths is 42601', `SELECT 1, 2 UNION SELECT 1`);
q('UNION of int and numeric resolves to numeric', `SELECT 1 AS v UNION SELECT 2.5 ORDER BY v`);
q(
  'UNION of int and bigint resolves to bigint',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT 1 AS v UNION ALL SELECT 2::bigint) s LIMIT 1`,
);
q('UNION of unknown literals resolves to text', `SELECT 'a' AS v UNION SELECT 'b' ORDER BY v`);
q('UNION of unknown and int resolves the literal as int', `SELECT '1' AS v UNION SELECT 2 ORDER BY v`);
q('UNION of a non-numeric literal and int is 22P02', `SELECT 'x' AS v UNION SELECT 2`);
q('UNION of text and int is 42804', `SELECT 'x'::text AS v UNION SELECT 2`);
q(
  'UNION of varchar and text resolves to text',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT 'a'::varchar AS v UNION ALL SELECT 'b'::text) s LIMIT 1`,
);
q(
  'UNION of char(2) and char(5) result type',
  `SELECT v, length(v) AS l FROM (SELECT 'a'::char(2) AS v UNION ALL SELECT 'bb'::char(5)) s ORDER BY v`,
);
q(
  'UNION of date and timestamp resolves to timestamp',
  `SELECT v FROM (SELECT date '2024-01-01' AS v UNION ALL SELECT timestamp '2024-01-02 03:04') s ORDER BY v`,
);
q(
  'UNION of NULL and int resolves to int',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT NULL AS v UNION ALL SELECT 1) s LIMIT 1`,
);
q(
  'UNION of two NULLs resolves to text',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT NULL AS v UNION SELECT NULL) s`,
);
q(
  'UNION of three branches with unknown first',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT NULL AS v UNION ALL SELECT 1 UNION ALL SELECT 2.5) s LIMIT 1`,
);
q('UNION of boolean and int is 42804', `SELECT true AS v UNION SELECT 1`);
q('UNION of json columns is 42883', `SELECT '{}'::json AS v UNION SELECT '{}'::json`);
q('UNION ALL of json columns is fine', `SELECT '{}'::json AS v UNION ALL SELECT '[]'::json`);
q('UNION of jsonb columns deduplicates', `SELECT '{"a":1}'::jsonb AS v UNION SELECT '{"a": 1}'::jsonb`);
q('UNION of arrays deduplicates', `SELECT ARRAY[1, 2] AS v UNION SELECT ARRAY[1, 2]`);
q('UNION of records', `SELECT ROW(1, 'a') AS v UNION SELECT ROW(1, 'a')`);
q(
  'UNION field types in the result',
  `SELECT 1::smallint AS s, 'x'::varchar(5) AS v UNION ALL SELECT 2::smallint, 'yy'::varchar(5)`,
);
q('UNION with FOR UPDATE is 0A000', `SELECT id FROM a UNION SELECT id FROM b FOR UPDATE`);
q(
  'UNION with DISTINCT in a branch',
  `SELECT DISTINCT g FROM a UNION ALL SELECT DISTINCT g FROM a ORDER BY g`,
);
q(
  'UNION with GROUP BY in a branch',
  `SELECT g, count(*) AS c FROM a GROUP BY g UNION ALL SELECT 'total', count(*) FROM a ORDER BY g`,
);
q('UNION ALL of VALUES and SELECT', `VALUES (1) UNION ALL SELECT 2 ORDER BY 1`);
q('UNION with TABLE', `TABLE b UNION SELECT 5, 5 ORDER BY 1 NULLS LAST, 2`);
q('set operation result command tag and rowCount', `SELECT id FROM a EXCEPT ALL SELECT id FROM b`);
q('INTERSECT with NULLs matches NULLs', `SELECT id FROM b INTERSECT SELECT NULL::int`);
q(
  'a set operation in a subquery in FROM',
  `SELECT count(*) AS c FROM (SELECT id FROM a UNION SELECT id FROM b) s`,
);
q('a set operation in an IN subquery', `SELECT 4 IN (SELECT id FROM a EXCEPT SELECT id FROM b) AS v`);
q('ORDER BY with COLLATE on a union column', `SELECT 'b' AS v UNION SELECT 'A' ORDER BY v COLLATE "C"`);
q(
  'ORDER BY a qualified name on a union is 42P01',
  `SELECT a.id FROM a UNION SELECT b.id FROM b ORDER BY a.id`,
);
q('a union with a column named twice', `SELECT 1 AS v, 2 AS v UNION SELECT 3, 4 ORDER BY 1`);
q(
  'a union in a subquery takes second branch columns by position',
  `SELECT * FROM (SELECT 1 AS a, 2 AS b UNION ALL SELECT 3, 4) s ORDER BY a`,
);
q(
  'a union in a subquery with swapped column names',
  `SELECT b FROM (SELECT id AS a, x AS b FROM a UNION SELECT x, id FROM a) s ORDER BY 1 NULLS LAST`,
);
q(
  'a union of three branches in a subquery',
  `SELECT * FROM (SELECT 1 AS p, 'x' AS q UNION ALL SELECT 2, 'y' UNION ALL SELECT 3, 'z') s ORDER BY p`,
);
q(
  'a union with VALUES then SELECT in a subquery',
  `SELECT * FROM (VALUES (1, 2) UNION ALL SELECT 3, 4) s ORDER BY 1`,
);
q(
  'a union ORDER BY the second column with unnamed second branch',
  `SELECT id AS k, g AS w FROM a UNION SELECT 9, 'z' ORDER BY 2, 1`,
);
q(
  'a union ORDER BY name with a second branch of reversed aliases',
  `SELECT 1 AS a, 2 AS b UNION ALL SELECT 3 AS b, 4 AS a ORDER BY b`,
);
q(
  'a union in a CTE with unnamed second branch',
  `WITH c AS (SELECT 1 AS a, 2 AS b UNION ALL SELECT 3, 4) SELECT a, b FROM c ORDER BY a`,
);
q(
  'INSERT from a union with unnamed branches',
  `INSERT INTO a (id, x) SELECT 10, 11 UNION ALL SELECT 12, 13; SELECT id, x FROM a WHERE id >= 10 ORDER BY id`,
);
q(
  'a union whose first branch repeats a name read by the outer query is 42702',
  `SELECT v FROM (SELECT 1 AS v, 2 AS v UNION SELECT 3, 4) s`,
);
q(
  'a union whose unnamed first branch is read by star',
  `SELECT * FROM (SELECT 1, 2 UNION SELECT 3, 4) s ORDER BY 1`,
);
list.add('a union with parameters of unknown type', [
  withParams(`SELECT $1 AS v UNION SELECT $2 ORDER BY v`, 'x', 'y'),
]);
list.add('a union with a parameter next to an int', [
  withParams(`SELECT 1 AS v UNION SELECT $1 ORDER BY v`, '5'),
]);
list.add('a union with a parameter next to an int with bad input', [
  withParams(`SELECT 1 AS v UNION SELECT $1`, 'x'),
]);

// ---------------------------------------------------------------- VALUES
q('VALUES alone', `VALUES (1, 'one'), (2, 'two')`);
q('VALUES column names are column1 and column2', `SELECT column1, column2 FROM (VALUES (1, 'a')) v`);
q('VALUES type resolution int and numeric', `VALUES (1), (2.5), (3)`);
q(
  'VALUES type resolution of unknown literals is text',
  `SELECT pg_typeof(column1)::text AS t FROM (VALUES ('a'), ('b')) v LIMIT 1`,
);
q('VALUES unknown and int resolves to int', `VALUES ('1'), (2)`);
q('VALUES bad literal for the resolved type is 22P02', `VALUES ('x'), (2)`);
q('VALUES with text and int is 42804', `VALUES ('x'::text), (2)`);
q('VALUES with rows of different lengths is 42601', `VALUES (1, 2), (3)`);
q('VALUES with NULL first then int', `VALUES (NULL), (1)`);
q('VALUES of only NULL is text', `SELECT pg_typeof(column1)::text AS t FROM (VALUES (NULL)) v`);
q('VALUES with ORDER BY and LIMIT', `VALUES (3), (1), (2) ORDER BY 1 DESC LIMIT 2`);
q('VALUES ORDER BY column name', `VALUES (3, 'c'), (1, 'a') ORDER BY column2`);
q('VALUES with OFFSET', `VALUES (3), (1), (2) OFFSET 2`);
q('VALUES with DEFAULT outside INSERT is 42601', `VALUES (DEFAULT)`);
q('VALUES with a subquery element', `VALUES ((SELECT max(id) FROM a)), (0)`);
q(
  'VALUES with a correlated reference in FROM',
  `SELECT a.id, v.k FROM a JOIN (VALUES (1, 'one'), (4, 'four')) AS v(i, k) ON v.i = a.id ORDER BY a.id`,
);
q('VALUES with fewer column aliases', `SELECT * FROM (VALUES (1, 2, 3)) AS v(p)`);
q('VALUES with too many column aliases is 42P10', `SELECT * FROM (VALUES (1, 2)) AS v(p, q, r)`);
q('VALUES of arrays and rows', `VALUES (ARRAY[1, 2], ROW(1, 'x'))`);
q('VALUES date and timestamp mix', `VALUES (date '2024-01-01'), (timestamp '2024-01-01 12:00')`);
q(
  'VALUES with varchar lengths',
  `SELECT pg_typeof(column1)::text AS t FROM (VALUES ('a'::varchar(2)), ('bbb'::varchar(5))) v LIMIT 1`,
);
q(
  'INSERT with multi-row VALUES and DEFAULT',
  `INSERT INTO dv VALUES (1, DEFAULT), (2, 'x'); SELECT * FROM dv ORDER BY k`,
  `CREATE TABLE dv (k int, w text DEFAULT 'dflt')`,
);
q(
  'INSERT VALUES type resolved against the target',
  `INSERT INTO dv VALUES (1, 5); SELECT k, w FROM dv`,
  `CREATE TABLE dv (k int, w text)`,
);
list.add('VALUES with parameters', [withParams(`VALUES ($1::int, $2::text), ($3, $4)`, 1, 'a', 2, 'b')]);
list.add('VALUES with untyped parameters resolve to text', [
  withParams(`SELECT pg_typeof(column1)::text AS t FROM (VALUES ($1), ($2)) v`, 1, 2),
]);
list.add('VALUES with an untyped parameter and an int', [withParams(`VALUES (1), ($1)`, '7')]);

// ---------------------------------------------------------------- TABLE command
q('TABLE is SELECT star', `TABLE a`);
q('TABLE with ORDER BY and LIMIT', `TABLE a ORDER BY id DESC LIMIT 2`);
q(
  'TABLE ONLY on inheritance',
  `TABLE ONLY par`,
  `CREATE TABLE par (k int); CREATE TABLE ch () INHERITS (par); INSERT INTO par VALUES (1); INSERT INTO ch VALUES (2)`,
);
q(
  'TABLE on a parent includes children',
  `TABLE par ORDER BY k`,
  `CREATE TABLE par (k int); CREATE TABLE ch () INHERITS (par); INSERT INTO par VALUES (1); INSERT INTO ch VALUES (2)`,
);
q('TABLE of an unknown table is 42P01', `TABLE nope`);
q('TABLE of a view', `TABLE av ORDER BY id`, `${T} CREATE VIEW av AS SELECT id FROM a WHERE id > 2`);
q('TABLE in a subquery', `SELECT count(*) AS c FROM (TABLE b) s`);
q('TABLE in an IN subquery', `SELECT id FROM a WHERE (id, x) IN (TABLE b) ORDER BY id`);
q('TABLE of a CTE', `WITH c AS (SELECT 1 AS v) TABLE c`);
q('TABLE schema qualified', `TABLE public.b ORDER BY id NULLS FIRST, y`);
q('TABLE with a WHERE is a syntax error', `TABLE a WHERE id = 1`);

// ---------------------------------------------------------------- SELECT INTO and CREATE TABLE AS
list.add(
  'SELECT INTO creates a table',
  [`SELECT id, g INTO newt FROM a WHERE id < 3`, 'SELECT * FROM newt ORDER BY id'],
  T,
);
list.add('SELECT INTO command tag', [`SELECT id INTO newt FROM a`], T);
list.add(
  'SELECT INTO TEMP creates a temporary table',
  [`SELECT id INTO TEMP tt FROM a`, `SELECT relpersistence FROM pg_class WHERE relname = 'tt'`],
  T,
);
list.add(
  'SELECT INTO UNLOGGED',
  [`SELECT id INTO UNLOGGED ut FROM a`, `SELECT relpersistence FROM pg_class WHERE relname = 'ut'`],
  T,
);
list.add('SELECT INTO an existing table is 42P07', [`SELECT id INTO b FROM a`], T);
list.add(
  'SELECT INTO column types',
  [
    `SELECT 1::smallint AS s, 'x'::varchar(4) AS v, 2.5 AS n, 'lit' AS l INTO nt`,
    `SELECT attname, format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'nt'::regclass AND attnum > 0 ORDER BY attnum`,
  ],
  T,
);
list.add(
  'SELECT INTO with a union',
  [`SELECT id INTO u FROM a UNION SELECT id FROM b`, 'SELECT count(*) AS c FROM u'],
  T,
);
list.add('SELECT INTO inside a union branch is 42601', [`SELECT id FROM a UNION SELECT id INTO u FROM b`], T);
list.add('SELECT INTO with a CTE', [`WITH c AS (SELECT 1 AS v) SELECT v INTO u FROM c`, 'TABLE u'], T);
list.add('SELECT INTO is not allowed in a subquery', [`SELECT * FROM (SELECT 1 INTO z) s`], T);
list.add(
  'SELECT INTO with an unnamed column',
  [`SELECT 1 + 1 INTO u`, `SELECT attname FROM pg_attribute WHERE attrelid = 'u'::regclass AND attnum > 0`],
  T,
);
list.add(
  'CREATE TABLE AS',
  [`CREATE TABLE c AS SELECT id, x * 2 AS x2 FROM a`, 'SELECT * FROM c ORDER BY id'],
  T,
);
list.add('CREATE TABLE AS command tag', [`CREATE TABLE c AS SELECT id FROM a`], T);
list.add(
  'CREATE TABLE AS with column names',
  [`CREATE TABLE c (k, v) AS SELECT id, g FROM a`, 'SELECT k, v FROM c ORDER BY k'],
  T,
);
list.add(
  'CREATE TABLE AS with too many column names is 42601',
  [`CREATE TABLE c (k, v, z) AS SELECT id, g FROM a`],
  T,
);
list.add(
  'CREATE TABLE AS WITH NO DATA',
  [`CREATE TABLE c AS SELECT id FROM a WITH NO DATA`, 'SELECT count(*) AS n FROM c'],
  T,
);
list.add('CREATE TABLE AS WITH NO DATA command tag', [`CREATE TABLE c AS SELECT id FROM a WITH NO DATA`], T);
list.add(
  'CREATE TABLE AS IF NOT EXISTS on an existing table',
  [`CREATE TABLE IF NOT EXISTS b AS SELECT 1 AS k`],
  T,
);
list.add('CREATE TABLE AS on an existing table is 42P07', [`CREATE TABLE b AS SELECT 1 AS k`], T);
list.add(
  'CREATE TABLE AS with VALUES',
  [`CREATE TABLE c AS VALUES (1, 'a'), (2, 'b')`, 'SELECT * FROM c ORDER BY column1'],
  T,
);
list.add('CREATE TABLE AS with TABLE', [`CREATE TABLE c AS TABLE a`, 'SELECT count(*) AS n FROM c'], T);
list.add(
  'CREATE TABLE AS with EXECUTE',
  [
    `PREPARE p AS SELECT id FROM a WHERE id > 2`,
    `CREATE TABLE c AS EXECUTE p`,
    'SELECT id FROM c ORDER BY id',
  ],
  T,
);
list.add(
  'CREATE TABLE AS with a parameter',
  [withParams(`CREATE TABLE c AS SELECT id FROM a WHERE id > $1`, 2)],
  T,
);
list.add(
  'CREATE TEMP TABLE AS',
  [`CREATE TEMP TABLE c AS SELECT 1 AS k`, `SELECT relpersistence FROM pg_class WHERE relname = 'c'`],
  T,
);
list.add(
  'CREATE TABLE AS unknown literal column becomes text',
  [
    `CREATE TABLE c AS SELECT 'lit' AS l`,
    `SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'c'::regclass AND attname = 'l'`,
  ],
  T,
);
list.add(
  'CREATE TABLE AS with duplicate column names is 42701',
  [`CREATE TABLE c AS SELECT 1 AS k, 2 AS k`],
  T,
);
list.add(
  'CREATE TABLE AS copies no constraints',
  [
    `CREATE TABLE c AS SELECT * FROM pk`,
    `SELECT count(*) AS n FROM pg_constraint WHERE conrelid = 'c'::regclass`,
  ],
  'CREATE TABLE pk (id int PRIMARY KEY)',
);
list.add(
  'CREATE TABLE AS keeps typmods',
  [
    `CREATE TABLE c AS SELECT * FROM tm`,
    `SELECT attname, format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'c'::regclass AND attnum > 0 ORDER BY attnum`,
  ],
  'CREATE TABLE tm (v varchar(7), n numeric(6, 2), ts timestamp(3))',
);

// ---------------------------------------------------------------- more shapes
q(
  'correlated EXISTS with an OR',
  `SELECT id FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.id = a.id) OR x > 30 ORDER BY id`,
);
q(
  'correlated scalar subquery compared in WHERE',
  `SELECT id FROM a WHERE (SELECT count(*) FROM b WHERE b.id = a.id) = 2 ORDER BY id`,
);
q(
  'scalar subquery with an aggregate over no rows is a row',
  `SELECT id, (SELECT count(*) FROM b WHERE b.id = a.id + 100) AS c FROM a ORDER BY id`,
);
q(
  'scalar subquery of max over no rows is NULL',
  `SELECT id, (SELECT max(y) FROM b WHERE b.id = a.id + 100) AS m FROM a ORDER BY id`,
);
q('IN subquery with DISTINCT', `SELECT id FROM a WHERE id IN (SELECT DISTINCT id FROM b) ORDER BY id`);
q('IN subquery over a UNION', `SELECT id FROM a WHERE id IN (SELECT id FROM b UNION SELECT 4) ORDER BY id`);
q(
  'NOT IN subquery over a UNION without NULLs',
  `SELECT id FROM a WHERE id NOT IN (SELECT 1 UNION SELECT 2) ORDER BY id`,
);
q(
  'EXISTS with GROUP BY HAVING in the subquery',
  `SELECT id FROM a WHERE EXISTS (SELECT b.id FROM b WHERE b.id = a.id GROUP BY b.id HAVING count(*) > 1) ORDER BY id`,
);
q(
  'a subquery in the select list and in WHERE together',
  `SELECT id, (SELECT min(y) FROM b WHERE b.id = a.id) AS mn FROM a WHERE id IN (SELECT id FROM b) ORDER BY id`,
);
q(
  'a join against a VALUES list',
  `SELECT a.id, v.label FROM a JOIN (VALUES (1, 'one'), (3, 'three')) v(k, label) ON v.k = a.id ORDER BY a.id`,
);
q(
  'a LEFT JOIN against a subquery with aggregates',
  `SELECT a.id, s.c FROM a LEFT JOIN (SELECT id, count(*) AS c FROM b GROUP BY id) s ON s.id = a.id ORDER BY a.id`,
);
q(
  'a UNION ALL of aggregates',
  `SELECT 'a' AS src, count(*) AS c FROM a UNION ALL SELECT 'b', count(*) FROM b ORDER BY src`,
);
q(
  'a UNION of columns from both tables with NULL padding',
  `SELECT id, x, NULL::int AS y FROM a UNION ALL SELECT id, NULL, y FROM b ORDER BY id NULLS LAST, x NULLS LAST, y NULLS LAST`,
);
q(
  'a UNION deduplicating rows with NULLs',
  `SELECT id, x FROM a WHERE x IS NULL UNION SELECT 3, NULL::int ORDER BY id`,
);
q('EXCEPT of a table minus a filter', `SELECT id FROM a EXCEPT SELECT id FROM a WHERE x > 15 ORDER BY id`);
q(
  'INTERSECT of two filters',
  `SELECT id FROM a WHERE id > 1 INTERSECT SELECT id FROM a WHERE id < 4 ORDER BY id`,
);
q(
  'a UNION with LIMIT and OFFSET and ORDER BY DESC',
  `SELECT id FROM a UNION SELECT y FROM b ORDER BY id DESC NULLS LAST LIMIT 3 OFFSET 1`,
);
q(
  'a subquery with a UNION and an outer WHERE',
  `SELECT k FROM (SELECT id AS k FROM a UNION ALL SELECT y FROM b) s WHERE k > 2 ORDER BY k`,
);
q(
  'a subquery with a UNION and an outer aggregate',
  `SELECT count(*) AS c, sum(k) AS total FROM (SELECT id AS k FROM a UNION SELECT id FROM b) s`,
);
q(
  'a subquery with a UNION and an outer GROUP BY',
  `SELECT k % 2 AS parity, count(*) AS c FROM (SELECT id AS k FROM a UNION ALL SELECT y FROM b) s GROUP BY k % 2 ORDER BY parity`,
);
q(
  'a UNION of text columns ordered by code point',
  `SELECT g AS w FROM a UNION SELECT 'Q' UNION SELECT 'p' ORDER BY w`,
);
q(
  'VALUES with a boolean column',
  `SELECT * FROM (VALUES (true), (false), (NULL)) v(b) ORDER BY b NULLS FIRST`,
);
q(
  'VALUES with mixed int and bigint',
  `SELECT pg_typeof(column1)::text AS t FROM (VALUES (1), (9999999999)) v LIMIT 1`,
);
q('VALUES with mixed numeric scales', `SELECT column1 FROM (VALUES (1.5), (2.25), (3)) v ORDER BY 1`);
q('a scalar subquery of a VALUES list', `SELECT (SELECT max(k) FROM (VALUES (1), (5), (3)) v(k)) AS m`);
q('IN a VALUES subquery', `SELECT id FROM a WHERE id IN (VALUES (1), (4)) ORDER BY id`);

export default list.cases;
