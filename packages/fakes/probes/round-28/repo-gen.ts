// Round 28 part B: a seeded generator of the SQL an order/customer/inventory service writes
// (PostgreSQL 15 manual: INSERT ... ON CONFLICT, UPDATE ... FROM, DELETE ... USING, data-modifying
// WITH, aggregate FILTER, DISTINCT ON, window functions, FETCH ... WITH TIES, NULLS FIRST/LAST,
// the string, numeric, date/time and jsonb functions and operators of chapter 9), over a small
// shop with NULLs, ties and duplicates. Shapes round 26's query-gen and write-gen do not make.
// Every ordered result sorts by a unique key last, so the order compared is total.
import { SeededRandom } from '@seams/contracts';
import type { ProbeCase, ProbeStep } from '../probe-kit.js';

const SHOP = `CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE NOT NULL, name text NOT NULL, city text, tier text DEFAULT 'basic');
CREATE TABLE products (id int PRIMARY KEY, sku text UNIQUE NOT NULL, price numeric(10,2) NOT NULL, stock int NOT NULL CHECK (stock >= 0));
CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), status text NOT NULL, total numeric(12,2), created_at timestamp NOT NULL, note text, meta jsonb);
CREATE TABLE order_items (order_id int REFERENCES orders (id) ON DELETE CASCADE, product_id int REFERENCES products (id), qty int NOT NULL, unit_price numeric(10,2) NOT NULL, PRIMARY KEY (order_id, product_id));
INSERT INTO customers VALUES (1, 'ann@x.io', 'ann lee', 'oslo', 'gold'), (2, 'bob@y.com', 'Bob', NULL, 'basic'), (3, 'cy@x.io', 'cy  ', 'rome', NULL), (4, 'dee@z.org', 'dee', 'oslo', 'basic');
INSERT INTO products VALUES (1, 'A-1', 9.99, 10), (2, 'B-2', 0.50, 0), (3, 'C-3', 120.00, 3), (4, 'D-4', 9.99, 7);
INSERT INTO orders VALUES
  (10, 1, 'paid', 20.48, '2024-01-05 10:00', NULL, '{"channel": "web", "tags": ["a", "b"], "gift": true}'),
  (11, 1, 'new', NULL, '2024-01-05 12:30', 'call first', '{"channel": "app", "tags": []}'),
  (12, 2, 'shipped', 120.00, '2024-02-29 23:59:59', '', '{"channel": "web", "coupon": "X1", "addr": {"city": "oslo"}}'),
  (13, 3, 'cancelled', 9.99, '2023-12-31 00:00', 'dup', NULL),
  (14, NULL, 'paid', 0.50, '2024-03-01 08:15', NULL, '{"channel": null}'),
  (15, 4, 'paid', 20.48, '2024-01-05 10:00', 'dup', '{"tags": ["b"], "gift": false}');
INSERT INTO order_items VALUES (10, 1, 2, 9.99), (10, 2, 1, 0.50), (12, 3, 1, 120.00), (13, 4, 1, 9.99), (14, 2, 1, 0.50), (15, 1, 1, 9.99), (15, 4, 1, 10.49);`;

type Shape = (rng: SeededRandom) => readonly ProbeStep[];

const pick = <T>(rng: SeededRandom, items: readonly T[]): T => rng.pick(items);

const STATUSES = ['new', 'paid', 'shipped', 'cancelled', 'refunded'] as const;

const shapes: Record<string, Shape> = {
  'upsert do update returning': (rng) => {
    const sku = pick(rng, ['A-1', 'B-2', 'Z-9']);
    const where = pick(rng, [
      '',
      ' WHERE products.stock < 5',
      ' WHERE excluded.price > products.price',
      ' WHERE products.stock + excluded.stock > 100',
    ]);
    const set = pick(rng, [
      'stock = products.stock + excluded.stock',
      'stock = excluded.stock, price = excluded.price',
      'price = greatest(products.price, excluded.price)',
    ]);
    return [
      `INSERT INTO products (id, sku, price, stock) VALUES (${rng.int(5, 9)}, '${sku}', ${pick(rng, ['1.25', '99.999', '0'])}, ${rng.int(0, 4)}) ON CONFLICT (sku) DO UPDATE SET ${set}${where} RETURNING id, sku, price, stock`,
      'SELECT id, sku, price, stock FROM products ORDER BY id',
    ];
  },
  'upsert do nothing returning': (rng) => [
    `INSERT INTO customers (id, email, name) VALUES (${rng.int(4, 6)}, '${pick(rng, ['ann@x.io', 'new@x.io', 'dee@z.org'])}', 'n'), (${rng.int(7, 8)}, 'other@x.io', 'o') ON CONFLICT ${pick(rng, ['DO NOTHING', '(email) DO NOTHING', '(id) DO NOTHING'])} RETURNING id, email, tier`,
    'SELECT id, email, name, tier FROM customers ORDER BY id',
  ],
  'upsert on conflict twice in one statement': (rng) => [
    `INSERT INTO products VALUES (8, 'Q-8', 1, 1), (9, 'Q-8', 2, 2) ON CONFLICT (sku) DO ${pick(rng, ['UPDATE SET stock = excluded.stock', 'NOTHING'])} RETURNING id`,
  ],
  'update from join returning': (rng) => {
    const order = pick(rng, [10, 12, 15, 99]);
    return [
      `UPDATE products p SET stock = p.stock - i.qty FROM order_items i WHERE i.product_id = p.id AND i.order_id = ${order} RETURNING p.id, p.stock, i.qty`,
      'SELECT id, stock FROM products ORDER BY id',
    ];
  },
  'update from aggregate subquery': (rng) => [
    `UPDATE orders o SET total = s.sum FROM (SELECT order_id, sum(qty * unit_price) AS sum FROM order_items GROUP BY order_id) s WHERE s.order_id = o.id AND o.status ${pick(rng, ["= 'paid'", "<> 'cancelled'", 'IS NOT NULL'])} RETURNING o.id, o.total`,
  ],
  'delete using returning': (rng) => [
    `DELETE FROM order_items i USING orders o WHERE o.id = i.order_id AND o.status = '${pick(rng, STATUSES)}' RETURNING i.order_id, i.product_id, i.qty`,
    'SELECT order_id, product_id FROM order_items ORDER BY order_id, product_id',
  ],
  'delete cascade returning': (rng) => [
    `DELETE FROM orders WHERE ${pick(rng, ["status = 'cancelled'", 'total IS NULL', "created_at < '2024-01-01'", 'customer_id IS NULL'])} RETURNING id, status`,
    'SELECT count(*) FROM order_items',
  ],
  'cte update then select': (rng) => [
    `WITH moved AS (UPDATE orders SET status = 'shipped' WHERE status = '${pick(rng, STATUSES)}' RETURNING id, total) SELECT count(*) AS n, sum(total) AS s, coalesce(max(id), -1) AS last FROM moved`,
  ],
  'cte insert then insert': (rng) => [
    `WITH o AS (INSERT INTO orders (id, customer_id, status, total, created_at) VALUES (${rng.int(20, 29)}, ${pick(rng, ['1', '2', 'NULL'])}, 'new', 0, '2024-05-01') RETURNING id) INSERT INTO order_items (order_id, product_id, qty, unit_price) SELECT o.id, p.id, ${rng.int(1, 3)}, p.price FROM o, products p WHERE p.stock > ${rng.int(0, 5)} RETURNING order_id, product_id, qty, unit_price`,
  ],
  'cte delete into insert': (rng) => [
    `WITH gone AS (DELETE FROM order_items WHERE qty ${pick(rng, ['> 1', '= 1', '>= 1'])} RETURNING order_id, product_id, qty) SELECT order_id, sum(qty) AS q FROM gone GROUP BY order_id ORDER BY order_id`,
  ],
  'aggregate filter': (rng) => {
    const cut = pick(rng, ['10', '20.48', '0']);
    return [
      `SELECT status, count(*) AS n, count(*) FILTER (WHERE total > ${cut}) AS big, sum(total) FILTER (WHERE note IS NOT NULL) AS noted, avg(total) FILTER (WHERE customer_id ${pick(rng, ['IS NULL', '= 1', '> 1'])}) AS avg_some, bool_or(meta ? 'gift') FILTER (WHERE meta IS NOT NULL) AS any_gift FROM orders GROUP BY status ORDER BY status`,
    ];
  },
  'aggregate filter no group': (rng) => [
    `SELECT count(*) FILTER (WHERE status = '${pick(rng, STATUSES)}') AS n, array_agg(id ORDER BY id) FILTER (WHERE total ${pick(rng, ['> 5', 'IS NULL', '< 0'])}) AS ids, string_agg(DISTINCT status, ',' ORDER BY status) AS statuses FROM orders`,
  ],
  'distinct on latest per customer': (rng) => [
    `SELECT DISTINCT ON (customer_id) customer_id, id, total, created_at FROM orders ORDER BY customer_id ${pick(rng, ['', 'DESC', 'NULLS FIRST', 'DESC NULLS LAST'])}, created_at ${pick(rng, ['DESC', 'ASC'])}, id`,
  ],
  'window rank per customer': (rng) => {
    const fn = pick(rng, [
      'row_number()',
      'rank()',
      'dense_rank()',
      'percent_rank()',
      'cume_dist()',
      'ntile(2)',
    ]);
    return [
      `SELECT id, customer_id, total, ${fn} OVER (PARTITION BY customer_id ORDER BY total ${pick(rng, ['DESC', 'ASC', 'DESC NULLS LAST', 'NULLS FIRST'])}, id) AS r FROM orders ORDER BY id`,
    ];
  },
  'window running sum': (rng) => {
    const frame = pick(rng, [
      '',
      ' ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW',
      ' ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING',
      ' RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW',
    ]);
    return [
      `SELECT id, total, sum(total) OVER (ORDER BY created_at, id${frame}) AS running, lag(total) OVER (ORDER BY id) AS prev, lead(id, ${rng.int(1, 2)}, -1) OVER (ORDER BY id) AS next_id, first_value(id) OVER (PARTITION BY status ORDER BY id) AS first_in_status FROM orders ORDER BY id`,
    ];
  },
  'window count over partition': () => [
    'SELECT id, status, count(*) OVER (PARTITION BY status) AS in_status, round(100.0 * total / sum(total) OVER (), 2) AS pct FROM orders ORDER BY id',
  ],
  'fetch with ties': (rng) => [
    `SELECT id, total FROM (SELECT id, total FROM orders ORDER BY total ${pick(rng, ['DESC', 'ASC', 'DESC NULLS LAST'])} FETCH FIRST ${rng.int(1, 3)} ROWS WITH TIES) t ORDER BY id`,
  ],
  'limit offset ordered': (rng) => [
    `SELECT id, status FROM orders ORDER BY ${pick(rng, ['status, id', 'created_at DESC, id', 'total NULLS FIRST, id', 'note DESC NULLS LAST, id'])} LIMIT ${rng.int(0, 4)} OFFSET ${rng.int(0, 3)}`,
  ],
  'null ordering': (rng) => [
    `SELECT id, note, total FROM orders ORDER BY ${pick(rng, ['note', 'note DESC', 'note NULLS FIRST', 'note DESC NULLS LAST', 'total', 'total DESC'])}, id`,
  ],
  'text functions': (rng) => {
    const exprs = [
      'upper(name)',
      'lower(email)',
      "split_part(email, '@', 2)",
      'left(name, 2)',
      'right(email, 3)',
      'length(name)',
      "coalesce(city, '-')",
      "concat_ws(', ', name, city, tier)",
      'initcap(name)',
      "position('o' in email)",
      "replace(email, '.', '_')",
      'trim(name)',
      "rtrim(name) || '!'",
      "format('%s <%s>', name, email)",
      "lpad(id::text, 4, '0')",
      'substring(email from 2 for 3)',
      "email LIKE '%x.io'",
      "name ILIKE 'b%'",
      "regexp_replace(email, '@.*$', '')",
      'md5(email)',
      "nullif(trim(name), '')",
      "coalesce(tier, 'none') || ':' || id",
      "translate(name, 'ae', 'AE')",
      "strpos(email, '@')",
      "starts_with(email, 'b')",
      'reverse(name)',
      "repeat('*', id)",
      'char_length(name)',
    ];
    const chosen = Array.from({ length: 3 }, () => pick(rng, exprs));
    return [`SELECT id, ${chosen.map((e, i) => `${e} AS c${i}`).join(', ')} FROM customers ORDER BY id`];
  },
  'numeric functions': (rng) => {
    const exprs = [
      'round(total, 1)',
      'round(total)',
      'trunc(total)',
      'ceil(total)',
      'floor(total)',
      'total * 1.1',
      'total / 3',
      'abs(total - 20)',
      'mod(id, 3)',
      'greatest(total, 10)',
      'least(total, 10, NULL)',
      "to_char(total, 'FM999990.00')",
      'total::int',
      'total::float8',
      'coalesce(total, 0) + 0.005',
      'sign(total - 20.48)',
      'power(2, id - 10)',
      'sqrt(coalesce(total, 0))',
      'total % 3',
      'div(id, 4)',
      'width_bucket(total, 0, 150, 3)',
      'scale(total)',
    ];
    const chosen = Array.from({ length: 3 }, () => pick(rng, exprs));
    return [`SELECT id, ${chosen.map((e, i) => `${e} AS c${i}`).join(', ')} FROM orders ORDER BY id`];
  },
  'timestamp functions': (rng) => {
    const exprs = [
      "date_trunc('day', created_at)",
      "date_trunc('month', created_at)",
      'extract(year FROM created_at)',
      'extract(dow FROM created_at)',
      'extract(epoch FROM created_at)',
      "created_at + interval '1 day'",
      "created_at - interval '1 month'",
      "to_char(created_at, 'YYYY-MM-DD HH24:MI')",
      'created_at::date',
      "date_part('doy', created_at)",
      "age(created_at, timestamp '2024-01-01')",
      "created_at > '2024-01-05'",
      "created_at::date - date '2024-01-01'",
      "(created_at + interval '90 minutes')::time",
      "date_trunc('week', created_at)",
      "to_char(created_at, 'Dy DD Mon')",
      "created_at AT TIME ZONE 'UTC'",
    ];
    const chosen = Array.from({ length: 3 }, () => pick(rng, exprs));
    return [`SELECT id, ${chosen.map((e, i) => `${e} AS c${i}`).join(', ')} FROM orders ORDER BY id`];
  },
  'jsonb operators': (rng) => {
    const exprs = [
      "meta->>'channel'",
      "meta->'tags'",
      'meta @> \'{"gift": true}\'',
      "meta ? 'coupon'",
      "meta ?| array['coupon', 'gift']",
      "jsonb_array_length(meta->'tags')",
      "meta #>> '{addr,city}'",
      "meta #> '{tags,0}'",
      "jsonb_set(meta, '{seen}', 'true')",
      "meta - 'coupon'",
      "jsonb_build_object('id', id, 'ch', meta->'channel')",
      "meta->'tags'->>0",
      "coalesce(meta->>'channel', 'none')",
      "jsonb_typeof(meta->'channel')",
      "(meta->>'gift')::boolean",
      'meta || \'{"x": 1}\'',
      'jsonb_strip_nulls(meta)',
      "meta->'tags' @> '[\"b\"]'",
    ];
    const chosen = Array.from({ length: 3 }, () => pick(rng, exprs));
    return [`SELECT id, ${chosen.map((e, i) => `${e} AS c${i}`).join(', ')} FROM orders ORDER BY id`];
  },
  'jsonb where and agg': (rng) => [
    `SELECT ${pick(rng, ['jsonb_agg(id ORDER BY id)', 'jsonb_object_agg(id, status ORDER BY id)', 'count(*)', "jsonb_agg(meta->'channel' ORDER BY id)"])} AS v FROM orders WHERE ${pick(rng, ["meta->>'channel' = 'web'", "meta ? 'tags'", 'meta @> \'{"tags": ["b"]}\'', "meta->'channel' IS NULL", "jsonb_typeof(meta->'channel') = 'null'"])}`,
  ],
  'any parameter': (rng) => [
    {
      sql: `SELECT id, status FROM orders WHERE ${pick(rng, ['id = ANY($1::int[])', 'id <> ALL($1::int[])', 'customer_id = ANY($1)'])} ORDER BY id`,
      params: [pick(rng, [[10, 12], [], [99], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]])],
    },
  ],
  'case coalesce nullif': (rng) => [
    `SELECT id, CASE WHEN total IS NULL THEN 'none' WHEN total > ${pick(rng, ['20', '100'])} THEN 'big' ELSE 'small' END AS size, nullif(note, '') AS note, coalesce(nullif(status, 'new'), 'fresh') AS st FROM orders ORDER BY id`,
  ],
  'grouped aggregates': (rng) => [
    `SELECT ${pick(rng, ['customer_id', 'status', "date_trunc('month', created_at)"])} AS k, count(*) AS n, count(DISTINCT customer_id) AS customers, round(avg(total), 2) AS avg, min(created_at) AS first, string_agg(id::text, ',' ORDER BY id) AS ids FROM orders GROUP BY 1 ${pick(rng, ['', 'HAVING count(*) > 1', 'HAVING sum(total) IS NOT NULL'])} ORDER BY 1 NULLS FIRST`,
  ],
  'join report': (rng) => [
    `SELECT c.name, count(o.id) AS orders, coalesce(sum(i.qty * i.unit_price), 0) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.id${pick(rng, ['', " AND o.status <> 'cancelled'"])} LEFT JOIN order_items i ON i.order_id = o.id GROUP BY c.id, c.name ORDER BY spent DESC, c.id`,
  ],
  'exists and not exists': (rng) => [
    `SELECT id, name FROM customers c WHERE ${pick(rng, ['', 'NOT '])}EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = '${pick(rng, STATUSES)}') ORDER BY id`,
  ],
  'update returning expressions': (rng) => [
    `UPDATE products SET price = round(price * ${pick(rng, ['1.1', '0.9', '1.005'])}, 2), stock = stock ${pick(rng, ['+ 1', '- 1', '* 2'])} WHERE ${pick(rng, ['stock > 0', 'price < 10', "sku LIKE '%-4'"])} RETURNING id, price, stock, price * stock AS value`,
  ],
  'insert select returning': (rng) => [
    `INSERT INTO orders (id, customer_id, status, total, created_at, meta) SELECT id + 100, id, 'new', ${pick(rng, ['NULL', '0', '12.345'])}, timestamp '2024-06-01' + id * interval '1 hour', jsonb_build_object('from', email) FROM customers WHERE ${pick(rng, ['city IS NULL', "tier = 'basic'", 'true'])} RETURNING id, customer_id, total, created_at, meta`,
  ],
  'insert defaults returning': (rng) => [
    `INSERT INTO customers (id, email, name${pick(rng, ['', ', tier'])}) VALUES (9, 'n@x.io', 'n'${pick(rng, ['', ', DEFAULT'])}) RETURNING *`,
  ],
};

export function generateRepoCases(seed: number, count: number): ProbeCase[] {
  const rng = new SeededRandom(seed);
  const names = Object.keys(shapes);
  const cases: ProbeCase[] = [];
  for (let index = 0; index < count; index++) {
    const name = names[index % names.length] ?? '';
    const shape = shapes[name];
    if (!shape) continue;
    cases.push({ name: `repo ${seed}.${index} ${name}`, setup: SHOP, steps: shape(rng) });
  }
  return cases;
}
