// Round 28 probe (pg-mem): one-time conditions (reading no row) in HAVING and in outer joins' ON.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const SHOP = `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
INSERT INTO customers VALUES (1, 'ann', 'oslo'), (2, 'bob', 'rome'), (3, 'cy', NULL);`;
const ROWS = `${SHOP}
INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 1, 0, 5.00, 'paid'), (12, 2, 1, 7.50, 'new'), (13, NULL, 3, 1.00, NULL);`;
const EMPTY = SHOP;

const list = new ProbeCases('onetime ');
const both = (name: string, steps: readonly ProbeStep[]): void => {
  list.add(`${name} (rows)`, steps, ROWS);
  list.add(`${name} (empty)`, steps, EMPTY);
};

// HAVING
both('having constant division grouped', [
  'SELECT customer_id, count(*) FROM orders GROUP BY customer_id HAVING 1/0 = 1',
]);
both('having constant division plain', ['SELECT count(*) FROM orders HAVING 1/0 = 1']);
both('having param division grouped', [
  withParams('SELECT customer_id FROM orders GROUP BY customer_id HAVING 10 / $1::int > 1', 0),
]);
both('having param comparison', [
  withParams(
    'SELECT customer_id, sum(qty) FROM orders GROUP BY customer_id HAVING $1::int > 5 ORDER BY 1',
    7,
  ),
]);
both('having param comparison false', [
  withParams(
    'SELECT customer_id, sum(qty) FROM orders GROUP BY customer_id HAVING $1::int > 5 ORDER BY 1',
    1,
  ),
]);
both('having sqrt negative', ['SELECT customer_id FROM orders GROUP BY customer_id HAVING sqrt(-1) > 0']);
both('having subquery several rows grouped', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING (SELECT id FROM customers) > 0',
]);
both('having subquery several rows plain', [
  'SELECT count(*) FROM orders HAVING (SELECT id FROM customers) > 0',
]);
both('having aggregate false then subquery', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 100 AND (SELECT id FROM customers) > 0',
]);
both('having subquery then aggregate false', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING (SELECT id FROM customers) > 0 AND count(*) > 100',
]);
both('having aggregate division then constant false', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(qty) / min(qty) > 0 AND 1 = 2',
]);
both('having constant false then aggregate division', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING 1 = 2 AND sum(qty) / min(qty) > 0',
]);
both('having param false and aggregate division', [
  withParams(
    'SELECT customer_id FROM orders GROUP BY customer_id HAVING $1::boolean AND sum(qty) / min(qty) > 0',
    false,
  ),
]);
both('having aggregate division and param false', [
  withParams(
    'SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(qty) / min(qty) > 0 AND $1::boolean',
    false,
  ),
]);
both('having aggregate division and stable false', [
  "SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(qty) / min(qty) > 0 AND now() < '2000-01-01'",
]);
both('having stable false and subquery', [
  "SELECT customer_id FROM orders GROUP BY customer_id HAVING now() < '2000-01-01' AND (SELECT id FROM customers) > 0",
]);
both('having subquery or aggregate', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING (SELECT id FROM customers) > 0 OR count(*) > 0',
]);
both('having exists subquery then subquery', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING EXISTS (SELECT 1 FROM customers WHERE false) AND (SELECT id FROM customers) > 0',
]);
both('having count star subquery', [
  'SELECT count(*) FROM orders HAVING count(*) > 0 AND (SELECT id FROM customers) > 0',
]);
both('having where false subquery', [
  'SELECT customer_id FROM orders WHERE false GROUP BY customer_id HAVING (SELECT id FROM customers) > 0',
]);
both('having plain aggregate where false subquery', [
  'SELECT count(*) FROM orders WHERE false HAVING (SELECT id FROM customers) > 0',
]);
both('having int overflow constant', [
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING 2147483647 + 1 > 0',
]);
both('having column division only grouped', [
  'SELECT customer_id FROM orders GROUP BY customer_id, qty HAVING 10 / qty > 0 ORDER BY 1',
]);

// Outer joins' ON
both('left join on constant division', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND 1/0 = 1',
]);
both('left join on subquery several rows', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND (SELECT id FROM customers) > 0',
]);
both('left join on subquery only', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON (SELECT id FROM customers) > 0',
]);
both('left join on subquery no match', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id + 100 AND (SELECT id FROM customers) > 0',
]);
both('left join on param false', [
  withParams(
    'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND $1::boolean ORDER BY 1, 2',
    false,
  ),
]);
both('left join on param division', [
  withParams(
    'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND 10 / $1::int > 1 ORDER BY 1, 2',
    0,
  ),
]);
both('left join on param false then subquery', [
  withParams(
    'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND $1::boolean AND (SELECT id FROM customers) > 0 ORDER BY 1, 2',
    false,
  ),
]);
both('left join on stable false then subquery', [
  "SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND now() < '2000-01-01' AND (SELECT id FROM customers) > 0 ORDER BY 1, 2",
]);
both('left join on column division and false', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND 10 / o.qty > 1 AND 1 = 2 ORDER BY 1, 2',
]);
both('left join on column division and stable false', [
  "SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND 10 / o.qty > 1 AND now() < '2000-01-01' ORDER BY 1, 2",
]);
both('left join on subquery then column division', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON (SELECT count(*) FROM customers) > 5 AND 10 / o.qty > 1 ORDER BY 1, 2',
]);
both('right join on subquery several rows', [
  'SELECT c.id, o.id FROM orders o RIGHT JOIN customers c ON o.customer_id = c.id AND (SELECT id FROM customers) > 0',
]);
both('full join on subquery several rows', [
  'SELECT c.id, o.id FROM orders o FULL JOIN customers c ON o.customer_id = c.id AND (SELECT id FROM customers) > 0',
]);
both('full join on param false', [
  withParams(
    'SELECT c.id, o.id FROM orders o FULL JOIN customers c ON o.customer_id = c.id AND $1::boolean ORDER BY 1, 2',
    false,
  ),
]);
both('inner join on subquery several rows', [
  'SELECT c.id, o.id FROM customers c JOIN orders o ON o.customer_id = c.id AND (SELECT id FROM customers) > 0',
]);
both('inner join on stable false then subquery', [
  "SELECT c.id, o.id FROM customers c JOIN orders o ON o.customer_id = c.id AND now() < '2000-01-01' AND (SELECT id FROM customers) > 0",
]);
both('left join where subquery', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE (SELECT id FROM customers) > 0',
]);
both('left join on exists empty then subquery', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND EXISTS (SELECT 1 FROM orders WHERE false) AND (SELECT id FROM customers) > 0 ORDER BY 1, 2',
]);
both('left join lateral-free derived on subquery', [
  'SELECT c.id, d.id FROM customers c LEFT JOIN (SELECT id, customer_id FROM orders WHERE (SELECT id FROM customers) > 0) d ON d.customer_id = c.id',
]);
both('left join on sqrt negative', [
  'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND sqrt(-1) > 0',
]);
both('left join using and where param', [
  withParams(
    'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE $1::int > 5 ORDER BY 1, 2',
    1,
  ),
]);

export default list.cases;
