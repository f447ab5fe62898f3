const setup = `CREATE TABLE customers (id int PRIMARY KEY, name text, email text UNIQUE, city text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
CREATE TABLE empty_k (id int PRIMARY KEY, v int);
INSERT INTO customers VALUES (1, 'Ann', 'a@x', 'P'), (2, 'Ben', 'b@x', 'Q');
INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2);`;
const q = (name: string, sql: string) => ({ name: `scan key 2: ${name}`, setup, steps: [sql] });
export default [
  q(
    'or non-indexed',
    `SELECT id FROM customers WHERE name = 'nobody' AND (id = (SELECT customer_id FROM orders) OR name = 'x')`,
  ),
  q(
    'or two indexed',
    `SELECT id FROM customers WHERE name = 'nobody' AND (id = (SELECT customer_id FROM orders) OR email = 'x')`,
  ),
  q(
    'or pk twice',
    `SELECT id FROM customers WHERE name = 'nobody' AND (id = (SELECT customer_id FROM orders) OR id = 5)`,
  ),
  q('or alone empty', `SELECT id FROM empty_k WHERE (id = (SELECT customer_id FROM orders) OR id = 5)`),
  q('or with v', `SELECT id FROM empty_k WHERE (id = (SELECT customer_id FROM orders) OR v = 5)`),
  q(
    'in list',
    `SELECT id FROM customers WHERE name = 'nobody' AND id IN ((SELECT customer_id FROM orders), 5)`,
  ),
  q('arith', `SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders) + 1`),
  q(
    'not distinct',
    `SELECT id FROM customers WHERE name = 'nobody' AND id IS NOT DISTINCT FROM (SELECT customer_id FROM orders)`,
  ),
  q(
    'between',
    `SELECT id FROM customers WHERE name = 'nobody' AND id BETWEEN (SELECT customer_id FROM orders) AND 10`,
  ),
  q(
    'single in',
    `SELECT id FROM customers WHERE name = 'nobody' AND id IN ((SELECT customer_id FROM orders))`,
  ),
];
