// Round 21 ordinary application queries, part 5: subquery expressions (PostgreSQL 15 docs 9.23),
// row and array comparisons (9.24) with NULLs (NOT IN with NULLs, = ANY of empty and NULL arrays, row
// IS NULL vs IS NOT NULL, IS DISTINCT FROM on rows), conditional expressions (9.18: CASE, COALESCE,
// NULLIF, GREATEST/LEAST), and their errors (21000, 42601, 42804, 22012 inside CASE).
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: subqueries: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.add(name, [withParams(sql, ...params)], setup);

// ---------------------------------------------------------------- scalar subqueries
q(
  'scalar subquery in select',
  'SELECT c.id, (SELECT max(placed_at) FROM orders o WHERE o.customer_id = c.id) AS last_order FROM customers c',
);
q('scalar subquery no rows is null', 'SELECT (SELECT id FROM orders WHERE id = 999) AS v');
q('scalar subquery more than one row fails', 'SELECT (SELECT id FROM orders) AS v');
q(
  'scalar subquery more than one row in where fails',
  "SELECT id FROM customers WHERE id = (SELECT customer_id FROM orders WHERE status = 'paid')",
);
q('scalar subquery more than one column fails', 'SELECT (SELECT id, total FROM orders LIMIT 1) AS v');
q(
  'scalar subquery more than one row only when reached',
  'SELECT id FROM customers WHERE id = 99 AND id = (SELECT customer_id FROM orders)',
);
q(
  'scalar subquery per row fails on one row',
  'SELECT c.id, (SELECT o.id FROM orders o WHERE o.customer_id = c.id) AS only_order FROM customers c',
);
q(
  'scalar subquery with limit 1 ordered',
  'SELECT c.id, (SELECT o.id FROM orders o WHERE o.customer_id = c.id ORDER BY o.placed_at DESC LIMIT 1) AS last_id FROM customers c',
);
q(
  'scalar subquery in where with aggregate',
  'SELECT id FROM orders WHERE total > (SELECT avg(total) FROM orders)',
);
q(
  'scalar subquery in order by',
  'SELECT id FROM customers c ORDER BY (SELECT count(*) FROM events e WHERE e.customer_id = c.id) DESC, id',
);
q(
  'scalar subquery comparing row',
  'SELECT id FROM orders WHERE (customer_id, status) = (SELECT customer_id, status FROM orders WHERE id = 105)',
);
q(
  'scalar row subquery no rows gives null',
  'SELECT id FROM orders WHERE (customer_id, status) = (SELECT customer_id, status FROM orders WHERE id = 999)',
);
q('scalar subquery returning record', 'SELECT (SELECT ROW(id, total) FROM orders WHERE id = 101) AS r');
q(
  'scalar subquery of correlated aggregate in case',
  "SELECT id, CASE WHEN (SELECT count(*) FROM payments p WHERE p.order_id = o.id) > 1 THEN 'split' ELSE 'single' END AS kind FROM orders o",
);
q(
  'array subquery',
  'SELECT c.id, ARRAY(SELECT o.id FROM orders o WHERE o.customer_id = c.id ORDER BY o.id) AS order_ids FROM customers c',
);
q('array subquery empty is empty array', 'SELECT ARRAY(SELECT id FROM orders WHERE false) AS a');
q('array subquery two columns fails', 'SELECT ARRAY(SELECT id, total FROM orders) AS a');
q(
  'array subquery of rows',
  'SELECT ARRAY(SELECT ROW(id, total) FROM orders WHERE customer_id = 1 ORDER BY id) AS a',
);
q(
  'array subquery of arrays',
  'SELECT ARRAY(SELECT ARRAY[id, qty] FROM order_lines l JOIN (SELECT 1 AS id) x ON true WHERE order_id = 101 ORDER BY line_no) AS a',
);

// ---------------------------------------------------------------- EXISTS, IN, NOT IN
q(
  'exists with select star',
  'SELECT id FROM customers c WHERE EXISTS (SELECT * FROM events e WHERE e.customer_id = c.id)',
);
q('exists ignores select list errors-free', 'SELECT EXISTS (SELECT 1/1 FROM orders) AS v');
q('exists with limit 0', 'SELECT EXISTS (SELECT 1 FROM orders LIMIT 0) AS v');
q('exists of empty', 'SELECT EXISTS (SELECT 1 WHERE false) AS v');
q('not exists of aggregate always a row', 'SELECT NOT EXISTS (SELECT count(*) FROM orders WHERE false) AS v');
q(
  'in subquery',
  "SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE status = 'paid')",
);
q('in subquery with null member true for match', 'SELECT 1 IN (SELECT customer_id FROM orders) AS v');
q('in subquery with null member null for miss', 'SELECT 99 IN (SELECT customer_id FROM orders) AS v');
q('not in subquery with null member is null', 'SELECT 99 NOT IN (SELECT customer_id FROM orders) AS v');
q(
  'not in subquery empty is true',
  'SELECT NULL::int NOT IN (SELECT customer_id FROM orders WHERE false) AS v',
);
q('null in empty subquery is false', 'SELECT NULL::int IN (SELECT customer_id FROM orders WHERE false) AS v');
q('null in nonempty subquery is null', 'SELECT NULL::int IN (SELECT id FROM customers) AS v');
q('not in list with null', 'SELECT id FROM customers WHERE id NOT IN (1, 2, NULL)');
q('in list with null matches', 'SELECT id FROM customers WHERE id IN (1, 2, NULL)');
q('not in list values', 'SELECT 3 NOT IN (1, 2) AS a, 3 NOT IN (1, NULL) AS b, 1 NOT IN (1, NULL) AS c');
q('in list values', 'SELECT 3 IN (1, 2) AS a, 3 IN (1, NULL) AS b, 1 IN (1, NULL) AS c');
q(
  'row in subquery',
  "SELECT id FROM orders WHERE (customer_id, status) IN (SELECT customer_id, 'paid'::order_status FROM orders WHERE coupon IS NOT NULL)",
);
q(
  'row not in subquery with null fields',
  'SELECT (1, NULL) NOT IN (SELECT 2, 3) AS a, (1, NULL) NOT IN (SELECT 1, 3) AS b, (1, NULL) NOT IN (SELECT 1, 4 WHERE false) AS c',
);
q(
  'row in list',
  'SELECT (1, 2) IN ((1, 2), (3, 4)) AS a, (1, NULL) IN ((1, 2)) AS b, (1, NULL) IN ((2, 2)) AS c',
);
q(
  'in subquery column count mismatch',
  'SELECT id FROM orders WHERE customer_id IN (SELECT id, email FROM customers)',
);
q('in subquery type mismatch', 'SELECT id FROM orders WHERE customer_id IN (SELECT email FROM customers)');
q('in list type mismatch', "SELECT id FROM orders WHERE customer_id IN (1, 'x')");
q('in list with enum literal', "SELECT id FROM orders WHERE status IN ('paid', 'shipped')");
q('in list with bad enum literal fails', "SELECT id FROM orders WHERE status IN ('paid', 'lost')");
q(
  'in subquery correlated',
  'SELECT o.id FROM orders o WHERE o.total IN (SELECT p.amount FROM payments p WHERE p.order_id = o.id)',
);
q(
  'not in subquery correlated',
  'SELECT o.id FROM orders o WHERE o.total NOT IN (SELECT p.amount FROM payments p WHERE p.order_id = o.id)',
);

// ---------------------------------------------------------------- ANY, SOME, ALL with subqueries and arrays
q(
  'any subquery',
  "SELECT id FROM orders WHERE total > ANY (SELECT amount FROM payments WHERE method = 'paypal')",
);
q(
  'all subquery',
  'SELECT id FROM orders WHERE total >= ALL (SELECT total FROM orders WHERE total IS NOT NULL)',
);
q('all subquery with null is null', 'SELECT 1000 > ALL (SELECT total FROM orders) AS v');
q('all subquery empty is true', 'SELECT 1 > ALL (SELECT total FROM orders WHERE false) AS v');
q('any subquery empty is false', 'SELECT 1 > ANY (SELECT total FROM orders WHERE false) AS v');
q('some keyword', 'SELECT 50.50 = SOME (SELECT total FROM orders) AS v');
q(
  'any with null subquery member',
  'SELECT 1 = ANY (SELECT customer_id FROM orders) AS a, 99 = ANY (SELECT customer_id FROM orders) AS b',
);
q('not equal all with null', 'SELECT 99 <> ALL (SELECT customer_id FROM orders) AS v');
q('any array literal', "SELECT id FROM customers WHERE 'vip' = ANY (tags)");
q(
  'any array with null element',
  'SELECT 1 = ANY (ARRAY[1, NULL]) AS a, 2 = ANY (ARRAY[1, NULL]) AS b, 2 <> ALL (ARRAY[1, NULL]) AS c',
);
q('any of empty array is false', "SELECT 1 = ANY ('{}'::int[]) AS a, NULL::int = ANY ('{}'::int[]) AS b");
q('all of empty array is true', "SELECT 1 = ALL ('{}'::int[]) AS a, NULL::int = ALL ('{}'::int[]) AS b");
q('any of null array is null', 'SELECT 1 = ANY (NULL::int[]) AS a, 1 = ALL (NULL::int[]) AS b');
q('any over null tags column', "SELECT id, 'vip' = ANY (tags) AS v FROM customers");
q('not any over tags', "SELECT id FROM customers WHERE NOT ('vip' = ANY (tags))");
q('all over tags', "SELECT id FROM customers WHERE 'vip' <> ALL (tags)");
q('coalesce tags any', "SELECT id FROM customers WHERE NOT ('vip' = ANY (coalesce(tags, '{}')))");
q('any with like', "SELECT id FROM customers WHERE email LIKE ANY (ARRAY['a%', 'e%'])");
q('any with ilike all', "SELECT id FROM customers WHERE email NOT ILIKE ALL (ARRAY['A%', 'B%'])");
q('any with less than', 'SELECT id FROM products WHERE price < ANY (ARRAY[1, 10])');
q('any of non array fails', 'SELECT 1 = ANY (1) AS v');
q('any of multidimensional array', 'SELECT 3 = ANY (ARRAY[[1, 2], [3, 4]]) AS v');
q(
  'array overlap and contains',
  "SELECT id FROM customers WHERE tags && ARRAY['vip', 'new'] OR tags @> '{early}'",
);
q(
  'in list vs any equivalent',
  "SELECT id FROM orders WHERE status = ANY (ARRAY['paid', 'shipped']::order_status[])",
);

// ---------------------------------------------------------------- row comparisons
q(
  'row equality with null field',
  'SELECT ROW(1, NULL) = ROW(1, NULL) AS a, ROW(1, NULL) = ROW(2, NULL) AS b, ROW(1, 2) <> ROW(1, NULL) AS c',
);
q(
  'row less than ordering',
  'SELECT ROW(1, 2) < ROW(1, 3) AS a, ROW(1, NULL) < ROW(2, 0) AS b, ROW(1, NULL) < ROW(1, 3) AS c',
);
q(
  'row is null vs is not null',
  'SELECT ROW(NULL, NULL) IS NULL AS a, ROW(NULL, NULL) IS NOT NULL AS b, ROW(1, NULL) IS NULL AS c, ROW(1, NULL) IS NOT NULL AS d, ROW(1, 2) IS NOT NULL AS e',
);
q(
  'not row is null differs from is not null',
  'SELECT NOT (ROW(1, NULL) IS NULL) AS a, ROW(1, NULL) IS NOT NULL AS b',
);
q(
  'row is distinct from',
  'SELECT ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL) AS a, ROW(1, NULL) IS DISTINCT FROM ROW(1, 2) AS b, ROW(1, 2) IS NOT DISTINCT FROM ROW(1, 2) AS c',
);
q(
  'table row is null where some columns null',
  'SELECT c.id, c IS NULL AS all_null, c IS NOT NULL AS none_null FROM customers c',
);
q(
  'composite column of left join is null',
  "SELECT c.id, o IS NULL AS no_order FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'shipped'",
);
q(
  'keyset row comparison pagination',
  "SELECT id, placed_at FROM orders WHERE (placed_at, id) < ('2024-03-01 00:00:00+00', 106) ORDER BY placed_at DESC, id DESC LIMIT 3",
);
q(
  'keyset row comparison with desc ties',
  'SELECT id, total FROM orders WHERE total IS NOT NULL AND (total, id) > (25.00, 109) ORDER BY total, id',
);
q('row comparison field count mismatch', 'SELECT ROW(1, 2) = ROW(1, 2, 3) AS v');
q('row comparison type mismatch', "SELECT ROW(1, 'a') = ROW(1, 2) AS v");
q('row constructor with star', 'SELECT ROW(o.*) IS NOT NULL AS v FROM orders o WHERE id = 106');
q('row of table compared', 'SELECT count(*) FROM orders a, orders b WHERE a = b');
q('row star expansion in select', 'SELECT (o).id, (o).total FROM (SELECT o FROM orders o WHERE id = 101) s');
q('record field access of whole row', 'SELECT (c).email FROM customers c WHERE id = 2');
q('row comparison with subquery any', 'SELECT ROW(1, 2) = ANY (SELECT 1, 2 UNION ALL SELECT 3, 4) AS v');
q('row is null inside where filters', 'SELECT id FROM orders WHERE (coupon, shipped_at) IS NULL');
q('row is not null inside where filters', 'SELECT id FROM orders WHERE (coupon, shipped_at) IS NOT NULL');
q('row not equal with null gives null', 'SELECT (1, NULL) <> (2, NULL) AS a, (1, NULL) <> (1, NULL) AS b');

// ---------------------------------------------------------------- conditional expressions
q(
  'case searched with else',
  "SELECT id, CASE WHEN total IS NULL THEN 'n/a' WHEN total >= 50 THEN 'big' ELSE 'small' END AS size FROM orders",
);
q(
  'case simple on enum',
  "SELECT id, CASE status WHEN 'paid' THEN 1 WHEN 'shipped' THEN 2 END AS code FROM orders",
);
q('case simple null never matches', "SELECT CASE NULL WHEN NULL THEN 'match' ELSE 'no' END AS v");
q('case without else is null', 'SELECT CASE WHEN false THEN 1 END AS v');
q('case type resolution int numeric', 'SELECT CASE WHEN true THEN 1 ELSE 2.5 END AS v');
q('case type mismatch fails', "SELECT CASE WHEN true THEN 1 ELSE 'x' END AS v");
q('case unknown literals become text', "SELECT pg_typeof(CASE WHEN true THEN 'a' ELSE 'b' END) AS v");
q(
  'case guards division by zero',
  'SELECT id, CASE WHEN qty = 0 THEN NULL ELSE unit_price / qty END AS each_price FROM order_lines WHERE order_id = 101',
);
q('case does not guard constant division', 'SELECT CASE WHEN 1 > 0 THEN 1 ELSE 1 / 0 END AS v');
q(
  'case inside aggregate',
  "SELECT sum(CASE WHEN status = 'paid' THEN total ELSE 0 END) AS paid_total FROM orders",
);
q(
  'case with subquery condition',
  "SELECT id, CASE WHEN EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id) THEN 'paid' ELSE 'unpaid' END AS pay FROM orders o",
);
q(
  'case in order by with nulls',
  'SELECT id FROM customers ORDER BY CASE WHEN tier IS NULL THEN 1 ELSE 0 END, tier, id',
);
q('coalesce first non null', 'SELECT id, coalesce(name, email) AS display FROM customers');
q('coalesce numeric scale', 'SELECT coalesce(total, 0) AS t FROM orders WHERE id IN (104, 101)');
q('coalesce type mismatch fails', "SELECT coalesce(total, 'none') FROM orders");
q('coalesce all null', 'SELECT coalesce(NULL, NULL) AS v');
q('coalesce short circuit', 'SELECT coalesce(1, 1 / 0) AS v');
q('nullif', "SELECT nullif(coupon, 'WELCOME') AS c FROM orders WHERE id IN (102, 107)");
q(
  'nullif to avoid division by zero',
  'SELECT sum(total) / nullif(count(*) FILTER (WHERE false), 0) AS v FROM orders',
);
q('nullif type resolution', 'SELECT pg_typeof(nullif(1, 1.0)) AS v');
q(
  'greatest and least ignore nulls',
  'SELECT greatest(1, NULL, 3) AS g, least(NULL, 2, 5) AS l, greatest(NULL::int, NULL) AS n',
);
q('greatest of timestamps', 'SELECT id, greatest(placed_at, shipped_at) AS last_change FROM orders');
q('greatest type mismatch fails', "SELECT greatest(1, 'x')");
q('least of numeric and int', 'SELECT least(credit, 10) AS l FROM customers');
q('case when null condition takes else', "SELECT CASE WHEN NULL THEN 'yes' ELSE 'no' END AS v");
q(
  'nested case',
  "SELECT id, CASE WHEN customer_id IS NULL THEN 'guest' ELSE CASE WHEN total > 40 THEN 'vip' ELSE 'regular' END END AS seg FROM orders",
);
q('is distinct from column and null', "SELECT id FROM orders WHERE coupon IS DISTINCT FROM 'WELCOME'");
q('is not distinct from null', 'SELECT id FROM orders WHERE coupon IS NOT DISTINCT FROM NULL');
q(
  'boolean is unknown',
  'SELECT id, (total > 30) IS UNKNOWN AS u, (total > 30) IS NOT TRUE AS nt FROM orders',
);

// ---------------------------------------------------------------- parameters in subquery and NULL-handling filters
p(
  'optional filter with null parameter',
  'SELECT id FROM orders WHERE ($1::int IS NULL OR customer_id = $1) ORDER BY id',
  [null],
);
p(
  'optional filter with value parameter',
  'SELECT id FROM orders WHERE ($1::int IS NULL OR customer_id = $1) ORDER BY id',
  [2],
);
p(
  'optional untyped parameter is null or equals',
  'SELECT id FROM orders WHERE ($1 IS NULL OR status = $1) ORDER BY id',
  ['paid'],
);
p(
  'optional text filter coalesce',
  'SELECT id FROM customers WHERE country = coalesce($1, country) ORDER BY id',
  [null],
);
p('any of int array parameter', 'SELECT id FROM orders WHERE customer_id = ANY($1::int[]) ORDER BY id', [
  [1, 5],
]);
p('any of untyped array parameter', 'SELECT id FROM orders WHERE customer_id = ANY($1) ORDER BY id', [
  [2, 3],
]);
p('any of empty array parameter', 'SELECT id FROM orders WHERE customer_id = ANY($1) ORDER BY id', [[]]);
p('any of null array parameter', 'SELECT id FROM orders WHERE customer_id = ANY($1::int[]) ORDER BY id', [
  null,
]);
p('not all of array parameter', 'SELECT id FROM orders WHERE customer_id <> ALL($1::int[]) ORDER BY id', [
  [1, 2],
]);
p(
  'not all of array parameter with null element',
  'SELECT id FROM orders WHERE customer_id <> ALL($1::int[]) ORDER BY id',
  [[1, null]],
);
p(
  'any of text array parameter on enum',
  'SELECT id FROM orders WHERE status::text = ANY($1::text[]) ORDER BY id',
  [['paid', 'shipped']],
);
p('any of enum array parameter', 'SELECT id FROM orders WHERE status = ANY($1) ORDER BY id', [
  ['draft', 'cancelled'],
]);
p('in with parameter list', 'SELECT id FROM orders WHERE id IN ($1, $2, $3) ORDER BY id', [101, '102', 999]);
p(
  'in subquery with parameter',
  'SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE total > $1) ORDER BY id',
  ['40'],
);
p('exists with parameter', 'SELECT EXISTS (SELECT 1 FROM customers WHERE email = $1) AS taken', [
  'ann@example.com',
]);
p('scalar subquery with parameter', 'SELECT (SELECT count(*) FROM orders WHERE customer_id = $1) AS n', [1]);
p('tags overlap parameter', 'SELECT id FROM customers WHERE tags && $1::text[] ORDER BY id', [
  ['vip', 'new'],
]);
p('tags contains parameter', 'SELECT id FROM customers WHERE tags @> $1 ORDER BY id', [['early']]);
p(
  'case with parameter',
  "SELECT id, CASE WHEN total >= $1 THEN 'hi' ELSE 'lo' END AS b FROM orders WHERE total IS NOT NULL ORDER BY id",
  [30],
);
p('coalesce with parameter default', 'SELECT coalesce(total, $1) AS t FROM orders WHERE id = 104', ['0.00']);
p('greatest with parameter', 'SELECT greatest(credit, $1) AS g FROM customers ORDER BY id', [10]);
p(
  'row comparison with parameters',
  'SELECT id FROM orders WHERE (placed_at, id) > ($1, $2) ORDER BY placed_at, id LIMIT 3',
  ['2024-02-14T20:00:00Z', 104],
);
p('is distinct from parameter', 'SELECT id FROM orders WHERE coupon IS DISTINCT FROM $1 ORDER BY id', [null]);
p(
  'is not distinct from parameter',
  'SELECT id FROM orders WHERE coupon IS NOT DISTINCT FROM $1 ORDER BY id',
  ['WELCOME'],
);

export default list.cases;
