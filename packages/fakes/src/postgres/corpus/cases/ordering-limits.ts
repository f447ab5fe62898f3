import { defineGroup } from '../sql-case.js';
import { CUSTOMERS_ORDERS } from './customers-orders.js';

const TASKS = `
  CREATE TABLE tasks (id int PRIMARY KEY, title text NOT NULL, priority int, due date);
  INSERT INTO tasks VALUES
    (1, 'write', 2, '2024-03-01'), (2, 'Review', NULL, '2024-02-01'), (3, 'deploy', 1, NULL),
    (4, 'alpha', 2, '2024-01-15'), (5, 'Beta', NULL, NULL);`;

/** ORDER BY with NULL placement, directions, expressions, C collation; LIMIT, OFFSET, FETCH. */
export const orderingLimitCases = defineGroup('ordering-limits', [
  {
    name: 'ascending order puts NULLs last by default',
    setup: TASKS,
    steps: ['SELECT id FROM tasks ORDER BY priority, id'],
  },
  {
    name: 'descending order puts NULLs first by default',
    setup: TASKS,
    steps: ['SELECT id FROM tasks ORDER BY priority DESC, id'],
  },
  {
    name: 'NULLS FIRST and NULLS LAST override the default',
    setup: TASKS,
    steps: [
      'SELECT id FROM tasks ORDER BY priority NULLS FIRST, id',
      'SELECT id FROM tasks ORDER BY due DESC NULLS LAST, id',
    ],
  },
  {
    name: 'mixed directions over several keys',
    setup: TASKS,
    steps: ['SELECT id FROM tasks ORDER BY priority ASC NULLS LAST, due DESC NULLS LAST, id DESC'],
  },
  {
    name: 'ORDER BY an output alias, an ordinal and an expression',
    setup: TASKS,
    steps: [
      'SELECT id, length(title) AS len FROM tasks ORDER BY len DESC, 1',
      'SELECT id FROM tasks ORDER BY coalesce(priority, 0) + id',
    ],
  },
  {
    name: 'ORDER BY text with COLLATE "C" sorts by bytes, upper case first',
    setup: TASKS,
    steps: ['SELECT title FROM tasks ORDER BY title COLLATE "C"'],
  },
  {
    name: 'ORDER BY a boolean puts false first',
    setup: TASKS,
    steps: ['SELECT id FROM tasks ORDER BY priority IS NULL, id'],
  },
  {
    name: 'ORDER BY a CASE expression for a custom order',
    setup: TASKS,
    steps: ["SELECT title FROM tasks ORDER BY CASE title WHEN 'deploy' THEN 0 ELSE 1 END, id"],
  },
  {
    name: 'LIMIT and OFFSET page through rows',
    setup: TASKS,
    steps: [
      'SELECT id FROM tasks ORDER BY id LIMIT 2 OFFSET 1',
      'SELECT id FROM tasks ORDER BY id LIMIT 2 OFFSET 10',
    ],
  },
  {
    name: 'LIMIT and OFFSET from parameters',
    setup: TASKS,
    steps: [{ sql: 'SELECT id FROM tasks ORDER BY id LIMIT $1 OFFSET $2', params: [2, 2] }],
  },
  {
    name: 'LIMIT ALL and LIMIT NULL return every row',
    setup: TASKS,
    steps: [
      'SELECT count(*) FROM (SELECT id FROM tasks LIMIT ALL) t',
      'SELECT id FROM tasks ORDER BY id LIMIT NULL',
    ],
  },
  {
    name: 'LIMIT 0 returns no rows but the fields',
    setup: TASKS,
    steps: ['SELECT id, title FROM tasks LIMIT 0'],
  },
  {
    name: 'FETCH FIRST n ROWS ONLY',
    setup: TASKS,
    steps: ['SELECT id FROM tasks ORDER BY id OFFSET 1 ROWS FETCH FIRST 2 ROWS ONLY'],
  },
  {
    name: 'FETCH FIRST ... WITH TIES keeps rows equal to the last',
    setup: TASKS,
    steps: [
      'SELECT id FROM tasks WHERE priority IS NOT NULL ORDER BY priority DESC FETCH FIRST 1 ROWS WITH TIES',
    ],
  },
  {
    name: 'keyset pagination with a tuple comparison and a parameter pair',
    setup: TASKS,
    steps: [
      {
        sql: 'SELECT id FROM tasks WHERE (coalesce(priority, 0), id) > ($1, $2) ORDER BY coalesce(priority, 0), id LIMIT 2',
        params: [0, 5],
      },
    ],
  },
  {
    name: 'numbers stored as text sort as text',
    steps: ["SELECT v FROM (VALUES ('10'), ('9'), ('100')) AS t(v) ORDER BY v"],
  },
  {
    name: 'ORDER BY a column not in the select list',
    setup: TASKS,
    steps: ['SELECT title FROM tasks ORDER BY id DESC LIMIT 2'],
  },
  {
    name: 'SELECT DISTINCT ordered by a column outside its select list is refused (42P10)',
    setup: TASKS,
    steps: ['SELECT DISTINCT priority FROM tasks ORDER BY id'],
  },
  {
    name: 'SELECT DISTINCT ordered by an expression of its select list',
    setup: TASKS,
    steps: ['SELECT DISTINCT lower(title) AS t FROM tasks ORDER BY lower(title)'],
  },
  {
    name: 'ORDER BY and LIMIT after a UNION apply to the whole result, by result column name or position',
    setup: CUSTOMERS_ORDERS,
    steps: [
      'SELECT id FROM customers UNION ALL SELECT id FROM orders ORDER BY id DESC',
      'SELECT id FROM customers UNION SELECT id FROM orders ORDER BY id DESC LIMIT 3',
      'SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3 LIMIT 1',
      'SELECT id AS key, name AS label FROM customers UNION ALL SELECT id, status FROM orders ORDER BY key',
      'SELECT id, name FROM customers UNION ALL SELECT id, status FROM orders ORDER BY 2, 1 DESC OFFSET 2 LIMIT 4',
      {
        sql: 'SELECT id FROM customers WHERE id > $1 UNION ALL SELECT id FROM orders ORDER BY id LIMIT $2',
        params: [1, 3],
      },
    ],
  },
  {
    name: 'ORDER BY an expression after a UNION is 0A000',
    setup: CUSTOMERS_ORDERS,
    steps: ['SELECT id FROM customers UNION SELECT id FROM orders ORDER BY id + 1'],
  },
  {
    name: 'FETCH FIRST ROW ONLY is one row; a negative OFFSET is 2201X, a negative LIMIT 2201W',
    setup: CUSTOMERS_ORDERS,
    steps: [
      'SELECT id FROM orders ORDER BY id FETCH FIRST ROW ONLY',
      'SELECT id FROM orders ORDER BY id OFFSET 2 ROWS FETCH NEXT 2 ROWS ONLY',
      'SELECT id FROM orders OFFSET -1',
      'SELECT id FROM orders LIMIT -1',
    ],
  },
  {
    name: 'ORDER BY and GROUP BY a name two different output columns have is ambiguous (42702)',
    setup: 'CREATE TABLE t (id int, g text, v int)',
    steps: ['SELECT id, v AS id FROM t ORDER BY id', 'SELECT g AS x, v AS x FROM t GROUP BY x'],
  },
  {
    name: "a set operation's ORDER BY naming a table fails with 42P01: it sees result columns only",
    setup: 'CREATE TABLE t (id int, v int)',
    steps: ['SELECT id FROM t UNION SELECT v FROM t ORDER BY t.id'],
  },
  {
    name: 'text sorts by code point: U+FB00 and U+FFFD before an emoji',
    setup:
      "CREATE TABLE glyphs (id int PRIMARY KEY, s text); INSERT INTO glyphs VALUES (1, 'ﬀ'), (2, '😀'), (3, 'a'), (4, '�')",
    steps: ['SELECT id FROM glyphs ORDER BY s', 'SELECT id FROM glyphs ORDER BY s DESC'],
  },
  {
    name: 'SELECT DISTINCT text sorts by code point: private-use characters before astral ones',
    setup:
      "CREATE TABLE s (v text); INSERT INTO s VALUES ('\u{E000}'), ('😀'), ('a'), ('\u{FFFD}'), ('😀'), ('\u{E000}')",
    steps: [
      'SELECT DISTINCT v FROM s ORDER BY v',
      'SELECT DISTINCT v FROM s ORDER BY 1 DESC',
      'SELECT DISTINCT v AS x FROM s ORDER BY x',
      "SELECT v || '' AS w FROM s GROUP BY v ORDER BY w",
      "SELECT coalesce(v, 'z') AS w FROM s ORDER BY w DESC",
      'SELECT max(v) AS m FROM s GROUP BY v ORDER BY m DESC',
      'SELECT * FROM (SELECT DISTINCT v FROM s ORDER BY v LIMIT 3) x',
    ],
  },
  {
    name: 'LIMIT, OFFSET and FETCH FIRST page through rows with NULLs last',
    setup: 'CREATE TABLE n (x int); INSERT INTO n VALUES (1), (2), (2), (3), (NULL), (4), (5)',
    steps: [
      'SELECT x FROM n ORDER BY x LIMIT 3 OFFSET 2',
      'SELECT x FROM n ORDER BY x OFFSET 1 ROW FETCH NEXT 2 ROWS ONLY',
      'SELECT x FROM n ORDER BY x DESC NULLS LAST LIMIT 2',
      'SELECT x FROM n ORDER BY x NULLS FIRST FETCH FIRST ROW ONLY',
    ],
  },
  {
    name: 'a page of rows taken with LIMIT and OFFSET, then joined or filtered, keeps only that page',
    setup:
      "\n  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, city text);\n  CREATE INDEX ON customers (city);\n  INSERT INTO customers VALUES (1, 'a@x', 'Rome'), (2, NULL, 'Rome'), (3, NULL, NULL), (4, 'b@x', 'Oslo'), (5, 'c@x', NULL), (6, 'd@x', 'Rome');\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), status text);\n  CREATE INDEX ON orders (customer_id);\n  CREATE INDEX ON orders (status);\n  INSERT INTO orders VALUES (1, 1, 'paid'), (2, 1, 'open'), (3, 4, NULL), (4, 5, 'paid'), (5, 6, NULL), (6, NULL, 'open');",
    steps: [
      'SELECT p.id, o.id AS order_id FROM (SELECT id FROM customers ORDER BY id LIMIT 2) p JOIN orders o ON o.customer_id = p.id ORDER BY o.id',
      'SELECT * FROM (SELECT id FROM customers ORDER BY id LIMIT 3) p WHERE p.id > 2',
      "SELECT * FROM (SELECT id, city FROM customers ORDER BY id OFFSET 4) p WHERE p.city = 'Rome'",
    ],
  },
  {
    name: 'ORDER BY a boolean column puts false before true and NULLs last, DESC reverses both',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT id, active FROM accounts ORDER BY active, id',
      'SELECT id, active FROM accounts ORDER BY active DESC, id',
    ],
  },
  {
    name: 'ORDER BY a boolean expression sorts the rows where it is false first',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT id FROM accounts ORDER BY name IS NULL, name',
      'SELECT id FROM accounts ORDER BY balance > 5 DESC NULLS LAST, id',
    ],
  },
  {
    name: 'a sort key is computed for every row, also when one row is left: its division by zero raises',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT id FROM accounts WHERE id = 5 ORDER BY 10 / balance',
      'SELECT id FROM accounts WHERE id = 4 ORDER BY 10 / balance',
    ],
  },
]);
