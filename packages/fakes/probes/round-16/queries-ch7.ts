// Round 16 probe: PostgreSQL 15 docs chapter 7 (queries). Every output column aliased or uniquely named.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases();

const T12 = `CREATE TABLE t1 (num int, name text);
INSERT INTO t1 VALUES (1, 'a'), (2, 'b'), (3, 'c');
CREATE TABLE t2 (num int, value text);
INSERT INTO t2 VALUES (1, 'xxx'), (3, 'yyy'), (5, 'zzz');`;
const j = (name: string, sql: string) => list.add(`ch7 join: ${name}`, [sql], T12);

// ---------------------------------------------------------------- 7.2.1 joins
j(
  'cross join',
  `SELECT t1.num AS n1, t1.name AS nm, t2.num AS n2, t2.value AS v FROM t1 CROSS JOIN t2 ORDER BY n1, n2`,
);
j('comma join equals cross join', `SELECT count(*) AS c FROM t1, t2`);
j(
  'inner join on',
  `SELECT t1.num AS n1, t1.name AS nm, t2.num AS n2, t2.value AS v FROM t1 INNER JOIN t2 ON t1.num = t2.num ORDER BY n1`,
);
j('inner join using star', `SELECT * FROM t1 INNER JOIN t2 USING (num) ORDER BY num`);
j('natural inner join star', `SELECT * FROM t1 NATURAL INNER JOIN t2 ORDER BY num`);
j(
  'left join',
  `SELECT t1.num AS n1, t1.name AS nm, t2.num AS n2, t2.value AS v FROM t1 LEFT JOIN t2 ON t1.num = t2.num ORDER BY n1`,
);
j('left join using star', `SELECT * FROM t1 LEFT JOIN t2 USING (num) ORDER BY num`);
j(
  'right join',
  `SELECT t1.num AS n1, t1.name AS nm, t2.num AS n2, t2.value AS v FROM t1 RIGHT JOIN t2 ON t1.num = t2.num ORDER BY n2`,
);
j(
  'full join',
  `SELECT t1.num AS n1, t1.name AS nm, t2.num AS n2, t2.value AS v FROM t1 FULL JOIN t2 ON t1.num = t2.num ORDER BY coalesce(t1.num, t2.num)`,
);
j('full join using merges key', `SELECT * FROM t1 FULL JOIN t2 USING (num) ORDER BY num`);
j(
  'left join extra condition in ON',
  `SELECT t1.num AS n1, t1.name AS nm, t2.num AS n2, t2.value AS v FROM t1 LEFT JOIN t2 ON t1.num = t2.num AND t2.value = 'xxx' ORDER BY n1`,
);
j(
  'left join condition in WHERE',
  `SELECT t1.num AS n1, t1.name AS nm, t2.num AS n2, t2.value AS v FROM t1 LEFT JOIN t2 ON t1.num = t2.num WHERE t2.value = 'xxx' ORDER BY n1`,
);
j(
  'left join anti join',
  `SELECT t1.num AS n FROM t1 LEFT JOIN t2 ON t1.num = t2.num WHERE t2.num IS NULL ORDER BY n`,
);
j('join using alias PG14', `SELECT x.num AS k, t1.name AS nm FROM t1 JOIN t2 USING (num) AS x ORDER BY k`);
j('join using alias hides qualified columns', `SELECT x.value AS v FROM t1 JOIN t2 USING (num) AS x`);
j('join using unqualified key', `SELECT num AS k FROM t1 JOIN t2 USING (num) ORDER BY k`);
j('ambiguous column without using', `SELECT num AS k FROM t1 JOIN t2 ON t1.num = t2.num`);
j('using unknown column', `SELECT 1 AS one FROM t1 JOIN t2 USING (name)`);
j('table alias hides real name', `SELECT * FROM t1 AS a WHERE t1.num = 1`);
j('table alias ok', `SELECT a.num AS n FROM t1 AS a WHERE a.num = 1`);
j('column aliases in FROM', `SELECT x, y FROM t1 AS a(x, y) ORDER BY x`);
j('partial column aliases', `SELECT * FROM t1 AS a(x) ORDER BY x`);
j('too many column aliases', `SELECT * FROM t1 AS a(x, y, z)`);
j('self join', `SELECT a.num AS a, b.num AS b FROM t1 a JOIN t1 b ON b.num = a.num + 1 ORDER BY a`);
j(
  'natural join with no common columns is cross',
  `SELECT count(*) AS c FROM t1 NATURAL JOIN (SELECT 1 AS other) s`,
);
j('subquery in FROM without alias PG15 error', `SELECT * FROM (SELECT 1 AS x)`);
j('values in FROM without alias PG15 error', `SELECT * FROM (VALUES (1), (2))`);
j('subquery in FROM with alias', `SELECT s.x AS x FROM (SELECT num * 10 AS x FROM t1) AS s ORDER BY x`);
j(
  'values in FROM with column aliases',
  `SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v(n, w) ORDER BY n`,
);
j(
  'values in FROM default column names',
  `SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v ORDER BY column1`,
);
j(
  'join parenthesised',
  `SELECT t1.num AS n1, t2.num AS n2, t3.num AS n3 FROM t1 JOIN (t2 JOIN t1 AS t3 ON t2.num = t3.num) ON t1.num = t2.num ORDER BY n1`,
);
j(
  'three way left joins',
  `SELECT a.num AS a, b.value AS b, c.name AS c FROM t1 a LEFT JOIN t2 b ON a.num = b.num LEFT JOIN t1 c ON c.num = b.num + 1 ORDER BY a`,
);
j('join on true', `SELECT count(*) AS c FROM t1 JOIN t2 ON true`);
j('left join on false', `SELECT t1.num AS n, t2.num AS m FROM t1 LEFT JOIN t2 ON false ORDER BY n`);
j(
  'join condition non equi',
  `SELECT t1.num AS n1, t2.num AS n2 FROM t1 JOIN t2 ON t1.num < t2.num ORDER BY n1, n2`,
);
j(
  'lateral subquery',
  `SELECT t1.num AS n, x.v AS v FROM t1, LATERAL (SELECT t2.value AS v FROM t2 WHERE t2.num >= t1.num ORDER BY t2.num LIMIT 1) x ORDER BY n`,
);
j(
  'left join lateral on true',
  `SELECT t1.num AS n, x.v AS v FROM t1 LEFT JOIN LATERAL (SELECT t2.value AS v FROM t2 WHERE t2.num = t1.num) x ON true ORDER BY n`,
);
j(
  'lateral function implicit',
  `SELECT t1.num AS n, g AS g FROM t1, generate_series(1, t1.num) AS g ORDER BY n, g`,
);
j(
  'lateral missing keyword error',
  `SELECT t1.num AS n, x.v AS v FROM t1, (SELECT t2.value AS v FROM t2 WHERE t2.num = t1.num) x`,
);
j(
  'lateral aggregate per row',
  `SELECT t1.num AS n, x.c AS c FROM t1 CROSS JOIN LATERAL (SELECT count(*) AS c FROM t2 WHERE t2.num <= t1.num) x ORDER BY n`,
);
j(
  'lateral top-1 per group',
  `SELECT t1.name AS nm, x.value AS v FROM t1 JOIN LATERAL (SELECT value FROM t2 WHERE t2.num > t1.num ORDER BY t2.num DESC LIMIT 1) x ON true ORDER BY nm`,
);
j('lateral in right join error', `SELECT 1 AS one FROM t1 RIGHT JOIN LATERAL (SELECT t1.num AS q) x ON true`);
j(
  'rows from multiple functions',
  `SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['a', 'b'])) AS r(n, s) ORDER BY n`,
);
j(
  'rows from with ordinality',
  `SELECT * FROM ROWS FROM (unnest(ARRAY[10, 20]), unnest(ARRAY['x', 'y', 'z'])) WITH ORDINALITY AS r(a, b, o) ORDER BY o`,
);
j('table function alias used as column', `SELECT g AS v FROM generate_series(1, 3) g ORDER BY v`);
j('table function alias is composite', `SELECT g.g AS v FROM generate_series(1, 2) g ORDER BY v`);
j('only keyword', `SELECT count(*) AS c FROM ONLY t1`);
j('table star', `SELECT t1.* FROM t1 JOIN t2 USING (num) ORDER BY t1.num`);
j('whole row reference', `SELECT t1 AS r FROM t1 ORDER BY num`);
j('whole row reference to text', `SELECT t1::text AS r FROM t1 WHERE num = 2`);
j('TABLE command', `TABLE t1 ORDER BY num DESC`);
j('join using columns order', `SELECT * FROM t2 JOIN t1 USING (num) ORDER BY num`);
j('natural left join', `SELECT * FROM t1 NATURAL LEFT JOIN t2 ORDER BY num`);
j('natural full join', `SELECT * FROM t1 NATURAL FULL JOIN t2 ORDER BY num`);
j(
  'cross join with where',
  `SELECT t1.num AS a, t2.num AS b FROM t1 CROSS JOIN t2 WHERE t1.num + t2.num = 6 ORDER BY a`,
);
j('join using type mismatch', `SELECT * FROM t1 JOIN (SELECT 'x'::text AS num) s USING (num)`);
j('join using int and bigint', `SELECT * FROM t1 JOIN (SELECT 2::bigint AS num) s USING (num)`);
j(
  'join using int and numeric type',
  `SELECT num, pg_typeof(num)::text AS t FROM t1 JOIN (SELECT 2.0 AS num) s USING (num)`,
);
j(
  'full join using coalesce type',
  `SELECT num, pg_typeof(num)::text AS t FROM (SELECT 1::smallint AS num) a FULL JOIN (SELECT 2::bigint AS num) b USING (num) ORDER BY num`,
);

// ---------------------------------------------------------------- 7.2.2 WHERE
j('where in list', `SELECT num AS n FROM t1 WHERE num IN (1, 3, 5) ORDER BY n`);
j('where not in list with null', `SELECT num AS n FROM t1 WHERE num NOT IN (1, NULL) ORDER BY n`);
j('where in subquery', `SELECT num AS n FROM t1 WHERE num IN (SELECT num FROM t2) ORDER BY n`);
j(
  'where exists correlated',
  `SELECT name AS nm FROM t1 WHERE EXISTS (SELECT 1 FROM t2 WHERE t2.num = t1.num) ORDER BY nm`,
);
j(
  'where not exists',
  `SELECT name AS nm FROM t1 WHERE NOT EXISTS (SELECT 1 FROM t2 WHERE t2.num = t1.num) ORDER BY nm`,
);
j(
  'where scalar subquery compare',
  `SELECT num AS n FROM t1 WHERE num > (SELECT min(num) FROM t2) ORDER BY n`,
);
j('where between', `SELECT num AS n FROM t1 WHERE num BETWEEN 2 AND 3 ORDER BY n`);
j('where between reversed empty', `SELECT num AS n FROM t1 WHERE num BETWEEN 3 AND 2 ORDER BY n`);
j('where between symmetric', `SELECT num AS n FROM t1 WHERE num BETWEEN SYMMETRIC 3 AND 2 ORDER BY n`);
j('where not between', `SELECT num AS n FROM t1 WHERE num NOT BETWEEN 2 AND 3 ORDER BY n`);
j('where null comparison filters', `SELECT count(*) AS c FROM t1 WHERE name = NULL`);
j('where is distinct from', `SELECT num AS n FROM t1 WHERE name IS DISTINCT FROM 'a' ORDER BY n`);
j('where aggregate error', `SELECT num AS n FROM t1 WHERE count(*) > 1`);
j('where output alias error', `SELECT num * 2 AS dbl FROM t1 WHERE dbl > 2`);
j('where non boolean error', `SELECT num AS n FROM t1 WHERE num`);
j('where text literal true', `SELECT count(*) AS c FROM t1 WHERE 'true'`);
j('where or and precedence', `SELECT num AS n FROM t1 WHERE num = 1 OR num = 2 AND name = 'x' ORDER BY n`);
j('where like', `SELECT value AS v FROM t2 WHERE value LIKE 'y%' ORDER BY v`);
list.add('ch7 where param', [{ sql: 'SELECT name AS nm FROM t1 WHERE num = $1', params: ['2'] }], T12);
list.add(
  'ch7 where param numeric text',
  [{ sql: 'SELECT name AS nm FROM t1 WHERE num = $1', params: [2] }],
  T12,
);
list.add(
  'ch7 where param null never equal',
  [{ sql: 'SELECT count(*) AS c FROM t1 WHERE name = $1', params: [null] }],
  T12,
);
list.add(
  'ch7 where param is null pattern',
  [
    { sql: 'SELECT count(*) AS c FROM t1 WHERE ($1::text IS NULL OR name = $1)', params: [null] },
    { sql: 'SELECT count(*) AS c FROM t1 WHERE ($1::text IS NULL OR name = $1)', params: ['b'] },
  ],
  T12,
);
list.add(
  'ch7 where any param array',
  [{ sql: 'SELECT name AS nm FROM t1 WHERE num = ANY($1) ORDER BY nm', params: [[1, 3]] }],
  T12,
);
list.add(
  'ch7 where any param array typed',
  [{ sql: 'SELECT name AS nm FROM t1 WHERE num = ANY($1::int[]) ORDER BY nm', params: [[2, 3]] }],
  T12,
);
list.add(
  'ch7 where any param empty array',
  [{ sql: 'SELECT count(*) AS c FROM t1 WHERE num = ANY($1::int[])', params: [[]] }],
  T12,
);
list.add(
  'ch7 where in param list',
  [{ sql: 'SELECT name AS nm FROM t1 WHERE num IN ($1, $2) ORDER BY nm', params: [1, '2'] }],
  T12,
);
list.add(
  'ch7 where like param',
  [{ sql: "SELECT value AS v FROM t2 WHERE value LIKE $1 || '%' ORDER BY v", params: ['z'] }],
  T12,
);
list.add(
  'ch7 where param bad integer',
  [{ sql: 'SELECT name AS nm FROM t1 WHERE num = $1', params: ['abc'] }],
  T12,
);
list.add(
  'ch7 where param decimal into int',
  [{ sql: 'SELECT name AS nm FROM t1 WHERE num = $1', params: ['2.5'] }],
  T12,
);

// ---------------------------------------------------------------- 7.2.3 GROUP BY / HAVING
const SALES = `CREATE TABLE test1 (x text, y int);
INSERT INTO test1 VALUES ('a', 3), ('c', 2), ('b', 5), ('a', 1);
CREATE TABLE items_sold (brand text, size text, sales int);
INSERT INTO items_sold VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), ('Bar', 'L', 5);
CREATE TABLE products (product_id int PRIMARY KEY, name text, price numeric);
INSERT INTO products VALUES (1, 'apple', 1.50), (2, 'pear', 2.00), (3, 'plum', 0.75);
CREATE TABLE sales (product_id int, units int, date date);
INSERT INTO sales VALUES (1, 5, '2024-01-10'), (1, 3, '2024-02-01'), (2, 1, '2024-01-15'), (3, 10, '2023-12-31'), (3, 2, '2024-03-01');`;
const g = (name: string, sql: string) => list.add(`ch7 group: ${name}`, [sql], SALES);
g('group by column', `SELECT x, sum(y) AS s FROM test1 GROUP BY x ORDER BY x`);
g('group by without aggregate like distinct', `SELECT x FROM test1 GROUP BY x ORDER BY x`);
g('ungrouped column error', `SELECT x, y FROM test1 GROUP BY x`);
g('group by ordinal', `SELECT x AS k, count(*) AS c FROM test1 GROUP BY 1 ORDER BY 1`);
g('group by ordinal out of range', `SELECT x AS k FROM test1 GROUP BY 3`);
g('group by output alias', `SELECT upper(x) AS k, count(*) AS c FROM test1 GROUP BY k ORDER BY k`);
g('group by expression', `SELECT y % 2 AS parity, count(*) AS c FROM test1 GROUP BY y % 2 ORDER BY parity`);
g(
  'group by input column name wins over alias',
  `SELECT y AS x, count(*) AS c FROM test1 GROUP BY x ORDER BY c, x`,
);
g(
  'group by primary key functional dependency',
  `SELECT p.product_id, p.name, sum(s.units) AS u FROM products p JOIN sales s USING (product_id) GROUP BY p.product_id ORDER BY p.product_id`,
);
g('group by non-key functional dependency error', `SELECT p.name, p.price FROM products p GROUP BY p.name`);
g(
  'doc revenue example',
  `SELECT product_id, p.name, (sum(s.units) * p.price) AS sales FROM products p LEFT JOIN sales s USING (product_id) GROUP BY product_id, p.name, p.price ORDER BY product_id`,
);
g('having', `SELECT x, sum(y) AS s FROM test1 GROUP BY x HAVING sum(y) > 3 ORDER BY x`);
g('having on group column', `SELECT x, sum(y) AS s FROM test1 GROUP BY x HAVING x < 'c' ORDER BY x`);
g('having alias error', `SELECT x, sum(y) AS s FROM test1 GROUP BY x HAVING s > 3`);
g('having without group by', `SELECT sum(y) AS s FROM test1 HAVING sum(y) > 5`);
g('having without group by false', `SELECT sum(y) AS s FROM test1 HAVING sum(y) > 500`);
g('having ungrouped column error', `SELECT x FROM test1 GROUP BY x HAVING y > 1`);
g(
  'doc having with where',
  `SELECT product_id, p.name, (sum(s.units) * (p.price - 0.5)) AS profit FROM products p LEFT JOIN sales s USING (product_id) WHERE s.date > CURRENT_DATE - INTERVAL '100 years' GROUP BY product_id, p.name, p.price HAVING sum(p.price * s.units) > 5 ORDER BY product_id`,
);
g(
  'aggregate over empty group by returns no rows',
  `SELECT x, count(*) AS c FROM test1 WHERE false GROUP BY x`,
);
g(
  'aggregate without group by over empty returns one row',
  `SELECT count(*) AS c, sum(y) AS s FROM test1 WHERE false`,
);
g(
  'group by null group',
  `SELECT g, count(*) AS c FROM (VALUES (1), (NULL), (NULL), (1)) v(g) GROUP BY g ORDER BY g NULLS FIRST`,
);
g('nested aggregate error', `SELECT sum(count(*)) AS s FROM test1`);
g(
  'group by two columns',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY brand, size ORDER BY brand, size`,
);
g(
  'grouping sets doc',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY GROUPING SETS ((brand), (size), ()) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'rollup',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand, size) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'cube',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY CUBE (brand, size) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'grouping function',
  `SELECT brand, size, GROUPING(brand, size) AS gr, sum(sales) AS s FROM items_sold GROUP BY CUBE (brand, size) ORDER BY gr, brand, size`,
);
g(
  'grouping single',
  `SELECT brand, GROUPING(brand) AS gb, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY gb, brand`,
);
g('grouping of non-grouped error', `SELECT GROUPING(sales) AS gs FROM items_sold GROUP BY brand`);
g(
  'grouping label total',
  `SELECT CASE WHEN GROUPING(brand) = 1 THEN 'Total' ELSE brand END AS b, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY GROUPING(brand), brand`,
);
g('empty grouping set only', `SELECT sum(sales) AS s FROM items_sold GROUP BY ()`);
g('empty grouping set over empty input', `SELECT count(*) AS c FROM items_sold WHERE false GROUP BY ()`);
g(
  'grouping sets with empty over empty input',
  `SELECT brand, count(*) AS c FROM items_sold WHERE false GROUP BY GROUPING SETS ((brand), ()) ORDER BY brand`,
);
g(
  'rollup composite element',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY ROLLUP ((brand, size)) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'group by plain plus cube',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY brand, CUBE (size) ORDER BY brand, size NULLS LAST`,
);
g(
  'group by rollup times grouping sets',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY ROLLUP (brand), GROUPING SETS ((size)) ORDER BY brand NULLS LAST, size`,
);
g(
  'group by distinct PG14',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY DISTINCT ROLLUP (brand, size), ROLLUP (brand) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'group by all duplicates grouping sets',
  `SELECT brand, count(*) AS c FROM items_sold GROUP BY ALL ROLLUP (brand), ROLLUP (brand) ORDER BY brand NULLS LAST, c`,
);
g(
  'grouping sets nested in grouping sets',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY GROUPING SETS (brand, GROUPING SETS (size, ())) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'rollup with having',
  `SELECT brand, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) HAVING sum(sales) > 25 ORDER BY brand NULLS LAST`,
);
g(
  'grouping sets real null vs rollup null',
  `SELECT k, GROUPING(k) AS gk, count(*) AS c FROM (VALUES (NULL::text), ('a')) v(k) GROUP BY ROLLUP (k) ORDER BY gk, k NULLS FIRST`,
);
g(
  'grouping sets with expression',
  `SELECT upper(brand) AS b, sum(sales) AS s FROM items_sold GROUP BY GROUPING SETS ((upper(brand)), ()) ORDER BY b NULLS LAST`,
);
g(
  'count distinct in group',
  `SELECT brand, count(DISTINCT size) AS c FROM items_sold GROUP BY brand ORDER BY brand`,
);
g(
  'group by boolean expression',
  `SELECT sales > 10 AS big, count(*) AS c FROM items_sold GROUP BY 1 ORDER BY 1`,
);
g(
  'group by date_trunc month',
  `SELECT date_trunc('month', date)::date AS m, sum(units) AS u FROM sales GROUP BY 1 ORDER BY 1`,
);
g(
  'group by window over aggregate',
  `SELECT brand, sum(sales) AS s, sum(sum(sales)) OVER () AS total FROM items_sold GROUP BY brand ORDER BY brand`,
);
g(
  'rank over aggregate',
  `SELECT brand, sum(sales) AS s, rank() OVER (ORDER BY sum(sales) DESC) AS r FROM items_sold GROUP BY brand ORDER BY r`,
);
g(
  'percent of total',
  `SELECT brand, round(100.0 * sum(sales) / sum(sum(sales)) OVER (), 2) AS pct FROM items_sold GROUP BY brand ORDER BY brand`,
);

// ---------------------------------------------------------------- 7.2.5 / 3.5 window functions
const EMP = `CREATE TABLE empsalary (depname text, empno int PRIMARY KEY, salary int, enroll_date date);
INSERT INTO empsalary VALUES
 ('develop', 11, 5200, '2007-08-15'), ('develop', 7, 4200, '2008-01-01'), ('develop', 9, 4500, '2008-01-01'),
 ('develop', 8, 6000, '2006-10-01'), ('develop', 10, 5200, '2007-08-01'), ('personnel', 5, 3500, '2007-12-10'),
 ('personnel', 2, 3900, '2006-12-23'), ('sales', 3, 4800, '2007-08-01'), ('sales', 1, 5000, '2006-10-01'),
 ('sales', 4, 4800, '2007-08-08');`;
const w = (name: string, sql: string) => list.add(`ch7 window: ${name}`, [sql], EMP);
w(
  'avg per department',
  `SELECT depname, empno, salary, avg(salary) OVER (PARTITION BY depname) AS a FROM empsalary ORDER BY empno`,
);
w(
  'rank within department',
  `SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary DESC) AS r FROM empsalary ORDER BY depname, r, empno`,
);
w('sum over empty window', `SELECT empno, sum(salary) OVER () AS s FROM empsalary ORDER BY empno`);
w(
  'running sum with peers',
  `SELECT empno, salary, sum(salary) OVER (ORDER BY salary) AS s FROM empsalary ORDER BY salary, empno`,
);
w(
  'running sum rows mode',
  `SELECT empno, salary, sum(salary) OVER (ORDER BY salary, empno ROWS UNBOUNDED PRECEDING) AS s FROM empsalary ORDER BY salary, empno`,
);
w(
  'top 2 per department via subquery',
  `SELECT depname, empno, salary FROM (SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary DESC, empno) AS pos FROM empsalary) AS ss WHERE pos < 3 ORDER BY depname, pos`,
);
w(
  'named window',
  `SELECT empno, sum(salary) OVER w AS s, avg(salary) OVER w AS a FROM empsalary WINDOW w AS (PARTITION BY depname ORDER BY salary DESC) ORDER BY empno`,
);
w(
  'named window extended with order',
  `SELECT empno, rank() OVER (w ORDER BY salary) AS r FROM empsalary WINDOW w AS (PARTITION BY depname) ORDER BY empno`,
);
w(
  'named window with frame cannot be copied',
  `SELECT empno, sum(salary) OVER (w ORDER BY salary) AS s FROM empsalary WINDOW w AS (ORDER BY empno ROWS 1 PRECEDING)`,
);
w(
  'named window partition override error',
  `SELECT empno, rank() OVER (w PARTITION BY salary) AS r FROM empsalary WINDOW w AS (PARTITION BY depname)`,
);
w(
  'named window referencing another',
  `SELECT empno, sum(salary) OVER w2 AS s FROM empsalary WINDOW w1 AS (PARTITION BY depname), w2 AS (w1 ORDER BY empno) ORDER BY empno`,
);
w('undefined window error', `SELECT empno, sum(salary) OVER nope AS s FROM empsalary`);
w('window function in where error', `SELECT empno FROM empsalary WHERE rank() OVER (ORDER BY salary) = 1`);
w(
  'window function in group by error',
  `SELECT count(*) AS c FROM empsalary GROUP BY rank() OVER (ORDER BY salary)`,
);
w('nested window function error', `SELECT sum(rank() OVER (ORDER BY salary)) OVER () AS s FROM empsalary`);
w(
  'rows 1 preceding 1 following',
  `SELECT empno, salary, sum(salary) OVER (ORDER BY empno ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s FROM empsalary ORDER BY empno`,
);
w(
  'rows current row to unbounded following',
  `SELECT empno, sum(salary) OVER (ORDER BY empno ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS s FROM empsalary ORDER BY empno`,
);
w(
  'rows 2 following to 3 following',
  `SELECT empno, sum(salary) OVER (ORDER BY empno ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING) AS s FROM empsalary ORDER BY empno`,
);
w(
  'rows frame start after end gives empty',
  `SELECT empno, count(*) OVER (ORDER BY empno ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING) AS c FROM empsalary ORDER BY empno`,
);
w(
  'range numeric offset',
  `SELECT empno, salary, count(*) OVER (ORDER BY salary RANGE BETWEEN 300 PRECEDING AND 300 FOLLOWING) AS c FROM empsalary ORDER BY salary, empno`,
);
w(
  'range numeric offset desc',
  `SELECT empno, salary, count(*) OVER (ORDER BY salary DESC RANGE BETWEEN 300 PRECEDING AND CURRENT ROW) AS c FROM empsalary ORDER BY salary DESC, empno`,
);
w(
  'range interval offset on dates',
  `SELECT empno, enroll_date, count(*) OVER (ORDER BY enroll_date RANGE BETWEEN INTERVAL '6 months' PRECEDING AND CURRENT ROW) AS c FROM empsalary ORDER BY enroll_date, empno`,
);
w('range offset without order by error', `SELECT sum(salary) OVER (RANGE 1 PRECEDING) AS s FROM empsalary`);
w(
  'range offset two order columns error',
  `SELECT sum(salary) OVER (ORDER BY salary, empno RANGE 1 PRECEDING) AS s FROM empsalary`,
);
w(
  'range offset on text error',
  `SELECT count(*) OVER (ORDER BY depname RANGE 1 PRECEDING) AS c FROM empsalary`,
);
w(
  'negative rows offset error',
  `SELECT sum(salary) OVER (ORDER BY empno ROWS -1 PRECEDING) AS s FROM empsalary`,
);
w(
  'negative range offset error',
  `SELECT sum(salary) OVER (ORDER BY salary RANGE BETWEEN -1 PRECEDING AND CURRENT ROW) AS s FROM empsalary`,
);
w(
  'null rows offset error',
  `SELECT sum(salary) OVER (ORDER BY empno ROWS NULL PRECEDING) AS s FROM empsalary`,
);
w(
  'groups frame',
  `SELECT empno, salary, sum(salary) OVER (ORDER BY salary GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM empsalary ORDER BY salary, empno`,
);
w(
  'groups frame following',
  `SELECT empno, salary, count(*) OVER (ORDER BY salary GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS c FROM empsalary ORDER BY salary, empno`,
);
w('groups without order by error', `SELECT count(*) OVER (GROUPS 1 PRECEDING) AS c FROM empsalary`);
w(
  'exclude current row',
  `SELECT empno, salary, sum(salary) OVER (ORDER BY salary ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) AS s FROM empsalary ORDER BY salary, empno`,
);
w(
  'exclude group',
  `SELECT empno, salary, sum(salary) OVER (ORDER BY salary RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) AS s FROM empsalary ORDER BY salary, empno`,
);
w(
  'exclude ties',
  `SELECT empno, salary, sum(salary) OVER (ORDER BY salary RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) AS s FROM empsalary ORDER BY salary, empno`,
);
w(
  'exclude no others',
  `SELECT empno, sum(salary) OVER (ORDER BY salary ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE NO OTHERS) AS s FROM empsalary ORDER BY salary, empno`,
);
w(
  'exclude ties groups',
  `SELECT empno, salary, count(*) OVER (ORDER BY salary GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) AS c FROM empsalary ORDER BY salary, empno`,
);
w(
  'frame start unbounded following error',
  `SELECT sum(salary) OVER (ORDER BY empno ROWS UNBOUNDED FOLLOWING) AS s FROM empsalary`,
);
w(
  'frame end unbounded preceding error',
  `SELECT sum(salary) OVER (ORDER BY empno ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING) AS s FROM empsalary`,
);
w(
  'frame current row to preceding error',
  `SELECT sum(salary) OVER (ORDER BY empno ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) AS s FROM empsalary`,
);
w(
  'last_value default frame pitfall',
  `SELECT empno, salary, last_value(salary) OVER (ORDER BY salary) AS lv FROM empsalary ORDER BY salary, empno`,
);
w(
  'last_value full frame',
  `SELECT empno, last_value(empno) OVER (PARTITION BY depname ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lv FROM empsalary ORDER BY empno`,
);
w(
  'first_value per department',
  `SELECT empno, first_value(empno) OVER (PARTITION BY depname ORDER BY salary DESC, empno) AS top FROM empsalary ORDER BY empno`,
);
w(
  'nth_value default frame',
  `SELECT empno, nth_value(empno, 2) OVER (ORDER BY empno) AS second FROM empsalary ORDER BY empno`,
);
w(
  'nth_value full frame',
  `SELECT empno, nth_value(empno, 3) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS third FROM empsalary ORDER BY empno`,
);
w('nth_value zero error', `SELECT nth_value(empno, 0) OVER (ORDER BY empno) AS v FROM empsalary`);
w(
  'nth_value from last unsupported',
  `SELECT nth_value(empno, 1) FROM LAST OVER (ORDER BY empno) AS v FROM empsalary`,
);
w('ignore nulls not in PG15', `SELECT lag(empno) IGNORE NULLS OVER (ORDER BY empno) AS v FROM empsalary`);
w('row_number', `SELECT empno, row_number() OVER (ORDER BY empno DESC) AS rn FROM empsalary ORDER BY empno`);
w(
  'row_number partitioned',
  `SELECT empno, row_number() OVER (PARTITION BY depname ORDER BY empno) AS rn FROM empsalary ORDER BY empno`,
);
w(
  'rank dense_rank ties',
  `SELECT empno, salary, rank() OVER (ORDER BY salary DESC) AS r, dense_rank() OVER (ORDER BY salary DESC) AS dr FROM empsalary ORDER BY salary DESC, empno`,
);
w(
  'percent_rank cume_dist',
  `SELECT empno, salary, percent_rank() OVER (ORDER BY salary) AS pr, cume_dist() OVER (ORDER BY salary) AS cd FROM empsalary ORDER BY salary, empno`,
);
w(
  'rank without order by is all 1',
  `SELECT empno, rank() OVER () AS r, percent_rank() OVER () AS pr FROM empsalary ORDER BY empno`,
);
w('ntile 3', `SELECT empno, ntile(3) OVER (ORDER BY empno) AS t FROM empsalary ORDER BY empno`);
w(
  'ntile more buckets than rows',
  `SELECT empno, ntile(20) OVER (ORDER BY empno) AS t FROM empsalary ORDER BY empno`,
);
w('ntile zero error', `SELECT ntile(0) OVER (ORDER BY empno) AS t FROM empsalary`);
w('ntile null', `SELECT empno, ntile(NULL) OVER (ORDER BY empno) AS t FROM empsalary ORDER BY empno LIMIT 2`);
w(
  'lag lead',
  `SELECT empno, lag(empno) OVER (ORDER BY empno) AS prev, lead(empno) OVER (ORDER BY empno) AS nxt FROM empsalary ORDER BY empno`,
);
w(
  'lag offset and default',
  `SELECT empno, lag(salary, 2, 0) OVER (ORDER BY empno) AS v FROM empsalary ORDER BY empno`,
);
w(
  'lead default type mismatch numeric',
  `SELECT empno, lead(salary, 1, 0.5) OVER (ORDER BY empno) AS v FROM empsalary ORDER BY empno`,
);
w(
  'lag negative offset acts as lead',
  `SELECT empno, lag(empno, -1) OVER (ORDER BY empno) AS v FROM empsalary ORDER BY empno`,
);
w(
  'lag null offset',
  `SELECT empno, lag(empno, NULL) OVER (ORDER BY empno) AS v FROM empsalary ORDER BY empno LIMIT 2`,
);
w(
  'lag difference from previous',
  `SELECT empno, salary - lag(salary) OVER (PARTITION BY depname ORDER BY empno) AS d FROM empsalary ORDER BY empno`,
);
w('window count distinct error', `SELECT count(DISTINCT depname) OVER () AS c FROM empsalary`);
w(
  'window aggregate order by inside error',
  `SELECT array_agg(empno ORDER BY empno) OVER () AS a FROM empsalary`,
);
w(
  'window aggregate filter',
  `SELECT empno, count(*) FILTER (WHERE salary > 4500) OVER (PARTITION BY depname) AS c FROM empsalary ORDER BY empno`,
);
w(
  'array_agg window running',
  `SELECT empno, array_agg(empno) OVER (ORDER BY empno ROWS 2 PRECEDING) AS a FROM empsalary ORDER BY empno`,
);
w(
  'string_agg window partition',
  `SELECT empno, string_agg(empno::text, ',') OVER (PARTITION BY depname ORDER BY empno) AS a FROM empsalary ORDER BY empno`,
);
w(
  'window result type of count',
  `SELECT count(*) OVER () AS c, row_number() OVER () AS rn, rank() OVER () AS r, ntile(2) OVER () AS t FROM empsalary LIMIT 1`,
);
w(
  'window over distinct',
  `SELECT DISTINCT depname, count(*) OVER (PARTITION BY depname) AS c FROM empsalary ORDER BY depname`,
);
w('window order by output alias error', `SELECT salary AS s, rank() OVER (ORDER BY s) AS r FROM empsalary`);
w(
  'window order by ordinal is constant',
  `SELECT empno, rank() OVER (ORDER BY 1) AS r FROM empsalary ORDER BY empno LIMIT 3`,
);
w(
  'window in order by',
  `SELECT empno FROM empsalary ORDER BY rank() OVER (ORDER BY salary DESC), empno LIMIT 4`,
);
w(
  'moving average',
  `SELECT empno, round(avg(salary) OVER (ORDER BY empno ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS ma FROM empsalary ORDER BY empno`,
);
w(
  'running total by date range',
  `SELECT enroll_date, sum(salary) OVER (ORDER BY enroll_date) AS s FROM empsalary ORDER BY enroll_date, empno`,
);
w(
  'window min max partition',
  `SELECT empno, min(salary) OVER p AS lo, max(salary) OVER p AS hi FROM empsalary WINDOW p AS (PARTITION BY depname) ORDER BY empno`,
);
w(
  'range current row only peers',
  `SELECT empno, salary, count(*) OVER (ORDER BY salary RANGE CURRENT ROW) AS c FROM empsalary ORDER BY salary, empno`,
);
w(
  'window partition by expression',
  `SELECT empno, count(*) OVER (PARTITION BY salary > 4600) AS c FROM empsalary ORDER BY empno`,
);
w(
  'window over grouped with having',
  `SELECT depname, count(*) AS c, rank() OVER (ORDER BY count(*) DESC) AS r FROM empsalary GROUP BY depname HAVING count(*) > 1 ORDER BY depname`,
);

// ---------------------------------------------------------------- 7.3 select lists, DISTINCT
const D = `CREATE TABLE wx (location text, time timestamp, report text);
INSERT INTO wx VALUES ('A', '2024-01-01 10:00', 'sun'), ('A', '2024-01-02 10:00', 'rain'), ('B', '2024-01-01 09:00', 'snow'), ('B', '2023-12-31 09:00', 'fog'), ('C', '2024-01-05 00:00', NULL);`;
const d = (name: string, sql: string) => list.add(`ch7 select: ${name}`, [sql], D);
d(
  'distinct on latest report',
  `SELECT DISTINCT ON (location) location, time, report FROM wx ORDER BY location, time DESC`,
);
d(
  'distinct on mismatch order by error',
  `SELECT DISTINCT ON (location) location, report FROM wx ORDER BY report`,
);
d(
  'distinct on two expressions',
  `SELECT DISTINCT ON (location, report IS NULL) location, report IS NULL AS nul FROM wx ORDER BY location, report IS NULL`,
);
d('distinct', `SELECT DISTINCT location FROM wx ORDER BY location`);
d('distinct nulls are one', `SELECT DISTINCT r FROM (VALUES (NULL::int), (NULL), (1)) v(r) ORDER BY r`);
d('distinct with order by not in list error', `SELECT DISTINCT location FROM wx ORDER BY time`);
d('distinct all keyword', `SELECT ALL location FROM wx ORDER BY location, time`);
d('distinct row values', `SELECT DISTINCT location, report IS NULL AS nul FROM wx ORDER BY location`);
d('column label keyword with AS', `SELECT 1 AS from, 2 AS select`);
d('column label keyword without AS', `SELECT 1 from`);
d('column label non-reserved without AS', `SELECT 1 value`);
d('duplicate output names', `SELECT location AS a, report AS b FROM wx WHERE location = 'C'`);
d('select star plus expression', `SELECT *, upper(location) AS u FROM wx WHERE location = 'B' ORDER BY time`);
d('select table star from alias', `SELECT w.* FROM wx w WHERE report = 'fog'`);
d('select without from', `SELECT 1 + 1 AS two, 'x' AS x`);
d('select with no columns', `SELECT FROM wx`);
d(
  'select distinct on param',
  `SELECT DISTINCT ON (location) location, report FROM wx WHERE time >= $1 ORDER BY location, time`,
);
list.add(
  'ch7 select: distinct on with params',
  [
    {
      sql: 'SELECT DISTINCT ON (location) location, report FROM wx WHERE time >= $1 ORDER BY location, time',
      params: ['2024-01-01'],
    },
  ],
  D,
);
d('select count star of distinct subquery', `SELECT count(*) AS c FROM (SELECT DISTINCT location FROM wx) s`);
d('unknown literal type output', `SELECT 'hello' AS v, pg_typeof('hello')::text AS t`);
d(
  'case expression with ELSE type',
  `SELECT CASE WHEN report IS NULL THEN 0 ELSE 1.5 END AS v FROM wx ORDER BY location, time`,
);

// ---------------------------------------------------------------- 7.4 set operations
const u = (name: string, sql: string) => list.add(`ch7 setop: ${name}`, [sql], T12);
u('union dedups', `SELECT num AS n FROM t1 UNION SELECT num FROM t2 ORDER BY n`);
u('union all keeps', `SELECT num AS n FROM t1 UNION ALL SELECT num FROM t2 ORDER BY n`);
u('intersect', `SELECT num AS n FROM t1 INTERSECT SELECT num FROM t2 ORDER BY n`);
u('except', `SELECT num AS n FROM t1 EXCEPT SELECT num FROM t2 ORDER BY n`);
u(
  'intersect all counts',
  `SELECT x AS n FROM (VALUES (1), (1), (1), (2)) a(x) INTERSECT ALL SELECT y FROM (VALUES (1), (1), (2), (2)) b(y) ORDER BY n`,
);
u(
  'except all counts',
  `SELECT x AS n FROM (VALUES (1), (1), (1), (2)) a(x) EXCEPT ALL SELECT y FROM (VALUES (1), (2), (2)) b(y) ORDER BY n`,
);
u('except dedups left', `SELECT x AS n FROM (VALUES (1), (1), (3)) a(x) EXCEPT SELECT 2 ORDER BY n`);
u('union nulls equal', `SELECT NULL::int AS n UNION SELECT NULL::int`);
u('intersect nulls equal', `SELECT NULL::int AS n INTERSECT SELECT NULL::int`);
u('intersect binds tighter', `SELECT 1 AS n UNION SELECT 2 INTERSECT SELECT 3 ORDER BY n`);
u('parentheses change precedence', `(SELECT 1 AS n UNION SELECT 2) INTERSECT SELECT 2 ORDER BY n`);
u('union then except left to right', `SELECT 1 AS n UNION SELECT 2 EXCEPT SELECT 1 ORDER BY n`);
u('union all then union dedups all', `SELECT 1 AS n UNION ALL SELECT 1 UNION SELECT 2 ORDER BY n`);
u('union then union all keeps later dup', `SELECT 1 AS n UNION SELECT 1 UNION ALL SELECT 1 ORDER BY n`);
u(
  'union order by applies to result',
  `SELECT num AS n, name AS v FROM t1 UNION ALL SELECT num, value FROM t2 ORDER BY v DESC`,
);
u('union order by ordinal', `SELECT num AS n FROM t1 UNION SELECT num FROM t2 ORDER BY 1 DESC`);
u('union order by expression error', `SELECT num AS n FROM t1 UNION SELECT num FROM t2 ORDER BY n + 1`);
u(
  'union order by second branch name error',
  `SELECT num AS n FROM t1 UNION SELECT num AS m FROM t2 ORDER BY m`,
);
u(
  'union names from first branch',
  `SELECT 1 AS first_name UNION ALL SELECT 2 AS second_name ORDER BY first_name`,
);
u('union limit applies to result', `SELECT num AS n FROM t1 UNION ALL SELECT num FROM t2 ORDER BY n LIMIT 2`);
u('union branch limit needs parens', `SELECT num AS n FROM t1 LIMIT 1 UNION SELECT num FROM t2`);
u(
  'union parenthesised branch limit',
  `(SELECT num AS n FROM t1 ORDER BY num DESC LIMIT 1) UNION ALL (SELECT num FROM t2 ORDER BY num LIMIT 1) ORDER BY n`,
);
u('union column count mismatch', `SELECT 1 AS a, 2 AS b UNION SELECT 1`);
u('union int and numeric types', `SELECT 1 AS v UNION ALL SELECT 2.5 ORDER BY v`);
u('union int and bigint type', `SELECT 1 AS v UNION ALL SELECT 2::bigint ORDER BY v`);
u('union int and text error', `SELECT 1 AS v UNION SELECT 'a'::text`);
u('union int and unknown literal', `SELECT 1 AS v UNION SELECT '2' ORDER BY v`);
u('union unknown literal then int bad input', `SELECT 'a' AS v UNION SELECT 1`);
u('union of unknown literals is text', `SELECT 'a' AS v UNION SELECT 'b' ORDER BY v`);
u('union null then int', `SELECT NULL AS v UNION ALL SELECT 1 ORDER BY v`);
u('union nulls only type text', `SELECT NULL AS v UNION SELECT NULL`);
u('union three branches resolve pairwise', `SELECT 1.5 AS v UNION SELECT NULL UNION SELECT 3 ORDER BY v`);
u('union null int then text fails', `SELECT NULL AS v UNION SELECT 1 UNION SELECT 'a'::text`);
u('union varchar and text type', `SELECT 'a'::varchar(3) AS v UNION ALL SELECT 'bb'::text ORDER BY v`);
u('union char padding', `SELECT 'a'::char(3) AS v UNION SELECT 'a'::char(5)`);
u('union boolean and int error', `SELECT true AS v UNION SELECT 1`);
u(
  'union date and timestamp',
  `SELECT '2024-01-01'::date AS v UNION ALL SELECT '2024-01-02 10:00'::timestamp ORDER BY v`,
);
u('union json dedup error', `SELECT '{}'::json AS v UNION SELECT '{}'::json`);
u('union all json ok', `SELECT '{"a":1}'::json AS v UNION ALL SELECT '[]'::json`);
u('union jsonb dedup', `SELECT '{"a":1, "b":2}'::jsonb AS v UNION SELECT '{"b":2, "a":1}'::jsonb`);
u('union numeric scale dedup', `SELECT 1.0 AS v UNION SELECT 1.00`);
u('union float negative zero', `SELECT 0.0::float8 AS v UNION SELECT -0.0::float8`);
u('union with values', `VALUES (1), (2) UNION ALL SELECT 3 ORDER BY 1`);
u('except with nulls', `SELECT x AS n FROM (VALUES (1), (NULL)) a(x) EXCEPT SELECT NULL::int ORDER BY n`);
u('union in subquery', `SELECT count(*) AS c FROM (SELECT num FROM t1 UNION SELECT num FROM t2) s`);
u('union in in-subquery', `SELECT num AS n FROM t1 WHERE num IN (SELECT 1 UNION SELECT 3) ORDER BY n`);
u('union all with order by in both needs parens', `SELECT 1 AS n ORDER BY 1 UNION SELECT 2`);
u('union with for update error', `SELECT num AS n FROM t1 UNION SELECT num FROM t2 FOR UPDATE`);
u('union distinct keyword', `SELECT num AS n FROM t1 UNION DISTINCT SELECT num FROM t2 ORDER BY n`);

// ---------------------------------------------------------------- 7.5 ORDER BY
const O = `CREATE TABLE o (id int, a int, b text);
INSERT INTO o VALUES (1, 3, 'x'), (2, NULL, 'y'), (3, 1, NULL), (4, 2, 'x'), (5, NULL, 'z'), (6, 1, 'Y');`;
const o = (name: string, sql: string) => list.add(`ch7 order: ${name}`, [sql], O);
o('asc nulls last default', `SELECT id, a FROM o ORDER BY a, id`);
o('desc nulls first default', `SELECT id, a FROM o ORDER BY a DESC, id`);
o('asc nulls first', `SELECT id, a FROM o ORDER BY a NULLS FIRST, id`);
o('desc nulls last', `SELECT id, a FROM o ORDER BY a DESC NULLS LAST, id`);
o('order by ordinal', `SELECT id, a FROM o ORDER BY 2, 1 DESC`);
o('order by ordinal out of range', `SELECT id FROM o ORDER BY 2`);
o('order by output alias', `SELECT id, a * 10 AS big FROM o ORDER BY big NULLS FIRST, id`);
o('order by alias in expression error', `SELECT id, a AS sortcol FROM o ORDER BY sortcol + 1`);
o('order by input column not selected', `SELECT id FROM o ORDER BY b, id`);
o('order by expression', `SELECT id FROM o ORDER BY coalesce(a, 0) DESC, id`);
o('order by using greater', `SELECT id FROM o ORDER BY a USING >, id`);
o('order by using less nulls first', `SELECT id FROM o ORDER BY a USING < NULLS FIRST, id`);
o('order by using bad operator', `SELECT id FROM o ORDER BY a USING =`);
o('order by text C collation case', `SELECT id, b FROM o ORDER BY b, id`);
o('order by text collate C explicit', `SELECT id, b FROM o ORDER BY b COLLATE "C" DESC, id`);
o('order by lower for case insensitive', `SELECT id, b FROM o ORDER BY lower(b), id`);
o('order by output alias same as input name', `SELECT id, -a AS a FROM o ORDER BY a, id`);
o('order by boolean', `SELECT id FROM o ORDER BY a IS NULL, id DESC`);
o(
  'order by case expression',
  `SELECT id FROM o ORDER BY CASE b WHEN 'z' THEN 0 WHEN 'y' THEN 1 ELSE 2 END, id`,
);
o('order by constant string error', `SELECT id FROM o ORDER BY 'x'`);
o('order by param is constant', `SELECT id FROM o ORDER BY id LIMIT 2`);
o('order by row value', `SELECT id FROM o ORDER BY ROW(a, id)`);
o('order by array', `SELECT id FROM o ORDER BY ARRAY[a, id] DESC`);
o('order by random-free ntile', `SELECT id FROM o ORDER BY id % 3, id DESC`);
o(
  'order by aggregate in grouped query',
  `SELECT b, count(*) AS c FROM o GROUP BY b ORDER BY count(*) DESC, b NULLS FIRST`,
);
o('order by ungrouped error', `SELECT b, count(*) AS c FROM o GROUP BY b ORDER BY id`);
o(
  'order by in subquery then outer order',
  `SELECT id FROM (SELECT id FROM o ORDER BY id DESC) s ORDER BY id`,
);
list.add(
  'ch7 order: order by param value',
  [{ sql: 'SELECT id FROM o ORDER BY id * $1::int LIMIT 3', params: [-1] }],
  O,
);
o('order by numeric vs float mix', `SELECT v FROM (VALUES (1.5::numeric), (1), (10), (2)) x(v) ORDER BY v`);
o('order by text numbers lexicographic', `SELECT v FROM (VALUES ('10'), ('9'), ('100')) x(v) ORDER BY v`);
o(
  'order by NaN last',
  `SELECT v FROM (VALUES ('NaN'::float8), (1), ('Infinity'), ('-Infinity')) x(v) ORDER BY v`,
);
o('order by numeric NaN', `SELECT v FROM (VALUES ('NaN'::numeric), (1), (-5)) x(v) ORDER BY v DESC`);
o('order by boolean values', `SELECT v FROM (VALUES (true), (false), (NULL)) x(v) ORDER BY v`);

// ---------------------------------------------------------------- 7.6 LIMIT / OFFSET / FETCH
o('limit', `SELECT id FROM o ORDER BY id LIMIT 2`);
o('limit offset', `SELECT id FROM o ORDER BY id LIMIT 2 OFFSET 3`);
o('offset past end', `SELECT id FROM o ORDER BY id OFFSET 10`);
o('limit all', `SELECT id FROM o ORDER BY id LIMIT ALL`);
o('limit null', `SELECT id FROM o ORDER BY id LIMIT NULL`);
o('limit zero', `SELECT id FROM o ORDER BY id LIMIT 0`);
o('negative limit error', `SELECT id FROM o LIMIT -1`);
o('negative offset error', `SELECT id FROM o OFFSET -1`);
o('offset null', `SELECT id FROM o ORDER BY id OFFSET NULL`);
o('limit expression', `SELECT id FROM o ORDER BY id LIMIT 1 + 1`);
o('limit subquery', `SELECT id FROM o ORDER BY id LIMIT (SELECT 2)`);
o('limit decimal rounds', `SELECT id FROM o ORDER BY id LIMIT 2.5`);
o('limit column reference error', `SELECT id FROM o LIMIT id`);
o('limit text error', `SELECT id FROM o LIMIT 'x'`);
o('fetch first rows only', `SELECT id FROM o ORDER BY id FETCH FIRST 3 ROWS ONLY`);
o('fetch first row only default 1', `SELECT id FROM o ORDER BY id FETCH FIRST ROW ONLY`);
o('offset rows fetch next', `SELECT id FROM o ORDER BY id OFFSET 1 ROW FETCH NEXT 2 ROWS ONLY`);
o('fetch with ties', `SELECT id, a FROM o ORDER BY a FETCH FIRST 2 ROWS WITH TIES`);
o('fetch with ties nulls', `SELECT id, a FROM o ORDER BY a NULLS FIRST FETCH FIRST 1 ROWS WITH TIES`);
o('fetch with ties without order by error', `SELECT id FROM o FETCH FIRST 2 ROWS WITH TIES`);
o(
  'fetch with ties and skip locked error',
  `SELECT id FROM o ORDER BY id FETCH FIRST 2 ROWS WITH TIES FOR UPDATE SKIP LOCKED`,
);
o('fetch first zero', `SELECT id FROM o ORDER BY id FETCH FIRST 0 ROWS ONLY`);
o('fetch first negative error', `SELECT id FROM o ORDER BY id FETCH FIRST -1 ROWS ONLY`);
o('fetch with ties offset', `SELECT id, a FROM o ORDER BY a OFFSET 1 FETCH FIRST 1 ROW WITH TIES`);
o('limit and fetch together error', `SELECT id FROM o LIMIT 1 FETCH FIRST 1 ROW ONLY`);
o('offset before limit order', `SELECT id FROM o ORDER BY id OFFSET 1 LIMIT 1`);
for (const [name, params] of [
  ['limit offset params strings', ['2', '1']],
  ['limit offset params numbers', [2, 4]],
  ['limit param null', [null, 0]],
] as const)
  list.add(
    `ch7 order: ${name}`,
    [{ sql: 'SELECT id FROM o ORDER BY id LIMIT $1 OFFSET $2', params: [...params] }],
    O,
  );
list.add(
  'ch7 order: limit param negative',
  [{ sql: 'SELECT id FROM o ORDER BY id LIMIT $1', params: [-3] }],
  O,
);
list.add(
  'ch7 order: limit param decimal',
  [{ sql: 'SELECT id FROM o ORDER BY id LIMIT $1', params: ['1.5'] }],
  O,
);
list.add(
  'ch7 order: fetch first param',
  [{ sql: 'SELECT id FROM o ORDER BY id FETCH FIRST $1 ROWS ONLY', params: [2] }],
  O,
);
list.add(
  'ch7 order: keyset pagination row compare',
  [{ sql: 'SELECT id, b FROM o WHERE (b, id) > ($1, $2) ORDER BY b, id LIMIT 2', params: ['x', 1] }],
  O,
);
list.add(
  'ch7 order: count over for total with page',
  [{ sql: 'SELECT id, count(*) OVER () AS total FROM o ORDER BY id LIMIT $1 OFFSET $2', params: [2, 2] }],
  O,
);

// ---------------------------------------------------------------- 7.7 VALUES
const v = (name: string, sql: string) => list.add(`ch7 values: ${name}`, [sql]);
v('values bare', `VALUES (1, 'one'), (2, 'two'), (3, 'three')`);
v('values order by column name', `VALUES (3, 'c'), (1, 'a'), (2, 'b') ORDER BY column1 DESC`);
v('values limit', `VALUES (3), (1), (2) ORDER BY 1 LIMIT 2`);
v(
  'values int and numeric type',
  `SELECT v, pg_typeof(v)::text AS t FROM (VALUES (1), (2.5)) x(v) ORDER BY v`,
);
v('values int and bigint', `SELECT pg_typeof(v)::text AS t FROM (VALUES (1), (10000000000)) x(v) LIMIT 1`);
v('values unknown then int', `SELECT v, pg_typeof(v)::text AS t FROM (VALUES ('1'), (2)) x(v) ORDER BY v`);
v('values int then bad unknown', `SELECT v FROM (VALUES (1), ('a')) x(v)`);
v('values all null is text', `SELECT pg_typeof(v)::text AS t FROM (VALUES (NULL), (NULL)) x(v) LIMIT 1`);
v(
  'values unknown strings are text',
  `SELECT pg_typeof(v)::text AS t FROM (VALUES ('a'), ('b')) x(v) LIMIT 1`,
);
v('values mismatched lengths', `VALUES (1, 2), (3)`);
v('values int and text error', `VALUES (1), ('a'::text)`);
v('values int and boolean error', `VALUES (1), (true)`);
v(
  'values date strings stay text',
  `SELECT pg_typeof(v)::text AS t FROM (VALUES ('2024-01-01'), ('2024-01-02')) x(v) LIMIT 1`,
);
v('values first typed date', `SELECT v FROM (VALUES ('2024-01-01'::date), ('2024-01-02')) x(v) ORDER BY v`);
v('values in insert default', `SELECT 1 AS one`);
v(
  'values in from with join',
  `SELECT x.n AS n, y.w AS w FROM (VALUES (1), (2)) x(n) JOIN (VALUES (2, 'two'), (1, 'one')) y(n, w) ON x.n = y.n ORDER BY n`,
);
v('values as in-list table', `SELECT n FROM generate_series(1, 5) n WHERE n IN (VALUES (2), (4)) ORDER BY n`);
v('values with expressions', `VALUES (1 + 1, upper('a')), (3, lower('B'))`);
v('values row count', `SELECT count(*) AS c FROM (VALUES (1), (1), (1)) x(v)`);
v('values default outside insert error', `VALUES (DEFAULT)`);
v('values single row', `VALUES (42)`);
v('values nulls typed later', `SELECT v FROM (VALUES (NULL), (1), (NULL)) x(v) ORDER BY v NULLS FIRST`);
v('values numeric scale preserved', `SELECT v FROM (VALUES (1.10), (2)) x(v) ORDER BY v`);
v(
  'values float and numeric',
  `SELECT pg_typeof(v)::text AS t FROM (VALUES (1.5::float8), (2.5)) x(v) LIMIT 1`,
);
v(
  'values varchar lengths',
  `SELECT pg_typeof(v)::text AS t FROM (VALUES ('a'::varchar(2)), ('bbb'::varchar(5))) x(v) LIMIT 1`,
);
list.add('ch7 values: params in values', [
  {
    sql: 'SELECT * FROM (VALUES ($1::int, $2::text), ($3, $4)) AS v(n, w) ORDER BY n',
    params: [2, 'b', '1', 'a'],
  },
]);
list.add('ch7 values: untyped params in values', [
  {
    sql: 'SELECT v, pg_typeof(v)::text AS t FROM (VALUES ($1), ($2)) AS x(v) ORDER BY v',
    params: ['b', 'a'],
  },
]);
list.add('ch7 values: untyped param with int', [
  { sql: 'SELECT v FROM (VALUES ($1), (2)) AS x(v) ORDER BY v', params: ['10'] },
]);

// ---------------------------------------------------------------- 7.8 WITH
const TREE = `CREATE TABLE parts (sub_part text, part text, quantity int);
INSERT INTO parts VALUES ('our_product', 'a', 2), ('our_product', 'b', 1), ('a', 'c', 3), ('a', 'd', 1), ('b', 'd', 4), ('c', 'e', 2);
CREATE TABLE tree (id int PRIMARY KEY, parent int, name text);
INSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1');
CREATE TABLE graph (f int, t int, label text);
INSERT INTO graph VALUES (1, 2, 'arc 1 -> 2'), (1, 3, 'arc 1 -> 3'), (2, 3, 'arc 2 -> 3'), (1, 4, 'arc 1 -> 4'), (4, 5, 'arc 4 -> 5'), (5, 1, 'arc 5 -> 1');`;
const c = (name: string, sql: string) => list.add(`ch7 with: ${name}`, [sql], TREE);
c('simple cte', `WITH q AS (SELECT id FROM tree WHERE parent = 1) SELECT id FROM q ORDER BY id`);
c(
  'two ctes second uses first',
  `WITH a AS (SELECT id FROM tree WHERE parent IS NOT NULL), b AS (SELECT id FROM a WHERE id > 3) SELECT id FROM b ORDER BY id`,
);
c(
  'cte referenced twice',
  `WITH q AS (SELECT id FROM tree) SELECT count(*) AS c FROM q x JOIN q y ON x.id = y.id`,
);
c(
  'cte column names',
  `WITH q(a, b) AS (SELECT id, name FROM tree WHERE id < 3) SELECT a, b FROM q ORDER BY a`,
);
c('cte too many column names', `WITH q(a, b, c, d) AS (SELECT id, name FROM tree) SELECT a FROM q`);
c('cte forward reference error', `WITH a AS (SELECT * FROM b), b AS (SELECT 1 AS x) SELECT x FROM a`);
c(
  'recursive sum 1..100',
  `WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 100) SELECT sum(n) AS s FROM t`,
);
c(
  'recursive parts explosion',
  `WITH RECURSIVE included_parts(sub_part, part, quantity) AS (SELECT sub_part, part, quantity FROM parts WHERE sub_part = 'our_product' UNION ALL SELECT p.sub_part, p.part, p.quantity * pr.quantity FROM included_parts pr, parts p WHERE p.sub_part = pr.part) SELECT part, sum(quantity) AS total_quantity FROM included_parts GROUP BY part ORDER BY part`,
);
c(
  'recursive tree with depth and path',
  `WITH RECURSIVE r AS (SELECT id, name, 0 AS depth, ARRAY[id] AS path FROM tree WHERE parent IS NULL UNION ALL SELECT t.id, t.name, r.depth + 1, r.path || t.id FROM tree t JOIN r ON t.parent = r.id) SELECT id, name, depth, path FROM r ORDER BY path`,
);
c(
  'recursive search depth first',
  `WITH RECURSIVE r(id, name) AS (SELECT id, name FROM tree WHERE parent IS NULL UNION ALL SELECT t.id, t.name FROM tree t JOIN r ON t.parent = r.id) SEARCH DEPTH FIRST BY id SET ordercol SELECT id, name FROM r ORDER BY ordercol`,
);
c(
  'recursive search depth first ordercol value',
  `WITH RECURSIVE r(id) AS (SELECT id FROM tree WHERE parent IS NULL UNION ALL SELECT t.id FROM tree t JOIN r ON t.parent = r.id) SEARCH DEPTH FIRST BY id SET ordercol SELECT id, ordercol::text AS oc FROM r ORDER BY ordercol`,
);
c(
  'recursive search breadth first',
  `WITH RECURSIVE r(id, name) AS (SELECT id, name FROM tree WHERE parent IS NULL UNION ALL SELECT t.id, t.name FROM tree t JOIN r ON t.parent = r.id) SEARCH BREADTH FIRST BY id SET ordercol SELECT id, name FROM r ORDER BY ordercol`,
);
c(
  'recursive search breadth first ordercol value',
  `WITH RECURSIVE r(id) AS (SELECT id FROM tree WHERE parent IS NULL UNION ALL SELECT t.id FROM tree t JOIN r ON t.parent = r.id) SEARCH BREADTH FIRST BY id SET ordercol SELECT id, ordercol::text AS oc FROM r ORDER BY ordercol`,
);
c(
  'recursive cycle clause',
  `WITH RECURSIVE search_graph(f, t, label) AS (SELECT g.f, g.t, g.label FROM graph g WHERE g.f = 1 UNION ALL SELECT g.f, g.t, g.label FROM graph g, search_graph sg WHERE g.f = sg.t) CYCLE f SET is_cycle USING path SELECT f, t, label, is_cycle, path::text AS p FROM search_graph ORDER BY path::text`,
);
c(
  'recursive cycle with custom marks',
  `WITH RECURSIVE sg(f, t) AS (SELECT f, t FROM graph WHERE f = 4 UNION ALL SELECT g.f, g.t FROM graph g, sg WHERE g.f = sg.t) CYCLE f SET looped TO 'Y' DEFAULT 'N' USING trail SELECT f, t, looped FROM sg ORDER BY trail::text`,
);
c(
  'recursive manual cycle detection',
  `WITH RECURSIVE sg(f, t, path, cycle) AS (SELECT f, t, ARRAY[f], false FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t, sg.path || g.f, g.f = ANY(sg.path) FROM graph g, sg WHERE g.f = sg.t AND NOT sg.cycle) SELECT path, cycle FROM sg ORDER BY path`,
);
c(
  'recursive union dedup terminates',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION SELECT (n % 3) + 1 FROM r) SELECT n FROM r ORDER BY n`,
);
c(
  'recursive infinite with outer limit',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r LIMIT 5`,
);
c(
  'recursive type widening error',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1.5 FROM r WHERE n < 3) SELECT n FROM r`,
);
c(
  'recursive varchar concat error',
  `WITH RECURSIVE r(s) AS (SELECT 'a'::varchar(10) UNION ALL SELECT s || 'a' FROM r WHERE length(s) < 3) SELECT s FROM r`,
);
c(
  'recursive text concat ok',
  `WITH RECURSIVE r(s) AS (SELECT 'a' UNION ALL SELECT s || 'a' FROM r WHERE length(s) < 3) SELECT s FROM r ORDER BY s`,
);
c('recursive without union error', `WITH RECURSIVE r(n) AS (SELECT n FROM r) SELECT n FROM r`);
c(
  'recursive reference in non recursive term error',
  `WITH RECURSIVE r(n) AS (SELECT n FROM r UNION ALL SELECT 1) SELECT n FROM r`,
);
c(
  'recursive aggregate in recursive term error',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT max(n) + 1 FROM r) SELECT n FROM r`,
);
c(
  'recursive self reference twice error',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT a.n + 1 FROM r a, r b WHERE a.n < 3) SELECT n FROM r`,
);
c(
  'recursive reference in subquery error',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n IN (SELECT n FROM r)) SELECT n FROM r`,
);
c(
  'recursive outer join on r error',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT r.n + 1 FROM tree LEFT JOIN r ON r.n = tree.id) SELECT n FROM r`,
);
c('recursive keyword on non recursive cte', `WITH RECURSIVE q AS (SELECT 1 AS x) SELECT x FROM q`);
c(
  'recursive ancestors of node',
  `WITH RECURSIVE anc AS (SELECT id, parent, name FROM tree WHERE id = 5 UNION ALL SELECT t.id, t.parent, t.name FROM tree t JOIN anc ON t.id = anc.parent) SELECT string_agg(name, '/' ORDER BY id) AS p FROM anc`,
);
c(
  'recursive fibonacci',
  `WITH RECURSIVE fib(a, b, n) AS (SELECT 0::bigint, 1::bigint, 1 UNION ALL SELECT b, a + b, n + 1 FROM fib WHERE n < 50) SELECT a FROM fib ORDER BY n DESC LIMIT 1`,
);
c(
  'recursive date series',
  `WITH RECURSIVE d(day) AS (SELECT DATE '2024-02-27' UNION ALL SELECT (day + 1)::date FROM d WHERE day < DATE '2024-03-02') SELECT day FROM d ORDER BY day`,
);
c(
  'recursive date series type error',
  `WITH RECURSIVE d(day) AS (SELECT DATE '2024-02-27' UNION ALL SELECT day + interval '1 day' FROM d WHERE day < DATE '2024-03-02') SELECT day FROM d`,
);
c(
  'search clause column not in list error',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) SEARCH DEPTH FIRST BY nope SET oc SELECT id FROM r`,
);
c(
  'cycle mark column name conflict',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) CYCLE id SET id USING p SELECT id FROM r`,
);
c('materialized cte', `WITH q AS MATERIALIZED (SELECT id, name FROM tree) SELECT name FROM q WHERE id = 4`);
c(
  'not materialized cte self join',
  `WITH q AS NOT MATERIALIZED (SELECT id, name FROM tree) SELECT a.name AS a, b.name AS b FROM q a JOIN q b ON a.id = b.id + 1 ORDER BY a`,
);
c(
  'not materialized cte valid',
  `WITH q AS NOT MATERIALIZED (SELECT id, name FROM tree) SELECT a.name AS a FROM q a WHERE a.id = 2`,
);
c('cte scope inside subquery', `SELECT (WITH q AS (SELECT 10 AS v) SELECT v FROM q) AS v`);
c('cte shadows table', `WITH tree AS (SELECT 99 AS id) SELECT id FROM tree`);
c('nested with', `WITH a AS (WITH b AS (SELECT 2 AS x) SELECT x * 3 AS y FROM b) SELECT y FROM a`);
c('cte unused is fine', `WITH unused AS (SELECT 1/0 AS boom) SELECT 1 AS ok`);
c('cte materialized unused still not run', `WITH unused AS MATERIALIZED (SELECT 1/0 AS boom) SELECT 1 AS ok`);
c(
  'cte in union branches',
  `WITH q AS (SELECT id FROM tree WHERE id < 3) SELECT id FROM q UNION ALL SELECT id + 10 FROM q ORDER BY id`,
);
c('cte name duplicate error', `WITH q AS (SELECT 1 AS x), q AS (SELECT 2 AS x) SELECT x FROM q`);
list.add(
  'ch7 with: params inside cte',
  [
    {
      sql: 'WITH q AS (SELECT id, name FROM tree WHERE parent = $1) SELECT name FROM q ORDER BY id',
      params: [2],
    },
  ],
  TREE,
);
list.add(
  'ch7 with: recursive with param root',
  [
    {
      sql: 'WITH RECURSIVE sub AS (SELECT id FROM tree WHERE id = $1 UNION ALL SELECT t.id FROM tree t JOIN sub ON t.parent = sub.id) SELECT array_agg(id ORDER BY id) AS ids FROM sub',
      params: ['2'],
    },
  ],
  TREE,
);

// data-modifying CTEs
const INV = `CREATE TABLE products2 (id int PRIMARY KEY, name text, price numeric, stock int);
INSERT INTO products2 VALUES (1, 'a', 10, 5), (2, 'b', 20, 0), (3, 'c', 30, 7);
CREATE TABLE products_log (id int, name text, action text);
CREATE TABLE archive (id int, name text, price numeric, stock int);`;
const m = (name: string, steps: ProbeStep[]) => list.add(`ch7 with dml: ${name}`, steps, INV);
m('move rows delete returning into insert', [
  `WITH moved AS (DELETE FROM products2 WHERE stock = 0 RETURNING *) INSERT INTO archive SELECT * FROM moved`,
  `SELECT id, name FROM archive ORDER BY id`,
  `SELECT id FROM products2 ORDER BY id`,
]);
m('update returning select', [
  `WITH t AS (UPDATE products2 SET price = price * 1.05 RETURNING id, price) SELECT id, price FROM t ORDER BY id`,
]);
m('update cte outer sees old snapshot', [
  `WITH t AS (UPDATE products2 SET price = price + 1 RETURNING id) SELECT id, price FROM products2 ORDER BY id`,
]);
m('delete cte outer sees deleted rows', [
  `WITH d AS (DELETE FROM products2 WHERE id = 1 RETURNING id) SELECT count(*) AS c FROM products2`,
]);
m('insert cte returning count', [
  `WITH ins AS (INSERT INTO products_log SELECT id, name, 'seen' FROM products2 RETURNING id) SELECT count(*) AS c FROM ins`,
]);
m('unreferenced dml cte still runs', [
  `WITH x AS (DELETE FROM products2 WHERE id = 3) SELECT 1 AS one`,
  `SELECT count(*) AS c FROM products2`,
]);
m('insert with returning into log chain', [
  `WITH upd AS (UPDATE products2 SET stock = stock - 1 WHERE stock > 0 RETURNING id, name) INSERT INTO products_log (id, name, action) SELECT id, name, 'decrement' FROM upd RETURNING id, action`,
]);
m('dml cte rowcount of outer', [
  `WITH upd AS (UPDATE products2 SET stock = 0 RETURNING id) DELETE FROM products_log`,
]);
m('dml cte not at top level error', [
  `SELECT * FROM (WITH d AS (DELETE FROM products2 RETURNING id) SELECT id FROM d) s`,
]);
m('dml cte in subquery error', [
  `SELECT (WITH d AS (DELETE FROM products2 RETURNING id) SELECT count(*) FROM d) AS c`,
]);
m('two updates of same row in ctes', [
  `WITH a AS (UPDATE products2 SET stock = 100 WHERE id = 1 RETURNING stock), b AS (UPDATE products2 SET stock = 200 WHERE id = 1 RETURNING stock) SELECT (SELECT count(*) FROM a) AS a, (SELECT count(*) FROM b) AS b`,
]);
m('dml cte without returning referenced error', [
  `WITH d AS (DELETE FROM products2 WHERE id = 1) SELECT * FROM d`,
]);
m('dml cte recursive with delete', [
  `WITH RECURSIVE ids(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM ids WHERE n < 2), d AS (DELETE FROM products2 WHERE id IN (SELECT n FROM ids) RETURNING id) SELECT array_agg(id ORDER BY id) AS deleted FROM d`,
]);
m('insert select cte params', [
  {
    sql: 'WITH src AS (SELECT $1::int AS id, $2::text AS name) INSERT INTO products2 (id, name, price, stock) SELECT id, name, 1, 1 FROM src RETURNING *',
    params: [9, 'z'],
  },
]);
m('delete and insert same key in ctes', [
  `WITH d AS (DELETE FROM products2 WHERE id = 1 RETURNING *) INSERT INTO products2 SELECT id, name || '2', price, stock FROM d RETURNING id, name`,
]);

export default list.cases;
