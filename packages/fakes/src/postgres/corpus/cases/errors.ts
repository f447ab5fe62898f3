import { defineGroup } from '../sql-case.js';

const USERS = `
  CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    age integer CHECK (age >= 0),
    nickname varchar(8)
  );
  INSERT INTO users (id, email, age) VALUES (1, 'ada@example.com', 36);`;

const ORDERS = `${USERS}
  CREATE TABLE orders (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    total numeric(8, 2) NOT NULL,
    CONSTRAINT orders_total_positive CHECK (total > 0)
  );
  INSERT INTO orders (id, user_id, total) VALUES (10, 1, 12.50);`;

/** Constraint violations, invalid input, arithmetic, undefined objects, syntax and protocol errors. */
export const errorCases = defineGroup('errors', [
  {
    name: 'a unique violation names the constraint, table and key',
    setup: USERS,
    steps: [{ sql: 'INSERT INTO users (id, email) VALUES ($1, $2)', params: [2, 'ada@example.com'] }],
  },
  {
    name: 'a primary key violation names the pkey constraint and the key',
    setup: USERS,
    steps: [{ sql: 'INSERT INTO users (id, email) VALUES ($1, $2)', params: [1, 'other@example.com'] }],
  },
  {
    name: 'a composite unique violation lists every key column',
    setup: `CREATE TABLE memberships (tenant text, slug text, UNIQUE (tenant, slug));
            INSERT INTO memberships VALUES ('t1', 'a');`,
    steps: [{ sql: 'INSERT INTO memberships VALUES ($1, $2)', params: ['t1', 'a'] }],
  },
  {
    name: 'a named unique constraint is reported by its name',
    setup: `CREATE TABLE skus (code text, CONSTRAINT uq_sku_code UNIQUE (code));
            INSERT INTO skus VALUES ('A-1');`,
    steps: ["INSERT INTO skus VALUES ('A-1')"],
  },
  {
    name: 'a unique violation from an UPDATE is reported like one from an INSERT',
    setup: `${USERS} INSERT INTO users (id, email) VALUES (2, 'bob@example.com');`,
    steps: [{ sql: 'UPDATE users SET email = $1 WHERE id = $2', params: ['ada@example.com', 2] }],
  },
  {
    name: 'a foreign key violation on insert names the constraint and the missing key',
    setup: ORDERS,
    steps: [{ sql: 'INSERT INTO orders (id, user_id, total) VALUES ($1, $2, $3)', params: [11, 99, '5.00'] }],
  },
  {
    name: 'deleting a referenced row is a foreign key violation naming the referencing table',
    setup: ORDERS,
    steps: ['DELETE FROM users WHERE id = 1'],
  },
  {
    name: 'updating a referenced key is a foreign key violation',
    setup: ORDERS,
    steps: ['UPDATE users SET id = 5 WHERE id = 1'],
  },
  {
    name: 'a not-null violation names the column and table',
    setup: USERS,
    steps: [{ sql: 'INSERT INTO users (id) VALUES ($1)', params: [3] }],
  },
  {
    name: 'a null parameter into a NOT NULL column is a not-null violation',
    setup: USERS,
    steps: [{ sql: 'INSERT INTO users (id, email) VALUES ($1, $2)', params: [3, null] }],
  },
  {
    name: 'an UPDATE setting NULL on a NOT NULL column is a not-null violation',
    setup: USERS,
    steps: ['UPDATE users SET email = NULL WHERE id = 1'],
  },
  {
    name: 'a column check violation names the generated constraint name',
    setup: USERS,
    steps: [{ sql: 'INSERT INTO users (id, email, age) VALUES ($1, $2, $3)', params: [2, 'b@x.io', -1] }],
  },
  {
    name: 'a named table check violation names its constraint',
    setup: ORDERS,
    steps: ['INSERT INTO orders (id, user_id, total) VALUES (11, 1, 0)'],
  },
  {
    name: 'a check passes when its expression is NULL',
    setup: USERS,
    steps: [
      "INSERT INTO users (id, email, age) VALUES (2, 'b@x.io', NULL) RETURNING age",
      'SELECT count(*) FROM users',
    ],
  },
  {
    name: 'an exclusion constraint violation is 23P01 naming the constraint',
    setup: `CREATE TABLE bookings (room int, during tsrange, EXCLUDE USING gist (during WITH &&));
            INSERT INTO bookings VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)');`,
    steps: ["INSERT INTO bookings VALUES (2, '[2024-01-01 11:00, 2024-01-01 13:00)')"],
  },
  {
    name: 'invalid text for a uuid parameter is 22P02',
    steps: [{ sql: 'SELECT $1::uuid AS id', params: ['not-a-uuid'] }],
  },
  {
    name: 'invalid text for a uuid column in a WHERE is 22P02',
    setup: 'CREATE TABLE things (id uuid PRIMARY KEY)',
    steps: [{ sql: 'SELECT * FROM things WHERE id = $1', params: ['123'] }],
  },
  {
    name: 'invalid text for an integer parameter is 22P02',
    setup: USERS,
    steps: [{ sql: 'SELECT * FROM users WHERE id = $1', params: ['12abc'] }],
  },
  {
    name: 'an integer parameter out of int4 range is 22003',
    setup: USERS,
    steps: [{ sql: 'SELECT * FROM users WHERE id = $1', params: ['3000000000'] }],
  },
  {
    name: 'a decimal string for an integer parameter is 22P02',
    steps: [{ sql: 'SELECT $1::int AS n', params: ['1.5'] }],
  },
  {
    name: 'invalid text for numeric is 22P02',
    steps: ["SELECT 'abc'::numeric"],
  },
  {
    name: 'invalid text for jsonb is 22P02',
    steps: [{ sql: 'SELECT $1::jsonb AS doc', params: ['{bad'] }],
  },
  {
    name: 'invalid text for a timestamptz is 22007',
    steps: [{ sql: 'SELECT $1::timestamptz AS at', params: ['yesterday-ish'] }],
  },
  {
    name: 'an impossible date is 22008',
    steps: ["SELECT '2024-02-30'::date"],
  },
  {
    name: 'invalid text for boolean is 22P02',
    steps: [{ sql: 'SELECT $1::boolean AS flag', params: ['maybe'] }],
  },
  {
    name: 'integer division by zero is 22012',
    steps: ['SELECT 1 / 0'],
  },
  {
    name: 'numeric division by zero is 22012',
    steps: ['SELECT 1.5 / 0'],
  },
  {
    name: 'modulo by zero is 22012',
    steps: ['SELECT 5 % 0'],
  },
  {
    name: 'division by a zero column value is 22012',
    setup: 'CREATE TABLE ratios (a int, b int); INSERT INTO ratios VALUES (4, 2), (1, 0);',
    steps: ['SELECT a / b FROM ratios ORDER BY a'],
  },
  {
    name: 'int4 overflow in arithmetic is 22003',
    steps: ['SELECT 2147483647 + 1'],
  },
  {
    name: 'int8 overflow in arithmetic is 22003',
    steps: ['SELECT 9223372036854775807 + 1'],
  },
  {
    name: 'int2 overflow is 22003',
    steps: ['SELECT 32767::int2 + 1::int2'],
  },
  {
    name: 'a bigint cast down to integer out of range is 22003',
    steps: ['SELECT 3000000000::bigint::int'],
  },
  {
    name: 'a value too large for numeric(8,2) is 22003',
    setup: ORDERS,
    steps: ['INSERT INTO orders (id, user_id, total) VALUES (11, 1, 1234567.5)'],
  },
  {
    name: 'an undefined table is 42P01',
    steps: ['SELECT * FROM no_such_table'],
  },
  {
    name: 'an undefined column in a SELECT is 42703',
    setup: USERS,
    steps: ['SELECT no_such_column FROM users'],
  },
  {
    name: 'an undefined column in an INSERT column list is 42703',
    setup: USERS,
    steps: ["INSERT INTO users (id, email, no_such_column) VALUES (5, 'e@x.io', 1)"],
  },
  {
    name: 'an undefined column in a WHERE is 42703',
    setup: USERS,
    steps: [{ sql: 'UPDATE users SET age = 1 WHERE no_such_column = $1', params: [1] }],
  },
  {
    name: 'an undefined function is 42883',
    steps: ["SELECT no_such_function('x')"],
  },
  {
    name: 'comparing text with an integer is 42883',
    setup: USERS,
    steps: ['SELECT id FROM users WHERE email = 5'],
  },
  {
    name: 'a syntax error is 42601',
    steps: ['SELEC 1'],
  },
  {
    name: 'a trailing comma in a select list is a syntax error',
    setup: USERS,
    steps: ['SELECT id, email, FROM users'],
  },
  {
    name: 'an ambiguous column reference is 42702',
    setup: `${ORDERS}`,
    steps: ['SELECT id FROM users JOIN orders ON orders.user_id = users.id'],
  },
  {
    name: 'a column missing from GROUP BY is 42803',
    setup: ORDERS,
    steps: ['SELECT user_id, total FROM orders GROUP BY user_id'],
  },
  {
    name: 'a scalar subquery returning two rows is 21000',
    setup: `${USERS} INSERT INTO users (id, email) VALUES (2, 'bob@example.com');`,
    steps: ['SELECT (SELECT id FROM users) AS id'],
  },
  {
    name: 'creating a table that exists is 42P07',
    setup: USERS,
    steps: ['CREATE TABLE users (id int)'],
  },
  {
    name: 'more values than target columns is 42601',
    setup: USERS,
    steps: ["INSERT INTO users (id, email) VALUES (5, 'e@x.io', 3)"],
  },
  {
    name: 'ON CONFLICT on columns without a unique constraint is 42P10',
    setup: USERS,
    steps: ["INSERT INTO users (id, email, age) VALUES (5, 'e@x.io', 3) ON CONFLICT (age) DO NOTHING"],
  },
  {
    name: 'fewer parameter values than placeholders is 08P01',
    setup: USERS,
    steps: [{ sql: 'INSERT INTO users (id, email) VALUES ($1, $2)', params: [5] }],
  },
  {
    name: 'a surplus parameter value is 08P01',
    setup: USERS,
    steps: [{ sql: 'SELECT email FROM users WHERE id = $1', params: [1, 'extra'] }],
  },
  {
    name: 'a parameter value for a statement without placeholders is 08P01',
    steps: [{ sql: 'SELECT 1 AS one', params: [1] }],
  },
  {
    name: 'a negative LIMIT is 2201W',
    setup: USERS,
    steps: ['SELECT id FROM users LIMIT -1'],
  },
  {
    name: 'a NULL in a column of a FOREIGN KEY skips the check',
    setup: `${USERS} CREATE TABLE notes (id int PRIMARY KEY, user_id int REFERENCES users (id));`,
    steps: ['INSERT INTO notes VALUES (1, NULL) RETURNING user_id', 'SELECT count(*) AS n FROM notes'],
  },
  {
    name: 'a value too long for varchar(n) on insert is 22001',
    setup: USERS,
    steps: [{ sql: 'UPDATE users SET nickname = $1 WHERE id = 1', params: ['far too long'] }],
  },
  {
    name: 'a failed statement leaves no partial rows of a multi-row insert',
    setup: USERS,
    steps: [
      "INSERT INTO users (id, email) VALUES (2, 'b@x.io'), (3, 'ada@example.com')",
      'SELECT count(*) AS n FROM users',
    ],
  },
  {
    name: 'a CHECK with IN, = ANY or OR passes when its expression is NULL',
    setup: `CREATE TABLE c (
              s text CHECK (s IN ('a', 'b')),
              t text CHECK (t = ANY (ARRAY['x', 'y'])),
              kind text,
              ref int,
              CHECK (kind = 'none' OR ref IS NOT NULL)
            );`,
    steps: [
      'INSERT INTO c VALUES (NULL, NULL, NULL, NULL) RETURNING *',
      "INSERT INTO c VALUES ('a', 'x', 'other', NULL)",
      "INSERT INTO c VALUES ('z', 'x', 'none', NULL)",
      "INSERT INTO c VALUES ('a', 'z', 'none', NULL)",
      { sql: "UPDATE c SET s = $1, kind = 'none' RETURNING s", params: [null] },
    ],
  },
  {
    name: 'NOT NULL is reported before a CHECK on an earlier column',
    setup: 'CREATE TABLE c (a int CHECK (a > 0), b int NOT NULL); INSERT INTO c VALUES (1, 1);',
    steps: ['INSERT INTO c VALUES (-1, NULL)', 'UPDATE c SET a = -1, b = NULL'],
  },
  {
    name: 'CHECK constraints are checked in name order, not declaration order',
    setup: `CREATE TABLE c (
              a int CONSTRAINT z_positive CHECK (a > 0),
              CONSTRAINT m_chk CHECK (a > -100),
              CONSTRAINT b_chk CHECK (a < -5)
            );`,
    steps: ['INSERT INTO c VALUES (0)', 'INSERT INTO c VALUES (-200)'],
  },
  {
    name: 'foreign keys are checked after NOT NULL, CHECK and unique, at the end of the statement',
    setup: `CREATE TABLE p (id int PRIMARY KEY);
            CREATE TABLE c (a int UNIQUE, pid int REFERENCES p (id), b int NOT NULL, n int CHECK (n > 0));
            INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1, 1, 1);`,
    steps: [
      'INSERT INTO c VALUES (1, 9, 1, 1)',
      'INSERT INTO c VALUES (2, 9, NULL, 1)',
      'INSERT INTO c VALUES (2, 9, 1, 0)',
      'INSERT INTO c VALUES (2, 9, 1, 1), (1, 1, 1, 1)',
      'INSERT INTO c VALUES (2, 9, 1, 1), (3, 1, 1, 1)',
      'UPDATE c SET a = 2, pid = 9',
    ],
  },
  {
    name: "a unique violation's detail quotes the columns quote_identifier would; a foreign key's does not",
    setup: `CREATE TABLE p ("Id" int PRIMARY KEY);
            CREATE TABLE c ("userId" int UNIQUE, "user" int UNIQUE, "authorId" int REFERENCES p ("Id"), id int UNIQUE,
                            "orgId" int, slug text, UNIQUE ("orgId", slug));
            INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1, NULL, 1, 1, 's');`,
    steps: [
      'INSERT INTO c ("userId") VALUES (1)',
      'INSERT INTO c ("user") VALUES (1)',
      'INSERT INTO c ("authorId") VALUES (9)',
      'INSERT INTO c (id) VALUES (1)',
      `INSERT INTO c ("orgId", slug) VALUES (1, 's')`,
      'INSERT INTO p VALUES (1)',
    ],
  },
  {
    name: 'a hexadecimal literal is trailing junk after a number',
    steps: ['SELECT 0x1F'],
  },
  {
    name: 'an octal or binary literal is trailing junk after a number',
    steps: ['SELECT 0o17', 'SELECT 0b101'],
  },
  {
    name: 'underscores between digits are trailing junk after a number',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: ['SELECT id FROM items WHERE qty > 1_0'],
  },
  {
    name: 'a numeric-literal error stops the whole multi-statement query before anything runs',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: ["INSERT INTO items VALUES (3, 'c', 1); SELECT 0x10", 'SELECT count(*) FROM items'],
  },
  {
    name: 'negating the smallest integer column value is out of range, in WHERE too',
    setup: 'CREATE TABLE g (i int); INSERT INTO g VALUES (-2147483648), (5)',
    steps: ['SELECT count(*) FROM g WHERE -i > 0'],
  },
  {
    name: 'a simple CASE on an untyped literal compares as text, so WHEN 1 has no operator',
    steps: ["SELECT CASE '1' WHEN 1 THEN 'one' ELSE 'other' END AS a"],
  },
  {
    name: 'a row violating both an earlier UNIQUE column and the primary key reports the primary key',
    setup: 'CREATE TABLE n (b int UNIQUE, a int PRIMARY KEY); INSERT INTO n VALUES (1, 1)',
    steps: ['INSERT INTO n VALUES (1, 1)', 'INSERT INTO n VALUES (1, 2)'],
  },
  {
    name: "a column's CHECK is named after the one column it reads, or the table alone (x_check)",
    setup: 'CREATE TABLE x (a int, b int CHECK (b > a), c int CHECK (a > -5), d int CHECK (1 > 0))',
    steps: ['INSERT INTO x VALUES (2, 1, 0, 0)', 'INSERT INTO x VALUES (-9, 1, 0, 0)'],
  },
  {
    name: 'a number glued to a name is trailing junk (123abc)',
    steps: ['SELECT 123abc', 'SELECT 1.5e'],
  },
  {
    name: 'pg_cancel_backend of the own backend cancels the statement with 57014',
    steps: [
      'SELECT pg_cancel_backend(pg_backend_pid())',
      {
        sql: 'SELECT 1 AS one',
        client: 'second',
      },
    ],
  },
  {
    name: 'UPDATE reads WHERE before SET: a parameter WHERE typed is assigned as that type (42804 without an assignment cast)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, label text, flag boolean, n numeric); INSERT INTO t VALUES (5, 'a', true, 1)",
    steps: [
      { sql: 'UPDATE t SET flag = $1 WHERE id = $1', params: ['5'] },
      { sql: 'UPDATE t SET n = $1 WHERE label = $1', params: ['a'] },
      { sql: "UPDATE t SET label = $1 || 'x' WHERE id = $1 RETURNING label", params: ['5'] },
      { sql: 'UPDATE t SET label = $1 WHERE id = $1 RETURNING label, id', params: ['5'] },
    ],
  },
  {
    name: 'a key shift reports the unique violation before the NO ACTION foreign key',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY);\n      CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));\n      INSERT INTO parent VALUES (1), (2), (3); INSERT INTO child VALUES (1, 1), (2, 2);',
    steps: ['UPDATE parent SET id = id + 1'],
  },
  {
    name: 'RESTRICT fails a key shift even when the old key is written again',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY);\n      CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) ON UPDATE RESTRICT);\n      INSERT INTO parent VALUES (1), (2), (3); INSERT INTO child VALUES (1, 1), (2, 2);',
    steps: ['UPDATE parent SET id = id - 1'],
  },
  {
    name: 'the first failing row reported is the first in heap order, an updated row after the others',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n <= 5)); INSERT INTO t VALUES (1, 0), (2, 1), (3, 2)',
    steps: ['UPDATE t SET n = n + 3', 'UPDATE t SET n = n + 3'],
  },
  {
    name: 'an untyped literal beside an operand with no such operator is an operator error, not an input error',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: ["SELECT 'abc' + u AS v FROM t ORDER BY id", "SELECT 'abc' + bi AS v FROM t ORDER BY id"],
  },
  {
    name: 'an operator between two untyped values is ambiguous (42725)',
    steps: [
      { sql: 'SELECT $1 + $2 AS v', params: ['2147483648', '2024-05-01'] },
      { sql: 'SELECT $1 / NULL AS v', params: [3] },
      "SELECT '1' + '2' AS v",
    ],
  },
  {
    name: 'x IN (NULL) still computes x on every row, raising where it overflows',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [{ sql: 'SELECT id FROM t WHERE (i + si) NOT IN (NULL, $1, NULL) ORDER BY id', params: [null] }],
  },
  {
    name: 'VACUUM ONLY is a syntax error in PostgreSQL 15',
    setup: 'CREATE TABLE t (a int)',
    steps: ['VACUUM ONLY t', 'ANALYZE ONLY t'],
  },
  {
    name: 'IS DISTINCT FROM between text and integer has no operator: 42883',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: ['SELECT email IS DISTINCT FROM org_id FROM accounts'],
  },
  {
    name: 'ORDER BY a constant past int4 is a non-integer constant: 42601, negated too',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: ['SELECT id FROM accounts ORDER BY -2147483648', 'SELECT id FROM accounts ORDER BY 2147483648'],
  },
  {
    name: 'avg of text does not exist: 42883',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: ['SELECT avg(email) FROM accounts'],
  },
]);
