// Round 19 probe: the everyday aggregate shapes of 9.21 and 7.2.3-7.2.4 (count, sum, avg, min, max,
// bool_and, bool_or, every, string_agg, array_agg; GROUP BY, HAVING, FILTER) over typed columns.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates basic: ');
const O = `CREATE TABLE orders (id int PRIMARY KEY, customer text, status varchar(10), total numeric(10,2), qty smallint,
  big bigint, price float8, ok boolean, placed date, at timestamptz, ref uuid, note text);
INSERT INTO orders VALUES
 (1, 'ann', 'paid', 10.50, 1, 9000000000, 1.25, true, '2024-01-01', '2024-01-01 10:00+00', '11111111-1111-1111-1111-111111111111', 'é'),
 (2, 'ann', 'open', 0.10, 2, 1, 2.5, false, '2024-01-03', '2024-01-03 10:00+00', '22222222-2222-2222-2222-222222222222', 'Z'),
 (3, 'bob', 'paid', 99.99, 3, -5, NULL, true, '2023-12-31', '2023-12-31 23:59:59.999+00', NULL, 'a'),
 (4, 'bob', NULL, NULL, NULL, NULL, 0.1, NULL, NULL, NULL, NULL, NULL),
 (5, 'cy', 'open', 0.01, 32767, 9007199254740000, 3, true, '2024-02-29', '2024-02-29 00:00+00', '33333333-3333-3333-3333-333333333333', 'b'),
 (6, 'Ann', 'paid', 5.00, 0, 0, -1, false, '2024-01-01', '2024-01-01 10:00+00', '11111111-1111-1111-1111-111111111111', 'B');`;
const q = (name: string, sql: string, setup = O) => list.add(name, [sql], setup);

// whole-table aggregates over each column type
for (const col of [
  'total',
  'qty',
  'big',
  'price',
  'placed',
  'at',
  'ref',
  'note',
  'status',
  'customer',
  'ok',
  'id',
]) {
  q(`count of ${col}`, `SELECT count(${col}) AS c, count(DISTINCT ${col}) AS d FROM orders`);
  q(`min max of ${col}`, `SELECT min(${col}) AS mn, max(${col}) AS mx FROM orders`);
}
for (const col of ['total', 'qty', 'big', 'price', 'id']) {
  q(`sum of ${col}`, `SELECT sum(${col}) AS s, pg_typeof(sum(${col}))::text AS ty FROM orders`);
  q(`avg of ${col}`, `SELECT avg(${col}) AS a, pg_typeof(avg(${col}))::text AS ty FROM orders`);
  q(
    `sum per customer of ${col}`,
    `SELECT customer, sum(${col}) AS s FROM orders GROUP BY customer ORDER BY customer`,
  );
  q(
    `avg per status of ${col}`,
    `SELECT status, avg(${col}) AS a FROM orders GROUP BY status ORDER BY status NULLS FIRST`,
  );
  q(`round avg of ${col}`, `SELECT round(avg(${col})::numeric, 3) AS a FROM orders`);
}
q('sum of bigint overflowing int8 range', `SELECT sum(big) AS s FROM orders WHERE id IN (1, 5)`);
q('sum of smallint beyond smallint', `SELECT sum(qty) AS s FROM orders`);
q('avg numeric scale result', `SELECT avg(total) AS a FROM orders WHERE id IN (1, 2, 5)`);
q('avg of two cents', `SELECT avg(total) AS a FROM orders WHERE id IN (2, 5)`);
q('sum numeric with integer literal', `SELECT sum(total + 1) AS s FROM orders`);
q('sum of numeric times int', `SELECT sum(total * qty) AS s FROM orders`);
q('sum of case', `SELECT sum(CASE WHEN ok THEN total ELSE 0 END) AS s FROM orders`);
q(
  'count star vs count column',
  `SELECT count(*) AS a, count(status) AS b, count(1) AS c, count(NULL) AS d FROM orders`,
);
q('count of NULL literal cast', `SELECT count(NULL::int) AS c FROM orders`);
q('count distinct of two columns row', `SELECT count(DISTINCT (customer, status)) AS c FROM orders`);
q('count distinct lower', `SELECT count(DISTINCT lower(customer)) AS c FROM orders`);
q('min max of expression', `SELECT min(total * 2) AS mn, max(length(note)) AS mx FROM orders`);
q('min of varchar type', `SELECT min(status) AS m, pg_typeof(min(status))::text AS ty FROM orders`);
q('max of date type', `SELECT pg_typeof(max(placed))::text AS ty, max(placed) AS m FROM orders`);
q('max of text with accents', `SELECT max(note) AS m, min(note) AS n FROM orders`);
q('min max text case', `SELECT min(customer) AS m, max(customer) AS x FROM orders`);
q('bool_and bool_or of column', `SELECT bool_and(ok) AS a, bool_or(ok) AS o, every(ok) AS e FROM orders`);
q(
  'bool_and per customer',
  `SELECT customer, bool_and(ok) AS a, bool_or(ok) AS o FROM orders GROUP BY customer ORDER BY customer`,
);
q('bool_or of comparison', `SELECT bool_or(total > 50) AS o, bool_and(total > 0) AS a FROM orders`);
q(
  'aggregates of empty filter',
  `SELECT count(*) AS c, sum(total) AS s, avg(total) AS a, min(note) AS m, bool_and(ok) AS b FROM orders WHERE id > 100`,
);
q(
  'aggregates of empty group by',
  `SELECT customer, count(*) AS c FROM orders WHERE id > 100 GROUP BY customer`,
);
q('coalesce of sum', `SELECT coalesce(sum(total), 0) AS s FROM orders WHERE id > 100`);
q(
  'sum over join',
  `SELECT o.customer, sum(p.total) AS s FROM orders o JOIN orders p ON p.customer = o.customer GROUP BY o.customer ORDER BY 1`,
);
q(
  'count over left join counts NULL side',
  `SELECT o.id, count(p.id) AS c FROM orders o LEFT JOIN orders p ON p.id = o.id + 10 GROUP BY o.id ORDER BY 1`,
);
q('aggregate of subquery rows', `SELECT count(*) AS c FROM (SELECT DISTINCT customer FROM orders) s`);
q(
  'aggregate in scalar subquery',
  `SELECT id, (SELECT max(total) FROM orders) - total AS gap FROM orders ORDER BY id`,
);
q(
  'correlated aggregate subquery',
  `SELECT id, (SELECT count(*) FROM orders p WHERE p.customer = o.customer) AS c FROM orders o ORDER BY id`,
);
q(
  'group by lower',
  `SELECT lower(customer) AS c, count(*) AS n FROM orders GROUP BY lower(customer) ORDER BY 1`,
);
q(
  'group by two with nulls',
  `SELECT customer, status, count(*) AS n FROM orders GROUP BY customer, status ORDER BY 1, 2 NULLS FIRST`,
);
q('group by boolean', `SELECT ok, count(*) AS n FROM orders GROUP BY ok ORDER BY ok NULLS LAST`);
q(
  'group by date part',
  `SELECT extract(year FROM placed) AS y, count(*) AS n FROM orders GROUP BY 1 ORDER BY 1`,
);
q(
  'group by date_trunc',
  `SELECT date_trunc('month', at) AS m, count(*) AS n FROM orders GROUP BY 1 ORDER BY 1`,
);
q('group by uuid', `SELECT ref, count(*) AS n FROM orders GROUP BY ref ORDER BY ref NULLS FIRST`);
q('group by numeric', `SELECT total, count(*) AS n FROM orders GROUP BY total ORDER BY total`);
q(
  'group by case expression',
  `SELECT CASE WHEN total > 5 THEN 'big' ELSE 'small' END AS k, count(*) AS n FROM orders GROUP BY 1 ORDER BY 1`,
);
q(
  'group by with order by aggregate desc',
  `SELECT customer, sum(total) AS s FROM orders GROUP BY customer ORDER BY sum(total) DESC NULLS LAST, customer`,
);
q(
  'group by with limit',
  `SELECT customer, count(*) AS n FROM orders GROUP BY customer ORDER BY n DESC, customer LIMIT 2`,
);
q('group by with offset', `SELECT customer FROM orders GROUP BY customer ORDER BY customer OFFSET 1`);
q(
  'group by having count',
  `SELECT customer FROM orders GROUP BY customer HAVING count(*) > 1 ORDER BY customer`,
);
q(
  'having sum null',
  `SELECT customer, sum(total) AS s FROM orders GROUP BY customer HAVING sum(total) IS NULL`,
);
q('having with and', `SELECT customer FROM orders GROUP BY customer HAVING count(*) > 1 AND max(total) > 50`);
q(
  'having with or',
  `SELECT customer FROM orders GROUP BY customer HAVING count(*) = 1 OR min(total) < 1 ORDER BY 1`,
);
q('having bool_and', `SELECT customer FROM orders GROUP BY customer HAVING bool_and(ok) ORDER BY 1`);
q('having without group by returning row', `SELECT count(*) AS n FROM orders HAVING sum(total) > 1`);
q(
  'having referencing grouped expression',
  `SELECT lower(customer) AS c FROM orders GROUP BY lower(customer) HAVING lower(customer) <> 'cy' ORDER BY 1`,
);
q('select distinct with group by', `SELECT DISTINCT count(*) AS n FROM orders GROUP BY customer ORDER BY 1`);
q(
  'group by in CTE',
  `WITH c AS (SELECT customer, sum(total) AS s FROM orders GROUP BY customer) SELECT max(s) AS m FROM c`,
);
q(
  'group by in derived table with join',
  `SELECT o.id, c.n FROM orders o JOIN (SELECT customer, count(*) AS n FROM orders GROUP BY customer) c USING (customer) ORDER BY o.id`,
);
q('filter count', `SELECT count(*) FILTER (WHERE ok) AS y, count(*) FILTER (WHERE NOT ok) AS n FROM orders`);
q(
  'filter sum per group',
  `SELECT customer, sum(total) FILTER (WHERE status = 'paid') AS paid FROM orders GROUP BY customer ORDER BY 1`,
);
q('filter avg', `SELECT avg(total) FILTER (WHERE total > 1) AS a FROM orders`);
q(
  'filter min max',
  `SELECT min(placed) FILTER (WHERE ok) AS mn, max(placed) FILTER (WHERE ok) AS mx FROM orders`,
);
q('filter with distinct', `SELECT count(DISTINCT customer) FILTER (WHERE ok) AS c FROM orders`);
q(
  'filter with having',
  `SELECT customer FROM orders GROUP BY customer HAVING count(*) FILTER (WHERE ok) >= 1 ORDER BY 1`,
);
q('array_agg ordered ints', `SELECT array_agg(id ORDER BY total DESC NULLS LAST) AS a FROM orders`);
q('array_agg ordered text', `SELECT array_agg(note ORDER BY note) AS a FROM orders`);
q(
  'array_agg ordered text desc nulls last',
  `SELECT array_agg(note ORDER BY note DESC NULLS LAST) AS a FROM orders`,
);
q('array_agg ordered numeric', `SELECT array_agg(total ORDER BY id) AS a FROM orders`);
q(
  'array_agg ordered varchar',
  `SELECT array_agg(status ORDER BY id) AS a, pg_typeof(array_agg(status ORDER BY id))::text AS ty FROM orders`,
);
q('array_agg ordered bool', `SELECT array_agg(ok ORDER BY id) AS a FROM orders`);
q('array_agg ordered dates', `SELECT array_agg(placed ORDER BY placed) AS a FROM orders`);
q('array_agg ordered uuid', `SELECT array_agg(ref ORDER BY ref) AS a FROM orders`);
q('array_agg ordered by two keys', `SELECT array_agg(id ORDER BY customer, total DESC) AS a FROM orders`);
q(
  'array_agg ordered per group',
  `SELECT customer, array_agg(id ORDER BY id DESC) AS a FROM orders GROUP BY customer ORDER BY 1`,
);
q('array_agg ordered with filter', `SELECT array_agg(id ORDER BY id) FILTER (WHERE ok) AS a FROM orders`);
q('array_agg ordered empty', `SELECT array_agg(id ORDER BY id) AS a FROM orders WHERE false`);
q('array_agg ordered smallint', `SELECT array_agg(qty ORDER BY qty) AS a FROM orders`);
q('array_agg ordered bigint', `SELECT array_agg(big ORDER BY big) AS a FROM orders`);
q('array_agg ordered timestamptz', `SELECT array_agg(at ORDER BY at) AS a FROM orders`);
q('array_agg ordered real', `SELECT array_agg(price ORDER BY price) AS a FROM orders`);
q('array_agg ordered by expression', `SELECT array_agg(id ORDER BY length(note), id) AS a FROM orders`);
q('array_agg ordered by text collation', `SELECT array_agg(customer ORDER BY customer) AS a FROM orders`);
q('string_agg ordered', `SELECT string_agg(customer, ', ' ORDER BY id) AS s FROM orders`);
q('string_agg ordered desc', `SELECT string_agg(note, '' ORDER BY note DESC) AS s FROM orders`);
q(
  'string_agg ordered per group',
  `SELECT customer, string_agg(status, '/' ORDER BY id) AS s FROM orders GROUP BY customer ORDER BY 1`,
);
q(
  'string_agg ordered by number',
  `SELECT string_agg(customer, ',' ORDER BY total NULLS FIRST) AS s FROM orders`,
);
q('string_agg ordered varchar', `SELECT string_agg(status, ',' ORDER BY status) AS s FROM orders`);
q(
  'string_agg ordered with filter',
  `SELECT string_agg(customer, ',' ORDER BY id) FILTER (WHERE ok) AS s FROM orders`,
);
q('string_agg ordered with cast', `SELECT string_agg(id::text, '-' ORDER BY id DESC) AS s FROM orders`);
q('string_agg ordered empty delimiter', `SELECT string_agg(customer, '' ORDER BY id) AS s FROM orders`);
q('string_agg ordered nothing', `SELECT string_agg(customer, ',' ORDER BY id) AS s FROM orders WHERE false`);
q(
  'aggregate of distinct subquery join',
  `SELECT count(*) AS c FROM orders o WHERE EXISTS (SELECT 1 FROM orders p WHERE p.customer = o.customer AND p.id <> o.id)`,
);
q('nested aggregate error', `SELECT max(count(*)) AS m FROM orders`);
q('ungrouped column error', `SELECT customer, status, count(*) AS n FROM orders GROUP BY customer`);
q('ungrouped column in order by error', `SELECT customer FROM orders GROUP BY customer ORDER BY status`);
q('group by primary key dependent column', `SELECT id, customer, total FROM orders GROUP BY id ORDER BY id`);
q('group by qualified primary key', `SELECT o.id, o.note FROM orders o GROUP BY o.id ORDER BY o.id`);
q('aggregate in where error', `SELECT id FROM orders WHERE count(*) > 1`);
q('sum of text error', `SELECT sum(customer) AS s FROM orders`);
q('avg of boolean error', `SELECT avg(ok) AS a FROM orders`);
q('sum of date error', `SELECT sum(placed) AS s FROM orders`);
q('avg of timestamptz error', `SELECT avg(at) AS a FROM orders`);
q('sum of uuid error', `SELECT sum(ref) AS s FROM orders`);
q('min of boolean error', `SELECT min(ok) AS m FROM orders`);
q('bool_and of text error', `SELECT bool_and(customer) AS b FROM orders`);
q('count of star with distinct error', `SELECT count(DISTINCT *) AS c FROM orders`);
q(
  'aggregate column names default',
  `SELECT count(*), sum(total), avg(qty), min(note), max(placed), bool_and(ok), every(ok), count(DISTINCT customer) FROM orders`,
);
q('aggregate with alias quoted', `SELECT count(*) AS "Count", sum(total) AS "Sum Total" FROM orders`);
q('aggregate arithmetic', `SELECT sum(total) / count(*) AS manual, avg(total) AS a FROM orders`);
q('aggregate compared in select', `SELECT max(total) > 50 AS big, count(*) = 6 AS six FROM orders`);
q('aggregate concatenated', `SELECT 'n=' || count(*) AS s FROM orders`);
q(
  'aggregate cast',
  `SELECT count(*)::int AS c, sum(total)::int AS s, avg(qty)::numeric(10,1) AS a FROM orders`,
);
q(
  'min of sum via subquery',
  `SELECT min(s) AS m FROM (SELECT sum(total) AS s FROM orders GROUP BY customer) x`,
);
q(
  'count distinct after union',
  `SELECT count(DISTINCT c) AS n FROM (SELECT customer AS c FROM orders UNION ALL SELECT 'zed') u`,
);
q('sum of negative numerics', `SELECT sum(-total) AS s FROM orders`);
q('avg of negative ints', `SELECT avg(big) AS a FROM orders WHERE big < 100`);
q('sum with integer division', `SELECT sum(id / 2) AS s FROM orders`);
q('sum of modulo', `SELECT sum(id % 2) AS s FROM orders`);
q('max of coalesce', `SELECT max(coalesce(status, 'zzz')) AS m FROM orders`);
q('count of case without else', `SELECT count(CASE WHEN ok THEN 1 END) AS c FROM orders`);
q(
  'group by ordinal and alias mixed',
  `SELECT customer AS c, status AS s, count(*) AS n FROM orders GROUP BY 1, s ORDER BY 1, 2`,
);
q('group by unknown ordinal error', `SELECT customer FROM orders GROUP BY 5`);
q(
  'order by ordinal of aggregate',
  `SELECT customer, count(*) AS n FROM orders GROUP BY customer ORDER BY 2 DESC, 1`,
);
list.add('sum with parameter', [withParams('SELECT sum(total * $1::numeric) AS s FROM orders', '2')], O);
list.add(
  'having with typed parameter',
  [withParams('SELECT customer FROM orders GROUP BY customer HAVING count(*) >= $1::int ORDER BY 1', 2)],
  O,
);
list.add(
  'filter with parameter',
  [withParams('SELECT count(*) FILTER (WHERE total > $1) AS c FROM orders', 5)],
  O,
);
list.add(
  'group by with parameter in where',
  [
    withParams(
      'SELECT customer, count(*) AS n FROM orders WHERE status = $1 GROUP BY customer ORDER BY 1',
      'paid',
    ),
  ],
  O,
);
list.add('min with untyped parameter', [withParams('SELECT min($1) AS m FROM orders', 'x')], O);
list.add('sum with untyped parameter', [withParams('SELECT sum($1) AS s FROM orders', 1)], O);
list.add('avg with untyped parameter', [withParams('SELECT avg($1) AS s FROM orders', 1)], O);
list.add('bool_and with untyped parameter', [withParams('SELECT bool_and($1) AS s FROM orders', true)], O);
list.add(
  'count distinct with untyped parameter',
  [withParams('SELECT count(DISTINCT $1) AS s FROM orders', 'x')],
  O,
);
list.add('max with parameter compared', [withParams('SELECT max(total) > $1 AS s FROM orders', 50)], O);

export default list.cases;
