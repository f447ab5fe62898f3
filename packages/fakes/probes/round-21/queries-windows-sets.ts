// Round 21 ordinary application queries, part 3: window functions (PostgreSQL 15 docs 3.5, 4.2.8,
// 7.2.5, 9.22), set operations and how ORDER BY / LIMIT bind to them (7.4), DISTINCT and DISTINCT ON
// (7.3.3), ORDER BY on output names, ordinals, expressions, NULLS FIRST/LAST and USING (7.5),
// LIMIT / OFFSET / FETCH FIRST ... WITH TIES (7.6), VALUES lists (7.7), and their errors (42P10,
// 42601, 42803, 2201W, 2201X).
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: windows and sets: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.add(name, [withParams(sql, ...params)], setup);

// ---------------------------------------------------------------- window functions
q(
  'row_number per customer by date',
  'SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY placed_at) AS n FROM orders ORDER BY id',
);
q(
  'rank and dense_rank with ties',
  'SELECT id, total, rank() OVER w AS r, dense_rank() OVER w AS d FROM orders WINDOW w AS (ORDER BY total DESC NULLS LAST) ORDER BY id',
);
q(
  'percent_rank and cume_dist',
  'SELECT id, percent_rank() OVER (ORDER BY total) AS pr, cume_dist() OVER (ORDER BY total) AS cd FROM orders ORDER BY id',
);
q('ntile', 'SELECT id, ntile(4) OVER (ORDER BY id) AS bucket FROM orders ORDER BY id');
q(
  'lag and lead',
  'SELECT id, lag(total) OVER (ORDER BY id) AS prev, lead(total, 2, 0) OVER (ORDER BY id) AS next2 FROM orders ORDER BY id',
);
q(
  'lag per partition with default',
  "SELECT id, customer_id, lag(placed_at, 1, timestamptz '2000-01-01 00:00:00+00') OVER (PARTITION BY customer_id ORDER BY placed_at) AS prev_at FROM orders ORDER BY id",
);
q(
  'first_value last_value default frame',
  'SELECT id, first_value(id) OVER (ORDER BY total) AS f, last_value(id) OVER (ORDER BY total, id) AS l FROM orders ORDER BY id',
);
q(
  'last_value whole frame',
  'SELECT id, last_value(id) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS l FROM orders ORDER BY id',
);
q('nth_value', 'SELECT id, nth_value(id, 2) OVER (ORDER BY id) AS second FROM orders ORDER BY id');
q(
  'running total default range frame with ties',
  'SELECT id, total, sum(total) OVER (ORDER BY total) AS running FROM orders ORDER BY id',
);
q(
  'running total rows frame',
  'SELECT id, sum(total) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) AS running FROM orders ORDER BY id',
);
q(
  'moving average rows frame',
  'SELECT id, round(avg(total) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), 2) AS ma FROM orders ORDER BY id',
);
q(
  'range frame with numeric offset',
  'SELECT id, total, count(*) OVER (ORDER BY total RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS near FROM orders ORDER BY id',
);
q(
  'range frame with interval offset',
  "SELECT id, count(*) OVER (ORDER BY placed_at RANGE BETWEEN interval '14 days' PRECEDING AND CURRENT ROW) AS last_2w FROM orders ORDER BY id",
);
q(
  'groups frame',
  'SELECT id, total, sum(total) OVER (ORDER BY total GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM orders ORDER BY id',
);
q(
  'frame exclude current row',
  'SELECT id, sum(total) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) AS others FROM orders ORDER BY id',
);
q(
  'frame exclude ties',
  'SELECT id, count(*) OVER (ORDER BY total RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) AS c FROM orders ORDER BY id',
);
q(
  'frame exclude group',
  'SELECT id, count(*) OVER (ORDER BY total GROUPS BETWEEN CURRENT ROW AND CURRENT ROW EXCLUDE GROUP) AS c FROM orders ORDER BY id',
);
q(
  'window partition count share',
  'SELECT id, customer_id, round(total / sum(total) OVER (PARTITION BY customer_id), 4) AS share FROM orders ORDER BY id',
);
q(
  'window over empty parens',
  'SELECT id, count(*) OVER () AS n, max(total) OVER () AS m FROM orders ORDER BY id',
);
q(
  'window with filter',
  "SELECT id, count(*) FILTER (WHERE status = 'paid') OVER (ORDER BY id) AS paid_so_far FROM orders ORDER BY id",
);
q(
  'named window reused and extended',
  'SELECT id, sum(total) OVER w AS s, row_number() OVER (w ORDER BY id) AS n FROM orders WINDOW w AS (PARTITION BY customer_id) ORDER BY id',
);
q(
  'named window with frame cannot be extended',
  'SELECT id, sum(total) OVER (w ORDER BY id) FROM orders WINDOW w AS (ORDER BY id ROWS 1 PRECEDING)',
);
q(
  'named window order by override fails',
  'SELECT id, sum(total) OVER (w ORDER BY id) FROM orders WINDOW w AS (ORDER BY total)',
);
q(
  'named window partition override fails',
  'SELECT id, sum(total) OVER (w PARTITION BY status) FROM orders WINDOW w AS (ORDER BY total)',
);
q('undefined window name', 'SELECT id, sum(total) OVER nope FROM orders');
q('window function in where fails', 'SELECT id FROM orders WHERE row_number() OVER () = 1');
q('window function in group by fails', 'SELECT count(*) FROM orders GROUP BY row_number() OVER ()');
q('nested window function fails', 'SELECT sum(row_number() OVER ()) OVER () FROM orders');
q('window function in having fails', 'SELECT status FROM orders GROUP BY status HAVING rank() OVER () > 0');
q('ranking function without over fails', 'SELECT row_number() FROM orders');
q(
  'top n per group via row_number subquery',
  'SELECT id, customer_id, total FROM (SELECT o.*, row_number() OVER (PARTITION BY customer_id ORDER BY total DESC NULLS LAST, id) AS rn FROM orders o) t WHERE rn = 1 ORDER BY id',
);
q(
  'window over group by aggregates',
  'SELECT customer_id, sum(total) AS spent, rank() OVER (ORDER BY sum(total) DESC NULLS LAST) AS r FROM orders GROUP BY customer_id ORDER BY customer_id NULLS FIRST',
);
q('window order by output alias fails', 'SELECT id, total AS t, rank() OVER (ORDER BY t) FROM orders');
q(
  'window partition by expression',
  "SELECT id, count(*) OVER (PARTITION BY date_trunc('month', placed_at)) AS in_month FROM orders ORDER BY id",
);
q(
  'window with nulls first in order',
  'SELECT id, row_number() OVER (ORDER BY shipped_at NULLS FIRST, id) AS n FROM orders ORDER BY id',
);
q(
  'window with desc nulls last',
  'SELECT id, row_number() OVER (ORDER BY coupon DESC NULLS LAST, id) AS n FROM orders ORDER BY id',
);
q(
  'session gaps via lag',
  "SELECT id, customer_id, (at - lag(at) OVER (PARTITION BY customer_id ORDER BY at)) > interval '30 minutes' AS new_session FROM events ORDER BY id",
);
q(
  'window result types',
  'SELECT pg_typeof(row_number() OVER ()) AS a, pg_typeof(rank() OVER ()) AS b, pg_typeof(percent_rank() OVER ()) AS c, pg_typeof(ntile(2) OVER ()) AS d FROM orders LIMIT 1',
);
q(
  'frame start after end fails',
  'SELECT sum(total) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM orders',
);
q(
  'frame unbounded following start fails',
  'SELECT sum(total) OVER (ORDER BY id ROWS UNBOUNDED FOLLOWING) FROM orders',
);
q(
  'negative rows offset fails',
  'SELECT sum(total) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM orders',
);
q(
  'range offset needs one order column',
  'SELECT sum(total) OVER (ORDER BY id, total RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM orders',
);
q('ntile zero fails', 'SELECT ntile(0) OVER (ORDER BY id) FROM orders');
q('nth_value zero fails', 'SELECT nth_value(id, 0) OVER (ORDER BY id) FROM orders');
q('distinct in window aggregate fails', 'SELECT count(DISTINCT customer_id) OVER () FROM orders');
q(
  'window with distinct on output',
  'SELECT DISTINCT customer_id, count(*) OVER (PARTITION BY customer_id) AS n FROM orders',
);
q('window and limit', 'SELECT id, count(*) OVER () AS total_count FROM orders ORDER BY id LIMIT 3');
q(
  'window with order by in aggregate inside',
  "SELECT id, string_agg(id::text, ',') OVER (ORDER BY id) AS seen FROM orders ORDER BY id",
);

// ---------------------------------------------------------------- set operations
q('union removes duplicates', 'SELECT customer_id FROM orders UNION SELECT id FROM customers');
q('union all keeps duplicates', 'SELECT customer_id FROM orders UNION ALL SELECT id FROM customers');
q('intersect', 'SELECT customer_id FROM orders INTERSECT SELECT id FROM customers');
q(
  'intersect all',
  'SELECT x FROM (VALUES (1), (1), (1), (2)) a(x) INTERSECT ALL SELECT x FROM (VALUES (1), (1), (3)) b(x)',
);
q('except', 'SELECT id FROM customers EXCEPT SELECT customer_id FROM orders');
q(
  'except all',
  'SELECT x FROM (VALUES (1), (1), (1), (2)) a(x) EXCEPT ALL SELECT x FROM (VALUES (1), (3)) b(x)',
);
q(
  'except keeps null semantics as distinct',
  'SELECT x FROM (VALUES (1), (NULL)) a(x) EXCEPT SELECT x FROM (VALUES (NULL::int)) b(x)',
);
q('union treats nulls as equal', 'SELECT NULL::int AS x UNION SELECT NULL');
q(
  'union order by applies to whole',
  'SELECT id, email FROM customers WHERE id < 3 UNION SELECT id, sku FROM products WHERE id > 3 ORDER BY id DESC, email',
);
q(
  'union order by column name of first branch',
  'SELECT id AS k FROM customers UNION SELECT id FROM products ORDER BY k',
);
q('union order by ordinal', 'SELECT id FROM customers UNION SELECT id FROM products ORDER BY 1 DESC');
q(
  'union order by expression fails',
  'SELECT id FROM customers UNION SELECT id FROM products ORDER BY id + 1',
);
q(
  'union order by name of second branch fails',
  'SELECT id AS a FROM customers UNION SELECT id AS b FROM products ORDER BY b',
);
q(
  'union order by qualified column fails',
  'SELECT id FROM customers UNION SELECT id FROM products ORDER BY customers.id',
);
q(
  'union limit applies to whole',
  'SELECT id FROM customers UNION ALL SELECT id FROM products ORDER BY 1 LIMIT 4',
);
q(
  'union parenthesized branch with order and limit',
  '(SELECT id FROM orders ORDER BY total DESC NULLS LAST, id LIMIT 2) UNION ALL (SELECT id FROM orders ORDER BY placed_at LIMIT 1) ORDER BY 1',
);
q(
  'order by in branch without parens fails',
  'SELECT id FROM customers ORDER BY id UNION SELECT id FROM products',
);
q('limit in branch without parens fails', 'SELECT id FROM customers LIMIT 1 UNION SELECT id FROM products');
q('intersect binds tighter than union', 'SELECT 1 AS x UNION SELECT 2 INTERSECT SELECT 3');
q('parenthesized union then intersect', '(SELECT 1 AS x UNION SELECT 2) INTERSECT SELECT 2');
q(
  'except then union left to right',
  'SELECT x FROM (VALUES (1), (2), (3)) t(x) EXCEPT SELECT 2 UNION SELECT 2 ORDER BY 1',
);
q('union column count mismatch', 'SELECT id, email FROM customers UNION SELECT id FROM products');
q('union type mismatch text int', 'SELECT id FROM customers UNION SELECT sku FROM products');
q('union resolves int and numeric', 'SELECT 1 AS x UNION SELECT 2.5 ORDER BY 1');
q('union resolves unknown literals to text', "SELECT 'a' AS x UNION SELECT 'b' ORDER BY 1");
q(
  'union resolves int and bigint',
  'SELECT pg_typeof(x) AS t FROM (SELECT 1 AS x UNION ALL SELECT 2::bigint) s LIMIT 1',
);
q(
  'union of enum and text literal',
  "SELECT status FROM orders WHERE id = 101 UNION SELECT 'draft' ORDER BY 1",
);
q('union all three branches with null first', 'SELECT NULL AS x UNION ALL SELECT 1 UNION ALL SELECT 2');
q('union null first branch then text', "SELECT NULL AS x UNION SELECT 'a'");
q(
  'union output column name from first branch',
  'SELECT id AS first_name FROM customers WHERE id = 1 UNION SELECT 2 AS second_name',
);
q(
  'union in subquery with where',
  'SELECT count(*) FROM (SELECT customer_id AS c FROM orders UNION SELECT customer_id FROM events) u WHERE c IS NOT NULL',
);
q('union distinct keyword', 'SELECT customer_id FROM orders UNION DISTINCT SELECT customer_id FROM events');
q('union of jsonb compares', 'SELECT \'{"a":1}\'::jsonb AS j UNION SELECT \'{"a": 1}\'::jsonb');
q('union of json fails without equality', "SELECT '{}'::json AS j UNION SELECT '{}'::json");
q('union all of json ok', "SELECT '{}'::json AS j UNION ALL SELECT '[]'::json");
q('union of arrays', "SELECT tags FROM customers UNION SELECT '{vip}'::text[]");
q('union with for update fails', 'SELECT id FROM customers UNION SELECT id FROM products FOR UPDATE');
q('union order by nulls first', 'SELECT coupon FROM orders UNION SELECT NULL ORDER BY coupon NULLS FIRST');
q('union offset', 'SELECT id FROM customers UNION SELECT id FROM products ORDER BY 1 OFFSET 3');

// ---------------------------------------------------------------- DISTINCT and DISTINCT ON
q(
  'distinct on latest order per customer',
  'SELECT DISTINCT ON (customer_id) customer_id, id, placed_at FROM orders ORDER BY customer_id, placed_at DESC',
);
q(
  'distinct on with nulls group',
  'SELECT DISTINCT ON (coupon) coupon, id FROM orders ORDER BY coupon NULLS FIRST, id',
);
q(
  'distinct on expression',
  "SELECT DISTINCT ON (date_trunc('month', placed_at)) date_trunc('month', placed_at) AS m, id FROM orders ORDER BY date_trunc('month', placed_at), total DESC NULLS LAST, id",
);
q(
  'distinct on ordinal-free alias',
  'SELECT DISTINCT ON (cid) customer_id AS cid, id FROM orders ORDER BY cid, id DESC',
);
q('distinct on not leading order by fails', 'SELECT DISTINCT ON (customer_id) id FROM orders ORDER BY id');
q(
  'distinct on two keys',
  'SELECT DISTINCT ON (customer_id, status) customer_id, status, id FROM orders ORDER BY customer_id, status, id',
);
q(
  'distinct on without order by is unordered first',
  'SELECT count(*) FROM (SELECT DISTINCT ON (customer_id) id FROM orders) s',
);
q(
  'distinct on with limit',
  'SELECT DISTINCT ON (customer_id) customer_id, id FROM orders ORDER BY customer_id NULLS FIRST, id LIMIT 2',
);
q(
  'distinct order by expression not in select fails',
  'SELECT DISTINCT customer_id FROM orders ORDER BY placed_at',
);
q('distinct order by expression of selected ok', 'SELECT DISTINCT status FROM orders ORDER BY status DESC');
q(
  'distinct order by function not in select fails',
  'SELECT DISTINCT email FROM customers ORDER BY lower(email)',
);
q('distinct multiple columns with nulls', 'SELECT DISTINCT customer_id, coupon FROM orders');
q('distinct star', 'SELECT DISTINCT * FROM (VALUES (1, NULL), (1, NULL), (2, 3)) t(a, b)');
q('distinct on arrays', 'SELECT DISTINCT tags FROM customers');
q('distinct on jsonb values', "SELECT DISTINCT attrs ->> 'color' AS color FROM products");
q('distinct all keyword', 'SELECT ALL customer_id FROM orders');
q(
  'count distinct vs distinct count',
  'SELECT count(DISTINCT coupon) AS a, (SELECT count(*) FROM (SELECT DISTINCT coupon FROM orders) s) AS b FROM orders',
);

// ---------------------------------------------------------------- ORDER BY
q('order by nulls last default asc', 'SELECT id, shipped_at FROM orders ORDER BY shipped_at, id');
q('order by desc nulls first default', 'SELECT id, shipped_at FROM orders ORDER BY shipped_at DESC, id');
q('order by desc nulls last', 'SELECT id, total FROM orders ORDER BY total DESC NULLS LAST, id');
q('order by asc nulls first', 'SELECT id, coupon FROM orders ORDER BY coupon NULLS FIRST, id');
q('order by output alias', 'SELECT id, total * 2 AS doubled FROM orders ORDER BY doubled NULLS FIRST, id');
q(
  'order by output alias in expression fails',
  'SELECT id, total * 2 AS doubled FROM orders ORDER BY doubled + 1',
);
q('order by ordinal', 'SELECT id, total FROM orders ORDER BY 2 DESC NULLS LAST, 1');
q('order by ordinal out of range', 'SELECT id FROM orders ORDER BY 2');
q('order by column not selected', 'SELECT id FROM orders ORDER BY placed_at DESC');
q('order by expression', 'SELECT id FROM orders ORDER BY coalesce(total, 0) DESC, id');
q(
  'order by case expression',
  "SELECT id, status FROM orders ORDER BY CASE status WHEN 'placed' THEN 0 WHEN 'paid' THEN 1 ELSE 2 END, id",
);
q('order by enum follows declaration order', 'SELECT id, status FROM orders ORDER BY status, id');
q('order by enum cast to text is alphabetical', 'SELECT id, status FROM orders ORDER BY status::text, id');
q('order by boolean', 'SELECT id, active FROM products ORDER BY active, id');
q('order by using operator', 'SELECT id, price FROM products ORDER BY price USING >, id');
q('order by using less than', 'SELECT id FROM products ORDER BY price USING <, id USING >');
q('order by using non ordering operator fails', 'SELECT id FROM products ORDER BY price USING =');
q('order by alias ambiguous with input column', 'SELECT id, email AS id FROM customers ORDER BY id');
q('order by alias ambiguous two outputs', 'SELECT id AS k, email AS k FROM customers ORDER BY k');
q('order by output name preferred over input column', 'SELECT id, -id AS total FROM orders ORDER BY total');
q(
  'order by input column in expression not output',
  'SELECT id, -id AS total FROM orders ORDER BY total + 0 NULLS FIRST, id',
);
q('order by jsonb value', "SELECT sku FROM products ORDER BY attrs ->> 'color' NULLS FIRST, sku");
q('order by jsonb itself', 'SELECT sku, attrs FROM products ORDER BY attrs, sku');
q('order by array', 'SELECT id, tags FROM customers ORDER BY tags NULLS FIRST, id');
q('order by row constructor', 'SELECT id FROM orders ORDER BY (customer_id, total) NULLS FIRST, id');
q('order by text collate c', 'SELECT name FROM customers WHERE name IS NOT NULL ORDER BY name COLLATE "C"');
q(
  'order by random-free subquery',
  'SELECT c.id FROM customers c ORDER BY (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) DESC, c.id',
);
q('order by aggregate without group by', 'SELECT count(*) FROM orders ORDER BY count(*)');
q('order by multi-row subquery fails', 'SELECT id FROM customers ORDER BY (SELECT id FROM orders)');
q('order by with distinct and alias', 'SELECT DISTINCT customer_id AS c FROM orders ORDER BY c NULLS FIRST');
q('order by numeric scale ties', 'SELECT x FROM (VALUES (1.0), (1.00), (0.5)) t(x) ORDER BY x, x::text');

// ---------------------------------------------------------------- LIMIT, OFFSET, FETCH
q('limit', 'SELECT id FROM orders ORDER BY id LIMIT 3');
q('limit all', 'SELECT id FROM orders ORDER BY id LIMIT ALL');
q('limit null', 'SELECT id FROM orders ORDER BY id LIMIT NULL');
q('limit zero', 'SELECT id FROM orders ORDER BY id LIMIT 0');
q('offset beyond end', 'SELECT id FROM orders ORDER BY id OFFSET 100');
q('offset without limit', 'SELECT id FROM orders ORDER BY id OFFSET 7');
q('offset before limit', 'SELECT id FROM orders ORDER BY id OFFSET 2 LIMIT 2');
q('negative limit fails', 'SELECT id FROM orders LIMIT -1');
q('negative offset fails', 'SELECT id FROM orders OFFSET -1');
q('limit expression', 'SELECT id FROM orders ORDER BY id LIMIT 1 + 1');
q(
  'limit subquery',
  "SELECT id FROM orders ORDER BY id LIMIT (SELECT count(*) FROM payments WHERE method = 'card')",
);
q('limit fractional rounds', 'SELECT id FROM orders ORDER BY id LIMIT 2.5');
q('limit column reference fails', 'SELECT id FROM orders LIMIT id');
q('limit text fails', "SELECT id FROM orders LIMIT 'two'");
q('fetch first rows only', 'SELECT id FROM orders ORDER BY id FETCH FIRST 2 ROWS ONLY');
q('fetch next row only default one', 'SELECT id FROM orders ORDER BY id FETCH NEXT ROW ONLY');
q('offset rows fetch', 'SELECT id FROM orders ORDER BY id OFFSET 1 ROWS FETCH FIRST 2 ROWS ONLY');
q(
  'fetch with ties',
  'SELECT id, total FROM orders ORDER BY total DESC NULLS LAST FETCH FIRST 2 ROWS WITH TIES',
);
q('fetch with ties on enum', 'SELECT id FROM orders ORDER BY status FETCH FIRST 2 ROWS WITH TIES');
q(
  'fetch with ties includes all peers',
  'SELECT count(*) FROM (SELECT id FROM orders ORDER BY status FETCH FIRST 3 ROWS WITH TIES) s',
);
q('fetch with ties without order by fails', 'SELECT id FROM orders FETCH FIRST 2 ROWS WITH TIES');
q('fetch with ties null count fails', 'SELECT id FROM orders ORDER BY id FETCH FIRST NULL ROWS WITH TIES');
q('fetch first percent-free zero rows', 'SELECT id FROM orders ORDER BY id FETCH FIRST 0 ROWS ONLY');
q('fetch first parenthesized expression', 'SELECT id FROM orders ORDER BY id FETCH FIRST (1 + 1) ROWS ONLY');
q('limit and fetch both fails', 'SELECT id FROM orders LIMIT 1 FETCH FIRST 1 ROW ONLY');
q(
  'limit with ties in subquery',
  'SELECT * FROM (SELECT id, total FROM orders ORDER BY total FETCH FIRST 1 ROW WITH TIES) s ORDER BY id',
);
p('limit parameter', 'SELECT id FROM orders ORDER BY id LIMIT $1', [2]);
p('limit parameter string', 'SELECT id FROM orders ORDER BY id LIMIT $1', ['3']);
p('limit parameter null', 'SELECT id FROM orders ORDER BY id LIMIT $1', [null]);
p('limit parameter negative fails', 'SELECT id FROM orders ORDER BY id LIMIT $1', [-2]);
p('offset and limit parameters', 'SELECT id FROM orders ORDER BY id LIMIT $1 OFFSET $2', [3, 3]);
p('offset parameter fractional fails', 'SELECT id FROM orders ORDER BY id OFFSET $1', ['1.5']);
p('fetch first parameter rows', 'SELECT id FROM orders ORDER BY id FETCH FIRST $1 ROWS ONLY', [2]);
p('fetch with ties parameter', 'SELECT id FROM orders ORDER BY status FETCH FIRST $1 ROWS WITH TIES', [1]);

// ---------------------------------------------------------------- VALUES lists
q('values as query', "VALUES (1, 'one'), (2, 'two')");
q('values column names', 'VALUES (1, 2)');
q('values with order by and limit', 'VALUES (3), (1), (2) ORDER BY 1 LIMIT 2');
q('values order by column name', 'VALUES (3, 1), (1, 2) ORDER BY column2 DESC');
q('values type resolution int numeric', 'VALUES (1), (2.5)');
q('values type resolution text int fails', "VALUES (1), ('x')");
q('values unknown literal resolves to int', "VALUES (1), ('2')");
q('values all nulls is text', 'SELECT pg_typeof(column1) AS t FROM (VALUES (NULL), (NULL)) v LIMIT 1');
q('values row length mismatch', 'VALUES (1, 2), (3)');
q(
  'values in from joined to table',
  "SELECT o.id, v.label FROM orders o JOIN (VALUES ('paid'::order_status, 'Paid'), ('placed', 'Placed')) v(s, label) ON v.s = o.status",
);
q('values union select', 'VALUES (1) UNION SELECT 2 ORDER BY 1');
q('values with default fails outside insert', 'VALUES (DEFAULT)');
q(
  'values in in-list subquery',
  "SELECT id FROM orders WHERE (customer_id, status) IN (VALUES (1, 'paid'::order_status), (2, 'placed'))",
);
q('values with expressions and subquery', 'VALUES ((SELECT max(id) FROM orders), now() IS NOT NULL)');
q('values with row count', 'SELECT count(*) FROM (VALUES (1), (2), (3)) v(x)');

export default list.cases;
