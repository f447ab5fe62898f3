// Round 18 probe: PostgreSQL 15 WITH queries (queries-with.html, 7.8), recursive and data-modifying.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('with: ');
const q = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);

const ORDERS = `CREATE TABLE orders (region text, product text, quantity int, amount numeric);
INSERT INTO orders VALUES ('n', 'p1', 1, 10), ('n', 'p2', 2, 20), ('s', 'p1', 3, 30), ('s', 'p3', 4, 400), ('e', 'p2', 5, 5);`;
const GRAPH = `CREATE TABLE graph (id int, link int, data text);
INSERT INTO graph VALUES (1, 2, 'a'), (2, 3, 'b'), (3, 4, 'c'), (4, 1, 'd'), (2, 5, 'e'), (5, 6, 'f');`;
const TREE = `CREATE TABLE tree (id int, parent_id int, name text);
INSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1'), (7, 4, 'a1x');`;
const PARTS = `CREATE TABLE parts (sub_part text, part text, quantity int);
INSERT INTO parts VALUES ('our_product', 'wheel', 4), ('our_product', 'frame', 1), ('wheel', 'spoke', 30), ('wheel', 'rim', 1), ('frame', 'bar', 3), ('bar', 'bolt', 2);`;

// ---------------------------------------------------------------- plain WITH
q(
  'the docs regional sales example',
  `WITH regional_sales AS (SELECT region, SUM(amount) AS total_sales FROM orders GROUP BY region),
   top_regions AS (SELECT region FROM regional_sales WHERE total_sales > (SELECT SUM(total_sales)/10 FROM regional_sales))
   SELECT region, product, SUM(quantity) AS product_units, SUM(amount) AS product_sales
   FROM orders WHERE region IN (SELECT region FROM top_regions) GROUP BY region, product ORDER BY region, product`,
  ORDERS,
);
q('a CTE with a column list', `WITH c(a, b) AS (SELECT 1, 'x') SELECT a, b FROM c`);
q('a CTE column list shorter than its columns', `WITH c(a) AS (SELECT 1, 'x') SELECT * FROM c`);
q('a CTE column list longer than its columns is 42P10', `WITH c(a, b, z) AS (SELECT 1, 'x') SELECT * FROM c`);
q('a CTE name used twice is 42712', `WITH c AS (SELECT 1), c AS (SELECT 2) SELECT * FROM c`);
q(
  'a later CTE refers to an earlier one',
  `WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT y FROM b`,
);
q(
  'an earlier CTE cannot refer to a later one without RECURSIVE',
  `WITH b AS (SELECT x FROM a), a AS (SELECT 1 AS x) SELECT * FROM b`,
);
q(
  'an earlier CTE can refer to a later one with RECURSIVE',
  `WITH RECURSIVE b AS (SELECT x FROM a), a AS (SELECT 1 AS x) SELECT * FROM b`,
);
q(
  'a CTE shadows a table of the same name',
  `WITH orders AS (SELECT 42 AS region) SELECT region FROM orders`,
  ORDERS,
);
q(
  'a schema-qualified name bypasses the CTE',
  `WITH orders AS (SELECT 42 AS region) SELECT count(*) AS c FROM public.orders`,
  ORDERS,
);
q(
  'a CTE used twice in one query',
  `WITH c AS (SELECT generate_series(1, 3) AS n) SELECT a.n AS a, b.n AS b FROM c a JOIN c b ON b.n = a.n + 1 ORDER BY a`,
);
q('an unused CTE is not an error', `WITH unused AS (SELECT 1 / 0) SELECT 1 AS one`);
q(
  'an unused CTE with a volatile body is not run',
  `WITH unused AS (SELECT nextval('sq')) SELECT currval('sq')`,
  'CREATE SEQUENCE sq',
);
q('a CTE in a subquery', `SELECT (WITH c AS (SELECT 5 AS v) SELECT v FROM c) AS v`);
q(
  'a nested WITH inside a CTE',
  `WITH a AS (WITH b AS (SELECT 2 AS v) SELECT v * 3 AS v FROM b) SELECT v FROM a`,
);
q(
  'an inner CTE shadows an outer one',
  `WITH c AS (SELECT 1 AS v) SELECT (WITH c AS (SELECT 2 AS v) SELECT v FROM c) AS inner_v, v AS outer_v FROM c`,
);
q(
  'a CTE referenced from a correlated subquery',
  `WITH c AS (SELECT 1 AS v UNION ALL SELECT 2) SELECT v, (SELECT count(*) FROM c c2 WHERE c2.v <= c.v) AS rnk FROM c ORDER BY v`,
);
q(
  'a CTE in an INSERT ... SELECT',
  `WITH c AS (SELECT 7 AS id) INSERT INTO x SELECT id FROM c`,
  'CREATE TABLE x (id int)',
);
q(
  'a CTE attached to the INSERT select part',
  `INSERT INTO x WITH c AS (SELECT 8 AS id) SELECT id FROM c`,
  'CREATE TABLE x (id int)',
);
q(
  'a CTE in an UPDATE',
  `WITH c AS (SELECT 1 AS id) UPDATE x SET id = 10 FROM c WHERE x.id = c.id`,
  'CREATE TABLE x (id int); INSERT INTO x VALUES (1), (2)',
);
q(
  'a CTE in a DELETE USING',
  `WITH c AS (SELECT 2 AS id) DELETE FROM x USING c WHERE x.id = c.id`,
  'CREATE TABLE x (id int); INSERT INTO x VALUES (1), (2)',
);
q(
  'a CTE in a UNION branch needs parentheses',
  `SELECT 1 AS v UNION ALL WITH c AS (SELECT 2) SELECT * FROM c`,
);
q(
  'a CTE in a parenthesized UNION branch',
  `SELECT 1 AS v UNION ALL (WITH c AS (SELECT 2) SELECT * FROM c) ORDER BY v`,
);
q('WITH in CREATE TABLE AS', `CREATE TABLE z AS WITH c AS (SELECT 1 AS v) SELECT v FROM c`);
q('WITH in CREATE VIEW', `CREATE VIEW vw AS WITH c AS (SELECT 1 AS v) SELECT v FROM c; SELECT * FROM vw`);
q(
  'WITH in a prepared statement with a parameter',
  `PREPARE p(int) AS WITH c AS (SELECT $1 * 2 AS v) SELECT v FROM c; EXECUTE p(21)`,
);
list.add('WITH with an untyped parameter is text', [
  withParams(`WITH c AS (SELECT $1 AS v) SELECT v, pg_typeof(v)::text AS t FROM c`, '5'),
]);
list.add('WITH with a parameter used as int', [
  withParams(`WITH c AS (SELECT $1::int + 1 AS v) SELECT v FROM c`, 5),
]);
q('a CTE that returns no columns', `WITH c AS (SELECT) SELECT count(*) AS n FROM c`);
q('a CTE from VALUES', `WITH c(a, b) AS (VALUES (1, 'x'), (2, 'y')) SELECT * FROM c ORDER BY a`);
q('a CTE from TABLE', `WITH c AS (TABLE orders) SELECT count(*) AS n FROM c`, ORDERS);
q(
  'a CTE with ORDER BY keeps no outer order guarantee but can be ordered',
  `WITH c AS (SELECT region FROM orders ORDER BY region DESC LIMIT 2) SELECT region FROM c ORDER BY region`,
  ORDERS,
);
q(
  'a CTE name in the FROM of its own body without RECURSIVE is 42P01',
  `WITH c AS (SELECT * FROM c) SELECT * FROM c`,
);
q('an unknown CTE reference is 42P01', `WITH c AS (SELECT 1) SELECT * FROM d`);
q('a column of a CTE that does not exist is 42703', `WITH c AS (SELECT 1 AS a) SELECT b FROM c`);
q(
  'a CTE result column names and types',
  `WITH c AS (SELECT 1::smallint AS s, 2::bigint AS b, 'x'::varchar(3) AS v, now()::date AS d) SELECT s, b, v, d IS NOT NULL AS has_d FROM c`,
);
q(
  'a CTE unknown-typed literal column becomes text',
  `WITH c AS (SELECT 'lit' AS v) SELECT v, pg_typeof(v)::text AS t FROM c`,
);

// ---------------------------------------------------------------- MATERIALIZED / NOT MATERIALIZED
q(
  'MATERIALIZED CTE',
  `WITH c AS MATERIALIZED (SELECT region, amount FROM orders) SELECT region FROM c WHERE amount > 15 ORDER BY region`,
  ORDERS,
);
q(
  'NOT MATERIALIZED CTE',
  `WITH c AS NOT MATERIALIZED (SELECT region, amount FROM orders) SELECT region FROM c WHERE amount > 15 ORDER BY region`,
  ORDERS,
);
q(
  'MATERIALIZED on a recursive CTE',
  `WITH RECURSIVE c(n) AS MATERIALIZED (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3) SELECT n FROM c`,
);
q(
  'NOT MATERIALIZED on a recursive CTE is accepted',
  `WITH RECURSIVE c(n) AS NOT MATERIALIZED (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3) SELECT n FROM c`,
);
q(
  'MATERIALIZED with a volatile function evaluates it once',
  `WITH c AS MATERIALIZED (SELECT nextval('sq') AS v) SELECT a.v = b.v AS same FROM c a, c b`,
  'CREATE SEQUENCE sq',
);
q(
  'a CTE referenced twice is computed once',
  `WITH c AS (SELECT nextval('sq') AS v) SELECT a.v = b.v AS same FROM c a, c b`,
  'CREATE SEQUENCE sq',
);
q(
  'explain shows a CTE scan for MATERIALIZED',
  `EXPLAIN (COSTS OFF) WITH c AS MATERIALIZED (SELECT 1 AS v) SELECT v FROM c`,
);
q(
  'explain shows the CTE inlined by default',
  `EXPLAIN (COSTS OFF) WITH c AS (SELECT 1 AS v) SELECT v FROM c`,
);
q('MATERIALIZED misspelt is a syntax error', `WITH c AS MATERIALISED (SELECT 1) SELECT * FROM c`);

// ---------------------------------------------------------------- recursive
q(
  'the docs sum of 1 to 100',
  `WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 100) SELECT sum(n) AS total FROM t`,
);
q(
  'recursive with UNION removes duplicates and stops',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION SELECT (n % 3) + 1 FROM t) SELECT n FROM t ORDER BY n`,
);
q(
  'recursive with UNION over a cyclic graph terminates',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION SELECT g.link FROM graph g JOIN r ON g.id = r.id) SELECT id FROM r ORDER BY id`,
  GRAPH,
);
q(
  'recursive with UNION ALL and a depth limit',
  `WITH RECURSIVE r(id, depth) AS (SELECT 1, 0 UNION ALL SELECT g.link, r.depth + 1 FROM graph g JOIN r ON g.id = r.id WHERE r.depth < 5) SELECT id, depth FROM r ORDER BY depth, id`,
  GRAPH,
);
q(
  'the docs parts explosion',
  `WITH RECURSIVE included_parts(sub_part, part, quantity) AS (
    SELECT sub_part, part, quantity FROM parts WHERE part = 'our_product' OR sub_part = 'our_product'
  UNION ALL
    SELECT p.sub_part, p.part, p.quantity * pr.quantity FROM included_parts pr, parts p WHERE p.sub_part = pr.part)
  SELECT sub_part, SUM(quantity) as total_quantity FROM included_parts GROUP BY sub_part ORDER BY sub_part`,
  PARTS,
);
q(
  'recursive tree walk with a path array',
  `WITH RECURSIVE r AS (SELECT id, name, ARRAY[id] AS path FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, t.name, r.path || t.id FROM tree t JOIN r ON t.parent_id = r.id) SELECT id, name, path FROM r ORDER BY path`,
  TREE,
);
q(
  'recursive tree walk with a text path',
  `WITH RECURSIVE r AS (SELECT id, name::text AS path FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, r.path || '/' || t.name FROM tree t JOIN r ON t.parent_id = r.id) SELECT path FROM r ORDER BY path`,
  TREE,
);
q(
  'recursive text column type mismatch is 42804',
  `WITH RECURSIVE r AS (SELECT id, name AS path FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, r.path || '/' || t.name FROM tree t JOIN r ON t.parent_id = r.id) SELECT path FROM r`,
  'CREATE TABLE tree (id int, parent_id int, name varchar(10))',
);
q(
  'recursive non-recursive term int and recursive term bigint is 42804',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n::bigint + 1 FROM r WHERE n < 3) SELECT n FROM r`,
);
q(
  'recursive with numeric growth',
  `WITH RECURSIVE r(n, f) AS (SELECT 1, 1::numeric UNION ALL SELECT n + 1, f * (n + 1) FROM r WHERE n < 25) SELECT n, f FROM r WHERE n IN (20, 25) ORDER BY n`,
);
q(
  'fibonacci with recursive',
  `WITH RECURSIVE fib(a, b, i) AS (SELECT 0::bigint, 1::bigint, 0 UNION ALL SELECT b, a + b, i + 1 FROM fib WHERE i < 50) SELECT a FROM fib WHERE i = 50`,
);
q(
  'recursive integer overflow is 22003',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n * 2 FROM r) SELECT count(*) FROM r`,
);
q(
  'recursive referencing itself twice is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT a.n + 1 FROM r a, r b WHERE a.n < 3) SELECT * FROM r`,
);
q(
  'recursive reference in the non-recursive term is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT n FROM r UNION ALL SELECT 1) SELECT * FROM r`,
);
q(
  'recursive without UNION is just a CTE when it does not refer to itself',
  `WITH RECURSIVE r(n) AS (SELECT 1) SELECT n FROM r`,
);
q(
  'recursive referring to itself without UNION is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT n + 1 FROM r) SELECT * FROM r`,
);
q(
  'recursive with INTERSECT is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT 1 INTERSECT SELECT n + 1 FROM r) SELECT * FROM r`,
);
q(
  'recursive with EXCEPT is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT 1 EXCEPT SELECT n + 1 FROM r) SELECT * FROM r`,
);
q(
  'recursive reference inside an outer join nullable side is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT r.n + 1 FROM (SELECT 1 AS k) x LEFT JOIN r ON true WHERE r.n < 3) SELECT * FROM r`,
);
q(
  'recursive reference on the left of a LEFT JOIN is fine',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT r.n + 1 FROM r LEFT JOIN (SELECT 1 AS k) x ON true WHERE r.n < 3) SELECT n FROM r`,
);
q(
  'recursive reference in a subquery of WHERE is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT 2 WHERE 1 IN (SELECT n FROM r)) SELECT * FROM r`,
);
q(
  'recursive term with an aggregate is 42P19',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT max(n) + 1 FROM r WHERE n < 3) SELECT * FROM r`,
);
q(
  'recursive term with ORDER BY is 0A000',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3 ORDER BY 1) SELECT * FROM r`,
);
q(
  'recursive term with LIMIT is 0A000',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL (SELECT n + 1 FROM r WHERE n < 3 LIMIT 1)) SELECT * FROM r`,
);
q(
  'recursive term with a window function is allowed',
  `WITH RECURSIVE r(n, k) AS (SELECT 1, 1::bigint UNION ALL SELECT n + 1, row_number() OVER () FROM r WHERE n < 3) SELECT n, k FROM r`,
);
q(
  'recursive with FOR UPDATE is 0A000',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3 FOR UPDATE) SELECT * FROM r`,
);
q(
  'recursive CTE with a column list mismatch is 42P10',
  `WITH RECURSIVE r(a, b) AS (SELECT 1 UNION ALL SELECT a + 1 FROM r WHERE a < 3) SELECT * FROM r`,
);
q(
  'recursive with branches of different widths is 42601',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n, n FROM r WHERE n < 3) SELECT * FROM r`,
);
q(
  'two mutually referencing recursive CTEs is 0A000',
  `WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM b WHERE n < 3), b(n) AS (SELECT n FROM a) SELECT * FROM a`,
);
q(
  'recursive with multiple non-recursive UNION ALL branches',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT 10 UNION ALL SELECT n + 1 FROM r WHERE n < 3 OR (n >= 10 AND n < 12)) SELECT n FROM r ORDER BY n`,
);
q(
  'recursive generating dates',
  `WITH RECURSIVE d(day) AS (SELECT date '2024-02-27' UNION ALL SELECT day + 1 FROM d WHERE day < date '2024-03-02') SELECT day FROM d`,
);
q(
  'recursive generating timestamps keeps the type',
  `WITH RECURSIVE d(ts) AS (SELECT timestamp '2024-01-01' UNION ALL SELECT ts + interval '1 month' FROM d WHERE ts < '2024-04-01') SELECT ts FROM d`,
);
q(
  'recursive string building',
  `WITH RECURSIVE s(str, i) AS (SELECT ''::text, 0 UNION ALL SELECT str || chr(97 + i), i + 1 FROM s WHERE i < 5) SELECT str FROM s ORDER BY i`,
);
q(
  'recursive with LIMIT in the outer query stops UNION ALL',
  `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT n FROM t LIMIT 5`,
);
q(
  'recursive with UNION and NULLs in rows deduplicates them',
  `WITH RECURSIVE r(a, b) AS (SELECT 1, NULL::int UNION SELECT a, b FROM r) SELECT a, b FROM r`,
);
q(
  'recursive on a cycle with a visited array',
  `WITH RECURSIVE r(id, path, cyc) AS (SELECT 1, ARRAY[1], false UNION ALL SELECT g.link, path || g.link, g.link = ANY(path) FROM graph g JOIN r ON g.id = r.id WHERE NOT cyc) SELECT id, path, cyc FROM r ORDER BY path`,
  GRAPH,
);
q(
  'recursive with row constructor cycle check',
  `WITH RECURSIVE r(id, link, path, cyc) AS (SELECT g.id, g.link, ARRAY[ROW(g.id, g.link)], false FROM graph g WHERE g.id = 1 UNION ALL SELECT g.id, g.link, path || ROW(g.id, g.link), ROW(g.id, g.link) = ANY(path) FROM graph g, r WHERE g.id = r.link AND NOT cyc) SELECT id, link, cyc FROM r ORDER BY array_length(path, 1), id, link`,
  GRAPH,
);

// ---------------------------------------------------------------- SEARCH and CYCLE
q(
  'SEARCH DEPTH FIRST orders by path',
  `WITH RECURSIVE r(id, name) AS (SELECT id, name FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, t.name FROM tree t JOIN r ON t.parent_id = r.id) SEARCH DEPTH FIRST BY id SET ordercol SELECT id, name FROM r ORDER BY ordercol`,
  TREE,
);
q(
  'SEARCH DEPTH FIRST ordercol value',
  `WITH RECURSIVE r(id, name) AS (SELECT id, name FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, t.name FROM tree t JOIN r ON t.parent_id = r.id) SEARCH DEPTH FIRST BY id SET ordercol SELECT id, ordercol::text AS oc FROM r ORDER BY ordercol`,
  TREE,
);
q(
  'SEARCH DEPTH FIRST with two columns',
  `WITH RECURSIVE r(id, name) AS (SELECT id, name FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, t.name FROM tree t JOIN r ON t.parent_id = r.id) SEARCH DEPTH FIRST BY name, id SET ordercol SELECT id, ordercol::text AS oc FROM r ORDER BY ordercol`,
  TREE,
);
q(
  'SEARCH BREADTH FIRST orders by level',
  `WITH RECURSIVE r(id, name) AS (SELECT id, name FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, t.name FROM tree t JOIN r ON t.parent_id = r.id) SEARCH BREADTH FIRST BY id SET ordercol SELECT id, name FROM r ORDER BY ordercol`,
  TREE,
);
q(
  'SEARCH BREADTH FIRST ordercol value',
  `WITH RECURSIVE r(id, name) AS (SELECT id, name FROM tree WHERE parent_id IS NULL UNION ALL SELECT t.id, t.name FROM tree t JOIN r ON t.parent_id = r.id) SEARCH BREADTH FIRST BY id SET ordercol SELECT id, ordercol::text AS oc FROM r ORDER BY ordercol`,
  TREE,
);
q(
  'SEARCH column appears in SELECT star',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) SEARCH DEPTH FIRST BY id SET oc SELECT * FROM r`,
);
q(
  'SEARCH column type is a record array',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 2) SEARCH DEPTH FIRST BY id SET oc SELECT pg_typeof(oc)::text AS t FROM r LIMIT 1`,
);
q(
  'SEARCH BREADTH column type is a record',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 2) SEARCH BREADTH FIRST BY id SET oc SELECT pg_typeof(oc)::text AS t FROM r LIMIT 1`,
);
q(
  'SEARCH by an unknown column is 42703',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) SEARCH DEPTH FIRST BY nope SET oc SELECT * FROM r`,
);
q(
  'SEARCH SET column clashing with a column is 42701',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) SEARCH DEPTH FIRST BY id SET id SELECT * FROM r`,
);
q(
  'SEARCH on a non-recursive CTE is 42P19',
  `WITH RECURSIVE r(id) AS (SELECT 1) SEARCH DEPTH FIRST BY id SET oc SELECT * FROM r`,
);
q(
  'SEARCH without RECURSIVE is an error',
  `WITH r(id) AS (SELECT 1 UNION ALL SELECT 2) SEARCH DEPTH FIRST BY id SET oc SELECT * FROM r`,
);
q(
  'SEARCH with UNION instead of UNION ALL',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION SELECT id + 1 FROM r WHERE id < 3) SEARCH DEPTH FIRST BY id SET oc SELECT id FROM r ORDER BY oc`,
);
q(
  'SEARCH by a column listed twice is 42701',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) SEARCH DEPTH FIRST BY id, id SET oc SELECT * FROM r`,
);
q(
  'CYCLE clause marks the cycle',
  `WITH RECURSIVE r(id, link, data) AS (SELECT g.id, g.link, g.data FROM graph g WHERE g.id = 1 UNION ALL SELECT g.id, g.link, g.data FROM graph g, r WHERE g.id = r.link) CYCLE id SET is_cycle USING path SELECT id, link, data, is_cycle FROM r ORDER BY path`,
  GRAPH,
);
q(
  'CYCLE clause path column text',
  `WITH RECURSIVE r(id, link) AS (SELECT g.id, g.link FROM graph g WHERE g.id = 1 UNION ALL SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) CYCLE id SET is_cycle USING path SELECT id, is_cycle, path::text AS p FROM r ORDER BY path`,
  GRAPH,
);
q(
  'CYCLE with custom mark values',
  `WITH RECURSIVE r(id, link) AS (SELECT g.id, g.link FROM graph g WHERE g.id = 1 UNION ALL SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) CYCLE id SET is_cycle TO 'Y' DEFAULT 'N' USING path SELECT id, is_cycle FROM r ORDER BY path`,
  GRAPH,
);
q(
  'CYCLE custom mark value types',
  `WITH RECURSIVE r(id, link) AS (SELECT g.id, g.link FROM graph g WHERE g.id = 1 UNION ALL SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) CYCLE id SET c TO 1 DEFAULT 0 USING path SELECT pg_typeof(c)::text AS t, max(c) AS mx FROM r GROUP BY 1`,
  GRAPH,
);
q(
  'CYCLE with incompatible mark values is 42804',
  `WITH RECURSIVE r(id, link) AS (SELECT 1, 2 UNION ALL SELECT id + 1, link FROM r WHERE id < 3) CYCLE id SET c TO 1 DEFAULT 'x' USING path SELECT * FROM r`,
);
q(
  'CYCLE over two columns',
  `WITH RECURSIVE r(id, link) AS (SELECT g.id, g.link FROM graph g WHERE g.id = 1 UNION ALL SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) CYCLE id, link SET is_cycle USING path SELECT id, link, is_cycle, path::text AS p FROM r ORDER BY path`,
  GRAPH,
);
q(
  'CYCLE columns in SELECT star',
  `WITH RECURSIVE r(id, link) AS (SELECT g.id, g.link FROM graph g WHERE g.id = 4 UNION ALL SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) CYCLE id SET is_cycle USING path SELECT * FROM r ORDER BY path`,
  GRAPH,
);
q(
  'CYCLE path column type',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 2) CYCLE id SET c USING p SELECT pg_typeof(p)::text AS pt, pg_typeof(c)::text AS ct FROM r LIMIT 1`,
);
q(
  'CYCLE and SEARCH together',
  `WITH RECURSIVE r(id, link) AS (SELECT g.id, g.link FROM graph g WHERE g.id = 1 UNION ALL SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) SEARCH DEPTH FIRST BY id SET ordercol CYCLE id SET is_cycle USING path SELECT id, is_cycle FROM r ORDER BY ordercol`,
  GRAPH,
);
q(
  'CYCLE SET and USING with the same name is 42701',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) CYCLE id SET x USING x SELECT * FROM r`,
);
q(
  'CYCLE on an unknown column is 42703',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) CYCLE nope SET c USING p SELECT * FROM r`,
);
q(
  'CYCLE mark column clashing with a CTE column is 42701',
  `WITH RECURSIVE r(id, c) AS (SELECT 1, 2 UNION ALL SELECT id + 1, c FROM r WHERE id < 3) CYCLE id SET c USING p SELECT * FROM r`,
);
q(
  'CYCLE with a mark type lacking equality is 42883',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 3) CYCLE id SET c TO point '(1,1)' DEFAULT point '(0,0)' USING p SELECT * FROM r`,
);
q(
  'CYCLE with UNION instead of UNION ALL',
  `WITH RECURSIVE r(id, link) AS (SELECT g.id, g.link FROM graph g WHERE g.id = 1 UNION SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) CYCLE id SET is_cycle USING path SELECT id, is_cycle FROM r ORDER BY path`,
  GRAPH,
);
q(
  'CYCLE SET omitted TO defaults to boolean',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n % 2 + 1 FROM r) CYCLE n SET looped USING trail SELECT n, looped, trail::text AS trail FROM r`,
);

// ---------------------------------------------------------------- data-modifying CTEs
const ITEMS = `CREATE TABLE items (id int PRIMARY KEY, name text, qty int);
INSERT INTO items VALUES (1, 'a', 5), (2, 'b', 0), (3, 'c', 7);
CREATE TABLE archive (id int, name text, qty int);`;
list.add(
  'the docs move rows with DELETE RETURNING feeding INSERT',
  [
    `WITH moved_rows AS (DELETE FROM items WHERE qty = 0 RETURNING *) INSERT INTO archive SELECT * FROM moved_rows`,
    'SELECT * FROM archive ORDER BY id',
    'SELECT * FROM items ORDER BY id',
  ],
  ITEMS,
);
list.add(
  'INSERT RETURNING feeding a SELECT',
  [
    `WITH ins AS (INSERT INTO items VALUES (4, 'd', 1), (5, 'e', 2) RETURNING id, qty) SELECT sum(qty) AS s, count(*) AS c FROM ins`,
  ],
  ITEMS,
);
list.add(
  'UPDATE RETURNING feeding a SELECT',
  [
    `WITH upd AS (UPDATE items SET qty = qty + 1 WHERE qty > 0 RETURNING id, qty) SELECT id, qty FROM upd ORDER BY id`,
  ],
  ITEMS,
);
list.add(
  'the outer SELECT sees the old table contents',
  [
    `WITH upd AS (UPDATE items SET qty = 100 RETURNING id) SELECT id, qty FROM items ORDER BY id`,
    'SELECT id, qty FROM items ORDER BY id',
  ],
  ITEMS,
);
list.add(
  'the outer SELECT does not see rows inserted by the CTE',
  [`WITH ins AS (INSERT INTO items VALUES (9, 'z', 9) RETURNING id) SELECT count(*) AS c FROM items`],
  ITEMS,
);
list.add(
  'a modifying CTE runs even when not referenced',
  [
    `WITH d AS (DELETE FROM items WHERE id = 1) SELECT count(*) AS c FROM items`,
    'SELECT count(*) AS c FROM items',
  ],
  ITEMS,
);
list.add(
  'a modifying CTE runs to completion even with outer LIMIT',
  [
    `WITH d AS (UPDATE items SET qty = -1 RETURNING id) SELECT id FROM d LIMIT 1`,
    'SELECT count(*) AS c FROM items WHERE qty = -1',
  ],
  ITEMS,
);
list.add(
  'a CTE without RETURNING referenced in FROM is 42P10',
  [`WITH d AS (DELETE FROM items WHERE id = 1) SELECT * FROM d`],
  ITEMS,
);
list.add(
  'the same row updated twice in one statement keeps one update',
  [
    `WITH u1 AS (UPDATE items SET qty = 10 WHERE id = 1 RETURNING id) UPDATE items SET qty = 20 WHERE id = 1`,
    'SELECT qty FROM items WHERE id = 1',
  ],
  ITEMS,
);
list.add(
  'updating a row the CTE deleted affects nothing',
  [
    `WITH d AS (DELETE FROM items WHERE id = 1 RETURNING id) UPDATE items SET qty = 99 WHERE id = 1`,
    'SELECT id, qty FROM items ORDER BY id',
  ],
  ITEMS,
);
list.add(
  'two CTEs updating the same row',
  [
    `WITH a AS (UPDATE items SET qty = 1 WHERE id = 3 RETURNING qty), b AS (UPDATE items SET qty = 2 WHERE id = 3 RETURNING qty) SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b) AS touched`,
  ],
  ITEMS,
);
list.add(
  'the docs delete with a recursive CTE of parts',
  [
    `WITH RECURSIVE included_parts(sub_part, part) AS (SELECT sub_part, part FROM parts WHERE part = 'our_product' UNION ALL SELECT p.sub_part, p.part FROM included_parts pr, parts p WHERE p.part = pr.sub_part) DELETE FROM parts WHERE part IN (SELECT part FROM included_parts)`,
    'SELECT count(*) AS c FROM parts',
  ],
  `CREATE TABLE parts (sub_part text, part text); INSERT INTO parts VALUES ('wheel', 'our_product'), ('spoke', 'wheel'), ('x', 'other')`,
);
list.add(
  'the docs update then log the changes',
  [
    `WITH t AS (UPDATE items SET qty = qty * 2 RETURNING *) INSERT INTO archive SELECT * FROM t`,
    'SELECT id, qty FROM archive ORDER BY id',
  ],
  ITEMS,
);
list.add(
  'a modifying CTE in a recursive WITH is allowed outside the recursion',
  [
    `WITH RECURSIVE d AS (DELETE FROM items WHERE id = 2 RETURNING id), r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT (SELECT count(*) FROM d) AS deleted, (SELECT max(n) FROM r) AS top`,
  ],
  ITEMS,
);
list.add(
  'a modifying CTE must be at the top level',
  [`SELECT * FROM (WITH d AS (DELETE FROM items RETURNING id) SELECT id FROM d) x`],
  ITEMS,
);
list.add(
  'a modifying CTE inside a subquery in WHERE is 0A000',
  [`SELECT 1 AS one WHERE EXISTS (WITH d AS (DELETE FROM items RETURNING id) SELECT 1 FROM d)`],
  ITEMS,
);
list.add(
  'a modifying CTE with ON CONFLICT DO UPDATE',
  [
    `WITH up AS (INSERT INTO items VALUES (1, 'A', 1), (8, 'h', 8) ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING id, name) SELECT id, name FROM up ORDER BY id`,
  ],
  ITEMS,
);
list.add(
  'a modifying CTE with ON CONFLICT DO NOTHING returns only inserted rows',
  [
    `WITH up AS (INSERT INTO items VALUES (1, 'A', 1), (8, 'h', 8) ON CONFLICT DO NOTHING RETURNING id) SELECT id FROM up`,
  ],
  ITEMS,
);
list.add(
  'a modifying CTE unique violation rolls the statement back',
  [
    `WITH a AS (INSERT INTO archive VALUES (1, 'x', 1) RETURNING id) INSERT INTO items VALUES (1, 'dup', 0)`,
    'SELECT count(*) AS c FROM archive',
  ],
  ITEMS,
);
list.add(
  'a modifying CTE result command tag follows the outer statement',
  [`WITH d AS (DELETE FROM items RETURNING id) INSERT INTO archive (id) SELECT id FROM d WHERE id > 1`],
  ITEMS,
);
list.add(
  'a modifying CTE with a SELECT outer statement has a SELECT tag',
  [`WITH d AS (DELETE FROM items RETURNING id) SELECT id FROM d ORDER BY id`],
  ITEMS,
);
list.add(
  'a modifying CTE with an UPDATE outer statement',
  [
    `WITH n AS (INSERT INTO archive VALUES (2, 'b2', 0) RETURNING id) UPDATE items SET name = 'touched' FROM n WHERE items.id = n.id`,
    'SELECT id, name FROM items ORDER BY id',
  ],
  ITEMS,
);
list.add(
  'a modifying CTE with a DELETE outer statement',
  [
    `WITH n AS (UPDATE items SET qty = 0 WHERE id = 3 RETURNING id) DELETE FROM archive`,
    'SELECT id, qty FROM items ORDER BY id',
  ],
  ITEMS,
);
list.add(
  'two INSERT CTEs into the same table',
  [
    `WITH a AS (INSERT INTO archive VALUES (1, 'a', 1) RETURNING id), b AS (INSERT INTO archive VALUES (2, 'b', 2) RETURNING id) SELECT (SELECT id FROM a) AS a, (SELECT id FROM b) AS b`,
    'SELECT id FROM archive ORDER BY id',
  ],
  ITEMS,
);
list.add(
  'a modifying CTE cannot see another CTE insert',
  [
    `WITH a AS (INSERT INTO archive VALUES (1, 'a', 1) RETURNING id), b AS (SELECT count(*) AS c FROM archive) SELECT c FROM b`,
  ],
  ITEMS,
);
list.add(
  'an INSERT CTE returning a serial id used by another INSERT',
  [
    `WITH p AS (INSERT INTO parent (name) VALUES ('p') RETURNING id) INSERT INTO child (parent_id, note) SELECT id, 'c' FROM p`,
    'SELECT c.note, p.name FROM child c JOIN parent p ON p.id = c.parent_id',
  ],
  `CREATE TABLE parent (id serial PRIMARY KEY, name text); CREATE TABLE child (parent_id int REFERENCES parent, note text)`,
);
list.add(
  'a modifying CTE with parameters',
  [withParams(`WITH d AS (DELETE FROM items WHERE qty < $1 RETURNING id) SELECT count(*) AS c FROM d`, 6)],
  ITEMS,
);
list.add(
  'a modifying CTE in a read-only transaction is 25006',
  ['BEGIN READ ONLY', `WITH d AS (DELETE FROM items RETURNING id) SELECT count(*) AS c FROM d`, 'ROLLBACK'],
  ITEMS,
);
list.add(
  'a modifying CTE RETURNING star column names',
  [`WITH d AS (DELETE FROM items WHERE id = 3 RETURNING *, qty * 2 AS double) SELECT * FROM d`],
  ITEMS,
);
list.add(
  'a modifying CTE deleting with a join on another CTE',
  [
    `WITH keep AS (SELECT 1 AS id), d AS (DELETE FROM items WHERE id NOT IN (SELECT id FROM keep) RETURNING id) SELECT array_agg(id ORDER BY id) AS ids FROM d`,
  ],
  ITEMS,
);
list.add(
  'a DELETE CTE and a SELECT of the same table in the outer query',
  [
    `WITH d AS (DELETE FROM items WHERE id = 1 RETURNING id) SELECT (SELECT count(*) FROM items) AS visible, (SELECT count(*) FROM d) AS deleted`,
  ],
  ITEMS,
);
list.add(
  'a modifying CTE in a view definition is 0A000',
  [`CREATE VIEW vv AS WITH d AS (DELETE FROM items RETURNING id) SELECT id FROM d`],
  ITEMS,
);
list.add(
  'a modifying CTE in CREATE TABLE AS is 0A000',
  [`CREATE TABLE ct AS WITH d AS (DELETE FROM items RETURNING id) SELECT id FROM d`],
  ITEMS,
);
list.add(
  'a modifying CTE in a cursor is 0A000',
  ['BEGIN', `DECLARE c CURSOR FOR WITH d AS (DELETE FROM items RETURNING id) SELECT id FROM d`, 'ROLLBACK'],
  ITEMS,
);
list.add(
  'a modifying CTE with a trigger that counts',
  [
    `WITH d AS (UPDATE items SET qty = qty + 1 RETURNING id) SELECT count(*) AS c FROM d`,
    'SELECT n FROM counter',
  ],
  `${ITEMS}
CREATE TABLE counter (n int); INSERT INTO counter VALUES (0);
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE counter SET n = n + 1; RETURN NEW; END $$;
CREATE TRIGGER b AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION bump();`,
);
list.add(
  'a modifying CTE of a recursive CTE body is 0A000',
  [`WITH RECURSIVE r AS (DELETE FROM items RETURNING id) SELECT * FROM r`],
  ITEMS,
);
list.add(
  'a modifying CTE referencing a recursive CTE',
  [
    `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3), d AS (DELETE FROM items WHERE id IN (SELECT n FROM r) RETURNING id) SELECT count(*) AS c FROM d`,
  ],
  ITEMS,
);
list.add(
  'UPDATE RETURNING in a CTE sees the new values and the outer sees old',
  [
    `WITH u AS (UPDATE items SET name = upper(name) RETURNING id, name) SELECT u.name AS new_name, i.name AS old_name FROM u JOIN items i USING (id) ORDER BY id`,
  ],
  ITEMS,
);

export default list.cases;
