// Round 18 probe, DDL part 7: more of what a migration writes and the application then meets, in the
// forms the simpler engine answers: generated constraint and index names, keys over several columns,
// foreign key errors, enums in tables, sequences behind serial columns, ALTER TABLE on tables with rows.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: more: ');
const add = list.add.bind(list);
const names = (t: string) =>
  `SELECT conname, contype FROM pg_constraint WHERE conrelid = '${t}'::regclass ORDER BY conname`;
const idx = (t: string) => `SELECT indexname FROM pg_indexes WHERE tablename = '${t}' ORDER BY 1`;

add('check over two columns is named after the table alone', [
  'CREATE TABLE t (a int, b int, CHECK (a < b))',
  'INSERT INTO t VALUES (2, 1)',
]);
add('check over one column written at table level is named after it', [
  'CREATE TABLE t (a int, b int, CHECK (b > 0))',
  'INSERT INTO t VALUES (1, 0)',
]);
add('check naming one column twice is named after it', [
  'CREATE TABLE t (a int, CHECK (a > 0 AND a < 10))',
  'INSERT INTO t VALUES (10)',
]);
add('check of a not expression on a boolean column', [
  'CREATE TABLE t (deleted boolean, CHECK (NOT deleted))',
  'INSERT INTO t VALUES (true)',
]);
add('check with is not null on one column', [
  'CREATE TABLE t (a int, CHECK (a IS NOT NULL))',
  'INSERT INTO t VALUES (NULL)',
]);
add('check with coalesce', [
  'CREATE TABLE t (a int, CHECK (coalesce(a, 0) >= 0))',
  'INSERT INTO t VALUES (-1)',
]);
add('two checks fail reports the first by name', [
  'CREATE TABLE t (a int CONSTRAINT z_check CHECK (a > 0) CONSTRAINT a_check CHECK (a > 5))',
  'INSERT INTO t VALUES (-1)',
]);
add('check and not null fail together reports not null', [
  'CREATE TABLE t (a int NOT NULL CHECK (a > 0), b int CHECK (b > 0))',
  'INSERT INTO t VALUES (NULL, -1)',
]);
add('unique over two columns is named after both', [
  'CREATE TABLE t (a int, b int, UNIQUE (a, b))',
  names('t'),
]);
add('unique over three columns name', [
  'CREATE TABLE t (a int, b int, c int, UNIQUE (c, a, b))',
  names('t'),
  idx('t'),
]);
add('primary key over two columns detail', [
  'CREATE TABLE t (a int, b text, PRIMARY KEY (a, b))',
  "INSERT INTO t VALUES (1, 'x'), (1, 'x')",
]);
add('unique column and table constraint on same column', [
  'CREATE TABLE t (a int UNIQUE, UNIQUE (a))',
  names('t'),
]);
add('primary key and unique on same column', [
  'CREATE TABLE t (a int PRIMARY KEY UNIQUE)',
  names('t'),
  idx('t'),
]);
add('unique on primary key columns in other order', [
  'CREATE TABLE t (a int, b int, PRIMARY KEY (a, b), UNIQUE (b, a))',
  names('t'),
]);
add('foreign key named after first column', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p (a, b))',
  'INSERT INTO c VALUES (1, 2)',
]);
add('foreign key detail with text key', [
  'CREATE TABLE p (code text PRIMARY KEY)',
  'CREATE TABLE c (code text REFERENCES p)',
  "INSERT INTO c VALUES ('nope')",
]);
add('foreign key to unique column', [
  'CREATE TABLE p (id int PRIMARY KEY, email text UNIQUE)',
  'CREATE TABLE c (email text REFERENCES p (email))',
  "INSERT INTO p VALUES (1, 'a@b')",
  "INSERT INTO c VALUES ('a@b')",
  "INSERT INTO c VALUES ('x@y')",
]);
add('foreign key to table without primary key', [
  'CREATE TABLE p (id int)',
  'CREATE TABLE c (pid int REFERENCES p)',
]);
add('foreign key update child to null is fine', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (id int, pid int REFERENCES p)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1, 1)',
  'UPDATE c SET pid = NULL RETURNING *',
]);
add('foreign key delete parent with no children', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int REFERENCES p)',
  'INSERT INTO p VALUES (1), (2)',
  'INSERT INTO c VALUES (1)',
  'DELETE FROM p WHERE id = 2',
  'SELECT id FROM p',
]);
add('foreign key cascade delete count', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int REFERENCES p ON DELETE CASCADE)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1), (1), (1)',
  'DELETE FROM p',
  'SELECT count(*) FROM c',
]);
add('foreign key set null on delete leaves other columns', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (id int, pid int REFERENCES p ON DELETE SET NULL, note text)',
  'INSERT INTO p VALUES (1)',
  "INSERT INTO c VALUES (1, 1, 'keep')",
  'DELETE FROM p',
  'SELECT * FROM c',
]);
add('foreign key set null on not null column fails', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (id int, pid int NOT NULL REFERENCES p ON DELETE SET NULL)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p',
]);
add('foreign key cascade update into child', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int REFERENCES p ON UPDATE CASCADE ON DELETE CASCADE)',
  'INSERT INTO p VALUES (1), (2)',
  'INSERT INTO c VALUES (1), (2)',
  'UPDATE p SET id = id * 10',
  'SELECT pid FROM c ORDER BY pid',
]);
add('index on two columns default name', [
  'CREATE TABLE t (a int, b int)',
  'CREATE INDEX ON t (a, b)',
  idx('t'),
]);
add('index default name taken by constraint', [
  'CREATE TABLE t (a int UNIQUE)',
  'CREATE UNIQUE INDEX ON t (a)',
  idx('t'),
]);
add('unique index violation names the index', [
  'CREATE TABLE t (a int, b int)',
  'CREATE UNIQUE INDEX t_a_b ON t (a, b)',
  'INSERT INTO t VALUES (1, 1), (1, 1)',
]);
add('unique index on expression violation detail', [
  'CREATE TABLE t (email text)',
  'CREATE UNIQUE INDEX t_email_lower ON t (lower(email))',
  "INSERT INTO t VALUES ('A@x'), ('a@X')",
]);
add('partial unique index violation', [
  'CREATE TABLE t (a int, active boolean)',
  'CREATE UNIQUE INDEX t_a_active ON t (a) WHERE active',
  'INSERT INTO t VALUES (1, true), (1, false), (1, false)',
  'INSERT INTO t VALUES (1, true)',
]);
add('drop index then duplicates allowed', [
  'CREATE TABLE t (a int)',
  'CREATE UNIQUE INDEX u ON t (a)',
  'DROP INDEX u',
  'INSERT INTO t VALUES (1), (1)',
  'SELECT count(*) FROM t',
]);
add('index name shared across tables is 42P07', [
  'CREATE TABLE t (a int)',
  'CREATE TABLE u (a int)',
  'CREATE INDEX i ON t (a)',
  'CREATE INDEX i ON u (a)',
]);
add('constraint name may repeat across tables for checks', [
  'CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0))',
  'CREATE TABLE u (a int CONSTRAINT pos CHECK (a > 0))',
  "SELECT count(*) FROM pg_constraint WHERE conname = 'pos'",
]);
add('unique constraint name repeating across tables is 42P07', [
  'CREATE TABLE t (a int CONSTRAINT k UNIQUE)',
  'CREATE TABLE u (a int CONSTRAINT k UNIQUE)',
]);
add('table name taken by index is 42P07', [
  'CREATE TABLE t (a int)',
  'CREATE INDEX u ON t (a)',
  'CREATE TABLE u (b int)',
]);
add('serial sequence name taken gets number', [
  'CREATE SEQUENCE t_id_seq',
  'CREATE TABLE t (id serial)',
  "SELECT pg_get_serial_sequence('t', 'id')",
]);
add('serial in two tables', [
  'CREATE TABLE a (id serial, v text)',
  'CREATE TABLE b (id serial, v text)',
  "INSERT INTO a (v) VALUES ('x'), ('y')",
  "INSERT INTO b (v) VALUES ('z') RETURNING id",
]);
add('bigserial returns int8', [
  'CREATE TABLE t (id bigserial, v text)',
  "INSERT INTO t (v) VALUES ('x') RETURNING id, pg_typeof(id)",
]);
add('serial currval after insert', [
  'CREATE TABLE t (id serial, v text)',
  "INSERT INTO t (v) VALUES ('x'), ('y')",
  "SELECT currval('t_id_seq')",
  "SELECT currval(pg_get_serial_sequence('t', 'id'))",
]);
add('serial lastval after insert', [
  'CREATE TABLE t (id serial, v text)',
  "INSERT INTO t (v) VALUES ('x')",
  'SELECT lastval()',
]);
add('serial value consumed by failed insert', [
  'CREATE TABLE t (id serial, v text NOT NULL)',
  'INSERT INTO t (v) VALUES (NULL)',
  "INSERT INTO t (v) VALUES ('x') RETURNING id",
]);
add('identity value consumed by failed insert', [
  "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text CHECK (v <> ''))",
  "INSERT INTO t (v) VALUES ('')",
  "INSERT INTO t (v) VALUES ('x') RETURNING id",
]);
add('setval on serial sequence then insert', [
  'CREATE TABLE t (id serial PRIMARY KEY, v text)',
  "SELECT setval('t_id_seq', 100)",
  "INSERT INTO t (v) VALUES ('x') RETURNING id",
]);
add('setval false on serial sequence then insert', [
  'CREATE TABLE t (id serial PRIMARY KEY, v text)',
  "SELECT setval('t_id_seq', 100, false)",
  "INSERT INTO t (v) VALUES ('x') RETURNING id",
]);
add('serial collides after explicit ids', [
  'CREATE TABLE t (id serial PRIMARY KEY, v text)',
  "INSERT INTO t VALUES (1, 'x')",
  "INSERT INTO t (v) VALUES ('y')",
]);
add('sequence increment negative nextval', [
  'CREATE SEQUENCE s INCREMENT BY -2',
  "SELECT nextval('s'), nextval('s')",
]);
add('sequence start and increment', [
  'CREATE SEQUENCE s START WITH 10 INCREMENT BY 5',
  "SELECT nextval('s'), nextval('s'), nextval('s')",
]);
add('sequence with start only keyword', ['CREATE SEQUENCE s START 3', "SELECT nextval('s')"]);
add('currval in other session is 55000', [
  'CREATE SEQUENCE s',
  "SELECT nextval('s')",
  { sql: "SELECT currval('s')", client: 'second' },
]);
add('nextval in two sessions interleaves', [
  'CREATE SEQUENCE s',
  "SELECT nextval('s')",
  { sql: "SELECT nextval('s')", client: 'second' },
  "SELECT nextval('s'), currval('s')",
]);
add('nextval on dropped sequence', ['CREATE SEQUENCE s', 'DROP SEQUENCE s', "SELECT nextval('s')"]);
add('drop sequence twice', ['CREATE SEQUENCE s', 'DROP SEQUENCE s', 'DROP SEQUENCE s']);
add('drop two sequences', [
  'CREATE SEQUENCE a',
  'CREATE SEQUENCE b',
  'DROP SEQUENCE a, b',
  "SELECT nextval('b')",
]);
add('drop sequence on a table is 42809', ['CREATE TABLE t (a int)', 'DROP SEQUENCE t']);
add('drop index on a sequence is 42809', ['CREATE SEQUENCE s', 'DROP INDEX s']);
add('enum column insert and select', [
  "CREATE TYPE status AS ENUM ('new', 'paid', 'shipped')",
  'CREATE TABLE o (id int, s status)',
  "INSERT INTO o VALUES (1, 'paid'), (2, 'new'), (3, 'shipped')",
  'SELECT id, s FROM o ORDER BY s',
]);
add('enum column bad value', [
  "CREATE TYPE status AS ENUM ('new', 'paid')",
  'CREATE TABLE o (id int, s status)',
  "INSERT INTO o VALUES (1, 'lost')",
]);
add('enum column update bad value', [
  "CREATE TYPE status AS ENUM ('new', 'paid')",
  'CREATE TABLE o (id int, s status)',
  "INSERT INTO o VALUES (1, 'new')",
  "UPDATE o SET s = 'lost'",
]);
add('enum column compare with literal', [
  "CREATE TYPE status AS ENUM ('new', 'paid', 'shipped')",
  'CREATE TABLE o (id int, s status)',
  "INSERT INTO o VALUES (1, 'paid'), (2, 'new'), (3, 'shipped')",
  "SELECT id FROM o WHERE s > 'new' ORDER BY id",
]);
add('enum column not null default', [
  "CREATE TYPE status AS ENUM ('new', 'paid')",
  "CREATE TABLE o (id int, s status NOT NULL DEFAULT 'new')",
  'INSERT INTO o (id) VALUES (1) RETURNING s',
]);
add('enum parameter insert', [
  "CREATE TYPE status AS ENUM ('new', 'paid')",
  'CREATE TABLE o (id int, s status)',
  { sql: 'INSERT INTO o VALUES ($1, $2) RETURNING *', params: [1, 'paid'] },
  { sql: 'INSERT INTO o VALUES ($1, $2)', params: [2, 'lost'] },
]);
add('enum column result type oid is the enum', [
  "CREATE TYPE status AS ENUM ('new')",
  'CREATE TABLE o (s status)',
  "INSERT INTO o VALUES ('new')",
  'SELECT s, s::text AS t, pg_typeof(s)::text AS ty FROM o',
]);
add('alter table add column with enum default', [
  "CREATE TYPE status AS ENUM ('new', 'paid')",
  'CREATE TABLE o (id int)',
  'INSERT INTO o VALUES (1)',
  "ALTER TABLE o ADD COLUMN s status NOT NULL DEFAULT 'paid'",
  'SELECT * FROM o',
]);
add('alter add unique on rows with duplicates', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1), (1)',
  'ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a)',
]);
add('alter add primary key on rows with duplicates', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1), (1)',
  'ALTER TABLE t ADD PRIMARY KEY (a)',
]);
add('alter add unique default name', [
  'CREATE TABLE t (a int, b int)',
  'ALTER TABLE t ADD UNIQUE (a, b)',
  names('t'),
]);
add('alter add primary key default name', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ADD PRIMARY KEY (a)',
  names('t'),
]);
add('alter add foreign key default name', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int)',
  'ALTER TABLE c ADD FOREIGN KEY (pid) REFERENCES p',
  names('c'),
]);
add('alter add column with unique and rows', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1), (2)',
  'ALTER TABLE t ADD COLUMN b int UNIQUE',
  'SELECT * FROM t ORDER BY a',
]);
add('alter add column serial on rows', [
  'CREATE TABLE t (a text)',
  "INSERT INTO t VALUES ('x'), ('y')",
  'ALTER TABLE t ADD COLUMN id serial',
  'SELECT id FROM t ORDER BY id',
]);
add('alter drop column then insert positional', [
  'CREATE TABLE t (a int, b int, c int)',
  'ALTER TABLE t DROP COLUMN b',
  'INSERT INTO t VALUES (1, 3)',
  'SELECT * FROM t',
]);
add('alter rename table then old name missing', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t RENAME TO u',
  'INSERT INTO t VALUES (1)',
]);
add('alter rename column then constraint error names new column', [
  'CREATE TABLE t (a int NOT NULL)',
  'ALTER TABLE t RENAME COLUMN a TO b',
  'INSERT INTO t VALUES (NULL)',
]);
add('alter set not null then null insert', [
  'CREATE TABLE t (a int, b int)',
  'ALTER TABLE t ALTER COLUMN a SET NOT NULL',
  'INSERT INTO t (b) VALUES (1)',
]);
add('alter drop not null then null insert', [
  'CREATE TABLE t (a int NOT NULL)',
  'ALTER TABLE t ALTER COLUMN a DROP NOT NULL',
  'INSERT INTO t VALUES (NULL) RETURNING *',
]);
add('alter drop constraint unique then duplicates', [
  'CREATE TABLE t (a int UNIQUE)',
  'ALTER TABLE t DROP CONSTRAINT t_a_key',
  'INSERT INTO t VALUES (1), (1)',
  'SELECT count(*) FROM t',
]);
add('alter drop primary key', [
  'CREATE TABLE t (a int PRIMARY KEY)',
  'ALTER TABLE t DROP CONSTRAINT t_pkey',
  'INSERT INTO t VALUES (1), (1)',
  "SELECT attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
]);
add('alter drop foreign key then orphans allowed', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int REFERENCES p)',
  'ALTER TABLE c DROP CONSTRAINT c_pid_fkey',
  'INSERT INTO c VALUES (9)',
  'SELECT * FROM c',
]);
add('alter type varchar longer keeps rows', [
  'CREATE TABLE t (a varchar(3))',
  "INSERT INTO t VALUES ('abc')",
  'ALTER TABLE t ALTER COLUMN a TYPE varchar(10)',
  "INSERT INTO t VALUES ('abcdefgh')",
  'SELECT a FROM t ORDER BY a',
]);
add('insert too long for varchar after create', [
  'CREATE TABLE t (a varchar(3))',
  "INSERT INTO t VALUES ('abcd')",
]);
add('insert into char pads', [
  'CREATE TABLE t (a char(4))',
  "INSERT INTO t VALUES ('ab') RETURNING a, length(a), octet_length(a)",
]);
add('numeric precision overflow at insert', [
  'CREATE TABLE t (a numeric(4,2))',
  'INSERT INTO t VALUES (123.4)',
]);
add('numeric rounds at insert', [
  'CREATE TABLE t (a numeric(4,2))',
  'INSERT INTO t VALUES (1.235) RETURNING a',
]);
add('smallint overflow at insert', ['CREATE TABLE t (a smallint)', 'INSERT INTO t VALUES (40000)']);
add('integer column from float rounds', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (2.5), (3.5), (-2.5) RETURNING a',
]);
add('boolean column from text literals', [
  'CREATE TABLE t (a boolean)',
  "INSERT INTO t VALUES ('t'), ('no'), ('1'), ('off') RETURNING a",
]);
add('create table with all common types information_schema', [
  'CREATE TABLE t (a smallint, b integer, c bigint, d numeric(10,2), e real, f double precision, g text, h varchar(20), i char(3), j boolean, k date, l timestamp, m timestamptz, n uuid, o jsonb, p bytea, q int[], r interval, s time)',
  "SELECT column_name, data_type, udt_name, numeric_precision, numeric_scale, character_maximum_length, datetime_precision FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position",
]);
add('information_schema columns defaults for serial and identity', [
  "CREATE TABLE t (a serial, b int GENERATED BY DEFAULT AS IDENTITY, c text DEFAULT 'x')",
  "SELECT column_name, column_default, is_identity, identity_generation FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position",
]);
add('information_schema tables lists base table', [
  'CREATE TABLE t (a int)',
  "SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_name = 't'",
]);
add('pg_indexes for constraints', [
  'CREATE TABLE t (a int PRIMARY KEY, b text UNIQUE, c int)',
  'CREATE INDEX t_c ON t (c DESC)',
  "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
]);
add('to_regclass of created objects', [
  'CREATE TABLE t (a int PRIMARY KEY)',
  'CREATE SEQUENCE s',
  "SELECT to_regclass('t')::text, to_regclass('t_pkey')::text, to_regclass('s')::text, to_regclass('nope')",
]);
add('regclass cast of missing relation is 42P01', ["SELECT 'nope'::regclass"]);
add('create table and insert in one transaction rolled back', [
  'BEGIN',
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1)',
  'ROLLBACK',
  'SELECT * FROM t',
]);
add('create index in rolled back transaction frees name', [
  'CREATE TABLE t (a int)',
  'BEGIN',
  'CREATE INDEX i ON t (a)',
  'ROLLBACK',
  'CREATE INDEX i ON t (a)',
  idx('t'),
]);
add('drop table in rolled back transaction keeps rows', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1)',
  'BEGIN',
  'DROP TABLE t',
  'ROLLBACK',
  'SELECT * FROM t',
]);
add('failed ddl aborts transaction 25P02', [
  'BEGIN',
  'CREATE TABLE t (a int)',
  'CREATE TABLE t (a int)',
  'SELECT 1',
  'ROLLBACK',
]);
add('ddl in savepoint rolled back', [
  'BEGIN',
  'CREATE TABLE t (a int)',
  'SAVEPOINT s',
  'ALTER TABLE t ADD COLUMN b int',
  'ROLLBACK TO SAVEPOINT s',
  'COMMIT',
  "SELECT column_name FROM information_schema.columns WHERE table_name = 't'",
]);
add('create table command tags', [
  'CREATE TABLE t (a int)',
  'CREATE INDEX ON t (a)',
  'CREATE SEQUENCE s',
  'DROP SEQUENCE s',
  'ALTER TABLE t ADD COLUMN b int',
  'DROP TABLE t',
]);
add('insert on conflict on named constraint', [
  'CREATE TABLE t (a int CONSTRAINT t_a_uq UNIQUE, v text)',
  "INSERT INTO t VALUES (1, 'x')",
  "INSERT INTO t VALUES (1, 'y') ON CONFLICT ON CONSTRAINT t_a_uq DO UPDATE SET v = excluded.v RETURNING *",
]);
add('insert on conflict on missing constraint', [
  'CREATE TABLE t (a int UNIQUE)',
  'INSERT INTO t VALUES (1) ON CONFLICT ON CONSTRAINT nope DO NOTHING',
]);
add('insert on conflict on check constraint name', [
  'CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0))',
  'INSERT INTO t VALUES (1) ON CONFLICT ON CONSTRAINT pos DO NOTHING',
]);
add('on conflict on composite unique', [
  'CREATE TABLE t (a int, b int, v text, UNIQUE (a, b))',
  "INSERT INTO t VALUES (1, 1, 'x')",
  "INSERT INTO t VALUES (1, 1, 'y') ON CONFLICT (b, a) DO UPDATE SET v = excluded.v RETURNING *",
]);

export default list.cases;
