// Round 21 ordinary application queries, part 2: GROUP BY and HAVING (PostgreSQL 15 docs 7.2.3-7.2.4)
// with expressions, ordinal and output-alias references, GROUPING SETS / ROLLUP / CUBE with
// grouping(), reporting queries (date_trunc buckets, FILTER, percentiles, string_agg with ORDER BY),
// and the grouping errors (42803) and aggregate misuse (42803, 42P20).
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: grouping: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.add(name, [withParams(sql, ...params)], setup);

// ---------------------------------------------------------------- GROUP BY forms
q('group by column', 'SELECT status, count(*) FROM orders GROUP BY status');
q(
  'group by enum ordered by enum order',
  'SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status',
);
q('group by ordinal', 'SELECT customer_id, count(*) FROM orders GROUP BY 1');
q('group by output alias', "SELECT coalesce(coupon, 'none') AS c, count(*) FROM orders GROUP BY c");
q(
  'group by expression',
  "SELECT date_trunc('month', placed_at) AS m, count(*) FROM orders GROUP BY date_trunc('month', placed_at) ORDER BY m",
);
q(
  'group by alias of expression ordered by alias',
  "SELECT date_trunc('month', placed_at) AS m, sum(total) AS revenue FROM orders GROUP BY m ORDER BY m",
);
q(
  'group by ordinal of expression',
  "SELECT to_char(placed_at, 'YYYY-MM') AS ym, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q('group by input column wins over alias', 'SELECT status AS id, count(*) FROM orders GROUP BY id');
q('group by two columns', 'SELECT customer_id, status, count(*) FROM orders GROUP BY customer_id, status');
q(
  'group by primary key allows other columns',
  'SELECT c.id, c.name, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id',
);
q(
  'group by primary key of one table other table column fails',
  'SELECT c.id, o.status FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id',
);
q('group by non key column other column fails', 'SELECT c.email, c.name FROM customers c GROUP BY c.email');
q('group by unique not null is not enough', 'SELECT sku, title FROM products GROUP BY sku');
q('ungrouped column in select fails', 'SELECT customer_id, status FROM orders GROUP BY customer_id');
q(
  'ungrouped column in having fails',
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING total > 10',
);
q(
  'ungrouped column in order by fails',
  'SELECT customer_id, count(*) FROM orders GROUP BY customer_id ORDER BY placed_at',
);
q('ungrouped column with aggregate and no group by fails', 'SELECT customer_id, count(*) FROM orders');
q(
  'group by expression allows same expression',
  'SELECT lower(email) , count(*) FROM customers GROUP BY lower(email)',
);
q(
  'group by expression uses subexpression fails',
  'SELECT email, count(*) FROM customers GROUP BY lower(email)',
);
q(
  'group by column allows function of it',
  'SELECT upper(status::text) AS s, count(*) FROM orders GROUP BY status',
);
q('group by ordinal out of range', 'SELECT status FROM orders GROUP BY 2');
q('group by ordinal zero', 'SELECT status FROM orders GROUP BY 0');
q('group by aggregate fails', 'SELECT count(*) FROM orders GROUP BY count(*)');
q('group by ordinal pointing at aggregate fails', 'SELECT status, count(*) FROM orders GROUP BY 2');
q('group by nullable column groups nulls together', 'SELECT coupon, count(*) FROM orders GROUP BY coupon');
q('group by array column', 'SELECT tags, count(*) FROM customers GROUP BY tags');
q('group by jsonb expression', "SELECT attrs ->> 'color' AS color, count(*) FROM products GROUP BY 1");
q('group by boolean expression', 'SELECT total > 30 AS big, count(*) FROM orders GROUP BY total > 30');
q('group by constant', 'SELECT 1 AS one, count(*) FROM orders GROUP BY 1');
q(
  'group by nothing aggregate over empty',
  'SELECT count(*), sum(total), max(placed_at) FROM orders WHERE false',
);
q(
  'group by column over empty returns no rows',
  'SELECT status, count(*) FROM orders WHERE false GROUP BY status',
);
q('group by empty parens', 'SELECT count(*) FROM orders GROUP BY ()');
q('group by empty parens over empty input', 'SELECT count(*) FROM orders WHERE false GROUP BY ()');
q('having without group by', 'SELECT count(*) FROM orders HAVING count(*) > 100');
q('having without group by true', 'SELECT count(*) FROM orders HAVING count(*) > 1');
q('having without group by constant select', 'SELECT 1 AS one FROM orders HAVING min(id) > 0');
q(
  'having with aggregate not in select',
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(total) > 60',
);
q(
  'having referencing alias fails',
  'SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id HAVING n > 1',
);
q(
  'having on grouped column',
  'SELECT customer_id, count(*) FROM orders GROUP BY customer_id HAVING customer_id IS NOT NULL',
);
q(
  'having with or and aggregates',
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 2 OR max(total) > 100',
);
q(
  'having with subquery',
  "SELECT customer_id, count(*) FROM orders GROUP BY customer_id HAVING count(*) >= (SELECT count(*) FROM payments WHERE method = 'paypal') + 1",
);
q('aggregate in where fails', 'SELECT id FROM orders WHERE count(*) > 1');
q('nested aggregate fails', 'SELECT sum(count(*)) FROM orders GROUP BY status');
q('aggregate in join on fails', 'SELECT 1 FROM orders o JOIN customers c ON count(*) > 0');
q(
  'aggregate of outer column in subquery',
  'SELECT c.id, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS n FROM customers c',
);
q(
  'outer aggregate inside subquery',
  'SELECT (SELECT max(c.credit) FROM orders o LIMIT 1) AS m FROM customers c',
);
q(
  'group by distinct',
  'SELECT customer_id, status FROM orders GROUP BY DISTINCT customer_id, status, customer_id',
);
q('distinct with group by', 'SELECT DISTINCT count(*) FROM orders GROUP BY customer_id');
q(
  'group by with where and join',
  "SELECT p.category, sum(l.qty * l.unit_price) AS revenue FROM order_lines l JOIN products p ON p.id = l.product_id JOIN orders o ON o.id = l.order_id WHERE o.status IN ('paid', 'shipped') GROUP BY p.category",
);
q(
  'group by category null bucket',
  "SELECT coalesce(p.category, '(none)') AS category, count(*) FROM products p GROUP BY 1",
);
q(
  'group by window over groups',
  'SELECT status, count(*) AS n, sum(count(*)) OVER () AS all_n FROM orders GROUP BY status',
);
q(
  'group by with order by aggregate',
  'SELECT customer_id, sum(total) AS s FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY s DESC NULLS LAST, customer_id',
);
q(
  'group by order by aggregate not in select',
  'SELECT customer_id FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY count(*) DESC, customer_id',
);

// ---------------------------------------------------------------- aggregates as reports use them
q(
  'count distinct',
  'SELECT count(DISTINCT customer_id) AS customers, count(customer_id) AS with_customer, count(*) AS n FROM orders',
);
q('sum of numeric keeps scale', 'SELECT sum(total) AS s, avg(total) AS a FROM orders');
q('avg of int is numeric', 'SELECT avg(qty) AS a, pg_typeof(avg(qty)) AS t FROM order_lines');
q('sum of int is bigint', 'SELECT sum(qty) AS s, pg_typeof(sum(qty)) AS t FROM order_lines');
q('sum of bigint is numeric', 'SELECT sum(id) AS s, pg_typeof(sum(id)) AS t FROM events');
q('count returns bigint', 'SELECT pg_typeof(count(*)) AS t FROM orders');
q('min max of enum', 'SELECT min(status) AS lo, max(status) AS hi FROM orders');
q('min max of text', 'SELECT min(name), max(name) FROM customers');
q('min max of timestamptz', 'SELECT min(placed_at), max(shipped_at) FROM orders');
q(
  'filter clause counts',
  "SELECT count(*) FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE coupon IS NOT NULL) AS couponed FROM orders",
);
q(
  'filter clause with sum per group',
  "SELECT customer_id, sum(total) FILTER (WHERE status <> 'cancelled') AS net FROM orders GROUP BY customer_id",
);
q(
  'filter clause on empty group gives null sum',
  "SELECT sum(total) FILTER (WHERE status = 'shipped' AND total < 0) AS s FROM orders",
);
q(
  'string_agg ordered',
  "SELECT customer_id, string_agg(id::text, ',' ORDER BY id) AS ids FROM orders GROUP BY customer_id",
);
q('string_agg ordered desc', "SELECT string_agg(sku, '|' ORDER BY price DESC, sku) AS s FROM products");
q('array_agg ordered with nulls', 'SELECT array_agg(coupon ORDER BY id) AS a FROM orders');
q('array_agg distinct', 'SELECT array_agg(DISTINCT method ORDER BY method) AS a FROM payments');
q('array_agg of empty is null', 'SELECT array_agg(id) AS a FROM orders WHERE false');
q('json_agg ordered', 'SELECT json_agg(sku ORDER BY id) AS a FROM products WHERE active');
q(
  'jsonb_agg of rows',
  "SELECT jsonb_agg(jsonb_build_object('id', id, 'total', total) ORDER BY id) AS a FROM orders WHERE customer_id = 1",
);
q('jsonb_object_agg', 'SELECT jsonb_object_agg(sku, price) AS a FROM products');
q(
  'bool_and bool_or every',
  'SELECT bool_and(active) AS a, bool_or(active) AS o, every(price > 0) AS e FROM products',
);
q(
  'percentile_cont median',
  'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total) AS median FROM orders',
);
q(
  'percentile_disc quartiles',
  'SELECT percentile_disc(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY total) AS q FROM orders',
);
q(
  'percentile_cont per group',
  'SELECT customer_id, percentile_cont(0.9) WITHIN GROUP (ORDER BY total) AS p90 FROM orders GROUP BY customer_id',
);
q('mode within group', 'SELECT mode() WITHIN GROUP (ORDER BY method) AS m FROM payments');
q(
  'percentile of interval',
  'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY shipped_at - placed_at) AS m FROM orders',
);
q('percentile without within group fails', 'SELECT percentile_cont(0.5) FROM orders');
q('percentile out of range fails', 'SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY total) FROM orders');
q(
  'rank hypothetical set',
  'SELECT rank(50) WITHIN GROUP (ORDER BY total) AS r, dense_rank(50) WITHIN GROUP (ORDER BY total) AS d FROM orders',
);
q(
  'stddev and variance',
  'SELECT round(stddev_samp(total), 4) AS sd, round(var_pop(total), 4) AS vp FROM orders',
);
q('count of row with nulls', 'SELECT count(ROW(coupon, shipped_at)) AS n FROM orders');
q('sum of interval', 'SELECT sum(shipped_at - placed_at) AS s FROM orders');
q('avg of interval', 'SELECT avg(shipped_at - placed_at) AS a FROM orders');
q(
  'aggregate distinct with order by not in arguments fails',
  "SELECT string_agg(DISTINCT method, ',' ORDER BY paid_at) FROM payments",
);
q('count star distinct fails', 'SELECT count(DISTINCT *) FROM orders');

// ---------------------------------------------------------------- reporting by time buckets
q(
  'revenue per month',
  "SELECT date_trunc('month', placed_at) AS month, count(*) AS orders, sum(total) AS revenue FROM orders WHERE status <> 'cancelled' GROUP BY 1 ORDER BY 1",
);
q(
  'revenue per week',
  "SELECT date_trunc('week', placed_at) AS week, sum(total) AS revenue FROM orders GROUP BY 1 ORDER BY 1",
);
q(
  'revenue per day in time zone',
  "SELECT date_trunc('day', placed_at, 'America/New_York') AS day, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q(
  'per day as date',
  "SELECT (placed_at AT TIME ZONE 'UTC')::date AS day, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q(
  'per quarter with extract',
  "SELECT extract(year FROM placed_at AT TIME ZONE 'UTC') AS y, extract(quarter FROM placed_at AT TIME ZONE 'UTC') AS qt, count(*) FROM orders GROUP BY 1, 2 ORDER BY 1, 2",
);
q(
  'per isodow',
  "SELECT extract(isodow FROM placed_at AT TIME ZONE 'UTC') AS dow, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q(
  'months with zero revenue via generate_series',
  "SELECT m.month, coalesce(sum(o.total), 0) AS revenue FROM generate_series(timestamptz '2024-01-01 00:00:00+00', timestamptz '2024-04-01 00:00:00+00', interval '1 month') AS m(month) LEFT JOIN orders o ON date_trunc('month', o.placed_at AT TIME ZONE 'UTC') = m.month AT TIME ZONE 'UTC' GROUP BY m.month ORDER BY m.month",
);
q(
  'to_char month label',
  "SELECT to_char(date_trunc('month', placed_at AT TIME ZONE 'UTC'), 'Mon YYYY') AS label, count(*) FROM orders GROUP BY date_trunc('month', placed_at AT TIME ZONE 'UTC') ORDER BY date_trunc('month', placed_at AT TIME ZONE 'UTC')",
);
q(
  'date_bin buckets',
  "SELECT date_bin(interval '15 days', placed_at, timestamptz '2024-01-01 00:00:00+00') AS b, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q(
  'signups per month with running total',
  "SELECT date_trunc('month', signed_up) AS m, count(*) AS n, sum(count(*)) OVER (ORDER BY date_trunc('month', signed_up)) AS running FROM customers GROUP BY 1 ORDER BY 1",
);
p(
  'revenue between parameters',
  "SELECT date_trunc('month', placed_at) AS m, sum(total) AS s FROM orders WHERE placed_at >= $1 AND placed_at < $2 GROUP BY 1 ORDER BY 1",
  ['2024-02-01T00:00:00Z', '2024-04-01T00:00:00Z'],
);
p(
  'revenue by parameter unit',
  'SELECT date_trunc($1, placed_at) AS b, count(*) FROM orders GROUP BY 1 ORDER BY 1',
  ['month'],
);
p(
  'revenue by bad parameter unit fails',
  'SELECT date_trunc($1, placed_at) AS b, count(*) FROM orders GROUP BY 1',
  ['fortnight'],
);
p(
  'group by parameter expression repeated',
  'SELECT date_trunc($1, placed_at) AS b, count(*) FROM orders GROUP BY date_trunc($1, placed_at) ORDER BY 1',
  ['year'],
);
p(
  'status counts for parameter list',
  'SELECT status, count(*) FROM orders WHERE status = ANY($1::order_status[]) GROUP BY status ORDER BY status',
  ['{paid,placed}'],
);
p(
  'having with parameter',
  'SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id HAVING count(*) >= $1 ORDER BY customer_id',
  [2],
);
p(
  'percentile from parameter',
  'SELECT percentile_cont($1::float8) WITHIN GROUP (ORDER BY total) AS v FROM orders',
  [0.25],
);

// ---------------------------------------------------------------- GROUPING SETS, ROLLUP, CUBE
q('rollup country tier', 'SELECT country, tier, count(*) FROM customers GROUP BY ROLLUP (country, tier)');
q(
  'rollup with grouping flags',
  'SELECT country, tier, grouping(country, tier) AS g, count(*) FROM customers GROUP BY ROLLUP (country, tier)',
);
q(
  'rollup ordered by grouping',
  'SELECT country, grouping(country) AS g, count(*) AS n FROM customers GROUP BY ROLLUP (country) ORDER BY g, country NULLS FIRST',
);
q('cube status coupon', 'SELECT status, coupon, count(*) FROM orders GROUP BY CUBE (status, coupon)');
q(
  'cube with grouping bits',
  'SELECT grouping(status, coupon) AS g, count(*) FROM orders GROUP BY CUBE (status, coupon) ORDER BY 1, 2',
);
q(
  'grouping sets explicit',
  'SELECT status, customer_id, count(*) FROM orders GROUP BY GROUPING SETS ((status), (customer_id), ())',
);
q('grouping sets with empty set only', 'SELECT count(*) FROM orders GROUP BY GROUPING SETS (())');
q(
  'grouping sets over empty input grand total row',
  'SELECT status, count(*) FROM orders WHERE false GROUP BY GROUPING SETS ((status), ())',
);
q('rollup over empty input', 'SELECT status, count(*) FROM orders WHERE false GROUP BY ROLLUP (status)');
q(
  'cube over empty input',
  'SELECT status, coupon, count(*) FROM orders WHERE false GROUP BY CUBE (status, coupon)',
);
q(
  'grouping sets duplicate sets kept',
  'SELECT status, count(*) FROM orders GROUP BY GROUPING SETS ((status), (status))',
);
q(
  'group by column and rollup',
  'SELECT customer_id, status, count(*) FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id, ROLLUP (status)',
);
q(
  'group by distinct rollup',
  'SELECT a, b, count(*) FROM (VALUES (1, 1), (1, 2), (2, 1)) t(a, b) GROUP BY DISTINCT ROLLUP (a, b), ROLLUP (a)',
);
q(
  'group by rollup rollup without distinct',
  'SELECT a, b, count(*) FROM (VALUES (1, 1), (1, 2), (2, 1)) t(a, b) GROUP BY ROLLUP (a, b), ROLLUP (a)',
);
q(
  'rollup composite element',
  'SELECT a, b, c, count(*) FROM (VALUES (1, 1, 1), (1, 2, 1)) t(a, b, c) GROUP BY ROLLUP ((a, b), c)',
);
q(
  'cube composite element',
  'SELECT a, b, count(*) FROM (VALUES (1, 1), (1, 2)) t(a, b) GROUP BY CUBE ((a, b))',
);
q(
  'grouping sets nested rollup',
  'SELECT a, b, count(*) FROM (VALUES (1, 1), (2, 2)) t(a, b) GROUP BY GROUPING SETS (ROLLUP (a), b)',
);
q(
  'rollup with sum and null data distinguished by grouping',
  'SELECT coupon, grouping(coupon) AS g, sum(total) AS s FROM orders GROUP BY ROLLUP (coupon)',
);
q(
  'rollup label with case grouping',
  "SELECT CASE WHEN grouping(status) = 1 THEN 'total' ELSE status::text END AS label, sum(total) AS s FROM orders GROUP BY ROLLUP (status) ORDER BY grouping(status), status",
);
q(
  'rollup on expression',
  "SELECT date_trunc('month', placed_at) AS m, count(*) FROM orders GROUP BY ROLLUP (date_trunc('month', placed_at)) ORDER BY m NULLS LAST",
);
q('rollup on ordinal', 'SELECT status, count(*) FROM orders GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST');
q('rollup on alias', 'SELECT status AS s, count(*) FROM orders GROUP BY ROLLUP (s) ORDER BY s NULLS LAST');
q('grouping of non grouped column fails', 'SELECT grouping(coupon) FROM orders GROUP BY status');
q('grouping in where fails', 'SELECT status FROM orders WHERE grouping(status) = 0 GROUP BY status');
q('grouping without group by fails', 'SELECT grouping(status) FROM orders');
q(
  'grouping sets ungrouped column fails',
  'SELECT status, coupon FROM orders GROUP BY GROUPING SETS ((status), ())',
);
q(
  'grouping sets having on grouping',
  'SELECT status, count(*) FROM orders GROUP BY ROLLUP (status) HAVING grouping(status) = 1',
);
q(
  'grouping sets with window function',
  'SELECT status, count(*) AS n, rank() OVER (ORDER BY count(*) DESC) AS r FROM orders GROUP BY ROLLUP (status) ORDER BY status NULLS LAST',
);
q(
  'grouping sets with join',
  'SELECT p.category, l.order_id, sum(l.qty) AS q FROM order_lines l JOIN products p ON p.id = l.product_id GROUP BY GROUPING SETS ((p.category), (l.order_id))',
);
q('grouping type is integer', 'SELECT pg_typeof(grouping(status)) AS t FROM orders GROUP BY status LIMIT 1');
q(
  'cube of three columns row count',
  'SELECT count(*) FROM (SELECT 1 FROM orders GROUP BY CUBE (status, coupon, customer_id)) s',
);
q(
  'rollup with filter aggregate',
  'SELECT status, count(*) FILTER (WHERE total > 30) AS big FROM orders GROUP BY ROLLUP (status)',
);
q(
  'rollup with string_agg ordered',
  "SELECT customer_id, string_agg(id::text, ',' ORDER BY id) AS ids FROM orders GROUP BY ROLLUP (customer_id)",
);
q(
  'rollup with distinct aggregate',
  'SELECT status, count(DISTINCT customer_id) AS c FROM orders GROUP BY ROLLUP (status)',
);
q('group by rollup of empty list fails', 'SELECT count(*) FROM orders GROUP BY ROLLUP ()');
q(
  'grouping sets result column nullable types',
  'SELECT pg_typeof(status) AS t, count(*) FROM orders GROUP BY ROLLUP (status) HAVING grouping(status) = 1',
);

export default list.cases;
