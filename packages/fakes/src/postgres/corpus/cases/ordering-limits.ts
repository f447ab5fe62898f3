import { defineGroup } from '../sql-case.js';
import { CUSTOMERS_ORDERS } from './customers-orders.js';

const TASKS = `
  CREATE TABLE tasks (id int PRIMARY KEY, title text NOT NULL, priority int, due date);
  INSERT INTO tasks VALUES
    (1, 'write', 2, '2024-03-01'), (2, 'Review', NULL, '2024-02-01'), (3, 'deploy', 1, NULL),
    (4, 'alpha', 2, '2024-01-15'), (5, 'Beta', NULL, NULL);`;

// 30 rows (g cycling 1, 2, 3 and s 'a', 'c', 'b' by id) and 45 of several types: enough rows that
// PostgreSQL's quicksort (insertion sort under 7 rows) and bounded heap reorder the ties.
const TIES = `
  CREATE TABLE tie (id int PRIMARY KEY, g int, s text);
  INSERT INTO tie SELECT i, (i - 1) * 7 % 3 + 1, substr('abc', (i - 1) * 5 % 3 + 1, 1) FROM generate_series(1, 30) i;`;
const EVENTS = `
  CREATE TABLE ev (id serial PRIMARY KEY, prio int, color text, day date, score numeric(6,2), flag bool);
  INSERT INTO ev (id, prio, color, day, score, flag) VALUES
    (1, 0, 'red', NULL, 0.0, true), (2, 1, 'blue', '2024-01-02', 1.5, false), (3, 2, 'green', '2024-01-03', 3.0, true),
    (4, 3, 'red', '2024-01-01', 4.5, false), (5, 0, 'blue', '2024-01-02', 6.0, true), (6, 1, 'green', NULL, 7.5, false),
    (7, 2, 'red', '2024-01-01', 0.0, true), (8, 3, 'blue', '2024-01-02', 1.5, false), (9, 0, 'green', '2024-01-03', 3.0, true),
    (10, 1, 'red', '2024-01-01', 4.5, false), (11, 2, 'blue', NULL, 6.0, true), (12, 3, 'green', '2024-01-03', 7.5, false),
    (13, 0, 'red', '2024-01-01', 0.0, true), (14, 1, 'blue', '2024-01-02', 1.5, false), (15, 2, 'green', '2024-01-03', 3.0, true),
    (16, 3, 'red', NULL, 4.5, false), (17, 0, 'blue', '2024-01-02', 6.0, true), (18, 1, 'green', '2024-01-03', 7.5, false),
    (19, 2, 'red', '2024-01-01', 0.0, true), (20, 3, 'blue', '2024-01-02', 1.5, false), (21, 0, 'green', NULL, 3.0, true),
    (22, 1, 'red', '2024-01-01', 4.5, false), (23, 2, 'blue', '2024-01-02', 6.0, true), (24, 3, 'green', '2024-01-03', 7.5, false),
    (25, 0, 'red', '2024-01-01', 0.0, true), (26, 1, 'blue', NULL, 1.5, false), (27, 2, 'green', '2024-01-03', 3.0, true),
    (28, 3, 'red', '2024-01-01', 4.5, false), (29, 0, 'blue', '2024-01-02', 6.0, true), (30, 1, 'green', '2024-01-03', 7.5, false),
    (31, 2, 'red', NULL, 0.0, true), (32, 3, 'blue', '2024-01-02', 1.5, false), (33, 0, 'green', '2024-01-03', 3.0, true),
    (34, 1, 'red', '2024-01-01', 4.5, false), (35, 2, 'blue', '2024-01-02', 6.0, true), (36, 3, 'green', NULL, 7.5, false),
    (37, 0, 'red', '2024-01-01', 0.0, true), (38, 1, 'blue', '2024-01-02', 1.5, false), (39, 2, 'green', '2024-01-03', 3.0, true),
    (40, 3, 'red', '2024-01-01', 4.5, false), (41, 0, 'blue', NULL, 6.0, true), (42, 1, 'green', '2024-01-03', 7.5, false),
    (43, 2, 'red', '2024-01-01', 0.0, true), (44, 3, 'blue', '2024-01-02', 1.5, false), (45, 0, 'green', '2024-01-03', 3.0, true);`;

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
  {
    name: 'cross join limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT a.id, b.id AS bid FROM a CROSS JOIN b LIMIT 3'],
  },
  {
    name: 'join limit with param',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'SELECT a.id FROM a JOIN b ON b.a_id = a.id LIMIT $1',
        params: [3],
      },
    ],
  },
  {
    name: 'distinct limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT DISTINCT k FROM a LIMIT 5'],
  },
  {
    name: 'group by limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT k, count(*) FROM a GROUP BY k LIMIT 5'],
  },
  {
    name: 'group by limit join',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT a.k, count(*) FROM a JOIN b ON b.a_id = a.id GROUP BY a.k LIMIT 5',
    ],
  },
  {
    name: 'union limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT k FROM a UNION SELECT w FROM b LIMIT 5'],
  },
  {
    name: 'join limit no order',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT a.id, b.id AS bid FROM a JOIN b ON b.a_id = a.id LIMIT 5'],
  },
  {
    name: 'join limit offset no order',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT a.id, b.id AS bid FROM a JOIN b ON b.a_id = a.id LIMIT 5 OFFSET 10',
    ],
  },
  {
    name: 'join where a pk limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT a.id, b.id AS bid FROM a JOIN b ON b.a_id = a.id WHERE a.id = 77 LIMIT 1',
    ],
  },
  {
    name: 'left join limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT a.id, b.id AS bid FROM a LEFT JOIN b ON b.a_id = a.id LIMIT 4'],
  },
  {
    name: 'comma join limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT a.id, b.id AS bid FROM a, b WHERE b.a_id = a.id LIMIT 4'],
  },
  {
    name: 'any param limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'SELECT id FROM a WHERE id = ANY($1) LIMIT 2',
        params: [[900, 5, 600, 3]],
      },
    ],
  },
  {
    name: 'limit 1 join fk where',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'select "b".* from "b" inner join "a" on "a"."id" = "b"."a_id" where "a"."id" = $1 limit $2',
        params: [5, 1],
      },
    ],
  },
  {
    name: 'join where unique limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT a.id, b.id AS bid FROM a JOIN b ON b.a_id = a.id WHERE b.id = 77 LIMIT 5',
    ],
  },
  {
    name: 'join where b unique limit 1',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'select a.v from a join b on b.a_id = a.id where b.id = $1 limit 1',
        params: [10],
      },
    ],
  },
  {
    name: 'kysely join offset 0',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'select "a"."id" as "aid", "b"."w" from "a" inner join "b" on "b"."a_id" = "a"."id" where "a"."id" = $1 offset $2',
        params: [5, 0],
      },
    ],
  },
  {
    name: 'drizzle join shape',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'select "a"."id", "b"."id" from "a" inner join "b" on "b"."a_id" = "a"."id" order by "b"."id" limit $1',
        params: [3],
      },
    ],
  },
  {
    name: 'prisma shape',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'SELECT "public"."a"."id", "public"."a"."k" FROM "public"."a" WHERE 1=1 ORDER BY "public"."a"."id" ASC LIMIT $1 OFFSET $2',
        params: [3, 0],
      },
    ],
  },
  {
    name: 'join limit order',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT a.id, b.id AS bid FROM a JOIN b ON b.a_id = a.id ORDER BY b.id LIMIT 5',
    ],
  },
  {
    name: 'single table limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT id FROM a LIMIT 5'],
  },
  {
    name: 'single table where eq limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT id FROM a WHERE k = 3 LIMIT 3'],
  },
  {
    name: 'union all limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT id FROM a UNION ALL SELECT id FROM b LIMIT 5'],
  },
  {
    name: 'quoted trim',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT "trim"(\'  x  \')'],
  },
  {
    name: 'string_agg no order join',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      "SELECT string_agg(b.id::text, ',') FROM a JOIN b ON b.a_id = a.id WHERE a.k = 5",
    ],
  },
  {
    name: 'join offset 0 no order',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT count(*) FROM (SELECT a.id FROM a JOIN b ON b.a_id = a.id OFFSET 0) s',
    ],
  },
  {
    name: 'cte join outer limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'WITH j AS (SELECT a.id, b.id AS bid FROM a JOIN b ON b.a_id = a.id) SELECT * FROM j LIMIT 3',
    ],
  },
  {
    name: 'cte group outer limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'WITH g AS (SELECT k, count(*) n FROM a GROUP BY k) SELECT * FROM g LIMIT 3',
    ],
  },
  {
    name: 'derived group limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT * FROM (SELECT k, count(*) n FROM a GROUP BY k) g LIMIT 3'],
  },
  {
    name: 'in subquery group limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT count(*) FROM a WHERE k IN (SELECT k FROM a GROUP BY k LIMIT 5)',
    ],
  },
  {
    name: 'left join pk limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT a.id, b.w FROM b LEFT JOIN a ON a.id = b.a_id WHERE b.id = 9 LIMIT 1',
    ],
  },
  {
    name: 'join where both pk limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      'SELECT a.v, b.w FROM a JOIN b ON b.a_id = a.id WHERE b.id = 5 AND a.id = b.a_id LIMIT 1',
    ],
  },
  {
    name: 'heap after update limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: ['ANALYZE a', 'ANALYZE b', 'SELECT id, v FROM a LIMIT 5 OFFSET 3'],
  },
  {
    name: 'any large array limit',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a(id), w int NOT NULL);\nCREATE INDEX b_a ON b (a_id); CREATE INDEX a_k ON a (k);\nINSERT INTO a SELECT g, (g * 7919) % 101, 'v' || ((g * 31) % 1000) FROM generate_series(1, 1200) g;\nINSERT INTO b SELECT g, ((g * 613) % 1200) + 1, (g * 17) % 50 FROM generate_series(1, 3000) g;\nUPDATE a SET v = v || '!' WHERE id % 5 = 0;",
    steps: [
      'ANALYZE a',
      'ANALYZE b',
      {
        sql: 'SELECT id FROM a WHERE id = ANY($1) LIMIT 3',
        params: [
          [
            1200, 1199, 1198, 1197, 1196, 1195, 1194, 1193, 1192, 1191, 1190, 1189, 1188, 1187, 1186, 1185,
            1184, 1183, 1182, 1181, 1180, 1179, 1178, 1177, 1176, 1175, 1174, 1173, 1172, 1171, 1170, 1169,
            1168, 1167, 1166, 1165, 1164, 1163, 1162, 1161, 1160, 1159, 1158, 1157, 1156, 1155, 1154, 1153,
            1152, 1151, 1150, 1149, 1148, 1147, 1146, 1145, 1144, 1143, 1142, 1141, 1140, 1139, 1138, 1137,
            1136, 1135, 1134, 1133, 1132, 1131, 1130, 1129, 1128, 1127, 1126, 1125, 1124, 1123, 1122, 1121,
            1120, 1119, 1118, 1117, 1116, 1115, 1114, 1113, 1112, 1111, 1110, 1109, 1108, 1107, 1106, 1105,
            1104, 1103, 1102, 1101, 1100, 1099, 1098, 1097, 1096, 1095, 1094, 1093, 1092, 1091, 1090, 1089,
            1088, 1087, 1086, 1085, 1084, 1083, 1082, 1081, 1080, 1079, 1078, 1077, 1076, 1075, 1074, 1073,
            1072, 1071, 1070, 1069, 1068, 1067, 1066, 1065, 1064, 1063, 1062, 1061, 1060, 1059, 1058, 1057,
            1056, 1055, 1054, 1053, 1052, 1051, 1050, 1049, 1048, 1047, 1046, 1045, 1044, 1043, 1042, 1041,
            1040, 1039, 1038, 1037, 1036, 1035, 1034, 1033, 1032, 1031, 1030, 1029, 1028, 1027, 1026, 1025,
            1024, 1023, 1022, 1021, 1020, 1019, 1018, 1017, 1016, 1015, 1014, 1013, 1012, 1011, 1010, 1009,
            1008, 1007, 1006, 1005, 1004, 1003, 1002, 1001, 1000, 999, 998, 997, 996, 995, 994, 993, 992, 991,
            990, 989, 988, 987, 986, 985, 984, 983, 982, 981, 980, 979, 978, 977, 976, 975, 974, 973, 972,
            971, 970, 969, 968, 967, 966, 965, 964, 963, 962, 961, 960, 959, 958, 957, 956, 955, 954, 953,
            952, 951, 950, 949, 948, 947, 946, 945, 944, 943, 942, 941, 940, 939, 938, 937, 936, 935, 934,
            933, 932, 931, 930, 929, 928, 927, 926, 925, 924, 923, 922, 921, 920, 919, 918, 917, 916, 915,
            914, 913, 912, 911, 910, 909, 908, 907, 906, 905, 904, 903, 902, 901, 900, 899, 898, 897, 896,
            895, 894, 893, 892, 891, 890, 889, 888, 887, 886, 885, 884, 883, 882, 881, 880, 879, 878, 877,
            876, 875, 874, 873, 872, 871, 870, 869, 868, 867, 866, 865, 864, 863, 862, 861, 860, 859, 858,
            857, 856, 855, 854, 853, 852, 851, 850, 849, 848, 847, 846, 845, 844, 843, 842, 841, 840, 839,
            838, 837, 836, 835, 834, 833, 832, 831, 830, 829, 828, 827, 826, 825, 824, 823, 822, 821, 820,
            819, 818, 817, 816, 815, 814, 813, 812, 811, 810, 809, 808, 807, 806, 805, 804, 803, 802, 801,
            800, 799, 798, 797, 796, 795, 794, 793, 792, 791, 790, 789, 788, 787, 786, 785, 784, 783, 782,
            781, 780, 779, 778, 777, 776, 775, 774, 773, 772, 771, 770, 769, 768, 767, 766, 765, 764, 763,
            762, 761, 760, 759, 758, 757, 756, 755, 754, 753, 752, 751, 750, 749, 748, 747, 746, 745, 744,
            743, 742, 741, 740, 739, 738, 737, 736, 735, 734, 733, 732, 731, 730, 729, 728, 727, 726, 725,
            724, 723, 722, 721, 720, 719, 718, 717, 716, 715, 714, 713, 712, 711, 710, 709, 708, 707, 706,
            705, 704, 703, 702, 701, 700, 699, 698, 697, 696, 695, 694, 693, 692, 691, 690, 689, 688, 687,
            686, 685, 684, 683, 682, 681, 680, 679, 678, 677, 676, 675, 674, 673, 672, 671, 670, 669, 668,
            667, 666, 665, 664, 663, 662, 661, 660, 659, 658, 657, 656, 655, 654, 653, 652, 651, 650, 649,
            648, 647, 646, 645, 644, 643, 642, 641, 640, 639, 638, 637, 636, 635, 634, 633, 632, 631, 630,
            629, 628, 627, 626, 625, 624, 623, 622, 621, 620, 619, 618, 617, 616, 615, 614, 613, 612, 611,
            610, 609, 608, 607, 606, 605, 604, 603, 602, 601, 600, 599, 598, 597, 596, 595, 594, 593, 592,
            591, 590, 589, 588, 587, 586, 585, 584, 583, 582, 581, 580, 579, 578, 577, 576, 575, 574, 573,
            572, 571, 570, 569, 568, 567, 566, 565, 564, 563, 562, 561, 560, 559, 558, 557, 556, 555, 554,
            553, 552, 551, 550, 549, 548, 547, 546, 545, 544, 543, 542, 541, 540, 539, 538, 537, 536, 535,
            534, 533, 532, 531, 530, 529, 528, 527, 526, 525, 524, 523, 522, 521, 520, 519, 518, 517, 516,
            515, 514, 513, 512, 511, 510, 509, 508, 507, 506, 505, 504, 503, 502, 501, 500, 499, 498, 497,
            496, 495, 494, 493, 492, 491, 490, 489, 488, 487, 486, 485, 484, 483, 482, 481, 480, 479, 478,
            477, 476, 475, 474, 473, 472, 471, 470, 469, 468, 467, 466, 465, 464, 463, 462, 461, 460, 459,
            458, 457, 456, 455, 454, 453, 452, 451, 450, 449, 448, 447, 446, 445, 444, 443, 442, 441, 440,
            439, 438, 437, 436, 435, 434, 433, 432, 431, 430, 429, 428, 427, 426, 425, 424, 423, 422, 421,
            420, 419, 418, 417, 416, 415, 414, 413, 412, 411, 410, 409, 408, 407, 406, 405, 404, 403, 402,
            401, 400, 399, 398, 397, 396, 395, 394, 393, 392, 391, 390, 389, 388, 387, 386, 385, 384, 383,
            382, 381, 380, 379, 378, 377, 376, 375, 374, 373, 372, 371, 370, 369, 368, 367, 366, 365, 364,
            363, 362, 361, 360, 359, 358, 357, 356, 355, 354, 353, 352, 351, 350, 349, 348, 347, 346, 345,
            344, 343, 342, 341, 340, 339, 338, 337, 336, 335, 334, 333, 332, 331, 330, 329, 328, 327, 326,
            325, 324, 323, 322, 321, 320, 319, 318, 317, 316, 315, 314, 313, 312, 311, 310, 309, 308, 307,
            306, 305, 304, 303, 302, 301,
          ],
        ],
      },
    ],
  },
  {
    name: 'text comparison uppercase vs lowercase',
    steps: ["SELECT 'a' < 'B' AS a, 'A' < 'b' AS b, 'a' < 'A' AS c, 'Z' < 'a' AS d"],
  },
  {
    name: 'desc nulls last',
    setup: 'CREATE TABLE nn (n int); INSERT INTO nn VALUES (2), (NULL), (1);',
    steps: ['SELECT n FROM nn ORDER BY n DESC NULLS LAST'],
  },
  {
    name: 'order by ordinal out of range',
    setup: 'CREATE TABLE nn (n int);',
    steps: ['SELECT n FROM nn ORDER BY 2'],
  },
  {
    name: 'distinct order by not in select list error',
    setup: 'CREATE TABLE dg (g int, v int);',
    steps: ['SELECT DISTINCT g FROM dg ORDER BY v'],
  },
  { name: 'union unknown literals text', steps: ["SELECT 'a' AS v UNION SELECT 'b' ORDER BY 1"] },
  {
    name: 'Distinct on ordering (PGlite round 13)',
    steps: ['SELECT DISTINCT ON (qty > 0) qty > 0 AS pos, sku FROM items ORDER BY qty > 0, sku DESC'],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Distinct on mismatch order error (PGlite round 13)',
    steps: ['SELECT DISTINCT ON (sku) sku FROM items ORDER BY qty'],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Limit with ties and fetch first (PGlite round 13)',
    steps: [
      'SELECT qty FROM items ORDER BY qty FETCH FIRST 1 ROWS WITH TIES',
      'SELECT sku FROM items ORDER BY sku OFFSET 1 ROW FETCH NEXT 1 ROW ONLY',
      'SELECT sku FROM items FETCH FIRST 1 ROW WITH TIES',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Order by nulls and collate (PGlite round 13)',
    steps: [
      'SELECT price FROM items ORDER BY price NULLS FIRST',
      'SELECT price FROM items ORDER BY price DESC',
      'SELECT sku FROM items ORDER BY 5',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Is distinct and boolean tests (PGlite round 13)',
    steps: [
      'SELECT NULL IS DISTINCT FROM NULL, 1 IS NOT DISTINCT FROM NULL, NULL::bool IS UNKNOWN, true IS NOT FALSE, (NULL = NULL) IS NULL',
    ],
  },
  {
    name: 'LIMIT ALL and FETCH WITH TIES: SELECT id FROM l ORDER BY id LIMIT ALL',
    setup:
      'CREATE TABLE l (id int, g int); INSERT INTO l VALUES (1, 10), (2, 20), (3, 20), (4, 30), (5, 30), (6, 40);',
    steps: ['SELECT id FROM l ORDER BY id LIMIT ALL'],
  },
  {
    name: 'LIMIT ALL and FETCH WITH TIES: SELECT id FROM l ORDER BY id LIMIT ALL OFFSET 4',
    setup:
      'CREATE TABLE l (id int, g int); INSERT INTO l VALUES (1, 10), (2, 20), (3, 20), (4, 30), (5, 30), (6, 40);',
    steps: ['SELECT id FROM l ORDER BY id LIMIT ALL OFFSET 4'],
  },
  {
    name: 'LIMIT ALL and FETCH WITH TIES: SELECT id, g FROM l ORDER BY g FETCH FIRST 2 ROWS WITH TIES',
    setup:
      'CREATE TABLE l (id int, g int); INSERT INTO l VALUES (1, 10), (2, 20), (3, 20), (4, 30), (5, 30), (6, 40);',
    steps: ['SELECT id, g FROM l ORDER BY g FETCH FIRST 2 ROWS WITH TIES'],
  },
  {
    name: 'LIMIT ALL and FETCH WITH TIES: SELECT g FROM l ORDER BY g OFFSET 1 FETCH FIRST 2 ROWS WITH TIES',
    setup:
      'CREATE TABLE l (id int, g int); INSERT INTO l VALUES (1, 10), (2, 20), (3, 20), (4, 30), (5, 30), (6, 40);',
    steps: ['SELECT g FROM l ORDER BY g OFFSET 1 FETCH FIRST 2 ROWS WITH TIES'],
  },
  {
    name: 'LIMIT ALL and FETCH WITH TIES: SELECT g FROM l ORDER BY g DESC FETCH FIRST 1 ROW WITH TIES',
    setup:
      'CREATE TABLE l (id int, g int); INSERT INTO l VALUES (1, 10), (2, 20), (3, 20), (4, 30), (5, 30), (6, 40);',
    steps: ['SELECT g FROM l ORDER BY g DESC FETCH FIRST 1 ROW WITH TIES'],
  },
  {
    name: 'LIMIT ALL and FETCH WITH TIES: SELECT id FROM l FETCH FIRST 2 ROWS WITH TIES',
    setup:
      'CREATE TABLE l (id int, g int); INSERT INTO l VALUES (1, 10), (2, 20), (3, 20), (4, 30), (5, 30), (6, 40);',
    steps: ['SELECT id FROM l FETCH FIRST 2 ROWS WITH TIES'],
  },
  {
    name: 'ORDER BY the predefined sv-x-icu collation that initdb imports from ICU (round 18)',
    steps: ["SELECT x FROM (VALUES ('z'), ('ö'), ('o')) t(x) ORDER BY x COLLATE \"sv-x-icu\""],
  },
  {
    name: 'a column declared with the predefined de-x-icu collation (round 18)',
    setup:
      "CREATE TABLE t (x text COLLATE \"de-x-icu\"); INSERT INTO t VALUES ('Äpfel'), ('Zebra'), ('apfel');",
    steps: ['SELECT x FROM t ORDER BY x'],
  },
  {
    name: 'keyset pagination with a row comparison over a score and an id (round 18)',
    setup:
      'CREATE TABLE s (id int PRIMARY KEY, score int); INSERT INTO s VALUES (1, 90), (2, 75), (3, NULL), (4, 75), (5, 60), (6, 90);',
    steps: [
      {
        sql: 'SELECT id, score FROM s WHERE (score, id) > ($1, $2) ORDER BY score, id LIMIT 3',
        params: [75, 2],
      },
    ],
  },
  {
    name: 'FETCH FIRST 1 ROWS WITH TIES keeps the tied rows (round 18)',
    setup: 'CREATE TABLE s (id int, score int); INSERT INTO s VALUES (1, 90), (2, 75), (3, NULL), (6, 90);',
    steps: ['SELECT id, score FROM s ORDER BY score DESC NULLS LAST FETCH FIRST 1 ROWS WITH TIES'],
  },
  {
    name: 'ORDER BY a position after a UNION whose second branch has unnamed columns keeps each value in its column (round 18)',
    steps: ["SELECT 1 AS a, 'z' AS b UNION SELECT 2, 'y' ORDER BY 2"],
  },
  {
    name: 'ORDER BY a parenthesized non-integer constant is located inside the parentheses (round 18)',
    setup: 'CREATE TABLE t (id int);',
    steps: ['SELECT id FROM t ORDER BY (1.5)'],
  },
  {
    name: 'SELECT DISTINCT ordered by a column outside its list is located at that column (round 18)',
    setup: 'CREATE TABLE t (id int, g int);',
    steps: ['SELECT DISTINCT g FROM t ORDER BY id'],
  },
  {
    name: 'network: inet orders by family, then network, then mask (round 20)',
    setup: 'CREATE TABLE hosts (id int, a inet)',
    steps: [
      "INSERT INTO hosts VALUES (1, '10.0.0.2'), (2, '10.0.0.0/8'), (3, '::1'), (4, '9.255.255.255'), (5, '10.0.0.2/16')",
      'SELECT id, a FROM hosts ORDER BY a',
    ],
  },
  {
    name: 'ordering: FETCH FIRST ... WITH TIES returns every peer of the last row (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: ['SELECT id, total FROM orders ORDER BY total DESC NULLS LAST FETCH FIRST 3 ROWS WITH TIES'],
  },
  {
    name: 'ordering: an enum sorts in declaration order, its text alphabetically (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT id, status FROM orders ORDER BY status, id',
      'SELECT id FROM orders ORDER BY status::text, id',
    ],
  },
  {
    name: 'ordering: ORDER BY with SELECT DISTINCT must name a selected expression (42P10) (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: ['SELECT DISTINCT customer_id FROM orders ORDER BY placed_at'],
  },
  {
    name: 'ordering: ORDER BY and LIMIT after UNION apply to the whole, a branch needs parentheses (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT id FROM customers UNION ALL SELECT id FROM orders ORDER BY 1 DESC LIMIT 3',
      '(SELECT id FROM orders ORDER BY total DESC NULLS LAST, id LIMIT 2) UNION ALL (SELECT id FROM customers ORDER BY id LIMIT 1) ORDER BY 1',
      'SELECT id FROM customers ORDER BY id UNION SELECT id FROM orders',
    ],
  },
  {
    name: 'ordering: DISTINCT ON keeps the first row of each key in ORDER BY order (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT DISTINCT ON (customer_id) customer_id, id, placed_at FROM orders ORDER BY customer_id NULLS FIRST, placed_at DESC',
    ],
  },
  {
    name: 'ordering: rows an ORDER BY leaves tied leave scan order once 7 or more are sorted (PostgreSQL quicksorts) (round 30)',
    setup: TIES,
    steps: [
      'SELECT id, g FROM tie ORDER BY g',
      'SELECT id FROM tie ORDER BY s DESC',
      'SELECT id FROM tie WHERE id > 5 ORDER BY g, s',
      'SELECT id FROM tie WHERE id <= 6 ORDER BY g',
    ],
  },
  {
    name: 'ordering: ORDER BY ... LIMIT under half the rows keeps its ties by a bounded heap, OFFSET counted in (round 30)',
    setup: TIES,
    steps: [
      'SELECT id FROM tie ORDER BY g LIMIT 5',
      { sql: 'SELECT id FROM tie ORDER BY g LIMIT $1 OFFSET $2', params: [3, 2] },
      'SELECT id FROM tie ORDER BY g LIMIT 15',
      'SELECT id FROM tie ORDER BY s FETCH FIRST 4 ROWS ONLY',
    ],
  },
  {
    name: 'ordering: tied dates, booleans and numerics, DESC and NULLS FIRST, sort in PostgreSQL quicksort order (round 30)',
    setup: EVENTS,
    steps: [
      'SELECT id, day FROM ev ORDER BY day NULLS FIRST',
      'SELECT id FROM ev ORDER BY flag, prio DESC',
      'SELECT id FROM ev ORDER BY score DESC LIMIT 9',
      "SELECT id FROM ev WHERE color = 'red' ORDER BY prio",
      'SELECT id FROM ev WHERE prio IN (1, 2) ORDER BY color',
    ],
  },
  {
    name: 'ordering: ties after UPDATE and DELETE follow the heap, and an index on the sort key does not keep a full ORDER BY from sorting (round 30)',
    setup: EVENTS,
    steps: [
      'UPDATE ev SET prio = 2 WHERE id % 7 = 0',
      'DELETE FROM ev WHERE id < 5',
      "INSERT INTO ev (id, prio, color) VALUES (100, 0, 'red'), (101, 1, 'red')",
      'SELECT id FROM ev ORDER BY prio',
      'CREATE INDEX ev_prio ON ev (prio)',
      'SELECT id FROM ev ORDER BY prio',
    ],
  },
  {
    name: 'ordering: rows tied by an ORDER BY over GROUP BY or a join come in the order its plan reads them (round 30)',
    setup: `
  CREATE TABLE c (id serial PRIMARY KEY, name text, city text);
  INSERT INTO c (name, city) VALUES ('ann', 'oslo'), ('bob', 'rome'), ('cy', 'oslo'), ('dee', 'paris'), ('eve', 'rome'),
    ('fay', 'lima'), ('gus', 'oslo'), ('hal', 'lima');
  CREATE TABLE o (id serial PRIMARY KEY, cid int, status text, amount int);
  INSERT INTO o (cid, status, amount) VALUES (1, 'paid', 10), (2, 'open', 10), (3, 'paid', 20), (1, 'void', 10), (4, 'paid', 30),
    (5, 'open', 20), (6, 'paid', 10), (7, 'open', 30), (8, 'paid', 20), (2, 'paid', 10), (3, 'open', 10), (5, 'void', 20);`,
    steps: [
      'SELECT city, count(*) AS n FROM c GROUP BY city ORDER BY n DESC',
      'SELECT cid, sum(amount) AS s FROM o GROUP BY cid ORDER BY s DESC, cid',
      'SELECT c.name, o.amount FROM o JOIN c ON c.id = o.cid ORDER BY o.amount DESC LIMIT 4',
    ],
  },
  {
    name: 'ordering: INSERT ... SELECT ... ORDER BY numbers rows it leaves tied in PostgreSQL sort order (round 30)',
    setup: `${TIES}
  CREATE TABLE copy (n serial PRIMARY KEY, id int);`,
    steps: [
      'INSERT INTO copy (id) SELECT id FROM tie ORDER BY g LIMIT 5',
      'INSERT INTO copy (id) SELECT id FROM tie ORDER BY s',
      'SELECT n, id FROM copy ORDER BY n',
    ],
  },
  {
    name: 'ordering: rows an ORDER BY leaves tied among the groups a HAVING keeps come in the order its plan reads them (round 30)',
    setup: `
  CREATE TABLE o (id serial PRIMARY KEY, customer text, amount int);
  INSERT INTO o (customer, amount) VALUES ('ann', 10), ('bob', 20), ('ann', 30), ('cy', 5), ('dee', 40), ('bob', 10),
    ('dee', 10), ('eve', 0), ('cy', 15), ('fay', 25);`,
    steps: [
      'SELECT customer, count(*) AS n FROM o GROUP BY customer HAVING count(*) > 1 ORDER BY n DESC',
      'SELECT customer, sum(amount) AS total FROM o GROUP BY customer HAVING sum(amount) >= 20 ORDER BY total DESC LIMIT 3',
      'SELECT customer, count(*) AS n, 100 / (sum(amount) - 30) AS x FROM o GROUP BY customer HAVING sum(amount) > 40 ORDER BY n',
    ],
  },
]);
