import { defineGroup } from '../sql-case.js';
import { CUSTOMERS_ORDERS } from './customers-orders.js';

const T = `
  CREATE TABLE t (id int PRIMARY KEY, name text, price numeric(8, 2), at timestamptz, active boolean, ref uuid);
  INSERT INTO t VALUES (1, 'a', 1.00, '2024-01-01 00:00+00', true, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (2, 'b', 2.50, NULL, false, NULL);`;

/** Parameters: inferred types, reuse, casts, NULL, JS values as node-pg sends them, the placeholder count. */
export const parameterCases = defineGroup('parameters', [
  {
    name: '$1 used twice binds the same value',
    setup: T,
    steps: [{ sql: 'SELECT id FROM t WHERE id = $1 OR id = $1 + 1 ORDER BY id', params: [1] }],
  },
  {
    name: 'a string parameter compared with an int column is inferred as int',
    setup: T,
    steps: [{ sql: 'SELECT name FROM t WHERE id = $1', params: ['2'] }],
  },
  {
    name: 'a number parameter into a text column is its text',
    setup: T,
    steps: [{ sql: 'INSERT INTO t (id, name) VALUES ($1, $2) RETURNING name', params: [3, 42.5] }],
  },
  {
    name: 'a null parameter with IS NULL',
    setup: T,
    steps: [{ sql: 'SELECT id FROM t WHERE ($1::text IS NULL OR name = $1) ORDER BY id', params: [null] }],
  },
  {
    name: 'an undefined parameter is sent as NULL',
    setup: T,
    steps: [{ sql: 'SELECT $1::text IS NULL AS is_null', params: [undefined] }],
  },
  {
    name: 'an untyped parameter in the select list comes back as text',
    steps: [{ sql: 'SELECT $1 AS v', params: [5] }],
  },
  {
    name: 'a parameter in arithmetic with an int literal is typed int',
    steps: [{ sql: 'SELECT $1 + 1 AS v', params: ['5'] }],
  },
  {
    name: 'an explicit cast of a parameter decides its type',
    steps: [
      {
        sql: 'SELECT $1::int + 1 AS a, $2::numeric * 2 AS b, $3::bigint AS c',
        params: ['1', '0.1', '9007199254740993'],
      },
    ],
  },
  {
    name: 'an object parameter cast to jsonb',
    steps: [{ sql: "SELECT $1::jsonb ->> 'a' AS a, $1::jsonb -> 'b' AS b", params: [{ a: 'x', b: [1, 2] }] }],
  },
  {
    name: 'boolean parameters bind to a boolean column',
    setup: T,
    steps: [{ sql: 'SELECT id FROM t WHERE active = $1', params: [false] }],
  },
  {
    name: 'a Date parameter compared with a timestamptz column',
    setup: T,
    steps: [{ sql: 'SELECT id FROM t WHERE at = $1', params: [new Date('2024-01-01T00:00:00.000Z')] }],
  },
  {
    name: 'parameters used out of order',
    steps: [{ sql: 'SELECT $2::text || $1::text AS s', params: ['a', 'b'] }],
  },
  {
    name: '$1 inside a string literal is not a placeholder',
    steps: [{ sql: "SELECT '$1' AS literal, $1::text AS param", params: ['p'] }],
  },
  {
    name: 'IN with one placeholder per value',
    setup: T,
    steps: [{ sql: 'SELECT id FROM t WHERE id IN ($1, $2, $3) ORDER BY id', params: [2, 1, 99] }],
  },
  {
    name: 'a numeric column takes a JS number parameter',
    setup: T,
    steps: [{ sql: 'UPDATE t SET price = $1 WHERE id = 1 RETURNING price', params: [0.1] }],
  },
  {
    name: 'a JS number in exponent form is sent as its String()',
    steps: [{ sql: 'SELECT $1::text AS s, $1::float8 AS f', params: [1e21] }],
  },
  {
    name: 'an upper-case uuid parameter matches a stored uuid',
    setup: T,
    steps: [{ sql: 'SELECT id FROM t WHERE ref = $1', params: ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'] }],
  },
  {
    name: 'a placeholder with an empty values array is sent unbound and is 42P02',
    steps: [{ sql: 'SELECT $1::int AS n', params: [] }],
  },
  {
    name: '$1 cast to two different types in one statement',
    steps: [{ sql: 'SELECT $1::int AS a, $1::text AS b', params: ['1'] }],
  },
  {
    name: 'a parameter in LIMIT given as a string',
    setup: T,
    steps: [{ sql: 'SELECT id FROM t ORDER BY id LIMIT $1', params: ['1'] }],
  },
  {
    name: 'a parameter in an INSERT ... SELECT with a WHERE NOT EXISTS guard',
    setup: T,
    steps: [
      {
        sql: 'INSERT INTO t (id, name) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM t WHERE name = $2) RETURNING id',
        params: [7, 'a'],
      },
      {
        sql: 'INSERT INTO t (id, name) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM t WHERE name = $2) RETURNING id',
        params: [8, 'h'],
      },
    ],
  },
  {
    name: 'a parameter used in a CASE and coalesce',
    setup: T,
    steps: [
      {
        sql: 'SELECT id, coalesce(at, $1::timestamptz) AS at, CASE WHEN $2 THEN name END AS n FROM t ORDER BY id',
        params: ['2030-01-01T00:00:00Z', true],
      },
    ],
  },
  {
    name: 'the same statement text with different values gives different answers',
    setup: T,
    steps: [
      { sql: 'SELECT name FROM t WHERE id = $1', params: [1] },
      { sql: 'SELECT name FROM t WHERE id = $1', params: [2] },
      { sql: 'SELECT name FROM t WHERE id = $1', params: [3] },
    ],
  },
  {
    name: 'a string parameter that looks like SQL stays a value',
    setup: T,
    steps: [{ sql: 'SELECT count(*) FROM t WHERE name = $1', params: ["a' OR '1'='1"] }],
  },
  {
    name: "a parameter compared with a numeric(10,2) or varchar(3) column is read as plain numeric or text, not rounded or cut to the column's",
    setup: CUSTOMERS_ORDERS,
    steps: [
      { sql: 'SELECT id FROM orders WHERE total = $1 ORDER BY id', params: ['9.994'] },
      { sql: 'SELECT id FROM orders WHERE total IN ($1, $2) ORDER BY id', params: ['9.994', '20'] },
      { sql: 'SELECT id FROM orders WHERE total BETWEEN $1 AND $2 ORDER BY id', params: ['9.991', '20.001'] },
      { sql: 'SELECT count(*) FROM orders WHERE code = $1', params: ['abcd'] },
      { sql: 'UPDATE orders SET status = $2 WHERE total = $1', params: ['9.994', 'q'] },
      { sql: 'UPDATE orders SET total = $1 WHERE id = 10 RETURNING total', params: ['1.239'] },
    ],
  },
  {
    name: 'a hexadecimal literal beside a parameter is a syntax error',
    steps: [
      {
        sql: 'SELECT $1::int + 0x10 AS v',
        params: [1],
      },
    ],
  },
  {
    name: 'an untyped literal = ANY of a parameter reads the parameter as text[]',
    steps: [
      {
        sql: "SELECT 'b' = ANY($1) AS a",
        params: [['a', 'b']],
      },
    ],
  },
  {
    name: 'COALESCE and CASE give a parameter the type of the values beside it',
    setup: "CREATE TABLE t (id int PRIMARY KEY, n int, x text); INSERT INTO t VALUES (1, 7, 'old')",
    steps: [
      {
        sql: 'UPDATE t SET n = coalesce($1, n), x = coalesce($2, x) WHERE id = 1 RETURNING n, x',
        params: [null, 'new'],
      },
      {
        sql: 'SELECT CASE WHEN true THEN $1 ELSE 0 END AS a',
        params: ['9'],
      },
    ],
  },
  {
    name: 'a placeholder below the highest that nothing uses has no type (42P18)',
    steps: [
      {
        sql: 'SELECT $2::int AS a',
        params: [1, 2],
      },
    ],
  },
  {
    name: 'a custom setting named by a parameter is NULL on a connection that never set it',
    steps: [
      "SET app.tenant = 'acme'",
      {
        sql: 'SELECT current_setting($1, true) AS v',
        client: 'second',
        params: ['app.tenant'],
      },
      {
        sql: 'SELECT current_setting($1, true) AS v',
        params: ['app.tenant'],
      },
    ],
  },
  {
    name: 'a statement with an operator error reports it before a parameter value its type cannot read',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      { sql: 'SELECT $1 + u AS v FROM t ORDER BY id', params: ['2024-05-01'] },
      { sql: 'SELECT id FROM t WHERE abs(bi + $1) ORDER BY id', params: [2.5] },
      { sql: 'SELECT bi + $1 AS v FROM t ORDER BY id', params: ['x'] },
    ],
  },
  {
    name: 'an untyped IN operand takes the common type of the list items without a column',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      { sql: 'SELECT id, $1 IN (NULL, NULL::int, 42) AS v FROM t ORDER BY id', params: [null] },
      { sql: 'SELECT id, $1 NOT IN (1, si, 3) AS v FROM t ORDER BY id', params: [0] },
      "SELECT id, i IN (1.5, '2.5') AS v FROM t ORDER BY id",
      "SELECT id FROM t WHERE NULL::uuid IN ('-5', i, NULL) ORDER BY id",
    ],
  },
  {
    name: 'an untyped parameter IN a list of columns must take one type for every item (42P08)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      { sql: 'SELECT id FROM t WHERE $1 NOT IN (si, bi, NULL) ORDER BY id', params: [5] },
      { sql: 'SELECT $1 IN (si, NULL) AS v FROM t ORDER BY id', params: [5] },
      { sql: 'SELECT $1 IN (si, si) AS v FROM t ORDER BY id', params: [5] },
    ],
  },
  {
    name: 'ARRAY[...] of untyped items beside = ANY is a text array of its own',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      {
        sql: 'SELECT id FROM t WHERE COALESCE(7, $1) = ANY(ARRAY[$2, NULL]) ORDER BY id',
        params: [3, '2147483648'],
      },
    ],
  },
  {
    name: 'a jsonb parameter with a lone low surrogate escape fails as its literal does',
    setup: 'CREATE TABLE docs (body jsonb)',
    steps: [{ sql: 'INSERT INTO docs VALUES ($1)', params: ['{"k": "\\ude00"}'] }],
  },
  {
    name: 'an integer parameter in hexadecimal or with underscores is invalid input in PostgreSQL 15',
    steps: [
      { sql: 'SELECT $1::int AS v', params: ['0x1A'] },
      { sql: 'SELECT $1::bigint AS v', params: ['1_000'] },
      { sql: 'SELECT $1::numeric AS v', params: ['1_000.5'] },
    ],
  },
  {
    name: 'an integer parameter written in hex is refused as PostgreSQL 15 refuses it (22P02)',
    setup: 'CREATE TABLE items (id int PRIMARY KEY)',
    steps: [
      { sql: 'SELECT $1::int AS v', params: ['0x1F'] },
      { sql: 'INSERT INTO items VALUES ($1)', params: ['1_000'] },
      'SELECT count(*)::int AS n FROM items',
    ],
  },
  {
    name: 'a numeric parameter with underscores between digits is refused (22P02)',
    steps: [{ sql: 'SELECT $1::numeric AS v', params: ['1_000.5'] }],
  },
  {
    name: 'an integer array parameter with a binary element is refused (22P02)',
    steps: [{ sql: 'SELECT $1::int[] AS v', params: ['{1,0b101}'] }],
  },
  {
    name: 'a parameter number past 2^31 is read as PostgreSQL 15 reads it (42P02)',
    steps: ['SELECT $100000000000', 'SELECT $2147483648'],
  },
  {
    name: 'IS NOT DISTINCT FROM a parameter bound to NULL finds the NULL rows; IS DISTINCT FROM a value keeps them',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      { sql: 'SELECT id FROM accounts WHERE org_id IS NOT DISTINCT FROM $1 ORDER BY id', params: [null] },
      { sql: 'SELECT id FROM accounts WHERE org_id IS DISTINCT FROM $1 ORDER BY id', params: [1] },
    ],
  },
  {
    name: 'HAVING without GROUP BY with a parameter in its condition',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [{ sql: 'SELECT count(*) FROM accounts WHERE org_id = $1 HAVING count(*) >= $2', params: [2, 2] }],
  },
  {
    name: 'string_agg with ORDER BY and a parameter delimiter',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      { sql: 'SELECT string_agg(email, $1 ORDER BY id) FROM accounts WHERE org_id = 1', params: [' | '] },
    ],
  },
  {
    name: '= ANY of an array parameter bound to NULL is NULL: no row, and not NOT either',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      { sql: 'SELECT id FROM accounts WHERE id = ANY($1)', params: [null] },
      {
        sql: 'SELECT id, (id = ANY($1)) IS NULL AS unknown FROM accounts WHERE id < 3 ORDER BY id',
        params: [null],
      },
    ],
  },
  {
    name: 'update any param check',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10)); INSERT INTO t VALUES (1, 1), (2, 2), (3, 3);',
    steps: [
      {
        sql: 'UPDATE t SET v = 50 WHERE id = ANY($1)',
        params: [[3, 1]],
      },
    ],
  },
]);
