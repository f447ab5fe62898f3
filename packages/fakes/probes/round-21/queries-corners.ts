// Round 21 ordinary application queries, part 8: corners of the ordinary queries above that a
// repository meets by accident: subqueries with LIMIT/OFFSET inside IN and EXISTS, correlated
// subqueries over grouped columns, evaluation order of AND / CASE around errors (docs 4.2.14),
// constant folding of immutable errors, scalar subqueries of several rows where no row reads them,
// and INSERT ... SELECT ... ORDER BY assigning serial keys.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './queries-schema.js';

const list = new ProbeCases('r21 queries: corners: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const steps = (name: string, sqls: string[], setup = SHOP) => list.add(name, sqls, setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.add(name, [withParams(sql, ...params)], setup);

// ---------------------------------------------------------------- subqueries with LIMIT / OFFSET / ORDER BY
q(
  'in subquery with order by limit',
  'SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders ORDER BY total DESC NULLS LAST, id LIMIT 2) ORDER BY id',
);
q('exists with offset past end', 'SELECT EXISTS (SELECT 1 FROM orders OFFSET 100) AS v');
q('exists with offset inside', 'SELECT EXISTS (SELECT 1 FROM orders OFFSET 8) AS v');
q(
  'not in subquery with limit 0',
  'SELECT count(*) FROM customers WHERE id NOT IN (SELECT customer_id FROM orders LIMIT 0)',
);
q(
  'scalar subquery order by nulls first limit 1',
  'SELECT (SELECT total FROM orders ORDER BY total NULLS FIRST, id LIMIT 1) AS v',
);
q('scalar subquery offset', 'SELECT (SELECT id FROM orders ORDER BY id OFFSET 2 LIMIT 1) AS v');
q(
  'correlated exists with limit',
  'SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id LIMIT 1) ORDER BY c.id',
);
q(
  'correlated in with limit per row',
  'SELECT c.id FROM customers c WHERE 102 IN (SELECT o.id FROM orders o WHERE o.customer_id = c.id ORDER BY o.id DESC LIMIT 2) ORDER BY c.id',
);
q(
  'any subquery with distinct',
  'SELECT id FROM products WHERE id = ANY (SELECT DISTINCT product_id FROM order_lines) ORDER BY id',
);
q(
  'in subquery of union',
  'SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders UNION SELECT customer_id FROM events) ORDER BY id',
);

// ---------------------------------------------------------------- correlated subqueries over groups
q(
  'select-list subquery on grouped column',
  'SELECT customer_id, (SELECT email FROM customers c WHERE c.id = o.customer_id) AS email, count(*) FROM orders o GROUP BY customer_id ORDER BY customer_id NULLS FIRST',
);
q(
  'select-list subquery on aggregate',
  'SELECT status, (SELECT count(*) FROM payments p WHERE p.order_id = max(o.id)) AS last_payments FROM orders o GROUP BY status ORDER BY status',
);
q(
  'select-list subquery on ungrouped column fails',
  'SELECT status, (SELECT count(*) FROM payments p WHERE p.order_id = o.id) FROM orders o GROUP BY status',
);
q(
  'having with correlated subquery',
  'SELECT customer_id FROM orders o GROUP BY customer_id HAVING count(*) > (SELECT count(*) FROM events e WHERE e.customer_id = o.customer_id) ORDER BY customer_id',
);
q(
  'where subquery with outer aggregate fails',
  'SELECT customer_id FROM orders o WHERE (SELECT count(*) FROM events e WHERE e.id = max(o.id)) > 0 GROUP BY customer_id',
);
q(
  'order by correlated subquery on group',
  'SELECT customer_id, count(*) FROM orders o WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY (SELECT signed_up FROM customers c WHERE c.id = o.customer_id) DESC',
);
q(
  'left join on subquery condition',
  'SELECT c.id, o.id AS oid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.total = (SELECT max(total) FROM orders o2 WHERE o2.customer_id = c.id) ORDER BY c.id, o.id',
);
q(
  'derived tables same inner alias',
  'SELECT a.n, b.n AS m FROM (SELECT count(*) AS n FROM orders x) a, (SELECT count(*) AS n FROM payments x) b',
);
q(
  'nested derived tables',
  'SELECT * FROM (SELECT * FROM (SELECT id, total FROM orders WHERE total > 20) t1 WHERE total < 100) t2 ORDER BY id',
);
q(
  'aggregate of derived aggregate',
  'SELECT max(n) AS most, min(n) AS least FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) s',
);
q(
  'average of per-customer sums',
  'SELECT round(avg(spent), 2) AS v FROM (SELECT sum(total) AS spent FROM orders GROUP BY customer_id) s',
);

// ---------------------------------------------------------------- evaluation order and errors
q(
  'and guards division by zero left to right',
  'SELECT order_id, line_no FROM order_lines WHERE unit_price > 0 AND 10 / unit_price > 1 ORDER BY order_id, line_no',
);
q('division by zero on a row fails', 'SELECT order_id FROM order_lines WHERE 10 / unit_price > 1');
q(
  'case guards division by zero per row',
  'SELECT order_id, line_no, CASE WHEN unit_price = 0 THEN NULL ELSE round(10 / unit_price, 2) END AS per FROM order_lines ORDER BY order_id, line_no',
);
q(
  'nullif guards division by zero per row',
  'SELECT order_id, line_no, round(10 / nullif(unit_price, 0), 2) AS per FROM order_lines ORDER BY order_id, line_no',
);
q('constant false and constant error', 'SELECT id FROM orders WHERE false AND 1 / 0 = 1');
q('constant error and constant false', 'SELECT id FROM orders WHERE 1 / 0 = 1 AND false');
q('constant error in where of empty result', 'SELECT id FROM orders WHERE id < 0 AND 1 / 0 = 1');
q('constant error in case else', 'SELECT CASE WHEN id > 0 THEN 1 ELSE 1 / 0 END AS v FROM orders');
q('constant error in coalesce second argument', 'SELECT coalesce(id, 1 / 0) AS v FROM orders');
q(
  'column error in case else not reached',
  'SELECT CASE WHEN qty > 0 THEN 1 ELSE 1 / (qty - qty) END AS v FROM order_lines ORDER BY 1 LIMIT 1',
);
q('constant error in select of no rows', 'SELECT 1 / 0 AS v FROM orders WHERE false');
q('cast error of column in select of no rows', 'SELECT coupon::int AS v FROM orders WHERE false');
q('cast error of column on a row', 'SELECT coupon::int AS v FROM orders WHERE coupon IS NOT NULL');
q('constant cast error folded', "SELECT id FROM orders WHERE false AND 'x'::int = 1");
q('constant cast error in empty from', "SELECT 'x'::int AS v FROM orders WHERE false");
q(
  'error in filtered out row of subquery',
  'SELECT * FROM (SELECT id, 100 / (id - 101) AS r FROM orders) s WHERE id > 101 ORDER BY id',
);

// ---------------------------------------------------------------- scalar subqueries of several rows
q(
  'several-row subquery in select of no rows',
  'SELECT (SELECT id FROM orders) AS v FROM customers WHERE false',
);
q(
  'several-row subquery in case branch not taken',
  'SELECT CASE WHEN id > 100 THEN 0 ELSE (SELECT id FROM orders) END AS v FROM customers ORDER BY id',
);
q(
  'several-row subquery compared to unique column',
  'SELECT id FROM customers WHERE email = (SELECT coupon FROM orders)',
);
q(
  'several-row subquery compared to primary key with other false filter',
  "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)",
);
q(
  'several-row subquery alone in where',
  'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) IS NULL',
);
q(
  'several-row subquery alone in where of empty table',
  'SELECT id FROM customers WHERE id < 0 AND (SELECT customer_id FROM orders) > 0',
);
q(
  'several-row subquery in where of empty table',
  'CREATE TEMP TABLE none_here (x int); SELECT x FROM none_here WHERE x = (SELECT id FROM orders)',
);
q(
  'several-row subquery in update of no rows',
  'UPDATE orders SET total = (SELECT amount FROM payments) WHERE id < 0',
);
q(
  'several-row subquery in update of some rows',
  'UPDATE orders SET total = (SELECT amount FROM payments) WHERE id = 101',
);
q(
  'several-row subquery in update where',
  'UPDATE orders SET total = 0 WHERE id = (SELECT order_id FROM payments)',
);
q(
  'several-row subquery in delete where with false filter',
  "DELETE FROM payments WHERE method = 'none' AND order_id = (SELECT id FROM orders)",
);
q(
  'several-row subquery in insert values',
  "INSERT INTO events VALUES ((SELECT id FROM orders), 1, 'x', NULL, '2024-01-01')",
);
q('several-row subquery in limit', 'SELECT id FROM orders ORDER BY id LIMIT (SELECT id FROM customers)');
q(
  'one-row subquery equality with primary key',
  'SELECT id FROM customers WHERE id = (SELECT customer_id FROM orders WHERE id = 105)',
);

// ---------------------------------------------------------------- serial keys from INSERT ... SELECT ... ORDER BY
const SERIAL = `CREATE TABLE ledger (id serial PRIMARY KEY, order_id int, amount numeric(10,2));`;
steps(
  'insert select order by assigns serials in order',
  [
    'INSERT INTO ledger (order_id, amount) SELECT id, total FROM orders WHERE total IS NOT NULL ORDER BY total DESC, id',
    'SELECT id, order_id FROM ledger ORDER BY id',
  ],
  SHOP + SERIAL,
);
steps(
  'insert select returning serials',
  [
    'INSERT INTO ledger (order_id, amount) SELECT id, total FROM orders WHERE customer_id = 1 ORDER BY placed_at DESC RETURNING id, order_id',
  ],
  SHOP + SERIAL,
);
steps(
  'insert values returning serial and default',
  ['INSERT INTO ledger (order_id, amount) VALUES (101, 1.005), (102, DEFAULT) RETURNING *'],
  SHOP + SERIAL,
);
steps(
  'insert select with limit',
  [
    'INSERT INTO ledger (order_id) SELECT id FROM orders ORDER BY id DESC LIMIT 2',
    'SELECT id, order_id FROM ledger ORDER BY id',
  ],
  SHOP + SERIAL,
);
steps(
  'insert select with group by',
  [
    'INSERT INTO ledger (order_id, amount) SELECT order_id, sum(amount) FROM payments WHERE order_id IS NOT NULL GROUP BY order_id ORDER BY order_id',
    'SELECT * FROM ledger ORDER BY id',
  ],
  SHOP + SERIAL,
);
steps(
  'insert select union all',
  [
    'INSERT INTO ledger (order_id, amount) SELECT id, total FROM orders WHERE id = 101 UNION ALL SELECT order_id, -amount FROM payments WHERE order_id = 101',
    'SELECT order_id, sum(amount) FROM ledger GROUP BY order_id',
  ],
  SHOP + SERIAL,
);
p(
  'insert select with parameters',
  'INSERT INTO ledger (order_id, amount) SELECT id, total * $2 FROM orders WHERE customer_id = $1 ORDER BY id RETURNING id, amount',
  [1, '0.5'],
  SHOP + SERIAL,
);
steps('update from aggregate subquery', [
  'UPDATE customers c SET credit = coalesce(c.credit, 0) + s.paid FROM (SELECT o.customer_id, sum(p.amount) AS paid FROM payments p JOIN orders o ON o.id = p.order_id GROUP BY o.customer_id) s WHERE s.customer_id = c.id RETURNING c.id, c.credit',
  'SELECT id, credit FROM customers ORDER BY id',
]);
steps('delete with subquery on same table', [
  'DELETE FROM events WHERE id NOT IN (SELECT max(id) FROM events GROUP BY customer_id) RETURNING id',
  'SELECT id FROM events ORDER BY id',
]);
steps('update with correlated subquery set', [
  'UPDATE orders o SET total = (SELECT sum(qty * unit_price) FROM order_lines l WHERE l.order_id = o.id) WHERE total IS NULL RETURNING id, total',
]);
steps('update swapping via self subquery sees old values', [
  "UPDATE products SET price = (SELECT max(price) FROM products) - price WHERE category = 'tools' RETURNING id, price",
]);

export default list.cases;
