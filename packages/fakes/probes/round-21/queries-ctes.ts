// Round 21 ordinary application queries, part 4: WITH queries (PostgreSQL 15 docs 7.8): plain and
// chained CTEs, column lists, MATERIALIZED / NOT MATERIALIZED, WITH RECURSIVE (UNION vs UNION ALL,
// SEARCH DEPTH/BREADTH FIRST, CYCLE), data-modifying CTEs with RETURNING and their snapshot
// visibility (the main query does not see the CTE's changes), and their errors.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: ctes: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const steps = (name: string, sqls: string[], setup = SHOP) => list.add(name, sqls, setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.add(name, [withParams(sql, ...params)], setup);

// ---------------------------------------------------------------- plain CTEs
q(
  'cte totals joined',
  'WITH t AS (SELECT customer_id, sum(total) AS spent FROM orders GROUP BY customer_id) SELECT c.email, t.spent FROM customers c JOIN t ON t.customer_id = c.id',
);
q(
  'cte chained',
  "WITH paid AS (SELECT * FROM orders WHERE status = 'paid'), per AS (SELECT customer_id, count(*) AS n FROM paid GROUP BY customer_id) SELECT * FROM per WHERE n > 1",
);
q(
  'cte column list',
  'WITH t(cid, n) AS (SELECT customer_id, count(*) FROM orders GROUP BY 1) SELECT cid, n FROM t WHERE cid IS NOT NULL',
);
q('cte column list too long', 'WITH t(a, b, c) AS (SELECT 1, 2) SELECT * FROM t');
q('cte column list shorter renames first', 'WITH t(a) AS (SELECT 1 AS x, 2 AS y) SELECT * FROM t');
q(
  'cte referenced twice',
  'WITH t AS (SELECT id, total FROM orders WHERE total IS NOT NULL) SELECT a.id, b.id AS bid FROM t a JOIN t b ON a.total = b.total AND a.id < b.id',
);
q('cte unused is fine', 'WITH t AS (SELECT 1/0 AS boom) SELECT 1 AS v');
q(
  'cte unused data-modifying still runs',
  ['WITH d AS (DELETE FROM payments WHERE id = 7) SELECT 1 AS v', 'SELECT count(*) FROM payments'].join('; '),
);
q('cte name shadows table', 'WITH orders AS (SELECT 1 AS id) SELECT * FROM orders');
q('cte duplicate name fails', 'WITH t AS (SELECT 1), t AS (SELECT 2) SELECT * FROM t');
q('cte forward reference fails', 'WITH a AS (SELECT * FROM b), b AS (SELECT 1 AS x) SELECT * FROM a');
q('cte in subquery', 'SELECT (WITH m AS (SELECT max(total) AS x FROM orders) SELECT x FROM m) AS v');
q('cte nested with', 'WITH a AS (WITH b AS (SELECT 2 AS x) SELECT x * 10 AS y FROM b) SELECT * FROM a');
q(
  'cte inner shadows outer',
  'WITH t AS (SELECT 1 AS x) SELECT * FROM (WITH t AS (SELECT 2 AS x) SELECT * FROM t) s',
);
q(
  'cte materialized',
  'WITH t AS MATERIALIZED (SELECT id FROM orders WHERE customer_id = 1) SELECT count(*) FROM t',
);
q(
  'cte not materialized',
  'WITH t AS NOT MATERIALIZED (SELECT id, total FROM orders) SELECT id FROM t WHERE total > 40',
);
q(
  'cte materialized with order by limit',
  'WITH t AS MATERIALIZED (SELECT id FROM orders ORDER BY placed_at DESC LIMIT 2) SELECT id FROM t ORDER BY id',
);
q(
  'cte with order by in cte and outer order',
  'WITH t AS (SELECT id, total FROM orders ORDER BY total) SELECT id FROM t ORDER BY id DESC',
);
q(
  'cte used in union',
  'WITH t AS (SELECT id FROM customers) SELECT id FROM t UNION ALL SELECT id + 100 FROM t',
);
q(
  'cte used in in-subquery',
  'WITH big AS (SELECT customer_id FROM orders WHERE total > 40) SELECT id FROM customers WHERE id IN (SELECT customer_id FROM big)',
);
q(
  'cte used in exists',
  'WITH p AS (SELECT order_id FROM payments) SELECT id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM p WHERE p.order_id = o.id)',
);
q(
  'cte with values',
  "WITH v(code, label) AS (VALUES ('DE', 'Germany'), ('FR', 'France')) SELECT c.id, v.label FROM customers c LEFT JOIN v ON v.code = c.country",
);
q(
  'cte with window',
  'WITH r AS (SELECT id, customer_id, rank() OVER (PARTITION BY customer_id ORDER BY placed_at DESC) AS rk FROM orders) SELECT id FROM r WHERE rk = 1',
);
q(
  'cte select star column names',
  'WITH t AS (SELECT id AS order_id, total AS amount FROM orders WHERE id = 101) SELECT * FROM t',
);
q(
  'cte with group by rollup',
  'WITH s AS (SELECT status, count(*) AS n FROM orders GROUP BY ROLLUP (status)) SELECT * FROM s WHERE status IS NULL',
);
q(
  'cte referenced from lateral',
  'WITH t AS (SELECT id, customer_id FROM orders) SELECT c.id, x.id AS oid FROM customers c CROSS JOIN LATERAL (SELECT id FROM t WHERE t.customer_id = c.id ORDER BY id LIMIT 1) x',
);
p(
  'cte with parameter',
  'WITH t AS (SELECT id FROM orders WHERE customer_id = $1) SELECT count(*) FROM t',
  [1],
);
p(
  'cte with parameter used twice',
  'WITH t AS (SELECT id FROM orders WHERE customer_id = $1) SELECT (SELECT count(*) FROM t) AS n, (SELECT count(*) FROM payments WHERE order_id IN (SELECT id FROM t)) AS paid',
  [1],
);

// ---------------------------------------------------------------- WITH RECURSIVE
q(
  'recursive counter',
  'WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT sum(n) FROM t',
);
q(
  'recursive referral chain down',
  'WITH RECURSIVE tree AS (SELECT id, referred_by, 0 AS depth FROM customers WHERE id = 1 UNION ALL SELECT c.id, c.referred_by, t.depth + 1 FROM customers c JOIN tree t ON c.referred_by = t.id) SELECT id, depth FROM tree ORDER BY id',
);
q(
  'recursive referral chain up',
  'WITH RECURSIVE up AS (SELECT id, referred_by FROM customers WHERE id = 6 UNION ALL SELECT c.id, c.referred_by FROM customers c JOIN up ON c.id = up.referred_by) SELECT id FROM up',
);
q(
  'recursive path as array',
  'WITH RECURSIVE tree AS (SELECT id, ARRAY[id] AS path FROM customers WHERE referred_by IS NULL UNION ALL SELECT c.id, t.path || c.id FROM customers c JOIN tree t ON c.referred_by = t.id) SELECT id, path FROM tree ORDER BY path',
);
q(
  'recursive path as text',
  "WITH RECURSIVE tree AS (SELECT id, name::text AS path FROM customers WHERE referred_by IS NULL UNION ALL SELECT c.id, t.path || ' > ' || coalesce(c.name, '?') FROM customers c JOIN tree t ON c.referred_by = t.id) SELECT id, path FROM tree ORDER BY id",
);
q(
  'recursive union dedups and terminates',
  'WITH RECURSIVE t(n) AS (VALUES (1) UNION SELECT (n % 3) + 1 FROM t) SELECT n FROM t ORDER BY n',
);
q(
  'recursive union all with limit',
  'WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t) SELECT n FROM t LIMIT 5',
);
q(
  'recursive date series',
  "WITH RECURSIVE d(day) AS (SELECT date '2024-01-30' UNION ALL SELECT day + 1 FROM d WHERE day < date '2024-02-02') SELECT day FROM d ORDER BY day",
);
q(
  'recursive type mismatch needs cast',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 0.5 FROM t WHERE n < 2) SELECT * FROM t',
);
q(
  'recursive text concatenation type mismatch',
  "WITH RECURSIVE t(s) AS (SELECT 'a' UNION ALL SELECT s || 'a' FROM t WHERE length(s) < 3) SELECT * FROM t",
);
q(
  'recursive varchar length grows fails',
  "WITH RECURSIVE t(s) AS (SELECT 'a'::varchar(3) UNION ALL SELECT s || 'a' FROM t WHERE length(s) < 3) SELECT * FROM t",
);
q('recursive without union fails', 'WITH RECURSIVE t(n) AS (SELECT 1 FROM t) SELECT * FROM t');
q(
  'recursive reference in non recursive term fails',
  'WITH RECURSIVE t(n) AS (SELECT n FROM t UNION ALL SELECT 1) SELECT * FROM t',
);
q(
  'recursive reference twice fails',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT a.n + 1 FROM t a, t b WHERE a.n < 3) SELECT * FROM t',
);
q(
  'recursive reference in subquery fails',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < (SELECT max(n) FROM t)) SELECT * FROM t',
);
q(
  'recursive reference in outer join nullable side fails',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT t.n + 1 FROM customers c LEFT JOIN t ON t.n = c.id) SELECT * FROM t',
);
q(
  'recursive aggregate in recursive term fails',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT max(n) + 1 FROM t) SELECT * FROM t',
);
q(
  'recursive order by in recursive term fails',
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL (SELECT n + 1 FROM t ORDER BY n)) SELECT * FROM t LIMIT 3',
);
q(
  'recursive non recursive cte with recursive keyword',
  'WITH RECURSIVE t AS (SELECT 1 AS x) SELECT * FROM t',
);
q(
  'recursive search depth first',
  'WITH RECURSIVE tree(id, parent) AS (SELECT id, referred_by FROM customers WHERE referred_by IS NULL UNION ALL SELECT c.id, c.referred_by FROM customers c JOIN tree t ON c.referred_by = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, ord FROM tree ORDER BY ord',
);
q(
  'recursive search breadth first',
  'WITH RECURSIVE tree(id, parent) AS (SELECT id, referred_by FROM customers WHERE referred_by IS NULL UNION ALL SELECT c.id, c.referred_by FROM customers c JOIN tree t ON c.referred_by = t.id) SEARCH BREADTH FIRST BY id SET ord SELECT id, ord FROM tree ORDER BY ord',
);
q(
  'recursive search column star',
  'WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 3) SEARCH DEPTH FIRST BY n SET seq SELECT * FROM t ORDER BY seq',
);
q(
  'recursive cycle detection',
  'WITH RECURSIVE g(a, b) AS (VALUES (1, 2), (2, 3), (3, 1)), walk(node) AS (SELECT 1 UNION ALL SELECT g.b FROM walk JOIN g ON g.a = walk.node) CYCLE node SET is_cycle USING path SELECT node, is_cycle, path FROM walk ORDER BY path',
);
q(
  'recursive cycle with custom marks',
  "WITH RECURSIVE g(a, b) AS (VALUES (1, 2), (2, 1)), walk(node) AS (SELECT 1 UNION ALL SELECT g.b FROM walk JOIN g ON g.a = walk.node) CYCLE node SET looped TO 'Y' DEFAULT 'N' USING trail SELECT node, looped FROM walk ORDER BY trail",
);
q(
  'recursive search column name clash fails',
  'WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 3) SEARCH DEPTH FIRST BY n SET n SELECT * FROM t',
);
q(
  'recursive search unknown column fails',
  'WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 3) SEARCH DEPTH FIRST BY nope SET seq SELECT * FROM t',
);
q(
  'recursive cycle on non recursive cte fails',
  'WITH t(n) AS (VALUES (1)) CYCLE n SET c USING p SELECT * FROM t',
);
q(
  'recursive cte referencing previous cte',
  "WITH base AS (SELECT id FROM customers WHERE country = 'DE'), RECURSIVE_SAFE AS (SELECT 1) SELECT count(*) FROM base",
);
q(
  'recursive mutual ordering of ctes',
  'WITH RECURSIVE a AS (SELECT 1 AS x), b(y) AS (SELECT x FROM a UNION ALL SELECT y + 1 FROM b WHERE y < 3) SELECT sum(y) FROM b',
);
q(
  'recursive with depth limit parameter-free',
  'WITH RECURSIVE t(id, depth) AS (SELECT id, 0 FROM customers WHERE id = 1 UNION ALL SELECT c.id, t.depth + 1 FROM customers c JOIN t ON c.referred_by = t.id WHERE t.depth < 1) SELECT id, depth FROM t ORDER BY id',
);
q(
  'recursive bill of materials sums',
  "WITH RECURSIVE parts(part, sub, qty) AS (VALUES ('bike', 'wheel', 2), ('wheel', 'spoke', 32), ('bike', 'frame', 1)), bom(part, qty) AS (SELECT sub, qty FROM parts WHERE part = 'bike' UNION ALL SELECT p.sub, b.qty * p.qty FROM bom b JOIN parts p ON p.part = b.part) SELECT part, sum(qty) FROM bom GROUP BY part ORDER BY part",
);
p(
  'recursive with parameter root',
  'WITH RECURSIVE tree AS (SELECT id FROM customers WHERE id = $1 UNION ALL SELECT c.id FROM customers c JOIN tree t ON c.referred_by = t.id) SELECT id FROM tree ORDER BY id',
  [2],
);

// ---------------------------------------------------------------- data-modifying CTEs
steps('insert cte returning into select', [
  "WITH ins AS (INSERT INTO payments VALUES (8, 103, 9.99, 'card', '2024-02-04 00:00:00+00') RETURNING id, amount) SELECT * FROM ins",
  'SELECT count(*) FROM payments',
]);
steps('update cte returning then join', [
  "WITH up AS (UPDATE orders SET status = 'shipped', shipped_at = '2024-04-02 00:00:00+00' WHERE status = 'paid' RETURNING id, customer_id) SELECT c.email, up.id FROM up JOIN customers c ON c.id = up.customer_id",
  'SELECT id, status FROM orders ORDER BY id',
]);
steps('delete cte returning count', [
  'WITH d AS (DELETE FROM events WHERE customer_id IS NULL RETURNING *) SELECT count(*) FROM d',
  'SELECT count(*) FROM events',
]);
steps('main query does not see cte update', [
  'WITH up AS (UPDATE products SET price = price * 2 WHERE id = 1 RETURNING price) SELECT (SELECT price FROM products WHERE id = 1) AS old_seen, (SELECT price FROM up) AS new_price',
  'SELECT price FROM products WHERE id = 1',
]);
steps('main query does not see cte insert', [
  "WITH ins AS (INSERT INTO customers (id, email, signed_up) VALUES (7, 'gus@example.com', '2024-04-01 00:00:00+00') RETURNING id) SELECT (SELECT count(*) FROM customers) AS seen, (SELECT count(*) FROM ins) AS inserted",
  'SELECT count(*) FROM customers',
]);
steps('main query does not see cte delete', [
  "WITH d AS (DELETE FROM payments WHERE method = 'card' RETURNING id) SELECT (SELECT count(*) FROM payments) AS still_seen, (SELECT count(*) FROM d) AS deleted",
  'SELECT count(*) FROM payments',
]);
steps('move rows delete then insert', [
  'CREATE TABLE archived_events (LIKE events)',
  "WITH moved AS (DELETE FROM events WHERE at < '2024-02-01' RETURNING *) INSERT INTO archived_events SELECT * FROM moved",
  'SELECT count(*) AS live, (SELECT count(*) FROM archived_events) AS archived FROM events',
]);
steps('insert from cte select', [
  "WITH src AS (SELECT id + 100 AS id, 'copy-' || email AS email, signed_up FROM customers WHERE id < 3) INSERT INTO customers (id, email, signed_up) SELECT * FROM src RETURNING id, email",
  'SELECT count(*) FROM customers',
]);
steps('two data-modifying ctes', [
  'WITH a AS (UPDATE products SET active = false WHERE id = 2 RETURNING id), b AS (DELETE FROM order_lines WHERE product_id IN (SELECT id FROM a) AND order_id = 108 RETURNING order_id) SELECT (SELECT count(*) FROM a) AS deactivated, (SELECT count(*) FROM b) AS removed',
  'SELECT active FROM products WHERE id = 2',
  'SELECT count(*) FROM order_lines',
]);
steps('data-modifying cte not at top level fails', [
  'SELECT * FROM (WITH d AS (DELETE FROM events RETURNING id) SELECT * FROM d) s',
  'SELECT count(*) FROM events',
]);
steps('data-modifying cte without returning referenced fails', [
  'WITH d AS (DELETE FROM events WHERE id = 1) SELECT * FROM d',
  'SELECT count(*) FROM events',
]);
steps('update returning old and new via join to cte', [
  "WITH old AS (SELECT id, price FROM products WHERE category = 'tools'), up AS (UPDATE products p SET price = p.price + 1 FROM old WHERE p.id = old.id RETURNING p.id, p.price) SELECT old.id, old.price AS before, up.price AS after FROM old JOIN up USING (id) ORDER BY id",
]);
steps('upsert in cte returning', [
  "WITH u AS (INSERT INTO products (id, sku, title, price) VALUES (2, 'SKU-B', 'Bolt v2', 0.75) ON CONFLICT (sku) DO UPDATE SET title = excluded.title, price = excluded.price RETURNING id, title, price) SELECT * FROM u",
  'SELECT title, price FROM products WHERE id = 2',
]);
steps('cte update same row twice only once', [
  'WITH a AS (UPDATE products SET price = 1 WHERE id = 3 RETURNING id), b AS (UPDATE products SET price = 2 WHERE id = 3 RETURNING id) SELECT (SELECT count(*) FROM a) AS a, (SELECT count(*) FROM b) AS b',
  'SELECT price FROM products WHERE id = 3',
]);
steps('cte insert then update main statement', [
  "WITH ins AS (INSERT INTO payments VALUES (9, 106, 1.00, 'cash', '2024-03-02 00:00:00+00') RETURNING order_id) UPDATE orders SET status = 'paid' WHERE id IN (SELECT order_id FROM ins) RETURNING id, status",
  'SELECT id, status FROM orders WHERE id = 106',
]);
steps('cte delete returning used by delete', [
  'WITH gone AS (DELETE FROM payments WHERE order_id = 105 RETURNING order_id) DELETE FROM order_lines WHERE order_id IN (SELECT order_id FROM gone) RETURNING order_id, line_no',
  'SELECT count(*) FROM order_lines WHERE order_id = 105',
]);
steps('cte error rolls back all', [
  "WITH a AS (UPDATE products SET price = 5 WHERE id = 1 RETURNING id) INSERT INTO products (id, sku, title, price) SELECT 99, 'SKU-A', 'dup', 1 FROM a",
  'SELECT price FROM products WHERE id = 1',
]);
steps('recursive cte feeding delete', [
  'WITH RECURSIVE down AS (SELECT id FROM customers WHERE id = 4 UNION ALL SELECT c.id FROM customers c JOIN down d ON c.referred_by = d.id) DELETE FROM events WHERE customer_id IN (SELECT id FROM down) RETURNING id',
  'SELECT count(*) FROM events',
]);
steps('data-modifying cte materialized keyword', [
  "WITH d AS MATERIALIZED (DELETE FROM events WHERE kind = 'view' RETURNING id) SELECT count(*) FROM d",
]);
steps('cte returning star column names', [
  "WITH ins AS (INSERT INTO events (id, customer_id, kind, at) VALUES (11, 6, 'signup', '2024-04-01 00:00:00+00') RETURNING *) SELECT * FROM ins",
]);
p(
  'cte insert with parameters',
  "WITH ins AS (INSERT INTO events (id, customer_id, kind, payload, at) VALUES ($1, $2, $3, $4, $5) RETURNING id, payload) SELECT id, payload ->> 'k' AS k FROM ins",
  [12, 2, 'note', '{"k": "v"}', '2024-04-02T00:00:00Z'],
);
p(
  'cte update with array parameter',
  'WITH up AS (UPDATE orders SET coupon = $2 WHERE id = ANY($1::int[]) RETURNING id) SELECT array_agg(id ORDER BY id) AS ids FROM up',
  ['{103,108}', 'SUMMER'],
);

export default list.cases;
