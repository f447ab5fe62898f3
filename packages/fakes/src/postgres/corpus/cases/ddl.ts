import { defineGroup } from '../sql-case.js';

const USERS = `
  CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);
  INSERT INTO users VALUES (1, 'a@x.io', NULL), (2, 'b@x.io', NULL);`;

/** What a migration writes: tables, columns, constraints, indexes, views, sequences, types, functions and triggers. */
export const ddlCases = defineGroup('ddl', [
  {
    name: 'CREATE TABLE IF NOT EXISTS on an existing table succeeds',
    setup: USERS,
    steps: ['CREATE TABLE IF NOT EXISTS users (id int)', 'SELECT count(*) FROM users'],
  },
  {
    name: 'ALTER TABLE ADD COLUMN with a default fills existing rows',
    setup: USERS,
    steps: [
      "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active'",
      'SELECT id, status FROM users ORDER BY id',
    ],
  },
  {
    name: 'ADD COLUMN NOT NULL without a default on a non-empty table is 23502',
    setup: USERS,
    steps: ['ALTER TABLE users ADD COLUMN name text NOT NULL'],
  },
  {
    name: 'ADD COLUMN IF NOT EXISTS on an existing column succeeds',
    setup: USERS,
    steps: ['ALTER TABLE users ADD COLUMN IF NOT EXISTS email text', 'SELECT email FROM users WHERE id = 1'],
  },
  {
    name: 'ALTER COLUMN TYPE with USING converts the values',
    setup: "CREATE TABLE m (v text); INSERT INTO m VALUES ('1'), ('22');",
    steps: ['ALTER TABLE m ALTER COLUMN v TYPE int USING v::int', 'SELECT v + 1 AS next FROM m ORDER BY v'],
  },
  {
    name: 'ALTER COLUMN SET DEFAULT and DROP DEFAULT',
    setup: 'CREATE TABLE m (id int, v int);',
    steps: [
      'ALTER TABLE m ALTER COLUMN v SET DEFAULT 7',
      'INSERT INTO m (id) VALUES (1) RETURNING v',
      'ALTER TABLE m ALTER COLUMN v DROP DEFAULT',
      'INSERT INTO m (id) VALUES (2) RETURNING v',
    ],
  },
  {
    name: 'ALTER COLUMN SET NOT NULL over existing NULLs is 23502',
    setup: USERS,
    steps: ['ALTER TABLE users ALTER COLUMN deleted_at SET NOT NULL'],
  },
  {
    name: 'RENAME COLUMN and RENAME TO',
    setup: USERS,
    steps: [
      'ALTER TABLE users RENAME COLUMN email TO mail',
      'ALTER TABLE users RENAME TO members',
      'SELECT mail FROM members WHERE id = 2',
    ],
  },
  {
    name: 'DROP COLUMN removes it from SELECT *',
    setup: USERS,
    steps: ['ALTER TABLE users DROP COLUMN deleted_at', 'SELECT * FROM users WHERE id = 1'],
  },
  {
    name: 'ADD CONSTRAINT UNIQUE names the constraint in later violations',
    setup: USERS,
    steps: [
      'ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email)',
      "INSERT INTO users VALUES (3, 'a@x.io', NULL)",
    ],
  },
  {
    name: 'ADD CONSTRAINT CHECK over existing violating rows is 23514',
    setup: USERS,
    steps: ["ALTER TABLE users ADD CONSTRAINT email_has_plus CHECK (email LIKE '%+%')"],
  },
  {
    name: 'ADD FOREIGN KEY then a violation names it',
    setup: `${USERS} CREATE TABLE posts (id int PRIMARY KEY, author int);`,
    steps: [
      'ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author) REFERENCES users (id)',
      'INSERT INTO posts VALUES (1, 9)',
    ],
  },
  {
    name: 'a partial unique index allows duplicates outside its predicate',
    setup: `${USERS} CREATE UNIQUE INDEX users_live_email ON users (email) WHERE deleted_at IS NULL;`,
    steps: [
      "UPDATE users SET deleted_at = '2024-01-01' WHERE id = 1",
      "INSERT INTO users VALUES (3, 'a@x.io', NULL)",
      "INSERT INTO users VALUES (4, 'a@x.io', NULL)",
    ],
  },
  {
    name: 'a unique index on lower(email) refuses a case variant',
    setup: `${USERS} CREATE UNIQUE INDEX users_email_ci ON users (lower(email));`,
    steps: ["INSERT INTO users VALUES (3, 'A@X.IO', NULL)"],
  },
  {
    name: 'a multi-column unique index names its key in the detail',
    setup:
      'CREATE TABLE slots (day date, room int); CREATE UNIQUE INDEX slots_day_room ON slots (day, room); INSERT INTO slots VALUES ($$2024-01-01$$, 1);',
    steps: ["INSERT INTO slots VALUES ('2024-01-01', 1)"],
  },
  {
    name: 'CREATE INDEX IF NOT EXISTS, CONCURRENTLY and DROP INDEX',
    setup: USERS,
    steps: [
      'CREATE INDEX IF NOT EXISTS users_email_idx ON users (email)',
      'CREATE INDEX IF NOT EXISTS users_email_idx ON users (email)',
      'CREATE INDEX CONCURRENTLY users_deleted_idx ON users (deleted_at)',
      'DROP INDEX users_email_idx',
      "SELECT id FROM users WHERE email = 'b@x.io'",
    ],
  },
  {
    name: 'CREATE VIEW and CREATE OR REPLACE VIEW',
    setup: USERS,
    steps: [
      'CREATE VIEW live_users AS SELECT id, email FROM users WHERE deleted_at IS NULL',
      'UPDATE users SET deleted_at = now() WHERE id = 1',
      'SELECT * FROM live_users',
      'CREATE OR REPLACE VIEW live_users AS SELECT id, email, upper(email) AS shout FROM users WHERE deleted_at IS NULL',
      'SELECT shout FROM live_users',
    ],
  },
  {
    name: 'DROP TABLE IF EXISTS on a missing table succeeds; DROP TABLE is 42P01',
    steps: ['DROP TABLE IF EXISTS nothing_here', 'DROP TABLE nothing_here'],
  },
  {
    name: 'DROP TABLE with a dependent foreign key is 2BP01, CASCADE drops it',
    setup: `${USERS} CREATE TABLE posts (id int PRIMARY KEY, author int REFERENCES users (id));`,
    steps: [
      'DROP TABLE users',
      'DROP TABLE users CASCADE',
      'INSERT INTO posts VALUES (1, 99) RETURNING author',
    ],
  },
  {
    name: 'a table in its own schema, qualified by name',
    steps: [
      'CREATE SCHEMA billing',
      'CREATE TABLE billing.invoices (id int PRIMARY KEY)',
      'INSERT INTO billing.invoices VALUES (1)',
      'SELECT id FROM billing.invoices',
    ],
  },
  {
    name: 'COMMENT ON TABLE and COLUMN',
    setup: USERS,
    steps: ["COMMENT ON TABLE users IS 'people'", "COMMENT ON COLUMN users.email IS 'login'"],
  },
  {
    name: 'CREATE TABLE (LIKE ... INCLUDING ALL) copies columns and defaults',
    setup: "CREATE TABLE src (id int PRIMARY KEY, v text NOT NULL DEFAULT 'x');",
    steps: [
      'CREATE TABLE dst (LIKE src INCLUDING ALL)',
      'INSERT INTO dst (id) VALUES (1) RETURNING v',
      'INSERT INTO dst (id) VALUES (1)',
    ],
  },
  {
    name: 'a materialized view holds its data until REFRESH',
    setup: USERS,
    steps: [
      'CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users',
      "INSERT INTO users VALUES (3, 'c@x.io', NULL)",
      'SELECT n FROM user_count',
      'REFRESH MATERIALIZED VIEW user_count',
      'SELECT n FROM user_count',
    ],
  },
  {
    name: 'an updated_at trigger in plpgsql sets the column on UPDATE',
    setup: `CREATE TABLE docs (id int PRIMARY KEY, body text, updated_at timestamptz);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.updated_at := '2030-01-01 00:00+00'; RETURN NEW; END $$;
            CREATE TRIGGER docs_touch BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION touch();
            INSERT INTO docs VALUES (1, 'a', NULL);`,
    steps: ["UPDATE docs SET body = 'b' RETURNING updated_at"],
  },
  {
    name: 'a SQL function created by a migration is callable',
    setup:
      'CREATE FUNCTION add_vat(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round($1 * 1.2, 2) $$;',
    steps: ['SELECT add_vat(10) AS gross'],
  },
  {
    name: 'ALTER TYPE ... ADD VALUE extends an enum',
    setup: "CREATE TYPE status AS ENUM ('new', 'done'); CREATE TABLE tasks (s status);",
    steps: [
      "ALTER TYPE status ADD VALUE 'doing' BEFORE 'done'",
      "INSERT INTO tasks VALUES ('done'), ('doing'), ('new')",
      'SELECT s FROM tasks ORDER BY s',
    ],
  },
  {
    name: 'TRUNCATE ... RESTART IDENTITY resets the serial',
    setup: "CREATE TABLE logs (id serial PRIMARY KEY, m text); INSERT INTO logs (m) VALUES ('a'), ('b');",
    steps: ['TRUNCATE logs RESTART IDENTITY', "INSERT INTO logs (m) VALUES ('c') RETURNING id"],
  },
  {
    name: 'CREATE EXTENSION IF NOT EXISTS for an installed extension is a no-op',
    steps: ['CREATE EXTENSION IF NOT EXISTS plpgsql', 'SELECT 1 AS ok'],
  },
  {
    name: 'a table with a composite primary key and a column default of now()',
    steps: [
      'CREATE TABLE memberships (org int, usr int, joined timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (org, usr))',
      'INSERT INTO memberships (org, usr) VALUES (1, 1) RETURNING joined IS NOT NULL AS stamped',
      'INSERT INTO memberships (org, usr) VALUES (1, 1)',
    ],
  },
  {
    name: 'DROP COLUMN used by an index drops the index too',
    setup: `${USERS} CREATE INDEX users_email_idx ON users (email);`,
    steps: [
      'ALTER TABLE users DROP COLUMN email',
      "SELECT count(*) FROM pg_indexes WHERE indexname = 'users_email_idx'",
    ],
  },
  {
    name: 'a sequence with a negative increment counts down from -1, and START must lie within its bounds (22023)',
    setup: 'CREATE SEQUENCE d INCREMENT BY -1;',
    steps: [
      "SELECT nextval('d') AS a, nextval('d') AS b",
      'CREATE SEQUENCE e INCREMENT BY -2 START 10',
      'CREATE SEQUENCE f START 0',
      'CREATE SEQUENCE g INCREMENT BY 0',
    ],
  },
  {
    name: 'setval takes is_called and rejects a value outside the sequence bounds (22003)',
    setup: 'CREATE SEQUENCE q;',
    steps: [
      "SELECT setval('q', 5, false) AS s, nextval('q') AS n",
      "SELECT setval('q', 10, true) AS s, nextval('q') AS n",
      "SELECT setval('q', 0)",
      "SELECT setval('q', -5)",
    ],
  },
  {
    name: 'a serial column sequence stops at the integer maximum (22003 for setval, 2200H for nextval)',
    setup: 'CREATE TABLE s (id serial PRIMARY KEY, v text);',
    steps: [
      "SELECT setval('s_id_seq', 3000000000)",
      "SELECT setval('s_id_seq', 2147483646)",
      "INSERT INTO s (v) VALUES ('a') RETURNING id",
      "INSERT INTO s (v) VALUES ('b') RETURNING id",
      'SELECT count(*) FROM s',
    ],
  },
  {
    name: "PostgreSQL's catalogs answer in every database: pg_tables, pg_indexes, information_schema.columns",
    setup: `CREATE TABLE e (id int PRIMARY KEY, name varchar(20) NOT NULL, n numeric);
            CREATE INDEX e_n ON e (n);`,
    steps: [
      "SELECT count(*) FROM pg_tables WHERE tablename IN ('e', 'missing')",
      "SELECT indexname FROM pg_indexes WHERE tablename = 'e' ORDER BY indexname",
      "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'e' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'float8, int2 and decimal(p,s) are column types too, with their ranges and scale',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, v float8, s int2, d decimal(8,2), a float8[])',
    steps: [
      "INSERT INTO t VALUES (1, 1.5, 7, 3.14159, '{1.5,2}') RETURNING *",
      'SELECT v * 2 AS v2, s + 1 AS s1, d FROM t',
      'INSERT INTO t VALUES (2, 1, 40000, 1, NULL)',
      'INSERT INTO t VALUES (3, 1, 1, 1234567.1, NULL)',
    ],
  },
  {
    name: 'ADD CONSTRAINT ... FOREIGN KEY checks the rows already in the table (23503)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, p_id int); INSERT INTO c VALUES (1, 7);',
    steps: ['ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE'],
  },
  {
    name: "information_schema's columns reach a client as their domains' base types, even with no rows",
    steps: [
      "SELECT table_name, table_type FROM information_schema.tables WHERE table_name = 'nope'",
      "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'nope'",
      "SELECT * FROM information_schema.tables WHERE table_name = 'nope'",
    ],
  },
  {
    name: 'GENERATED ALWAYS AS (expr) needs STORED',
    steps: ['CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2))'],
  },
  {
    name: 'STORAGE in a column definition, SET STATISTICS DEFAULT and SET EXPRESSION are syntax errors',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: [
      'CREATE TABLE s (a text STORAGE EXTERNAL)',
      'ALTER TABLE items ALTER COLUMN qty SET STATISTICS DEFAULT',
      'ALTER TABLE items ALTER COLUMN qty SET EXPRESSION AS (1)',
    ],
  },
  {
    name: 'a CHECK NOT ENFORCED and a table NOT NULL constraint are syntax errors',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: [
      'ALTER TABLE items ADD CONSTRAINT c CHECK (qty > 0) NOT ENFORCED',
      'ALTER TABLE items ADD CONSTRAINT nn NOT NULL qty',
    ],
  },
  {
    name: 'CREATE STATISTICS without a name is a syntax error',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: ['CREATE STATISTICS ON id, qty FROM items'],
  },
  {
    name: 'VACUUM and ANALYZE reject 16+ options',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: ['VACUUM (BUFFER_USAGE_LIMIT 0) items', 'ANALYZE (SKIP_DATABASE_STATS) items'],
  },
  {
    name: 'EXPLAIN rejects GENERIC_PLAN, MEMORY and SERIALIZE',
    steps: [
      'EXPLAIN (GENERIC_PLAN) SELECT 1',
      'EXPLAIN (MEMORY) SELECT 1',
      'EXPLAIN (ANALYZE, SERIALIZE) SELECT 1',
    ],
  },
  {
    name: 'pg_stat_io, pg_stat_checkpointer and pg_wait_events do not exist',
    steps: [
      'SELECT count(*) FROM pg_stat_io',
      'SELECT count(*) FROM pg_stat_checkpointer',
      'SELECT count(*) FROM pg_wait_events',
    ],
  },
  {
    name: 'GRANT ... WITH INHERIT and GRANT MAINTAIN are rejected',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: [
      'GRANT pg_read_all_data TO CURRENT_USER WITH INHERIT TRUE',
      'GRANT MAINTAIN ON items TO CURRENT_USER',
    ],
  },
  {
    name: 'an unnamed CHECK on a long table and column cuts both names to fit 63 bytes',
    setup:
      'CREATE TABLE a_very_long_table_name_that_goes_on_and_on_and_on_forever (a_very_long_column_name_that_also_goes_on_and_on int CHECK (a_very_long_column_name_that_also_goes_on_and_on > 0))',
    steps: ['INSERT INTO a_very_long_table_name_that_goes_on_and_on_and_on_forever VALUES (0)'],
  },
  {
    name: 'DROP NOT NULL on a primary key column fails with 42P16, on an identity column with 42601',
    setup:
      'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY)',
    steps: ['ALTER TABLE p ALTER COLUMN b DROP NOT NULL', 'ALTER TABLE i ALTER COLUMN id DROP NOT NULL'],
  },
  {
    name: 'a DEFAULT is checked against its column type when the table is created',
    steps: ["CREATE TABLE x (a int DEFAULT 'abc')", 'CREATE TABLE y (a int DEFAULT true)'],
  },
  {
    name: "a DEFAULT written as text is read by the column type's input ('yes' is true, '{}' an object)",
    setup: "CREATE TABLE z (id int, ok bool DEFAULT 'yes', d jsonb NOT NULL DEFAULT '{}')",
    steps: ['INSERT INTO z (id) VALUES (1) RETURNING ok, d'],
  },
  {
    name: 'renaming a table to its own or another relation name fails with 42P07',
    setup: 'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE q (id int)',
    steps: ['ALTER TABLE p RENAME TO p', 'ALTER TABLE p RENAME TO q', 'ALTER TABLE p RENAME TO p_pkey'],
  },
  {
    name: 'DROP TABLE drops the sequence of its serial column, so the table can be created again',
    setup: 'CREATE TABLE x (id serial, v int)',
    steps: [
      'DROP TABLE x',
      "SELECT nextval('x_id_seq')",
      'CREATE TABLE x (id serial, v int)',
      'INSERT INTO x (v) VALUES (1) RETURNING id',
    ],
  },
  {
    name: 'COMMENT ON checks that the table and column exist',
    setup: 'CREATE TABLE x (a int)',
    steps: [
      "COMMENT ON TABLE nope IS 'c'",
      "COMMENT ON COLUMN x.nope IS 'c'",
      "COMMENT ON COLUMN x.a IS 'c'",
    ],
  },
  {
    name: "CREATE SEQUENCE in a rolled-back transaction is gone, and a table cannot take a sequence's name",
    steps: [
      'BEGIN',
      'CREATE SEQUENCE gone_seq',
      'ROLLBACK',
      "SELECT nextval('gone_seq')",
      'CREATE SEQUENCE kept_seq',
      'CREATE TABLE kept_seq (id int)',
      "SELECT nextval('kept_seq') AS v",
    ],
  },
  {
    name: 'nextval of a table is 42809, not a missing relation',
    setup: 'CREATE TABLE plain (id int)',
    steps: ["SELECT nextval('plain')"],
  },
  {
    name: "a DEFAULT now() is the inserting transaction's start",
    setup: 'CREATE TABLE stamped (id int, at timestamptz NOT NULL DEFAULT now())',
    steps: [
      'BEGIN',
      'INSERT INTO stamped (id) VALUES (1)',
      'SELECT at = now() AS same_transaction FROM stamped',
      'COMMIT',
      // A pause, so a later transaction's now() is later on every clock (PGlite's counts milliseconds).
      { pauseMs: 20 },
      'SELECT at = now() AS later_statement FROM stamped',
    ],
  },
  {
    name: 'a temporary sequence and a temporary view are invisible to another connection',
    setup: 'CREATE TABLE base (x int)',
    steps: [
      'CREATE TEMP SEQUENCE ts',
      'CREATE TEMP VIEW tv AS SELECT x FROM base',
      {
        sql: "SELECT nextval('ts') AS n",
        client: 'second',
      },
      {
        sql: 'SELECT * FROM tv',
        client: 'second',
      },
      "SELECT nextval('ts') AS n",
    ],
  },
  {
    name: 'a table created in pg_temp is the creating connection’s temporary table',
    steps: [
      'CREATE TABLE pg_temp.scratch (x int)',
      'SELECT count(*) AS n FROM scratch',
      {
        sql: 'SELECT count(*) AS n FROM scratch',
        client: 'second',
      },
    ],
  },
]);
