// Round 26 part B: the manual's own examples from chapter 7 (Queries) and the aggregate, window,
// subquery and row-comparison sections of chapter 9, on the manual's tables.
import { ProbeCases } from '../probe-kit.js';

const JOIN = `CREATE TABLE t1 (num int, name text); INSERT INTO t1 VALUES (1, 'a'), (2, 'b'), (3, 'c');
CREATE TABLE t2 (num int, value text); INSERT INTO t2 VALUES (1, 'xxx'), (3, 'yyy'), (5, 'zzz');`;
const FOO = `CREATE TABLE foo (fooid int, foosubid int, fooname text);
INSERT INTO foo VALUES (1, 1, 'Joe'), (1, 2, 'Ed'), (2, 1, 'Mary');
CREATE FUNCTION getfoo(int) RETURNS SETOF foo AS $$ SELECT * FROM foo WHERE fooid = $1; $$ LANGUAGE SQL;`;
const ITEMS = `CREATE TABLE items_sold (brand text, size text, sales int);
INSERT INTO items_sold VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), ('Bar', 'L', 5);`;
const TEST1 = `CREATE TABLE test1 (x text, y int); INSERT INTO test1 VALUES ('a', 3), ('c', 2), ('b', 5), ('a', 1);`;
const PROD = `CREATE TABLE products (product_id int PRIMARY KEY, name text, price numeric);
CREATE TABLE sales (product_id int, units int);
INSERT INTO products VALUES (1, 'p1', 2.50), (2, 'p2', 10), (3, 'p3', 1);
INSERT INTO sales VALUES (1, 4), (1, 6), (2, 1);`;
const PARTS = `CREATE TABLE parts (sub_part text, part text, quantity int);
INSERT INTO parts VALUES ('wheel', 'our_product', 4), ('spoke', 'wheel', 32), ('rim', 'wheel', 1), ('frame', 'our_product', 1), ('tube', 'frame', 3);`;
const GRAPH = `CREATE TABLE graph (id int, link int, data text);
INSERT INTO graph VALUES (1, 2, 'a'), (2, 3, 'b'), (3, 1, 'c'), (3, 4, 'd'), (4, 5, 'e');`;
const EMP = `CREATE TABLE empsalary (depname text, empno int, salary int);
INSERT INTO empsalary VALUES ('develop', 11, 5200), ('develop', 7, 4200), ('develop', 9, 4500), ('develop', 8, 6000), ('develop', 10, 5200),
  ('personnel', 5, 3500), ('personnel', 2, 3900), ('sales', 3, 4800), ('sales', 1, 5000), ('sales', 4, 4800);`;
const ORDERS = `CREATE TABLE orders (region text, product text, quantity int, amount int);
INSERT INTO orders VALUES ('east', 'x', 1, 100), ('east', 'y', 2, 50), ('west', 'x', 5, 500), ('north', 'z', 1, 10), ('west', 'y', 1, 20);`;

const l = new ProbeCases('q-manual ');
const q = (setup: string, name: string, sql: string) => l.add(name, [sql], setup);

q(JOIN, 'cross join', 'SELECT * FROM t1 CROSS JOIN t2');
q(JOIN, 'inner on', 'SELECT * FROM t1 INNER JOIN t2 ON t1.num = t2.num');
q(JOIN, 'inner using', 'SELECT * FROM t1 INNER JOIN t2 USING (num)');
q(JOIN, 'natural inner', 'SELECT * FROM t1 NATURAL INNER JOIN t2');
q(JOIN, 'left on', 'SELECT * FROM t1 LEFT JOIN t2 ON t1.num = t2.num');
q(JOIN, 'left using', 'SELECT * FROM t1 LEFT JOIN t2 USING (num)');
q(JOIN, 'right on', 'SELECT * FROM t1 RIGHT JOIN t2 ON t1.num = t2.num');
q(JOIN, 'full on', 'SELECT * FROM t1 FULL JOIN t2 ON t1.num = t2.num');
q(
  JOIN,
  'left on with a restriction',
  "SELECT * FROM t1 LEFT JOIN t2 ON t1.num = t2.num AND t2.value = 'xxx'",
);
q(JOIN, 'left then where', "SELECT * FROM t1 LEFT JOIN t2 ON t1.num = t2.num WHERE t2.value = 'xxx'");
q(JOIN, 'full using', 'SELECT * FROM t1 FULL JOIN t2 USING (num)');
q(JOIN, 'natural full', 'SELECT * FROM t1 NATURAL FULL JOIN t2');
q(JOIN, 'using alias', 'SELECT j.num FROM t1 FULL JOIN t2 USING (num) AS j');
q(JOIN, 'full using coalesces', 'SELECT num, t1.num AS a, t2.num AS b FROM t1 FULL JOIN t2 USING (num)');
q(FOO, 'table function', 'SELECT * FROM getfoo(1) AS t1');
q(
  FOO,
  'table function correlated',
  'SELECT * FROM foo WHERE foosubid IN (SELECT foosubid FROM getfoo(foo.fooid) z WHERE z.fooid = foo.fooid)',
);
q(
  FOO,
  'table function in a view',
  'CREATE VIEW vw_getfoo AS SELECT * FROM getfoo(1); SELECT * FROM vw_getfoo',
);
q(FOO, 'table function lateral', 'SELECT f.fooname, g.fooname AS sub FROM foo f, LATERAL getfoo(f.fooid) g');
q(FOO, 'table function with ordinality', 'SELECT * FROM getfoo(1) WITH ORDINALITY AS t(a, b, c, o)');
q(
  '',
  'rows from json_to_recordset',
  `SELECT * FROM ROWS FROM (json_to_recordset('[{"a":40,"b":"foo"},{"a":"100","b":"bar"}]') AS (a INTEGER, b TEXT), generate_series(1, 3)) AS x (p, q, s) ORDER BY p`,
);
q(
  '',
  'unnest two arrays with ordinality',
  "SELECT * FROM unnest(ARRAY['a', 'b', 'c'], ARRAY[1, 2]) WITH ORDINALITY AS u(l, n, o)",
);
q(TEST1, 'group by', 'SELECT x, sum(y) FROM test1 GROUP BY x');
q(TEST1, 'group by, no aggregate', 'SELECT x FROM test1 GROUP BY x');
q(TEST1, 'having', 'SELECT x, sum(y) FROM test1 GROUP BY x HAVING sum(y) > 3');
q(TEST1, 'having on a grouped column', "SELECT x, sum(y) FROM test1 GROUP BY x HAVING x < 'c'");
q(
  PROD,
  'group by a key and its dependents',
  'SELECT product_id, p.name, (sum(s.units) * p.price) AS sales FROM products p LEFT JOIN sales s USING (product_id) GROUP BY product_id, p.name, p.price',
);
q(
  PROD,
  'group by the primary key only',
  'SELECT product_id, p.name, (sum(s.units) * p.price) AS sales FROM products p LEFT JOIN sales s USING (product_id) GROUP BY product_id',
);
q(
  PROD,
  'having on a computed total',
  'SELECT product_id, p.name, (sum(s.units) * p.price) AS profit FROM products p LEFT JOIN sales s USING (product_id) GROUP BY product_id, p.name, p.price HAVING sum(p.price * s.units) > 5',
);
q(
  ITEMS,
  'grouping sets',
  'SELECT brand, size, sum(sales) FROM items_sold GROUP BY GROUPING SETS ((brand), (size), ())',
);
q(ITEMS, 'rollup', 'SELECT brand, size, sum(sales) FROM items_sold GROUP BY ROLLUP (brand, size)');
q(ITEMS, 'cube', 'SELECT brand, size, sum(sales) FROM items_sold GROUP BY CUBE (brand, size)');
q(
  ITEMS,
  'rollup of a pair',
  'SELECT brand, size, sum(sales) FROM items_sold GROUP BY ROLLUP ((brand, size), brand)',
);
q(
  ITEMS,
  'group by distinct rollups',
  'SELECT brand, size, sum(sales) FROM items_sold GROUP BY DISTINCT ROLLUP (brand, size), ROLLUP (brand)',
);
q(
  ITEMS,
  'group by all rollups',
  'SELECT brand, size, sum(sales) FROM items_sold GROUP BY ALL ROLLUP (brand, size), ROLLUP (brand)',
);
q(
  ITEMS,
  'grouping()',
  'SELECT brand AS make, size AS model, GROUPING(brand, size), sum(sales) FROM items_sold GROUP BY ROLLUP (brand, size)',
);
q(
  ITEMS,
  'mixed grouping',
  'SELECT brand, size, sum(sales) FROM items_sold GROUP BY brand, CUBE (size), GROUPING SETS ((brand), ())',
);
q(
  ITEMS,
  'grouping sets order by grouping',
  'SELECT brand, size, sum(sales) FROM items_sold GROUP BY CUBE (brand, size) ORDER BY GROUPING(brand, size), brand, size',
);
q(
  ITEMS,
  'distinct on',
  'SELECT DISTINCT ON (brand) brand, size, sales FROM items_sold ORDER BY brand, sales DESC',
);
q(ITEMS, 'union except', "SELECT brand FROM items_sold UNION SELECT size FROM items_sold EXCEPT SELECT 'M'");
q(ITEMS, 'sort by an output alias', 'SELECT sales + 1 AS sum, size FROM items_sold ORDER BY sum, size');
q(ITEMS, 'sort by an expression', 'SELECT sales, size FROM items_sold ORDER BY sales + 1, size');
q(
  ITEMS,
  'sort by an alias in an expression',
  'SELECT sales + 1 AS sum, size FROM items_sold ORDER BY sum + 1',
);
q(ITEMS, 'group then sort by position', 'SELECT brand, max(sales) FROM items_sold GROUP BY brand ORDER BY 1');
q('', 'values as a table', "SELECT * FROM (VALUES (1, 'one'), (2, 'two'), (3, 'three')) AS t (num, letter)");
q('', 'values alone', "VALUES (1, 'one'), (2, 'two'), (3, 'three')");
q('', 'values column names', "SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS t");
q(
  ORDERS,
  'with regional sales',
  `WITH regional_sales AS (SELECT region, SUM(amount) AS total_sales FROM orders GROUP BY region),
  top_regions AS (SELECT region FROM regional_sales WHERE total_sales > (SELECT SUM(total_sales) / 10 FROM regional_sales))
  SELECT region, product, SUM(quantity) AS product_units, SUM(amount) AS product_sales FROM orders WHERE region IN (SELECT region FROM top_regions) GROUP BY region, product`,
);
q(
  '',
  'recursive sum',
  'WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 100) SELECT sum(n) FROM t',
);
q(
  PARTS,
  'recursive parts',
  `WITH RECURSIVE included_parts(sub_part, part, quantity) AS (SELECT sub_part, part, quantity FROM parts WHERE part = 'our_product'
  UNION ALL SELECT p.sub_part, p.part, p.quantity * pr.quantity FROM included_parts pr, parts p WHERE p.part = pr.sub_part)
  SELECT sub_part, SUM(quantity) as total_quantity FROM included_parts GROUP BY sub_part`,
);
q(
  PARTS,
  'recursive search depth first',
  `WITH RECURSIVE search_tree(sub_part, part, quantity) AS (SELECT sub_part, part, quantity FROM parts WHERE part = 'our_product'
  UNION ALL SELECT p.sub_part, p.part, p.quantity FROM search_tree st, parts p WHERE p.part = st.sub_part) SEARCH DEPTH FIRST BY sub_part SET ordercol
  SELECT * FROM search_tree ORDER BY ordercol`,
);
q(
  PARTS,
  'recursive search breadth first',
  `WITH RECURSIVE search_tree(sub_part, part, quantity) AS (SELECT sub_part, part, quantity FROM parts WHERE part = 'our_product'
  UNION ALL SELECT p.sub_part, p.part, p.quantity FROM search_tree st, parts p WHERE p.part = st.sub_part) SEARCH BREADTH FIRST BY sub_part SET ordercol
  SELECT * FROM search_tree ORDER BY ordercol`,
);
q(
  GRAPH,
  'recursive cycle by hand',
  `WITH RECURSIVE search_graph(id, link, data, depth, is_cycle, path) AS (SELECT g.id, g.link, g.data, 0, false, ARRAY[g.id] FROM graph g
  UNION ALL SELECT g.id, g.link, g.data, sg.depth + 1, g.id = ANY(path), path || g.id FROM graph g, search_graph sg WHERE g.id = sg.link AND NOT is_cycle)
  SELECT * FROM search_graph`,
);
q(
  GRAPH,
  'recursive cycle clause',
  `WITH RECURSIVE search_graph(id, link, data, depth) AS (SELECT g.id, g.link, g.data, 1 FROM graph g
  UNION ALL SELECT g.id, g.link, g.data, sg.depth + 1 FROM graph g, search_graph sg WHERE g.id = sg.link) CYCLE id SET is_cycle USING path
  SELECT * FROM search_graph`,
);
q(
  '',
  'recursive without end, limited',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT n FROM t LIMIT 100',
);
q(
  EMP,
  'window avg by department',
  'SELECT depname, empno, salary, avg(salary) OVER (PARTITION BY depname) FROM empsalary',
);
q(
  EMP,
  'window rank',
  'SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary DESC) FROM empsalary',
);
q(EMP, 'window sum over all', 'SELECT salary, sum(salary) OVER () FROM empsalary');
q(EMP, 'window running sum by peers', 'SELECT salary, sum(salary) OVER (ORDER BY salary) FROM empsalary');
q(
  EMP,
  'window top two per department',
  'SELECT depname, empno, salary FROM (SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary DESC, empno) AS pos FROM empsalary) AS ss WHERE pos < 3',
);
q(
  EMP,
  'named window',
  'SELECT sum(salary) OVER w, avg(salary) OVER w FROM empsalary WINDOW w AS (PARTITION BY depname ORDER BY salary DESC)',
);
q(
  EMP,
  'percent rank and cume dist',
  'SELECT empno, percent_rank() OVER (ORDER BY salary), cume_dist() OVER (ORDER BY salary), ntile(3) OVER (ORDER BY salary, empno) FROM empsalary',
);
q(
  EMP,
  'percentiles',
  'SELECT depname, percentile_cont(0.5) WITHIN GROUP (ORDER BY salary), percentile_disc(0.5) WITHIN GROUP (ORDER BY salary), mode() WITHIN GROUP (ORDER BY salary) FROM empsalary GROUP BY depname',
);
q(
  EMP,
  'hypothetical rank',
  'SELECT rank(4800) WITHIN GROUP (ORDER BY salary), dense_rank(4800) WITHIN GROUP (ORDER BY salary DESC) FROM empsalary',
);
q(
  EMP,
  'array_agg ordered',
  'SELECT depname, array_agg(empno ORDER BY salary DESC, empno) FROM empsalary GROUP BY depname',
);
q(
  EMP,
  'string_agg ordered',
  "SELECT string_agg(depname || ':' || empno, ', ' ORDER BY empno) FROM empsalary",
);
q(
  EMP,
  'aggregate filter',
  'SELECT count(*) AS unfiltered, count(*) FILTER (WHERE salary < 5000) AS filtered FROM empsalary',
);
q(
  EMP,
  'empty aggregates',
  "SELECT count(*), sum(salary), avg(salary), array_agg(salary), string_agg(depname, ','), bool_and(salary > 0), max(depname) FROM empsalary WHERE false",
);
q(
  EMP,
  'exists',
  'SELECT depname FROM empsalary e WHERE EXISTS (SELECT 1 FROM empsalary f WHERE f.depname = e.depname AND f.salary > 5500)',
);
q(EMP, 'in with null', 'SELECT empno, empno IN (7, NULL) AS a, empno NOT IN (7, NULL) AS b FROM empsalary');
q(
  EMP,
  'any all',
  "SELECT empno FROM empsalary WHERE salary > ALL (SELECT salary FROM empsalary WHERE depname = 'sales')",
);
q(
  EMP,
  'row subquery comparison',
  "SELECT empno FROM empsalary WHERE (depname, salary) = (SELECT depname, max(salary) FROM empsalary WHERE depname = 'sales' GROUP BY depname)",
);
q(
  '',
  'row constructor comparisons',
  'SELECT ROW(1, 2, NULL) < ROW(1, 3, 0) AS a, ROW(1, 2, NULL) = ROW(1, 2, NULL) AS b, ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL) AS c, (1, 2) <= (1, 2) AS d, ROW(1, 2, 3) <> ROW(1, 2, NULL) AS e',
);
q(
  '',
  'row in',
  'SELECT (1, 2) IN ((1, 2), (3, 4)) AS a, (1, NULL) IN ((1, 2), (1, 3)) AS b, (1, NULL) NOT IN ((2, 2)) AS c',
);
q(
  '',
  'any over arrays',
  'SELECT 1 = ANY (ARRAY[1, NULL]) AS a, 2 = ANY (ARRAY[1, NULL]) AS b, 2 <> ALL (ARRAY[1, NULL]) AS c, 2 = ALL (ARRAY[]::int[]) AS d',
);
q(JOIN, 'record image equality', 'SELECT a.num FROM t1 a, t1 b WHERE a *= b');
q(
  JOIN,
  'whole-row comparison',
  'SELECT a.num, b.num FROM t1 a, t2 b WHERE ROW(a.num, a.name) < ROW(b.num, b.value)',
);
q(
  JOIN,
  'composite is null',
  'SELECT x, x IS NULL AS n, x IS NOT NULL AS nn FROM (SELECT t2 AS x FROM t1 LEFT JOIN t2 USING (num)) s',
);

export default l.cases;
