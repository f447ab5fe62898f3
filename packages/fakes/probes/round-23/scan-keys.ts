const setup = `CREATE TABLE customers (id int PRIMARY KEY, name text, email text UNIQUE, city text);
CREATE INDEX ON customers (city);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
CREATE TABLE empty_k (id int PRIMARY KEY);
CREATE TABLE lines (order_id int, n int, PRIMARY KEY (order_id, n));
INSERT INTO customers VALUES (1, 'Ann', 'a@x', 'P'), (2, 'Ben', 'b@x', 'Q');
INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2);`;
const q = (name: string, sql: string) => ({ name: `scan key: ${name}`, setup, steps: [sql] });
export default [
  q('pk eq', `SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)`),
  q('pk eq 99', `SELECT id FROM customers WHERE id = 99 AND id = (SELECT customer_id FROM orders)`),
  q('unique eq', `SELECT id FROM customers WHERE name = 'nobody' AND email = (SELECT 'a@x' FROM orders)`),
  q('plain index eq', `SELECT id FROM customers WHERE name = 'nobody' AND city = (SELECT 'P' FROM orders)`),
  q('no index eq', `SELECT id FROM customers WHERE id < 0 AND name = (SELECT 'P' FROM orders)`),
  q('pk range', `SELECT id FROM customers WHERE name = 'nobody' AND id > (SELECT customer_id FROM orders)`),
  q('empty pk delete', `DELETE FROM empty_k WHERE id = (SELECT customer_id FROM orders)`),
  q(
    'update',
    `UPDATE customers SET name = 'x' WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)`,
  ),
  q('reversed', `SELECT id FROM customers WHERE name = 'nobody' AND (SELECT customer_id FROM orders) = id`),
  q(
    'join',
    `SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.id = (SELECT customer_id FROM orders)`,
  ),
  q(
    'qualified',
    `SELECT c.id FROM customers c WHERE c.name = 'nobody' AND c.id = (SELECT customer_id FROM orders)`,
  ),
  q('composite second', `SELECT * FROM lines WHERE n = (SELECT customer_id FROM orders)`),
  q('composite first', `SELECT * FROM lines WHERE order_id = (SELECT customer_id FROM orders)`),
  q(
    'one row',
    `SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders WHERE id = 10)`,
  ),
  q('gate false', `SELECT id FROM customers WHERE false AND id = (SELECT customer_id FROM orders)`),
  q(
    'gate subquery false',
    `SELECT id FROM customers WHERE (SELECT false) AND id = (SELECT customer_id FROM orders)`,
  ),
  {
    name: 'scan key: analyzed',
    setup,
    steps: [
      'ANALYZE customers',
      `SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)`,
    ],
  },
  {
    name: 'scan key: analyzed all',
    setup,
    steps: [
      'ANALYZE',
      `SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)`,
    ],
  },
  {
    name: 'scan key: index dropped',
    setup: setup + '\nCREATE INDEX ci2 ON customers (name); DROP INDEX ci2;',
    steps: [`SELECT id FROM customers WHERE id < 0 AND name = (SELECT 'P' FROM orders)`],
  },
  {
    name: 'scan key: partial index',
    setup: setup + "\nCREATE INDEX ON customers (name) WHERE city = 'Z';",
    steps: [`SELECT id FROM customers WHERE id < 0 AND name = (SELECT 'P' FROM orders)`],
  },
  {
    name: 'scan key: lower index',
    setup: setup + '\nCREATE INDEX ON customers (lower(name));',
    steps: [`SELECT id FROM customers WHERE id < 0 AND name = (SELECT 'P' FROM orders)`],
  },
  {
    name: 'scan key: in transaction rolled back analyze',
    setup,
    steps: [
      'BEGIN',
      'ANALYZE customers',
      'ROLLBACK',
      `SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)`,
    ],
  },
];
