// Round 16 probe, sixth pass: documented semantic traps inside the features pg-mem answers
// (grouping of empty input, HAVING without GROUP BY, NULLs in joins and predicates, the order in
// which constraints are checked, uniqueness checked row by row).
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases();

const T = `CREATE TABLE t1 (num int, name text);
INSERT INTO t1 VALUES (1, 'a'), (2, 'b'), (3, 'c'), (NULL, 'n');
CREATE TABLE t2 (num int, value text);
INSERT INTO t2 VALUES (1, 'xxx'), (3, 'yyy'), (5, 'zzz'), (NULL, 'nul');
CREATE TABLE e (num int, name text);
CREATE TABLE items (brand text, size text, sales int);
INSERT INTO items VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), ('Bar', NULL, 5), (NULL, 'S', 1);`;
const x = (name: string, sql: string) => list.add(`extra5: ${name}`, [sql], T);

// grouping and empty input
x(
  'rollup over empty input gives grand total',
  `SELECT brand, count(*) AS c, sum(sales) AS s FROM items WHERE false GROUP BY ROLLUP (brand)`,
);
x(
  'cube over empty input gives grand total',
  `SELECT brand, size, count(*) AS c FROM items WHERE false GROUP BY CUBE (brand, size)`,
);
x(
  'rollup with real null groups',
  `SELECT brand, sum(sales) AS s FROM items GROUP BY ROLLUP (brand) ORDER BY brand NULLS FIRST, s`,
);
x(
  'rollup three levels',
  `SELECT brand, size, count(*) AS c FROM items GROUP BY ROLLUP (brand, size) ORDER BY brand NULLS LAST, size NULLS LAST, c`,
);
x(
  'cube with null data',
  `SELECT brand, size, sum(sales) AS s FROM items GROUP BY CUBE (brand, size) ORDER BY brand NULLS LAST, size NULLS LAST, s`,
);
x(
  'rollup order by sum desc',
  `SELECT brand, sum(sales) AS s FROM items GROUP BY ROLLUP (brand) ORDER BY s DESC`,
);
x(
  'rollup count distinct',
  `SELECT brand, count(DISTINCT size) AS c FROM items GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST, c`,
);
x('having without group by no aggregates one row', `SELECT 1 AS one FROM t1 HAVING 1 = 1`);
x('having without group by false no rows', `SELECT 1 AS one FROM t1 HAVING 1 = 0`);
x('having count zero on empty table', `SELECT count(*) AS c FROM e HAVING count(*) = 0`);
x('having filters grand total', `SELECT count(*) AS c FROM t1 HAVING count(*) > 10`);
x('having referencing ungrouped without group by', `SELECT 1 AS one FROM t1 HAVING num > 1`);
x('group by on empty table no rows', `SELECT name, count(*) AS c FROM e GROUP BY name`);
x('aggregate and constant on empty', `SELECT 'k' AS k, max(num) AS m, count(*) AS c FROM e`);
x(
  'group by null key grouped together',
  `SELECT num IS NULL AS isnull, count(*) AS c FROM t1 GROUP BY num IS NULL ORDER BY 1`,
);
x(
  'group by two keys with nulls',
  `SELECT brand, size, count(*) AS c FROM items GROUP BY brand, size ORDER BY brand NULLS FIRST, size NULLS FIRST`,
);
x('group by ordinal pointing at aggregate error', `SELECT count(*) AS c FROM t1 GROUP BY 1`);
x(
  'order by aggregate not selected',
  `SELECT brand FROM items GROUP BY brand ORDER BY sum(sales) DESC NULLS LAST, brand`,
);
x(
  'having aggregate not selected',
  `SELECT brand FROM items GROUP BY brand HAVING min(sales) < 10 ORDER BY brand NULLS FIRST`,
);
x(
  'count variants',
  `SELECT count(*) AS a, count(1) AS b, count(num) AS c, count(NULL) AS d, count(DISTINCT num) AS e FROM t1`,
);
x('count distinct null only', `SELECT count(DISTINCT NULL::int) AS c FROM t1`);
x('sum null literal', `SELECT sum(NULL::int) AS s FROM t1`);
x('bool_or with nulls', `SELECT bool_or(num > 2) AS a, bool_and(num > 0) AS b FROM t1`);
x(
  'min max text C order',
  `SELECT min(v) AS lo, max(v) AS hi FROM (VALUES ('b'), ('B'), ('a'), ('_'), ('1')) x(v)`,
);
x('string_agg distinct with order', `SELECT string_agg(DISTINCT brand, ',' ORDER BY brand) AS s FROM items`);
x(
  'string_agg order by desc nulls last',
  `SELECT string_agg(size, '' ORDER BY size DESC NULLS LAST) AS s FROM items`,
);
x(
  'string_agg order by other expression',
  `SELECT string_agg(brand, '/' ORDER BY sales DESC) AS s FROM items WHERE brand IS NOT NULL`,
);
x('array_agg order by expression', `SELECT array_agg(value ORDER BY length(value) DESC, value) AS a FROM t2`);
x('array_agg with null values ordered', `SELECT array_agg(num ORDER BY num DESC) AS a FROM t1`);
x(
  'filter with null predicate excluded',
  `SELECT count(*) FILTER (WHERE num > 1) AS c, count(*) FILTER (WHERE NULL) AS n FROM t1`,
);
x(
  'sum over left join nulls',
  `SELECT t1.name, count(t2.num) AS matched, count(*) AS rows FROM t1 LEFT JOIN t2 ON t1.num = t2.num GROUP BY t1.name ORDER BY t1.name`,
);
x('avg integer exact', `SELECT avg(num)::text AS a FROM t1`);
x('sum numeric scales', `SELECT sum(v) AS s FROM (VALUES (1.5), (2.25), (3)) x(v)`);
x('max of expression with nulls', `SELECT max(num * 10) AS m FROM t1`);
x(
  'group by alias shadowed by column name',
  `SELECT num AS name, count(*) AS c FROM t1 GROUP BY name ORDER BY name`,
);

// joins and predicates with NULLs
x(
  'join null keys never match',
  `SELECT t1.name, t2.value FROM t1 JOIN t2 ON t1.num = t2.num ORDER BY t1.name`,
);
x(
  'join is not distinct from matches nulls',
  `SELECT t1.name, t2.value FROM t1 JOIN t2 ON t1.num IS NOT DISTINCT FROM t2.num ORDER BY t1.name`,
);
x(
  'left join on left-only condition',
  `SELECT t1.name, t2.value FROM t1 LEFT JOIN t2 ON t1.num = 1 ORDER BY t1.name, t2.value`,
);
x(
  'left join on right constant',
  `SELECT t1.name, t2.value FROM t1 LEFT JOIN t2 ON t2.value = 'yyy' AND t1.num = 3 ORDER BY t1.name`,
);
x(
  'right join with where on left',
  `SELECT t1.name, t2.value FROM t1 RIGHT JOIN t2 ON t1.num = t2.num WHERE t1.name IS NULL ORDER BY t2.value`,
);
x(
  'full join null keys unmatched',
  `SELECT t1.name, t2.value FROM t1 FULL JOIN t2 ON t1.num = t2.num ORDER BY t1.name NULLS LAST, t2.value`,
);
x('join using null keys', `SELECT num, name, value FROM t1 JOIN t2 USING (num) ORDER BY num`);
x('not in subquery with null', `SELECT name FROM t1 WHERE num NOT IN (SELECT num FROM t2) ORDER BY name`);
x(
  'not in subquery excluding null',
  `SELECT name FROM t1 WHERE num NOT IN (SELECT num FROM t2 WHERE num IS NOT NULL) ORDER BY name`,
);
x('in subquery null outer', `SELECT name, num IN (SELECT num FROM t2) AS r FROM t1 ORDER BY name`);
x(
  'not exists with nulls',
  `SELECT name FROM t1 WHERE NOT EXISTS (SELECT 1 FROM t2 WHERE t2.num = t1.num) ORDER BY name`,
);
x(
  'between with null bound',
  `SELECT 2 BETWEEN 1 AND NULL AS a, 0 BETWEEN 1 AND NULL AS b, NULL BETWEEN 1 AND 2 AS c`,
);
x('not between with null bound', `SELECT 5 NOT BETWEEN 1 AND NULL AS a, 2 NOT BETWEEN 1 AND NULL AS b`);
x(
  'row in list with null',
  `SELECT (1, NULL) IN ((1, 2)) AS a, (1, NULL) IN ((2, 2)) AS b, (1, 2) IN ((1, NULL), (1, 2)) AS c`,
);
x('any with null left', `SELECT NULL::int = ANY (ARRAY[1, 2]) AS a, 1 = ANY (ARRAY[NULL, 1]) AS b`);
x('not in list null left', `SELECT NOT (NULL::int IN (1, 2)) AS a`);
x('like with null', `SELECT NULL LIKE 'a%' AS a, 'a' LIKE NULL AS b`);
x(
  'like escape underscore',
  `SELECT 'a_b' LIKE 'a\\_b' AS a, 'axb' LIKE 'a\\_b' AS b, 'a%b' LIKE 'a#%b' ESCAPE '#' AS c`,
);
x(
  'distinct two columns with nulls',
  `SELECT DISTINCT brand IS NULL AS bn, size IS NULL AS sn FROM items ORDER BY 1, 2`,
);
x('coalesce in order by with nulls', `SELECT name FROM t1 ORDER BY coalesce(num, 0) DESC, name`);
x(
  'case with null when',
  `SELECT name, CASE num WHEN NULL THEN 'null' WHEN 1 THEN 'one' ELSE 'other' END AS c FROM t1 ORDER BY name`,
);
x('scalar subquery outer aggregate', `SELECT (SELECT max(t1.num) FROM t2 LIMIT 1) AS m FROM t1`);
x(
  'correlated subquery in having',
  `SELECT brand FROM items i GROUP BY brand HAVING sum(sales) > (SELECT avg(sales) FROM items WHERE brand = i.brand) - 100 ORDER BY brand NULLS LAST`,
);
x(
  'order by nulls mix desc asc',
  `SELECT brand, size FROM items ORDER BY brand DESC NULLS LAST, size ASC NULLS FIRST`,
);
x(
  'limit on union with nulls',
  `SELECT num FROM t1 UNION SELECT num FROM t2 ORDER BY num NULLS FIRST LIMIT 3`,
);
x('intersect with nulls', `SELECT num FROM t1 INTERSECT SELECT num FROM t2 ORDER BY num NULLS FIRST`);
x('except with nulls', `SELECT num FROM t1 EXCEPT SELECT num FROM t2 ORDER BY num`);
x('count star from cross join with empty', `SELECT count(*) AS c FROM t1, e`);
x('left join to empty', `SELECT t1.name, e.name AS en FROM t1 LEFT JOIN e ON true ORDER BY t1.name`);

// constraint checking order and timing
const C = `CREATE TABLE parent (id int PRIMARY KEY);
INSERT INTO parent VALUES (1);
CREATE TABLE c (id int PRIMARY KEY, pid int REFERENCES parent, qty int NOT NULL CHECK (qty > 0), code text UNIQUE);
INSERT INTO c VALUES (1, 1, 1, 'a');`;
const c = (name: string, steps: ProbeStep[]) => list.add(`extra5 order: ${name}`, steps, C);
c('not null before check', [`INSERT INTO c VALUES (2, 1, NULL, 'b')`]);
c('check before unique', [`INSERT INTO c VALUES (2, 1, -1, 'a')`]);
c('check before primary key', [`INSERT INTO c VALUES (1, 1, -1, 'z')`]);
c('unique before foreign key', [`INSERT INTO c VALUES (2, 99, 1, 'a')`]);
c('primary key before unique', [`INSERT INTO c VALUES (1, 1, 1, 'a')`]);
c('pk declared before unique index order', [`INSERT INTO c VALUES (1, 99, 1, 'a')`]);
c('foreign key checked after all rows', [`INSERT INTO c VALUES (2, 99, 1, 'b'), (3, 1, -5, 'c')`]);
c('later row check beats earlier row fk', [`INSERT INTO c VALUES (2, 99, 5, 'b'), (3, 1, 0, 'c')`]);
c('unique on second row reports second row', [`INSERT INTO c VALUES (2, 1, 1, 'x'), (3, 1, 1, 'x')`]);
c('fk insert parent in same statement via cte', [
  `WITH p AS (INSERT INTO parent VALUES (2) RETURNING id) INSERT INTO c SELECT 2, id, 1, 'b' FROM p`,
  `SELECT id, pid FROM c ORDER BY id`,
]);
c('update sets not null and check', [`UPDATE c SET qty = NULL, code = 'a'`]);
c('update pk collision', [`INSERT INTO c VALUES (2, 1, 1, 'b')`, `UPDATE c SET id = 2 WHERE id = 1`]);
c('multi column not null first declared', [
  `CREATE TABLE nn (a int NOT NULL, b int NOT NULL)`,
  `INSERT INTO nn VALUES (NULL, NULL)`,
]);
c('two check constraints name order', [
  `CREATE TABLE ck (v int, CONSTRAINT z_check CHECK (v > 0), CONSTRAINT a_check CHECK (v > 10))`,
  `INSERT INTO ck VALUES (-1)`,
]);
c('two unique constraints first index', [
  `CREATE TABLE uq (a int, b int, CONSTRAINT z_uniq UNIQUE (a), CONSTRAINT a_uniq UNIQUE (b))`,
  `INSERT INTO uq VALUES (1, 1)`,
  `INSERT INTO uq VALUES (1, 1)`,
]);
const U = `CREATE TABLE seq3 (id int PRIMARY KEY, v text);
INSERT INTO seq3 VALUES (3, 'c'), (2, 'b'), (1, 'a');
CREATE TABLE seq1 (id int PRIMARY KEY, v text);
INSERT INTO seq1 VALUES (1, 'a'), (2, 'b'), (3, 'c');`;
const u = (name: string, steps: ProbeStep[]) => list.add(`extra5 unique timing: ${name}`, steps, U);
u('shift up succeeds in descending physical order', [
  `UPDATE seq3 SET id = id + 1`,
  `SELECT id, v FROM seq3 ORDER BY id`,
]);
u('shift up fails in ascending physical order', [`UPDATE seq1 SET id = id + 1`]);
u('shift down succeeds in ascending physical order', [
  `UPDATE seq1 SET id = id - 1`,
  `SELECT id, v FROM seq1 ORDER BY id`,
]);
u('swap two keys fails', [`UPDATE seq1 SET id = 3 - id WHERE id IN (1, 2)`]);
u('delete and reinsert same key in one transaction', [
  `BEGIN`,
  `DELETE FROM seq1 WHERE id = 1`,
  `INSERT INTO seq1 VALUES (1, 'again')`,
  `COMMIT`,
  `SELECT v FROM seq1 WHERE id = 1`,
]);
u('upsert same key twice in separate statements', [
  `INSERT INTO seq1 VALUES (4, 'd') ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v`,
  `INSERT INTO seq1 VALUES (4, 'e') ON CONFLICT (id) DO UPDATE SET v = seq1.v || EXCLUDED.v RETURNING v`,
]);

export default list.cases;
