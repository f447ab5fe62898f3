import { defineGroup } from '../sql-case.js';

/** An accounts table with rows, as a migration finds it: defaults, a serial key, NOT NULL columns. */
const ACCOUNTS =
  "CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL, plan text DEFAULT 'free', credits int NOT NULL DEFAULT 0, created_at timestamptz NOT NULL DEFAULT '2026-01-01 00:00:00+00');\nINSERT INTO accounts (email, credits) VALUES ('a@x', 5), ('b@x', 0), ('c@x', 12);";

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
  {
    name: 'ON DELETE RESTRICT and ON UPDATE RESTRICT violations are 23503, the key "still referenced"',
    setup: `CREATE TABLE parent (id int PRIMARY KEY);
            CREATE TABLE child (pid int REFERENCES parent ON DELETE RESTRICT ON UPDATE RESTRICT);
            INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1);`,
    steps: ['DELETE FROM parent WHERE id = 1', 'UPDATE parent SET id = 2 WHERE id = 1'],
  },
  {
    name: 'a foreign key between columns of incompatible types is 42804, naming both columns',
    setup: 'CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES parent)',
    steps: ['CREATE TABLE child (pid text REFERENCES parent)', 'ALTER TABLE c ALTER COLUMN pid TYPE text'],
  },
  {
    name: 'an index on a view and ADD COLUMN on a view are 42809, with the detail naming views',
    setup: 'CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t',
    steps: ['CREATE INDEX v_a ON v (a)', 'ALTER TABLE v ADD COLUMN z int'],
  },
  {
    name: 'schema names starting with pg_ are reserved (42939)',
    setup: 'CREATE SCHEMA s',
    steps: ['CREATE SCHEMA pg_mine', 'ALTER SCHEMA s RENAME TO pg_s'],
  },
  {
    name: 'pg_constraint holds no NOT NULL constraints: NOT NULL is the column attnotnull',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int CONSTRAINT b_positive CHECK (b > 0))',
    steps: [
      "SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname",
      "SELECT c.conname FROM pg_catalog.pg_constraint c JOIN pg_class r ON r.oid = c.conrelid WHERE r.relname = 't' AND c.contype NOT IN ('p', 'c')",
      "SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
    ],
  },
  {
    name: 'information_schema.constraint_column_usage and domain_constraints list no NOT NULL constraints',
    setup: `CREATE DOMAIN nn AS int NOT NULL CHECK (VALUE > 0);
            CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int CONSTRAINT b_positive CHECK (b > 0));`,
    steps: [
      "SELECT table_name, column_name, constraint_name FROM information_schema.constraint_column_usage WHERE table_schema = 'public' ORDER BY 3, 2",
      "SELECT count(*) FROM information_schema.domain_constraints WHERE domain_name = 'nn'",
    ],
  },
  {
    name: "information_schema.check_constraints shows a CHECK's clause in double parentheses, and each NOT NULL column",
    setup: 'CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int CONSTRAINT b_positive CHECK (b > 0))',
    steps: [
      "SELECT check_clause FROM information_schema.check_constraints WHERE constraint_schema = 'public' ORDER BY 1",
    ],
  },
  {
    name: 'a CHECK reading a subquery is 0A000 when the table is created',
    steps: ['CREATE TABLE t (v int CHECK (v > (SELECT 1)))'],
  },
  {
    name: 'a column named like a system column (xmin, ctid) is 42701',
    setup: 'CREATE TABLE t (a int)',
    steps: ['CREATE TABLE u (xmin int)', 'ALTER TABLE t ADD COLUMN ctid int'],
  },
  {
    name: 'CREATE INDEX USING an unknown access method is 42704',
    setup: 'CREATE TABLE t (a int)',
    steps: ['CREATE INDEX t_a ON t USING nope (a)', 'CREATE INDEX t_a ON t USING btree (a)'],
  },
  {
    name: 'CREATE and DROP INDEX CONCURRENTLY inside a transaction block are 25001',
    setup: 'CREATE TABLE t (a int); CREATE INDEX t_b ON t (a)',
    steps: [
      'BEGIN',
      'CREATE INDEX CONCURRENTLY t_a ON t (a)',
      'ROLLBACK',
      'BEGIN',
      'DROP INDEX CONCURRENTLY t_b',
      'ROLLBACK',
      'DROP INDEX CONCURRENTLY t_b',
    ],
  },
  {
    name: 'a sequence reads as a one-row relation',
    setup: 'CREATE SEQUENCE s',
    steps: ["SELECT nextval('s')", 'SELECT last_value, is_called FROM s'],
  },
  {
    name: 'a table named pg_class in public does not hide the catalog, which comes first in the search path',
    steps: ['CREATE TABLE pg_class (a int)', 'SELECT count(*) > 1 AS catalog FROM pg_class'],
  },
  {
    name: 'a DEFAULT longer than its varchar(n) is kept, and fails each INSERT that uses it (22001)',
    setup: "CREATE TABLE p (id int, v varchar(2) DEFAULT 'abc')",
    steps: ['INSERT INTO p (id) VALUES (1)', "INSERT INTO p VALUES (2, 'ab') RETURNING v"],
  },
  {
    name: 'UNIQUE NULLS NOT DISTINCT refuses a second NULL key',
    setup: 'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
    steps: ['INSERT INTO t VALUES (1, NULL)', 'INSERT INTO t VALUES (1, NULL)'],
  },
  {
    name: 'ON DELETE CASCADE and ON DELETE SET NULL reach the referencing rows',
    setup: `CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1), (2);
            CREATE TABLE gone (pid int REFERENCES parent ON DELETE CASCADE);
            CREATE TABLE kept (pid int REFERENCES parent ON DELETE SET NULL);
            INSERT INTO gone VALUES (1), (2); INSERT INTO kept VALUES (1), (2);`,
    steps: [
      'DELETE FROM parent WHERE id = 1',
      'SELECT pid FROM gone ORDER BY pid',
      'SELECT pid FROM kept ORDER BY pid NULLS FIRST',
    ],
  },
  {
    name: 'a DEFERRABLE INITIALLY DEFERRED foreign key is checked at COMMIT',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (pid int REFERENCES parent DEFERRABLE INITIALLY DEFERRED)',
    steps: [
      'BEGIN',
      'INSERT INTO child VALUES (1)',
      'INSERT INTO parent VALUES (1)',
      'COMMIT',
      'BEGIN',
      'INSERT INTO child VALUES (2)',
      'COMMIT',
    ],
  },
  {
    name: 'a list-partitioned table routes each row to its partition, and refuses one with none (23514)',
    setup: `CREATE TABLE l (region text, v int) PARTITION BY LIST (region);
            CREATE TABLE l_eu PARTITION OF l FOR VALUES IN ('fr', 'de');
            CREATE TABLE l_us PARTITION OF l FOR VALUES IN ('us');`,
    steps: [
      "INSERT INTO l VALUES ('fr', 1), ('us', 2)",
      'SELECT tableoid::regclass AS part, region FROM l ORDER BY region',
      "INSERT INTO l VALUES ('jp', 3)",
    ],
  },
  {
    name: 'WITHOUT OVERLAPS, SET STORAGE DEFAULT and ALTER CONSTRAINT ... NO INHERIT are errors',
    setup: 'CREATE TABLE t (a text, b int CONSTRAINT ck CHECK (b > 0))',
    steps: [
      'CREATE TABLE k (id int, valid daterange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))',
      'ALTER TABLE t ALTER COLUMN a SET STORAGE DEFAULT',
      'ALTER TABLE t ALTER CONSTRAINT ck NO INHERIT',
    ],
  },
  {
    name: 'a partitioned table cannot have an exclusion constraint (0A000)',
    steps: ['CREATE TABLE m (k int, EXCLUDE USING btree (k WITH =)) PARTITION BY RANGE (k)'],
  },
  {
    name: "pg_get_viewdef and pg_views qualify a one-table view's columns with the table name",
    setup: 'CREATE TABLE a (id int, x int); CREATE VIEW v AS SELECT id FROM a WHERE x > 0',
    steps: [
      "SELECT pg_get_viewdef('v'::regclass) AS d",
      "SELECT definition FROM pg_views WHERE viewname = 'v'",
      "SELECT count(*) FROM pg_views WHERE viewname = 'v'",
    ],
  },
  {
    name: 'a NOT NULL is no constraint of its own: DROP, RENAME and COMMENT ON CONSTRAINT <table>_<column>_not_null find none',
    setup: 'CREATE TABLE t (a int NOT NULL, b int)',
    steps: [
      'ALTER TABLE t DROP CONSTRAINT t_a_not_null',
      { sql: 'ALTER TABLE t DROP CONSTRAINT t_a_not_null', params: [] },
      'ALTER TABLE t DROP CONSTRAINT IF EXISTS t_a_not_null',
      'ALTER TABLE t RENAME CONSTRAINT t_a_not_null TO x',
      "COMMENT ON CONSTRAINT t_a_not_null ON t IS 'x'",
      'ALTER TABLE t ALTER COLUMN b SET NOT NULL; ALTER TABLE t DROP CONSTRAINT t_b_not_null',
      'INSERT INTO t VALUES (NULL, 1)',
    ],
  },
  {
    name: 'a constraint can be named <table>_<column>_not_null beside that NOT NULL column',
    setup: 'CREATE TABLE t (a int NOT NULL)',
    steps: [
      'ALTER TABLE t ADD CONSTRAINT t_a_not_null CHECK (a > 0)',
      "SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass",
      'INSERT INTO t VALUES (-1)',
      'ALTER TABLE t DROP CONSTRAINT t_a_not_null',
      'INSERT INTO t VALUES (-1)',
      'INSERT INTO t VALUES (NULL)',
    ],
  },
  {
    name: "a NOT NULL's own name is dropped: it clashes with nothing and DROP CONSTRAINT of it finds none",
    setup: 'CREATE DOMAIN d AS int CONSTRAINT d_nn NOT NULL',
    steps: [
      'CREATE TABLE t (a int CONSTRAINT c1 NOT NULL, b int CONSTRAINT c1 NOT NULL, c int CONSTRAINT c2 NOT NULL CONSTRAINT c2 CHECK (c > 0))',
      'ALTER TABLE t DROP CONSTRAINT c1',
      'ALTER DOMAIN d DROP CONSTRAINT d_nn',
      'ALTER DOMAIN d DROP CONSTRAINT IF EXISTS d_nn',
      'SELECT NULL::d',
    ],
  },
  {
    name: 'information_schema.table_constraints names a NOT NULL after the schema and table oids and the column number',
    setup:
      'CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name varchar(80)); CREATE TABLE orders (id uuid PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE, total numeric(12,2) NOT NULL CHECK (total >= 0), note text)',
    steps: [
      "SELECT table_name, regexp_replace(constraint_name, '^[0-9]+_[0-9]+_', '') AS name, constraint_type, is_deferrable FROM information_schema.table_constraints WHERE table_schema = 'public' ORDER BY table_name, name",
    ],
  },
  {
    name: 'information_schema.key_column_usage and referential_constraints describe keys and foreign keys',
    setup:
      'CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name varchar(80)); CREATE TABLE orders (id uuid PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE, total numeric(12,2) NOT NULL CHECK (total >= 0), note text)',
    steps: [
      "SELECT constraint_name, table_name, column_name, ordinal_position, position_in_unique_constraint FROM information_schema.key_column_usage WHERE table_schema = 'public' ORDER BY constraint_name, ordinal_position",
      "SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = 'public'",
    ],
  },
  {
    name: 'information_schema.columns reports nullability, types, lengths and defaults',
    setup:
      'CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name varchar(80)); CREATE TABLE orders (id uuid PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE, total numeric(12,2) NOT NULL CHECK (total >= 0), note text)',
    steps: [
      "SELECT table_name, column_name, is_nullable, data_type, character_maximum_length, numeric_precision, numeric_scale, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
    ],
  },
  {
    name: 'REFERENCES without a column list references the primary key (42704 without one)',
    setup:
      "CREATE TABLE parent (id int PRIMARY KEY, note text DEFAULT 'x');\n      CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent ON DELETE CASCADE);\n      INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1);",
    steps: [
      'INSERT INTO child VALUES (2, 9)',
      'DELETE FROM parent',
      'SELECT count(*) FROM child',
      'CREATE TABLE u (a int UNIQUE)',
      'CREATE TABLE d (a int REFERENCES u)',
      'CREATE TABLE e (a int, b int, FOREIGN KEY (a, b) REFERENCES parent)',
    ],
  },
  {
    name: 'DEFERRABLE INITIALLY DEFERRED foreign keys are refused on pg-mem (checked at COMMIT by PostgreSQL)',
    setup: 'CREATE TABLE p (id int PRIMARY KEY)',
    steps: [
      'CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
      'BEGIN',
      'INSERT INTO c VALUES (1)',
      'COMMIT',
    ],
  },
  {
    name: "a column's default statistics target reads -1, as PostgreSQL 15 stores it",
    setup: 'CREATE TABLE t (a int, b text)',
    steps: [
      "SELECT attname, attstattarget, attndims FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
    ],
  },
  {
    name: "a table's dependencies list no not-null constraints",
    setup: 'CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)',
    steps: [
      "SELECT count(*)::int AS n FROM pg_depend WHERE classid = 'pg_constraint'::regclass AND refobjid = 't'::regclass",
    ],
  },
  {
    name: "a granted table's ACL lists no MAINTAIN privilege",
    setup: 'CREATE TABLE t (a int)',
    steps: [
      'GRANT SELECT ON t TO PUBLIC',
      "SELECT a.privilege_type FROM pg_class c, aclexplode(c.relacl) a WHERE c.relname = 't' ORDER BY 1",
    ],
  },
  {
    name: 'ALTER TABLE ADD COLUMN varchar(n): information_schema.columns lists its type, length and nullability after the others',
    setup: ACCOUNTS,
    steps: [
      'ALTER TABLE accounts ADD COLUMN nickname varchar(40)',
      "SELECT column_name, data_type, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'accounts' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'ADD COLUMN ... NOT NULL without a default fails with 23502 on a table that has rows',
    setup: ACCOUNTS,
    steps: ['ALTER TABLE accounts ADD COLUMN tier text NOT NULL'],
  },
  {
    name: 'ALTER COLUMN ... SET NOT NULL fails with 23502 while a row holds NULL',
    setup: ACCOUNTS,
    steps: [
      'UPDATE accounts SET plan = NULL WHERE id = 1',
      'ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL',
    ],
  },
  {
    name: 'ALTER COLUMN ... TYPE bigint keeps the values and information_schema reports the new type',
    setup: ACCOUNTS,
    steps: [
      'ALTER TABLE accounts ALTER COLUMN credits TYPE bigint',
      "SELECT column_name, data_type, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'accounts' ORDER BY ordinal_position",
      'SELECT credits FROM accounts ORDER BY id',
    ],
  },
  {
    name: 'ALTER COLUMN text ... TYPE int without USING is 42804 with a hint',
    setup: ACCOUNTS,
    steps: ['ALTER TABLE accounts ALTER COLUMN plan TYPE int'],
  },
  {
    name: 'ALTER COLUMN ... TYPE varchar(3) over longer values fails with 22001',
    setup: ACCOUNTS,
    steps: ["UPDATE accounts SET plan = 'premium'", 'ALTER TABLE accounts ALTER COLUMN plan TYPE varchar(3)'],
  },
  {
    name: 'ALTER COLUMN ... TYPE boolean USING an expression converts each row',
    setup: ACCOUNTS,
    steps: [
      "ALTER TABLE accounts ALTER COLUMN plan TYPE boolean USING plan = 'pro'",
      'SELECT plan FROM accounts ORDER BY id',
    ],
  },
  {
    name: 'ADD CONSTRAINT ... UNIQUE over duplicate values fails with 23505 naming the key',
    setup: ACCOUNTS,
    steps: [
      "INSERT INTO accounts (email) VALUES ('a@x')",
      'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email)',
    ],
  },
  {
    name: 'a CHECK added NOT VALID skips existing rows, binds new writes, and VALIDATE CONSTRAINT then fails on the old row',
    setup: ACCOUNTS,
    steps: [
      'UPDATE accounts SET credits = -1 WHERE id = 2',
      'ALTER TABLE accounts ADD CONSTRAINT credits_nonneg CHECK (credits >= 0) NOT VALID',
      'UPDATE accounts SET credits = -2 WHERE id = 1',
      'ALTER TABLE accounts VALIDATE CONSTRAINT credits_nonneg',
    ],
  },
  {
    name: 'ADD FOREIGN KEY over a row with no parent fails with 23503',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE sessions (id serial PRIMARY KEY, account_id bigint)',
      'INSERT INTO sessions (account_id) VALUES (42)',
      'ALTER TABLE sessions ADD CONSTRAINT sessions_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)',
    ],
  },
  {
    name: 'REFERENCES a column with no unique constraint is 42830',
    setup: ACCOUNTS,
    steps: ['CREATE TABLE sessions (id serial PRIMARY KEY, email text REFERENCES accounts (email))'],
  },
  {
    name: 'a second PRIMARY KEY on a table is 42P16',
    setup: ACCOUNTS,
    steps: ['ALTER TABLE accounts ADD PRIMARY KEY (email)'],
  },
  {
    name: 'a composite primary key refuses a duplicate pair with 23505 and a NULL part with 23502',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE memberships (account_id bigint, team_id int, role text, PRIMARY KEY (account_id, team_id))',
      "INSERT INTO memberships VALUES (1, 1, 'a'), (1, 2, 'b')",
      "INSERT INTO memberships VALUES (1, 1, 'c')",
      "INSERT INTO memberships VALUES (NULL, 1, 'c')",
    ],
  },
  {
    name: 'a unique index on lower(email) refuses an address differing only in case',
    setup: ACCOUNTS,
    steps: [
      'CREATE UNIQUE INDEX accounts_lower_email ON accounts (lower(email))',
      "INSERT INTO accounts (email) VALUES ('A@X')",
    ],
  },
  {
    name: 'GENERATED ALWAYS AS IDENTITY refuses an explicit id with 428C9 unless OVERRIDING SYSTEM VALUE',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE ev (id int GENERATED ALWAYS AS IDENTITY, k text)',
      "INSERT INTO ev (id, k) VALUES (1, 'a')",
      "INSERT INTO ev (id, k) OVERRIDING SYSTEM VALUE VALUES (7, 'a') RETURNING id",
      "INSERT INTO ev (k) VALUES ('b') RETURNING id",
    ],
  },
  {
    name: 'an identity column with START and INCREMENT numbers rows so and information_schema reports it',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE ev (id int GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 5), k text)',
      "INSERT INTO ev (k) VALUES ('a'), ('b') RETURNING id",
      "SELECT column_name, is_identity, identity_generation, identity_start, identity_increment FROM information_schema.columns WHERE table_name = 'ev' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'one ALTER TABLE adds two columns and drops a third',
    setup: ACCOUNTS,
    steps: [
      "ALTER TABLE accounts ADD COLUMN a int, ADD COLUMN b text DEFAULT 'x', DROP COLUMN plan",
      "SELECT column_name, data_type, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'accounts' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'TRUNCATE of a table another references is 0A000 without CASCADE',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE sessions (id serial PRIMARY KEY, account_id bigint REFERENCES accounts (id))',
      'TRUNCATE accounts',
    ],
  },
  {
    name: 'a DEFERRABLE INITIALLY DEFERRED unique constraint lets an UPDATE shift every key through a transient duplicate',
    setup: ACCOUNTS,
    steps: [
      'ALTER TABLE accounts ADD CONSTRAINT u_credits UNIQUE (credits) DEFERRABLE INITIALLY DEFERRED',
      'BEGIN',
      'UPDATE accounts SET credits = credits + 5',
      'COMMIT',
      'SELECT credits FROM accounts ORDER BY id',
    ],
  },
  {
    name: 'ON UPDATE CASCADE carries a changed parent key to the child rows',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE sessions (id serial PRIMARY KEY, account_id bigint REFERENCES accounts (id) ON UPDATE CASCADE)',
      'INSERT INTO sessions (account_id) VALUES (1)',
      'UPDATE accounts SET id = 50 WHERE id = 1',
      'SELECT account_id FROM sessions',
    ],
  },
  {
    name: 'ON DELETE SET DEFAULT puts the column default in the child rows',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE sessions (id serial PRIMARY KEY, account_id bigint DEFAULT 3 REFERENCES accounts (id) ON DELETE SET DEFAULT)',
      'INSERT INTO sessions (account_id) VALUES (1)',
      'DELETE FROM accounts WHERE id = 1',
      'SELECT account_id FROM sessions',
    ],
  },
  {
    name: 'numeric(6,2) rounds half away from zero on insert',
    setup: ACCOUNTS,
    steps: [
      'CREATE TABLE t (p numeric(6,2))',
      'INSERT INTO t VALUES (1.005), (2.344), (-1.005)',
      'SELECT p FROM t',
    ],
  },
  {
    name: 'a smallint column refuses 40000 with 22003',
    setup: ACCOUNTS,
    steps: ['CREATE TABLE t (s smallint)', 'INSERT INTO t VALUES (40000)'],
  },
  {
    name: 'GRANT MAINTAIN and ALTER DEFAULT PRIVILEGES ... MAINTAIN are syntax errors in 15',
    setup: 'CREATE TABLE t (a int);',
    steps: ['GRANT MAINTAIN ON t TO PUBLIC', 'ALTER DEFAULT PRIVILEGES GRANT MAINTAIN ON TABLES TO PUBLIC'],
  },
  {
    name: 'CREATE COLLATION knows neither the builtin provider (42P17) nor ICU rules (42601)',
    steps: [
      "CREATE COLLATION b (provider = builtin, locale = 'C')",
      "CREATE COLLATION r (provider = icu, locale = 'und', rules = '&a < b')",
    ],
  },
  {
    name: 'a function in an index expression resolves unqualified names on the session search_path',
    setup:
      "CREATE TABLE t (a int); INSERT INTO t VALUES (1); CREATE FUNCTION helper(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1'; CREATE FUNCTION f(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS 'BEGIN RETURN helper($1); END';",
    steps: ['CREATE INDEX t_f ON t (f(a))'],
  },
  {
    name: 'fk self reference',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, parent int REFERENCES t(id) ON DELETE CASCADE); INSERT INTO t VALUES (1,NULL),(2,1),(3,2);',
    steps: ['DELETE FROM t WHERE id = 1', 'SELECT count(*) FROM t'],
  },
  {
    name: 'identity by default',
    setup: 'CREATE TABLE i (id int GENERATED BY DEFAULT AS IDENTITY, v text);',
    steps: ["INSERT INTO i VALUES (10, 'c') RETURNING *", "INSERT INTO i (v) VALUES ('d') RETURNING *"],
  },
  {
    name: 'identity with default',
    steps: ['CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY DEFAULT 1)'],
  },
  {
    name: 'serial with default',
    steps: ['CREATE TABLE t (id serial DEFAULT 1)'],
  },
]);
