import { defineGroup } from '../sql-case.js';

const SALES = `
  CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount int NOT NULL, day int NOT NULL);
  INSERT INTO sales VALUES (1, 'north', 10, 1), (2, 'north', 30, 2), (3, 'south', 20, 1), (4, 'south', 20, 2), (5, 'north', 5, 3);`;

const TREE = `
  CREATE TABLE nodes (id int PRIMARY KEY, parent_id int REFERENCES nodes (id), name text);
  INSERT INTO nodes VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 4, 'a1x');`;

/** Common table expressions (plain, recursive, writable) and window functions. */
export const cteWindowCases = defineGroup('ctes-windows', [
  {
    name: 'a plain WITH query',
    setup: SALES,
    steps: [
      "WITH north AS (SELECT * FROM sales WHERE region = 'north') SELECT sum(amount) AS total FROM north",
    ],
  },
  {
    name: 'several CTEs, the second reading the first',
    setup: SALES,
    steps: [
      'WITH totals AS (SELECT region, sum(amount) AS s FROM sales GROUP BY region), best AS (SELECT max(s) AS m FROM totals) SELECT region FROM totals, best WHERE s = m',
    ],
  },
  {
    name: 'WITH RECURSIVE walks a tree with depth',
    setup: TREE,
    steps: [
      `WITH RECURSIVE sub AS (
         SELECT id, name, 0 AS depth FROM nodes WHERE id = 2
         UNION ALL
         SELECT n.id, n.name, sub.depth + 1 FROM nodes n JOIN sub ON n.parent_id = sub.id
       ) SELECT name, depth FROM sub ORDER BY depth, name`,
    ],
  },
  {
    name: 'WITH RECURSIVE builds a path to the root',
    setup: TREE,
    steps: [
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, name::text AS path FROM nodes WHERE id = 5
         UNION ALL
         SELECT n.id, n.parent_id, n.name || '/' || up.path FROM nodes n JOIN up ON n.id = up.parent_id
       ) SELECT path FROM up WHERE parent_id IS NULL`,
    ],
  },
  {
    name: 'WITH RECURSIVE counts to five',
    steps: [
      'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT sum(n) AS s, count(*) AS k FROM c',
    ],
  },
  {
    name: 'a writable CTE moves rows with DELETE ... RETURNING into INSERT',
    setup: `${SALES} CREATE TABLE sales_archive (LIKE sales);`,
    steps: [
      "WITH moved AS (DELETE FROM sales WHERE region = 'south' RETURNING *) INSERT INTO sales_archive SELECT * FROM moved",
      'SELECT (SELECT count(*) FROM sales) AS left_rows, (SELECT count(*) FROM sales_archive) AS archived',
    ],
  },
  {
    name: 'WITH ... INSERT ... RETURNING feeds the outer SELECT',
    setup: SALES,
    steps: [
      "WITH ins AS (INSERT INTO sales VALUES (6, 'east', 1, 1), (7, 'east', 2, 1) RETURNING id) SELECT count(*) AS inserted, max(id) AS last FROM ins",
    ],
  },
  {
    name: 'WITH ... UPDATE ... RETURNING counted by the outer query',
    setup: SALES,
    steps: [
      "WITH upd AS (UPDATE sales SET amount = amount * 2 WHERE region = 'north' RETURNING amount) SELECT sum(amount) AS doubled FROM upd",
    ],
  },
  {
    name: 'MATERIALIZED and NOT MATERIALIZED hints are accepted',
    setup: SALES,
    steps: [
      'WITH m AS MATERIALIZED (SELECT * FROM sales), n AS NOT MATERIALIZED (SELECT * FROM sales) SELECT (SELECT count(*) FROM m) AS a, (SELECT count(*) FROM n) AS b',
    ],
  },
  {
    name: 'row_number() over a partition',
    setup: SALES,
    steps: ['SELECT id, row_number() OVER (PARTITION BY region ORDER BY day) AS rn FROM sales ORDER BY id'],
  },
  {
    name: 'rank() and dense_rank() on ties',
    setup: SALES,
    steps: [
      'SELECT id, rank() OVER (ORDER BY amount DESC) AS r, dense_rank() OVER (ORDER BY amount DESC) AS d FROM sales ORDER BY id',
    ],
  },
  {
    name: 'a running sum with sum() OVER (ORDER BY)',
    setup: SALES,
    steps: [
      'SELECT id, sum(amount) OVER (PARTITION BY region ORDER BY day) AS running FROM sales ORDER BY id',
    ],
  },
  {
    name: 'lag() and lead() with defaults',
    setup: SALES,
    steps: [
      "SELECT id, lag(amount) OVER w AS prev, lead(amount, 1, 0) OVER w AS next FROM sales WHERE region = 'north' WINDOW w AS (ORDER BY day) ORDER BY id",
    ],
  },
  {
    name: 'count(*) OVER () gives the total beside a page',
    setup: SALES,
    steps: ['SELECT id, count(*) OVER () AS total FROM sales ORDER BY id LIMIT 2'],
  },
  {
    name: 'first_value and last_value with a full frame',
    setup: SALES,
    steps: [
      'SELECT DISTINCT region, first_value(amount) OVER w AS first, last_value(amount) OVER w AS last FROM sales WINDOW w AS (PARTITION BY region ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY region',
    ],
  },
  {
    name: 'the top row per group via row_number() in a subquery',
    setup: SALES,
    steps: [
      'SELECT region, id FROM (SELECT region, id, row_number() OVER (PARTITION BY region ORDER BY amount DESC, id) AS rn FROM sales) t WHERE rn = 1 ORDER BY region',
    ],
  },
  {
    name: 'ntile splits rows into buckets',
    setup: SALES,
    steps: ['SELECT id, ntile(2) OVER (ORDER BY id) AS bucket FROM sales ORDER BY id'],
  },
  {
    name: 'a scalar subquery reads a CTE of the query around it',
    steps: ['WITH x AS (SELECT 1 AS a UNION ALL SELECT 2) SELECT (SELECT max(a) FROM x) AS m'],
  },
  {
    name: 'a CTE nothing reads is never run, so its error never happens',
    steps: ['WITH a AS (SELECT 1 / 0 AS z), b AS (SELECT z FROM a) SELECT 1 AS one'],
  },
  {
    name: 'a WITH naming one query twice fails with 42712',
    steps: ['WITH a AS (SELECT 1 AS v), a AS (SELECT 2 AS v) SELECT 1 AS one'],
  },
  {
    name: 'CTEs chained one on another, joined back to the first',
    setup: 'CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2), (3), (4)',
    steps: [
      'WITH w AS (SELECT id FROM t), x AS (SELECT id FROM w WHERE id > 2) SELECT w.id, x.id AS bigger FROM w JOIN x ON x.id > w.id ORDER BY 1, 2',
    ],
  },
  {
    name: 'Window functions (PGlite round 13)',
    steps: [
      'SELECT sku, qty, row_number() OVER w, rank() OVER w, dense_rank() OVER w, percent_rank() OVER w, cume_dist() OVER w, ntile(2) OVER w, lag(qty) OVER w, lead(qty, 1, -1) OVER w, first_value(sku) OVER w, last_value(sku) OVER w, nth_value(sku, 2) OVER w FROM items WINDOW w AS (ORDER BY qty) ORDER BY qty',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Window frames (PGlite round 13)',
    steps: [
      'SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), sum(x) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND CURRENT ROW), sum(x) OVER (ORDER BY x GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING EXCLUDE CURRENT ROW), avg(x) OVER () FROM (VALUES (1), (2), (2), (5)) v(x) ORDER BY x',
    ],
  },
  {
    name: 'Window range offset types (PGlite round 13)',
    steps: [
      "SELECT d, count(*) OVER (ORDER BY d RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM (VALUES (date '2024-01-01'), (date '2024-01-02'), (date '2024-01-04')) v(d) ORDER BY d",
    ],
  },
  {
    name: 'Window function in where error (PGlite round 13)',
    steps: ['SELECT x FROM (VALUES (1)) v(x) WHERE row_number() OVER () = 1'],
  },
  { name: 'Ntile zero error (PGlite round 13)', steps: ['SELECT ntile(0) OVER () FROM (VALUES (1)) v(x)'] },
  {
    name: 'Recursive cte with cycle (PGlite round 13)',
    steps: [
      'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT array_agg(n) FROM t',
      'WITH RECURSIVE g(id, nxt) AS (VALUES (1, 2), (2, 3), (3, 1)), walk(id) AS (SELECT 1 UNION ALL SELECT g.nxt FROM walk JOIN g ON g.id = walk.id) CYCLE id SET is_cycle USING path SELECT id, is_cycle, path::text FROM walk',
    ],
  },
  {
    name: 'Recursive cte search breadth (PGlite round 13)',
    steps: [
      'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n * 2 FROM t WHERE n < 8) SEARCH BREADTH FIRST BY n SET ord SELECT n, ord::text FROM t ORDER BY ord',
    ],
  },
  {
    name: 'Cte materialized and modifying (PGlite round 13)',
    steps: [
      'WITH x AS MATERIALIZED (SELECT sku FROM items) SELECT count(*) FROM x',
      "WITH u AS (UPDATE items SET qty = qty + 1 WHERE sku = 'a' RETURNING qty) SELECT * FROM u",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Recursive cte union type mismatch (PGlite round 13)',
    steps: ["WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n || 'x' FROM t) SELECT * FROM t"],
  },
  {
    name: 'Lateral join and values (PGlite round 13)',
    steps: [
      'SELECT i.sku, x.n FROM items i CROSS JOIN LATERAL (SELECT i.qty * 2 AS n) x ORDER BY i.sku',
      "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, name) ORDER BY id DESC",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'a page with its total from count(*) OVER () before LIMIT (round 18)',
    setup: "CREATE TABLE u (id int, role text); INSERT INTO u VALUES (1, 'a'), (2, 'u'), (3, 'u'), (4, 'u');",
    steps: [
      {
        sql: 'SELECT id, count(*) OVER () AS total FROM u WHERE role = $1 ORDER BY id LIMIT $2 OFFSET $3',
        params: ['u', 2, 1],
      },
    ],
  },
  {
    name: 'recursive CTE with SEARCH BREADTH FIRST and CYCLE over a cyclic graph (round 18)',
    setup:
      'CREATE TABLE graph (id int, link int);\nINSERT INTO graph VALUES (1, 2), (2, 3), (3, 4), (4, 1), (2, 5);',
    steps: [
      'WITH RECURSIVE r(id, link) AS (SELECT id, link FROM graph WHERE id = 1 UNION ALL SELECT g.id, g.link FROM graph g, r WHERE g.id = r.link) SEARCH BREADTH FIRST BY id SET ordercol CYCLE id SET is_cycle USING path SELECT id, link, is_cycle, path::text AS p FROM r ORDER BY ordercol, link',
    ],
  },
  {
    name: 'a data-modifying CTE changes rows the outer statement does not see (round 18)',
    setup:
      'CREATE TABLE items (id int PRIMARY KEY, qty int); INSERT INTO items VALUES (1, 5), (2, 0), (3, 7);',
    steps: [
      'WITH upd AS (UPDATE items SET qty = 100 RETURNING id) SELECT id, qty FROM items ORDER BY id',
      'WITH u1 AS (UPDATE items SET qty = 10 WHERE id = 1 RETURNING id) UPDATE items SET qty = 20 WHERE id = 1',
      'SELECT id, qty FROM items ORDER BY id',
    ],
  },
  {
    name: 'window frames: GROUPS with EXCLUDE TIES and RANGE with an interval offset on dates (round 18)',
    setup:
      "CREATE TABLE w (id int, v int, d date);\nINSERT INTO w VALUES (1, 10, '2024-01-01'), (2, 20, '2024-01-02'), (3, 20, '2024-01-05'), (4, 5, '2024-01-01'), (6, 7, '2024-02-01');",
    steps: [
      'SELECT id, v, sum(v) OVER (ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) AS s FROM w ORDER BY v, id',
      "SELECT id, d, count(*) OVER (ORDER BY d RANGE BETWEEN '3 days' PRECEDING AND CURRENT ROW) AS c FROM w ORDER BY d, id",
    ],
  },
  {
    name: 'lag and lead with offsets and defaults, and ntile(0) is 22014 (round 18)',
    setup: 'CREATE TABLE w (id int, v int); INSERT INTO w VALUES (1, 10), (2, NULL), (3, 30), (4, 40);',
    steps: [
      "SELECT id, lag(v, 2, -1) OVER (ORDER BY id) AS lg, lead(v, 1, '99') OVER (ORDER BY id) AS ld FROM w ORDER BY id",
      'SELECT ntile(0) OVER () AS t FROM w',
    ],
  },
  {
    name: 'aggregates: sum and avg of intervals over a moving frame (round 19)',
    steps: [
      "SELECT i, sum(x) OVER (ORDER BY i ROWS 1 PRECEDING) AS s, avg(x) OVER (ORDER BY i ROWS 1 PRECEDING) AS a FROM (VALUES (1, interval '1 day'), (2, interval '3 hours'), (3, NULL), (4, interval '1 month')) v(i, x) ORDER BY i",
    ],
  },
  {
    name: 'aggregates: lag and lead with offsets, negative offsets and defaults (round 19)',
    setup:
      "CREATE TABLE w (id int, grp text, v int, d date);\nINSERT INTO w VALUES (1, 'a', 10, '2024-01-01'), (2, 'a', 20, '2024-01-02'), (3, 'a', 20, '2024-01-05'), (4, 'b', 5, '2024-01-01'),\n (5, 'b', NULL, '2024-01-03'), (6, 'b', 7, '2024-02-01'), (7, 'c', 1, NULL), (8, 'c', 30, '2024-01-10');",
    steps: [
      'SELECT id, lag(v, 2, -1) OVER (ORDER BY id) AS a, lead(v, 3, 0) OVER (ORDER BY id) AS b, lag(v, -1) OVER (ORDER BY id) AS c, ntile(3) OVER (ORDER BY id) AS n FROM w ORDER BY id',
    ],
  },
  {
    name: 'aggregates: nth_value and last_value with frames and EXCLUDE (round 19)',
    setup:
      "CREATE TABLE w (id int, grp text, v int, d date);\nINSERT INTO w VALUES (1, 'a', 10, '2024-01-01'), (2, 'a', 20, '2024-01-02'), (3, 'a', 20, '2024-01-05'), (4, 'b', 5, '2024-01-01'),\n (5, 'b', NULL, '2024-01-03'), (6, 'b', 7, '2024-02-01'), (7, 'c', 1, NULL), (8, 'c', 30, '2024-01-10');",
    steps: [
      'SELECT id, nth_value(v, 2) OVER (ORDER BY id) AS n, last_value(id) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) AS l, sum(v) OVER (ORDER BY v RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING EXCLUDE TIES) AS t FROM w ORDER BY id',
      'SELECT nth_value(v, 0) OVER (ORDER BY id) AS r FROM w',
    ],
  },
  {
    name: 'aggregates: RANGE offsets of an interval over dates, a negative one is 22013 (round 19)',
    setup:
      "CREATE TABLE w (id int, grp text, v int, d date);\nINSERT INTO w VALUES (1, 'a', 10, '2024-01-01'), (2, 'a', 20, '2024-01-02'), (3, 'a', 20, '2024-01-05'), (4, 'b', 5, '2024-01-01'),\n (5, 'b', NULL, '2024-01-03'), (6, 'b', 7, '2024-02-01'), (7, 'c', 1, NULL), (8, 'c', 30, '2024-01-10');",
    steps: [
      "SELECT id, count(*) OVER (ORDER BY d RANGE BETWEEN '2 days' PRECEDING AND CURRENT ROW) AS c FROM w ORDER BY id",
      "SELECT count(*) OVER (ORDER BY d RANGE BETWEEN '-1 day' PRECEDING AND CURRENT ROW) AS c FROM w",
    ],
  },
  {
    name: 'aggregates: GROUPS frame, and GROUPS or RANGE offset without ORDER BY is 42P20 (round 19)',
    setup:
      "CREATE TABLE w (id int, grp text, v int, d date);\nINSERT INTO w VALUES (1, 'a', 10, '2024-01-01'), (2, 'a', 20, '2024-01-02'), (3, 'a', 20, '2024-01-05'), (4, 'b', 5, '2024-01-01'),\n (5, 'b', NULL, '2024-01-03'), (6, 'b', 7, '2024-02-01'), (7, 'c', 1, NULL), (8, 'c', 30, '2024-01-10');",
    steps: [
      'SELECT id, count(*) OVER (ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS c FROM w ORDER BY id',
      'SELECT count(*) OVER (GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM w',
      'SELECT sum(v) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM w',
    ],
  },
  {
    name: 'aggregates: copying a named window with a frame or overriding its ORDER BY is 42P20 (round 19)',
    setup:
      "CREATE TABLE w (id int, grp text, v int, d date);\nINSERT INTO w VALUES (1, 'a', 10, '2024-01-01'), (2, 'a', 20, '2024-01-02'), (3, 'a', 20, '2024-01-05'), (4, 'b', 5, '2024-01-01'),\n (5, 'b', NULL, '2024-01-03'), (6, 'b', 7, '2024-02-01'), (7, 'c', 1, NULL), (8, 'c', 30, '2024-01-10');",
    steps: [
      'SELECT id, sum(v) OVER (w ROWS 1 PRECEDING) AS s FROM w WINDOW w AS (ORDER BY id) ORDER BY id',
      'SELECT sum(v) OVER (w) AS s FROM w WINDOW w AS (ORDER BY id ROWS 1 PRECEDING)',
      'SELECT sum(v) OVER (w ORDER BY v) AS s FROM w WINDOW w AS (ORDER BY id)',
    ],
  },
  {
    name: 'aggregates: WITH RECURSIVE SEARCH DEPTH FIRST and BREADTH FIRST (round 19)',
    setup:
      "CREATE TABLE tree (id int, parent int, name text);\nINSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1');\nCREATE TABLE graph (f int, t int);\nINSERT INTO graph VALUES (1, 2), (2, 3), (3, 4), (4, 1), (2, 5);",
    steps: [
      'WITH RECURSIVE sub(id, name) AS (SELECT id, name FROM tree WHERE id = 1 UNION ALL SELECT c.id, c.name FROM tree c JOIN sub s ON c.parent = s.id) SEARCH DEPTH FIRST BY id SET ordercol SELECT id, name FROM sub ORDER BY ordercol',
      'WITH RECURSIVE sub(id) AS (SELECT 1 UNION ALL SELECT c.id FROM tree c JOIN sub s ON c.parent = s.id) SEARCH BREADTH FIRST BY id SET oc SELECT id, oc::text AS oc FROM sub ORDER BY oc',
    ],
  },
  {
    name: 'aggregates: WITH RECURSIVE CYCLE marks the cycle and keeps the path (round 19)',
    setup:
      "CREATE TABLE tree (id int, parent int, name text);\nINSERT INTO tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1');\nCREATE TABLE graph (f int, t int);\nINSERT INTO graph VALUES (1, 2), (2, 3), (3, 4), (4, 1), (2, 5);",
    steps: [
      "WITH RECURSIVE s(f, t) AS (SELECT f, t FROM graph WHERE f = 1 UNION ALL SELECT g.f, g.t FROM graph g JOIN s ON g.f = s.t) CYCLE f SET c TO 'Y' DEFAULT 'N' USING p SELECT f, t, c, p::text AS p FROM s ORDER BY p::text",
    ],
  },
  {
    name: 'aggregates: WITH RECURSIVE column type mismatch is 42804, UNION stops a cycle (round 19)',
    steps: [
      'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 0.5 FROM t WHERE n < 3) SELECT * FROM t',
      'WITH RECURSIVE t(n) AS (VALUES (1) UNION SELECT (n + 1) % 3 FROM t) SELECT * FROM t ORDER BY n',
    ],
  },
  {
    name: 'extending: a moving-aggregate user aggregate over a sliding frame (round 21)',
    setup:
      'CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 + $2 $$;\nCREATE FUNCTION sub2(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 - $2 $$;\nCREATE AGGREGATE msum (int) (sfunc = add2, stype = int, msfunc = add2, minvfunc = sub2, mstype = int);',
    steps: [
      'SELECT x, msum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS v FROM generate_series(1, 5) x ORDER BY x',
    ],
  },
  {
    name: 'windows: rank and dense_rank over ties with a named window (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT id, total, rank() OVER w AS r, dense_rank() OVER w AS d FROM orders WINDOW w AS (ORDER BY total DESC NULLS LAST) ORDER BY id',
    ],
  },
  {
    name: 'windows: the default RANGE frame sums peers together (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT id, sum(total) OVER (ORDER BY total) AS range_sum, sum(total) OVER (ORDER BY total, id ROWS UNBOUNDED PRECEDING) AS rows_sum FROM orders ORDER BY id',
    ],
  },
  {
    name: 'ctes: WITH RECURSIVE SEARCH BREADTH FIRST over a referral tree (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'WITH RECURSIVE tree(id, parent) AS (SELECT id, referred_by FROM customers WHERE referred_by IS NULL UNION ALL SELECT c.id, c.referred_by FROM customers c JOIN tree t ON c.referred_by = t.id) SEARCH BREADTH FIRST BY id SET ord SELECT id, ord FROM tree ORDER BY ord',
    ],
  },
  {
    name: 'ctes: CYCLE marks the row that closes a loop (round 21)',
    steps: [
      'WITH RECURSIVE g(a, b) AS (VALUES (1, 2), (2, 3), (3, 1)), walk(node) AS (SELECT 1 UNION ALL SELECT g.b FROM walk JOIN g ON g.a = walk.node) CYCLE node SET is_cycle USING path SELECT node, is_cycle, path FROM walk ORDER BY path',
    ],
  },
  {
    name: 'ctes: the main query does not see a data-modifying CTE change (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'WITH d AS (DELETE FROM payments WHERE order_id = 102 RETURNING id) SELECT (SELECT count(*) FROM payments) AS still_seen, (SELECT count(*) FROM d) AS deleted',
      'SELECT count(*) FROM payments',
    ],
  },
  {
    name: 'a WITH query calling nextval() is computed once however often the query reads it (round 23)',
    setup: 'CREATE SEQUENCE sq; CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: [
      "WITH x AS (SELECT a, nextval('sq') AS n FROM t) SELECT count(DISTINCT n) AS c FROM (SELECT n FROM x UNION ALL SELECT n FROM x) u",
      "SELECT nextval('sq')",
    ],
  },
]);
