// Report queries a repository layer writes: functions inside GROUP BY, aggregates of expressions.
const S = `CREATE TABLE sales (id int PRIMARY KEY, region text, rep text, amount numeric(10,2), qty int, sold_at timestamptz, sold_on date, paid bool);
INSERT INTO sales VALUES
 (1, 'north', 'Ann', 100.00, 2, '2024-01-05 10:00+00', '2024-01-05', true),
 (2, 'north', 'bob', 250.50, 1, '2024-01-20 15:30+00', '2024-01-20', false),
 (3, 'South', 'Ann', 75.25, 5, '2024-02-03 09:15+00', '2024-02-03', true),
 (4, 'south', 'cy', NULL, 3, '2024-02-28 23:59+00', '2024-02-28', NULL),
 (5, 'east', 'Bob', 300.00, NULL, '2024-03-01 00:00+00', '2024-03-01', true),
 (6, NULL, 'dee', 10.10, 10, '2023-12-31 12:00+00', '2023-12-31', false);`;
const q = (name: string, sql: string) => ({ name, setup: S, steps: ["SET TIME ZONE 'UTC'", sql] });
export default [
  q(
    'group by date_trunc month',
    "SELECT date_trunc('month', sold_at) AS m, count(*) AS n, sum(amount) AS total FROM sales GROUP BY 1 ORDER BY 1",
  ),
  q(
    'group by extract year month',
    'SELECT extract(year FROM sold_on) AS y, extract(month FROM sold_on) AS m, count(*) AS n FROM sales GROUP BY y, m ORDER BY y, m',
  ),
  q(
    'group by lower region',
    'SELECT lower(region) AS r, count(*) AS n FROM sales GROUP BY lower(region) ORDER BY r NULLS FIRST',
  ),
  q(
    'group by to_char month',
    "SELECT to_char(sold_on, 'YYYY-MM') AS ym, sum(qty) AS q FROM sales GROUP BY to_char(sold_on, 'YYYY-MM') ORDER BY ym",
  ),
  q('coalesce sum empty', "SELECT coalesce(sum(amount), 0) AS total FROM sales WHERE region = 'west'"),
  q(
    'percent with filter',
    'SELECT round(count(*) FILTER (WHERE paid) * 100.0 / count(*), 2) AS pct FROM sales',
  ),
  q(
    'round avg',
    'SELECT region, round(avg(amount), 2) AS a FROM sales GROUP BY region ORDER BY region NULLS LAST',
  ),
  q(
    'avg of int qty',
    'SELECT avg(qty) AS a, avg(qty)::numeric(10,3) AS b, sum(qty)::float8 / count(qty) AS c FROM sales',
  ),
  q(
    'string_agg distinct lower',
    "SELECT string_agg(DISTINCT lower(rep), ',' ORDER BY lower(rep)) AS reps FROM sales",
  ),
  q(
    'having count distinct',
    'SELECT lower(region) AS r FROM sales GROUP BY lower(region) HAVING count(DISTINCT rep) > 1 ORDER BY r',
  ),
  q(
    'group by case bucket',
    "SELECT CASE WHEN amount >= 200 THEN 'big' WHEN amount >= 50 THEN 'mid' ELSE 'small' END AS bucket, count(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
  ),
  q(
    'row_number per region',
    'SELECT id, row_number() OVER (PARTITION BY lower(region) ORDER BY amount DESC NULLS LAST) AS rn FROM sales ORDER BY id',
  ),
  q(
    'rank and dense_rank',
    'SELECT id, rank() OVER (ORDER BY qty) AS r, dense_rank() OVER (ORDER BY qty) AS dr FROM sales ORDER BY id',
  ),
  q('running total', 'SELECT id, sum(amount) OVER (ORDER BY sold_at) AS running FROM sales ORDER BY sold_at'),
  q(
    'lag lead',
    'SELECT id, lag(amount) OVER (ORDER BY id) AS prev, lead(amount, 1, 0) OVER (ORDER BY id) AS nxt FROM sales ORDER BY id',
  ),
  q(
    'jsonb_build_object aggregated',
    "SELECT jsonb_build_object('region', region, 'total', sum(amount)) AS j FROM sales WHERE region IS NOT NULL GROUP BY region ORDER BY region",
  ),
  q(
    'json_agg of objects ordered',
    "SELECT json_agg(json_build_object('id', id, 'amt', amount) ORDER BY id) AS j FROM sales WHERE paid",
  ),
  q(
    'distinct on latest per rep',
    'SELECT DISTINCT ON (lower(rep)) lower(rep) AS rep, id, sold_at FROM sales ORDER BY lower(rep), sold_at DESC',
  ),
  q('count by bool', 'SELECT paid, count(*) AS n FROM sales GROUP BY paid ORDER BY paid NULLS FIRST'),
  q(
    'sum of case',
    'SELECT sum(CASE WHEN paid THEN amount ELSE 0 END) AS paid_total, sum(CASE WHEN NOT paid THEN 1 ELSE 0 END) AS unpaid FROM sales',
  ),
  q(
    'avg interval between sales',
    'SELECT avg(sold_at - lag) AS gap FROM (SELECT sold_at, lag(sold_at) OVER (ORDER BY sold_at) AS lag FROM sales) s',
  ),
  q(
    'date diff in days',
    "SELECT id, sold_on - date '2024-01-01' AS days, extract(day FROM sold_at - timestamptz '2024-01-01 00:00+00') AS d2 FROM sales ORDER BY id",
  ),
  q(
    'age in months',
    "SELECT id, extract(month FROM age(date '2024-06-01', sold_on)) AS m FROM sales ORDER BY id",
  ),
  q(
    'week grouping',
    "SELECT date_trunc('week', sold_on)::date AS wk, count(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
  ),
  q(
    'generate_series left join calendar',
    "SELECT d::date AS day, count(s.id) AS n FROM generate_series(date '2024-01-01', date '2024-03-01', interval '1 month') d LEFT JOIN sales s ON date_trunc('month', s.sold_on) = d GROUP BY d ORDER BY d",
  ),
  q(
    'percentile per region',
    'SELECT region, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS med FROM sales GROUP BY region ORDER BY region NULLS LAST',
  ),
  q('mode of rep', 'SELECT mode() WITHIN GROUP (ORDER BY lower(rep)) AS m FROM sales'),
  q(
    'max by with order limit',
    'SELECT rep, amount FROM sales WHERE amount IS NOT NULL ORDER BY amount DESC LIMIT 2',
  ),
  q(
    'min max dates',
    'SELECT min(sold_on) AS first, max(sold_at) AS last, max(sold_on) - min(sold_on) AS span FROM sales',
  ),
  q(
    'count distinct expression',
    "SELECT count(DISTINCT lower(region)) AS n, count(DISTINCT date_trunc('month', sold_at)) AS m FROM sales",
  ),
  q(
    'sum numeric scale',
    'SELECT sum(amount) AS s, sum(amount * qty) AS w, sum(amount) / nullif(sum(qty), 0) AS unit FROM sales',
  ),
  q('initcap group', 'SELECT initcap(rep) AS r, count(*) AS n FROM sales GROUP BY initcap(rep) ORDER BY r'),
  q(
    'having with alias ordinal',
    'SELECT region, sum(qty) FROM sales GROUP BY 1 HAVING sum(qty) > 2 ORDER BY 2 DESC',
  ),
  q(
    'bool_and per region',
    'SELECT lower(region) AS r, bool_and(paid) AS all_paid, bool_or(paid) AS any_paid FROM sales GROUP BY 1 ORDER BY 1 NULLS LAST',
  ),
  q('array_agg distinct sorted', 'SELECT array_agg(DISTINCT qty ORDER BY qty) AS q FROM sales'),
  q('ntile', 'SELECT id, ntile(3) OVER (ORDER BY id) AS t FROM sales ORDER BY id'),
  q(
    'first_value last_value',
    'SELECT id, first_value(rep) OVER w AS f, last_value(rep) OVER w AS l FROM sales WINDOW w AS (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY id',
  ),
  q(
    'percent_rank cume_dist',
    'SELECT id, percent_rank() OVER (ORDER BY qty) AS pr, cume_dist() OVER (ORDER BY qty) AS cd FROM sales ORDER BY id',
  ),
  q('count over partition', 'SELECT id, count(*) OVER (PARTITION BY paid) AS n FROM sales ORDER BY id'),
  q(
    'sum over range interval',
    "SELECT id, sum(qty) OVER (ORDER BY sold_at RANGE BETWEEN interval '30 days' PRECEDING AND CURRENT ROW) AS s FROM sales ORDER BY id",
  ),
  q(
    'grouping sets rollup',
    'SELECT lower(region) AS r, paid, count(*) AS n FROM sales GROUP BY ROLLUP (lower(region), paid) ORDER BY 1 NULLS LAST, 2 NULLS LAST',
  ),
  q(
    'exists per row',
    'SELECT id FROM sales s WHERE EXISTS (SELECT 1 FROM sales o WHERE o.rep ILIKE s.rep AND o.id <> s.id) ORDER BY id',
  ),
  q(
    'correlated max',
    'SELECT id FROM sales s WHERE amount = (SELECT max(amount) FROM sales o WHERE lower(o.region) = lower(s.region)) ORDER BY id',
  ),
  q(
    'in with aggregate subquery',
    'SELECT id FROM sales WHERE qty IN (SELECT max(qty) FROM sales GROUP BY paid) ORDER BY id',
  ),
  q(
    'not in with null subquery',
    'SELECT count(*) AS n FROM sales WHERE qty NOT IN (SELECT qty FROM sales WHERE region IS NULL OR qty IS NULL)',
  ),
  q(
    'lateral top per region',
    'SELECT r.region, x.id FROM (SELECT DISTINCT region FROM sales WHERE region IS NOT NULL) r, LATERAL (SELECT id FROM sales s WHERE s.region = r.region ORDER BY amount DESC NULLS LAST LIMIT 1) x ORDER BY r.region',
  ),
  q(
    'cte with aggregates',
    'WITH t AS (SELECT lower(region) AS r, sum(amount) AS s FROM sales GROUP BY 1) SELECT r, s, s / sum(s) OVER () AS share FROM t ORDER BY r NULLS LAST',
  ),
  q(
    'to_char money format report',
    "SELECT rep, to_char(sum(amount), 'FM999G999D00') AS total FROM sales GROUP BY rep ORDER BY rep",
  ),
  q(
    'extract epoch diff',
    'SELECT max(extract(epoch FROM sold_at)) - min(extract(epoch FROM sold_at)) AS secs FROM sales',
  ),
  q(
    'date_part dow histogram',
    "SELECT date_part('dow', sold_on) AS dow, count(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
  ),
  q(
    'filter with date range',
    "SELECT count(*) FILTER (WHERE sold_on >= date '2024-02-01') AS recent, count(*) FILTER (WHERE sold_on < date '2024-02-01') AS old FROM sales",
  ),
  q('nullif division', 'SELECT id, amount / nullif(qty, 0) AS unit FROM sales ORDER BY id'),
  q(
    'greatest least over columns',
    'SELECT id, greatest(qty, 3) AS g, least(amount, 100) AS l FROM sales ORDER BY id',
  ),
  q('order by expression with nulls', 'SELECT id FROM sales ORDER BY coalesce(qty, 0) DESC, id'),
  q('order by lower with collate', 'SELECT rep FROM sales ORDER BY rep COLLATE "C"'),
  q('order by rep default collation', 'SELECT rep FROM sales ORDER BY rep'),
  q('order by lower rep', 'SELECT rep FROM sales ORDER BY lower(rep), rep'),
];
