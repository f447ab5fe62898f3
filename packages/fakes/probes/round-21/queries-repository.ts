// Round 21 ordinary application queries, part 6: what a repository layer sends: finds with typed and
// untyped parameters, offset and keyset pagination with total counts, search filters, upserts with
// RETURNING and the reads after them, jsonb and array filters, and parameter errors (42P18, 22P02,
// 08P01 count mismatches) as PostgreSQL 15 answers them over the extended protocol.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: repository: ');
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.add(name, [withParams(sql, ...params)], setup);
const steps = (name: string, s: ProbeStep[], setup = SHOP) => list.add(name, s, setup);

// ---------------------------------------------------------------- finds
p('find customer by email', 'SELECT id, name, tier, credit, tags FROM customers WHERE email = $1', [
  'ben@example.com',
]);
p(
  'find order with lines as json',
  "SELECT o.id, o.status, coalesce(json_agg(json_build_object('line', l.line_no, 'qty', l.qty) ORDER BY l.line_no) FILTER (WHERE l.line_no IS NOT NULL), '[]') AS lines FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id WHERE o.id = $1 GROUP BY o.id",
  [106],
);
p(
  'find order with lines as json two lines',
  "SELECT o.id, coalesce(json_agg(json_build_object('line', l.line_no, 'qty', l.qty) ORDER BY l.line_no) FILTER (WHERE l.line_no IS NOT NULL), '[]') AS lines FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id WHERE o.id = $1 GROUP BY o.id",
  [101],
);
p('find orders by status text parameter', 'SELECT id FROM orders WHERE status = $1 ORDER BY id', ['placed']);
p('find orders by bad enum parameter fails', 'SELECT id FROM orders WHERE status = $1', ['lost']);
p('find orders by enum cast parameter', 'SELECT id FROM orders WHERE status = $1::order_status ORDER BY id', [
  'paid',
]);
p(
  'find orders by timestamptz range',
  "SELECT id FROM orders WHERE placed_at >= $1::timestamptz AND placed_at < $1::timestamptz + interval '1 month' ORDER BY id",
  ['2024-02-01T00:00:00Z'],
);
p('find orders by date parameter', 'SELECT id FROM orders WHERE placed_at::date = $1 ORDER BY id', [
  '2024-03-15',
]);
p(
  'find orders by date parameter between',
  'SELECT id FROM orders WHERE placed_at >= $1::date AND placed_at < ($2::date + 1) ORDER BY id',
  ['2024-01-01', '2024-01-31'],
);
p('find by numeric parameter', 'SELECT id FROM orders WHERE total = $1 ORDER BY id', ['50.5']);
p(
  'find by numeric comparison parameter number',
  'SELECT id FROM orders WHERE total > $1 ORDER BY id',
  [34.99],
);
p('find by bigint id string', 'SELECT kind FROM events WHERE id = $1', ['9']);
p('find by jsonb key parameter', 'SELECT id FROM products WHERE attrs ->> $1 IS NOT NULL ORDER BY id', [
  'color',
]);
p('find by jsonb containment parameter', 'SELECT id FROM products WHERE attrs @> $1 ORDER BY id', [
  '{"color": "black"}',
]);
p(
  'find by jsonb containment parameter object',
  'SELECT id FROM products WHERE attrs @> $1::jsonb ORDER BY id',
  [{ size: 'm' }],
);
p('find by jsonb path value', "SELECT id FROM events WHERE (payload ->> 'order')::int = $1", [107]);
p(
  'find by jsonb numeric key compare',
  "SELECT id FROM products WHERE (attrs ->> 'weight')::numeric > $1 ORDER BY id",
  [10],
);
p('find by jsonb exists key', 'SELECT id FROM events WHERE payload ? $1 ORDER BY id', ['ip']);
p('find by jsonb exists any keys', 'SELECT id FROM products WHERE attrs ?| $1 ORDER BY id', [
  ['size', 'length'],
]);
p(
  'find with ilike search parameter',
  "SELECT id FROM customers WHERE name ILIKE '%' || $1 || '%' ORDER BY id",
  ['a'],
);
p(
  'find with ilike search null parameter',
  "SELECT id FROM customers WHERE name ILIKE '%' || $1 || '%' ORDER BY id",
  [null],
);
p(
  'find with multi column search',
  "SELECT id FROM customers WHERE $1::text IS NULL OR name ILIKE $1 || '%' OR email ILIKE $1 || '%' ORDER BY id",
  ['e'],
);
p('find with boolean parameter', 'SELECT id FROM products WHERE active = $1 ORDER BY id', [false]);
p(
  'find with optional boolean parameter',
  'SELECT id FROM products WHERE ($1::boolean IS NULL OR active = $1) ORDER BY id',
  [null],
);
p(
  'find with two optional filters',
  'SELECT id FROM orders WHERE ($1::order_status IS NULL OR status = $1) AND ($2::int IS NULL OR customer_id = $2) ORDER BY id',
  ['paid', 1],
);
p(
  'find with optional filters both null',
  'SELECT id FROM orders WHERE ($1::order_status IS NULL OR status = $1) AND ($2::int IS NULL OR customer_id = $2) ORDER BY id',
  [null, null],
);
p('untyped parameter is null alone fails', 'SELECT id FROM orders WHERE $1 IS NULL', [null]);
p('parameter in select list untyped', 'SELECT $1 AS v', ['x']);
p('parameter in select list typed', 'SELECT $1::int + 1 AS v', ['41']);
p(
  'parameter type from comparison with numeric',
  'SELECT pg_typeof($1) AS t FROM orders WHERE total = $1 LIMIT 1',
  ['50.50'],
);
p('parameter used as int and text fails', 'SELECT id FROM orders WHERE id = $1 AND coupon = $1', ['101']);
p('parameter count too few', 'SELECT id FROM orders WHERE id = $1 AND customer_id = $2', [101]);
p('parameter count too many', 'SELECT id FROM orders WHERE id = $1', [101, 1]);
p('parameter gap index', 'SELECT $2::int AS v', [1, 2]);
p('parameter bad timestamp fails', 'SELECT id FROM orders WHERE placed_at > $1', ['yesterday-ish']);
p('parameter int array bad element fails', 'SELECT id FROM orders WHERE id = ANY($1::int[])', [['1', 'x']]);
p('parameter array literal string', 'SELECT id FROM orders WHERE id = ANY($1::int[]) ORDER BY id', [
  '{101,102}',
]);
p('parameter array with nulls', 'SELECT array_length($1::int[], 1) AS n, $1::int[] AS a', [[1, null, 3]]);
p('parameter text array with comma and quote', 'SELECT $1::text[] AS a, cardinality($1::text[]) AS n', [
  ['a,b', 'c"d', ''],
]);
p(
  'parameter unnest join',
  'SELECT o.id FROM unnest($1::int[]) WITH ORDINALITY AS t(id, ord) JOIN orders o ON o.id = t.id ORDER BY t.ord',
  [[109, 101, 105]],
);
p(
  'parameter unnest two arrays batch lookup',
  'SELECT t.sku, p.id FROM unnest($1::text[]) AS t(sku) LEFT JOIN products p ON p.sku = t.sku ORDER BY t.sku',
  [['SKU-C', 'SKU-Z', 'SKU-A']],
);
p(
  'parameter limit offset page 1',
  'SELECT id, placed_at FROM orders ORDER BY placed_at DESC, id DESC LIMIT $1 OFFSET $2',
  [3, 0],
);
p(
  'parameter limit offset page 3',
  'SELECT id, placed_at FROM orders ORDER BY placed_at DESC, id DESC LIMIT $1 OFFSET $2',
  [3, 6],
);
p('parameter limit offset past end', 'SELECT id FROM orders ORDER BY id LIMIT $1 OFFSET $2', [3, 30]);
p('parameter limit as bigint string', 'SELECT id FROM orders ORDER BY id LIMIT $1', ['9223372036854775807']);
p('parameter limit too big fails', 'SELECT id FROM orders ORDER BY id LIMIT $1', ['9223372036854775808']);

// ---------------------------------------------------------------- pagination
p(
  'page with total count window',
  'SELECT id, count(*) OVER () AS total FROM orders WHERE status <> $1 ORDER BY id LIMIT 3 OFFSET 3',
  ['cancelled'],
);
p(
  'page with total count window empty page',
  'SELECT id, count(*) OVER () AS total FROM orders ORDER BY id LIMIT 3 OFFSET 50',
  [],
);
p(
  'keyset first page',
  'SELECT id, total FROM orders WHERE total IS NOT NULL ORDER BY total DESC, id DESC LIMIT $1',
  [3],
);
p(
  'keyset next page by row comparison',
  'SELECT id, total FROM orders WHERE total IS NOT NULL AND (total, id) < ($1, $2) ORDER BY total DESC, id DESC LIMIT 3',
  ['50.50', 101],
);
p(
  'keyset next page by expanded or',
  'SELECT id, total FROM orders WHERE total IS NOT NULL AND (total < $1 OR (total = $1 AND id < $2)) ORDER BY total DESC, id DESC LIMIT 3',
  ['50.50', 101],
);
p(
  'keyset next page timestamptz',
  'SELECT id FROM orders WHERE (placed_at, id) > ($1::timestamptz, $2::int) ORDER BY placed_at, id LIMIT 3',
  ['2024-02-03T11:11:00Z', 103],
);
p(
  'keyset next page nulls last via coalesce',
  "SELECT id, shipped_at FROM orders WHERE (coalesce(shipped_at, 'infinity'), id) > ($1::timestamptz, $2::int) ORDER BY coalesce(shipped_at, 'infinity'), id LIMIT 4",
  ['2024-01-22T09:00:00Z', 102],
);
p(
  'keyset previous page reversed',
  'SELECT * FROM (SELECT id FROM orders WHERE id < $1 ORDER BY id DESC LIMIT 3) s ORDER BY id',
  [105],
);
p(
  'keyset on text with collation C',
  'SELECT email FROM customers WHERE email COLLATE "C" > $1 ORDER BY email COLLATE "C" LIMIT 2',
  ['cleo@example.com'],
);
p(
  'cursor page has next via limit plus one',
  'SELECT id FROM orders WHERE id > $1 ORDER BY id LIMIT $2 + 1',
  [105, 2],
);
p(
  'count for pagination with filters',
  'SELECT count(*) AS total FROM orders WHERE ($1::int[] IS NULL OR customer_id = ANY($1))',
  [[1, 2]],
);
p(
  'page of customers with order counts',
  'SELECT c.id, count(o.id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY count(o.id) DESC, c.id LIMIT $1 OFFSET $2',
  [2, 2],
);

// ---------------------------------------------------------------- upserts with RETURNING and reads after
steps('upsert new customer returning inserted flag', [
  withParams(
    'INSERT INTO customers (id, email, name, signed_up) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id, name, (xmax = 0) AS inserted',
    [7, 'gus@example.com', 'Gus', '2024-04-01T00:00:00Z'],
  ),
  'SELECT id, name FROM customers WHERE id = 7',
]);
steps('upsert existing customer updates name', [
  withParams(
    'INSERT INTO customers (id, email, name, signed_up) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id, name',
    [77, 'ben@example.com', 'Benjamin', '2024-04-01T00:00:00Z'],
  ),
  "SELECT id, name, signed_up FROM customers WHERE email = 'ben@example.com'",
]);
steps('upsert do nothing returns no row', [
  withParams(
    'INSERT INTO customers (id, email, signed_up) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id',
    [1, 'other@example.com', '2024-04-01T00:00:00Z'],
  ),
  'SELECT count(*) FROM customers',
]);
steps('upsert then select existing on do nothing', [
  "WITH ins AS (INSERT INTO customers (id, email, signed_up) VALUES (8, 'ann@example.com', '2024-04-01') ON CONFLICT (email) DO NOTHING RETURNING id) SELECT id FROM ins UNION ALL SELECT id FROM customers WHERE email = 'ann@example.com' AND NOT EXISTS (SELECT 1 FROM ins)",
]);
steps('upsert increments counter column', [
  'CREATE TABLE product_views (product_id int PRIMARY KEY, views int NOT NULL DEFAULT 0, last_at timestamptz)',
  withParams(
    'INSERT INTO product_views (product_id, views, last_at) VALUES ($1, 1, $2) ON CONFLICT (product_id) DO UPDATE SET views = product_views.views + 1, last_at = greatest(product_views.last_at, excluded.last_at) RETURNING views, last_at',
    [3, '2024-01-01T00:00:00Z'],
  ),
  withParams(
    'INSERT INTO product_views (product_id, views, last_at) VALUES ($1, 1, $2) ON CONFLICT (product_id) DO UPDATE SET views = product_views.views + 1, last_at = greatest(product_views.last_at, excluded.last_at) RETURNING views, last_at',
    [3, '2023-12-01T00:00:00Z'],
  ),
  'SELECT * FROM product_views',
]);
steps('upsert with where on conflict update skipped', [
  "INSERT INTO products (id, sku, title, price) VALUES (10, 'SKU-D', 'Drone 2', 150.00) ON CONFLICT (sku) DO UPDATE SET price = excluded.price WHERE products.active RETURNING id, price",
  "SELECT price FROM products WHERE sku = 'SKU-D'",
]);
steps('upsert with where on conflict update applied', [
  "INSERT INTO products (id, sku, title, price) VALUES (10, 'SKU-A', 'Anvil', 30.00) ON CONFLICT (sku) DO UPDATE SET price = excluded.price WHERE products.active RETURNING id, price",
  "SELECT id, price FROM products WHERE sku = 'SKU-A'",
]);
steps('upsert multi row returning in order', [
  "INSERT INTO products (id, sku, title, price) VALUES (6, 'SKU-F', 'Fan', 15.00), (7, 'SKU-B', 'Bolt', 0.55) ON CONFLICT (sku) DO UPDATE SET price = excluded.price RETURNING id, sku, price",
  'SELECT id, price FROM products ORDER BY id',
]);
steps('upsert same key twice in one statement fails', [
  "INSERT INTO products (id, sku, title, price) VALUES (6, 'SKU-F', 'Fan', 15.00), (7, 'SKU-F', 'Fan 2', 16.00) ON CONFLICT (sku) DO UPDATE SET price = excluded.price",
  'SELECT count(*) FROM products',
]);
steps('upsert on primary key conflict target mismatch fails', [
  "INSERT INTO products (id, sku, title, price) VALUES (1, 'SKU-NEW', 'x', 1) ON CONFLICT (sku) DO UPDATE SET title = excluded.title",
  'SELECT sku FROM products WHERE id = 1',
]);
steps('upsert conflict target without index fails', [
  "INSERT INTO products (id, sku, title, price) VALUES (1, 'SKU-A', 'x', 1) ON CONFLICT (title) DO NOTHING",
]);
steps('upsert on constraint name', [
  "INSERT INTO products (id, sku, title, price) VALUES (1, 'SKU-Q', 'Q', 1) ON CONFLICT ON CONSTRAINT products_pkey DO UPDATE SET sku = excluded.sku RETURNING id, sku",
  'SELECT sku FROM products WHERE id = 1',
]);
steps('upsert composite key order line', [
  withParams(
    'INSERT INTO order_lines (order_id, line_no, product_id, qty, unit_price) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (order_id, line_no) DO UPDATE SET qty = order_lines.qty + excluded.qty RETURNING order_id, line_no, qty',
    [101, 1, 1, 3, '25.00'],
  ),
  'SELECT sum(qty) FROM order_lines WHERE order_id = 101',
]);
steps('upsert jsonb merge', [
  'INSERT INTO products (id, sku, title, price, attrs) VALUES (1, \'SKU-A\', \'Anvil\', 25.00, \'{"weight": 13, "finish": "matte"}\') ON CONFLICT (id) DO UPDATE SET attrs = products.attrs || excluded.attrs RETURNING attrs',
]);
steps('upsert array append distinct', [
  "INSERT INTO customers (id, email, signed_up, tags) VALUES (1, 'ann@example.com', '2024-01-01', '{vip,beta}') ON CONFLICT (id) DO UPDATE SET tags = ARRAY(SELECT DISTINCT unnest(customers.tags || excluded.tags) ORDER BY 1) RETURNING tags",
]);
steps('insert returning computed columns', [
  withParams(
    "INSERT INTO orders (id, customer_id, status, total, placed_at) VALUES ($1, $2, 'draft', $3, $4) RETURNING id, status, total * 1.19 AS gross, placed_at",
    [110, 6, '10.00', '2024-04-03T12:00:00Z'],
  ),
]);
steps('insert select returning with order by in select', [
  "INSERT INTO events (id, customer_id, kind, at) SELECT 100 + row_number() OVER (ORDER BY id), customer_id, 'reminder', '2024-04-05' FROM orders WHERE status = 'placed' AND customer_id IS NOT NULL RETURNING id, customer_id",
]);
steps('update returning with from join', [
  'UPDATE orders o SET total = s.sum FROM (SELECT order_id, sum(qty * unit_price) AS sum FROM order_lines GROUP BY order_id) s WHERE s.order_id = o.id AND o.total IS NULL RETURNING o.id, o.total',
  'SELECT id, total FROM orders WHERE id IN (104, 106) ORDER BY id',
]);
steps('update with parameter null sets null', [
  withParams('UPDATE orders SET coupon = $1 WHERE id = $2 RETURNING id, coupon', [null, 102]),
]);
steps('update optional set via coalesce parameter', [
  withParams(
    'UPDATE customers SET name = coalesce($2, name), tier = coalesce($3, tier) WHERE id = $1 RETURNING name, tier',
    [3, 'Cleo', null],
  ),
]);
steps('update rowcount of no match', [
  withParams('UPDATE orders SET status = $1 WHERE id = $2', ['shipped', 999]),
]);
steps('update status transition guarded', [
  withParams(
    "UPDATE orders SET status = 'shipped', shipped_at = $2 WHERE id = $1 AND status = 'paid' RETURNING id",
    [105, '2024-03-01T00:00:00Z'],
  ),
  withParams(
    "UPDATE orders SET status = 'shipped', shipped_at = $2 WHERE id = $1 AND status = 'paid' RETURNING id",
    [105, '2024-03-02T00:00:00Z'],
  ),
  'SELECT status, shipped_at FROM orders WHERE id = 105',
]);
steps('delete returning with using join', [
  "DELETE FROM payments p USING orders o WHERE o.id = p.order_id AND o.status = 'shipped' RETURNING p.id, o.id AS order_id",
  'SELECT count(*) FROM payments',
]);
steps('delete with not exists orphans', [
  'DELETE FROM payments p WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = p.order_id) RETURNING id',
]);
steps('insert enum value invalid fails', [
  "INSERT INTO orders (id, customer_id, status, placed_at) VALUES (111, 1, 'returned', '2024-04-01')",
]);
steps('insert foreign key violation', [
  withParams('INSERT INTO orders (id, customer_id, status, placed_at) VALUES ($1, $2, $3, $4)', [
    111,
    42,
    'draft',
    '2024-04-01T00:00:00Z',
  ]),
]);
steps('insert unique violation detail', [
  withParams('INSERT INTO customers (id, email, signed_up) VALUES ($1, $2, $3)', [
    9,
    'eve@example.com',
    '2024-04-01T00:00:00Z',
  ]),
]);
steps('insert numeric overflow', [
  withParams('INSERT INTO payments VALUES ($1, NULL, $2, $3, $4)', [
    20,
    '123456789.00',
    'card',
    '2024-04-01T00:00:00Z',
  ]),
]);
steps('insert numeric rounds to scale', [
  withParams('INSERT INTO payments VALUES ($1, NULL, $2, $3, $4) RETURNING amount', [
    21,
    '1.005',
    'card',
    '2024-04-01T00:00:00Z',
  ]),
]);
steps('read after write sees own transaction', [
  'BEGIN',
  "INSERT INTO payments VALUES (30, 103, 9.99, 'card', '2024-02-05 00:00:00+00')",
  'SELECT o.id, o.total - coalesce(sum(p.amount), 0) AS due FROM orders o LEFT JOIN payments p ON p.order_id = o.id WHERE o.id = 103 GROUP BY o.id',
  'ROLLBACK',
  'SELECT count(*) FROM payments WHERE order_id = 103',
]);
steps('balance due per order', [
  'SELECT o.id, o.total, coalesce(sum(p.amount), 0) AS paid, o.total - coalesce(sum(p.amount), 0) AS due FROM orders o LEFT JOIN payments p ON p.order_id = o.id GROUP BY o.id ORDER BY o.id',
]);
steps('customer lifetime value report', [
  "SELECT c.id, c.email, count(DISTINCT o.id) AS orders, coalesce(sum(l.qty * l.unit_price), 0) AS gross, max(o.placed_at) AS last_order FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'cancelled' LEFT JOIN order_lines l ON l.order_id = o.id GROUP BY c.id ORDER BY gross DESC, c.id",
]);
steps('funnel events per customer', [
  "SELECT customer_id, bool_or(kind = 'view') AS viewed, bool_or(kind = 'purchase') AS bought, min(at) FILTER (WHERE kind = 'login') AS first_login FROM events WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY customer_id",
]);
steps('best selling products with ties', [
  'SELECT p.sku, sum(l.qty) AS sold, rank() OVER (ORDER BY sum(l.qty) DESC) AS r FROM products p JOIN order_lines l ON l.product_id = p.id GROUP BY p.sku ORDER BY r, p.sku',
]);
steps('orders without payment older than a date', [
  withParams(
    "SELECT o.id FROM orders o WHERE o.status IN ('placed', 'paid') AND o.placed_at < $1 AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id) ORDER BY o.id",
    ['2024-04-01T00:00:00Z'],
  ),
]);
steps('products never ordered', [
  'SELECT p.id FROM products p LEFT JOIN order_lines l ON l.product_id = p.id WHERE l.product_id IS NULL ORDER BY p.id',
]);
steps('share of revenue per category', [
  "SELECT coalesce(p.category, 'other') AS category, sum(l.qty * l.unit_price) AS revenue, round(100 * sum(l.qty * l.unit_price) / sum(sum(l.qty * l.unit_price)) OVER (), 2) AS pct FROM order_lines l JOIN products p ON p.id = l.product_id GROUP BY 1 ORDER BY 1",
]);
steps('month over month growth', [
  "WITH m AS (SELECT date_trunc('month', placed_at AT TIME ZONE 'UTC') AS month, sum(total) AS revenue FROM orders WHERE total IS NOT NULL GROUP BY 1) SELECT month, revenue, revenue - lag(revenue) OVER (ORDER BY month) AS delta FROM m ORDER BY month",
]);
steps('median order value per status', [
  'SELECT status, percentile_cont(0.5) WITHIN GROUP (ORDER BY total) AS median, count(total) AS n FROM orders GROUP BY status ORDER BY status',
]);
steps('time to ship in hours', [
  'SELECT id, extract(epoch FROM shipped_at - placed_at) / 3600 AS hours FROM orders WHERE shipped_at IS NOT NULL ORDER BY id',
]);
steps('customers by tag count', [
  'SELECT tag, count(*) AS n FROM customers, unnest(tags) AS tag GROUP BY tag ORDER BY n DESC, tag',
]);
steps('coupon usage per coupon with total', [
  "SELECT coalesce(coupon, '(none)') AS coupon, count(*) AS uses, sum(total) AS revenue FROM orders GROUP BY ROLLUP (coupon) ORDER BY grouping(coupon), coupon NULLS FIRST",
]);

export default list.cases;
