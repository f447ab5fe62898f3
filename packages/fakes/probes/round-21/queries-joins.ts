// Round 21 ordinary application queries, part 1: table expressions (PostgreSQL 15 docs 7.2): joins of
// every kind with ON, USING and NATURAL and their output columns, join aliases, LATERAL, table
// functions in FROM, and the errors repositories meet (42702 ambiguous column, 42P09 ambiguous alias,
// 42712 duplicate alias, 42P01 missing FROM entry, 42703).
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: joins: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);

// ---------------------------------------------------------------- inner joins and output columns
q(
  'inner join orders to customers',
  'SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id',
);
q(
  'inner join star output columns',
  'SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 101',
);
q(
  'comma join with where',
  "SELECT o.id, c.email FROM orders o, customers c WHERE c.id = o.customer_id AND c.country = 'DE'",
);
q(
  'inner join with extra condition in on',
  "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id AND c.tier = 'gold'",
);
q(
  'three-way join orders lines products',
  'SELECT o.id, l.line_no, p.sku FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id',
);
q(
  'join with qualified star of one table',
  "SELECT c.*, o.id AS order_id FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid'",
);
q(
  'join with star of two tables',
  'SELECT l.*, p.* FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = 107',
);
q(
  'join on non-equality',
  'SELECT c.id, p.id AS pid FROM customers c JOIN products p ON p.price <= c.credit WHERE c.id IN (1, 4)',
);
q(
  'self join referred_by',
  'SELECT c.name, r.name AS referrer FROM customers c JOIN customers r ON r.id = c.referred_by',
);
q('cross join count', 'SELECT count(*) FROM customers CROSS JOIN products');
q(
  'cross join with filter',
  "SELECT c.id, p.sku FROM customers c CROSS JOIN products p WHERE c.country = 'US' AND p.category = 'tools'",
);
q('join inner keyword explicit', 'SELECT o.id FROM orders o INNER JOIN payments p ON p.order_id = o.id');
q(
  'join output duplicate column names',
  'SELECT o.id, c.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 103',
);
q('join on boolean true', 'SELECT count(*) FROM customers c JOIN products p ON true');
q('join on false', 'SELECT count(*) FROM customers c JOIN products p ON false');
q('join on null', 'SELECT count(*) FROM customers c JOIN products p ON NULL');

// ---------------------------------------------------------------- outer joins and NULLs
q(
  'left join keeps customers without orders',
  'SELECT c.id, o.id AS order_id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id',
);
q(
  'left join anti join via is null',
  'SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.id IS NULL',
);
q(
  'left join condition in on vs where',
  "SELECT c.id, o.id AS oid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'",
);
q(
  'left join condition in where drops rows',
  "SELECT c.id, o.id AS oid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid'",
);
q(
  'right join keeps orders without customer',
  'SELECT o.id, c.name FROM customers c RIGHT JOIN orders o ON o.customer_id = c.id',
);
q(
  'full join orders and payments',
  'SELECT o.id AS oid, p.id AS pid FROM orders o FULL JOIN payments p ON p.order_id = o.id',
);
q(
  'full outer join keyword',
  'SELECT o.id AS oid, p.id AS pid FROM orders o FULL OUTER JOIN payments p ON p.order_id = o.id WHERE o.id IS NULL OR p.id IS NULL',
);
q(
  'left join count of matches',
  'SELECT c.id, count(o.id) AS n FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id',
);
q(
  'left join count star counts null rows',
  'SELECT c.id, count(*) AS n FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id',
);
q(
  'left join coalesce sum',
  'SELECT c.id, coalesce(sum(o.total), 0) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id',
);
q(
  'left join chain',
  'SELECT c.id, o.id AS oid, p.id AS pid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id LEFT JOIN payments p ON p.order_id = o.id',
);
q(
  'left join then inner join',
  'SELECT c.id, o.id AS oid, p.id AS pid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id JOIN payments p ON p.order_id = o.id',
);
q(
  'left join parenthesized inner join',
  'SELECT c.id, o.id AS oid, p.id AS pid FROM customers c LEFT JOIN (orders o JOIN payments p ON p.order_id = o.id) ON o.customer_id = c.id',
);
q(
  'left join on constant false keeps left',
  'SELECT c.id, o.id AS oid FROM customers c LEFT JOIN orders o ON false',
);
q(
  'left join filter on right side in on with null',
  'SELECT c.id, o.id AS oid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.coupon IS NOT NULL',
);
q(
  'right join with where on left null',
  'SELECT p.id FROM orders o RIGHT JOIN payments p ON p.order_id = o.id WHERE o.id IS NULL',
);
q(
  'full join with using and coalesce',
  "SELECT coalesce(a.k, b.k) AS k, a.v AS av, b.v AS bv FROM (VALUES (1, 'a'), (2, 'b')) a(k, v) FULL JOIN (VALUES (2, 'x'), (3, 'y')) b(k, v) ON a.k = b.k",
);
q(
  'left join lateral-free subquery',
  'SELECT c.id, t.n FROM customers c LEFT JOIN (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) t ON t.customer_id = c.id',
);
q(
  'left join null never equals null',
  'SELECT a.x, b.x AS bx FROM (VALUES (1), (NULL)) a(x) LEFT JOIN (VALUES (1), (NULL)) b(x) ON a.x = b.x',
);
q(
  'left join is not distinct from matches nulls',
  'SELECT a.x, b.x AS bx FROM (VALUES (1), (NULL)) a(x) LEFT JOIN (VALUES (1), (NULL)) b(x) ON a.x IS NOT DISTINCT FROM b.x',
);

// ---------------------------------------------------------------- USING and NATURAL
const AB = `CREATE TABLE ta (k int, v text, a int); CREATE TABLE tb (k int, v text, b int);
INSERT INTO ta VALUES (1, 'x', 10), (2, 'y', 20), (NULL, 'z', 30);
INSERT INTO tb VALUES (1, 'x', 100), (2, 'q', 200), (3, 'r', 300), (NULL, 'z', 400);`;
q('using star column order', 'SELECT * FROM ta JOIN tb USING (k)', AB);
q('using two columns star', 'SELECT * FROM ta JOIN tb USING (k, v)', AB);
q('natural join star', 'SELECT * FROM ta NATURAL JOIN tb', AB);
q('natural left join star', 'SELECT * FROM ta NATURAL LEFT JOIN tb', AB);
q('natural full join star', 'SELECT * FROM ta NATURAL FULL JOIN tb', AB);
q('using left join star', 'SELECT * FROM ta LEFT JOIN tb USING (k)', AB);
q('using right join star', 'SELECT * FROM ta RIGHT JOIN tb USING (k)', AB);
q(
  'using full join merged column coalesces',
  'SELECT k, ta.k AS ak, tb.k AS bk FROM ta FULL JOIN tb USING (k)',
  AB,
);
q('using unqualified column reference', 'SELECT k, a, b FROM ta JOIN tb USING (k)', AB);
q('using qualified column still visible', 'SELECT ta.k, tb.k AS bk FROM ta JOIN tb USING (k)', AB);
q('using ambiguous other column', 'SELECT v FROM ta JOIN tb USING (k)', AB);
q('using join alias', 'SELECT j.k FROM ta JOIN tb USING (k) AS j', AB);
q('using join alias hides other columns', 'SELECT j.a FROM ta JOIN tb USING (k) AS j', AB);
q('using column missing on one side', 'SELECT * FROM ta JOIN tb USING (a)', AB);
q('using column named twice', 'SELECT * FROM ta JOIN tb USING (k, k)', AB);
q(
  'natural join with no common columns is cross join',
  'SELECT count(*) FROM ta NATURAL JOIN (SELECT 1 AS z) s',
  AB,
);
q('natural join table aliases star', 'SELECT x.*, y.b FROM ta x NATURAL JOIN tb y', AB);
q('using with table star', 'SELECT ta.*, tb.* FROM ta JOIN tb USING (k)', AB);
q(
  'using three tables chained',
  "SELECT * FROM ta JOIN tb USING (k) JOIN (VALUES (1, 'one'), (2, 'two')) tc(k, name) USING (k)",
  AB,
);
q(
  'using full join chained merges',
  'SELECT k FROM ta FULL JOIN tb USING (k) FULL JOIN (VALUES (4)) tc(k) USING (k)',
  AB,
);
q(
  'order_lines join products using renamed',
  'SELECT * FROM order_lines JOIN (SELECT id AS product_id, sku FROM products) p USING (product_id) WHERE order_id = 101',
);
q(
  'using key with different types int and bigint',
  'SELECT * FROM (VALUES (1::int, 2)) a(k, x) JOIN (VALUES (1::bigint, 3)) b(k, y) USING (k)',
);
q(
  'using key types int and numeric',
  'SELECT k, pg_typeof(k) AS t FROM (VALUES (1::int)) a(k) JOIN (VALUES (1.0::numeric)) b(k) USING (k)',
);
q(
  'using key types text and int fails',
  "SELECT * FROM (VALUES ('1'::text)) a(k) JOIN (VALUES (1)) b(k) USING (k)",
);
q(
  'natural join over derived tables',
  "SELECT * FROM (SELECT 1 AS id, 'a' AS t) x NATURAL JOIN (SELECT 1 AS id, 'a' AS t, true AS f) y",
);
q('using merged column in where', 'SELECT k FROM ta LEFT JOIN tb USING (k) WHERE k IS NULL', AB);
q('using merged column in group by', 'SELECT k, count(*) FROM ta FULL JOIN tb USING (k) GROUP BY k', AB);
q('using merged column in order by', 'SELECT k FROM ta FULL JOIN tb USING (k) ORDER BY k NULLS FIRST', AB);

// ---------------------------------------------------------------- aliases, column aliases, ambiguity errors
q('table alias column list', 'SELECT x.a1, x.b1 FROM customers AS x(a1, b1) WHERE x.a1 = 1');
q('table alias partial column list', 'SELECT * FROM products p(pid, psku) WHERE pid = 2');
q('table alias too many columns', 'SELECT * FROM (VALUES (1, 2)) t(a, b, c)');
q('original name hidden by alias', 'SELECT orders.id FROM orders o');
q('ambiguous column id', 'SELECT id FROM orders o JOIN customers c ON c.id = o.customer_id');
q('ambiguous column in where', 'SELECT o.id FROM orders o JOIN payments p ON p.order_id = o.id WHERE id > 1');
q(
  'ambiguous column in order by',
  'SELECT o.id AS oid FROM orders o JOIN payments p ON p.order_id = o.id ORDER BY id',
);
q('duplicate table alias', 'SELECT 1 FROM orders x JOIN customers x ON true');
q('same table twice without alias', 'SELECT 1 FROM orders, orders');
q('missing from entry', 'SELECT c.id FROM orders o');
q('missing column in join on', 'SELECT 1 FROM orders o JOIN customers c ON c.nope = o.id');
q(
  'reference to later from item in on',
  'SELECT 1 FROM orders o JOIN customers c ON c.id = p.order_id JOIN payments p ON true',
);
q('derived table without alias', 'SELECT * FROM (SELECT 1 AS x)');
q('derived table duplicate output names star', 'SELECT * FROM (SELECT 1 AS a, 2 AS a) t');
q('derived table duplicate output name reference', 'SELECT a FROM (SELECT 1 AS a, 2 AS a) t');
q('column alias keyword as', 'SELECT o.total AS "Total Amount" FROM orders o WHERE o.id = 101');
q('column alias without as', 'SELECT o.total amount FROM orders o WHERE o.id = 101');
q('column name from cast', 'SELECT total::text, id::bigint FROM orders WHERE id = 101');
q(
  'column name from function',
  "SELECT upper(email), length(name), coalesce(tier, 'none') FROM customers WHERE id = 3",
);
q('column name from case', 'SELECT CASE WHEN total > 40 THEN 1 END FROM orders WHERE id = 101');
q('column name from subquery', 'SELECT (SELECT max(id) FROM orders) FROM customers WHERE id = 1');
q('column name from exists', 'SELECT EXISTS (SELECT 1 FROM orders) FROM customers WHERE id = 1');
q('column name from array constructor', 'SELECT ARRAY[1, 2], ARRAY(SELECT 1) FROM customers WHERE id = 1');
q('column name from row access', 'SELECT (t).a FROM (SELECT ROW(1, 2)::record AS t) s');

// ---------------------------------------------------------------- LATERAL
q(
  'lateral latest order per customer',
  'SELECT c.id, l.id AS last_order FROM customers c CROSS JOIN LATERAL (SELECT id FROM orders o WHERE o.customer_id = c.id ORDER BY placed_at DESC LIMIT 1) l',
);
q(
  'left join lateral keeps customers',
  'SELECT c.id, l.id AS last_order FROM customers c LEFT JOIN LATERAL (SELECT id FROM orders o WHERE o.customer_id = c.id ORDER BY placed_at DESC LIMIT 1) l ON true',
);
q(
  'lateral top two lines per order',
  'SELECT o.id, x.line_no FROM orders o, LATERAL (SELECT line_no FROM order_lines l WHERE l.order_id = o.id ORDER BY unit_price DESC, line_no LIMIT 2) x',
);
q(
  'lateral aggregate per customer',
  'SELECT c.id, s.n, s.total FROM customers c, LATERAL (SELECT count(*) AS n, sum(total) AS total FROM orders o WHERE o.customer_id = c.id) s',
);
q('lateral unnest of tags', 'SELECT c.id, t.tag FROM customers c, LATERAL unnest(c.tags) AS t(tag)');
q('implicit lateral function in from', 'SELECT c.id, t FROM customers c, unnest(c.tags) t');
q(
  'lateral unnest with ordinality',
  'SELECT c.id, t.tag, t.n FROM customers c CROSS JOIN LATERAL unnest(c.tags) WITH ORDINALITY AS t(tag, n)',
);
q(
  'left join lateral unnest keeps empty arrays',
  'SELECT c.id, t.tag FROM customers c LEFT JOIN LATERAL unnest(c.tags) t(tag) ON true',
);
q('lateral jsonb_each of attrs', 'SELECT p.sku, e.key, e.value FROM products p, jsonb_each(p.attrs) e');
q(
  'lateral jsonb_each_text',
  "SELECT p.sku, e.key, e.value FROM products p CROSS JOIN LATERAL jsonb_each_text(p.attrs) e WHERE p.category = 'tools'",
);
q(
  'lateral generate_series of months',
  "SELECT c.id, m FROM customers c, generate_series(date_trunc('month', c.signed_up), timestamptz '2024-03-01 00:00:00+00', interval '1 month') m WHERE c.id <= 2",
);
q(
  'subquery in from cannot see sibling without lateral',
  'SELECT * FROM customers c, (SELECT * FROM orders o WHERE o.customer_id = c.id) x',
);
q('lateral referencing later item fails', 'SELECT * FROM LATERAL (SELECT c.id) x, customers c');
q(
  'lateral values',
  "SELECT o.id, v.k, v.amt FROM orders o, LATERAL (VALUES ('total', o.total), ('zero', 0)) v(k, amt) WHERE o.id = 101",
);
q(
  'right join lateral referencing left fails',
  'SELECT * FROM customers c RIGHT JOIN LATERAL (SELECT c.id) x ON true',
);
q(
  'full join lateral referencing left fails',
  'SELECT * FROM customers c FULL JOIN LATERAL (SELECT c.id) x ON true',
);
q(
  'lateral nested twice',
  'SELECT c.id, o.id AS oid, l.line_no FROM customers c, LATERAL (SELECT * FROM orders WHERE customer_id = c.id) o, LATERAL (SELECT * FROM order_lines WHERE order_id = o.id) l',
);
q(
  'lateral with outer where on its output',
  'SELECT c.id, s.spent FROM customers c, LATERAL (SELECT sum(total) AS spent FROM orders WHERE customer_id = c.id) s WHERE s.spent > 50',
);
q(
  'lateral subquery returning no rows drops row',
  'SELECT c.id FROM customers c, LATERAL (SELECT 1 FROM orders WHERE customer_id = c.id AND false) s',
);
q(
  'lateral generate_series with outer bound',
  'SELECT l.order_id, l.line_no, g FROM order_lines l, generate_series(1, l.qty) g WHERE l.order_id IN (101, 109)',
);

// ---------------------------------------------------------------- table functions and derived tables
q('unnest two arrays zip', "SELECT * FROM unnest(ARRAY[1, 2, 3], ARRAY['a', 'b']) AS t(n, s)");
q(
  'rows from two functions',
  "SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['x', 'y'])) AS t(n, s)",
);
q(
  'rows from with ordinality',
  "SELECT * FROM ROWS FROM (unnest(ARRAY['x', 'y'])) WITH ORDINALITY AS t(s, n)",
);
q('function in from column name defaults to function name', 'SELECT * FROM generate_series(1, 2)');
q('function in from with table alias only', 'SELECT g.* FROM generate_series(1, 2) g');
q('function in from alias used as column', 'SELECT g FROM generate_series(1, 2) g');
q(
  'jsonb_to_record in from',
  `SELECT * FROM jsonb_to_record('{"a": 1, "b": "x", "c": null}') AS r(a int, b text, c int, d text)`,
);
q(
  'jsonb_to_recordset in from',
  `SELECT * FROM jsonb_to_recordset('[{"id": 1, "qty": 2}, {"id": 2}]') AS r(id int, qty int)`,
);
q(
  'jsonb_array_elements of events',
  "SELECT e.id, x FROM events e, jsonb_array_elements(COALESCE(e.payload -> 'items', '[]')) x",
);
q(
  'derived table with order by and limit',
  'SELECT * FROM (SELECT id, total FROM orders ORDER BY total DESC NULLS LAST, id LIMIT 3) t ORDER BY id',
);
q('derived table column aliases', 'SELECT t.a + t.b AS s FROM (SELECT 1, 2) t(a, b)');
q('derived table unnamed column star', 'SELECT * FROM (SELECT 1, 2) t');
q(
  'derived table from values with column aliases',
  "SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v(n, word) WHERE n > 1",
);
q('values without column aliases names', 'SELECT * FROM (VALUES (1, 2)) v');
q('only keyword on plain table', 'SELECT count(*) FROM ONLY orders');
q('table star suffix', 'SELECT count(*) FROM orders *');
q('tablesample is skipped', 'SELECT 1 AS v');

// ---------------------------------------------------------------- semi and anti joins as repositories write them
q(
  'exists semi join',
  "SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'paid')",
);
q(
  'not exists anti join',
  'SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT FROM orders o WHERE o.customer_id = c.id)',
);
q(
  'in subquery semi join',
  "SELECT id FROM products WHERE id IN (SELECT product_id FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE status = 'paid'))",
);
q(
  'not in subquery with null product',
  'SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM order_lines)',
);
q(
  'not in subquery filtered null',
  'SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM order_lines WHERE product_id IS NOT NULL)',
);
q(
  'not in subquery of customer ids with null',
  'SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)',
);
q(
  'join to distinct subquery',
  'SELECT c.id FROM customers c JOIN (SELECT DISTINCT customer_id FROM orders) o ON o.customer_id = c.id',
);
q(
  'join duplicates rows without distinct',
  'SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id',
);
q(
  'payments joined twice aliases',
  'SELECT o.id, p1.id AS first, p2.id AS second FROM orders o JOIN payments p1 ON p1.order_id = o.id JOIN payments p2 ON p2.order_id = o.id AND p2.id > p1.id',
);

export default list.cases;
