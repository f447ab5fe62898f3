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
  { name: 'currval before nextval error', steps: ['CREATE SEQUENCE s', "SELECT currval('s')"] },
  {
    name: 'sequence increment and start',
    steps: ['CREATE SEQUENCE s START 5 INCREMENT 3', "SELECT nextval('s') AS a, nextval('s') AS b"],
  },
  {
    name: 'sequence negative increment',
    steps: ['CREATE SEQUENCE s INCREMENT -1', "SELECT nextval('s') AS a, nextval('s') AS b"],
  },
  { name: 'nextval missing sequence error', steps: ["SELECT nextval('nope')"] },
  {
    name: 'sequence rolled back still advanced',
    steps: ['CREATE SEQUENCE s', 'BEGIN', "SELECT nextval('s')", 'ROLLBACK', "SELECT nextval('s') AS n"],
  },
  {
    name: 'alter table add existing column error',
    setup: 'CREATE TABLE t (a int);',
    steps: ['ALTER TABLE t ADD COLUMN a int'],
  },
  {
    name: 'alter column drop default',
    setup: 'CREATE TABLE t (a int DEFAULT 1);',
    steps: ['ALTER TABLE t ALTER COLUMN a DROP DEFAULT', 'INSERT INTO t DEFAULT VALUES RETURNING a'],
  },
  {
    name: 'create index duplicate name error',
    setup: 'CREATE TABLE t (a int);',
    steps: ['CREATE INDEX t_a_idx ON t (a)', 'CREATE INDEX t_a_idx ON t (a)'],
  },
  {
    name: 'column default jsonb',
    setup: "CREATE TABLE t (a int, b jsonb DEFAULT '{}'::jsonb);",
    steps: ['INSERT INTO t (a) VALUES (1) RETURNING b'],
  },
  {
    name: 'bigserial returns string',
    setup: 'CREATE TABLE t (id bigserial PRIMARY KEY);',
    steps: ['INSERT INTO t DEFAULT VALUES RETURNING id'],
  },
  {
    name: 'numeric precision only',
    setup: 'CREATE TABLE t (n numeric(3));',
    steps: ['INSERT INTO t VALUES (12.7) RETURNING n'],
  },
  {
    name: 'character varying alias',
    setup: 'CREATE TABLE t (a character varying(5));',
    steps: ["INSERT INTO t VALUES ('ab') RETURNING *"],
  },
  {
    name: 'Is columns of users (PGlite round 13)',
    steps: [
      "SELECT column_name, ordinal_position, column_default, is_nullable, data_type, character_maximum_length, numeric_precision, numeric_scale, udt_name, is_identity, is_generated, is_updatable FROM information_schema.columns WHERE table_name = 'users' ORDER BY ordinal_position",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is table_constraints (PGlite round 13)',
    steps: [
      "SELECT constraint_name, constraint_type, is_deferrable, initially_deferred FROM information_schema.table_constraints WHERE table_name IN ('users','posts') AND constraint_type <> 'CHECK' ORDER BY constraint_name",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is check constraints named (PGlite round 13)',
    steps: [
      "SELECT cc.constraint_name, cc.check_clause FROM information_schema.check_constraints cc JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name) WHERE tc.table_name = 'users' AND cc.constraint_name NOT LIKE '%not_null' ORDER BY 1",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is check constraints count incl not null (PGlite round 13)',
    steps: [
      "SELECT count(*) FROM information_schema.check_constraints WHERE constraint_schema = 'public'",
      "SELECT count(*) FROM information_schema.table_constraints WHERE table_schema = 'public'",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is key_column_usage (PGlite round 13)',
    steps: [
      "SELECT constraint_name, table_name, column_name, ordinal_position, position_in_unique_constraint FROM information_schema.key_column_usage WHERE table_schema = 'public' ORDER BY constraint_name, ordinal_position",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is referential_constraints (PGlite round 13)',
    steps: [
      "SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = 'public'",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is constraint_column_usage (PGlite round 13)',
    steps: [
      "SELECT table_name, column_name, constraint_name FROM information_schema.constraint_column_usage WHERE table_schema = 'public' ORDER BY 3, 2",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is tables (PGlite round 13)',
    steps: [
      "SELECT table_name, table_type, is_insertable_into FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is views (PGlite round 13)',
    steps: [
      "SELECT table_name, view_definition, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_schema = 'public'",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is sequences (PGlite round 13)',
    steps: [
      'SELECT sequence_name, data_type, numeric_precision, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences ORDER BY 1',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is routines (PGlite round 13)',
    steps: [
      "CREATE FUNCTION add1(a int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + 1'",
      "SELECT routine_name, routine_type, data_type, routine_body, external_language, is_deterministic, security_type FROM information_schema.routines WHERE routine_schema = 'public'",
    ],
  },
  {
    name: 'Is parameters (PGlite round 13)',
    steps: [
      "CREATE FUNCTION add1(a int, OUT b text, INOUT c int DEFAULT 3) LANGUAGE sql AS 'SELECT a::text, c'",
      "SELECT parameter_name, parameter_mode, data_type, ordinal_position, parameter_default FROM information_schema.parameters WHERE specific_schema = 'public' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'Is triggers (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      'CREATE TRIGGER tr BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION trg()',
      'SELECT trigger_name, event_manipulation, event_object_table, action_timing, action_orientation, action_statement, action_order FROM information_schema.triggers ORDER BY 2',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is element_types (PGlite round 13)',
    steps: [
      "SELECT e.data_type, e.udt_name FROM information_schema.columns c JOIN information_schema.element_types e ON ((c.table_catalog, c.table_schema, c.table_name, 'TABLE', c.dtd_identifier) = (e.object_catalog, e.object_schema, e.object_name, e.object_type, e.collection_type_identifier)) WHERE c.table_name = 'users'",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Is columns identity and generated (PGlite round 13)',
    steps: [
      'CREATE TABLE g (id int GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5), a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
      "SELECT column_name, column_default, is_identity, identity_generation, identity_start, identity_increment, identity_maximum, identity_cycle, is_generated, generation_expression, is_updatable FROM information_schema.columns WHERE table_name = 'g' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'Is columns domain and enum (PGlite round 13)',
    steps: [
      'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
      "CREATE TYPE mood AS ENUM ('sad','ok')",
      'CREATE TABLE d (a posint, m mood, c char(3), v varchar, t time(3), ts timestamp(0) with time zone, iv interval day to second(2), b bit(4), n numeric)',
      "SELECT column_name, data_type, udt_name, domain_name, character_maximum_length, datetime_precision, interval_type, interval_precision, numeric_precision, numeric_precision_radix FROM information_schema.columns WHERE table_name = 'd' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'Is domain constraints (PGlite round 13)',
    steps: [
      'CREATE DOMAIN posint AS int NOT NULL CHECK (VALUE > 0)',
      "SELECT constraint_name, domain_name FROM information_schema.domain_constraints WHERE domain_schema = 'public'",
      "SELECT conname, contype FROM pg_constraint WHERE contypid = 'posint'::regtype ORDER BY 1",
    ],
  },
  {
    name: 'Pg_constraint on table (PGlite round 13)',
    steps: [
      "SELECT conname, contype, pg_get_constraintdef(oid), condeferrable, convalidated, conkey FROM pg_constraint WHERE conrelid IN ('users'::regclass, 'posts'::regclass) ORDER BY conname",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_indexes defs (PGlite round 13)',
    steps: ["SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_index flags (PGlite round 13)',
    steps: [
      "SELECT c.relname, i.indisunique, i.indisprimary, i.indnatts, i.indnkeyatts, i.indnullsnotdistinct, pg_get_expr(i.indpred, i.indrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'posts'::regclass ORDER BY 1",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_attribute of users (PGlite round 13)',
    steps: [
      "SELECT attname, atttypid::regtype, attnum, attnotnull, atthasdef, attidentity, attgenerated, attisdropped, atttypmod, attndims, attstattarget FROM pg_attribute WHERE attrelid = 'users'::regclass AND attnum > 0 ORDER BY attnum",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_attrdef exprs (PGlite round 13)',
    steps: [
      "SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 'users'::regclass ORDER BY 1",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_class relkinds (PGlite round 13)',
    steps: [
      "SELECT relname, relkind, relpersistence, relhasindex, relnatts, relchecks, relhastriggers, relrowsecurity, relispartition, relreplident FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_get_viewdef published (PGlite round 13)',
    steps: [
      "SELECT pg_get_viewdef('published_posts'::regclass, true)",
      "SELECT definition FROM pg_views WHERE viewname = 'published_posts'",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_get_indexdef columns (PGlite round 13)',
    steps: [
      "SELECT pg_get_indexdef('posts_title_idx'::regclass), pg_get_indexdef('posts_title_idx'::regclass, 1, true)",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_get_serial_sequence and identity (PGlite round 13)',
    steps: [
      "SELECT pg_get_serial_sequence('users', 'id'), pg_get_serial_sequence('posts', 'id')",
      'SELECT last_value, is_called FROM users_id_seq',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_sequences view (PGlite round 13)',
    steps: [
      'SELECT sequencename, data_type, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_sequences ORDER BY 1',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_sequence catalog (PGlite round 13)',
    steps: [
      'SELECT seqrelid::regclass, seqtypid::regtype, seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle FROM pg_sequence ORDER BY 1',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_type of enum (PGlite round 13)',
    steps: [
      "CREATE TYPE mood AS ENUM ('sad','ok','happy')",
      "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
      "SELECT enumlabel, enumsortorder FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder",
      "SELECT typname, typtype, typcategory, typlen, typdelim FROM pg_type WHERE typname IN ('mood','_mood')",
    ],
  },
  {
    name: 'Enum add value in transaction then use (PGlite round 13)',
    steps: [
      "CREATE TYPE mood AS ENUM ('sad')",
      'BEGIN',
      "ALTER TYPE mood ADD VALUE 'ok'",
      "SELECT 'ok'::mood",
      'ROLLBACK',
    ],
  },
  {
    name: 'Enum rename value (PGlite round 13)',
    steps: [
      "CREATE TYPE mood AS ENUM ('sad','ok')",
      "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'",
      'SELECT enum_range(NULL::mood)',
      "ALTER TYPE mood RENAME VALUE 'nope' TO 'x'",
    ],
  },
  {
    name: 'Enum add existing (PGlite round 13)',
    steps: [
      "CREATE TYPE mood AS ENUM ('sad')",
      "ALTER TYPE mood ADD VALUE 'sad'",
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad'",
    ],
  },
  {
    name: 'Prisma style introspection (PGlite round 13)',
    steps: [
      "SELECT t.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS formatted_type, pg_get_expr(d.adbin, d.adrelid) AS column_default, a.attnotnull, a.attidentity FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE n.nspname = 'public' AND t.relkind IN ('r','p') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY t.relname, a.attnum",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Drizzle style enum introspection (PGlite round 13)',
    steps: [
      "CREATE TYPE mood AS ENUM ('sad','ok')",
      "SELECT n.nspname AS enum_schema, t.typname AS enum_name, e.enumlabel AS enum_value, e.enumsortorder AS sort_order FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname NOT IN ('pg_catalog','information_schema') ORDER BY enum_schema, enum_name, sort_order",
    ],
  },
  {
    name: 'Knex has table and column (PGlite round 13)',
    steps: [
      'SELECT table_name FROM information_schema.tables WHERE table_name = $1 AND table_schema = current_schema()',
      {
        sql: 'SELECT table_name FROM information_schema.tables WHERE table_name = $1 AND table_schema = current_schema()',
        params: ['users'],
      },
      {
        sql: 'SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema() AND column_name = $2',
        params: ['users', 'email'],
      },
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Kysely introspection columns (PGlite round 13)',
    steps: [
      "SELECT a.attname AS column, a.attnotnull AS not_null, a.atthasdef AS has_default, c.relname AS table, c.relkind AS table_type, ns.nspname AS schema, typ.typname AS type, dtns.nspname AS type_schema, col_description(a.attrelid, a.attnum) AS column_description, pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname) AS auto_incrementing FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON a.attrelid = c.oid JOIN pg_catalog.pg_namespace ns ON c.relnamespace = ns.oid JOIN pg_catalog.pg_type typ ON a.atttypid = typ.oid JOIN pg_catalog.pg_namespace dtns ON typ.typnamespace = dtns.oid WHERE c.relkind IN ('r','v','p') AND ns.nspname = 'public' AND a.attnum >= 0 AND a.attisdropped != true ORDER BY ns.nspname, c.relname, a.attnum",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Comments on objects (PGlite round 13)',
    steps: [
      "COMMENT ON TABLE users IS 'people'",
      "COMMENT ON COLUMN users.email IS 'mail'",
      "SELECT obj_description('users'::regclass, 'pg_class'), col_description('users'::regclass, 2), obj_description('users'::regclass)",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Pg_description of builtin (PGlite round 13)',
    steps: [
      "SELECT obj_description('now'::regproc, 'pg_proc'), obj_description('pg_class'::regclass, 'pg_class')",
    ],
  },
  {
    name: 'Format_type variants (PGlite round 13)',
    steps: [
      "SELECT format_type('numeric'::regtype, 655366), format_type('varchar'::regtype, 259), format_type('timestamptz'::regtype, 3), format_type('bit'::regtype, 8), format_type('int4[]'::regtype, NULL), format_type('interval'::regtype, 2147418111), format_type(0, NULL)",
    ],
  },
  {
    name: 'Regtype and regclass output (PGlite round 13)',
    steps: [
      "SELECT 'int4'::regtype, 'character varying'::regtype, '_text'::regtype, 'timestamp with time zone'::regtype, 'pg_class'::regclass, 'now'::regproc, 'sum(int4)'::regprocedure, '+(int4,int4)'::regoperator",
    ],
  },
  { name: 'Regclass missing (PGlite round 13)', steps: ["SELECT 'nope'::regclass"] },
  {
    name: 'To_regclass missing (PGlite round 13)',
    steps: ["SELECT to_regclass('nope'), to_regtype('nope'), to_regproc('nope'), to_regnamespace('nope')"],
  },
  { name: 'To_regtype bad syntax (PGlite round 13)', steps: ["SELECT to_regtype('int[')"] },
  {
    name: 'Pg_typeof many (PGlite round 13)',
    steps: [
      "SELECT pg_typeof(1), pg_typeof(1.5), pg_typeof('a'), pg_typeof(now()), pg_typeof(ARRAY[1]), pg_typeof(NULL), pg_typeof(1::int8 + 1::int2), pg_typeof(2^3), pg_typeof(10/4), pg_typeof(interval '1 day' * 2)",
    ],
  },
  {
    name: 'Alter table add column default volatile (PGlite round 13)',
    steps: [
      'ALTER TABLE posts ADD COLUMN score int NOT NULL DEFAULT 7',
      "INSERT INTO users (email) VALUES ('a')",
      "INSERT INTO posts (user_id, title) VALUES (1, 't')",
      'SELECT score FROM posts',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Alter table set not null failing (PGlite round 13)',
    steps: [
      "INSERT INTO users (email) VALUES ('a')",
      "INSERT INTO posts (user_id, title) VALUES (1, 't')",
      'ALTER TABLE posts ALTER COLUMN body SET NOT NULL',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Alter column type using (PGlite round 13)',
    steps: [
      "INSERT INTO users (email, score) VALUES ('a', 3.5)",
      'ALTER TABLE users ALTER COLUMN score TYPE int USING round(score)::int',
      'SELECT score FROM users',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Alter column type without using error (PGlite round 13)',
    steps: ['ALTER TABLE users ALTER COLUMN email TYPE int'],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Alter column type view depends (PGlite round 13)',
    steps: ['ALTER TABLE posts ALTER COLUMN title TYPE varchar(10)'],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Drop column with view depends (PGlite round 13)',
    steps: ['ALTER TABLE posts DROP COLUMN title'],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Drop table with fk depends (PGlite round 13)',
    steps: ['DROP TABLE users'],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Drop table cascade notice (PGlite round 13)',
    steps: [
      'DROP TABLE users CASCADE',
      "SELECT count(*) FROM pg_constraint WHERE conrelid = 'posts'::regclass AND contype = 'f'",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Rename column and constraint (PGlite round 13)',
    steps: [
      'ALTER TABLE posts RENAME COLUMN title TO headline',
      'ALTER TABLE posts RENAME CONSTRAINT posts_user_id_title_key TO posts_u',
      "SELECT conname FROM pg_constraint WHERE conrelid = 'posts'::regclass AND contype = 'u'",
      "SELECT pg_get_viewdef('published_posts'::regclass)",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Add constraint not valid then validate (PGlite round 13)',
    steps: [
      "INSERT INTO users (email, score) VALUES ('a', 3.5)",
      'ALTER TABLE users ADD CONSTRAINT score_small CHECK (score < 1) NOT VALID',
      'ALTER TABLE users VALIDATE CONSTRAINT score_small',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Add foreign key violation existing rows (PGlite round 13)',
    steps: [
      'CREATE TABLE a (id int PRIMARY KEY)',
      'CREATE TABLE b (a_id int)',
      'INSERT INTO b VALUES (5)',
      'ALTER TABLE b ADD CONSTRAINT b_fk FOREIGN KEY (a_id) REFERENCES a(id)',
    ],
  },
  {
    name: 'Add unique existing duplicates (PGlite round 13)',
    steps: [
      'CREATE TABLE a (x int)',
      'INSERT INTO a VALUES (1),(1)',
      'ALTER TABLE a ADD CONSTRAINT a_x UNIQUE (x)',
      'CREATE UNIQUE INDEX a_x_idx ON a (x)',
    ],
  },
  {
    name: 'Alter table add primary key existing nulls (PGlite round 13)',
    steps: ['CREATE TABLE a (x int)', 'INSERT INTO a VALUES (NULL)', 'ALTER TABLE a ADD PRIMARY KEY (x)'],
  },
  {
    name: 'Create table like including all (PGlite round 13)',
    steps: [
      'CREATE TABLE c (LIKE users INCLUDING ALL)',
      "SELECT column_name, column_default, is_nullable FROM information_schema.columns WHERE table_name = 'c' ORDER BY ordinal_position",
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'c' ORDER BY 1",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Create table as and select into (PGlite round 13)',
    steps: [
      'CREATE TABLE c AS SELECT id, email FROM users WITH NO DATA',
      'SELECT 1 AS a INTO TEMP d',
      'SELECT * FROM d',
      "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'c'",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Create table if not exists notice (PGlite round 13)',
    steps: [
      'CREATE TABLE IF NOT EXISTS users (id int)',
      'CREATE INDEX IF NOT EXISTS posts_title_idx ON posts (title)',
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Drop if exists notices (PGlite round 13)',
    steps: [
      'DROP TABLE IF EXISTS nope',
      'DROP INDEX IF EXISTS nope',
      'DROP VIEW IF EXISTS nope',
      'DROP TYPE IF EXISTS nope',
      'DROP SCHEMA IF EXISTS nope',
      'DROP SEQUENCE IF EXISTS nope',
    ],
  },
  {
    name: 'Drop wrong kind (PGlite round 13)',
    steps: ['DROP VIEW users', 'DROP TABLE published_posts'],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Truncate with fk (PGlite round 13)',
    steps: ['TRUNCATE users'],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Truncate cascade restart identity (PGlite round 13)',
    steps: [
      "INSERT INTO users (email) VALUES ('a')",
      'TRUNCATE users RESTART IDENTITY CASCADE',
      "INSERT INTO users (email) VALUES ('b') RETURNING id",
    ],
    setup:
      "CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text DEFAULT 'anon', created_at timestamptz NOT NULL DEFAULT now(), score numeric(10,2) DEFAULT 0 CHECK (score >= 0), tags text[] DEFAULT '{}', meta jsonb);\nCREATE TABLE posts (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, body text, published boolean DEFAULT false, UNIQUE (user_id, title));\nCREATE INDEX posts_title_idx ON posts (lower(title)) WHERE published;\nCREATE VIEW published_posts AS SELECT id, title FROM posts WHERE published;",
  },
  {
    name: 'Sequence functions (PGlite round 13)',
    steps: [
      'CREATE SEQUENCE s START 5 INCREMENT 2 MAXVALUE 9',
      "SELECT nextval('s'), nextval('s'), currval('s'), lastval()",
      "SELECT nextval('s')",
      "SELECT nextval('s')",
    ],
  },
  {
    name: 'Sequence currval before nextval (PGlite round 13)',
    steps: ['CREATE SEQUENCE s', "SELECT currval('s')"],
  },
  { name: 'Lastval before any (PGlite round 13)', steps: ['SELECT lastval()'] },
  {
    name: 'Setval variants (PGlite round 13)',
    steps: [
      'CREATE SEQUENCE s',
      "SELECT setval('s', 10), nextval('s'), setval('s', 20, false), nextval('s')",
      "SELECT setval('s', 0)",
    ],
  },
  {
    name: 'Sequence cycle and min (PGlite round 13)',
    steps: [
      'CREATE SEQUENCE s MINVALUE 1 MAXVALUE 2 CYCLE',
      "SELECT nextval('s'), nextval('s'), nextval('s')",
    ],
  },
  {
    name: 'Alter sequence restart (PGlite round 13)',
    steps: [
      'CREATE SEQUENCE s',
      "SELECT nextval('s')",
      'ALTER SEQUENCE s RESTART WITH 100',
      "SELECT nextval('s')",
      'ALTER SEQUENCE s AS smallint',
      "SELECT max_value FROM pg_sequences WHERE sequencename = 's'",
    ],
  },
  {
    name: 'Sequence as int overflow (PGlite round 13)',
    steps: ['CREATE SEQUENCE s AS int START 2147483647', "SELECT nextval('s')", "SELECT nextval('s')"],
  },
  {
    name: 'Identity always insert override (PGlite round 13)',
    steps: [
      'CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, a text)',
      "INSERT INTO g (id, a) VALUES (5, 'x')",
      "INSERT INTO g (id, a) OVERRIDING SYSTEM VALUE VALUES (5, 'x') RETURNING *",
      "INSERT INTO g (a) VALUES ('y') RETURNING *",
      'UPDATE g SET id = 9',
    ],
  },
  {
    name: 'Identity by default override user (PGlite round 13)',
    steps: [
      'CREATE TABLE g (id int GENERATED BY DEFAULT AS IDENTITY, a text)',
      "INSERT INTO g (id, a) OVERRIDING USER VALUE VALUES (5, 'x') RETURNING *",
    ],
  },
  {
    name: 'Generated column write (PGlite round 13)',
    steps: [
      'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
      'INSERT INTO g (a, b) VALUES (1, 2)',
      'INSERT INTO g (a) VALUES (3) RETURNING *',
      'INSERT INTO g VALUES (4, DEFAULT) RETURNING *',
      'UPDATE g SET b = 1',
    ],
  },
  {
    name: 'Generated column volatile (PGlite round 13)',
    steps: ['CREATE TABLE g (a int, b timestamptz GENERATED ALWAYS AS (now()) STORED)'],
  },
  {
    name: 'Generated column refs generated (PGlite round 13)',
    steps: [
      'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int GENERATED ALWAYS AS (b + 1) STORED)',
    ],
  },
  {
    name: 'Generated column drop expression (PGlite round 13)',
    steps: [
      'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
      'INSERT INTO g (a) VALUES (2)',
      'ALTER TABLE g ALTER COLUMN b DROP EXPRESSION',
      'INSERT INTO g VALUES (3, 100)',
      'SELECT * FROM g ORDER BY a',
    ],
  },
  {
    name: 'Generated column set expression (PGlite round 13)',
    steps: [
      'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
      'ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)',
    ],
  },
  {
    name: 'Generated column add with default (PGlite round 13)',
    steps: [
      'CREATE TABLE g (a int)',
      'ALTER TABLE g ADD COLUMN b int GENERATED ALWAYS AS (a + 1) STORED DEFAULT 5',
    ],
  },
  {
    name: 'Generated in partition differs (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a)',
      'CREATE TABLE c1 (a int, b int)',
      'ALTER TABLE p ATTACH PARTITION c1 FOR VALUES FROM (0) TO (10)',
    ],
  },
  {
    name: 'Generated in partition own expr (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a)',
      'CREATE TABLE c1 PARTITION OF p (b GENERATED ALWAYS AS (a * 3) STORED) FOR VALUES FROM (0) TO (10)',
      'INSERT INTO p (a) VALUES (2)',
      'SELECT * FROM p',
    ],
  },
  {
    name: 'Identity on partitioned insert into partition (PGlite round 13)',
    steps: [
      'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a)',
      'CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10)',
      'INSERT INTO p (a) VALUES (1)',
      'INSERT INTO c1 (a) VALUES (2)',
      'SELECT * FROM p ORDER BY a',
    ],
  },
  {
    name: 'Identity on partitioned attach (PGlite round 13)',
    steps: [
      'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a)',
      'CREATE TABLE c1 (id int NOT NULL, a int)',
      'ALTER TABLE p ATTACH PARTITION c1 FOR VALUES FROM (0) TO (10)',
      'INSERT INTO p (a) VALUES (1) RETURNING *',
    ],
  },
  {
    name: 'Partition routing and errors (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int, b text) PARTITION BY LIST (b)',
      "CREATE TABLE p1 PARTITION OF p FOR VALUES IN ('x')",
      "INSERT INTO p VALUES (1, 'x')",
      "INSERT INTO p VALUES (2, 'y')",
      "UPDATE p SET b = 'z'",
    ],
  },
  {
    name: 'Partition default and overlap (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int) PARTITION BY RANGE (a)',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)',
      'CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (5) TO (15)',
      'CREATE TABLE pd PARTITION OF p DEFAULT',
      'INSERT INTO p VALUES (100) RETURNING tableoid::regclass',
    ],
  },
  {
    name: 'Partition unique must include key (PGlite round 13)',
    steps: ['CREATE TABLE p (a int, b int, PRIMARY KEY (b)) PARTITION BY RANGE (a)'],
  },
  {
    name: 'Partition hash (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int) PARTITION BY HASH (a)',
      'CREATE TABLE p0 PARTITION OF p FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES WITH (MODULUS 2, REMAINDER 1)',
      'INSERT INTO p SELECT generate_series(1, 10)',
      'SELECT tableoid::regclass, count(*) FROM p GROUP BY 1 ORDER BY 1',
    ],
  },
  {
    name: 'Partition detach and info (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int) PARTITION BY RANGE (a)',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)',
      "SELECT pg_get_expr(relpartbound, oid), relispartition FROM pg_class WHERE relname = 'p1'",
      "SELECT pg_get_partkeydef('p'::regclass)",
      "SELECT * FROM pg_partition_tree('p')",
      'ALTER TABLE p DETACH PARTITION p1',
      "SELECT relispartition FROM pg_class WHERE relname = 'p1'",
    ],
  },
  {
    name: 'Partitioned table with fk referencing (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int PRIMARY KEY) PARTITION BY RANGE (a)',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)',
      'CREATE TABLE r (a int REFERENCES p)',
      'INSERT INTO p VALUES (1)',
      'INSERT INTO r VALUES (1)',
      'INSERT INTO r VALUES (2)',
      'DELETE FROM p',
    ],
  },
  {
    name: 'Foreign key clone names case 1 (PGlite round 13)',
    steps: [
      'CREATE TABLE x (a int UNIQUE, UNIQUE (a), b int CHECK (b > 0), CHECK (b > 1), CONSTRAINT x_b_check1 CHECK (b > 2))',
      "SELECT conname FROM pg_constraint WHERE conrelid = 'x'::regclass AND contype IN ('u','c') ORDER BY 1",
      'CREATE INDEX ON x (a)',
      'CREATE INDEX ON x (a)',
      "SELECT indexname FROM pg_indexes WHERE tablename = 'x' ORDER BY 1",
    ],
  },
  {
    name: 'Foreign key clone names case 2 (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int PRIMARY KEY)',
      'CREATE TABLE r (a int REFERENCES p, b int REFERENCES p, CONSTRAINT r_a_fkey1 CHECK (true))',
      'ALTER TABLE r ADD FOREIGN KEY (a) REFERENCES p',
      "SELECT conname FROM pg_constraint WHERE conrelid = 'r'::regclass ORDER BY 1",
    ],
  },
  {
    name: 'Foreign key clone names case 3 (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int PRIMARY KEY) PARTITION BY RANGE (a)',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)',
      'CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20)',
      'CREATE TABLE r (a int REFERENCES p)',
      "SELECT conname, conrelid::regclass, confrelid::regclass FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 3",
      'CREATE TABLE p3 PARTITION OF p FOR VALUES FROM (20) TO (30)',
      "SELECT conname, conrelid::regclass, confrelid::regclass FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 3",
    ],
  },
  {
    name: 'Foreign key clone names case 4 (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int PRIMARY KEY)',
      'CREATE TABLE r (a int) PARTITION BY RANGE (a)',
      'CREATE TABLE r1 PARTITION OF r FOR VALUES FROM (1) TO (10)',
      'ALTER TABLE r ADD FOREIGN KEY (a) REFERENCES p',
      "SELECT conname, conrelid::regclass, confrelid::regclass FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2",
    ],
  },
  {
    name: 'Foreign key clone names case 5 (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int PRIMARY KEY) PARTITION BY RANGE (a)',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)',
      'CREATE TABLE r (a int, CONSTRAINT fk_r FOREIGN KEY (a) REFERENCES p)',
      "SELECT conname, conrelid::regclass, confrelid::regclass FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 3",
    ],
  },
  {
    name: 'Foreign key clone names case 6 (PGlite round 13)',
    steps: [
      'CREATE TABLE p (a int PRIMARY KEY) PARTITION BY RANGE (a)',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)',
      'CREATE TABLE r (a int) PARTITION BY RANGE (a)',
      'CREATE TABLE r1 PARTITION OF r FOR VALUES FROM (1) TO (10)',
      'ALTER TABLE r ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p',
      "SELECT conname, conrelid::regclass, confrelid::regclass FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2, 3",
    ],
  },
  {
    name: 'Identity on partitioned table case 1 (PGlite round 13)',
    steps: [
      'INSERT INTO p (a) VALUES (1), (2) RETURNING *',
      'INSERT INTO c1 (id, a) VALUES (50, 3) RETURNING *',
      'INSERT INTO c1 (a) VALUES (2)',
    ],
    setup:
      'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a); CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10);',
  },
  {
    name: 'Identity on partitioned table case 2 (PGlite round 13)',
    steps: [
      "SELECT table_name, column_name, is_identity, identity_generation, column_default, is_nullable FROM information_schema.columns WHERE table_name IN ('p','c1') ORDER BY 1, 2",
      "SELECT attrelid::regclass, attname, attidentity, attnotnull FROM pg_attribute WHERE attrelid IN ('p'::regclass, 'c1'::regclass) AND attnum > 0 ORDER BY 1, 2",
    ],
    setup:
      'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a); CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10);',
  },
  {
    name: 'Identity on partitioned table case 3 (PGlite round 13)',
    steps: [
      'ALTER TABLE p ALTER COLUMN id RESTART WITH 100',
      'INSERT INTO p (a) VALUES (1) RETURNING *',
      'ALTER TABLE p DETACH PARTITION c1',
      'INSERT INTO c1 (a) VALUES (2)',
      'INSERT INTO c1 (id, a) VALUES (7, 2)',
      'SELECT * FROM c1 ORDER BY id',
    ],
    setup:
      'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a); CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10);',
  },
  {
    name: 'Identity on partitioned table case 4 (PGlite round 13)',
    steps: [
      'CREATE TABLE c2 PARTITION OF p FOR VALUES FROM (10) TO (20)',
      'INSERT INTO p (a) VALUES (15) RETURNING *',
      'ALTER TABLE p ALTER COLUMN id SET GENERATED BY DEFAULT',
      'INSERT INTO p (id, a) VALUES (99, 15) RETURNING *',
      'ALTER TABLE p ALTER COLUMN id DROP IDENTITY',
      'INSERT INTO p (a) VALUES (1)',
    ],
    setup:
      'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a); CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10);',
  },
  {
    name: 'Identity on partitioned table case 5 (PGlite round 13)',
    steps: [
      'CREATE TABLE c3 (id int NOT NULL, a int)',
      'ALTER TABLE p ATTACH PARTITION c3 FOR VALUES FROM (20) TO (30)',
      'INSERT INTO c3 (a) VALUES (25)',
      'INSERT INTO c3 (id, a) VALUES (1, 25) RETURNING *',
      'INSERT INTO p (a) VALUES (25) RETURNING *',
    ],
    setup:
      'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a); CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10);',
  },
  {
    name: 'Identity on partitioned table case 6 (PGlite round 13)',
    steps: [
      'CREATE TABLE q (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, a int) PARTITION BY LIST (a)',
      'CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1)',
      'INSERT INTO q (a) VALUES (1) RETURNING *',
      'INSERT INTO q1 (a) VALUES (1)',
      'INSERT INTO q1 (id, a) VALUES (10, 1) RETURNING *',
    ],
  },
  {
    name: 'Inheritance basics (PGlite round 13)',
    steps: [
      'CREATE TABLE parent (id int, name text NOT NULL, CHECK (id > 0))',
      'CREATE TABLE child (extra int) INHERITS (parent)',
      "INSERT INTO child VALUES (1, 'a', 2)",
      "INSERT INTO parent VALUES (2, 'b')",
      'SELECT tableoid::regclass, * FROM parent ORDER BY id',
      'SELECT * FROM ONLY parent',
      "INSERT INTO child VALUES (-1, 'x', 1)",
      'INSERT INTO child VALUES (3, NULL, 1)',
    ],
  },
  {
    name: 'Inheritance alter propagation (PGlite round 13)',
    steps: [
      'CREATE TABLE parent (id int)',
      'CREATE TABLE child () INHERITS (parent)',
      "ALTER TABLE parent ADD COLUMN n text NOT NULL DEFAULT 'z'",
      'ALTER TABLE parent ADD CONSTRAINT pos CHECK (id > 0)',
      "SELECT conrelid::regclass, conname, conislocal, coninhcount FROM pg_constraint WHERE contype = 'c' ORDER BY 1",
      'ALTER TABLE child DROP CONSTRAINT pos',
      'ALTER TABLE child DROP COLUMN n',
    ],
  },
  {
    name: 'Inheritance no inherit check (PGlite round 13)',
    steps: [
      'CREATE TABLE parent (id int, CONSTRAINT p CHECK (id > 0) NO INHERIT)',
      'CREATE TABLE child () INHERITS (parent)',
      'INSERT INTO child VALUES (-1)',
      "SELECT conname, connoinherit FROM pg_constraint WHERE conname = 'p'",
    ],
  },
  {
    name: 'Alter table inherit mismatch (PGlite round 13)',
    steps: [
      'CREATE TABLE parent (id int NOT NULL, n text)',
      'CREATE TABLE child (id int, n text)',
      'ALTER TABLE child INHERIT parent',
      "SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 'child'::regclass AND attnum > 0 ORDER BY attnum",
    ],
  },
  {
    name: 'Alter table inherit missing column (PGlite round 13)',
    steps: [
      'CREATE TABLE parent (id int, n text)',
      'CREATE TABLE child (id int)',
      'ALTER TABLE child INHERIT parent',
    ],
  },
  {
    name: 'Alter table no inherit (PGlite round 13)',
    steps: [
      'CREATE TABLE parent (id int NOT NULL)',
      'CREATE TABLE child () INHERITS (parent)',
      'ALTER TABLE child NO INHERIT parent',
      'INSERT INTO child VALUES (NULL)',
      'SELECT count(*) FROM parent',
    ],
  },
  {
    name: 'Drop not null on inherited child (PGlite round 13)',
    steps: [
      'CREATE TABLE parent (id int NOT NULL)',
      'CREATE TABLE child () INHERITS (parent)',
      'ALTER TABLE child ALTER COLUMN id DROP NOT NULL',
    ],
  },
  {
    name: 'Drop parent with children (PGlite round 13)',
    steps: ['CREATE TABLE parent (id int)', 'CREATE TABLE child () INHERITS (parent)', 'DROP TABLE parent'],
  },
  {
    name: 'Multiple inheritance merge (PGlite round 13)',
    steps: [
      'CREATE TABLE a (x int, y text)',
      'CREATE TABLE b (x int, z int)',
      'CREATE TABLE c () INHERITS (a, b)',
      "SELECT attname, attinhcount FROM pg_attribute WHERE attrelid = 'c'::regclass AND attnum > 0 ORDER BY attnum",
    ],
  },
  {
    name: 'Multiple inheritance type conflict (PGlite round 13)',
    steps: ['CREATE TABLE a (x int)', 'CREATE TABLE b (x text)', 'CREATE TABLE c () INHERITS (a, b)'],
  },
  {
    name: 'Domain checks and casts (PGlite round 13)',
    steps: ["CREATE DOMAIN email AS text CHECK (VALUE ~ '@')", "SELECT 'a@b'::email", "SELECT 'ab'::email"],
  },
  {
    name: 'Domain not null in table (PGlite round 13)',
    steps: ['CREATE DOMAIN nn AS int NOT NULL', 'CREATE TABLE d (a nn)', 'INSERT INTO d VALUES (NULL)'],
  },
  {
    name: 'Domain default and alter (PGlite round 13)',
    steps: [
      'CREATE DOMAIN pos AS int DEFAULT 1 CHECK (VALUE > 0)',
      'CREATE TABLE d (a pos)',
      'INSERT INTO d DEFAULT VALUES',
      'ALTER DOMAIN pos ADD CONSTRAINT small CHECK (VALUE < 5)',
      'INSERT INTO d VALUES (9)',
      'ALTER DOMAIN pos DROP CONSTRAINT small',
      'ALTER DOMAIN pos SET DEFAULT 3',
      'INSERT INTO d DEFAULT VALUES',
      'SELECT * FROM d ORDER BY a',
    ],
  },
  {
    name: 'Domain add constraint existing violating (PGlite round 13)',
    steps: [
      'CREATE DOMAIN pos AS int',
      'CREATE TABLE d (a pos)',
      'INSERT INTO d VALUES (-1)',
      'ALTER DOMAIN pos ADD CONSTRAINT p CHECK (VALUE > 0)',
    ],
  },
  {
    name: 'Domain over array and composite (PGlite round 13)',
    steps: [
      'CREATE DOMAIN ints AS int[] CHECK (cardinality(VALUE) > 0)',
      "SELECT '{1}'::ints",
      "SELECT '{}'::ints",
    ],
  },
  {
    name: 'Domain alter not null existing nulls (PGlite round 13)',
    steps: [
      'CREATE DOMAIN d1 AS int',
      'CREATE TABLE d (a d1)',
      'INSERT INTO d VALUES (NULL)',
      'ALTER DOMAIN d1 SET NOT NULL',
    ],
  },
  {
    name: 'Composite types (PGlite round 13)',
    steps: [
      'CREATE TYPE pair AS (a int, b text)',
      "SELECT ROW(1, 'x')::pair, (ROW(1, 'x')::pair).b, ('(2,y)'::pair).a",
      'CREATE TABLE tp (p pair)',
      "INSERT INTO tp VALUES ((3, 'z'))",
      'SELECT (p).a, p FROM tp',
      'UPDATE tp SET p.a = 9 RETURNING p',
    ],
  },
  {
    name: 'Composite input errors (PGlite round 13)',
    steps: ['CREATE TYPE pair AS (a int, b text)', "SELECT '(1,x,3)'::pair"],
  },
  {
    name: 'Alter type add attribute (PGlite round 13)',
    steps: [
      'CREATE TYPE pair AS (a int)',
      'ALTER TYPE pair ADD ATTRIBUTE b text',
      "SELECT '(1,x)'::pair",
      'ALTER TYPE pair DROP ATTRIBUTE nope',
    ],
  },
  {
    name: 'Drop type in use (PGlite round 13)',
    steps: ["CREATE TYPE mood AS ENUM ('a')", 'CREATE TABLE t (m mood)', 'DROP TYPE mood'],
  },
  {
    name: 'Schemas and search path (PGlite round 13)',
    steps: [
      'CREATE SCHEMA app',
      'CREATE TABLE app.t (a int)',
      'SELECT * FROM t',
      'SET search_path = app, public',
      'SELECT * FROM t',
      'CREATE SCHEMA app',
      'CREATE SCHEMA IF NOT EXISTS app',
      'DROP SCHEMA app',
      'DROP SCHEMA app CASCADE',
    ],
  },
  {
    name: 'Views updatable and check option (PGlite round 13)',
    steps: [
      'CREATE TABLE b (a int)',
      'CREATE VIEW v AS SELECT a FROM b WHERE a > 0 WITH CHECK OPTION',
      'INSERT INTO v VALUES (1)',
      'INSERT INTO v VALUES (-1)',
      'CREATE VIEW v2 AS SELECT a, a * 2 AS d FROM b',
      'INSERT INTO v2 (a) VALUES (5)',
      'INSERT INTO v2 VALUES (5, 10)',
      'UPDATE v2 SET d = 1',
    ],
  },
  {
    name: 'View non updatable (PGlite round 13)',
    steps: [
      'CREATE TABLE b (a int)',
      'CREATE VIEW v AS SELECT DISTINCT a FROM b',
      'INSERT INTO v VALUES (1)',
    ],
  },
  {
    name: 'Create or replace view column change (PGlite round 13)',
    steps: [
      'CREATE VIEW v AS SELECT 1 AS a, 2 AS b',
      'CREATE OR REPLACE VIEW v AS SELECT 1 AS a',
      'CREATE OR REPLACE VIEW v AS SELECT 1 AS x, 2 AS b',
    ],
  },
  {
    name: 'Materialized view refresh (PGlite round 13)',
    steps: [
      'CREATE TABLE b (a int)',
      'INSERT INTO b VALUES (1)',
      'CREATE MATERIALIZED VIEW mv AS SELECT sum(a) AS s FROM b',
      'INSERT INTO b VALUES (2)',
      'SELECT * FROM mv',
      'REFRESH MATERIALIZED VIEW mv',
      'SELECT * FROM mv',
      'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
    ],
  },
  {
    name: 'Materialized view with no data (PGlite round 13)',
    steps: ['CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a WITH NO DATA', 'SELECT * FROM mv'],
  },
  {
    name: 'Rules basic (PGlite round 13)',
    steps: [
      'CREATE TABLE b (a int)',
      'CREATE TABLE log (a int)',
      'CREATE RULE r AS ON INSERT TO b DO ALSO INSERT INTO log VALUES (NEW.a)',
      'INSERT INTO b VALUES (7)',
      'SELECT * FROM log',
      "SELECT rulename, ev_type FROM pg_rules JOIN pg_rewrite USING (rulename) WHERE tablename = 'b'",
    ],
  },
  {
    name: 'Row level security (PGlite round 13)',
    steps: [
      'CREATE TABLE docs (id int, owner text)',
      "INSERT INTO docs VALUES (1, 'alice'), (2, 'bob')",
      'ALTER TABLE docs ENABLE ROW LEVEL SECURITY',
      "CREATE POLICY own ON docs USING (owner = current_setting('app.user', true))",
      "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'docs'",
      'SELECT policyname, permissive, roles::text, cmd, qual FROM pg_policies',
    ],
  },
  {
    name: 'Has_table_privilege invalid (PGlite round 13)',
    steps: ['CREATE TABLE g (a int)', "SELECT has_table_privilege('g', 'FLY')"],
  },
  {
    name: 'Index options (PGlite round 13)',
    steps: [
      'CREATE TABLE ix (a int, b text, c jsonb)',
      'CREATE INDEX ix_a ON ix (a) INCLUDE (b) WITH (fillfactor = 70)',
      'CREATE INDEX ix_c ON ix USING gin (c jsonb_path_ops)',
      'CREATE INDEX ix_b ON ix USING hash (b)',
      'CREATE UNIQUE INDEX ix_ab ON ix (a, b) NULLS NOT DISTINCT',
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'ix' ORDER BY indexname",
      'INSERT INTO ix VALUES (1, NULL), (1, NULL)',
    ],
  },
  {
    name: 'Index invalid options (PGlite round 13)',
    steps: ['CREATE TABLE ix (a int)', 'CREATE INDEX ON ix (a) WITH (fillfactor = 5)'],
  },
  {
    name: 'Index on nonexistent column (PGlite round 13)',
    steps: ['CREATE TABLE ix (a int)', 'CREATE INDEX ON ix (b)'],
  },
  {
    name: 'Create index concurrently in transaction (PGlite round 13)',
    steps: ['CREATE TABLE ix (a int)', 'BEGIN', 'CREATE INDEX CONCURRENTLY ON ix (a)', 'ROLLBACK'],
  },
  {
    name: 'Alter index rename and drop (PGlite round 13)',
    steps: [
      'CREATE TABLE ix (a int)',
      'CREATE INDEX i1 ON ix (a)',
      'ALTER INDEX i1 RENAME TO i2',
      'DROP INDEX i1',
      'DROP INDEX CONCURRENTLY IF EXISTS i2',
    ],
  },
  {
    name: 'Cluster and vacuum full (PGlite round 13)',
    steps: [
      'CREATE TABLE ix (a int PRIMARY KEY)',
      'CLUSTER ix USING ix_pkey',
      'VACUUM FULL ix',
      'ANALYZE ix',
      'VACUUM (ANALYZE, VERBOSE false) ix',
    ],
  },
  {
    name: 'Vacuum in transaction (PGlite round 13)',
    steps: ['CREATE TABLE ix (a int)', 'BEGIN', 'VACUUM ix', 'ROLLBACK'],
  },
  {
    name: 'Comment on and obj description (PGlite round 13)',
    steps: [
      'CREATE TABLE cm (a int)',
      "COMMENT ON COLUMN cm.a IS 'col'",
      'COMMENT ON COLUMN cm.a IS NULL',
      "SELECT col_description('cm'::regclass, 1)",
      "COMMENT ON TABLE nope IS 'x'",
    ],
  },
  {
    name: 'Large identifiers truncation (PGlite round 13)',
    steps: [
      'CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id int)',
      "SELECT relname FROM pg_class WHERE relname LIKE 'aaaa%'",
    ],
  },
  {
    name: 'Quoted identifiers case (PGlite round 13)',
    steps: [
      'CREATE TABLE "MixedCase" ("Col" int)',
      'INSERT INTO "MixedCase" VALUES (1)',
      'SELECT "Col" FROM "MixedCase"',
      'SELECT col FROM "MixedCase"',
      'SELECT * FROM mixedcase',
    ],
  },
  {
    name: 'Reserved word as column (PGlite round 13)',
    steps: [
      'CREATE TABLE kw ("user" text, "order" int, "select" int)',
      'SELECT "user", "order" FROM kw',
      'CREATE TABLE kw2 (user text)',
    ],
  },
  {
    name: 'Unicode escapes identifiers strings (PGlite round 13)',
    steps: [
      'SELECT U&\'d\\0061t\\+000061\' AS x, U&"d\\0061t" FROM (SELECT 1 AS dat) s',
      "SELECT E'\\x41\\u00e9\\t|', E'\\101'",
    ],
  },
  { name: 'Unicode escape invalid (PGlite round 13)', steps: ["SELECT E'\\u00'"] },
  {
    name: 'Dollar quoting nested (PGlite round 13)',
    steps: ["SELECT $a$ it's $b$ nested $b$ $a$ AS x, $$$$ AS empty"],
  },
  {
    name: 'Comment syntax nested (PGlite round 13)',
    steps: ['SELECT 1 /* outer /* inner */ still comment */ AS x -- trailing'],
  },
  {
    name: 'Index on date_trunc with zone (PGlite round 13)',
    steps: ['CREATE TABLE ev (at timestamptz)', "CREATE INDEX ev_day ON ev (date_trunc('day', at, 'UTC'))"],
  },
  {
    name: 'Generated column date_trunc with zone (PGlite round 13)',
    steps: [
      "CREATE TABLE ev (at timestamptz, d timestamptz GENERATED ALWAYS AS (date_trunc('day', at, 'UTC')) STORED)",
    ],
  },
  {
    name: 'Date_trunc with zone still works (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT date_trunc('day', timestamptz '2024-03-10 12:00+00', 'Asia/Tokyo'), provolatile FROM pg_proc WHERE oid = 'date_trunc(text,timestamptz,text)'::regprocedure",
    ],
  },
  {
    name: 'Index on date_trunc without zone timestamptz (PGlite round 13)',
    steps: ['CREATE TABLE ev (at timestamptz)', "CREATE INDEX ev_day ON ev (date_trunc('day', at))"],
  },
  {
    name: 'Index on date_trunc timestamp (PGlite round 13)',
    steps: [
      'CREATE TABLE ev (at timestamp)',
      "CREATE INDEX ev_day ON ev (date_trunc('day', at))",
      "SELECT indexdef FROM pg_indexes WHERE indexname = 'ev_day'",
    ],
  },
  {
    name: 'Pg_stat_reset_shared without argument (PGlite round 13)',
    steps: ['SELECT pg_stat_reset_shared()'],
  },
  { name: 'Pg_stat_reset_slru without argument (PGlite round 13)', steps: ['SELECT pg_stat_reset_slru()'] },
  {
    name: 'Drop not null on primary key column (PGlite round 13)',
    steps: ['CREATE TABLE nn (id int PRIMARY KEY)', 'ALTER TABLE nn ALTER COLUMN id DROP NOT NULL'],
  },
  {
    name: 'Drop not null twice (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (a int NOT NULL)',
      'ALTER TABLE nn ALTER COLUMN a DROP NOT NULL',
      'ALTER TABLE nn ALTER COLUMN a DROP NOT NULL',
      'INSERT INTO nn VALUES (NULL)',
    ],
  },
  {
    name: 'Set not null twice and existing nulls (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (a int)',
      'ALTER TABLE nn ALTER COLUMN a SET NOT NULL',
      'ALTER TABLE nn ALTER COLUMN a SET NOT NULL',
      'ALTER TABLE nn ALTER COLUMN a DROP NOT NULL',
      'INSERT INTO nn VALUES (NULL)',
      'ALTER TABLE nn ALTER COLUMN a SET NOT NULL',
    ],
  },
  {
    name: 'Not null on partition not parent (PGlite round 13)',
    steps: [
      'CREATE TABLE pp (a int, b int) PARTITION BY RANGE (a)',
      'CREATE TABLE pp1 PARTITION OF pp FOR VALUES FROM (0) TO (10)',
      'ALTER TABLE pp1 ALTER COLUMN b SET NOT NULL',
      'INSERT INTO pp VALUES (1, NULL)',
      'ALTER TABLE pp1 ALTER COLUMN b DROP NOT NULL',
    ],
  },
  {
    name: 'Not null on parent propagates to partition (PGlite round 13)',
    steps: [
      'CREATE TABLE pp (a int, b int) PARTITION BY RANGE (a)',
      'CREATE TABLE pp1 PARTITION OF pp FOR VALUES FROM (0) TO (10)',
      'ALTER TABLE pp ALTER COLUMN b SET NOT NULL',
      "SELECT attrelid::regclass, attnotnull FROM pg_attribute WHERE attname = 'b' AND attrelid IN ('pp'::regclass, 'pp1'::regclass) ORDER BY 1",
      'ALTER TABLE pp1 ALTER COLUMN b DROP NOT NULL',
    ],
  },
  {
    name: 'Attach partition with nullable column parent not null (PGlite round 13)',
    steps: [
      'CREATE TABLE pp (a int, b int NOT NULL) PARTITION BY RANGE (a)',
      'CREATE TABLE pp1 (a int, b int)',
      'ALTER TABLE pp ATTACH PARTITION pp1 FOR VALUES FROM (0) TO (10)',
    ],
  },
  {
    name: 'Create table like not null and check (PGlite round 13)',
    steps: [
      'CREATE TABLE src (a int NOT NULL CHECK (a > 0), b text)',
      'CREATE TABLE dst (LIKE src)',
      "SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 'dst'::regclass AND attnum > 0 ORDER BY attnum",
      "SELECT count(*) FROM pg_constraint WHERE conrelid = 'dst'::regclass",
      'CREATE TABLE dst2 (LIKE src INCLUDING CONSTRAINTS)',
      "SELECT conname FROM pg_constraint WHERE conrelid = 'dst2'::regclass",
    ],
  },
  {
    name: 'Primary key adds not null (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (a int)',
      'ALTER TABLE nn ADD PRIMARY KEY (a)',
      "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'nn'::regclass AND attname = 'a'",
      'ALTER TABLE nn DROP CONSTRAINT nn_pkey',
      "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'nn'::regclass AND attname = 'a'",
      'INSERT INTO nn VALUES (NULL)',
    ],
  },
  {
    name: 'Identity adds not null and drop identity keeps (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (a int GENERATED BY DEFAULT AS IDENTITY)',
      'ALTER TABLE nn ALTER COLUMN a DROP IDENTITY',
      "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'nn'::regclass AND attname = 'a'",
      'ALTER TABLE nn ALTER COLUMN a DROP NOT NULL',
      'INSERT INTO nn VALUES (NULL)',
    ],
  },
  {
    name: 'Add identity to nullable column (PGlite round 13)',
    steps: ['CREATE TABLE nn (a int)', 'ALTER TABLE nn ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY'],
  },
  {
    name: 'Inherited not null child drop (PGlite round 13)',
    steps: [
      'CREATE TABLE par (a int NOT NULL)',
      'CREATE TABLE chi () INHERITS (par)',
      "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'chi'::regclass AND attname = 'a'",
      'ALTER TABLE par ALTER COLUMN a DROP NOT NULL',
      "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'chi'::regclass AND attname = 'a'",
    ],
  },
  {
    name: 'Alter column type keeps not null (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (a int NOT NULL)',
      'ALTER TABLE nn ALTER COLUMN a TYPE bigint',
      'INSERT INTO nn VALUES (NULL)',
    ],
  },
  {
    name: 'Not null with default and add column (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (x int)',
      'INSERT INTO nn VALUES (1)',
      'ALTER TABLE nn ADD COLUMN y int NOT NULL',
      'ALTER TABLE nn ADD COLUMN y int NOT NULL DEFAULT 5',
      'SELECT * FROM nn',
    ],
  },
  {
    name: 'Domain not null column insert select (PGlite round 13)',
    steps: [
      'CREATE DOMAIN d_nn AS text NOT NULL',
      'CREATE TABLE dn (a d_nn)',
      'INSERT INTO dn SELECT NULL',
      "INSERT INTO dn VALUES ('x')",
      'UPDATE dn SET a = NULL',
    ],
  },
  {
    name: 'Not null violation in copy of multi row insert detail (PGlite round 13)',
    steps: ['CREATE TABLE nn (a int NOT NULL, b text)', "INSERT INTO nn VALUES (1, 'a'), (NULL, 'b')"],
  },
  {
    name: 'Not null in create table as (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (a int NOT NULL)',
      'CREATE TABLE cp AS SELECT * FROM nn',
      "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'cp'::regclass AND attname = 'a'",
    ],
  },
  {
    name: 'Constraint name collision with not null style name (PGlite round 13)',
    steps: [
      'CREATE TABLE nn (a int NOT NULL)',
      'ALTER TABLE nn ADD CONSTRAINT nn_a_not_null CHECK (a > 0)',
      "SELECT conname, contype FROM pg_constraint WHERE conrelid = 'nn'::regclass",
    ],
  },
  {
    name: 'Drop constraint not null style name (PGlite round 13)',
    steps: ['CREATE TABLE nn (a int NOT NULL)', 'ALTER TABLE nn DROP CONSTRAINT nn_a_not_null'],
  },
  {
    name: 'Unique nulls not distinct table constraint (PGlite round 13)',
    steps: [
      'CREATE TABLE un (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
      'INSERT INTO un VALUES (1, NULL)',
      'INSERT INTO un VALUES (1, NULL)',
    ],
  },
  {
    name: 'Unique nulls distinct explicit (PGlite round 13)',
    steps: [
      'CREATE TABLE un (a int UNIQUE NULLS DISTINCT)',
      'INSERT INTO un VALUES (NULL), (NULL)',
      "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'un'::regclass",
    ],
  },
  {
    name: 'Check constraint with no inherit on partitioned (PGlite round 13)',
    steps: ['CREATE TABLE pp (a int, CHECK (a > 0) NO INHERIT) PARTITION BY RANGE (a)'],
  },
  {
    name: 'Foreign key to unique nulls not distinct (PGlite round 13)',
    steps: [
      'CREATE TABLE pk (a int UNIQUE NULLS NOT DISTINCT)',
      'CREATE TABLE fk (a int REFERENCES pk (a))',
      'INSERT INTO pk VALUES (NULL)',
      'INSERT INTO fk VALUES (NULL)',
      'SELECT count(*) FROM fk',
    ],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: enum add value',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE e (id int, m mood); INSERT INTO e VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');",
    steps: [
      "ALTER TYPE mood ADD VALUE 'ecstatic'",
      "INSERT INTO e VALUES (4, 'ecstatic')",
      'SELECT m FROM e ORDER BY m',
    ],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: enum add value before',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE e (id int, m mood); INSERT INTO e VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');",
    steps: [
      "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
      "INSERT INTO e VALUES (4, 'meh')",
      'SELECT m FROM e ORDER BY m',
    ],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: enum add value after',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE e (id int, m mood); INSERT INTO e VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');",
    steps: ["ALTER TYPE mood ADD VALUE 'fine' AFTER 'ok'", 'SELECT enum_range(NULL::mood)'],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: enum add existing',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE e (id int, m mood); INSERT INTO e VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');",
    steps: ["ALTER TYPE mood ADD VALUE 'ok'"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: enum add if not exists',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE e (id int, m mood); INSERT INTO e VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');",
    steps: ["ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'", 'SELECT enum_range(NULL::mood)'],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: enum add in tx use',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE e (id int, m mood); INSERT INTO e VALUES (1, 'happy'), (2, 'sad'), (3, 'ok');",
    steps: ['BEGIN', "ALTER TYPE mood ADD VALUE 'x1'", "SELECT 'x1'::mood", 'ROLLBACK'],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: domain check fail',
    setup:
      "CREATE DOMAIN pos AS int CHECK (VALUE > 0); CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%'); CREATE TABLE dd (id int, p pos, e email);",
    steps: ["INSERT INTO dd VALUES (1, 0, 'a@b')"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: domain check ok',
    setup:
      "CREATE DOMAIN pos AS int CHECK (VALUE > 0); CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%'); CREATE TABLE dd (id int, p pos, e email);",
    steps: ["INSERT INTO dd VALUES (1, 5, 'a@b') RETURNING p, e"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: seq cycle',
    setup: 'CREATE SEQUENCE q MINVALUE 1 MAXVALUE 3 CYCLE;',
    steps: ["SELECT nextval('q'), nextval('q'), nextval('q'), nextval('q')"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: seq no cycle max',
    setup: 'CREATE SEQUENCE q MAXVALUE 2;',
    steps: ["SELECT nextval('q')", "SELECT nextval('q')", "SELECT nextval('q')"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: seq descending',
    setup: 'CREATE SEQUENCE q INCREMENT -1;',
    steps: ["SELECT nextval('q'), nextval('q')"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: seq descending min',
    setup: 'CREATE SEQUENCE q INCREMENT -1 MINVALUE -2 MAXVALUE 0;',
    steps: ["SELECT nextval('q'), nextval('q'), nextval('q')", "SELECT nextval('q')"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: seq desc cycle',
    setup: 'CREATE SEQUENCE q INCREMENT -2 MINVALUE 1 MAXVALUE 5 CYCLE;',
    steps: ["SELECT nextval('q'), nextval('q'), nextval('q'), nextval('q')"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: seq setval false',
    setup: 'CREATE SEQUENCE q;',
    steps: ["SELECT setval('q', 10, false)", "SELECT nextval('q')"],
  },
  {
    name: 'Sequences, domains, enums, NULLS NOT DISTINCT: seq setval true',
    setup: 'CREATE SEQUENCE q;',
    steps: ["SELECT setval('q', 10, true)", "SELECT nextval('q')"],
  },
  {
    name: 'An enum label longer than 63 bytes (round 15)',
    steps: [
      "CREATE TYPE long_label AS ENUM ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')",
      "CREATE TYPE wide_label AS ENUM ('éééééééééééééééééééééééééééééééé')",
      "CREATE TYPE fitting_label AS ENUM ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')",
    ],
  },
  {
    name: 'A partitioned table with a table access method (round 15)',
    steps: [
      'CREATE TABLE pt (k int) PARTITION BY RANGE (k) USING heap',
      'CREATE TABLE pt2 (k int) PARTITION BY RANGE (k)',
      "SELECT relname FROM pg_class WHERE relname IN ('pt', 'pt2') ORDER BY relname",
    ],
  },
  {
    name: 'An enum value added in the transaction that created the type (round 16)',
    steps: [
      'BEGIN',
      "CREATE TYPE stage AS ENUM ('draft')",
      "ALTER TYPE stage ADD VALUE 'live'",
      "SELECT 'draft'::stage",
      "SELECT 'live'::stage",
      'ROLLBACK',
      'BEGIN',
      "CREATE TYPE stage AS ENUM ('draft')",
      "ALTER TYPE stage ADD VALUE 'live'",
      'COMMIT',
      "SELECT 'live'::stage",
    ],
  },
  {
    name: 'An identity column added to a partitioned table that has partitions (round 16)',
    setup:
      'CREATE TABLE pt (k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10); CREATE TABLE lone (k int) PARTITION BY RANGE (k);',
    steps: [
      'ALTER TABLE pt ADD COLUMN id int GENERATED ALWAYS AS IDENTITY',
      'ALTER TABLE lone ADD COLUMN id int GENERATED ALWAYS AS IDENTITY',
      "SELECT attrelid::regclass::text AS t, attidentity FROM pg_attribute WHERE attname = 'id' AND attrelid IN ('pt'::regclass, 'lone'::regclass) ORDER BY 1",
    ],
  },
  {
    name: 'A NOT VALID foreign key on a partitioned table (round 16)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE pc (pid int, k int) PARTITION BY RANGE (k); CREATE TABLE pc1 PARTITION OF pc FOR VALUES FROM (0) TO (10); CREATE TABLE plain (pid int);',
    steps: [
      'ALTER TABLE pc ADD CONSTRAINT pc_fk FOREIGN KEY (pid) REFERENCES p NOT VALID',
      'ALTER TABLE plain ADD CONSTRAINT plain_fk FOREIGN KEY (pid) REFERENCES p NOT VALID',
      "SELECT conname, convalidated FROM pg_constraint WHERE conname IN ('pc_fk', 'plain_fk') ORDER BY conname",
    ],
  },
  {
    name: 'Column clauses PostgreSQL refuses together (round 16)',
    steps: [
      'CREATE TABLE d1 (id int DEFAULT 1 DEFAULT 2)',
      'CREATE TABLE d2 (id int GENERATED ALWAYS AS IDENTITY GENERATED BY DEFAULT AS IDENTITY)',
      'CREATE TABLE d3 (a int NOT NULL NULL)',
      'CREATE TABLE d4 (a varchar(0))',
      'CREATE TABLE d5 (id int DEFAULT 1, a smallint DEFAULT -32768, b varchar(1) NOT NULL DEFAULT $$x$$)',
      'INSERT INTO d5 DEFAULT VALUES RETURNING id, a, b',
    ],
  },
  {
    name: 'CREATE INDEX CONCURRENTLY in a simple query of several statements is 25001 (an implicit transaction block) (round 17)',
    setup: 'CREATE TABLE t (a int)',
    steps: [
      'CREATE INDEX CONCURRENTLY t_a ON t (a); SELECT 1 AS x',
      'CREATE INDEX CONCURRENTLY t_a ON t (a)',
      'DROP INDEX t_a',
    ],
  },
  {
    name: 'DROP INDEX CONCURRENTLY of two indexes is 0A000, of one it drops (round 17)',
    setup: 'CREATE TABLE t (a int, b int); CREATE INDEX t_a ON t (a); CREATE INDEX t_b ON t (b)',
    steps: ['DROP INDEX CONCURRENTLY t_a, t_b', 'DROP INDEX CONCURRENTLY t_a', 'DROP INDEX t_a'],
  },
  {
    name: 'SET DEFAULT and DROP DEFAULT on an identity column are 42601 (round 17)',
    setup: 'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)',
    steps: [
      'ALTER TABLE i ALTER COLUMN id SET DEFAULT 1',
      'ALTER TABLE i ALTER COLUMN id DROP DEFAULT',
      'ALTER TABLE i ALTER COLUMN v SET DEFAULT 1',
      'INSERT INTO i DEFAULT VALUES RETURNING id, v',
    ],
  },
  {
    name: 'SET NOT NULL after a backfill: 23502 with its fields while a NULL remains, then NULL inserts fail (round 17)',
    setup: "CREATE TABLE a (id int PRIMARY KEY, name text); INSERT INTO a VALUES (1, 'x'), (2, NULL)",
    steps: [
      'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
      "UPDATE a SET name = '' WHERE name IS NULL",
      'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
      'INSERT INTO a (id) VALUES (3)',
      'ALTER TABLE a ALTER COLUMN name DROP NOT NULL',
      'INSERT INTO a (id) VALUES (3)',
    ],
  },
  {
    name: 'DROP CONSTRAINT of a CHECK and a FOREIGN KEY lets rows in; a missing name is 42704, skipped with IF EXISTS (round 17)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int CHECK (id > 0), p_id int REFERENCES p(id))',
    steps: [
      'INSERT INTO c VALUES (-1, 99)',
      'ALTER TABLE c DROP CONSTRAINT c_id_check',
      'ALTER TABLE c DROP CONSTRAINT c_p_id_fkey',
      'INSERT INTO c VALUES (-1, 99)',
      'ALTER TABLE c DROP CONSTRAINT c_id_check',
      'ALTER TABLE c DROP CONSTRAINT IF EXISTS c_id_check',
      'DROP TABLE p',
    ],
  },
  {
    name: 'Two ON DELETE actions on one foreign key are a syntax error (round 17)',
    setup: 'CREATE TABLE p (id int PRIMARY KEY)',
    steps: ['CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON DELETE SET NULL)'],
  },
  {
    name: 'ALTER TABLE ADD FOREIGN KEY with two ON UPDATE actions (round 17)',
    setup: 'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p int)',
    steps: [
      'ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p) REFERENCES p ON UPDATE CASCADE ON UPDATE RESTRICT',
    ],
  },
  {
    name: 'MATCH after a referential action is a syntax error (round 17)',
    setup: 'CREATE TABLE p (id int PRIMARY KEY)',
    steps: ['CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE MATCH FULL)'],
  },
  {
    name: 'information_schema.tables finds a table once by its name, whatever its column count (round 17)',
    setup: 'CREATE TABLE users (id int PRIMARY KEY, email text, name text)',
    steps: [
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'users'`,
      {
        sql: 'SELECT 1 AS one FROM information_schema.tables WHERE table_name = $1 AND table_schema = current_schema()',
        params: ['users'],
      },
    ],
  },
  {
    name: 'drizzle-kit foreign key: REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action (round 17)',
    steps: [
      'CREATE TABLE IF NOT EXISTS "users" ("id" serial PRIMARY KEY NOT NULL, "name" text NOT NULL)',
      'CREATE TABLE IF NOT EXISTS "posts" ("id" serial PRIMARY KEY NOT NULL, "author_id" integer NOT NULL)',
      'ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action',
      `INSERT INTO "users" ("name") VALUES ('Dan')`,
      'INSERT INTO "posts" ("author_id") VALUES (1), (1)',
      'INSERT INTO "posts" ("author_id") VALUES (7)',
      'DELETE FROM "users" WHERE "id" = 1',
      'SELECT count(*) AS n FROM "posts"',
    ],
  },
  {
    name: "a routine's SET of a setting 15 lacks or removed (round 17)",
    setup: 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
    steps: [
      'ALTER FUNCTION f() SET debug_parallel_query = on',
      "CREATE FUNCTION g() RETURNS int LANGUAGE sql SET icu_validation_level = 'warning' AS $$ SELECT 1 $$",
      'ALTER FUNCTION f() SET search_path = public, pg_temp',
      "SELECT proconfig AS cfg FROM pg_proc WHERE proname = 'f'",
    ],
  },
  {
    name: 'A CHECK that is one bare boolean column is named after that column (round 18)',
    setup: 'CREATE TABLE flags (ok boolean CHECK (ok), n int, CHECK (n > 0));',
    steps: ['INSERT INTO flags VALUES (true, 1), (NULL, NULL)', 'INSERT INTO flags VALUES (false, 1)'],
  },
  {
    name: 'A unique constraint naming one column twice fails with 42701 (round 18)',
    steps: ['CREATE TABLE t (a int, UNIQUE (a, a))', 'CREATE TABLE t (a int, PRIMARY KEY (a, a))'],
  },
  {
    name: 'DROP TABLE and DROP INDEX of a sequence fail with 42809 and a hint, even with IF EXISTS (round 18)',
    setup: 'CREATE SEQUENCE s;',
    steps: ['DROP TABLE s', 'DROP TABLE IF EXISTS s', 'DROP INDEX s', "SELECT nextval('s')"],
  },
  {
    name: 'A bigint sequence starting near its maximum reaches it with 2200H (round 18)',
    steps: [
      'CREATE SEQUENCE s START 9223372036854775806',
      "SELECT nextval('s')",
      "SELECT nextval('s')",
      "SELECT nextval('s')",
    ],
  },
  {
    name: 'An exclusion constraint on a partitioned table is not supported on 15 (round 18)',
    setup: 'CREATE TABLE m (k int, r int4range) PARTITION BY RANGE (k);',
    steps: ['ALTER TABLE m ADD EXCLUDE USING gist (r WITH &&)'],
  },
  {
    name: 'UNIQUE NULLS NOT DISTINCT rejects a second NULL and is an ON CONFLICT arbiter (round 18)',
    setup: 'CREATE TABLE t (a int, v text, UNIQUE NULLS NOT DISTINCT (a));',
    steps: [
      "INSERT INTO t VALUES (NULL, 'x')",
      "INSERT INTO t VALUES (NULL, 'y')",
      "INSERT INTO t VALUES (NULL, 'z') ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING *",
    ],
  },
  {
    name: 'An identity GENERATED ALWAYS column refuses a value unless OVERRIDING SYSTEM VALUE (round 18)',
    setup: 'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text);',
    steps: [
      "INSERT INTO t (id, v) VALUES (10, 'a')",
      "INSERT INTO t (id, v) OVERRIDING SYSTEM VALUE VALUES (10, 'a') RETURNING *",
      "INSERT INTO t (id, v) OVERRIDING USER VALUE VALUES (99, 'b') RETURNING *",
      'UPDATE t SET id = 5',
    ],
  },
  {
    name: 'A stored generated column refuses an explicit value and takes DEFAULT (round 18)',
    setup: 'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED);',
    steps: [
      'INSERT INTO t (a, s) VALUES (1, 5)',
      'INSERT INTO t (a, s) VALUES (3, DEFAULT) RETURNING *',
      'UPDATE t SET s = 4',
      'UPDATE t SET a = 10 RETURNING *',
    ],
  },
  {
    name: 'ON DELETE SET NULL with a column list nulls only those columns (round 18)',
    setup:
      'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); INSERT INTO p VALUES (1, 1); CREATE TABLE c (tenant int, x int, y int, FOREIGN KEY (x, y) REFERENCES p ON DELETE SET NULL (y));',
    steps: [
      'INSERT INTO c VALUES (7, 1, 1)',
      'DELETE FROM p',
      'SELECT * FROM c',
      "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'c'::regclass",
    ],
  },
  {
    name: 'MATCH FULL refuses a partly NULL foreign key that MATCH SIMPLE lets through (round 18)',
    setup:
      'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE cs (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH SIMPLE); CREATE TABLE cf (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH FULL);',
    steps: [
      'INSERT INTO cs VALUES (5, NULL) RETURNING *',
      'INSERT INTO cf VALUES (5, NULL)',
      'INSERT INTO cf VALUES (NULL, NULL) RETURNING *',
    ],
  },
  {
    name: 'WITH CASCADED CHECK OPTION checks the underlying view condition, LOCAL does not (round 18)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, qty int); CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5; CREATE VIEW vl AS SELECT * FROM v1 WHERE qty < 100 WITH LOCAL CHECK OPTION; CREATE VIEW vc AS SELECT * FROM v1 WHERE qty < 100 WITH CASCADED CHECK OPTION;',
    steps: [
      'INSERT INTO vl VALUES (1, 1) RETURNING *',
      'INSERT INTO vc VALUES (2, 1)',
      'INSERT INTO vl VALUES (3, 200)',
    ],
  },
  {
    name: 'CREATE OR REPLACE VIEW may only add columns at the end (42P16 otherwise) (round 18)',
    setup: 'CREATE TABLE t (id int, name text, qty int); CREATE VIEW v AS SELECT id, name FROM t;',
    steps: [
      'CREATE OR REPLACE VIEW v AS SELECT id FROM t',
      'CREATE OR REPLACE VIEW v AS SELECT id, name AS label FROM t',
      'CREATE OR REPLACE VIEW v AS SELECT id, qty AS name FROM t',
      'CREATE OR REPLACE VIEW v AS SELECT id, name, qty FROM t',
    ],
  },
  {
    name: 'A materialized view created WITH NO DATA cannot be scanned until refreshed (round 18)',
    setup: 'CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2);',
    steps: [
      'CREATE MATERIALIZED VIEW m AS SELECT id FROM t WITH NO DATA',
      'SELECT * FROM m',
      'REFRESH MATERIALIZED VIEW m',
      'SELECT count(*) FROM m',
      'SELECT matviewname, ispopulated FROM pg_matviews',
    ],
  },
  {
    name: 'A row with no partition for its key fails with 23514, a DEFAULT partition takes it (round 18)',
    setup:
      "CREATE TABLE m (id int, at date) PARTITION BY RANGE (at); CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
    steps: [
      "INSERT INTO m VALUES (1, '2030-01-01')",
      'CREATE TABLE m_def PARTITION OF m DEFAULT',
      "INSERT INTO m VALUES (1, '2030-01-01'), (2, '2024-06-01'), (3, NULL)",
      'SELECT tableoid::regclass AS part, id FROM m ORDER BY id',
      'ALTER TABLE m ADD CONSTRAINT u UNIQUE (id)',
    ],
  },
  {
    name: 'ALTER TYPE ADD VALUE BEFORE places the label in the enum order (round 18)',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (m mood); INSERT INTO t VALUES ('happy'), ('sad');",
    steps: [
      "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
      "INSERT INTO t VALUES ('meh'), ('ok')",
      'SELECT m FROM t ORDER BY m',
      "ALTER TYPE mood ADD VALUE 'ok'",
      "SELECT 'nope'::mood",
    ],
  },
  {
    name: 'A domain over an array checks the whole value, an array of a domain each element (round 18)',
    setup:
      'CREATE DOMAIN pos AS int CHECK (VALUE > 0); CREATE DOMAIN pos_arr AS int[] CHECK (0 < ALL (VALUE));',
    steps: ['SELECT ARRAY[1,2]::pos_arr AS v', 'SELECT ARRAY[1,-2]::pos_arr', 'SELECT ARRAY[1, 0]::pos[]'],
  },
  {
    name: 'A sequence past MAXVALUE fails with 2200H, with CYCLE it wraps to MINVALUE (round 18)',
    setup: 'CREATE SEQUENCE s MAXVALUE 2; CREATE SEQUENCE c MINVALUE 1 MAXVALUE 3 CYCLE;',
    steps: [
      "SELECT nextval('s'), nextval('s')",
      "SELECT nextval('s')",
      "SELECT nextval('c') FROM generate_series(1, 5)",
    ],
  },
  {
    name: 'TRUNCATE RESTART IDENTITY resets an identity sequence, a plain TRUNCATE does not (round 18)',
    setup:
      "CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY, v text); CREATE TABLE b (id serial, v text); INSERT INTO a (v) VALUES ('x'), ('y'); INSERT INTO b (v) VALUES ('x'), ('y');",
    steps: [
      'TRUNCATE a RESTART IDENTITY',
      'TRUNCATE b',
      "INSERT INTO a (v) VALUES ('z') RETURNING id",
      "INSERT INTO b (v) VALUES ('z') RETURNING id",
    ],
  },
  {
    name: 'a view over a temporary table is temporary: the other connection does not see it (round 18)',
    steps: [
      'CREATE TEMP TABLE tt (a int)',
      'CREATE VIEW tv AS SELECT a FROM tt',
      'SELECT count(*) AS n FROM tv',
      {
        sql: 'SELECT count(*) AS n FROM tv',
        client: 'second',
      },
    ],
  },
  {
    name: 'a temporary table made inside a function belongs to the connection that called it (round 18)',
    steps: [
      'CREATE FUNCTION mk() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE y (a int); END $$',
      'SELECT mk()',
      {
        sql: 'SELECT count(*) AS n FROM y',
        client: 'second',
      },
      'SELECT count(*) AS n FROM y',
    ],
  },
  {
    name: 'ON COMMIT DELETE ROWS empties a temporary table at commit, a savepoint rollback only its own rows (round 18)',
    steps: [
      'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
      'BEGIN',
      'INSERT INTO tt VALUES (1)',
      'SAVEPOINT s',
      'INSERT INTO tt VALUES (2)',
      'ROLLBACK TO s',
      'SELECT count(*) AS n FROM tt',
      'COMMIT',
      'SELECT count(*) AS n FROM tt',
    ],
  },
  {
    name: 'strings: routine SET lc_time to a locale the server lacks (round 19)',
    steps: ["CREATE FUNCTION f() RETURNS int LANGUAGE sql SET lc_time = 'fr_FR' AS 'SELECT 1'"],
  },
  {
    name: 'strings: CREATE COLLATION over a libc locale the server lacks (round 19)',
    steps: ["CREATE COLLATION german (provider = libc, locale = 'de_DE.utf8')"],
  },
  {
    name: 'strings: CREATE COLLATION over lc_collate and lc_ctype the server lacks (round 19)',
    steps: ["CREATE COLLATION german (lc_collate = 'de_DE', lc_ctype = 'de_DE')"],
  },
  {
    name: 'strings: CREATE COLLATION over C.UTF-8 (round 19)',
    steps: ["CREATE COLLATION cu (provider = libc, locale = 'C.UTF-8')", "SELECT 'b' < 'a' COLLATE cu AS v"],
  },
  { name: 'numbers: serial as a cast is 42704 (round 19)', steps: ['SELECT 1::serial AS v'] },
  { name: 'numbers: array of serial is 0A000 (round 19)', steps: ['CREATE TABLE s (a serial[])'] },
  {
    name: 'numbers: numeric with three modifiers is 22023 (round 19)',
    steps: ['CREATE TABLE t (a numeric(5,2,1))'],
  },
  {
    name: 'composites ALTER TYPE DROP VALUE is a syntax error on 15 (round 19)',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE person (name text, m mood);\nINSERT INTO person VALUES ('Moe', 'happy'), ('Larry', 'sad'), ('Curly', 'ok');",
    steps: ["ALTER TYPE mood DROP VALUE 'ok'"],
  },
  {
    name: 'composites CREATE DOMAIN with NOT NULL twice is accepted on 15 (round 19)',
    steps: ['CREATE DOMAIN d2 AS int NOT NULL NOT NULL', 'SELECT NULL::d2 AS v'],
  },
  {
    name: 'sysfuncs: identity column of an array type is 22023 (round 19)',
    steps: ['CREATE TABLE t (id int[] GENERATED ALWAYS AS IDENTITY)'],
  },
  {
    name: 'sysfuncs: ALTER TABLE RENAME of a sequence (round 19)',
    setup: 'CREATE SEQUENCE s;',
    steps: ['ALTER TABLE s RENAME TO s3', "SELECT nextval('s3') AS v"],
  },
  {
    name: 'sysfuncs: COMMENT ON and obj_description / col_description (round 19)',
    setup: 'CREATE TABLE t (a int);',
    steps: [
      "COMMENT ON TABLE t IS 'the table'",
      "COMMENT ON COLUMN t.a IS 'col a'",
      "SELECT obj_description('t'::regclass, 'pg_class') AS o, col_description('t'::regclass, 1) AS c",
      "COMMENT ON TABLE t IS ''",
      "SELECT obj_description('t'::regclass, 'pg_class') AS o2",
    ],
  },
  {
    name: 'schemabehaviour: attach partition to a plain table is 42P17 (round 19)',
    setup: 'CREATE TABLE x (a int); CREATE TABLE y (a int);',
    steps: ['ALTER TABLE x ATTACH PARTITION y DEFAULT', 'ALTER TABLE x ATTACH PARTITION y FOR VALUES IN (1)'],
  },
  {
    name: 'schemabehaviour: detach partition from a plain table is 42P17 (round 19)',
    setup: 'CREATE TABLE x (a int); CREATE TABLE y (a int);',
    steps: ['ALTER TABLE x DETACH PARTITION y', 'ALTER TABLE x DETACH PARTITION y CONCURRENTLY'],
  },
  {
    name: 'schemabehaviour: foreign key onto a partial unique index is 42830 (round 19)',
    setup: 'CREATE TABLE t2 (a int); CREATE UNIQUE INDEX ON t2 (a) WHERE a > 0;',
    steps: ['CREATE TABLE c2 (a int REFERENCES t2 (a))'],
  },
  {
    name: 'schemabehaviour: range partition routing, bounds and no partition 23514 (round 19)',
    setup:
      "CREATE TABLE m (id int, at date NOT NULL, v int) PARTITION BY RANGE (at); CREATE TABLE m_2020 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01'); CREATE TABLE m_2021 PARTITION OF m FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');",
    steps: [
      "INSERT INTO m VALUES (1, '2020-12-31', 1), (2, '2021-01-01', 2) RETURNING tableoid::regclass, id",
      "INSERT INTO m VALUES (3, '2022-01-01', 3)",
      "UPDATE m SET at = '2021-06-01' WHERE id = 1 RETURNING tableoid::regclass, id",
    ],
  },
  {
    name: 'schemabehaviour: list partition with null and default partition (round 19)',
    setup:
      "CREATE TABLE l (id int, region text) PARTITION BY LIST (region); CREATE TABLE l_eu PARTITION OF l FOR VALUES IN ('de', 'fr'); CREATE TABLE l_us PARTITION OF l FOR VALUES IN ('us', NULL);",
    steps: [
      "INSERT INTO l VALUES (1, 'jp')",
      'CREATE TABLE l_def PARTITION OF l DEFAULT',
      "INSERT INTO l VALUES (1, 'jp'), (2, NULL) RETURNING tableoid::regclass, id",
      "CREATE TABLE l_jp PARTITION OF l FOR VALUES IN ('jp')",
    ],
  },
  {
    name: 'schemabehaviour: unique on a partitioned table must include the partition key (round 19)',
    steps: ['CREATE TABLE pk (id int PRIMARY KEY, at date) PARTITION BY RANGE (at)'],
  },
  {
    name: 'triggers: REINDEX fires neither ddl_command_start nor ddl_command_end event triggers (round 20)',
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;",
    steps: [
      'CREATE TABLE t (id int PRIMARY KEY)',
      'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
      'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION ev()',
      'CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION ev()',
      'REINDEX TABLE t',
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
      'SELECT msg FROM elog ORDER BY seq',
    ],
  },
  {
    name: 'triggers: pg_event_trigger_dropped_objects lists a dropped table with its default, index, sequence, constraints and row types, and no not-null constraint (round 20)',
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;\nCREATE FUNCTION drops() RETURNS event_trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN\n  FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() ORDER BY object_type, object_identity LOOP\n    INSERT INTO elog(msg) VALUES (tg_tag || '|' || r.object_type || '|' || coalesce(r.schema_name, '-') || '|' || coalesce(r.object_name, '-') || '|' || r.object_identity || '|' || r.original || '|' || r.normal || '|' || r.is_temporary || '|' || array_to_string(r.address_names, ',') || '|' || array_to_string(r.address_args, ','));\n  END LOOP; END $$;",
    steps: [
      'CREATE TABLE t (id serial PRIMARY KEY, n int CHECK (n > 0))',
      'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION drops()',
      'DROP TABLE t',
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
      'SELECT msg FROM elog ORDER BY seq',
    ],
  },
  {
    name: "triggers: a dropped view's _RETURN rule is reported as reached through a normal dependency (round 20)",
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;\nCREATE FUNCTION drops() RETURNS event_trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN\n  FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() ORDER BY object_type, object_identity LOOP\n    INSERT INTO elog(msg) VALUES (tg_tag || '|' || r.object_type || '|' || coalesce(r.schema_name, '-') || '|' || coalesce(r.object_name, '-') || '|' || r.object_identity || '|' || r.original || '|' || r.normal || '|' || r.is_temporary || '|' || array_to_string(r.address_names, ',') || '|' || array_to_string(r.address_args, ','));\n  END LOOP; END $$;",
    steps: [
      'CREATE VIEW v AS SELECT 1 AS a',
      'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION drops()',
      'DROP VIEW v',
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
      'SELECT msg FROM elog ORDER BY seq',
    ],
  },
  {
    name: "triggers: a dropped domain's objects include its CHECK constraint but no not-null constraint (round 20)",
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;\nCREATE FUNCTION drops() RETURNS event_trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN\n  FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() ORDER BY object_type, object_identity LOOP\n    INSERT INTO elog(msg) VALUES (tg_tag || '|' || r.object_type || '|' || coalesce(r.schema_name, '-') || '|' || coalesce(r.object_name, '-') || '|' || r.object_identity || '|' || r.original || '|' || r.normal || '|' || r.is_temporary || '|' || array_to_string(r.address_names, ',') || '|' || array_to_string(r.address_args, ','));\n  END LOOP; END $$;",
    steps: [
      'CREATE DOMAIN d AS int NOT NULL CHECK (VALUE > 0)',
      'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION drops()',
      'DROP DOMAIN d',
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
      'SELECT msg FROM elog ORDER BY seq',
    ],
  },
  {
    name: 'triggers: ALTER COLUMN ... DROP NOT NULL drops no object, so sql_drop event triggers do not fire (round 20)',
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;",
    steps: [
      'CREATE TABLE t (id int NOT NULL)',
      'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION ev()',
      'ALTER TABLE t ALTER COLUMN id DROP NOT NULL',
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
      'SELECT msg FROM elog ORDER BY seq',
    ],
  },
  {
    name: 'triggers: a TRUNCATE statement trigger sees TG_OP = TRUNCATE (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      'CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES (TG_OP); RETURN NEW; END $$',
      'CREATE TRIGGER trg_after AFTER TRUNCATE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
      'TRUNCATE t',
      'SELECT msg FROM log ORDER BY seq',
    ],
  },
  {
    name: 'triggers: CREATE OR REPLACE TRIGGER may change the timing and the events of an existing trigger (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO log(msg) VALUES (TG_NAME || coalesce(' ' || TG_ARGV[0], ''));\n  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;",
    steps: [
      'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE OR REPLACE TRIGGER a AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      "INSERT INTO t VALUES (3, 'c', 3)",
      'DELETE FROM t WHERE id = 3',
      'SELECT msg FROM log ORDER BY seq',
      "SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgname = 'a'",
    ],
  },
  {
    name: 'triggers: triggers of the same kind fire in byte order of their names: digits, upper case, underscore, lower case (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO log(msg) VALUES (TG_NAME || coalesce(' ' || TG_ARGV[0], ''));\n  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;",
    steps: [
      'CREATE TRIGGER "b" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER "B" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER "_x" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER "1st" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER "a b" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      "INSERT INTO t VALUES (3, 'c', 3)",
      'SELECT msg FROM log ORDER BY seq',
    ],
  },
  {
    name: 'triggers: an ENABLE REPLICA trigger fires only while session_replication_role is replica (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO log(msg) VALUES (TG_NAME || coalesce(' ' || TG_ARGV[0], ''));\n  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;",
    steps: [
      'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'ALTER TABLE t ENABLE REPLICA TRIGGER a',
      "SET session_replication_role = 'replica'",
      "INSERT INTO t VALUES (3, 'c', 3)",
      'RESET session_replication_role',
      'SELECT msg FROM log ORDER BY seq',
    ],
  },
  {
    name: 'triggers: information_schema.triggers numbers action_order per table, event, timing and orientation, in name order (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO log(msg) VALUES (TG_NAME || coalesce(' ' || TG_ARGV[0], ''));\n  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;",
    steps: [
      'CREATE TRIGGER b AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER a AFTER INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER d AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
      'SELECT trigger_name, event_manipulation, action_timing, action_orientation, action_order FROM information_schema.triggers ORDER BY event_manipulation, action_timing, action_orientation, action_order',
    ],
  },
  {
    name: 'triggers: pg_event_trigger_ddl_commands reports the table, its sequence, indexes and the sequence ownership of one CREATE TABLE (round 20)',
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;\nCREATE FUNCTION cmds() RETURNS event_trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN\n  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP\n    INSERT INTO elog(msg) VALUES (r.command_tag || '|' || r.object_type || '|' || coalesce(r.schema_name, '-') || '|' || coalesce(r.object_identity, '-') || '|' || r.in_extension);\n  END LOOP; END $$;",
    steps: [
      'CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION cmds()',
      'CREATE TABLE x (id serial PRIMARY KEY, n text UNIQUE)',
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
      'SELECT msg FROM elog ORDER BY seq',
    ],
  },
  {
    name: 'triggers: a column type change that rewrites fires table_rewrite with the table and reason 4 (round 20)',
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;\nCREATE TABLE t (id int PRIMARY KEY, n int);\nINSERT INTO t VALUES (1, 1);\nCREATE FUNCTION rw() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_tag || ' ' || pg_event_trigger_table_rewrite_oid()::regclass || ' reason ' || pg_event_trigger_table_rewrite_reason()); END $$;",
    steps: [
      'CREATE EVENT TRIGGER r ON table_rewrite EXECUTE FUNCTION rw()',
      'ALTER TABLE t ALTER COLUMN n TYPE bigint',
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
      'SELECT msg FROM elog ORDER BY seq',
    ],
  },
  {
    name: 'triggers: an error in a ddl_command_end event trigger undoes the DDL command (round 20)',
    setup:
      "CREATE TABLE elog (seq serial PRIMARY KEY, msg text);\nCREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN\n  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;",
    steps: [
      "CREATE FUNCTION stop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no % please', tg_tag; END $$",
      'CREATE EVENT TRIGGER s ON ddl_command_end EXECUTE FUNCTION stop()',
      'CREATE TABLE x (id int)',
      "SELECT count(*) FROM pg_class WHERE relname = 'x'",
      "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$",
    ],
  },
  {
    name: 'privileges: pg_default_acl lists a table default as arwdDxt for the owner, without MAINTAIN (round 20)',
    steps: [
      'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC',
      'SELECT defaclobjtype, defaclacl::text AS acl FROM pg_default_acl',
      'CREATE TABLE n (v int)',
      "SELECT relacl::text AS acl FROM pg_class WHERE relname = 'n'",
      'ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM PUBLIC',
    ],
  },
  {
    name: 'privileges: ALTER DEFAULT PRIVILEGES WITH GRANT OPTION shows starred letters in defaclacl (round 20)',
    steps: [
      'ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO postgres WITH GRANT OPTION',
      'SELECT defaclobjtype, defaclacl::text AS acl FROM pg_default_acl',
      'ALTER DEFAULT PRIVILEGES REVOKE GRANT OPTION FOR ALL ON TABLES FROM postgres',
      'SELECT count(*) FROM pg_default_acl',
    ],
  },
  {
    name: 'privileges: GRANT to PUBLIC writes the owner item and =r/owner into relacl (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: ['GRANT SELECT ON t TO PUBLIC', "SELECT relacl::text AS acl FROM pg_class WHERE relname = 't'"],
  },
  {
    name: 'privileges: GRANT ALL to PUBLIC and REVOKE from the owner itself (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: [
      'GRANT ALL ON t TO PUBLIC',
      'REVOKE DELETE ON t FROM postgres',
      "SELECT relacl::text AS acl FROM pg_class WHERE relname = 't'",
    ],
  },
  {
    name: 'privileges: column grants live in attacl, table relacl stays null (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: [
      'GRANT SELECT (a, b), UPDATE (c) ON t TO PUBLIC',
      "SELECT attname, attacl::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
      "SELECT relacl FROM pg_class WHERE relname = 't'",
    ],
  },
  {
    name: 'privileges: pg_policies shows a restrictive UPDATE policy with its USING and WITH CHECK (round 20)',
    setup:
      "CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int); INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30); ALTER TABLE acc ENABLE ROW LEVEL SECURITY; GRANT ALL ON acc TO PUBLIC;",
    steps: [
      "CREATE POLICY p ON acc AS RESTRICTIVE FOR UPDATE TO PUBLIC USING (owner = 'alice') WITH CHECK (amount > 0)",
      'SELECT policyname, permissive, roles, cmd, qual, with_check FROM pg_policies',
    ],
  },
  {
    name: 'privileges: search_path skips missing schemas and creates in the first existing one (round 20)',
    steps: [
      'CREATE SCHEMA s1',
      'SET search_path = nosuch, s1, public',
      'SELECT current_schema() AS s, current_schemas(false) AS f',
      'CREATE TABLE x (v int)',
      "SELECT relnamespace::regnamespace::text AS ns FROM pg_class WHERE relname = 'x'",
    ],
  },
  {
    name: 'partitions: ALTER COLUMN TYPE of a partition key column is 42P16 with no position (round 20)',
    setup: 'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
    steps: ['ALTER TABLE x ALTER COLUMN a TYPE bigint'],
  },
  {
    name: 'inheritance: ALTER COLUMN TYPE of an inherited column on the child is 42P16 with no position (round 20)',
    setup:
      'CREATE TABLE cities (name text, elevation int); CREATE TABLE capitals (state char(2)) INHERITS (cities)',
    steps: ['ALTER TABLE capitals ALTER COLUMN elevation TYPE bigint'],
  },
  {
    name: 'columns: ALTER COLUMN TYPE of a system column is 0A000 with no position (round 20)',
    setup: 'CREATE TABLE t (a int)',
    steps: ['ALTER TABLE t ALTER COLUMN xmin TYPE bigint'],
  },
  {
    name: 'defaults: a DEFAULT cast to text for an integer column is refused when the table is created (42804) (round 20)',
    steps: ["CREATE TABLE d (a int DEFAULT 'abc'::text)"],
  },
  {
    name: 'partitions: a storage parameter on a partitioned table is an unrecognized parameter (22023) naming the first one (round 20)',
    setup: 'CREATE TABLE lp (id int, k text) PARTITION BY LIST (k)',
    steps: [
      'ALTER TABLE lp SET (autovacuum_enabled = false, fillfactor = 1)',
      'ALTER TABLE lp SET (toast.autovacuum_enabled = false)',
      'CREATE TABLE wp (a int) PARTITION BY LIST (a) WITH (fillfactor = 10)',
    ],
  },
  {
    name: 'partitions: a partition overlapping an existing range is refused with 42P17 (round 20)',
    setup:
      'CREATE TABLE rb (a int) PARTITION BY RANGE (a); CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (10)',
    steps: ['CREATE TABLE rb2 PARTITION OF rb FOR VALUES FROM (-5) TO (1)'],
  },
  {
    name: 'partitions: ATTACH PARTITION validates existing rows against the bound (23514) (round 20)',
    setup:
      'CREATE TABLE t (id int, at int) PARTITION BY RANGE (at); CREATE TABLE t1 PARTITION OF t FOR VALUES FROM (0) TO (10); CREATE TABLE t3 (id int, at int); INSERT INTO t3 VALUES (3, 35)',
    steps: ['ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)'],
  },
  {
    name: 'partitions: a unique index on a partitioned table must include the partition key (0A000) (round 20)',
    setup: 'CREATE TABLE t (id int, at int) PARTITION BY RANGE (at)',
    steps: ['CREATE UNIQUE INDEX t_u ON t (id)'],
  },
  {
    name: 'partitions: relpartbound deparses to FOR VALUES clauses, MINVALUE and hash bounds included (round 20)',
    setup:
      'CREATE TABLE h (a int) PARTITION BY HASH (a); CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0); CREATE TABLE r (a int, b int) PARTITION BY RANGE (a, b); CREATE TABLE r0 PARTITION OF r FOR VALUES FROM (MINVALUE, MINVALUE) TO (1, MAXVALUE)',
    steps: [
      "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_class c WHERE c.relname IN ('h0', 'r0') ORDER BY 1",
    ],
  },
  {
    name: 'inheritance: a CHECK marked NO INHERIT binds the parent but not its children (round 20)',
    steps: [
      'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0) NO INHERIT)',
      'CREATE TABLE c1 () INHERITS (a)',
      'INSERT INTO c1 VALUES (-1) RETURNING v',
      'INSERT INTO a VALUES (-1)',
    ],
  },
  {
    name: 'inheritance: conflicting column defaults from two parents are 42611 unless the child sets its own (round 20)',
    steps: [
      'CREATE TABLE a (v int DEFAULT 1)',
      'CREATE TABLE b (v int DEFAULT 2)',
      'CREATE TABLE ab () INHERITS (a, b)',
      'CREATE TABLE ab (v int DEFAULT 3) INHERITS (a, b)',
      'INSERT INTO ab DEFAULT VALUES RETURNING v',
    ],
  },
  {
    name: 'inheritance: ALTER TABLE INHERIT requires the child to have matching CHECK constraints (42804) (round 20)',
    steps: [
      'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
      'CREATE TABLE c1 (v int)',
      'ALTER TABLE c1 INHERIT a',
    ],
  },
  {
    name: 'generated: a generation expression must be immutable (42P17) (round 20)',
    steps: ['CREATE TABLE g (a timestamptz, b text GENERATED ALWAYS AS (a::text) STORED)'],
  },
  {
    name: 'identity: ALTER COLUMN SET INCREMENT BY and RESTART WITH change the next values (round 20)',
    setup: 'CREATE TABLE ia (id int GENERATED ALWAYS AS IDENTITY, v text)',
    steps: [
      'ALTER TABLE ia ALTER COLUMN id SET INCREMENT BY 5 RESTART WITH 10',
      "INSERT INTO ia (v) VALUES ('a'), ('b') RETURNING id",
    ],
  },
  {
    name: 'constraints: CHECK NOT VALID skips existing rows until VALIDATE CONSTRAINT checks them (23514) (round 20)',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (-1)',
    steps: [
      'ALTER TABLE t ADD CONSTRAINT apos CHECK (a > 0) NOT VALID',
      'INSERT INTO t VALUES (-2)',
      'ALTER TABLE t VALIDATE CONSTRAINT apos',
    ],
  },
  {
    name: 'catalogs: pg_attribute.attbyval of bigint, timestamptz and a domain over bigint columns is true (round 20)',
    setup:
      'CREATE DOMAIN big_id AS bigint; CREATE TABLE ledger (id big_id, at timestamptz, ratio float8, mac macaddr8, n int);',
    steps: [
      "SELECT attname, attbyval, attlen, attalign FROM pg_attribute WHERE attrelid = 'ledger'::regclass AND attnum > 0 ORDER BY attnum",
    ],
  },
  {
    name: 'catalogs: pg_type lists no row or array type of a relation PostgreSQL 15 does not have (round 20)',
    steps: [
      "SELECT count(*) AS n FROM pg_type WHERE typname IN ('pg_stat_io', '_pg_stat_io', 'pg_wait_events', 'pg_stat_checkpointer')",
    ],
  },
  {
    name: 'catalogs: information_schema.sql_features and sql_parts hold PostgreSQL 15 rows (714 features, 416 supported, 10 parts) (round 20)',
    steps: [
      "SELECT count(*) AS n, count(*) FILTER (WHERE is_supported = 'YES') AS yes FROM information_schema.sql_features",
      'SELECT feature_id, feature_name, is_supported FROM information_schema.sql_parts ORDER BY 1',
      "SELECT feature_id, sub_feature_id, is_supported FROM information_schema.sql_features WHERE feature_id LIKE 'T8%' ORDER BY 1, 2",
    ],
  },
  {
    name: 'catalogs: information_schema.sql_implementation_info gives the DBMS VERSION of major 15 (round 20)',
    steps: [
      "SELECT split_part(character_value, '.', 1) AS major FROM information_schema.sql_implementation_info WHERE implementation_info_name = 'DBMS VERSION'",
    ],
  },
  {
    name: 'catalogs: pg_matviews.definition qualifies a one-table query with its table name on 15 (round 20)',
    setup: 'CREATE TABLE t (id int, name text); CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;',
    steps: [
      "SELECT matviewname, ispopulated, definition FROM pg_matviews WHERE schemaname = 'public' AND matviewname IN ('mv')",
    ],
  },
  {
    name: "catalogs: pg_get_ruledef of a view's _RETURN rule prints the query with table-qualified columns on 15 (round 20)",
    setup: 'CREATE TABLE t (id int, name text); CREATE VIEW v AS SELECT id, name FROM t WHERE id > 0;',
    steps: [
      "SELECT r.rulename, pg_get_ruledef(r.oid) AS d FROM pg_rewrite r WHERE r.ev_class = 'v'::regclass",
    ],
  },
  {
    name: "catalogs: information_schema.columns says is_nullable YES for a nullable column (a migration runner's check) (round 20)",
    setup:
      'CREATE TABLE acct (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint, big bigint, score numeric(5,2), ok boolean NOT NULL DEFAULT false, at timestamptz, day date, data jsonb, uid uuid);',
    steps: [
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'name' AND is_nullable = 'YES') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'name' AND is_nullable = 'NO') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'id' AND is_nullable = 'NO') AS e",
    ],
  },
  {
    name: 'catalogs: information_schema.columns.data_type names types as the standard does (character varying, smallint, timestamp with time zone) (round 20)',
    setup:
      'CREATE TABLE acct (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint, big bigint, score numeric(5,2), ok boolean NOT NULL DEFAULT false, at timestamptz, day date, data jsonb, uid uuid);',
    steps: [
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'email' AND data_type = 'character varying') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'email' AND data_type = 'varchar') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'age' AND data_type = 'smallint') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'big' AND data_type = 'bigint') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'score' AND data_type = 'numeric') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'ok' AND data_type = 'boolean') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'at' AND data_type = 'timestamp with time zone') AS e",
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND column_name = 'at' AND data_type = 'timestamptz') AS e",
    ],
  },
  {
    name: 'catalogs: information_schema.columns.table_catalog is the database name, not a fixed word (round 20)',
    setup:
      'CREATE TABLE acct (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint, big bigint, score numeric(5,2), ok boolean NOT NULL DEFAULT false, at timestamptz, day date, data jsonb, uid uuid);',
    steps: [
      "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'acct' AND table_catalog = 'pgmem' AND column_name = 'id') AS e",
    ],
  },
  {
    name: 'catalogs: information_schema.columns of varchar, numeric, timestamptz(3), interval and arrays (length, precision, udt_name) (round 20)',
    setup:
      'CREATE TABLE t (a varchar(10), b numeric(10,2), c timestamptz(3), d interval day to second(3), e int[], f char(4), g double precision, h bit varying(8));',
    steps: [
      "SELECT column_name, data_type, udt_name, character_maximum_length, character_octet_length, numeric_precision, numeric_precision_radix, numeric_scale, datetime_precision, interval_type, interval_precision FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('t') ORDER BY ordinal_position",
    ],
  },
  {
    name: 'catalogs: identity and generated columns in information_schema.columns and pg_attribute (round 20)',
    setup:
      "CREATE TABLE idg (a int GENERATED ALWAYS AS IDENTITY, b bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY -1 MINVALUE -10 MAXVALUE 100 CYCLE), d int GENERATED ALWAYS AS (a + 1) STORED, f text DEFAULT 'x');",
    steps: [
      "SELECT column_name, is_identity, identity_generation, identity_start, identity_increment, identity_minimum, identity_maximum, identity_cycle, is_generated, generation_expression, column_default, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('idg') ORDER BY ordinal_position",
      "SELECT attname, attidentity, attgenerated, atthasdef, attnotnull FROM pg_attribute WHERE attrelid = 'idg'::regclass AND attnum > 0 ORDER BY attnum",
      "SELECT pg_get_serial_sequence('idg', 'a') AS a, pg_get_serial_sequence('idg', 'b') AS b, pg_get_serial_sequence('idg', 'd') AS d",
    ],
  },
  {
    name: 'catalogs: column_default and pg_get_expr print defaults with their casts (round 20)',
    setup:
      "CREATE SEQUENCE s; CREATE TABLE t (a int DEFAULT -1, b varchar(10) DEFAULT 'it''s', c timestamptz DEFAULT now(), d text[] DEFAULT '{}', e jsonb DEFAULT '{}'::jsonb, f bigint DEFAULT nextval('s'), g date DEFAULT CURRENT_DATE, h timestamptz DEFAULT (now() + interval '1 day'));",
    steps: [
      "SELECT c.column_name, c.column_default, pg_get_expr(d.adbin, d.adrelid) AS pg_def FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = 't'::regclass AND a.attname = c.column_name LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE c.table_schema = 'public' AND c.table_name IN ('t') ORDER BY c.ordinal_position",
    ],
  },
  {
    name: 'catalogs: a composite foreign key in key_column_usage (position_in_unique_constraint) and referential_constraints (round 20)',
    setup:
      'CREATE TABLE p (a int, b int, UNIQUE (b, a)); CREATE TABLE c (x int, y int, CONSTRAINT c_xy_fk FOREIGN KEY (x, y) REFERENCES p (b, a) MATCH FULL ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED);',
    steps: [
      "SELECT table_name, constraint_name, column_name, ordinal_position, position_in_unique_constraint FROM information_schema.key_column_usage WHERE table_schema = 'public' AND table_name IN ('p', 'c') ORDER BY 1, 2, 4",
      "SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = 'public' AND constraint_name IN ('c_xy_fk')",
      "SELECT conname, contype, condeferrable, condeferred, conkey::text, confkey::text, confupdtype, confdeltype, confmatchtype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'c'::regclass ORDER BY 1",
    ],
  },
  {
    name: 'catalogs: table_constraints of primary, unique nulls not distinct and check constraints (round 20)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY, a int, b int, CONSTRAINT p_a_uq UNIQUE NULLS NOT DISTINCT (a), CONSTRAINT p_order CHECK (a < b));',
    steps: [
      "SELECT constraint_name, constraint_type, is_deferrable, initially_deferred, enforced, nulls_distinct FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name IN ('p') AND constraint_name NOT LIKE '%_not_null' ORDER BY 1",
      "SELECT cc.constraint_name, cc.check_clause FROM information_schema.check_constraints cc WHERE cc.constraint_schema = 'public' AND cc.constraint_name IN ('p_order')",
    ],
  },
  {
    name: 'catalogs: pg_index and pg_get_indexdef of expression, partial, descending and included-column indexes (round 20)',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY, s text, n int, j jsonb); CREATE INDEX p_s_idx ON p (s DESC NULLS FIRST, n); CREATE INDEX p_lower ON p (lower(s)) WHERE n > 0; CREATE INDEX p_j ON p USING gin (j jsonb_path_ops); CREATE UNIQUE INDEX p_inc ON p (n) INCLUDE (s);',
    steps: [
      "SELECT ix.indexrelid::regclass::text AS i, ix.indisunique, ix.indisprimary, ix.indnatts, ix.indnkeyatts, ix.indkey::text AS k, ix.indoption::text AS o, pg_get_expr(ix.indpred, ix.indrelid) AS pred, pg_get_expr(ix.indexprs, ix.indrelid) AS exprs, pg_get_indexdef(ix.indexrelid) AS def FROM pg_index ix WHERE ix.indrelid = 'p'::regclass ORDER BY 1",
    ],
  },
  {
    name: 'catalogs: serial and identity sequences are owned through pg_depend (deptype a and i) and listed in pg_sequence (round 20)',
    setup:
      'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 2), sr serial, b bigserial);',
    steps: [
      "SELECT d.objid::regclass::text AS seq, a.attname AS col, d.deptype FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.refobjid = 't'::regclass AND d.deptype IN ('a', 'i') ORDER BY 1",
      "SELECT seqrelid::regclass::text AS s, format_type(seqtypid, NULL) AS ty, seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle FROM pg_sequence WHERE seqrelid IN ('t_id_seq'::regclass, 't_sr_seq'::regclass, 't_b_seq'::regclass) ORDER BY 1",
    ],
  },
  {
    name: 'catalogs: pg_enum sort order after ADD VALUE BEFORE and AFTER and RENAME VALUE (round 20)',
    setup:
      "CREATE TYPE e2 AS ENUM ('b', 'd'); ALTER TYPE e2 ADD VALUE 'a' BEFORE 'b'; ALTER TYPE e2 ADD VALUE 'c' AFTER 'b'; ALTER TYPE e2 ADD VALUE 'e'; ALTER TYPE e2 RENAME VALUE 'd' TO 'dd';",
    steps: [
      "SELECT enumlabel, enumsortorder FROM pg_enum WHERE enumtypid = 'e2'::regtype ORDER BY enumsortorder",
      'SELECT enum_range(NULL::e2)::text AS r',
    ],
  },
  {
    name: 'catalogs: information_schema.triggers and pg_get_triggerdef of row, statement, WHEN, column and constraint triggers (round 20)',
    setup:
      'CREATE TABLE tt (a int, b int); CREATE FUNCTION tt_fn() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$; CREATE TRIGGER tt_before BEFORE INSERT OR UPDATE OF a ON tt FOR EACH ROW WHEN (NEW.a IS NOT NULL) EXECUTE FUNCTION tt_fn(); CREATE TRIGGER tt_after AFTER DELETE ON tt FOR EACH STATEMENT EXECUTE FUNCTION tt_fn(); CREATE CONSTRAINT TRIGGER tt_ct AFTER UPDATE ON tt DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tt_fn();',
    steps: [
      "SELECT trigger_name, event_manipulation, action_order, action_condition, action_statement, action_orientation, action_timing FROM information_schema.triggers WHERE event_object_schema = 'public' AND event_object_table IN ('tt') ORDER BY 1, 2",
      "SELECT tgname, tgenabled, tgdeferrable, tginitdeferred, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = 'tt'::regclass AND NOT tgisinternal ORDER BY 1",
    ],
  },
  {
    name: "catalogs: psql \\d's column query (pg_get_expr pretty, collation, identity, generated) (round 20)",
    setup:
      "CREATE TYPE status AS ENUM ('new', 'done');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint CHECK (age >= 0), score numeric(5,2) DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now(), st status NOT NULL DEFAULT 'new', tags text[]);\nCREATE TABLE posts (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE, title varchar(200) NOT NULL, published boolean NOT NULL DEFAULT false, slug text GENERATED ALWAYS AS (lower(title)) STORED);\nCREATE INDEX posts_user_idx ON posts (user_id);\nCREATE UNIQUE INDEX posts_title_lower ON posts (lower(title)) WHERE published;\nCOMMENT ON TABLE users IS 'app users';\nCOMMENT ON COLUMN users.email IS 'login email';",
    steps: [
      "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef), a.attnotnull, (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation, a.attidentity, a.attgenerated FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'posts'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
      "SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x')) WHERE c.oid = 'posts'::regclass AND c.oid = i.indrelid AND i.indexrelid = c2.oid ORDER BY i.indisprimary DESC, c2.relname",
    ],
  },
  {
    name: 'catalogs: knex hasTable and hasColumn count through information_schema with current_schema() (round 20)',
    setup:
      'CREATE TABLE acct (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint, big bigint, score numeric(5,2), ok boolean NOT NULL DEFAULT false, at timestamptz, day date, data jsonb, uid uuid);',
    steps: [
      {
        sql: 'select count(*) as n from information_schema.tables where table_name = $1 and table_schema = current_schema()',
        params: ['acct'],
      },
      {
        sql: 'select count(*) as n from information_schema.tables where table_name = $1 and table_schema = current_schema()',
        params: ['Acct'],
      },
      {
        sql: 'select count(*) as n from information_schema.columns where table_name = $1 and column_name = $2 and table_schema = current_schema()',
        params: ['acct', 'email'],
      },
    ],
  },
  {
    name: 'catalogs: sequences and indexes are not rows of information_schema.tables (round 20)',
    setup:
      'CREATE TABLE acct (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint, big bigint, score numeric(5,2), ok boolean NOT NULL DEFAULT false, at timestamptz, day date, data jsonb, uid uuid); CREATE INDEX acct_name_idx ON acct (name); CREATE SEQUENCE acct_extra_seq;',
    steps: [
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('acct_id_seq', 'acct_extra_seq', 'acct_pkey', 'acct_name_idx')",
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('acct', 'nope') AND table_type = 'BASE TABLE'",
    ],
  },
  {
    name: 'utility: ON COMMIT DELETE ROWS empties a temporary table at each commit; ON COMMIT DROP drops it (round 20)',
    steps: [
      'CREATE TEMP TABLE x (a int) ON COMMIT DELETE ROWS',
      'BEGIN',
      'INSERT INTO x VALUES (1)',
      'SELECT a FROM x',
      'COMMIT',
      'SELECT count(*)::int AS n FROM x',
      'BEGIN',
      'CREATE TEMP TABLE y (a int) ON COMMIT DROP',
      'COMMIT',
      'SELECT * FROM y',
    ],
  },
  {
    name: 'extensions: pg_available_extension_versions lists only 15 versions of pgcrypto (round 21)',
    steps: [
      "SELECT version, superuser, trusted, relocatable, schema, requires FROM pg_available_extension_versions WHERE name = 'pgcrypto' ORDER BY version",
    ],
  },
  {
    name: 'extensions: pg_extension_update_paths of pgcrypto stop at 1.3 (round 21)',
    steps: [
      "SELECT source, target, path FROM pg_extension_update_paths('pgcrypto') WHERE path IS NOT NULL ORDER BY 1, 2",
    ],
  },
  {
    name: "extensions: an extension's array types are not members of it in pg_depend (round 21)",
    setup: 'CREATE EXTENSION hstore',
    steps: [
      "SELECT t.typname FROM pg_depend d JOIN pg_type t ON t.oid = d.objid WHERE d.classid = 'pg_type'::regclass AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hstore') ORDER BY 1",
    ],
  },
  {
    name: 'extensions: member objects of cube by catalog (round 21)',
    setup: 'CREATE EXTENSION cube',
    steps: [
      "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'cube') GROUP BY 1 ORDER BY 1",
    ],
  },
  {
    name: 'extensions: hstore subscript assignment and GIN containment (round 21)',
    setup:
      "CREATE EXTENSION hstore; CREATE TABLE hs (id int, h hstore); INSERT INTO hs VALUES (1, 'a=>1'), (2, 'a=>1, b=>2'), (3, 'c=>3')",
    steps: [
      'CREATE INDEX hs_h ON hs USING gin (h)',
      "UPDATE hs SET h['d'] = '4' WHERE id = 3",
      "SELECT id, h FROM hs WHERE h @> 'a=>1' OR h ? 'd' ORDER BY id",
    ],
  },
  {
    name: 'extensions: btree_gin multi-column index with an array column (round 21)',
    setup:
      "CREATE EXTENSION btree_gin; CREATE TABLE bg (id int, a int, tags text[]); INSERT INTO bg VALUES (1, 1, '{x}'), (2, 1, '{y}'), (3, 2, '{x}')",
    steps: [
      'CREATE INDEX bg_i ON bg USING gin (a, tags)',
      "SELECT pg_get_indexdef('bg_i'::regclass) AS v",
      "SELECT id FROM bg WHERE a = 1 AND tags @> '{x}' ORDER BY id",
    ],
  },
  {
    name: 'extensions: DROP EXTENSION with a dependent column, RESTRICT then CASCADE (round 21)',
    setup: 'CREATE EXTENSION hstore; CREATE TABLE dh (id int, h hstore)',
    steps: [
      'DROP EXTENSION hstore',
      'DROP EXTENSION hstore CASCADE',
      "SELECT attname FROM pg_attribute WHERE attrelid = 'dh'::regclass AND attnum > 0 ORDER BY attnum",
    ],
  },
  {
    name: 'extensions: CREATE EXTENSION SCHEMA, old VERSION and ALTER EXTENSION UPDATE (round 21)',
    steps: [
      'CREATE SCHEMA ext',
      "CREATE EXTENSION hstore SCHEMA ext VERSION '1.4'",
      "SELECT extnamespace::regnamespace::text AS s, extversion FROM pg_extension WHERE extname = 'hstore'",
      'ALTER EXTENSION hstore UPDATE',
      "SELECT extversion FROM pg_extension WHERE extname = 'hstore'",
      "SELECT 'a=>1'::hstore",
    ],
  },
  {
    name: 'extensions: a function ALTER EXTENSION DROP took out outlives DROP EXTENSION (round 21)',
    setup: 'CREATE EXTENSION pgcrypto',
    steps: [
      'ALTER EXTENSION pgcrypto DROP FUNCTION digest(text, text)',
      'DROP EXTENSION pgcrypto',
      "SELECT count(*) AS n FROM pg_proc WHERE proname = 'digest'",
      'DROP FUNCTION digest(text, text)',
    ],
  },
  {
    name: 'extending: dropping a table a BEGIN ATOMIC function reads is 2BP01 (round 21)',
    setup:
      'CREATE TABLE t (x int); CREATE FUNCTION n() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM t; END',
    steps: ['DROP TABLE t'],
  },
  {
    name: 'extending: an assignment cast from int to a composite type is used by INSERT (round 21)',
    setup:
      'CREATE TYPE money2 AS (cents int8);\nCREATE FUNCTION m2(int) RETURNS money2 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ROW($1::int8 * 100)::money2 $$;\nCREATE CAST (int AS money2) WITH FUNCTION m2(int) AS ASSIGNMENT;\nCREATE TABLE t (m money2);',
    steps: [
      'INSERT INTO t VALUES (7)',
      'SELECT (m).cents AS c FROM t',
      "SELECT castcontext, castmethod FROM pg_cast WHERE casttarget = 'money2'::regtype",
    ],
  },
  {
    name: 'violations: NOT VALID keeps old rows and VALIDATE CONSTRAINT reports the first failing row (round 21)',
    setup: "CREATE TABLE nv (a int, b text); INSERT INTO nv VALUES (-1, 'row one');",
    steps: [
      'ALTER TABLE nv ADD CONSTRAINT nv_pos CHECK (a > 0) NOT VALID',
      'INSERT INTO nv VALUES (-2)',
      'ALTER TABLE nv VALIDATE CONSTRAINT nv_pos',
    ],
  },
  {
    name: 'violations: ADD COLUMN with a constant default under UNIQUE reports the duplicated key (round 21)',
    setup: "CREATE TABLE al (id int, v text); INSERT INTO al VALUES (1, 'x'), (2, 'y');",
    steps: [
      'ALTER TABLE al ADD COLUMN c int DEFAULT 1 UNIQUE',
      "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'al'",
    ],
  },
  {
    name: 'violations: an identity with MAXVALUE reaches it as 2200H (round 21)',
    setup: 'CREATE TABLE so (id int GENERATED ALWAYS AS IDENTITY (MAXVALUE 2), v int)',
    steps: ['INSERT INTO so (v) VALUES (1), (2)', 'INSERT INTO so (v) VALUES (3)'],
  },
  {
    name: 'ALTER DOMAIN ADD of a key 15 parses but refuses, and one it cannot parse (round 21)',
    setup: 'CREATE DOMAIN d AS int; CREATE TABLE t (a int PRIMARY KEY);',
    steps: [
      'ALTER DOMAIN d ADD PRIMARY KEY',
      'ALTER DOMAIN d ADD PRIMARY KEY (a) x',
      'ALTER DOMAIN d ADD FOREIGN KEY (a) REFERENCES t',
      'ALTER DOMAIN d ADD EXCLUDE (a WITH =)',
      'ALTER DOMAIN d ADD CONSTRAINT u UNIQUE NULLS NOT DISTINCT (a)',
      'ALTER DOMAIN d ADD CONSTRAINT u UNIQUE (a) NOT VALID',
    ],
  },
  {
    name: 'catalog leaks: POSITION printed in SQL syntax after a nondeterministic collation (round 21)',
    setup:
      "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\nCREATE TABLE u (email text CHECK (position('@' IN email) > 1), name text CHECK (name LIKE 'a%'),\n  w text CHECK (position('x' IN substr(w, position('y' IN w))) >= 0 AND w <> '\"position\"(a, b)'));\nCREATE INDEX u_at ON u (strpos(email, '@'), position(',' IN email));",
    steps: [
      "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'u'::regclass ORDER BY conname",
      "SELECT conname, pg_get_expr(conbin, conrelid, true) AS expr FROM pg_constraint WHERE conrelid = 'u'::regclass ORDER BY conname",
      "SELECT pg_get_indexdef('u_at'::regclass) AS def",
    ],
  },
  {
    name: 'event triggers: a CHECK named t_id_not_null is among sql_drop dropped objects (round 21)',
    setup:
      "CREATE TABLE dropped_log (object_type text, object_identity text);\n      CREATE FUNCTION log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$\n      BEGIN\n        INSERT INTO dropped_log SELECT object_type, object_identity FROM pg_event_trigger_dropped_objects()\n          WHERE object_type LIKE '%constraint%';\n      END $$;\n      CREATE EVENT TRIGGER corpus_log_drop ON sql_drop EXECUTE FUNCTION log_drop()",
    steps: [
      'CREATE TABLE t (id int CONSTRAINT t_id_not_null CHECK (id IS NOT NULL))',
      'ALTER TABLE t DROP CONSTRAINT t_id_not_null',
      'SELECT object_type, object_identity FROM dropped_log ORDER BY 1, 2',
      'DROP EVENT TRIGGER corpus_log_drop',
    ],
  },
  {
    name: 'event triggers: NOT NULL columns and a named CHECK dropped with their table (round 21)',
    setup:
      "CREATE TABLE dropped_log (object_type text, object_identity text);\n      CREATE FUNCTION log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$\n      BEGIN\n        INSERT INTO dropped_log SELECT object_type, object_identity FROM pg_event_trigger_dropped_objects()\n          WHERE object_type LIKE '%constraint%';\n      END $$;\n      CREATE EVENT TRIGGER corpus_log_drop ON sql_drop EXECUTE FUNCTION log_drop()",
    steps: [
      'CREATE TABLE t (id int NOT NULL, v int NOT NULL CONSTRAINT v_positive CHECK (v > 0))',
      'DROP TABLE t',
      'SELECT object_type, object_identity FROM dropped_log ORDER BY 1, 2',
      'DROP EVENT TRIGGER corpus_log_drop',
    ],
  },
  {
    name: "constraint names: a constraint named twice is 15's syntax error, two constraints each named are not (round 21)",
    steps: [
      'CREATE TABLE x (a int CONSTRAINT c1 CONSTRAINT c2 NOT NULL)',
      'CREATE TABLE y (a int, CONSTRAINT c1 CONSTRAINT c2 CHECK (a > 0))',
      'CREATE TABLE z (a int CONSTRAINT "c 1" NOT NULL CONSTRAINT c2 CHECK (a > 0))',
      "SELECT conname, contype FROM pg_constraint WHERE conrelid = 'z'::regclass ORDER BY conname",
    ],
  },
  {
    name: 'dumps: a pg_dump file attaching partitions to an identity table loads whole, the partitions taking the dumped ids (round 22)',
    steps: [
      "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\nSET client_min_messages = warning;\nSET default_table_access_method = heap;\nCREATE TABLE public.events (id bigint NOT NULL, happened_on date NOT NULL, kind text NOT NULL) PARTITION BY RANGE (happened_on);\nCREATE TABLE public.events_2024 (id bigint NOT NULL, happened_on date NOT NULL, kind text NOT NULL);\nCREATE TABLE public.events_default (id bigint NOT NULL, happened_on date NOT NULL, kind text NOT NULL);\nALTER TABLE public.events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n    SEQUENCE NAME public.events_id_seq\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1\n);\nALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\nALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;\nINSERT INTO public.events_2024 (id, happened_on, kind) VALUES (1, '2024-03-01', 'signup');\nINSERT INTO public.events_default (id, happened_on, kind) VALUES (2, '2030-01-01', 'later');\nSELECT pg_catalog.setval('public.events_id_seq', 2, true);\nALTER TABLE ONLY public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, happened_on);",
      "INSERT INTO public.events (happened_on, kind) VALUES ('2024-05-01', 'x') RETURNING id, tableoid::regclass::text AS part",
      "SELECT a.attrelid::regclass::text AS rel, a.attidentity FROM pg_catalog.pg_attribute a WHERE a.attname = 'id' AND a.attrelid IN ('public.events'::regclass, 'public.events_2024'::regclass) ORDER BY 1",
    ],
  },
  {
    name: 'dumps: in one query, a partition made with PARTITION OF an identity table takes an id and refuses a missing one (round 22)',
    steps: [
      'CREATE TABLE ip (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k);\nCREATE TABLE ip1 PARTITION OF ip FOR VALUES FROM (0) TO (10);\nINSERT INTO ip1 VALUES (5, 1);\nINSERT INTO ip (k) VALUES (2);\nSELECT id, k FROM ip ORDER BY k;',
      'INSERT INTO ip1 (k) VALUES (3)',
    ],
  },
  {
    name: "dumps: the dump's set_config('search_path', '', false) leaves unqualified names unresolved for the session (round 22)",
    setup: 'CREATE TABLE t (id int)',
    steps: [
      "SELECT pg_catalog.set_config('search_path', '', false)",
      'SELECT * FROM t',
      'SELECT current_schema() AS s',
    ],
  },
  {
    name: "dumps: pg_dump's preamble settings one by one (round 22)",
    steps: [
      'SET statement_timeout = 0',
      'SET lock_timeout = 0',
      'SET idle_in_transaction_session_timeout = 0',
      "SET client_encoding = 'UTF8'",
      'SET standard_conforming_strings = on',
      'SET check_function_bodies = false',
      'SET xmloption = content',
      'SET client_min_messages = warning',
      'SET row_security = off',
      "SET default_tablespace = ''",
      'SET default_table_access_method = heap',
      "SELECT current_setting('check_function_bodies') AS cfb, current_setting('row_security') AS rs, current_setting('lock_timeout') AS lt",
    ],
  },
  {
    name: 'dumps: a materialized view dumped WITH NO DATA cannot be read until refreshed (round 22)',
    setup:
      'CREATE TABLE public.orders (customer_id integer, total numeric(12,2));\nINSERT INTO public.orders VALUES (1, 2.50), (1, 3.00);\nCREATE MATERIALIZED VIEW public.customer_totals AS\n SELECT orders.customer_id, count(*) AS n, sum(orders.total) AS spent\n   FROM public.orders\n  GROUP BY orders.customer_id\n  WITH NO DATA;',
    steps: [
      'SELECT * FROM customer_totals',
      'REFRESH MATERIALIZED VIEW customer_totals',
      'SELECT * FROM customer_totals',
    ],
  },
  {
    name: 'dumps: a dumped domain with NOT NULL and CHECK constraints guards a column (round 22)',
    setup:
      'CREATE DOMAIN public.positive_money AS numeric(12,2) NOT NULL\n\tCONSTRAINT positive_money_check CHECK ((VALUE >= (0)::numeric));\nCREATE TABLE public.prices (sku text, price public.positive_money);',
    steps: [
      "INSERT INTO prices VALUES ('a', -1)",
      "INSERT INTO prices (sku) VALUES ('b')",
      "INSERT INTO prices VALUES ('c', 1.005) RETURNING price",
    ],
  },
  {
    name: 'dumps: information_schema.referential_constraints after ALTER TABLE ONLY ... ADD CONSTRAINT lines (round 22)',
    setup:
      'CREATE TABLE public.a (id int NOT NULL);\nCREATE TABLE public.b (id int NOT NULL, a_id int);\nALTER TABLE ONLY public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);\nALTER TABLE ONLY public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a(id) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE;',
    steps: [
      'SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints',
      "SELECT constraint_name, is_deferrable, initially_deferred FROM information_schema.table_constraints WHERE table_name = 'b' AND constraint_type = 'FOREIGN KEY'",
    ],
  },
  {
    name: 'migrations: CREATE INDEX CONCURRENTLY outside a transaction, inside one, and in a multi-statement query (round 22)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, email text)',
    steps: [
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_email_idx ON t (email)',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_email_idx ON t (email)',
      'BEGIN',
      'CREATE INDEX CONCURRENTLY t_email2 ON t (email)',
      'ROLLBACK',
      'SELECT 1; CREATE INDEX CONCURRENTLY t_email3 ON t (email)',
      'DROP INDEX CONCURRENTLY IF EXISTS t_email_idx',
      "SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
    ],
  },
  {
    name: 'migrations: a failed CREATE UNIQUE INDEX CONCURRENTLY leaves an invalid index behind (round 22)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 1), (2, 1);',
    steps: [
      'CREATE UNIQUE INDEX CONCURRENTLY t_n_key ON t (n)',
      "SELECT indexrelid::regclass::text AS idx, indisvalid FROM pg_index WHERE indrelid = 't'::regclass ORDER BY 1",
    ],
  },
  {
    name: 'migrations: ALTER TYPE ADD VALUE in a transaction cannot be used before COMMIT, can after (round 22)',
    setup: "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE m (v mood);",
    steps: [
      'BEGIN',
      "ALTER TYPE mood ADD VALUE 'happy'",
      "INSERT INTO m VALUES ('happy')",
      'ROLLBACK',
      'SELECT enum_range(NULL::mood)::text AS v',
      'BEGIN',
      "ALTER TYPE mood ADD VALUE 'happy' BEFORE 'ok'",
      'COMMIT',
      "INSERT INTO m VALUES ('happy') RETURNING v",
      'SELECT enum_range(NULL::mood)::text AS v',
    ],
  },
  {
    name: 'migrations: ALTER TYPE ADD VALUE then its use in one multi-statement query (round 22)',
    setup: "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE m (v mood);",
    steps: [
      "ALTER TYPE mood ADD VALUE 'happy'; INSERT INTO m VALUES ('happy')",
      'SELECT enum_range(NULL::mood)::text AS v',
    ],
  },
  {
    name: 'migrations: ADD VALUE IF NOT EXISTS twice, then without IF NOT EXISTS (round 22)',
    setup: "CREATE TYPE mood AS ENUM ('sad', 'ok');",
    steps: [
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy'",
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy'",
      "ALTER TYPE mood ADD VALUE 'happy'",
      "ALTER TYPE mood ADD VALUE 'x' AFTER 'nope'",
    ],
  },
  {
    name: 'migrations: Prisma migration file sent as one query, then run again (round 22)',
    steps: [
      'CREATE TYPE "Role" AS ENUM (\'USER\', \'ADMIN\');\nCREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "role" "Role" NOT NULL DEFAULT \'USER\', "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\nCREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" INTEGER NOT NULL, "price" DECIMAL(65,30), CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));\nCREATE UNIQUE INDEX "User_email_key" ON "User"("email");\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;',
      'INSERT INTO "User" ("email") VALUES (\'a@b.c\') RETURNING "id", "role"',
      'INSERT INTO "Post" ("id", "authorId", "price") VALUES (\'p1\', 1, 12.5) RETURNING "price"',
      'DELETE FROM "User"',
      "CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');",
    ],
  },
  {
    name: 'migrations: SET lock_timeout forms, SET LOCAL inside and outside a transaction (round 22)',
    steps: [
      "SET lock_timeout = '5s'",
      'SHOW lock_timeout',
      'SET lock_timeout TO 3000',
      'SHOW lock_timeout',
      'BEGIN',
      "SET LOCAL lock_timeout = '2s'",
      'SHOW lock_timeout',
      'COMMIT',
      'SHOW lock_timeout',
      "SET LOCAL lock_timeout = '1s'",
      'SHOW lock_timeout',
      "SET lock_timeout = '5 parsecs'",
    ],
  },
  {
    name: 'migrations: TypeORM enum rename dance in a transaction (round 22)',
    steps: [
      'CREATE TYPE "public"."user_role_enum" AS ENUM(\'admin\', \'user\')',
      'CREATE TABLE "user" ("id" int PRIMARY KEY, "role" "public"."user_role_enum" NOT NULL DEFAULT \'user\')',
      'INSERT INTO "user" VALUES (1, \'admin\')',
      'START TRANSACTION',
      'ALTER TYPE "public"."user_role_enum" RENAME TO "user_role_enum_old"',
      "CREATE TYPE \"public\".\"user_role_enum\" AS ENUM('admin', 'user', 'guest')",
      'ALTER TABLE "user" ALTER COLUMN "role" DROP DEFAULT',
      'ALTER TABLE "user" ALTER COLUMN "role" TYPE "public"."user_role_enum" USING "role"::"text"::"public"."user_role_enum"',
      'ALTER TABLE "user" ALTER COLUMN "role" SET DEFAULT \'user\'',
      'DROP TYPE "public"."user_role_enum_old"',
      'COMMIT',
      'SELECT "role", pg_typeof("role")::text AS t FROM "user"',
    ],
  },
  {
    name: 'migrations: NOT VALID check then VALIDATE fails on an old row (round 22)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 0);',
    steps: [
      'ALTER TABLE t ADD CONSTRAINT n_big CHECK (n > 1) NOT VALID',
      'INSERT INTO t VALUES (2, 0)',
      'ALTER TABLE t VALIDATE CONSTRAINT n_big',
      "SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY 1",
    ],
  },
  {
    name: 'orm-introspect: ALTER TABLE of a table in a missing schema reports the schema (3F000) (round 22)',
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: ['ALTER TABLE nos.orders ADD x int'],
  },
  {
    name: 'orm-introspect: TRUNCATE and CREATE INDEX on a table in a missing schema report the schema (3F000) (round 22)',
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: ['TRUNCATE nos.orders', 'CREATE INDEX ON nos.orders (id)'],
  },
  {
    name: 'orm-introspect: a foreign key referencing a table in a missing schema reports the schema (3F000) (round 22)',
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: ['CREATE TABLE x (a int REFERENCES nos.orders (id))'],
  },
  {
    name: "DROP NOT NULL on a parent clears a child's own NOT NULL too: PostgreSQL 15 has no not-null constraints (round 23)",
    setup: `CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int NOT NULL) INHERITS (p);
            CREATE TABLE q (a int); CREATE TABLE qc () INHERITS (q); ALTER TABLE qc ALTER COLUMN a SET NOT NULL;`,
    steps: [
      'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
      'INSERT INTO ch VALUES (NULL) RETURNING a',
      'ALTER TABLE q ALTER COLUMN a DROP NOT NULL',
      'INSERT INTO qc VALUES (NULL) RETURNING a',
    ],
  },
  {
    name: "DROP NOT NULL on a parent fails on a child whose primary key holds the column; ONLY leaves the child's (round 23)",
    setup: `CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int PRIMARY KEY) INHERITS (p);
            CREATE TABLE o (a int NOT NULL); CREATE TABLE oc (a int NOT NULL) INHERITS (o);`,
    steps: [
      'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
      'ALTER TABLE ONLY o ALTER COLUMN a DROP NOT NULL',
      'INSERT INTO o VALUES (NULL) RETURNING a',
      'INSERT INTO oc VALUES (NULL)',
    ],
  },
  {
    name: 'ALTER TABLE ONLY on a partitioned table with partitions: DROP NOT NULL fails, SET NOT NULL checks every partition (round 23)',
    setup: `CREATE TABLE pp (a int NOT NULL, b int, k int) PARTITION BY LIST (k);
            CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1);`,
    steps: [
      'ALTER TABLE ONLY pp ALTER COLUMN a DROP NOT NULL',
      'ALTER TABLE ONLY pp ALTER COLUMN b SET NOT NULL',
      'ALTER TABLE pp1 ALTER COLUMN b SET NOT NULL',
      'ALTER TABLE ONLY pp ALTER COLUMN b SET NOT NULL',
      'INSERT INTO pp VALUES (1, NULL, 1)',
    ],
  },
  {
    name: "ALTER TABLE ONLY a partitioned table: identity changes pass (15 never recurses them), a CHECK's DROP CONSTRAINT fails (round 23)",
    setup: `CREATE TABLE pp (a int NOT NULL, b int CONSTRAINT b_pos CHECK (b > 0), k int) PARTITION BY LIST (k);
            CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1);`,
    steps: [
      'ALTER TABLE ONLY pp ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY',
      'INSERT INTO pp (k) VALUES (1) RETURNING a',
      'INSERT INTO pp1 (k) VALUES (1)',
      'ALTER TABLE ONLY pp ALTER COLUMN a RESTART WITH 50',
      'INSERT INTO pp (k) VALUES (1) RETURNING a',
      'ALTER TABLE ONLY pp DROP CONSTRAINT b_pos',
      'ALTER TABLE ONLY pp ADD PRIMARY KEY (a, k)',
    ],
  },
  {
    name: 'a materialized view is filled with the session search_path, so current_schema() or format_type() in its query or a function it calls sees public (round 24)',
    setup: `CREATE TABLE emp (id int PRIMARY KEY, salary int);
            INSERT INTO emp VALUES (1, 100), (2, 80);
            CREATE FUNCTION sch() RETURNS text LANGUAGE sql STABLE AS 'SELECT current_schema()';
            CREATE FUNCTION dbl(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i * 2';`,
    steps: [
      "CREATE MATERIALIZED VIEW m1 AS SELECT current_setting('search_path') AS s",
      'CREATE MATERIALIZED VIEW m2 AS SELECT sch() AS s',
      "CREATE TYPE mood AS ENUM ('ok')",
      'CREATE TABLE t (m mood)',
      "CREATE MATERIALIZED VIEW m4 AS SELECT format_type(atttypid, atttypmod) AS ty FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0",
      'CREATE MATERIALIZED VIEW m3 AS SELECT sch() AS s WITH NO DATA',
      'REFRESH MATERIALIZED VIEW m3',
      'CREATE MATERIALIZED VIEW pay AS SELECT id, dbl(salary) AS d FROM emp',
      'REFRESH MATERIALIZED VIEW pay',
      'SELECT id, d FROM pay ORDER BY id',
    ],
  },
  {
    name: 'an expression index is built with the session search_path, so a function reading current_schema() indexes public (round 24)',
    setup: `CREATE TABLE emp (id int PRIMARY KEY, name text);
            INSERT INTO emp SELECT g, 'n' || g FROM generate_series(1, 50) g;
            CREATE FUNCTION tag(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT t || current_schema()';
            CREATE FUNCTION up(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT upper(t)';`,
    steps: [
      'CREATE INDEX emp_tag ON emp (tag(name))',
      'CREATE INDEX emp_up ON emp (up(name)) WHERE id > 0',
      'SET enable_seqscan = off',
      "SELECT id FROM emp WHERE tag(name) = 'n1public'",
      "SELECT id FROM emp WHERE up(name) = 'N2' AND id > 0",
    ],
  },
  {
    name: 'generated writes: ATTACH PARTITION of a table with its own identity column, under a parent without one (round 26)',
    setup: 'CREATE TABLE pt (id int NOT NULL, k int) PARTITION BY RANGE (k);',
    steps: [
      'CREATE TABLE pt2 (id int GENERATED ALWAYS AS IDENTITY, k int)',
      'ALTER TABLE pt ATTACH PARTITION pt2 FOR VALUES FROM (10) TO (20)',
      'INSERT INTO pt2 (k) VALUES (11) RETURNING id, k',
    ],
  },
  {
    name: 'generated migrations: rows a column was added to with a DEFAULT, read and updated by their key after the default changed (round 27)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE, qty int); INSERT INTO t VALUES (1, 'a', 3), (2, 'b', NULL), (3, 'c', 0);",
    steps: [
      'ALTER TABLE t ADD COLUMN c int DEFAULT 5',
      'ALTER TABLE t ADD COLUMN d text',
      "ALTER TABLE t ALTER COLUMN c SET DEFAULT 7, ALTER COLUMN d SET DEFAULT 'x'",
      'SELECT * FROM t WHERE id = 2',
      "SELECT id, c, d FROM t WHERE code = 'c'",
      'UPDATE t SET qty = 1 WHERE id = 1 RETURNING *',
      'INSERT INTO t (id) VALUES (4) RETURNING *',
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'generated migrations: one ALTER TABLE runs every DROP first, so SET DEFAULT then DROP DEFAULT keeps the default (round 27)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, qty int); INSERT INTO t VALUES (1, 3), (2, NULL);',
    steps: [
      'ALTER TABLE t ALTER COLUMN qty SET DEFAULT 5, ALTER COLUMN qty DROP DEFAULT',
      'INSERT INTO t (id) VALUES (3) RETURNING qty',
      'ALTER TABLE t ADD CONSTRAINT u UNIQUE (qty), DROP CONSTRAINT u',
      'ALTER TABLE t ALTER COLUMN qty SET NOT NULL, DROP CONSTRAINT nope',
      'ALTER TABLE t ALTER COLUMN qty SET NOT NULL, ALTER COLUMN qty SET DEFAULT 0',
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'generated migrations: one ALTER TABLE that adds a column and then alters it, or adds it twice with IF NOT EXISTS (round 27)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, qty int); INSERT INTO t VALUES (1, 3), (2, NULL);',
    steps: [
      'ALTER TABLE t ADD COLUMN c int DEFAULT 1, ALTER COLUMN c SET DEFAULT 9',
      'ALTER TABLE t ADD COLUMN e int, ALTER COLUMN e SET NOT NULL',
      'ALTER TABLE t ADD COLUMN f int, ADD COLUMN IF NOT EXISTS f text',
      'SELECT * FROM t ORDER BY id',
      'INSERT INTO t (id) VALUES (3) RETURNING *',
    ],
  },
  {
    name: 'generated migrations: SET NOT NULL over NULLs beside a unique constraint over duplicates reports the duplicates (round 27)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int); INSERT INTO t VALUES (1, 'a', 3), (2, NULL, 3);",
    steps: [
      'ALTER TABLE t ALTER COLUMN name SET NOT NULL, ADD CONSTRAINT uq UNIQUE (qty)',
      'ALTER TABLE t ALTER COLUMN name SET NOT NULL, ADD COLUMN c int DEFAULT 0',
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'generated migrations: ALTER COLUMN ... TYPE ... USING on a generated column is refused without a position (round 27)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, qty int, g int GENERATED ALWAYS AS (coalesce(qty, 0) * 10) STORED); INSERT INTO t (id, qty) VALUES (1, 3), (2, NULL);',
    steps: [
      'ALTER TABLE t ALTER COLUMN g TYPE text USING g::text',
      'ALTER TABLE t ALTER COLUMN g TYPE bigint',
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'CREATE FOREIGN TABLE with LIKE is refused before its server is looked up (round 28)',
    setup: 'CREATE TABLE acct (id int, opened date)',
    steps: ['CREATE FOREIGN TABLE f (LIKE acct) SERVER nosuch'],
  },
  {
    name: 'a number DEFAULT of a text column is its numeric text (1.50 keeps its scale), and one past a varchar(n) fails each INSERT with 22001 (dml 27)',
    setup:
      'CREATE TABLE d (id int, a text DEFAULT 1.50, b text DEFAULT -0.0, c varchar(4) DEFAULT 007, e text DEFAULT -7); CREATE TABLE l (id int, v varchar(2) DEFAULT 123);',
    steps: [
      'INSERT INTO d (id) VALUES (1) RETURNING a, b, c, e',
      'INSERT INTO d VALUES (2, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING a',
      'INSERT INTO l (id) VALUES (1)',
      'SELECT count(*) FROM l',
    ],
  },
  {
    name: 'a numeric(p,s) DEFAULT that rounds past the precision fails each INSERT that uses it with 22003, not CREATE TABLE (dml 27)',
    setup:
      'CREATE TABLE d (id int, a numeric(3,1) DEFAULT 99.96); CREATE TABLE e (id int, b numeric(3,1) DEFAULT 99.94, c numeric(3,1) DEFAULT -0.04);',
    steps: [
      'INSERT INTO d (id) VALUES (1)',
      'INSERT INTO d VALUES (2, 5)',
      'SELECT * FROM d',
      'INSERT INTO e (id) VALUES (1) RETURNING b, c',
    ],
  },
  {
    name: 'ADD COLUMN with an integer DEFAULT that rounds past int fills no row: 22003 integer out of range (dml 27)',
    setup: 'CREATE TABLE d (id int); INSERT INTO d VALUES (1), (2);',
    steps: [
      'ALTER TABLE d ADD COLUMN x int DEFAULT 2147483647.5',
      'ALTER TABLE d ADD COLUMN y int DEFAULT -2147483648.4',
      'SELECT * FROM d ORDER BY id',
    ],
  },
  {
    name: 'a CHECK fails on NULL AND false and on NOT (NULL OR true), and passes on NULL AND true (dml 27)',
    setup: 'CREATE TABLE n (a int, b int, CHECK (a > 0 AND b > 0), CHECK (NOT (a > 0 OR b > 0) OR b < 5));',
    steps: [
      'INSERT INTO n VALUES (NULL, -1)',
      'INSERT INTO n VALUES (NULL, 7)',
      'INSERT INTO n VALUES (NULL, 1) RETURNING *',
      'UPDATE n SET b = -1',
      'SELECT * FROM n',
    ],
  },
  {
    name: 'greatest() and least() in a CHECK skip NULL arguments, so (11, NULL) fails greatest(a, b) < 10 (dml 27)',
    setup: 'CREATE TABLE g (a int, b int, c int, CHECK (greatest(a, b, c) < 10), CHECK (least(a, b) > 0));',
    steps: [
      'INSERT INTO g VALUES (11, NULL, NULL)',
      'INSERT INTO g VALUES (NULL, -1, 1)',
      'INSERT INTO g VALUES (NULL, NULL, NULL), (5, NULL, 9) RETURNING *',
    ],
  },
  {
    name: "a CHECK runs LIKE with its backslash escape, -a with int4's overflow (22003) and upper() with C.UTF-8's case mapping (dml 27)",
    setup:
      "CREATE TABLE c (s text CHECK (s = upper(s)), l text CHECK (lower(l) = 'σς'), p text CHECK (p LIKE 'a\\%%'), a int CHECK (-a <> 0));",
    steps: [
      "INSERT INTO c (p) VALUES ('ab')",
      "INSERT INTO c (p) VALUES ('a%b') RETURNING p",
      'INSERT INTO c (a) VALUES (-2147483648)',
      "INSERT INTO c (s) VALUES ('ß') RETURNING s",
      "INSERT INTO c (l) VALUES ('ΣΣ')",
      'SELECT count(*) FROM c',
    ],
  },
  {
    name: 'a temporary table a trigger function makes belongs to the connection whose INSERT fired it (round 28)',
    setup:
      'CREATE TABLE ev (v int); CREATE FUNCTION seen_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE IF NOT EXISTS seen (v int); INSERT INTO seen VALUES (NEW.v); RETURN NEW; END $$; CREATE TRIGGER tr AFTER INSERT ON ev FOR EACH ROW EXECUTE FUNCTION seen_fn()',
    steps: [
      'INSERT INTO ev VALUES (1), (2)',
      { sql: 'SELECT count(*) AS n FROM seen', client: 'second' },
      'SELECT count(*) AS n FROM seen',
    ],
  },
  {
    name: 'a temporary table a column default makes through a function belongs to the connection that inserted (round 28)',
    setup:
      'CREATE FUNCTION mark() RETURNS int LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE IF NOT EXISTS marks (at int); INSERT INTO marks VALUES (1); RETURN 1; END $$; CREATE TABLE dv (id int, m int DEFAULT mark())',
    steps: [
      'INSERT INTO dv (id) VALUES (1)',
      { sql: 'SELECT count(*) AS n FROM marks', client: 'second' },
      'SELECT count(*) AS n FROM marks',
    ],
  },
  {
    name: 'a function created in pg_temp is called only qualified, and only by the connection that created it (round 28)',
    steps: [
      "CREATE FUNCTION pg_temp.tf() RETURNS int LANGUAGE sql AS 'SELECT 7'",
      'SELECT pg_temp.tf() AS a',
      'SELECT tf()',
      { sql: 'SELECT pg_temp.tf() AS b', client: 'second' },
    ],
  },
  {
    name: 'migrations: node-pg-migrate checks for its table, takes its advisory lock, reads and records its runs (round 28)',
    steps: [
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations'",
      'SELECT pg_try_advisory_lock(7241865325823964) AS "lockObtained"',
      'CREATE TABLE "public"."pgmigrations" ( id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)',
      "SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 'pgmigrations' AND constraint_type = 'PRIMARY KEY'",
      {
        sql: 'INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ($1, NOW()) RETURNING id',
        params: ['1_init'],
      },
      'SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id',
      'SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased"',
      'SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased"',
    ],
  },
]);
