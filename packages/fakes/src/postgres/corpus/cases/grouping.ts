import { defineGroup } from '../sql-case.js';
import { CUSTOMERS_ORDERS } from './customers-orders.js';

const ORDERS = `
  CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, status text NOT NULL, total numeric(8, 2), placed timestamptz NOT NULL);
  INSERT INTO orders VALUES
    (1, 'ada', 'paid', 10.00, '2024-01-05 10:00+00'),
    (2, 'ada', 'open', 5.25, '2024-01-20 09:00+00'),
    (3, 'bob', 'paid', 7.50, '2024-02-01 12:00+00'),
    (4, 'bob', 'paid', NULL, '2024-02-03 08:00+00'),
    (5, 'cy', 'cancelled', 3.00, '2024-02-10 18:30+00');`;

/** GROUP BY, HAVING, aggregates and their FILTER clauses, DISTINCT ON, ROLLUP. */
export const groupingCases = defineGroup('grouping', [
  {
    name: 'GROUP BY with count and sum',
    setup: ORDERS,
    steps: [
      'SELECT customer, count(*) AS n, sum(total) AS s FROM orders GROUP BY customer ORDER BY customer',
    ],
  },
  {
    name: 'HAVING filters groups',
    setup: ORDERS,
    steps: ['SELECT customer FROM orders GROUP BY customer HAVING count(*) > 1 ORDER BY customer'],
  },
  {
    name: 'count(col) skips NULLs and count(DISTINCT) dedupes',
    setup: ORDERS,
    steps: [
      'SELECT count(total) AS with_total, count(*) AS all_rows, count(DISTINCT customer) AS customers FROM orders',
    ],
  },
  {
    name: 'aggregates with FILTER (WHERE ...)',
    setup: ORDERS,
    steps: [
      "SELECT customer, count(*) FILTER (WHERE status = 'paid') AS paid, sum(total) FILTER (WHERE status <> 'paid') AS unpaid FROM orders GROUP BY customer ORDER BY customer",
    ],
  },
  {
    name: 'DISTINCT ON keeps the first row per key',
    setup: ORDERS,
    steps: ['SELECT DISTINCT ON (customer) customer, id FROM orders ORDER BY customer, placed DESC'],
  },
  {
    name: 'GROUP BY ROLLUP adds subtotals and a grand total',
    setup: ORDERS,
    steps: [
      'SELECT customer, status, count(*) AS n FROM orders GROUP BY ROLLUP (customer, status) ORDER BY customer NULLS LAST, status NULLS LAST',
    ],
  },
  {
    name: 'GROUP BY an ordinal and an expression',
    setup: ORDERS,
    steps: ["SELECT date_trunc('month', placed) AS month, count(*) AS n FROM orders GROUP BY 1 ORDER BY 1"],
  },
  {
    name: 'bool_and and bool_or',
    setup: ORDERS,
    steps: [
      "SELECT customer, bool_and(status = 'paid') AS all_paid, bool_or(total IS NULL) AS any_null FROM orders GROUP BY customer ORDER BY customer",
    ],
  },
  {
    name: 'min and max over text and timestamps',
    setup: ORDERS,
    steps: ['SELECT min(customer) AS first_name, max(placed) AS last_at FROM orders'],
  },
  {
    name: 'avg over numeric keeps PostgreSQL scale',
    setup: ORDERS,
    steps: ['SELECT avg(total) AS mean, round(avg(total), 2) AS mean2 FROM orders'],
  },
  {
    name: 'string_agg with ORDER BY and a separator',
    setup: ORDERS,
    steps: [
      "SELECT customer, string_agg(id::text, ',' ORDER BY id DESC) AS ids FROM orders GROUP BY customer ORDER BY customer",
    ],
  },
  {
    name: 'aggregates over no rows: count is 0, sum and max are NULL',
    setup: ORDERS,
    steps: [
      "SELECT count(*) AS n, sum(total) AS s, max(id) AS m, array_agg(id) AS a FROM orders WHERE customer = 'nobody'",
    ],
  },
  {
    name: 'GROUP BY over no rows returns no groups',
    setup: ORDERS,
    steps: ["SELECT customer, count(*) FROM orders WHERE customer = 'nobody' GROUP BY customer"],
  },
  {
    name: 'GROUP BY the primary key allows the other columns',
    setup: `${ORDERS} CREATE TABLE lines (order_id int REFERENCES orders (id), qty int);
            INSERT INTO lines VALUES (1, 2), (1, 3), (3, 1);`,
    steps: [
      'SELECT o.id, o.customer, sum(l.qty) AS qty FROM orders o JOIN lines l ON l.order_id = o.id GROUP BY o.id ORDER BY o.id',
    ],
  },
  {
    name: 'percentile_cont within group',
    setup: ORDERS,
    steps: ['SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total) AS median FROM orders'],
  },
  {
    name: 'GROUPING SETS with grouping()',
    setup: ORDERS,
    steps: [
      'SELECT customer, status, grouping(customer, status) AS g, count(*) AS n FROM orders GROUP BY GROUPING SETS ((customer), (status)) ORDER BY g, customer, status',
    ],
  },
  {
    name: 'HAVING without GROUP BY makes one group',
    setup: ORDERS,
    steps: ['SELECT count(*) AS n FROM orders HAVING count(*) > 3'],
  },
  {
    name: 'COALESCE(sum(numeric(10,2)), 0) is 0 over no rows and keeps the scale of the sum otherwise',
    setup: `CREATE TABLE ledger (id int PRIMARY KEY, amount numeric(10, 2) NOT NULL);
      INSERT INTO ledger VALUES (1, 10.50), (2, 2);`,
    steps: [
      'SELECT COALESCE(sum(amount), 0) AS total FROM ledger WHERE id > 100',
      'SELECT COALESCE(sum(amount), 0) AS total FROM ledger',
    ],
  },
  {
    name: 'count(*) over a DISTINCT or grouped derived table counts its rows',
    setup: ORDERS,
    steps: [
      'SELECT count(*) AS n FROM (SELECT DISTINCT customer FROM orders) s',
      'SELECT count(*) AS n FROM (SELECT status FROM orders GROUP BY status) s',
    ],
  },
  {
    name: 'GROUP BY a select-list alias',
    setup: ORDERS,
    steps: ['SELECT customer AS who, count(*) AS n FROM orders GROUP BY who ORDER BY who'],
  },
  {
    name: 'a column read inside an expression of the select list, HAVING or ORDER BY must be grouped: 42803',
    setup: CUSTOMERS_ORDERS,
    steps: [
      'SELECT customer_id, upper(status) FROM orders GROUP BY customer_id',
      "SELECT customer_id, CASE WHEN status = 'paid' THEN 1 ELSE 0 END FROM orders GROUP BY customer_id",
      'SELECT customer_id, total - min(total) FROM orders GROUP BY customer_id',
      'SELECT count(*), upper(status) FROM orders',
      'SELECT customer_id, count(*) FROM orders GROUP BY customer_id ORDER BY status',
      'SELECT status, count(*) FROM orders GROUP BY status HAVING total > 1',
    ],
  },
  {
    name: 'grouped expressions and aggregates may be combined freely',
    setup: CUSTOMERS_ORDERS,
    steps: [
      'SELECT o.status, count(*) FROM orders o GROUP BY status ORDER BY 1',
      'SELECT status, count(*) FROM orders o GROUP BY o.status ORDER BY 1',
      'SELECT upper(status) AS s, max(total) + 1 AS top FROM orders GROUP BY upper(status) ORDER BY s',
      'SELECT customer_id + 1 AS c, count(*) FROM orders GROUP BY customer_id + 1 ORDER BY 1',
    ],
  },
  {
    name: 'count(DISTINCT *) and count(ALL *) are syntax errors',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (1), (2)',
    steps: ['SELECT count(DISTINCT *) FROM t', 'SELECT count(ALL *) FROM t'],
  },
  {
    name: 'count(*), count(col) and count(DISTINCT col) count NULLs differently',
    setup:
      "CREATE TABLE n (x int, s text); INSERT INTO n VALUES (1, 'a'), (2, 'b'), (2, 'b'), (3, NULL), (NULL, 'c')",
    steps: [
      'SELECT count(*) AS all_rows, count(x) AS xs, count(DISTINCT x) AS distinct_xs, count(DISTINCT s) AS ss FROM n',
    ],
  },
  {
    name: 'aggregate FILTER (WHERE ...) feeds count, sum, min and max only the rows it keeps, NULLs and empty groups included',
    setup:
      "CREATE TABLE f (id int PRIMARY KEY, g text, v int, n numeric(10,2), t text, b boolean); INSERT INTO f VALUES (1, 'a', 10, 1.50, 'pear', true), (2, 'a', NULL, NULL, NULL, NULL), (3, 'a', 30, 2.25, 'Apple', false), (4, 'b', -5, 0.10, 'zeta', true), (5, 'b', NULL, 3.00, 'äpfel', NULL), (6, 'c', 7, NULL, '', true); CREATE TABLE empty (g text, v int)",
    steps: [
      "SELECT count(*) FILTER (WHERE v > 5) AS a, count(*) FILTER (WHERE b) AS b, count(v) FILTER (WHERE g = 'a') AS c, count(*) FILTER (WHERE NULL) AS d FROM f",
      'SELECT g, count(*) FILTER (WHERE v > 0) AS pos, sum(v) FILTER (WHERE b) AS s, min(n) FILTER (WHERE id > 1) AS lo, max(t) FILTER (WHERE false) AS none FROM f GROUP BY g ORDER BY g',
      'SELECT count(*) FILTER (WHERE v > 0) AS c, sum(v) FILTER (WHERE v > 0) AS s FROM empty',
      'SELECT count(DISTINCT g) FILTER (WHERE v IS NOT NULL) AS groups, count(*) FILTER (WHERE v <> 0 AND 100 / v > 3) AS guarded FROM f',
      {
        sql: 'SELECT count(*) FILTER (WHERE v > $1) AS a, sum(v) FILTER (WHERE g = $2) AS s, count(*) FILTER (WHERE v > $3) AS n FROM f',
        params: [5, 'a', null],
      },
      'SELECT (count(*) FILTER (WHERE b))::int AS i, CAST(count(*) FILTER (WHERE b) AS integer) AS j FROM f',
      'SELECT count(*) FILTER (WHERE count(*) > 1) FROM f',
    ],
  },
  {
    name: 'HAVING keeps the groups its condition holds for, before LIMIT and OFFSET, with parameters',
    setup:
      "CREATE TABLE f (id int PRIMARY KEY, g text, v int, n numeric(10,2), t text, b boolean); INSERT INTO f VALUES (1, 'a', 10, 1.50, 'pear', true), (2, 'a', NULL, NULL, NULL, NULL), (3, 'a', 30, 2.25, 'Apple', false), (4, 'b', -5, 0.10, 'zeta', true), (5, 'b', NULL, 3.00, 'äpfel', NULL), (6, 'c', 7, NULL, '', true); CREATE TABLE empty (g text, v int)",
    steps: [
      { sql: 'SELECT g, count(*) AS n FROM f GROUP BY g HAVING count(*) > $1 ORDER BY g', params: [1] },
      {
        sql: 'SELECT g FROM f GROUP BY g HAVING count(*) FILTER (WHERE b) >= $1 ORDER BY sum(v) DESC NULLS LAST LIMIT $2 OFFSET $3',
        params: [1, 1, 1],
      },
      'SELECT s.g, s.total FROM (SELECT g, sum(v) AS total FROM f GROUP BY g HAVING sum(v) > 1 ORDER BY g DESC) s ORDER BY s.g',
      'SELECT id FROM f WHERE g IN (SELECT g FROM f GROUP BY g HAVING count(*) > 2) ORDER BY id',
      'SELECT g FROM f GROUP BY g HAVING NULL',
    ],
  },
  {
    name: 'bool_and, bool_or and every skip NULLs and are NULL over no value',
    setup:
      "CREATE TABLE b (id int PRIMARY KEY, g text, x boolean); INSERT INTO b VALUES (1, 'a', true), (2, 'a', false), (3, 'b', true), (4, 'b', NULL), (5, 'c', NULL), (6, 'd', false); CREATE TABLE e (x boolean)",
    steps: [
      'SELECT g, bool_and(x), bool_or(x), every(x) FROM b GROUP BY g ORDER BY g',
      'SELECT bool_and(x), bool_or(x), every(x) FROM e',
      { sql: 'SELECT bool_and(x) FILTER (WHERE g = $1) AS a, bool_or(id > 4) AS o FROM b', params: ['a'] },
      'SELECT g FROM b GROUP BY g HAVING bool_or(x) ORDER BY g',
    ],
  },
  {
    name: 'EXISTS asks whether its subquery has a row: an aggregate over no rows is one, what it selects is not computed',
    setup:
      'CREATE TABLE e (v int, s text); CREATE TABLE t (id int, x int); INSERT INTO t VALUES (1, 0), (2, NULL)',
    steps: [
      'SELECT EXISTS (SELECT count(*) FROM e) AS agg, EXISTS (SELECT max(v) FROM e GROUP BY s) AS grouped',
      'SELECT EXISTS (SELECT NULL) AS a, EXISTS (SELECT x FROM t WHERE x IS NULL) AS b, EXISTS (SELECT 0 FROM t) AS c',
      'SELECT EXISTS (SELECT * FROM t WHERE id = 1) AS star, EXISTS (SELECT id, x FROM t LIMIT 0) AS none',
      'SELECT EXISTS (SELECT id / x FROM t) AS unread, EXISTS (SELECT x FROM t ORDER BY id / x LIMIT 1) AS unsorted',
      'SELECT EXISTS (SELECT count(*) FROM t GROUP BY id HAVING count(*) > 1) AS kept, EXISTS (SELECT 0 FROM t OFFSET 2) AS past',
      'DELETE FROM e WHERE NOT EXISTS (SELECT false FROM t) RETURNING v',
      'SELECT EXISTS (SELECT nosuch FROM t)',
    ],
  },
  {
    name: 'GROUP BY and ORDER BY read a bare constant as a select-list position: one that is no integer is an error',
    setup: "CREATE TABLE t (id int, g text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'a')",
    steps: [
      "SELECT count(*) FROM t GROUP BY 'a'",
      'SELECT count(*) FROM t GROUP BY NULL',
      'SELECT g, count(*) FROM t GROUP BY -(1)',
      "SELECT g, count(*) FROM t GROUP BY g ORDER BY 'x'",
      'SELECT id FROM t ORDER BY NULL',
      'SELECT id FROM t ORDER BY 1.5',
      'SELECT id FROM t ORDER BY -(1)',
      "SELECT id FROM t UNION SELECT 4 ORDER BY 'a'",
      'SELECT id FROM t ORDER BY NULL::int, id',
    ],
  },
  {
    name: 'a grouped boolean sorts as a boolean: NULLS FIRST, then false, then true',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: ['SELECT active, count(*) AS n FROM accounts GROUP BY active ORDER BY active NULLS FIRST'],
  },
  {
    name: 'HAVING without GROUP BY makes all the rows one group: one row or none',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT count(*) AS n, sum(balance) AS total FROM accounts HAVING count(*) > 1',
      'SELECT count(*) FROM accounts HAVING sum(balance) > 100',
    ],
  },
  {
    name: 'HAVING without GROUP BY over no rows still has its one group',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: ['SELECT count(*) AS n FROM accounts WHERE id > 100 HAVING count(*) = 0'],
  },
  {
    name: 'array_agg with ORDER BY per group, and FILTER leaving a group without rows NULL',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT org_id, array_agg(email ORDER BY email DESC) AS emails, array_agg(id ORDER BY id) FILTER (WHERE verified) AS verified FROM accounts GROUP BY org_id ORDER BY org_id',
    ],
  },
  {
    name: 'rollup returning with serial unordered',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE tot (id serial, k text, v bigint); INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3);",
    steps: [
      'INSERT INTO tot (k, v) SELECT k, sum(v) FROM s GROUP BY ROLLUP (k) RETURNING id, k, v',
      'SELECT id, k FROM tot ORDER BY id',
    ],
  },
  {
    name: 'rollup serial then read',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE tot (id serial, k text, v bigint); INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3);",
    steps: [
      'INSERT INTO tot (k, v) SELECT k, sum(v) FROM s GROUP BY ROLLUP (k)',
      'SELECT id, k, v FROM tot ORDER BY id',
    ],
  },
  {
    name: 'cube serial then read',
    setup:
      "CREATE TABLE s (k text, j int, v int); CREATE TABLE tot (id serial, k text, j int, v bigint); INSERT INTO s VALUES ('b', 1, 1), ('a', 2, 2);",
    steps: [
      'INSERT INTO tot (k, j, v) SELECT k, j, sum(v) FROM s GROUP BY CUBE (k, j)',
      'SELECT id, k, j, v FROM tot ORDER BY id',
    ],
  },
  {
    name: 'Grouping sets rollup cube (PGlite round 13)',
    steps: [
      "SELECT a, b, sum(n), grouping(a, b) FROM (VALUES ('x', 1, 10), ('x', 2, 20), ('y', 1, 5)) v(a, b, n) GROUP BY ROLLUP (a, b) ORDER BY a NULLS LAST, b NULLS LAST",
      "SELECT a, b, count(*) FROM (VALUES ('x', 1), ('y', 2)) v(a, b) GROUP BY CUBE (a, b) ORDER BY 1 NULLS FIRST, 2 NULLS FIRST",
      "SELECT a, count(*) FROM (VALUES ('x'), ('y')) v(a) GROUP BY GROUPING SETS ((a), ()) ORDER BY 1",
    ],
  },
  {
    name: 'Group by distinct (PGlite round 13)',
    steps: [
      'SELECT a, b, count(*) FROM (VALUES (1, 2)) v(a, b) GROUP BY DISTINCT ROLLUP (a, b), ROLLUP (a) ORDER BY 1, 2',
    ],
  },
  {
    name: 'Aggregates with filter and ordered set (PGlite round 13)',
    steps: [
      "SELECT count(*) FILTER (WHERE qty > 0), sum(qty) FILTER (WHERE price IS NOT NULL), percentile_cont(0.5) WITHIN GROUP (ORDER BY qty), percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY qty), mode() WITHIN GROUP (ORDER BY qty), bool_and(qty > 0), bool_or(qty > 10), every(qty >= 0), bit_or(qty), string_agg(sku, '|' ORDER BY sku DESC) FROM items",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Statistical aggregates (PGlite round 13)',
    steps: [
      'SELECT stddev(x), stddev_pop(x), variance(x), var_pop(x), corr(x, y), regr_slope(y, x), covar_samp(x, y), avg(x), sum(x::float8) FROM (VALUES (1, 2), (2, 4), (4, 7)) v(x, y)',
    ],
  },
  {
    name: 'Avg of ints numeric scale (PGlite round 13)',
    steps: [
      'SELECT avg(x), avg(x::bigint), avg(x::float4), sum(x), sum(x::int2), pg_typeof(sum(x::int2)), pg_typeof(avg(x)) FROM (VALUES (1), (2), (2)) v(x)',
    ],
  },
  {
    name: 'Group by error (PGlite round 13)',
    steps: ['SELECT sku, count(*) FROM items'],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Aggregate nested error (PGlite round 13)',
    steps: ['SELECT sum(count(*)) FROM items'],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'sum() and avg() of a numeric without a declared scale are exact: HAVING sum(amount) = 0.3 (round 17)',
    setup:
      'CREATE TABLE lines (id int PRIMARY KEY, amount numeric, grp int); INSERT INTO lines VALUES (1, 0.1, 1), (2, 0.2, 1), (3, 0.7, 2), (4, NULL, 3)',
    steps: [
      'SELECT grp FROM lines GROUP BY grp HAVING sum(amount) = 0.3 ORDER BY grp',
      'SELECT grp, sum(amount) = 0.3 AS s, avg(amount) = 0.15 AS a, sum(amount) IS NULL AS n FROM lines GROUP BY grp ORDER BY grp',
      'SELECT sum(amount) FILTER (WHERE grp = 1) = 0.3 AS f, round(sum(amount) * 2, 1) AS t FROM lines',
    ],
  },
  {
    name: 'a month report with generate_series filling the gaps and a running total (round 18)',
    setup:
      "CREATE TABLE o (amount numeric(10,2), placed_at timestamptz); INSERT INTO o VALUES (10.00, '2024-01-02 08:00+00'), (25.50, '2024-01-15 12:00+00'), (7.77, '2024-03-06 10:00+00');",
    steps: [
      "SELECT to_char(m, 'YYYY-MM') AS month, coalesce(sum(o.amount), 0) AS total, sum(coalesce(sum(o.amount), 0)) OVER (ORDER BY m) AS running FROM generate_series(date '2024-01-01', date '2024-04-01', interval '1 month') m LEFT JOIN o ON date_trunc('month', o.placed_at AT TIME ZONE 'UTC') = m GROUP BY m ORDER BY m",
    ],
  },
  {
    name: 'ROLLUP totals per status with grouping() labels (round 18)',
    setup:
      "CREATE TABLE o (status text, amount numeric(10,2)); INSERT INTO o VALUES ('paid', 10.00), ('paid', 25.50), ('refunded', 5.25), ('pending', 40.00);",
    steps: [
      "SELECT coalesce(status, 'TOTAL') AS status, grouping(status) AS g, sum(amount) AS total FROM o GROUP BY ROLLUP (status) ORDER BY grouping(status), status",
    ],
  },
  {
    name: 'percentile_cont and percentile_disc medians of a numeric column (round 18)',
    setup: 'CREATE TABLE o (amount numeric(10,2)); INSERT INTO o VALUES (10.00), (25.50), (5.25), (100.00);',
    steps: [
      'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS cont, percentile_disc(0.5) WITHIN GROUP (ORDER BY amount) AS disc FROM o',
    ],
  },
  {
    name: 'CUBE with GROUPING() bits tells rolled-up NULLs from real ones (round 18)',
    setup:
      "CREATE TABLE items_sold (brand text, size text, sales int); INSERT INTO items_sold VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), (NULL, 'L', 5);",
    steps: [
      'SELECT brand, size, GROUPING(brand, size) AS gb, sum(sales) AS s FROM items_sold GROUP BY CUBE (brand, size) ORDER BY gb, brand NULLS FIRST, size NULLS FIRST',
    ],
  },
  {
    name: 'numbers: sum and avg of bigint overflow into numeric (round 19)',
    steps: [
      'SELECT sum(x) AS s, avg(x) AS a, pg_typeof(sum(x)) AS t FROM (VALUES (9223372036854775807::int8), (9223372036854775807::int8)) AS t(x)',
    ],
  },
  {
    name: 'numbers: generate_series over numeric (round 19)',
    steps: ['SELECT generate_series(1.0, 2.0, 0.3) AS v', 'SELECT generate_series(1.0, 2.0, 0) AS v'],
  },
  {
    name: 'aggregates: bool_and bool_or every per group with NULLs (round 19)',
    steps: [
      'SELECT g, bool_and(b) AS a, bool_or(b) AS o, every(b) AS e FROM (VALUES (1, true), (1, NULL), (2, NULL), (3, false), (3, true)) v(g, b) GROUP BY g ORDER BY g',
    ],
  },
  {
    name: 'aggregates: corr regr_slope covar_samp var_samp per group of 0, 1 and 2 rows (round 19)',
    setup:
      "CREATE TABLE p (id int, g text, x float8, y float8);\nINSERT INTO p VALUES (1, 'a', 1, 2), (2, 'a', 2, 4.5), (3, 'a', 3, 5), (4, 'a', 4, 9), (5, 'b', 10, NULL), (6, 'b', NULL, 3), (7, 'c', 5, 5), (8, 'd', 2, 2), (9, 'd', 2, 3);",
    steps: [
      'SELECT g, corr(y, x) AS c, regr_slope(y, x) AS s, regr_count(y, x) AS n, covar_samp(y, x) AS cs, var_samp(x) AS vs, stddev_pop(x) AS sp FROM p GROUP BY g ORDER BY g',
    ],
  },
  {
    name: 'aggregates: percentile_cont and percentile_disc over arrays of fractions, out of range 22003 (round 19)',
    setup:
      "CREATE TABLE p (id int, g text, x float8, y float8);\nINSERT INTO p VALUES (1, 'a', 1, 2), (2, 'a', 2, 4.5), (3, 'a', 3, 5), (4, 'a', 4, 9), (5, 'b', 10, NULL), (6, 'b', NULL, 3), (7, 'c', 5, 5), (8, 'd', 2, 2), (9, 'd', 2, 3);",
    steps: [
      'SELECT percentile_cont(ARRAY[0, 0.25, 0.5, 1]) WITHIN GROUP (ORDER BY x) AS c, percentile_disc(ARRAY[0.33, 0.34]) WITHIN GROUP (ORDER BY x) AS d FROM p',
      'SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY x) AS m FROM p',
    ],
  },
  {
    name: 'aggregates: mode ties take the first in sort order (round 19)',
    steps: [
      'SELECT mode() WITHIN GROUP (ORDER BY v) AS up, mode() WITHIN GROUP (ORDER BY v DESC) AS down FROM (VALUES (3), (1), (3), (1), (2)) s(v)',
    ],
  },
  {
    name: 'aggregates: hypothetical-set rank dense_rank percent_rank cume_dist (round 19)',
    setup:
      "CREATE TABLE p (id int, g text, x float8, y float8);\nINSERT INTO p VALUES (1, 'a', 1, 2), (2, 'a', 2, 4.5), (3, 'a', 3, 5), (4, 'a', 4, 9), (5, 'b', 10, NULL), (6, 'b', NULL, 3), (7, 'c', 5, 5), (8, 'd', 2, 2), (9, 'd', 2, 3);",
    steps: [
      'SELECT rank(3) WITHIN GROUP (ORDER BY x) AS r, dense_rank(2) WITHIN GROUP (ORDER BY x) AS d, percent_rank(2) WITHIN GROUP (ORDER BY x) AS p, cume_dist(2) WITHIN GROUP (ORDER BY x) AS c FROM p',
      'SELECT rank(x) WITHIN GROUP (ORDER BY y) AS a FROM p',
    ],
  },
  {
    name: 'aggregates: FILTER with DISTINCT and ORDER BY inside the call (round 19)',
    setup:
      "CREATE TABLE t (id int, g text, v int, s text);\nINSERT INTO t VALUES (1, 'a', 10, 'x'), (2, 'a', 20, 'y'), (3, 'a', NULL, NULL), (4, 'b', 5, 'z'), (5, 'b', 5, 'z'), (6, 'c', NULL, NULL);",
    steps: [
      'SELECT array_agg(DISTINCT v ORDER BY v DESC) FILTER (WHERE v IS NOT NULL) AS a, count(*) FILTER (WHERE v > 5) AS c FROM t',
      'SELECT array_agg(DISTINCT v ORDER BY id) AS a FROM t',
    ],
  },
  {
    name: 'aggregates: HAVING without GROUP BY keeps or drops the single row (round 19)',
    setup:
      "CREATE TABLE t (id int, g text, v int, s text);\nINSERT INTO t VALUES (1, 'a', 10, 'x'), (2, 'a', 20, 'y'), (3, 'a', NULL, NULL), (4, 'b', 5, 'z'), (5, 'b', 5, 'z'), (6, 'c', NULL, NULL);",
    steps: [
      'SELECT sum(v) AS s FROM t HAVING count(*) > 1',
      'SELECT sum(v) AS s FROM t HAVING count(*) > 100',
    ],
  },
  {
    name: 'aggregates: GROUPING() over ROLLUP and GROUP BY DISTINCT of repeated sets (round 19)',
    setup:
      "CREATE TABLE sales (brand text, size text, qty int);\nINSERT INTO sales VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), ('Bar', 'L', 5), ('Foo', 'L', 7);",
    steps: [
      'SELECT brand, size, GROUPING(brand, size) AS gb, sum(qty) AS s FROM sales GROUP BY ROLLUP (brand, size) ORDER BY 3, 1, 2',
      'SELECT brand, size, count(*) AS c FROM sales GROUP BY DISTINCT ROLLUP (brand, size), ROLLUP (brand, size) ORDER BY 1, 2, 3',
    ],
  },
  {
    name: 'aggregates: an unordered aggregate beside an ordered one reads rows in scan order (round 19)',
    steps: [
      "SELECT array_agg(v ORDER BY k) AS a, array_agg(v) AS b FROM (VALUES (3, 'c'), (1, 'a'), (2, 'b'), (5, 'e'), (4, 'd'), (0, 'z')) t(k, v)",
    ],
  },
  {
    name: 'extending: a user aggregate with a final function and initcond (round 21)',
    setup:
      "CREATE FUNCTION fs(state numeric[], x numeric) RETURNS numeric[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[state[1] + x, state[2] + 1] $$;\nCREATE FUNCTION ff(state numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN state[2] = 0 THEN NULL ELSE state[1] / state[2] END $$;\nCREATE AGGREGATE myavg (numeric) (sfunc = fs, stype = numeric[], finalfunc = ff, initcond = '{0,0}');",
    steps: ['SELECT g, myavg(x) AS v FROM (VALUES (1, 1), (1, 3), (2, 5)) s(g, x) GROUP BY g ORDER BY g'],
  },
  {
    name: 'grouping: GROUP BY a primary key allows the other columns of its table only (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT c.id, c.name, count(o.id) AS n FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY c.id',
      'SELECT c.id, o.status FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id',
    ],
  },
  {
    name: 'grouping: GROUP BY an output alias, an ordinal and an expression (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      "SELECT coalesce(coupon, 'none') AS c, count(*) AS n FROM orders GROUP BY c ORDER BY c",
      "SELECT date_trunc('month', placed_at) AS m, count(*) AS n FROM orders GROUP BY 1 ORDER BY 1",
    ],
  },
  {
    name: 'grouping: ROLLUP with grouping() tells the total row from a NULL key (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT coupon, grouping(coupon) AS g, count(*) AS n, sum(total) AS s FROM orders GROUP BY ROLLUP (coupon) ORDER BY g, coupon NULLS FIRST',
    ],
  },
  {
    name: 'grouping: GROUPING SETS with the empty set gives a total row even over no rows (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: ['SELECT status, count(*) AS n FROM orders WHERE false GROUP BY GROUPING SETS ((status), ())'],
  },
  {
    name: 'grouping: HAVING cannot read an output alias (42703) (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: ['SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id HAVING n > 1'],
  },
  {
    name: 'grouping: percentile_cont and percentile_disc over money with NULLs (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total) AS median, percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY total) AS q FROM orders',
    ],
  },
  {
    name: 'subquery errors: HAVING false over no rows leaves a several-row subquery unread (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT count(*), (SELECT x FROM (VALUES (1), (2)) v(x)) AS v FROM e HAVING count(*) > 0'],
  },
  {
    name: 'subquery errors: HAVING drops the group whose select list would divide by zero (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT a, 1 / (a - 1) AS v FROM t GROUP BY a HAVING count(*) > 5'],
  },
  {
    name: 'subquery errors: HAVING on an aggregate query gates its division (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT 1 / (min(a) - 1) AS v FROM t HAVING count(*) > 5'],
  },
  {
    name: 'subquery errors: HAVING keeps the group and the division fails (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT 1 / (min(a) - 1) AS v FROM t HAVING count(*) > 0'],
  },
  {
    name: 'subquery errors: HAVING with a division in the select list and ORDER BY (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT a, 6 / a AS v FROM t GROUP BY a HAVING a > 1 ORDER BY v'],
  },
  {
    name: "count(t.*) counts 0 for an outer join's missing side, where count(*) counts the row (round 23)",
    setup: `CREATE TABLE emp (id int PRIMARY KEY, manager_id int);
            INSERT INTO emp VALUES (1, NULL), (2, 1), (3, 1), (4, 2);`,
    steps: [
      'SELECT m.id, count(e.*) AS reports, count(*) AS n FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id',
    ],
  },
  {
    name: 'count(t.*) counts a row whose columns are all NULL: its whole row is not NULL (round 23)',
    setup: 'CREATE TABLE q (a int, b int); INSERT INTO q VALUES (NULL, NULL), (1, NULL);',
    steps: ['SELECT count(q.*) AS whole, count(q.a) AS a, count(*) AS n FROM q'],
  },
  {
    name: 'HAVING without an aggregate is a one-time filter: a subquery of several rows there fails over no group (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');`,
    steps: [
      `SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 100 AND (SELECT id FROM customers) > 0`,
    ],
  },
  {
    name: 'HAVING a constant false empties the input before an aggregate divides by zero (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [`SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(qty) / min(qty) > 0 AND 1 = 2`],
  },
  {
    name: 'HAVING now() before a date is a one-time filter that keeps the aggregates from dividing (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [
      "SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(qty) / min(qty) > 0 AND now() < '2000-01-01'",
    ],
  },
  {
    name: 'HAVING on a grouped column runs among the WHERE conditions, cheapest first (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [`SELECT qty FROM orders WHERE 10 / qty > 0 GROUP BY qty HAVING qty <> 0 ORDER BY qty`],
  },
  {
    name: 'grouping: array_agg and string_agg ORDER BY leave tied rows where PostgreSQL quicksort puts them (round 30)',
    setup: `
  CREATE TABLE tie (id int PRIMARY KEY, g int, s text);
  INSERT INTO tie SELECT i, (i - 1) * 7 % 3 + 1, substr('abc', (i - 1) * 5 % 3 + 1, 1) FROM generate_series(1, 30) i;`,
    steps: [
      'SELECT array_agg(id ORDER BY g) FROM tie',
      "SELECT string_agg(id::text, ',' ORDER BY s DESC) FROM tie WHERE id > 3",
      'SELECT s, array_agg(g ORDER BY g) FROM tie WHERE id < 7 GROUP BY s ORDER BY s',
      'SELECT s, array_agg(id ORDER BY g) FROM tie GROUP BY s ORDER BY s',
    ],
  },
  {
    name: 'grouping: ROLLUP with statistical, ordered-set and hypothetical-set aggregates per grouping set (round 30)',
    setup: `
  CREATE TABLE s (region text, product text, qty int, price numeric(10,2), k int8, flag bool);
  INSERT INTO s VALUES ('east', 'a', 1, 1.50, 10, true), ('east', 'b', 2, 2.25, 20, false), ('east', 'a', 3, 3.00, 30, true),
    ('west', 'a', 4, 1.00, 40, NULL), ('west', 'c', 5, 5.75, 50, true), ('north', NULL, 6, NULL, 60, false), (NULL, 'b', 7, 2.00, NULL, true);`,
    steps: [
      'SELECT region, stddev(qty), variance(qty), corr(qty, k), regr_slope(k, qty) FROM s GROUP BY ROLLUP (region)',
      'SELECT region, percentile_cont(0.5) WITHIN GROUP (ORDER BY qty), mode() WITHIN GROUP (ORDER BY product) FROM s GROUP BY ROLLUP (region)',
      'SELECT region, product, rank(3) WITHIN GROUP (ORDER BY qty), cume_dist(2) WITHIN GROUP (ORDER BY qty) FROM s GROUP BY CUBE (region, product)',
    ],
  },
  {
    name: 'grouping: FILTER and DISTINCT aggregates over ROLLUP and GROUPING SETS, with parameters (round 30)',
    setup: `
  CREATE TABLE s (region text, product text, qty int, price numeric(10,2), k int8, flag bool);
  INSERT INTO s VALUES ('east', 'a', 1, 1.50, 10, true), ('east', 'b', 2, 2.25, 20, false), ('east', 'a', 3, 3.00, 30, true),
    ('west', 'a', 4, 1.00, 40, NULL), ('west', 'c', 5, 5.75, 50, true), ('north', NULL, 6, NULL, 60, false), (NULL, 'b', 7, 2.00, NULL, true);`,
    steps: [
      'SELECT region, count(*) FILTER (WHERE flag), count(DISTINCT product), sum(qty) FILTER (WHERE qty > 2) FROM s GROUP BY ROLLUP (region)',
      {
        sql: 'SELECT region, count(DISTINCT qty) FILTER (WHERE product = $1) FROM s GROUP BY ROLLUP (region)',
        params: ['a'],
      },
      "SELECT region, product, count(*) FILTER (WHERE flag), string_agg(DISTINCT product, ',') FROM s GROUP BY GROUPING SETS ((region), (product), ())",
      'SELECT region, product, sum(qty) FROM s GROUP BY DISTINCT ROLLUP (region, product), ROLLUP (region)',
    ],
  },
]);
