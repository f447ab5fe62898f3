import { defineGroup } from '../sql-case.js';

/** Keys of every kind a comparison can scan by, and a subquery of several rows to compare with. */
const SCAN_KEYS = `CREATE TABLE customers (id int PRIMARY KEY, name text, email text UNIQUE, city text);
CREATE INDEX ON customers (city);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
CREATE TABLE empty_keys (id int PRIMARY KEY);
CREATE TABLE lines (order_id int, n int, PRIMARY KEY (order_id, n));
INSERT INTO customers VALUES (1, 'Ann', 'a@x', 'P'), (2, 'Ben', 'b@x', 'Q');
INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2);`;

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
  {
    name: 'unique violation detail',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ["INSERT INTO users (email) VALUES ('a@x')", "INSERT INTO users (email) VALUES ('a@x')"],
  },
  {
    name: 'table check constraint multi column',
    setup: 'CREATE TABLE rng (lo int, hi int, CHECK (lo <= hi));',
    steps: ['INSERT INTO rng VALUES (5, 1)'],
  },
  {
    name: 'fk null passes',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, pid int REFERENCES parent(id));',
    steps: ['INSERT INTO child VALUES (1, NULL) RETURNING *'],
  },
  {
    name: 'unique violation in same statement',
    setup: 'CREATE TABLE un (v int UNIQUE);',
    steps: ['INSERT INTO un VALUES (1), (1)'],
  },
  {
    name: 'enum compare with text column error',
    setup: "CREATE TYPE color AS ENUM ('red', 'green', 'blue'); CREATE TABLE et (c color);",
    steps: ["SELECT * FROM et WHERE c = 'red'::text"],
  },
  {
    name: 'enum to text cast and concat',
    setup: "CREATE TYPE color AS ENUM ('red', 'green', 'blue');",
    steps: ["SELECT 'red'::color::text || '!' AS v"],
  },
  {
    name: 'check constraint on update with params',
    setup: 'CREATE TABLE nc (n int CONSTRAINT n_positive CHECK (n > 0));',
    steps: ['INSERT INTO nc VALUES (1)', { sql: 'UPDATE nc SET n = $1', params: [0] }],
  },
  {
    name: 'drop table referenced error',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, pid int REFERENCES parent(id));',
    steps: ['DROP TABLE parent'],
  },
  {
    name: 'ambiguous column',
    setup: 'CREATE TABLE a (id int); CREATE TABLE b (id int);',
    steps: ['SELECT id FROM a, b'],
  },
  {
    name: 'division by zero in where',
    setup: 'CREATE TABLE a (id int);',
    steps: ['INSERT INTO a VALUES (0)', 'SELECT * FROM a WHERE 1 / id > 0'],
  },
  {
    name: 'not null detail renders numeric bool null',
    setup:
      'CREATE TABLE wide (id int PRIMARY KEY, n numeric(6,2), b bool, t text NOT NULL, ts timestamptz, d date, arr text[], j jsonb, u uuid, big bigint, f float8, s smallint);',
    steps: ['INSERT INTO wide (id, n, b, t) VALUES (1, 1.5, true, NULL)'],
  },
  {
    name: 'not null detail text with quotes and commas',
    setup: 'CREATE TABLE two (a text, b text NOT NULL);',
    steps: ["INSERT INTO two (a, b) VALUES ('it''s, \"quoted\"', NULL)"],
  },
  {
    name: 'check detail renders row',
    setup: 'CREATE TABLE ck (id int, amount numeric(8,2) CHECK (amount >= 0), note text);',
    steps: ["INSERT INTO ck VALUES (1, -2.50, 'x')"],
  },
  {
    name: 'check constraint second auto name',
    setup: 'CREATE TABLE ck2 (lo int, hi int, CHECK (lo < hi), CHECK (lo >= 0));',
    steps: ['INSERT INTO ck2 VALUES (-1, 1)'],
  },
  {
    name: 'unique detail composite',
    setup: 'CREATE TABLE uc (a int, b text, UNIQUE (a, b));',
    steps: ["INSERT INTO uc VALUES (1, 'a')", "INSERT INTO uc VALUES (1, 'a')"],
  },
  {
    name: 'unique detail uuid',
    setup: 'CREATE TABLE uu (v uuid PRIMARY KEY);',
    steps: [
      "INSERT INTO uu VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
      "INSERT INTO uu VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')",
    ],
  },
  {
    name: 'unique detail bigint',
    setup: 'CREATE TABLE ubi (v bigint UNIQUE);',
    steps: ['INSERT INTO ubi VALUES (5000000000)', 'INSERT INTO ubi VALUES (5000000000)'],
  },
  {
    name: 'primary key named explicitly',
    setup: 'CREATE TABLE ux (id int, CONSTRAINT my_pk PRIMARY KEY (id));',
    steps: ['INSERT INTO ux VALUES (1)', 'INSERT INTO ux VALUES (1)'],
  },
  {
    name: 'fk detail text key',
    setup: 'CREATE TABLE p (code text PRIMARY KEY); CREATE TABLE c (id int, code text REFERENCES p(code));',
    steps: ["INSERT INTO c VALUES (1, 'zz')"],
  },
  {
    name: 'fk named constraint',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, pid int, CONSTRAINT fk_parent FOREIGN KEY (pid) REFERENCES p (id));',
    steps: ['INSERT INTO c VALUES (1, 9)'],
  },
  {
    name: 'fk cascade multi level',
    setup:
      'CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, aid int REFERENCES a ON DELETE CASCADE); CREATE TABLE c (id int PRIMARY KEY, bid int REFERENCES b ON DELETE CASCADE);',
    steps: [
      'INSERT INTO a VALUES (1)',
      'INSERT INTO b VALUES (10, 1)',
      'INSERT INTO c VALUES (100, 10)',
      'DELETE FROM a',
      'SELECT count(*) AS n FROM c',
    ],
  },
  {
    name: 'fk int to bigint ok',
    setup: 'CREATE TABLE p (id int PRIMARY KEY);',
    steps: [
      'CREATE TABLE c (pid bigint REFERENCES p(id))',
      'INSERT INTO p VALUES (1)',
      'INSERT INTO c VALUES (1) RETURNING pid',
      'INSERT INTO c VALUES (2)',
    ],
  },
  {
    name: 'numeric out of range error fields',
    setup: 'CREATE TABLE nr (v numeric(5,2));',
    steps: ['INSERT INTO nr VALUES (1000)'],
  },
  {
    name: 'invalid input syntax for integer literal insert',
    setup: 'CREATE TABLE ir (v int);',
    steps: ["INSERT INTO ir VALUES ('12a')"],
  },
  {
    name: 'invalid input for timestamptz',
    setup: 'CREATE TABLE tr (v timestamptz);',
    steps: ["INSERT INTO tr VALUES ('not a time')"],
  },
  {
    name: 'column of relation does not exist update',
    setup: 'CREATE TABLE ir (v int);',
    steps: ['UPDATE ir SET nope = 1'],
  },
  {
    name: 'create table if not exists notice',
    setup: 'CREATE TABLE ir (v int);',
    steps: ['CREATE TABLE IF NOT EXISTS ir (v int)', 'SELECT count(*) AS n FROM ir'],
  },
  {
    name: 'column specified more than once insert',
    setup: 'CREATE TABLE ir (v int);',
    steps: ['INSERT INTO ir (v, v) VALUES (1, 2)'],
  },
  {
    name: 'null into serial pk explicit',
    setup: 'CREATE TABLE s (id serial PRIMARY KEY);',
    steps: ['INSERT INTO s (id) VALUES (NULL)'],
  },
  {
    name: 'insert date into int',
    setup: 'CREATE TABLE ir (v int);',
    steps: ["INSERT INTO ir VALUES (date '2024-01-01')"],
  },
  {
    name: 'insert int into jsonb',
    setup: 'CREATE TABLE jr (v jsonb);',
    steps: ['INSERT INTO jr VALUES (5)'],
  },
  {
    name: 'update smallint column arithmetic overflow',
    setup: 'CREATE TABLE si (v smallint);',
    steps: ['INSERT INTO si VALUES (32000)', 'UPDATE si SET v = v + 1000'],
  },
  {
    name: 'sum overflow int column into int',
    setup:
      'CREATE TABLE ir (v int); CREATE TABLE ir2 (v int); INSERT INTO ir VALUES (2000000000), (2000000000);',
    steps: ['INSERT INTO ir2 SELECT sum(v) FROM ir'],
  },
  { name: 'error hint for column case', setup: 'CREATE TABLE ir (v int);', steps: ['SELECT "V" FROM ir'] },
  {
    name: 'invalid reference to from clause alias',
    setup: 'CREATE TABLE ir (v int);',
    steps: ['SELECT ir.v FROM ir AS t'],
  },
  {
    name: 'argument of and must be boolean',
    setup: 'CREATE TABLE ir (v int);',
    steps: ['SELECT * FROM ir WHERE v > 0 AND 1'],
  },
  { name: 'offset negative', setup: 'CREATE TABLE ir (v int);', steps: ['SELECT v FROM ir OFFSET -1'] },
  {
    name: 'returning missing column',
    setup: 'CREATE TABLE ir (v int);',
    steps: ['INSERT INTO ir VALUES (1) RETURNING nope'],
  },
  {
    name: 'returning aggregate error',
    setup: 'CREATE TABLE ir (v int);',
    steps: ['INSERT INTO ir VALUES (1) RETURNING count(*)'],
  },
  {
    name: 'subquery returns more than one row in values',
    setup: 'CREATE TABLE ir (v int); INSERT INTO ir VALUES (1), (2);',
    steps: ['INSERT INTO ir VALUES ((SELECT v FROM ir))'],
  },
  {
    name: 'not null from empty subquery',
    setup: 'CREATE TABLE nn (v int NOT NULL); INSERT INTO nn VALUES (1);',
    steps: ['UPDATE nn SET v = (SELECT 1 WHERE false)'],
  },
  {
    name: 'on conflict do update without target error',
    setup: 'CREATE TABLE ir (v int PRIMARY KEY);',
    steps: ['INSERT INTO ir VALUES (1) ON CONFLICT DO UPDATE SET v = 2'],
  },
  {
    name: 'on conflict update ambiguous column ref',
    setup: "CREATE TABLE ir (v int PRIMARY KEY, w text); INSERT INTO ir VALUES (1, 'z');",
    steps: ["INSERT INTO ir VALUES (1, 'a') ON CONFLICT (v) DO UPDATE SET w = w || 'x'"],
  },
  {
    name: 'on conflict insert path check violation',
    setup: 'CREATE TABLE ir (v int PRIMARY KEY, w int CHECK (w > 0)); INSERT INTO ir VALUES (1, 1);',
    steps: ['INSERT INTO ir VALUES (2, -5) ON CONFLICT (v) DO UPDATE SET w = 1'],
  },
  {
    name: 'aggregate placement 0: UPDATE t SET b = count(*)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['UPDATE t SET b = count(*)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 1: UPDATE t SET b = sum(a) WHERE a = 1',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['UPDATE t SET b = sum(a) WHERE a = 1', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 2: UPDATE t SET b = 1 WHERE count(*) > 0',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['UPDATE t SET b = 1 WHERE count(*) > 0', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 3: UPDATE t SET b = 1 RETURNING max(b)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['UPDATE t SET b = 1 RETURNING max(b)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 4: UPDATE t SET b = (SELECT max(b) FROM t) RETURNING b',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['UPDATE t SET b = (SELECT max(b) FROM t) RETURNING b', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 5: INSERT INTO t VALUES (3, count(*))',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['INSERT INTO t VALUES (3, count(*))', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 6: INSERT INTO t VALUES (3, (SELECT count(*) FROM t)) RETURNING b',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: [
      'INSERT INTO t VALUES (3, (SELECT count(*) FROM t)) RETURNING b',
      'SELECT a, b FROM t ORDER BY a',
    ],
  },
  {
    name: 'aggregate placement 7: INSERT INTO t SELECT 3, count(*) FROM t RETURNING b',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['INSERT INTO t SELECT 3, count(*) FROM t RETURNING b', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 8: INSERT INTO t SELECT max(a) + 1, sum(b) FROM t RETURNING a, b',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['INSERT INTO t SELECT max(a) + 1, sum(b) FROM t RETURNING a, b', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 9: INSERT INTO t VALUES (1, 0) ON CONFLICT (a) DO UPDATE SET b = count(*)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: [
      'INSERT INTO t VALUES (1, 0) ON CONFLICT (a) DO UPDATE SET b = count(*)',
      'SELECT a, b FROM t ORDER BY a',
    ],
  },
  {
    name: 'aggregate placement 10: INSERT INTO t VALUES (1, 0) ON CONFLICT (a) DO UPDATE SET b = 5 WHERE count(*) > 0',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: [
      'INSERT INTO t VALUES (1, 0) ON CONFLICT (a) DO UPDATE SET b = 5 WHERE count(*) > 0',
      'SELECT a, b FROM t ORDER BY a',
    ],
  },
  {
    name: 'aggregate placement 11: INSERT INTO t VALUES (1, 0) ON CONFLICT (a) DO UPDATE SET b = 5 RETURNING count(*)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: [
      'INSERT INTO t VALUES (1, 0) ON CONFLICT (a) DO UPDATE SET b = 5 RETURNING count(*)',
      'SELECT a, b FROM t ORDER BY a',
    ],
  },
  {
    name: 'aggregate placement 12: DELETE FROM t WHERE count(*) > 0',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['DELETE FROM t WHERE count(*) > 0', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 13: DELETE FROM t RETURNING sum(a)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['DELETE FROM t RETURNING sum(a)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 14: DELETE FROM t WHERE a = (SELECT min(a) FROM t) RETURNING a',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['DELETE FROM t WHERE a = (SELECT min(a) FROM t) RETURNING a', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 15: CREATE TABLE x (a int DEFAULT count(*))',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['CREATE TABLE x (a int DEFAULT count(*))', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 16: CREATE TABLE x (a int CHECK (count(*) > 0))',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['CREATE TABLE x (a int CHECK (count(*) > 0))', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 17: CREATE INDEX ti ON t (sum(a))',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['CREATE INDEX ti ON t (sum(a))', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 18: SELECT 1 FROM t JOIN t t2 ON count(*) > 0',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT 1 FROM t JOIN t t2 ON count(*) > 0', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 19: SELECT a FROM t ORDER BY count(*)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT a FROM t ORDER BY count(*)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 20: SELECT count(*) FROM t ORDER BY count(*)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT count(*) FROM t ORDER BY count(*)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 21: SELECT a FROM t GROUP BY a HAVING a > 1 ORDER BY a',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT a FROM t GROUP BY a HAVING a > 1 ORDER BY a', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 22: SELECT sum(a) FILTER (WHERE count(*) > 0) FROM t',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT sum(a) FILTER (WHERE count(*) > 0) FROM t', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 23: SELECT (SELECT count(*) FROM t t2 WHERE t2.a < t.a) AS c FROM t ORDER BY a',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: [
      'SELECT (SELECT count(*) FROM t t2 WHERE t2.a < t.a) AS c FROM t ORDER BY a',
      'SELECT a, b FROM t ORDER BY a',
    ],
  },
  {
    name: 'aggregate placement 24: SELECT (SELECT sum(t.a)) AS c FROM t',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT (SELECT sum(t.a)) AS c FROM t', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 25: SELECT a, (SELECT sum(t.a + t2.a) FROM t t2) AS c FROM t ORDER BY a',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: [
      'SELECT a, (SELECT sum(t.a + t2.a) FROM t t2) AS c FROM t ORDER BY a',
      'SELECT a, b FROM t ORDER BY a',
    ],
  },
  {
    name: 'aggregate placement 26: SELECT count(count(*)) FROM t',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT count(count(*)) FROM t', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 27: SELECT max(a) FROM t WHERE a IN (SELECT max(a) FROM t)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT max(a) FROM t WHERE a IN (SELECT max(a) FROM t)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 28: VALUES (count(*))',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['VALUES (count(*))', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 29: SELECT * FROM t LIMIT count(*)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT * FROM t LIMIT count(*)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 30: SELECT generate_series(1, count(*)) FROM t',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT generate_series(1, count(*)) FROM t', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 31: SELECT a FROM t WHERE b > avg(b)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT a FROM t WHERE b > avg(b)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 32: SELECT a FROM t GROUP BY a, count(*)',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT a FROM t GROUP BY a, count(*)', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 33: UPDATE t SET b = row_number() OVER ()',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['UPDATE t SET b = row_number() OVER ()', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 34: SELECT sum(b) OVER (), count(*) FROM t',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT sum(b) OVER (), count(*) FROM t', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: 'aggregate placement 35: SELECT array_agg(a ORDER BY count(*)) FROM t',
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT array_agg(a ORDER BY count(*)) FROM t', 'SELECT a, b FROM t ORDER BY a'],
  },
  {
    name: "aggregate placement 36: SELECT string_agg(b::text, ',' ORDER BY a) FILTER (WHERE a > 1) AS s FROM t",
    setup: 'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: [
      "SELECT string_agg(b::text, ',' ORDER BY a) FILTER (WHERE a > 1) AS s FROM t",
      'SELECT a, b FROM t ORDER BY a',
    ],
  },
  {
    name: 'Unique violation detail multi column (PGlite round 13)',
    steps: ['CREATE TABLE t2 (a int, b text, UNIQUE (a, b))', "INSERT INTO t2 VALUES (1, 'x'), (1, 'x')"],
  },
  {
    name: 'Unique violation on expression index (PGlite round 13)',
    steps: ['CREATE UNIQUE INDEX ON items (lower(sku))', "INSERT INTO items (sku) VALUES ('A')"],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Fk violation detail composite (PGlite round 13)',
    steps: [
      'CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b))',
      'CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES p2)',
      'INSERT INTO c2 VALUES (1, 2)',
      'INSERT INTO c2 VALUES (1, NULL)',
    ],
  },
  {
    name: 'Fk match full (PGlite round 13)',
    steps: [
      'CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b))',
      'CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES p2 MATCH FULL)',
      'INSERT INTO c2 VALUES (1, NULL)',
    ],
  },
  {
    name: 'EXCLUDED in RETURNING of an upsert is 42P01 with its hint (PGlite round 14)',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int)',
    steps: ["INSERT INTO u VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET hits = 1 RETURNING EXCLUDED.hits"],
  },
  {
    name: 'EXCLUDED in a subquery of RETURNING is 42P01 (PGlite round 14)',
    setup: "CREATE TABLE u (k text PRIMARY KEY, hits int); INSERT INTO u VALUES ('a', 1)",
    steps: [
      "INSERT INTO u VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET hits = 1 RETURNING (SELECT excluded.hits)",
    ],
  },
  {
    name: 'an outer table referenced in a FROM subquery without LATERAL is 42P01 (PGlite round 14)',
    setup: 'CREATE TABLE t (a int)',
    steps: ['SELECT * FROM t, (SELECT t.a) AS q'],
  },
  {
    name: 'TRUNCATE of a sequence is 42809, of a missing relation 42P01 (round 17)',
    setup: 'CREATE SEQUENCE s',
    steps: ['TRUNCATE s', 'TRUNCATE nope'],
  },
  {
    name: "pg_has_role() knows MEMBER and USAGE only: SET is 16's (22023), after the roles are looked up (round 17, PGlite)",
    steps: [
      "SELECT pg_has_role('postgres', ' member , usage with admin option ') AS known",
      "SELECT pg_has_role('postgres', 'MEMBER, SET') AS v",
      "SELECT pg_has_role('nobody', 'SET') AS v",
    ],
  },
  {
    name: 'xpath() of an expression libxml cannot compile is XX000 on 15 (round 17)',
    steps: [`SELECT xpath('//[', '<a/>') AS v`],
  },
  {
    name: 'xpath() of an empty expression is 22000 on 15 (round 17)',
    steps: [`SELECT xpath('', '<a/>') AS v`],
  },
  {
    name: 'XMLTABLE with an empty column path is 22000 on 15 (round 17)',
    steps: [`SELECT * FROM XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x int PATH '') AS t`],
  },
  {
    name: "Sequelize's SequelizeMeta: a UNIQUE repeating the primary key is the key, so 23505 names SequelizeMeta_pkey (round 17)",
    steps: [
      `CREATE TABLE IF NOT EXISTS "SequelizeMeta" ("name" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY ("name"))`,
      {
        sql: `INSERT INTO "SequelizeMeta" ("name") VALUES ($1) RETURNING "name"`,
        params: ['20240101-create-user.js'],
      },
      {
        sql: `INSERT INTO "SequelizeMeta" ("name") VALUES ($1) RETURNING "name"`,
        params: ['20240101-create-user.js'],
      },
    ],
  },
  {
    name: 'plpgsql handler reads a unique violation with GET STACKED DIAGNOSTICS (round 17)',
    setup:
      "CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE NOT NULL); INSERT INTO users VALUES (1, 'a@x.io')",
    steps: [
      `CREATE FUNCTION try_add(i int, e text) RETURNS text LANGUAGE plpgsql AS $$
        DECLARE st text; det text; con text; tbl text; BEGIN
          INSERT INTO users VALUES (i, e); RETURN 'ok';
        EXCEPTION WHEN unique_violation THEN
          GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL, con = CONSTRAINT_NAME, tbl = TABLE_NAME;
          RETURN concat_ws(' | ', st, det, con, tbl); END $$`,
      { sql: 'SELECT try_add($1, $2) AS v', params: [2, 'a@x.io'] },
      { sql: 'SELECT try_add($1, $2) AS v', params: [2, 'b@x.io'] },
      'SELECT id, email FROM users ORDER BY id',
    ],
  },
  {
    name: 'to_date out of range: 22008 with no context (round 17)',
    steps: ["SELECT to_date('2024-02-31', 'YYYY-MM-DD') AS v", "SELECT 'a' ~ '(' AS v"],
  },
  {
    name: 'date field out of range: 22008 with the datestyle hint (round 17)',
    steps: ["SELECT '2024-13-01'::date AS v", { sql: 'SELECT $1::date AS v', params: ['31/31/2024'] }],
  },
  {
    name: 'PERFORM of an unknown column: 42703 with the internal query (round 17)',
    setup: 'CREATE TABLE users (id int PRIMARY KEY, name text);',
    steps: ['DO $$ BEGIN PERFORM nope FROM users; END $$', 'SELECT 1 AS v'],
  },
  {
    name: 'unique violation detail quotes a camelCase column and a value with a comma (round 17)',
    setup: 'CREATE TABLE q ("userId" int, slug text, UNIQUE ("userId", slug));',
    steps: ["INSERT INTO q VALUES (1, 'a, (b)')", "INSERT INTO q VALUES (1, 'a, (b)')"],
  },
  {
    name: 'NOT NULL from ON DELETE SET NULL names the referencing column (round 17)',
    setup: `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (pid int NOT NULL REFERENCES p ON DELETE SET NULL);
INSERT INTO p VALUES (1); INSERT INTO c VALUES (1);`,
    steps: ['DELETE FROM p', 'SELECT count(*) AS n FROM c'],
  },
  {
    name: 'deferred unique and foreign key raise at COMMIT (round 17)',
    setup: `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (k int UNIQUE DEFERRABLE INITIALLY DEFERRED, pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED);
INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1);`,
    steps: [
      'BEGIN',
      'INSERT INTO c VALUES (1, 1)',
      'SELECT count(*) AS n FROM c',
      'COMMIT',
      'SELECT count(*) AS n FROM c',
    ],
  },
  {
    name: 'RAISE with every USING option fills the matching fields (round 17)',
    steps: [
      "DO $$ BEGIN RAISE EXCEPTION 'all' USING ERRCODE = '23505', DETAIL = 'd', HINT = 'h', COLUMN = 'c', CONSTRAINT = 'k', DATATYPE = 't', TABLE = 'tb', SCHEMA = 's'; END $$",
      'SELECT 1 AS v',
    ],
  },
  {
    name: 'negative LIMIT and OFFSET from parameters: 2201W and 2201X (round 17)',
    steps: [
      { sql: 'SELECT x AS v FROM (VALUES (1)) AS t(x) LIMIT $1', params: [-1] },
      { sql: 'SELECT x AS v FROM (VALUES (1)) AS t(x) OFFSET $1', params: [-5] },
    ],
  },
  {
    name: 'WITH TIES without ORDER BY: 42601 (round 17)',
    steps: ['SELECT x AS v FROM (VALUES (1)) AS t(x) FETCH FIRST 1 ROWS WITH TIES'],
  },
  {
    name: 'a foreign key violation in a named schema carries schema, table, constraint and detail (round 18)',
    setup:
      "CREATE SCHEMA app; CREATE TABLE app.orgs (id int PRIMARY KEY); CREATE TABLE app.users (id int PRIMARY KEY, org_id int NOT NULL REFERENCES app.orgs(id) ON DELETE CASCADE, email text NOT NULL, UNIQUE (org_id, email)); INSERT INTO app.orgs VALUES (1); INSERT INTO app.users VALUES (1, 1, 'a')",
    steps: [
      {
        sql: 'INSERT INTO app.users (id, org_id, email) VALUES ($1, $2, $3)',
        params: [9, 99, 'x'],
      },
      {
        sql: 'INSERT INTO app.users (id, org_id, email) VALUES ($1, $2, $3)',
        params: [9, 1, 'a'],
      },
      'DELETE FROM app.orgs WHERE id = 1',
      'SELECT count(*) AS n FROM app.users',
    ],
  },
  {
    name: 'RETURNING old.* and new.* are unknown tables in PostgreSQL 15 (42P01), MERGE ... RETURNING a syntax error (round 18)',
    setup: "CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL); INSERT INTO kv VALUES ('a', 1)",
    steps: [
      "UPDATE kv SET v = v + 1 WHERE k = 'a' RETURNING old.v AS before, new.v AS after",
      "MERGE INTO kv t USING (VALUES ('a', 5)) s(k, v) ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v RETURNING t.k",
    ],
  },
  {
    name: 'MERGE inside WITH is 0A000 pointing at the CTE name, after a column list (round 18)',
    setup: 'CREATE TABLE t (id int); CREATE TABLE s (id int);',
    steps: [
      'WITH a AS (SELECT 1), "M x"(k) AS (MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE) SELECT 1',
    ],
  },
  {
    name: 'MERGE UPDATE SET with a target column qualified by the table is 42703 without a hint in 15 (round 18)',
    setup: 'CREATE TABLE t (id int, v text); CREATE TABLE s (id int, v text);',
    steps: ['MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.v = s.v'],
  },
  {
    name: 'UPDATE SET with a target column qualified by the table is 42703 without a hint in 15 (round 18)',
    setup: 'CREATE TABLE t (id int, v text);',
    steps: ['UPDATE t SET t.v = 1'],
  },
  {
    name: 'a UNION branch with its own WITH needs parentheses: syntax error at WITH (round 18)',
    steps: ['SELECT 1 AS v UNION ALL WITH c AS (SELECT 2) SELECT * FROM c'],
  },
  {
    name: 'reading a subquery column whose name appears twice is 42702 (round 18)',
    steps: ['SELECT s.v FROM (SELECT 1 AS v, 2 AS v) s'],
  },
  {
    name: 'MERGE matching one target row from two source rows is 21000, but not with DO NOTHING (round 18)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 0);',
    steps: [
      'MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN UPDATE SET n = n + 1',
      'MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN DO NOTHING',
    ],
  },
  {
    name: 'MERGE ... RETURNING and WHEN NOT MATCHED BY SOURCE are syntax errors in 15 (round 18)',
    setup: 'CREATE TABLE t (id int); CREATE TABLE s (id int);',
    steps: [
      'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE RETURNING *',
      'MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE',
    ],
  },
  {
    name: 'SET DEFAULT on a generated column fails with 42601 and no hint on 15 (round 18)',
    setup: 'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED);',
    steps: ['ALTER TABLE t ALTER COLUMN s SET DEFAULT 3'],
  },
  {
    name: 'Constraint attributes a kind cannot take fail with 0A000 and no position on 15 (round 18)',
    setup: 'CREATE TABLE p (a int PRIMARY KEY); CREATE TABLE t (a int);',
    steps: [
      'ALTER TABLE t ADD CONSTRAINT u2 UNIQUE (a) NOT VALID',
      'CREATE TABLE t2 (a int, CHECK (a > 0) DEFERRABLE)',
      'CREATE TABLE t3 (a int, FOREIGN KEY (a) REFERENCES p NO INHERIT)',
      'CREATE TABLE t4 (r int4range, EXCLUDE USING gist (r WITH &&) NOT VALID)',
    ],
  },
  {
    name: 'CREATE DOMAIN errors carry no position on 15 (round 18)',
    steps: [
      'CREATE DOMAIN d AS nope',
      'CREATE DOMAIN d AS anyelement',
      'CREATE DOMAIN d AS varchar(0)',
      "CREATE DOMAIN d AS int DEFAULT 'x'",
      'CREATE DOMAIN d AS int NULL NOT NULL',
      'CREATE DOMAIN d AS int UNIQUE',
    ],
  },
  {
    name: 'A missing type of a routine argument, ALTER COLUMN TYPE or CREATE TABLE OF has no position on 15 (round 18)',
    setup: 'CREATE TABLE t (a int);',
    steps: [
      'CREATE FUNCTION f(x nope) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
      'ALTER TABLE t ALTER COLUMN a TYPE nope',
      'ALTER TABLE t ALTER COLUMN a TYPE int COLLATE "C"',
      'CREATE TABLE t2 OF nope',
      'ALTER TABLE t ALTER COLUMN a TYPE int USING a::nope',
    ],
  },
  {
    name: 'a literal refused by its cast after an emoji is located in characters, not bytes (round 18)',
    steps: ["SELECT '😀😀', E'x'::int"],
  },
  {
    name: 'a literal refused by its cast on a second line is located from the start of the text (round 18)',
    steps: ["SELECT 'é'\n , 'z'::date"],
  },
  {
    name: 'the second statement of a simple query locates its error from the start of the whole text (round 18)',
    steps: ["SELECT 1; SELECT 'x'::int"],
  },
  {
    name: 'an INSERT value its smallint column refuses is located at the literal (round 18)',
    setup: 'CREATE TABLE t (id int, s smallint);',
    steps: ["INSERT INTO t (id, s) VALUES (1, '40000')"],
  },
  {
    name: 'a varchar(3) value too long at assignment carries no position (round 18)',
    setup: 'CREATE TABLE t (id int, v varchar(3));',
    steps: ["INSERT INTO t (id, v) VALUES (1, 'abcd')"],
  },
  {
    name: 'an undefined column after a multi-byte literal is located in characters (round 18)',
    setup: 'CREATE TABLE t (id int);',
    steps: ["SELECT 'é', nope FROM t"],
  },
  {
    name: 'an unknown joined table is located at its name (round 18)',
    setup: 'CREATE TABLE t (id int);',
    steps: ['SELECT * FROM t JOIN nosuch n ON true'],
  },
  {
    name: 'an operator that does not resolve is located at the operator, past a closing parenthesis (round 18)',
    steps: ["SELECT 1 + ('a'::text + 1)"],
  },
  {
    name: 'varchar compared with an integer is located at the operator after a multi-byte literal (round 18)',
    setup: 'CREATE TABLE t (id int, v varchar(3));',
    steps: ["SELECT 'é' || 1, v = 5 FROM t"],
  },
  {
    name: 'an aggregate that does not resolve inside an expression is located at its name with the function hint (round 18)',
    setup: 'CREATE TABLE t (id int, v varchar(3));',
    steps: ['SELECT 1 + avg(v::text) FROM t'],
  },
  {
    name: 'lock_timeout in seconds past int4 is 22023 with the integer-range hint (round 18)',
    steps: ["SET lock_timeout = '2147484s'"],
  },
  {
    name: 'a negative statement_timeout is out of its range with no hint (round 18)',
    steps: ["SET statement_timeout = '-5'"],
  },
  {
    name: 'SET TRANSACTION SNAPSHOT of a well-formed identifier naming no snapshot is 22023 on 15 (round 18)',
    steps: [
      'BEGIN ISOLATION LEVEL REPEATABLE READ',
      "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'",
      'ROLLBACK',
    ],
  },
  {
    name: 'SET TRANSACTION SNAPSHOT in a read committed transaction is refused with 0A000 (round 18)',
    steps: ['BEGIN', "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'", 'ROLLBACK'],
  },
  {
    name: 'strings: substring regex error has no function context (round 19)',
    steps: ["SELECT substring('foobar' from '(') AS v"],
  },
  {
    name: 'strings: substring similar regex error keeps its SQL function context (round 19)',
    steps: ["SELECT substring('abc' similar '(' escape '#') AS v"],
  },
  {
    name: 'strings: U& literal under standard_conforming_strings off (round 19)',
    steps: ['SET standard_conforming_strings = off', "SELECT U&'\\0061' AS v"],
  },
  {
    name: 'strings: format with too few arguments (round 19)',
    steps: ["SELECT format('%s %s %s', VARIADIC ARRAY['a', 'b']) AS v"],
  },
  { name: 'strings: split_part field zero (round 19)', steps: ["SELECT split_part('a,b', ',', 0) AS v"] },
  {
    name: 'strings: regexp_instr endoption out of range (round 19)',
    steps: ["SELECT regexp_instr('abc', 'b', 1, 1, 2) AS v"],
  },
  {
    name: 'strings: regexp_replace g flag with N (round 19)',
    steps: ["SELECT regexp_replace('abc', 'a', 'x', 1, 1, 'g') AS v"],
  },
  {
    name: 'strings: to_date with an invalid day (round 19)',
    steps: ["SELECT to_date('2022-02-30', 'YYYY-MM-DD') AS v"],
  },
  {
    name: 'strings: decode base64 with a bad character (round 19)',
    steps: ["SELECT decode('MT!z', 'base64') AS v"],
  },
  {
    name: 'datetime: conflicting DateStyle detail names datestyle in lower case (round 19)',
    steps: ["SET DateStyle = 'ISO, German'"],
  },
  {
    name: 'datetime: age of -infinity is out of range (round 19)',
    steps: ["SELECT age(timestamptz '-infinity', timestamptz '2000-01-01 00:00+00') AS v"],
  },
  {
    name: 'datetime: date_trunc of an unknown unit on a finite timestamp (round 19)',
    steps: ["SELECT date_trunc('bogus', timestamp '2024-01-01') AS v"],
  },
  {
    name: 'datetime: SET TIME ZONE to a leap-second zone is refused (round 19)',
    steps: ["SET TIME ZONE 'right/UTC'"],
  },
  {
    name: 'datetime: date_bin with a month stride is an error (round 19)',
    steps: ["SELECT date_bin('1 month', timestamp '2020-02-11', timestamp '2001-01-01') AS v"],
  },
  {
    name: 'datetime: date_add is not a function in 15 (round 19)',
    steps: ["SELECT date_add(timestamptz '2021-10-31 00:00:00+02', interval '1 day', 'Europe/Warsaw') AS v"],
  },
  {
    name: 'datetime: make_date of year 0 is an error (round 19)',
    steps: ['SELECT make_date(0, 7, 15) AS v'],
  },
  {
    name: 'datetime: timestamp beyond its range is an error (round 19)',
    steps: ["SELECT '294277-01-01'::timestamp AS v"],
  },
  {
    name: 'numbers: function-style cast of hex text is 22P02 (round 19)',
    setup: "CREATE TABLE words (t text); INSERT INTO words VALUES ('1F')",
    steps: ["SELECT int8(concat('0x', t)) AS v FROM words"],
  },
  {
    name: 'numbers: underscores and hex are not numbers in 15 (round 19)',
    steps: [
      "SELECT '1_000'::int AS v",
      "SELECT '0x1F'::bigint AS v",
      'SELECT 0x1F AS v',
      'SELECT 1_000 AS v',
    ],
  },
  {
    name: 'aggregates: DISTINCT on a plain function is 42809 (round 19)',
    setup:
      "CREATE TABLE t (id int, g text, v int, s text);\nINSERT INTO t VALUES (1, 'a', 10, 'x'), (2, 'a', 20, 'y'), (3, 'a', NULL, NULL), (4, 'b', 5, 'z'), (5, 'b', 5, 'z'), (6, 'c', NULL, NULL);",
    steps: ['SELECT abs(DISTINCT v) AS a FROM t'],
  },
  {
    name: 'aggregates: any_value does not exist in 15 (round 19)',
    setup:
      "CREATE TABLE t (id int, g text, v int, s text);\nINSERT INTO t VALUES (1, 'a', 10, 'x'), (2, 'a', 20, 'y'), (3, 'a', NULL, NULL), (4, 'b', 5, 'z'), (5, 'b', 5, 'z'), (6, 'c', NULL, NULL);",
    steps: ['SELECT any_value(v) AS a FROM t'],
  },
  {
    name: 'aggregates: nested aggregate and aggregate in WHERE are 42803 (round 19)',
    setup:
      "CREATE TABLE t (id int, g text, v int, s text);\nINSERT INTO t VALUES (1, 'a', 10, 'x'), (2, 'a', 20, 'y'), (3, 'a', NULL, NULL), (4, 'b', 5, 'z'), (5, 'b', 5, 'z'), (6, 'c', NULL, NULL);",
    steps: ['SELECT sum(count(*)) AS s FROM t', 'SELECT id FROM t WHERE sum(v) > 1'],
  },
  {
    name: 'aggregates: CUBE of more than 12 elements is 54001 (round 19)',
    setup:
      "CREATE TABLE sales (brand text, size text, qty int);\nINSERT INTO sales VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), ('Bar', 'L', 5), ('Foo', 'L', 7);",
    steps: [
      "SELECT count(*) AS c FROM sales GROUP BY CUBE (brand, size, qty, brand || 'a', size || 'a', qty + 1, brand || 'b', size || 'b', qty + 2, brand || 'c', size || 'c', qty + 3, qty + 4)",
    ],
  },
  {
    name: 'aggregates: a set-returning function in CASE or an aggregate is 0A000 (round 19)',
    steps: [
      'SELECT CASE WHEN true THEN generate_series(1, 2) ELSE 0 END AS x',
      'SELECT sum(generate_series(1, 3)) AS s',
    ],
  },
  {
    name: 'sysfuncs: pg_reload_conf keeps its revoked EXECUTE (42501 for another role) (round 19)',
    steps: ['SET ROLE pg_monitor', 'SELECT pg_reload_conf() AS v'],
  },
  {
    name: 'sysfuncs: a superuser-only setting read by another role is 15s 42501 wording (round 19)',
    steps: ['SET ROLE pg_database_owner', "SELECT current_setting('data_directory') AS v"],
  },
  {
    name: 'sysfuncs: INSERT into a sequence is 42809 cannot change sequence (round 19)',
    setup: 'CREATE SEQUENCE s;',
    steps: ['INSERT INTO s VALUES (1, 1, true)'],
  },
  {
    name: 'sysfuncs: currval before nextval and lastval unset are 55000 (round 19)',
    setup: 'CREATE SEQUENCE s;',
    steps: ["SELECT currval('s') AS v", 'SELECT lastval() AS v'],
  },
  {
    name: 'sysfuncs: an exhausted sequence is 2200H, CYCLE wraps (round 19)',
    setup: 'CREATE SEQUENCE s MAXVALUE 2; CREATE SEQUENCE c MINVALUE 1 MAXVALUE 2 CYCLE;',
    steps: [
      "SELECT nextval('s') AS a, nextval('s') AS b",
      "SELECT nextval('s') AS c",
      "SELECT nextval('c') AS v FROM generate_series(1, 3)",
    ],
  },
  {
    name: 'sysfuncs: nextval in a read-only transaction is 25006 (round 19)',
    setup: 'CREATE SEQUENCE s;',
    steps: ['BEGIN READ ONLY', "SELECT nextval('s') AS v", 'ROLLBACK'],
  },
  {
    name: 'sysfuncs: ts_rank weight array of the wrong length is 22023 (round 19)',
    steps: ["SELECT ts_rank('{0.1, 0.2}', to_tsvector('cat'), to_tsquery('cat')) AS v"],
  },
  {
    name: 'sysfuncs: ts_headline MinWords not below MaxWords is 22023 (round 19)',
    steps: ["SELECT ts_headline('english', 'The fat cat', to_tsquery('cat'), 'MaxWords=3, MinWords=3') AS v"],
  },
  {
    name: 'sysfuncs: array_to_tsvector with a NULL element is 22004 (round 19)',
    steps: ["SELECT array_to_tsvector(ARRAY['a', NULL]) AS v"],
  },
  {
    name: 'sysfuncs: has_table_privilege with a bad privilege or table (round 19)',
    setup: 'CREATE TABLE t (a int);',
    steps: [
      "SELECT has_table_privilege('t', 'SELECT, UPDATE') AS ok",
      "SELECT has_table_privilege('t', 'FLY') AS v",
      "SELECT has_table_privilege('nosuch', 'SELECT') AS v",
    ],
  },
  {
    name: 'sysfuncs: current_setting of a missing name, and missing_ok (round 19)',
    steps: [
      "SELECT current_setting('my.custom', true) AS v",
      "SELECT current_setting('no_such_setting') AS v",
    ],
  },
  {
    name: 'schemabehaviour: exclusion constraint on overlapping ranges is 23P01 (round 19)',
    setup: 'CREATE TABLE bk (room int, during int4range, EXCLUDE USING gist (during WITH &&));',
    steps: ["INSERT INTO bk VALUES (1, '[1,5)'), (2, '[5,8)')", "INSERT INTO bk VALUES (3, '[4,6)')"],
  },
  {
    name: 'schemabehaviour: non updatable join view is 55000 with its hint (round 19)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, name text); CREATE VIEW jv AS SELECT a.id, b.name FROM t a JOIN t b USING (id);',
    steps: ["INSERT INTO jv VALUES (1, 'x')", "UPDATE jv SET name = 'x'", 'DELETE FROM jv'],
  },
  {
    name: 'schemabehaviour: row level security with check 42501 under SET ROLE (round 19)',
    setup:
      "CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int); INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20); ALTER TABLE acc ENABLE ROW LEVEL SECURITY;",
    steps: [
      'DROP ROLE IF EXISTS sb_alice',
      'CREATE ROLE sb_alice',
      'GRANT ALL ON acc TO sb_alice',
      "CREATE POLICY p ON acc USING (owner = 'alice') WITH CHECK (amount < 100)",
      'SET ROLE sb_alice',
      'SELECT id FROM acc ORDER BY id',
      "INSERT INTO acc VALUES (9, 'alice', 500)",
      "UPDATE acc SET owner = 'bob' WHERE id = 1",
      'RESET ROLE',
      'DROP OWNED BY sb_alice',
      'DROP ROLE sb_alice',
    ],
  },
  {
    name: 'schemabehaviour: match full rejects a partly null key (round 19)',
    setup:
      'CREATE TABLE t2 (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES t2 MATCH FULL);',
    steps: ['INSERT INTO c2 VALUES (NULL, NULL) RETURNING *', 'INSERT INTO c2 VALUES (1, NULL)'],
  },
  {
    name: 'schemabehaviour: writing generated and identity columns is 428C9 (round 19)',
    setup:
      'CREATE TABLE g (a int, total int GENERATED ALWAYS AS (a * 2) STORED); CREATE TABLE ia (id int GENERATED ALWAYS AS IDENTITY, v text);',
    steps: [
      'INSERT INTO g VALUES (1, 2)',
      'INSERT INTO g VALUES (1, DEFAULT) RETURNING *',
      'UPDATE g SET total = 0',
      "INSERT INTO ia VALUES (5, 'x')",
      "INSERT INTO ia OVERRIDING SYSTEM VALUE VALUES (5, 'x') RETURNING *",
    ],
  },
  {
    name: "triggers: renaming a partition's cloned trigger fails with 15's internal-error SQLSTATE XX000 and a hint to rename the parent's (round 20)",
    setup:
      'CREATE TABLE p (id int, k int, v text) PARTITION BY RANGE (k);\nCREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);\nCREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);',
    steps: [
      'CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
      'ALTER TRIGGER r ON p1 RENAME TO r2',
    ],
  },
  {
    name: 'triggers: CREATE OR REPLACE CONSTRAINT TRIGGER is refused as not supported, with no error position (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO log(msg) VALUES (TG_NAME || coalesce(' ' || TG_ARGV[0], ''));\n  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;",
    steps: ['CREATE OR REPLACE CONSTRAINT TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()'],
  },
  {
    name: "triggers: an event trigger filtered on WHEN TAG IN ('REINDEX') is refused: 15 fires no event trigger for REINDEX (round 20)",
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;",
    steps: [
      "CREATE EVENT TRIGGER e ON ddl_command_start WHEN TAG IN ('REINDEX') EXECUTE FUNCTION ev()",
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
    ],
  },
  {
    name: 'triggers: a BEFORE trigger returning a row of the wrong shape fails the statement (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      'CREATE FUNCTION mk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN ROW(NEW.id); END $$',
      'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
      "INSERT INTO t VALUES (4, 'd', 4)",
    ],
  },
  {
    name: 'triggers: WITH CASCADED CHECK OPTION also checks the conditions of the views beneath (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);",
    steps: [
      'CREATE VIEW inner_v AS SELECT * FROM t WHERE qty > 15',
      'CREATE VIEW outer_v AS SELECT * FROM inner_v WHERE qty < 100 WITH CASCADED CHECK OPTION',
      "INSERT INTO outer_v VALUES (4, 'd', 1)",
    ],
  },
  {
    name: 'triggers: INSERT ... ON CONFLICT is refused on a table with INSERT rules (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, op text, id int, qty int);",
    steps: [
      "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('ins', NEW.id)",
      "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT DO NOTHING",
    ],
  },
  {
    name: 'privileges: CREATE ROLE without CREATEROLE is 42501 with no detail on 15 (round 20)',
    steps: ['SET ROLE pg_monitor', 'CREATE ROLE r20_priv_never_made'],
  },
  {
    name: 'privileges: GRANT of a role without its ADMIN option is 42501 with no detail on 15 (round 20)',
    steps: ['SET ROLE pg_monitor', 'GRANT pg_read_all_data TO pg_monitor'],
  },
  {
    name: 'privileges: CHECKPOINT without pg_checkpoint is 42501 with no detail on 15 (round 20)',
    steps: ['SET ROLE pg_monitor', 'CHECKPOINT'],
  },
  {
    name: 'privileges: GRANT pg_database_owner TO a role is an internal error (XX000) on 15 (round 20)',
    steps: ['GRANT pg_database_owner TO postgres'],
  },
  {
    name: 'privileges: WITH GRANT OPTION to PUBLIC is refused (0LP01) (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: ['GRANT SELECT ON t TO PUBLIC WITH GRANT OPTION'],
  },
  {
    name: 'privileges: USAGE on a table and INSERT on a sequence are invalid privilege types (0LP01) (round 20)',
    setup:
      "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20); CREATE SEQUENCE s;",
    steps: ['GRANT USAGE ON t TO PUBLIC', 'GRANT INSERT ON SEQUENCE s TO PUBLIC'],
  },
  {
    name: 'privileges: GRANT to a role that does not exist is 42704 (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: ['GRANT SELECT ON t TO r20_priv_nobody_here'],
  },
  {
    name: 'privileges: a predefined role without grants gets 42501 permission denied for table (round 20)',
    setup:
      "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20); GRANT USAGE ON SCHEMA public TO PUBLIC;",
    steps: ['SET ROLE pg_monitor', 'SELECT * FROM t', 'RESET ROLE'],
  },
  {
    name: 'privileges: without USAGE on the schema an unqualified table is not found (42P01), a qualified one is 42501 (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: [
      'GRANT SELECT ON t TO PUBLIC',
      'SET ROLE pg_monitor',
      'SELECT * FROM t',
      'SELECT * FROM public.t',
      'RESET ROLE',
    ],
  },
  {
    name: 'privileges: row_security = off as a role that row security applies to is 42501 (round 20)',
    setup:
      "CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int); INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30); ALTER TABLE acc ENABLE ROW LEVEL SECURITY; GRANT ALL ON acc TO PUBLIC; GRANT USAGE ON SCHEMA public TO PUBLIC;",
    steps: ['SET ROLE pg_monitor', 'SET row_security = off', 'SELECT count(*) FROM acc', 'RESET ROLE'],
  },
  {
    name: 'privileges: SELECT policies take no WITH CHECK, INSERT policies no USING (42601) (round 20)',
    setup:
      "CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int); INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30); ALTER TABLE acc ENABLE ROW LEVEL SECURITY; GRANT ALL ON acc TO PUBLIC;",
    steps: [
      'CREATE POLICY p ON acc FOR SELECT USING (true) WITH CHECK (true)',
      'CREATE POLICY q ON acc FOR INSERT USING (true)',
    ],
  },
  {
    name: 'privileges: an empty search_path has no schema to create in (3F000) (round 20)',
    steps: ["SET search_path = ''", 'SELECT current_schema() AS s', 'CREATE TABLE x (v int)'],
  },
  {
    name: 'partitions: a hash partition bound without MODULUS is a 42601 syntax error with no position (round 20)',
    setup: 'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
    steps: ['CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (REMAINDER 0)'],
  },
  {
    name: 'partitions: an unknown partitioning strategy is 22023 with no position (round 20)',
    steps: ['CREATE TABLE x (a int) PARTITION BY FOO (a)'],
  },
  {
    name: 'constraints: VALIDATE CONSTRAINT on a unique constraint is 42809, not a foreign key or check constraint (round 20)',
    setup: 'CREATE TABLE t (a int CONSTRAINT u UNIQUE)',
    steps: ['ALTER TABLE t VALIDATE CONSTRAINT u'],
  },
  {
    name: 'generated: writing a value to a STORED generated column is 428C9, DEFAULT is allowed (round 20)',
    setup:
      'CREATE TABLE people (id int, height_cm numeric, height_in numeric GENERATED ALWAYS AS (height_cm / 2.54) STORED)',
    steps: [
      'INSERT INTO people VALUES (1, 254, 1)',
      'INSERT INTO people VALUES (1, 254, DEFAULT) RETURNING height_in',
      'UPDATE people SET height_in = 0',
    ],
  },
  {
    name: 'identity: a smallint identity past its maximum fails with 2200H (round 20)',
    setup: 'CREATE TABLE io (id smallint GENERATED ALWAYS AS IDENTITY (START WITH 32767), v int)',
    steps: ['INSERT INTO io (v) VALUES (1) RETURNING id', 'INSERT INTO io (v) VALUES (2)'],
  },
  {
    name: 'constraints: EXCLUDE USING gist on an int4range refuses an overlapping range with 23P01 (round 20)',
    setup:
      "CREATE TABLE booking (room int, during int4range, EXCLUDE USING gist (during WITH &&)); INSERT INTO booking VALUES (1, '[1,5)')",
    steps: [
      "INSERT INTO booking VALUES (2, '[4,8)')",
      "INSERT INTO booking VALUES (3, '[5,8)') RETURNING during",
    ],
  },
  {
    name: 'constraints: MATCH FULL refuses a foreign key with some but not all columns null (23503) (round 20)',
    setup:
      'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE ch (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH FULL)',
    steps: ['INSERT INTO ch VALUES (NULL, NULL) RETURNING *', 'INSERT INTO ch VALUES (99, NULL)'],
  },
  {
    name: 'utility: SET takes no parameter: SET x = $1 is a syntax error (42601), not an invalid value (round 20)',
    steps: [{ sql: 'SET statement_timeout = $1', params: ['250'] }],
  },
  {
    name: 'utility: FETCH PRIOR from a NO SCROLL cursor fails with 55000 and aborts the transaction (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g",
    steps: [
      'BEGIN',
      'DECLARE c NO SCROLL CURSOR FOR SELECT id FROM t ORDER BY id',
      'FETCH 2 c',
      'FETCH PRIOR c',
      'FETCH c',
      'ROLLBACK',
    ],
  },
  {
    name: 'utility: PREPARE of a name already prepared fails with 42P05 (round 20)',
    steps: ['PREPARE p AS SELECT 1', 'PREPARE p AS SELECT 2'],
  },
  {
    name: 'utility: a NOTIFY payload of 8000 bytes fails with 22023 (round 20)',
    steps: ["SELECT pg_notify('ch', repeat('x', 8000)) AS v"],
  },
  {
    name: 'utility: pg_notify with an empty channel name fails with 22023 (round 20)',
    steps: ["SELECT pg_notify('', 'x') AS v"],
  },
  {
    name: 'utility: SET of an unknown setting fails with 42704, a custom dotted one is accepted (round 20)',
    steps: ['SET no_such_setting = 1', "SET myapp.x = 'v'", 'SHOW myapp.x'],
  },
  {
    name: 'utility: SET of an invalid enum value fails with 22023 (round 20)',
    steps: ['SET bytea_output = base64'],
  },
  {
    name: 'utility: DISCARD ALL inside a transaction block fails with 25001 (round 20)',
    steps: ['BEGIN', 'DISCARD ALL', 'ROLLBACK'],
  },
  {
    name: 'utility: INSERT in a READ ONLY transaction fails with 25006; a temporary table may still be written (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g",
    steps: [
      'BEGIN READ ONLY',
      'CREATE TEMP TABLE x (a int)',
      'INSERT INTO x VALUES (1)',
      "INSERT INTO t VALUES (9, 'x')",
      'ROLLBACK',
    ],
  },
  {
    name: 'utility: RAISE EXCEPTION in a DO block carries its SQLSTATE, DETAIL and HINT (round 20)',
    steps: [
      "DO $$ BEGIN RAISE EXCEPTION 'bad' USING ERRCODE = '22012', DETAIL = 'the detail', HINT = 'the hint'; END $$",
    ],
  },
  {
    name: 'utility: a DO block runs as one statement: an error inside undoes its writes (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g",
    steps: [
      "DO $$ BEGIN INSERT INTO t VALUES (9, 'x'); PERFORM 1/0; END $$",
      'SELECT count(*)::int AS n FROM t',
    ],
  },
  {
    name: 'oid input: an out-of-range oid as a column value fails while the INSERT is analysed (round 20)',
    setup: 'CREATE TABLE t (o oid)',
    steps: ["INSERT INTO t VALUES ('-2147483649')", 'SELECT count(*) AS n FROM t'],
  },
  {
    name: 'xml: xmlpi with the reserved target name xml is a syntax error (42601) on 15 (round 20)',
    steps: ["SELECT xmlpi(name xml, 'x') AS v"],
  },
  {
    name: 'geometry: a circle with a negative radius is refused (22P02) (round 20)',
    steps: ["SELECT '<(0,0),-1>'::circle AS v"],
  },
  {
    name: 'network: cidr refuses bits set to the right of the mask (round 20)',
    steps: ["SELECT '10.1.2.3/24'::cidr AS v"],
  },
  {
    name: 'xml: xmloption document refuses content that is not a document (round 20)',
    steps: ['SET xmloption = document', "SELECT 'abc'::xml AS v"],
  },
  {
    name: 'extensions: CREATE EXTENSION of a version 15 does not have (pgcrypto 1.4) is 22023 (round 21)',
    steps: ["CREATE EXTENSION pgcrypto VERSION '1.4'"],
  },
  {
    name: 'extensions: CREATE EXTENSION over an existing type name has no script context (round 21)',
    setup: 'CREATE TYPE cube AS (a int)',
    steps: ['CREATE EXTENSION cube'],
  },
  {
    name: 'extensions: hstore malformed literals are XX000 (round 21)',
    setup: 'CREATE EXTENSION hstore',
    steps: ["SELECT 'a=>'::hstore", "SELECT 'a=1'::hstore", "SELECT '\"a=>1'::hstore"],
  },
  {
    name: "extensions: crosstab source and return type checks report 15's details (round 21)",
    setup:
      "CREATE EXTENSION tablefunc; CREATE TABLE ct (rowid text, attribute text, value text); INSERT INTO ct VALUES ('test1','att1','val1'), ('test1','att2','val2'), ('test2','att1','val5')",
    steps: [
      "SELECT * FROM crosstab('SELECT rowid, value FROM ct') AS t(row_name text, c1 text)",
      "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM ct ORDER BY 1, 2') AS t(row_name int, c1 text)",
      "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM ct ORDER BY 1, 2') AS t(row_name text, c1 int)",
      "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM ct ORDER BY 1', 'SELECT DISTINCT attribute FROM ct ORDER BY 1') AS t(row_name text, a text)",
      "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM ct ORDER BY 1', 'SELECT NULL::text') AS t(row_name text, a text)",
    ],
  },
  {
    name: "extensions: connectby return type checks report 15's details (round 21)",
    setup:
      "CREATE EXTENSION tablefunc; CREATE TABLE cb (keyid text, parent_keyid text, pos int); INSERT INTO cb VALUES ('row1', NULL, 0), ('row2', 'row1', 0), ('row3', 'row2', 1)",
    steps: [
      "SELECT * FROM connectby('cb', 'keyid', 'parent_keyid', 'row1', 0) AS t(keyid text, parent_keyid text)",
      "SELECT * FROM connectby('cb', 'keyid', 'parent_keyid', 'row1', 0) AS t(keyid text, parent_keyid text, level text)",
      "SELECT * FROM connectby('cb', 'keyid', 'parent_keyid', 'row1', 0, '~') AS t(keyid text, parent_keyid text, level int, branch int)",
      "SELECT * FROM connectby('cb', 'keyid', 'parent_keyid', 'pos', 'row1', 0, '~') AS t(keyid text, parent_keyid text, level int, branch text, pos text)",
      "SELECT * FROM connectby('cb', 'keyid', 'parent_keyid', 'row1', 0) AS t(keyid varchar, parent_keyid varchar, level int)",
    ],
  },
  {
    name: 'extensions: a pg_trgm operator class before CREATE EXTENSION is 42704 (round 21)',
    setup: 'CREATE TABLE tg (t text)',
    steps: [
      'CREATE INDEX ON tg USING gin (t gin_trgm_ops)',
      'CREATE INDEX ON tg USING gist (t gist_trgm_ops)',
    ],
  },
  {
    name: 'extensions: btree_gist exclusion constraint on room and period (round 21)',
    setup:
      'CREATE EXTENSION btree_gist; CREATE TABLE bk (room int, during tsrange, CONSTRAINT bk_x EXCLUDE USING gist (room WITH =, during WITH &&))',
    steps: [
      "INSERT INTO bk VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)'), (2, '[2024-01-01 10:00, 2024-01-01 12:00)')",
      "INSERT INTO bk VALUES (1, '[2024-01-01 12:00, 2024-01-01 13:00)')",
      "INSERT INTO bk VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)')",
      'UPDATE bk SET room = 1 WHERE room = 2',
      "SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 'bk_x'",
    ],
  },
  {
    name: 'extensions: extension functions and types before CREATE EXTENSION (round 21)',
    steps: [
      "SELECT digest('x', 'sha1')",
      "SELECT levenshtein('a', 'b')",
      "SELECT 'a=>1'::hstore",
      'CREATE TABLE nx (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&))',
      'SELECT length(gen_random_uuid()::text) AS core_gen_random_uuid',
    ],
  },
  {
    name: 'extending: CREATE FUNCTION with a default before a non-default parameter is 42P13 without a position (round 21)',
    steps: ['CREATE FUNCTION f(a int DEFAULT 1, b int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
  },
  {
    name: 'extending: a VARIADIC parameter that is no array is 42P13 without a position (round 21)',
    steps: ['CREATE FUNCTION f(VARIADIC a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
  },
  {
    name: 'extending: a parameter name used twice is 42P13 without a position (round 21)',
    steps: ['CREATE FUNCTION f(a int, a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
  },
  {
    name: 'extending: OUT parameters in a RETURNS TABLE function are 42601 without a position (round 21)',
    steps: ['CREATE FUNCTION f(OUT a int) RETURNS TABLE(b int) AS $$ SELECT 1 $$ LANGUAGE sql'],
  },
  {
    name: 'conversion: CASE branches of integer and text are 42804 (round 21)',
    steps: ["SELECT CASE WHEN true THEN 1 ELSE 'a'::text END AS v"],
  },
  {
    name: 'conversion: UNION of a typed integer and a bad untyped literal is 22P02 (round 21)',
    steps: ["SELECT 1 UNION SELECT 'abc'"],
  },
  {
    name: 'conversion: an untyped prefix operand of @ is ambiguous (42725) (round 21)',
    steps: ["SELECT @ '-4.5' AS v"],
  },
  { name: 'conversion: substr of an integer is 42883 (round 21)', steps: ['SELECT substr(1234, 3) AS v'] },
  {
    name: 'conversion: text into an integer column is 42804 with its hint (round 21)',
    setup: 'CREATE TABLE t (i int)',
    steps: ["INSERT INTO t VALUES ('12'::text)"],
  },
  {
    name: 'conversion: a too-long value into varchar(3) is 22001 (round 21)',
    setup: 'CREATE TABLE t (c varchar(3))',
    steps: ["INSERT INTO t VALUES ('abcd')"],
  },
  {
    name: 'extending: overloads with a default make the one-argument call ambiguous (42725) (round 21)',
    setup:
      "CREATE FUNCTION g(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'one' $$;\nCREATE FUNCTION g(a int, b int DEFAULT 1) RETURNS text LANGUAGE sql AS $$ SELECT 'two' $$;",
    steps: ['SELECT g(1) AS v'],
  },
  {
    name: 'extending: anyelement with two untyped literals is 42804 (round 21)',
    setup:
      'CREATE FUNCTION make_array(anyelement, anyelement) RETURNS anyarray LANGUAGE sql AS $$ SELECT ARRAY[$1, $2] $$',
    steps: ["SELECT make_array('a', 'b') AS v"],
  },
  {
    name: 'extending: dropping a function an operator uses is 2BP01 with its detail (round 21)',
    setup:
      'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$;\nCREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi);',
    steps: ['DROP FUNCTION eqi(int, int)'],
  },
  {
    name: 'scalar subqueries: several rows in a WHERE condition reading no column fail even when no row passes the others (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: ['SELECT id FROM customers WHERE id < 0 AND (SELECT customer_id FROM orders) > 0'],
  },
  {
    name: 'scalar subqueries: several rows in a WHERE condition reading no column fail on an empty table (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00); CREATE TABLE archive (id int);",
    steps: [
      'SELECT id FROM archive WHERE (SELECT customer_id FROM orders) IS NULL',
      'DELETE FROM archive WHERE (SELECT customer_id FROM orders) = 1',
    ],
  },
  {
    name: 'scalar subqueries: a constant false condition or an earlier false one-time filter leaves several rows unread (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) > 0 AND false',
      'SELECT id FROM customers WHERE (SELECT false) AND (SELECT customer_id FROM orders) > 0',
      'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) > 0 AND (SELECT false)',
    ],
  },
  {
    name: 'joins: an unqualified column of both tables is ambiguous (42702) (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: ['SELECT id FROM orders o JOIN customers c ON c.id = o.customer_id'],
  },
  {
    name: 'ctes: a recursive reference inside a subquery of the recursive term fails (42P19) (round 21)',
    steps: [
      'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < (SELECT max(n) FROM t)) SELECT * FROM t',
    ],
  },
  {
    name: 'violations: a failing row clips each value at 64 bytes of UTF-8, not 64 characters (round 21)',
    setup: 'CREATE TABLE r (v text, k int NOT NULL, w text)',
    steps: [
      "INSERT INTO r (v, w) VALUES (repeat('é', 65), NULL)",
      "INSERT INTO r (v) VALUES (repeat('😀', 70))",
    ],
  },
  {
    name: 'violations: a CHECK that divides by a zero column raises 22012, not a pass (round 21)',
    setup: 'CREATE TABLE z (a int, b int CHECK (a / b > 0))',
    steps: ['INSERT INTO z VALUES (1, 0)', 'INSERT INTO z VALUES (1, 2)', 'SELECT count(*)::int AS n FROM z'],
  },
  {
    name: "violations: a CHECK's integer arithmetic truncates and overflows as int4 does (round 21)",
    setup: 'CREATE TABLE k (a int CHECK (a / 2 > 0), b int CHECK (b * 1000000 > 0))',
    steps: [
      'INSERT INTO k (a) VALUES (1)',
      'INSERT INTO k (b) VALUES (3000)',
      'INSERT INTO k VALUES (2, 1) RETURNING a, b',
    ],
  },
  {
    name: 'violations: a deferred unique constraint fails at COMMIT with its key, and the transaction is gone (round 21)',
    setup:
      'CREATE TABLE dq (id int, pos int CONSTRAINT dq_pos UNIQUE DEFERRABLE INITIALLY DEFERRED);\n      INSERT INTO dq VALUES (1, 1), (2, 2);',
    steps: ['BEGIN', 'UPDATE dq SET pos = 1 WHERE id = 2', 'COMMIT', 'SELECT id, pos FROM dq ORDER BY id'],
  },
  {
    name: 'violations: SET CONSTRAINTS ... IMMEDIATE checks a pending deferred unique violation at once (round 21)',
    setup:
      'CREATE TABLE dq (id int, pos int CONSTRAINT dq_pos UNIQUE DEFERRABLE INITIALLY DEFERRED);\n      INSERT INTO dq VALUES (1, 1), (2, 2);',
    steps: ['BEGIN', 'UPDATE dq SET pos = 1 WHERE id = 2', 'SET CONSTRAINTS dq_pos IMMEDIATE', 'ROLLBACK'],
  },
  {
    name: 'violations: NULLS NOT DISTINCT shows null in the duplicate key detail (round 21)',
    setup: 'CREATE TABLE n (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b)); INSERT INTO n VALUES (1, NULL);',
    steps: ['INSERT INTO n VALUES (1, NULL)'],
  },
  {
    name: 'violations: an expression index names its expression in the key detail (round 21)',
    setup:
      "CREATE TABLE e (a text, b int); CREATE UNIQUE INDEX e_x ON e (lower(a), (b % 10)); INSERT INTO e VALUES ('X', 11);",
    steps: ["INSERT INTO e VALUES ('x', 21)"],
  },
  {
    name: 'violations: a key detail quotes nothing in the value and keeps quotes and unicode as written (round 21)',
    setup: "CREATE TABLE k (v text UNIQUE); INSERT INTO k VALUES ('O''Brien, \"Ü\"');",
    steps: [{ sql: 'INSERT INTO k VALUES ($1)', params: ['O\'Brien, "Ü"'] }],
  },
  {
    name: 'violations: MATCH FULL refuses a partly null foreign key with its own detail (round 21)',
    setup:
      'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b));\n      CREATE TABLE c3 (a int, b int, CONSTRAINT c3_full FOREIGN KEY (a, b) REFERENCES p3 MATCH FULL);',
    steps: ['INSERT INTO c3 VALUES (NULL, 5)', 'INSERT INTO c3 VALUES (NULL, NULL) RETURNING a, b'],
  },
  {
    name: 'violations: of two failing CHECKs the one first by name is reported (round 21)',
    setup:
      "CREATE TABLE ck (id int, qty int CONSTRAINT qty_positive CHECK (qty > 0), status text CONSTRAINT status_valid CHECK (status IN ('new', 'done')), price numeric CHECK (price >= 0));",
    steps: ["INSERT INTO ck VALUES (1, 0, 'x', -1)", "INSERT INTO ck VALUES (1, 1, 'x', -1)"],
  },
  {
    name: 'violations: a domain CHECK names the domain as datatype and no table or column (round 21)',
    setup: 'CREATE DOMAIN posint AS int CHECK (VALUE > 0); CREATE TABLE dm (id int, n posint);',
    steps: ['INSERT INTO dm VALUES (1, 0)', { sql: 'SELECT $1::posint AS v', params: ['-5'] }],
  },
  {
    name: 'violations: an exclusion constraint reports the conflicting key and the existing one (round 21)',
    setup:
      "CREATE TABLE dx (r int4range, CONSTRAINT dx_r EXCLUDE USING gist (r WITH &&)); INSERT INTO dx VALUES ('[1,5)');",
    steps: [
      "INSERT INTO dx VALUES ('[3,8)')",
      "INSERT INTO dx VALUES ('[3,8)') ON CONFLICT DO NOTHING",
      'SELECT count(*)::int AS n FROM dx',
    ],
  },
  {
    name: 'violations: a misspelt column in UPDATE SET has no hint; in a SELECT it gets "Perhaps you meant" with the alias (round 21)',
    setup: 'CREATE TABLE users (id int PRIMARY KEY, first_name text)',
    steps: [
      "UPDATE users SET first_nam = 'x'",
      'SELECT first_nam FROM users',
      'SELECT u.first_nam FROM users u',
    ],
  },
  {
    name: 'stack depth: max_stack_depth 100kB, PL/pgSQL recursion answers 54001, then the session answers (round 21) (round 21)',
    setup:
      'CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$\n  BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN 1 + r(n - 1); END $$',
    steps: [
      "SET max_stack_depth = '100kB'",
      'SELECT r(100000) AS v',
      'SELECT r(20) AS v',
      'RESET max_stack_depth',
      'SHOW max_stack_depth',
    ],
  },
  {
    name: 'one-time filters: a false uncorrelated EXISTS written first stops a scalar subquery of several rows (round 21)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: [
      'SELECT id FROM otf_t WHERE EXISTS (SELECT 1 FROM otf_m WHERE v = 3) AND (SELECT v FROM otf_m) = 1',
    ],
  },
  {
    name: 'one-time filters: NOT EXISTS false written first, on an empty table (round 21)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: ['SELECT id FROM otf_e WHERE NOT EXISTS (SELECT 1 FROM otf_m) AND (SELECT v FROM otf_m) = 1'],
  },
  {
    name: 'one-time filters: an EXISTS written after the scalar subquery does not save it (21000) (round 21)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: [
      'SELECT id FROM otf_e WHERE (SELECT v FROM otf_m) = 1 AND EXISTS (SELECT 1 FROM otf_m WHERE v = 3)',
    ],
  },
  {
    name: 'one-time filters: IN over a subquery with no rows reads the row, the scalar subquery fails first (21000) (round 21)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: [
      'SELECT id FROM otf_t WHERE id IN (SELECT v FROM otf_m WHERE v > 5) AND (SELECT v FROM otf_m) = 1',
    ],
  },
  {
    name: 'one-time filters: a correlated EXISTS is per row, the scalar subquery fails first (21000) (round 21)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: [
      'SELECT id FROM otf_t WHERE EXISTS (SELECT 1 FROM otf_m WHERE otf_m.v = otf_t.id AND otf_m.v > 5) AND (SELECT v FROM otf_m) = 1',
    ],
  },
  {
    name: 'subquery errors: COALESCE after a constant never plans a failing subquery (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT COALESCE(2, (SELECT 1 / x FROM (VALUES (0)) v(x))) AS v'],
  },
  {
    name: 'subquery errors: a WHERE with a constant false conjunct plans no failing subquery (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT 1 AS v WHERE (SELECT 1/0) = 1 AND 1 = 2'],
  },
  {
    name: 'subquery errors: a one-row VALUES subquery failing beside a false conjunct (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT 1 AS v WHERE (SELECT 1 / x FROM (VALUES (0)) v(x)) = 1 AND 1 = 2'],
  },
  {
    name: 'subquery errors: CASE WHEN false drops a failing subquery (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT CASE WHEN false THEN (SELECT 1/0) END AS v'],
  },
  {
    name: 'subquery errors: AND false in the select list drops a failing subquery (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1/0) = 1 AND false AS v'],
  },
  {
    name: 'subquery errors: OR 1 = 1 drops a failing subquery (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1/0) = 1 OR 1 = 1 AS v'],
  },
  {
    name: 'subquery errors: run-time division by zero unread over an empty table (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1 / (a - 1) FROM t WHERE a = 1) AS v FROM e'],
  },
  {
    name: 'subquery errors: run-time division by zero unread under LIMIT 0 (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1 / (a - 1) FROM t WHERE a = 1) AS v LIMIT 0'],
  },
  {
    name: 'subquery errors: run-time division by zero in a CASE branch no row takes (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: [
      'SELECT a, CASE WHEN a < 0 THEN (SELECT 1 / (a - 1) FROM t WHERE a = 1) END AS v FROM t ORDER BY a',
    ],
  },
  {
    name: 'subquery errors: column division by zero unread over an empty table (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT a / 0 FROM t LIMIT 1) AS v FROM e'],
  },
  {
    name: 'subquery errors: two-row VALUES division by zero unread over an empty table (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1/x FROM (VALUES (0), (1)) v(x) WHERE x = 0) AS v FROM e'],
  },
  {
    name: 'subquery errors: a constant division by zero fails as planned over an empty table (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1/0) AS v FROM e'],
  },
  {
    name: 'subquery errors: a constant part over a table fails as planned (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1/0 FROM t LIMIT 1) AS v FROM e'],
  },
  {
    name: 'subquery errors: a one-row VALUES joined is folded as planned (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1/x FROM (VALUES (0)) v(x), t WHERE t.a = 1) AS v FROM e'],
  },
  {
    name: 'subquery errors: a constant division in a CASE branch no row takes still fails (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT a, CASE WHEN a < 0 THEN (SELECT 1/0) END AS v FROM t'],
  },
  {
    name: 'subquery errors: a failing subquery beside a subquery false is planned (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT 1 AS v WHERE (SELECT 1/0) = 1 AND (SELECT 1) = 2'],
  },
  {
    name: 'subquery errors: several rows unread over an empty table (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT x FROM (VALUES (1), (2)) v(x)) AS v FROM e'],
  },
  {
    name: 'subquery errors: several rows unread in CASE WHEN false (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT CASE WHEN false THEN (SELECT x FROM (VALUES (1), (2)) v(x)) END AS v'],
  },
  {
    name: 'subquery errors: several rows read fail with 21000 (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT a, (SELECT x FROM (VALUES (1), (2)) v(x)) AS v FROM t'],
  },
  {
    name: 'subquery errors: run-time division by zero read fails (round 22)',
    setup: 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT (SELECT 1 / (a - 1) FROM t WHERE a = 1) AS v'],
  },
  {
    name: 'datetime input: EWT literal under America/New_York is 22007 (not in the set) (round 22)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT '1943-06-01 00:00 EWT'::timestamptz AS v",
      'RESET TimeZone',
    ],
  },
  {
    name: 'datetime input: LMT date from a text column under America/New_York is 22007 (round 22)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT t::date AS v FROM (VALUES ('1800-01-01 LMT')) x(t)",
      'RESET TimeZone',
    ],
  },
  {
    name: 'datetime input: +infinity built at run time is 22007 for date (round 22)',
    steps: ["SELECT ('+' || 'infinity')::date AS v"],
  },
  {
    name: 'plpgsql handlers: RESTRICT: SQLSTATE and SQLERRM (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; RETURN 'no error'; EXCEPTION WHEN others THEN RETURN SQLSTATE || ' ' || SQLERRM; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RESTRICT: SQLSTATE alone (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; RETURN 'no error'; EXCEPTION WHEN others THEN RETURN SQLSTATE; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RESTRICT caught by foreign_key_violation (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN foreign_key_violation THEN RETURN 'fk ' || SQLSTATE; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RESTRICT caught by integrity_constraint_violation (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN integrity_constraint_violation THEN RETURN 'class ' || SQLSTATE; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RESTRICT: stacked RETURNED_SQLSTATE, MESSAGE_TEXT, DETAIL (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE s text; m text; d text; BEGIN DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL; RETURN s || ' | ' || m || ' | ' || d; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RESTRICT: re-raised with RAISE USING ERRCODE = SQLSTATE (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = 'wrapped: ' || SQLERRM; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RESTRICT: SQLSTATE in a nested block handler (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN BEGIN DELETE FROM p WHERE id = 1; EXCEPTION WHEN others THEN RETURN 'inner ' || SQLSTATE; END; RETURN 'ok'; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RESTRICT: CASE on SQLSTATE (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN RETURN CASE SQLSTATE WHEN '23503' THEN 'fk' WHEN '23505' THEN 'dup' ELSE 'other' END; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: procedure handler with SQLSTATE into OUT (round 22)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)',
    steps: [
      'CREATE PROCEDURE pr(INOUT s text) LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; EXCEPTION WHEN others THEN s := SQLSTATE; END $$',
      'CALL pr(NULL)',
    ],
  },
  {
    name: 'plpgsql handlers: xpath empty expression (round 22)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM xpath('', '<a/>'::xml); RETURN 'no error'; EXCEPTION WHEN others THEN RETURN SQLSTATE || ' ' || SQLERRM; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: PG_EXCEPTION_HINT of a bad datestyle date (round 22)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE h text; BEGIN PERFORM '31/12/2024'::date; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT; RETURN SQLSTATE || ' ' || coalesce(h, '-'); END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: PG_EXCEPTION_HINT of pg_size_bytes (round 22)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE h text; d text; BEGIN PERFORM pg_size_bytes('1 XB'); RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT, d = PG_EXCEPTION_DETAIL; RETURN SQLSTATE || ' ' || coalesce(d, '-') || ' ' || coalesce(h, '-'); END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: context of an expression (round 22)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN IF 1 / 0 > 0 THEN NULL; END IF; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: context of a stand-in to_date (round 22)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN PERFORM to_date('2024-02-31', 'YYYY-MM-DD'); RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN SQLSTATE || ' ' || c; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: context of a SQL function (round 22)',
    setup: 'CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql AS $$ SELECT 10 / x $$',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN RETURN h(0)::text; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c; END $$',
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: context of a nested function call (round 22)',
    setup: 'CREATE FUNCTION g(x int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN (10 / x)::text; END $$',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN RETURN g(0); EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c; END $$',
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: unique violation: stacked fields (round 22)',
    setup: 'CREATE TABLE u (id int PRIMARY KEY)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE m text; d text; k text; t text; BEGIN INSERT INTO u VALUES (1); INSERT INTO u VALUES (1); RETURN 'ok'; EXCEPTION WHEN unique_violation THEN GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, k = CONSTRAINT_NAME, t = TABLE_NAME; RETURN m || ' | ' || d || ' | ' || k || ' | ' || t; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: stacked items of a RAISE with every option (round 22)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE a text; b text; c text; d text; e text; g text; h text; i text; j text; BEGIN RAISE EXCEPTION 'msg' USING DETAIL = 'det', HINT = 'hin', COLUMN = 'col', CONSTRAINT = 'con', DATATYPE = 'typ', TABLE = 'tab', SCHEMA = 'sch', ERRCODE = 'P0002'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS a = RETURNED_SQLSTATE, b = COLUMN_NAME, c = CONSTRAINT_NAME, d = PG_DATATYPE_NAME, e = MESSAGE_TEXT, g = TABLE_NAME, h = SCHEMA_NAME, i = PG_EXCEPTION_DETAIL, j = PG_EXCEPTION_HINT; RETURN concat_ws(',', a, b, c, d, e, g, h, i, j); END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: re-raise keeps fields (round 22)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE d text; BEGIN BEGIN RAISE EXCEPTION 'inner' USING DETAIL = 'd0', ERRCODE = 'P0003'; EXCEPTION WHEN others THEN RAISE; END; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL; RETURN SQLSTATE || ' ' || SQLERRM || ' ' || d; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'migrations: CREATE TYPE IF NOT EXISTS is a syntax error (round 22)',
    steps: ["CREATE TYPE IF NOT EXISTS mood AS ENUM ('sad')"],
  },
  {
    name: 'orm-introspect: a regclass literal naming a missing schema reports the schema (3F000) (round 22)',
    steps: ["SELECT 'nos.t'::regclass"],
  },
  {
    name: 'orm-introspect: nextval of a sequence in a missing schema reports the schema (3F000) (round 22)',
    steps: ["SELECT nextval('nos.s')"],
  },
  {
    name: 'orm-introspect: a regproc literal naming a missing schema reports the schema (3F000) (round 22)',
    steps: ["SELECT 'nos.f'::regproc"],
  },
  {
    name: 'orm-introspect: a regclass literal naming a missing table of public reports the relation (42P01) (round 22)',
    steps: ["SELECT 'public.nope'::regclass", "SELECT to_regclass('nos.t') IS NULL AS missing"],
  },
  {
    name: 'scalar subqueries: several rows compared with a column an index scans by fail before any row, as the index scan computes its key first (round 23)',
    setup: SCAN_KEYS,
    steps: [
      "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)",
      "SELECT id FROM customers WHERE name = 'nobody' AND email = (SELECT 'a@x' FROM orders)",
      "SELECT id FROM customers WHERE name = 'nobody' AND city = (SELECT 'P' FROM orders)",
      "SELECT c.id FROM customers c WHERE c.name = 'nobody' AND (SELECT customer_id FROM orders) < c.id",
      'SELECT * FROM lines WHERE n = (SELECT customer_id FROM orders)',
      'DELETE FROM empty_keys WHERE id = (SELECT customer_id FROM orders)',
      "UPDATE customers SET name = 'x' WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)",
    ],
  },
  {
    name: 'scalar subqueries: several rows compared with a column no index scans by are read only by a row that gets that far (round 23)',
    setup: `${SCAN_KEYS}\nCREATE INDEX ON customers (lower(name));\nCREATE INDEX ON customers (name) WHERE city = 'Z';`,
    steps: [
      "SELECT id FROM customers WHERE id < 0 AND name = (SELECT 'P' FROM orders)",
      "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders WHERE id = 10)",
      'SELECT id FROM customers WHERE (SELECT false) AND id = (SELECT customer_id FROM orders)',
    ],
  },
  {
    name: 'scalar subqueries: after ANALYZE, even rolled back, a small table is scanned whole and several rows compared with its key are not read (round 23)',
    setup: SCAN_KEYS,
    steps: [
      'BEGIN',
      'ANALYZE customers',
      'ROLLBACK',
      "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)",
    ],
  },
  {
    name: 'of unknown columns in HAVING and GROUP BY, the one in HAVING is reported: HAVING is read first (round 23)',
    setup: ORDERS,
    steps: ['SELECT count(*) FROM orders GROUP BY nosuch1 HAVING nosuch2 > 0'],
  },
  {
    name: 'of unknown columns in ORDER BY and GROUP BY, the one in ORDER BY is reported: ORDER BY is read before GROUP BY (round 23)',
    setup: ORDERS,
    steps: [
      'SELECT count(*) FROM orders GROUP BY nosuch1 ORDER BY nosuch2',
      'SELECT count(*) FROM orders GROUP BY nosuch ORDER BY nosuch',
      'SELECT user_id FROM orders GROUP BY nosuch ORDER BY 5',
    ],
  },
  {
    name: 'an unknown ORDER BY column is reported before an ungrouped select-list column (round 23)',
    setup: ORDERS,
    steps: [
      'SELECT total FROM orders GROUP BY user_id ORDER BY nosuch',
      'SELECT user_id FROM orders GROUP BY 5 ORDER BY nosuch',
    ],
  },
  {
    name: 'nested aggregate calls are 42803 at the inner call, before a later clause is read (round 23)',
    setup: ORDERS,
    steps: [
      'SELECT sum(count(total)) FROM orders ORDER BY nosuch',
      'SELECT sum(1 + count(total)) FROM orders',
    ],
  },
  {
    name: 'an UPDATE reads its whole SET list before coercing a value: an unknown column later wins over a bad literal earlier (round 23)',
    setup: ORDERS,
    steps: [
      "UPDATE users SET age = 'x', nickname = nosuch",
      'UPDATE users SET age = email, nickname = nosuch',
      "UPDATE users SET age = 'x', nickname = 'y'",
    ],
  },
  {
    name: 'an INSERT reads a whole VALUES row before coercing a value to its column (round 23)',
    setup: ORDERS,
    steps: [
      "INSERT INTO users (id, email) VALUES ('x', nosuch)",
      "INSERT INTO users (id, email) VALUES (5, 'e@x'), ('x', nosuch)",
      "INSERT INTO users (id, age) VALUES ('x'::text, 'y')",
    ],
  },
  {
    name: 'an unknown column in LIMIT or OFFSET is reported before an ungrouped column, and a negative LIMIT after it (round 23)',
    setup: ORDERS,
    steps: [
      'SELECT total FROM orders GROUP BY user_id LIMIT nosuch',
      'SELECT total FROM orders GROUP BY user_id OFFSET nosuch',
      'SELECT total FROM orders GROUP BY user_id LIMIT -1',
    ],
  },
  {
    name: 'ON CONFLICT without a matching unique constraint is 42P10 only after the statement is otherwise analysed (round 23)',
    setup: ORDERS,
    steps: [
      'INSERT INTO orders (id, user_id, total) VALUES (11, 1, 5) ON CONFLICT (total) DO UPDATE SET total = excluded.nosuch',
      'INSERT INTO orders (id, user_id, total) VALUES (11, 1, 5) ON CONFLICT (total) DO NOTHING RETURNING nosuch',
      'INSERT INTO orders (id, user_id, total) VALUES (11, 1, 5) ON CONFLICT (total) DO NOTHING',
    ],
  },
  {
    name: 'a UNION chain is matched from the left: two branches of unmatched types are reported before a third of another width (round 23)',
    setup: ORDERS,
    steps: [
      'SELECT email FROM users UNION SELECT id FROM users UNION SELECT id, age FROM users',
      'SELECT id FROM users UNION SELECT age FROM users UNION SELECT 3 ORDER BY 1',
    ],
  },
  {
    name: 'VALUES items are coerced column by column: the bad literal of the leftmost column is reported, whatever its row (round 23)',
    steps: [
      "SELECT * FROM (VALUES (1, 'a'), ('b', 2)) v(n, m)",
      "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(n, m) ORDER BY n",
    ],
  },
  {
    name: 'a negative LIMIT is raised when its query runs: not for an unread CTE or an untaken CASE branch (round 23)',
    setup: ORDERS,
    steps: [
      'WITH s AS (SELECT id FROM orders LIMIT -1) SELECT 1 AS x',
      'SELECT CASE WHEN false THEN (SELECT id FROM orders LIMIT -1) END AS x',
      'SELECT id FROM orders LIMIT -1',
    ],
  },
  {
    name: 'scalar subqueries: several rows in an index condition fail before any row: an OR of them on one table, BETWEEN, an IN list, arithmetic on the value (round 24)',
    setup: SCAN_KEYS,
    steps: [
      "SELECT id FROM customers WHERE name = 'nobody' AND (id = (SELECT customer_id FROM orders) OR email = 'x')",
      'SELECT id FROM empty_keys WHERE id = (SELECT customer_id FROM orders) OR id = 5',
      "SELECT id FROM customers WHERE name = 'nobody' AND id BETWEEN (SELECT customer_id FROM orders) AND 10",
      "SELECT id FROM customers WHERE name = 'nobody' AND id IN ((SELECT customer_id FROM orders), 5)",
      "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders) + 1",
      "SELECT id FROM customers WHERE name = 'nobody' AND (id = (SELECT customer_id FROM orders) OR name = 'x')",
    ],
  },
  {
    name: 'scalar subqueries: under LIMIT 0 no condition is read, not even one PostgreSQL tests once before the scan (round 24)',
    setup: SCAN_KEYS,
    steps: [
      'SELECT id FROM customers WHERE id = (SELECT customer_id FROM orders) LIMIT 0',
      'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) = 1 FETCH FIRST 0 ROWS ONLY',
      'INSERT INTO empty_keys SELECT id FROM customers WHERE (SELECT customer_id FROM orders) = 1 LIMIT 0',
    ],
  },
  {
    name: 'scalar subqueries: a subquery whose own one-time filter reads several rows fails only where it is read (round 25)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: [
      'SELECT CASE WHEN false THEN (SELECT id FROM otf_t WHERE (SELECT v FROM otf_m) = 1) END AS c',
      'SELECT CASE WHEN true THEN (SELECT id FROM otf_t WHERE (SELECT v FROM otf_m) = 1) END AS c',
      'SELECT COALESCE(1, (SELECT id FROM otf_t WHERE (SELECT v FROM otf_m) = 1)) AS c',
      'SELECT id FROM otf_t WHERE id = 2 AND id = (SELECT id FROM otf_t WHERE (SELECT v FROM otf_m) = 1)',
      'SELECT (SELECT id FROM otf_e WHERE (SELECT v FROM otf_m) = 1) AS c',
      'SELECT id, (SELECT id FROM otf_t WHERE (SELECT v FROM otf_m) = 1) AS c FROM otf_e',
    ],
  },
  {
    name: "scalar subqueries: the planner's equivalence classes compare a subquery of several rows with a constant before any row (round 25)",
    setup:
      "CREATE TABLE ec_m (v int); INSERT INTO ec_m VALUES (1), (2); CREATE TABLE ec_t (id bigint, name text); INSERT INTO ec_t VALUES (1, 'a'); CREATE TABLE ec_e (id int);",
    steps: [
      'SELECT id FROM ec_t WHERE id = 2 AND id = (SELECT v FROM ec_m)',
      'SELECT id FROM ec_e WHERE (SELECT v FROM ec_m) = id AND 2 = id',
      "SELECT id FROM ec_t WHERE name = 'z' AND name = (SELECT 'x' FROM ec_m)",
      'SELECT id FROM ec_t WHERE id::int = 2 AND id::int = (SELECT v FROM ec_m)',
      'SELECT id FROM ec_t WHERE id = 2 AND id = 3 AND id = (SELECT v FROM ec_m)',
      'SELECT id FROM ec_t WHERE id = 1 AND id = (SELECT v FROM ec_m WHERE v = 1)',
      'SELECT id FROM ec_e WHERE id = (SELECT v FROM ec_m)',
      { sql: 'SELECT id FROM ec_t WHERE id = $1 AND id = (SELECT v FROM ec_m)', params: [2] },
      'UPDATE ec_t SET name = name WHERE id = 2 AND id = (SELECT v FROM ec_m)',
    ],
  },
  {
    name: 'scalar subqueries: equalities run after the other conditions, so the subquery beside them is read first (round 25)',
    setup:
      "CREATE TABLE ec_m (v int); INSERT INTO ec_m VALUES (1), (2); CREATE TABLE ec_t (id bigint, name text); INSERT INTO ec_t VALUES (1, 'a');",
    steps: [
      "SELECT id FROM ec_t WHERE name = 'nobody' AND id < (SELECT v FROM ec_m)",
      "SELECT id FROM ec_t WHERE name = 'nobody' AND id IS NOT DISTINCT FROM (SELECT v FROM ec_m)",
      "SELECT id FROM ec_t WHERE name = 'nobody' AND id <> (SELECT v FROM ec_m)",
      'SELECT id FROM ec_t WHERE id > 5 AND id <> (SELECT v FROM ec_m)',
      'SELECT id FROM ec_t WHERE (SELECT v FROM ec_m) > 0 AND id = NULL',
    ],
  },
  {
    name: 'conditions cheapest first: an IN list or ANY array costs half an operator per element, an equality over 9 or more constants one hash (round 25)',
    setup:
      "CREATE TABLE qo (id int, x int, y int, name text); INSERT INTO qo VALUES (1, 10, 0, 'a'), (2, 5, 5, 'b');",
    steps: [
      'SELECT id FROM qo WHERE id = ANY (ARRAY[99]) AND 10 / y > 0',
      'SELECT id FROM qo WHERE 10 / y > 0 AND id = ANY (ARRAY[99])',
      'SELECT id FROM qo WHERE id = ANY (ARRAY[97, 98, 99, 100, 101, 102]) AND 10 / y > 0',
      'SELECT id FROM qo WHERE id IN (91, 92, 93, 94, 95, 96, 97, 98, 99) AND 10 / y > 0',
      'SELECT id FROM qo WHERE id IN (92, 93, 94, 95, 96, 97, 98, 99) AND 10 / y > 0',
      "SELECT id FROM qo WHERE id = ANY ('{91,92,93,94,95,96,97,98,99}'::int[]) AND 10 / y > 0",
      'SELECT id FROM qo WHERE id < ANY (ARRAY[91, 92, 93, 94, 95, 96, 97, 98, 99]) AND 10 / y > 0',
      'SELECT id FROM qo WHERE id = ANY (ARRAY[x, 99]) AND 10 / y > 0',
      "SELECT id FROM qo WHERE name = 'zz' AND 10 / y > 1",
      'SELECT id FROM qo WHERE x = 10 / y AND id = 99',
    ],
  },
  {
    name: 'conditions cheapest first: lower(), upper(), ILIKE and a jsonb type test cost one call each, so they guard the cast after them (round 26)',
    setup:
      "CREATE TABLE gc (id int, tx text, j jsonb); INSERT INTO gc VALUES (1, '12', '{\"a\": 1}'), (2, 'abc', '{\"a\": \"x\"}'), (3, NULL, NULL);",
    steps: [
      "SELECT id FROM gc WHERE lower(tx) = '12' AND tx::int > 5 ORDER BY id",
      "SELECT id FROM gc WHERE upper(tx) = '12' AND tx::int > 5 ORDER BY id",
      "SELECT id FROM gc WHERE tx ILIKE '1%' AND tx::int > 5 ORDER BY id",
      "SELECT id FROM gc WHERE tx NOT ILIKE 'a%' AND tx::int > 5 ORDER BY id",
      "SELECT id FROM gc WHERE tx ~ '^[0-9]+$' AND tx::numeric > 5 ORDER BY id",
      "SELECT id FROM gc WHERE jsonb_typeof(j -> 'a') = 'number' AND (j -> 'a')::int = 1 ORDER BY id",
    ],
  },
  {
    name: 'conditions cheapest first: a text cast costs its output and input functions, less than text search, so it goes first and fails (round 26)',
    setup: "CREATE TABLE gt (id int, tx text); INSERT INTO gt VALUES (1, '12'), (2, 'abc');",
    steps: [
      "SELECT id FROM gt WHERE to_tsvector('simple', tx) @@ to_tsquery('simple', '12') AND tx::int > 5",
      "SELECT id FROM gt WHERE to_tsvector('simple', tx) @@ to_tsquery('simple', 'zzz') AND tx::date > '2000-01-01'",
      "SELECT id FROM gt WHERE to_tsvector('simple', tx) @@ to_tsquery('simple', 'zzz') AND tx::timestamptz > '2000-01-01'",
      "SELECT id FROM gt WHERE (tx || '') <> ALL (ARRAY['x', tx]) AND tx::int[] IS NOT NULL",
    ],
  },
  {
    name: 'conditions cheapest first: a cast of an expression costs the expression once, less than ANY over an array column (round 26)',
    setup:
      "CREATE TABLE ga (id int, j jsonb, tag text, tags text[]); INSERT INTO ga VALUES (1, '{\"n\": \"5\"}', 'a', '{a,b}'), (2, '{\"n\": \"x\"}', 'z', '{a,b}');",
    steps: [
      "SELECT id FROM ga WHERE tag = ANY (tags) AND (j ->> 'n')::int > 0",
      "SELECT id FROM ga WHERE tag = ANY (tags) AND (j -> 'n')::int > 0",
      "SELECT id FROM ga WHERE (j ->> 'n') ~ '^[0-9]+$' AND (j ->> 'n')::int > 0 ORDER BY id",
    ],
  },
  {
    name: 'equivalence classes: a join or WHERE equality between columns merges classes, so the subquery is compared with the constant before any row (round 27)',
    setup:
      "CREATE TABLE ec_m (v int); INSERT INTO ec_m VALUES (1), (2); CREATE TABLE ec_t (id bigint, name text); INSERT INTO ec_t VALUES (1, 'a'); CREATE TABLE ec_u (id int PRIMARY KEY, t_id bigint); INSERT INTO ec_u VALUES (1, 1);",
    steps: [
      'SELECT ec_u.id FROM ec_u JOIN ec_t ON ec_t.id = ec_u.t_id WHERE ec_u.t_id = 2 AND ec_t.id = (SELECT v FROM ec_m)',
      'SELECT ec_u.id FROM ec_u, ec_t WHERE ec_t.id = ec_u.t_id AND ec_u.t_id = 2 AND ec_t.id = (SELECT v FROM ec_m)',
      'SELECT ec_u.id FROM ec_u LEFT JOIN ec_t ON ec_t.id = ec_u.t_id WHERE ec_t.id = 2 AND ec_u.t_id = (SELECT v FROM ec_m)',
      'SELECT ec_u.id FROM ec_u JOIN ec_t ON ec_t.id = ec_u.t_id WHERE ec_u.t_id = 1 AND ec_t.id = (SELECT v FROM ec_m WHERE v = 1)',
      {
        sql: 'SELECT count(*) FROM ec_u JOIN ec_t ON ec_t.id = ec_u.t_id WHERE ec_t.id = $1 AND ec_u.t_id = (SELECT v FROM ec_m)',
        params: [3],
      },
    ],
  },
  {
    name: 'one-time filters inside a subquery: a WHERE of filters alone, a CTE no query reads, or filters that hold (round 27)',
    setup:
      "CREATE TABLE sf_m (v int); INSERT INTO sf_m VALUES (1), (2); CREATE TABLE sf_t (id bigint, name text); INSERT INTO sf_t VALUES (1, 'a'); CREATE TABLE sf_e (id int, name text);",
    steps: [
      'SELECT (SELECT id FROM sf_e WHERE (SELECT v FROM sf_m) = 2) AS c',
      'WITH c AS (SELECT id FROM sf_t WHERE id = 2 AND id = (SELECT v FROM sf_m)) SELECT 1 AS x',
      'SELECT (SELECT id FROM sf_t WHERE id = 1 AND id = (SELECT v FROM sf_m WHERE v = 1)) AS c',
      'SELECT EXISTS (SELECT 1 FROM sf_t WHERE id = 2 AND id = (SELECT v FROM sf_m)) AS x',
      'SELECT 1 AS a UNION ALL SELECT id FROM sf_e WHERE (SELECT v FROM sf_m) = 2 LIMIT 1',
    ],
  },
  {
    name: 'conditions cheapest first: = ANY ($1) is costed by the bound array, a condition of constants and stable calls is a one-time filter, a strict call of NULL folds (round 27)',
    setup: "CREATE TABLE qa (id int, y int, name text); INSERT INTO qa VALUES (1, 0, 'abc'), (2, 1, NULL);",
    steps: [
      { sql: 'SELECT id FROM qa WHERE id = ANY ($1) AND 10 / y > 0', params: [[99]] },
      {
        sql: 'SELECT id FROM qa WHERE id = ANY ($1::int[]) AND 10 / y > 0',
        params: [[91, 92, 93, 94, 95, 96, 97, 98, 99]],
      },
      {
        sql: 'SELECT id FROM qa WHERE id = ANY ($1::int[]) AND 10 / y > 0',
        params: [[91, 92, 93, 94, 95, 96, 97, 98]],
      },
      { sql: 'SELECT id FROM qa WHERE id <> ALL ($1::int[]) AND 10 / y > 0', params: [[1, 2]] },
      "SELECT id FROM qa WHERE starts_with(repeat('abc', 2), reverse('%')) AND 1 / y > 0",
      "SELECT id FROM qa WHERE starts_with(name || name, rtrim(NULL::text, ' ')) AND 10 / y > 0",
      "SELECT id FROM qa WHERE strpos(concat('a', NULL), 'abc') > 0 AND 1 / y > 0",
      "SELECT id FROM qa WHERE concat('a', NULL) = 'a' AND 1 / y > 0",
    ],
  },
  {
    name: 'function errors raised as the call runs: extract(minute FROM date) and an unsupported date_trunc unit fail only on a row that reaches them with a value (round 27)',
    setup:
      "CREATE TABLE rt (id int, dt date, ts timestamp, n2 numeric(10,2)); INSERT INTO rt VALUES (1, '2020-01-02', '2020-01-02 03:04:05', 1.50), (2, NULL, NULL, NULL); CREATE TABLE rt_e (id int, dt date, ts timestamp);",
    steps: [
      'SELECT extract(minute FROM dt) AS m FROM rt_e',
      'SELECT extract(minute FROM dt) AS m FROM rt WHERE id = 2',
      'SELECT extract(minute FROM dt) AS m FROM rt ORDER BY id',
      "SELECT extract(hour FROM date '2020-01-01') AS h FROM rt_e",
      'SELECT id FROM rt WHERE id > 5 AND extract(second FROM dt) > 0',
      "SELECT date_trunc('dow', ts) AS d FROM rt WHERE id = 9",
      "SELECT date_trunc('dow', ts) AS d FROM rt ORDER BY id",
      'SELECT extract(minute FROM dt) + nope FROM rt_e',
    ],
  },
  {
    name: "a constant 16+ reads but 15 refuses loses to one 15 converts first: FROM before the select list, the select list before WHERE, an UPDATE's WHERE before its SET (round 28)",
    setup: 'CREATE TABLE acct (id int, opened date)',
    steps: [
      "SELECT '2023-02-29'::date, '0x1F'::int",
      "SELECT '0x1F'::int FROM (SELECT '2023-02-29'::date) s",
      "SELECT '2023-02-29'::date WHERE 1 = '0x1F'::int",
      "SELECT 1 AS x WHERE '2023-02-29'::date IS NULL ORDER BY '0x1F'::int",
      "WITH c AS (SELECT 'abc'::int) SELECT '1_000'::numeric FROM c",
      "UPDATE acct SET id = '0x1F' WHERE opened = '2023-02-29'",
      "SELECT 'zz'::uuid, '0o17'::bigint, '{0b1}'::int[]",
    ],
  },
]);
