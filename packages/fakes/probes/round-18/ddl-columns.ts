// Round 18 probe, DDL part 1: CREATE TABLE column options as migrations write them (PostgreSQL 15
// chapter 5.2-5.3 and CREATE TABLE): defaults, generated columns, identity columns and their
// sequence options, then sequences themselves and TRUNCATE ... RESTART IDENTITY.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: columns: ');
const add = list.add.bind(list);
const cols = (t: string) =>
  `SELECT column_name, data_type, is_nullable, column_default, is_identity, identity_generation, is_generated, generation_expression FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`;

// Defaults
add('default constant fills omitted column', [
  "CREATE TABLE t (id int, s text DEFAULT 'x', n int DEFAULT 7)",
  'INSERT INTO t (id) VALUES (1) RETURNING *',
  cols('t'),
]);
add('default now() is evaluated per statement', [
  'CREATE TABLE t (id int, at timestamptz DEFAULT now())',
  'INSERT INTO t (id) VALUES (1), (2)',
  'SELECT count(DISTINCT at) FROM t',
]);
add('default expression with operators', [
  "CREATE TABLE t (id int, n int DEFAULT 2 * 3 + 1, s text DEFAULT lower('ABC'))",
  'INSERT INTO t (id) VALUES (1) RETURNING n, s',
  cols('t'),
]);
add('default referencing another column is rejected', ['CREATE TABLE t (a int, b int DEFAULT a + 1)']);
add('default with subquery is rejected', ['CREATE TABLE t (a int DEFAULT (SELECT 1))']);
add('default with aggregate is rejected', ['CREATE TABLE t (a int DEFAULT max(1))']);
add('default of wrong type is rejected', ["CREATE TABLE t (a int DEFAULT 'abc')"]);
add('default of castable literal is coerced', [
  "CREATE TABLE t (a int DEFAULT '42', b numeric(5,2) DEFAULT 1.005, c boolean DEFAULT 'yes')",
  'INSERT INTO t DEFAULT VALUES RETURNING *',
]);
add('default null explicit', [
  "CREATE TABLE t (a int DEFAULT NULL, b text NOT NULL DEFAULT '')",
  'INSERT INTO t DEFAULT VALUES RETURNING *',
  cols('t'),
]);
add('default keyword in values list', [
  'CREATE TABLE t (a int DEFAULT 5, b int)',
  'INSERT INTO t VALUES (DEFAULT, 1), (2, DEFAULT) RETURNING *',
]);
add('default keyword in update', [
  'CREATE TABLE t (a int DEFAULT 5, b int)',
  'INSERT INTO t VALUES (1, 1)',
  'UPDATE t SET a = DEFAULT RETURNING *',
]);
add('default too long for varchar fails at insert', [
  "CREATE TABLE t (a varchar(3) DEFAULT 'abcdef')",
  'INSERT INTO t DEFAULT VALUES',
]);
add('default violates check at insert', [
  'CREATE TABLE t (a int DEFAULT 0 CHECK (a > 0))',
  'INSERT INTO t DEFAULT VALUES',
]);
add('default of volatile function per row', [
  'CREATE SEQUENCE s',
  "CREATE TABLE t (id int DEFAULT nextval('s'), v text)",
  "INSERT INTO t (v) VALUES ('a'), ('b'), ('c') RETURNING id, v",
]);
add('default current_user and current_date types', [
  'CREATE TABLE t (u name DEFAULT current_user, d date DEFAULT current_date)',
  'INSERT INTO t DEFAULT VALUES',
  'SELECT u = current_user AS same_user, d = current_date AS same_day FROM t',
]);
add('default on array and jsonb columns', [
  "CREATE TABLE t (tags text[] DEFAULT '{}', meta jsonb DEFAULT '{}'::jsonb, ints int[] DEFAULT ARRAY[1,2])",
  'INSERT INTO t DEFAULT VALUES RETURNING *',
  cols('t'),
]);
add('column default shown in pg_attrdef', [
  "CREATE TABLE t (a int DEFAULT 1, b text DEFAULT 'q'::text, c timestamptz DEFAULT now())",
  "SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 't'::regclass ORDER BY a.attnum",
]);

// Generated columns
add('generated stored column computes on insert', [
  'CREATE TABLE t (a int, b int, s int GENERATED ALWAYS AS (a + b) STORED)',
  'INSERT INTO t (a, b) VALUES (1, 2), (NULL, 3) RETURNING *',
]);
add('generated stored column recomputes on update', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO t (a) VALUES (1)',
  'UPDATE t SET a = 10 RETURNING *',
]);
add('generated column in information_schema', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  cols('t'),
]);
add('insert explicit value into generated column fails 428C9', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO t (a, s) VALUES (1, 5)',
]);
add('insert DEFAULT into generated column is allowed', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO t (a, s) VALUES (3, DEFAULT) RETURNING *',
]);
add('update generated column fails 428C9', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO t (a) VALUES (1)',
  'UPDATE t SET s = 4',
]);
add('update generated column to DEFAULT is allowed', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO t (a) VALUES (1)',
  'UPDATE t SET s = DEFAULT RETURNING *',
]);
add('generated column without STORED is rejected', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2))',
]);
add('generated column referencing another generated column is rejected', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED, u int GENERATED ALWAYS AS (s + 1) STORED)',
]);
add('generated column with volatile function is rejected', [
  'CREATE TABLE t (a int, s float8 GENERATED ALWAYS AS (random() + a) STORED)',
]);
add('generated column with subquery is rejected', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS ((SELECT 1)) STORED)',
]);
add('generated column with default is rejected', [
  'CREATE TABLE t (a int, s int DEFAULT 1 GENERATED ALWAYS AS (a) STORED)',
]);
add('generated column with aggregate is rejected', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (sum(a)) STORED)',
]);
add('generated column referencing itself is rejected', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (s + 1) STORED)',
]);
add('generated column with text concatenation', [
  "CREATE TABLE t (f text, l text, full_name text GENERATED ALWAYS AS (f || ' ' || l) STORED)",
  "INSERT INTO t (f, l) VALUES ('Ada', 'Lovelace') RETURNING full_name",
]);
add('generated column violating not null', [
  'CREATE TABLE t (a int, s int NOT NULL GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO t (a) VALUES (NULL)',
]);
add('generated column violating check', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED CHECK (s < 10))',
  'INSERT INTO t (a) VALUES (7)',
]);
add('generated column of different type casts result', [
  'CREATE TABLE t (a int, s numeric(6,1) GENERATED ALWAYS AS (a / 3.0) STORED)',
  'INSERT INTO t (a) VALUES (10) RETURNING s',
]);
add('generated column division by zero at insert', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (10 / a) STORED)',
  'INSERT INTO t (a) VALUES (0)',
]);
add('generated column with unique index', [
  'CREATE TABLE t (a text, k text GENERATED ALWAYS AS (lower(a)) STORED UNIQUE)',
  "INSERT INTO t (a) VALUES ('X')",
  "INSERT INTO t (a) VALUES ('x')",
]);
add('insert select into table with generated column', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a + 100) STORED)',
  'INSERT INTO t (a) SELECT g FROM generate_series(1, 3) g',
  'SELECT * FROM t ORDER BY a',
]);
add('alter generated column drop expression', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO t (a) VALUES (2)',
  'ALTER TABLE t ALTER COLUMN s DROP EXPRESSION',
  'INSERT INTO t (a, s) VALUES (3, 99)',
  'SELECT * FROM t ORDER BY a',
]);
add('drop column used by generated column fails', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'ALTER TABLE t DROP COLUMN a',
]);
add('drop column used by generated column cascade', [
  'CREATE TABLE t (id int, a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'ALTER TABLE t DROP COLUMN a CASCADE',
  cols('t'),
]);
add('alter type of column used by generated column fails', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'ALTER TABLE t ALTER COLUMN a TYPE bigint',
]);
add('set default on generated column fails', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  'ALTER TABLE t ALTER COLUMN s SET DEFAULT 3',
]);
add('generated column on conflict update', [
  'CREATE TABLE t (id int PRIMARY KEY, a int, s int GENERATED ALWAYS AS (a + 1) STORED)',
  'INSERT INTO t (id, a) VALUES (1, 1)',
  'INSERT INTO t (id, a) VALUES (1, 5) ON CONFLICT (id) DO UPDATE SET a = excluded.a RETURNING *',
]);
add('generated column in pg_attribute attgenerated', [
  'CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED)',
  "SELECT attname, attgenerated FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
]);

// Identity columns
add('identity always generates values', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b') RETURNING *",
  cols('t'),
]);
add('identity always rejects explicit value 428C9', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (id, v) VALUES (10, 'a')",
]);
add('identity always accepts overriding system value', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (id, v) OVERRIDING SYSTEM VALUE VALUES (10, 'a') RETURNING *",
  "INSERT INTO t (v) VALUES ('b') RETURNING *",
]);
add('identity by default accepts explicit value', [
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, v text)',
  "INSERT INTO t (id, v) VALUES (10, 'a') RETURNING *",
  "INSERT INTO t (v) VALUES ('b') RETURNING *",
]);
add('identity by default with overriding user value uses sequence', [
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, v text)',
  "INSERT INTO t (id, v) OVERRIDING USER VALUE VALUES (10, 'a') RETURNING *",
]);
add('identity always with overriding user value uses sequence', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (id, v) OVERRIDING USER VALUE VALUES (10, 'a') RETURNING *",
]);
add('overriding system value on table without identity', [
  'CREATE TABLE t (id int, v text)',
  "INSERT INTO t (id, v) OVERRIDING SYSTEM VALUE VALUES (10, 'a') RETURNING *",
]);
add('identity with sequence options start and increment', [
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10), v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b'), ('c') RETURNING id",
]);
add('identity with negative increment', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (START WITH -1 INCREMENT BY -1), v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id",
]);
add('identity with maxvalue reached', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (MAXVALUE 2), v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b')",
  "INSERT INTO t (v) VALUES ('c')",
]);
add('identity smallint overflows at 32767', [
  'CREATE TABLE t (id smallint GENERATED ALWAYS AS IDENTITY (START WITH 32766), v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b')",
  "INSERT INTO t (v) VALUES ('c')",
]);
add('identity with cycle wraps', [
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY (MAXVALUE 2 CYCLE), v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b'), ('c') RETURNING id",
]);
add('identity on text column is rejected', ['CREATE TABLE t (id text GENERATED ALWAYS AS IDENTITY)']);
add('identity on numeric column is rejected', ['CREATE TABLE t (id numeric GENERATED ALWAYS AS IDENTITY)']);
add('two identity columns are rejected', [
  'CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY, b int GENERATED ALWAYS AS IDENTITY)',
]);
add('identity with default is rejected', ['CREATE TABLE t (a int DEFAULT 1 GENERATED ALWAYS AS IDENTITY)']);
add('identity column is implicitly not null', [
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, v text)',
  "INSERT INTO t (id, v) VALUES (NULL, 'a')",
]);
add('identity column with explicit null constraint is rejected', [
  'CREATE TABLE t (id int NULL GENERATED BY DEFAULT AS IDENTITY)',
]);
add('identity sequence name from pg_get_serial_sequence', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY)',
  "SELECT pg_get_serial_sequence('t', 'id')",
]);
add('identity sequence can be advanced by nextval', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "SELECT nextval(pg_get_serial_sequence('t', 'id'))",
  "INSERT INTO t (v) VALUES ('a') RETURNING id",
]);
add('update identity always column fails 428C9', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (v) VALUES ('a')",
  'UPDATE t SET id = 5',
]);
add('update identity by default column is allowed', [
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, v text)',
  "INSERT INTO t (v) VALUES ('a')",
  'UPDATE t SET id = 5 RETURNING *',
]);
add('alter identity set increment and restart', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (v) VALUES ('a')",
  'ALTER TABLE t ALTER COLUMN id SET INCREMENT BY 5 RESTART WITH 50',
  "INSERT INTO t (v) VALUES ('b'), ('c') RETURNING id",
]);
add('alter column drop identity keeps values', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (v) VALUES ('a')",
  'ALTER TABLE t ALTER COLUMN id DROP IDENTITY',
  "INSERT INTO t (v) VALUES ('b')",
  'SELECT * FROM t ORDER BY v',
]);
add('alter column add generated always as identity on existing column', [
  'CREATE TABLE t (id int NOT NULL, v text)',
  'ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH 7)',
  "INSERT INTO t (v) VALUES ('a') RETURNING id",
]);
add('add identity to column that already is identity', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY)',
  'ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY',
]);
add('identity in pg_attribute attidentity', [
  'CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY, b bigint GENERATED BY DEFAULT AS IDENTITY)',
  "SELECT attname, attidentity, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
]);
add('identity information_schema sequence columns', [
  'CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (START WITH 3 INCREMENT BY 2 MAXVALUE 99))',
  "SELECT identity_start, identity_increment, identity_maximum, identity_minimum, identity_cycle FROM information_schema.columns WHERE table_name = 't'",
]);
add('insert default values into identity table', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY)',
  'INSERT INTO t DEFAULT VALUES',
  'INSERT INTO t DEFAULT VALUES',
  'SELECT * FROM t ORDER BY id',
]);
add('multirow insert with mixed default and value into always identity', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (id, v) VALUES (DEFAULT, 'a'), (5, 'b')",
]);
add('serial column creates sequence and default', [
  'CREATE TABLE t (id serial, b bigserial, s smallserial)',
  cols('t'),
  "SELECT relname FROM pg_class WHERE relkind = 'S' ORDER BY 1",
]);
add('serial values increment', [
  'CREATE TABLE t (id serial PRIMARY KEY, v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id",
  "INSERT INTO t (id, v) VALUES (10, 'c') RETURNING id",
  "INSERT INTO t (v) VALUES ('d') RETURNING id",
]);
add('drop table drops owned serial sequence', [
  'CREATE TABLE t (id serial)',
  'DROP TABLE t',
  "SELECT count(*) FROM pg_class WHERE relname = 't_id_seq'",
]);
add('drop serial sequence used by default fails', ['CREATE TABLE t (id serial)', 'DROP SEQUENCE t_id_seq']);
add('drop identity sequence directly fails', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY)',
  'DROP SEQUENCE t_id_seq',
]);

// Sequences
add('create sequence defaults', [
  'CREATE SEQUENCE s',
  "SELECT nextval('s'), nextval('s'), currval('s')",
  "SELECT data_type, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_name = 's'",
]);
add('create sequence with all options', [
  'CREATE SEQUENCE s AS smallint INCREMENT BY 3 MINVALUE 5 MAXVALUE 20 START WITH 6 CACHE 1 NO CYCLE',
  "SELECT nextval('s'), nextval('s')",
  "SELECT seqtypid::regtype, seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle FROM pg_sequence WHERE seqrelid = 's'::regclass",
]);
add('pg_sequences view', [
  'CREATE SEQUENCE s START 10 INCREMENT 5',
  "SELECT nextval('s')",
  "SELECT schemaname, sequencename, data_type::text, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_sequences WHERE sequencename = 's'",
]);
add('currval before nextval is 55000', ['CREATE SEQUENCE s', "SELECT currval('s')"]);
add('lastval before any nextval is 55000', ['SELECT lastval()']);
add('lastval after nextval', ['CREATE SEQUENCE s START 4', "SELECT nextval('s')", 'SELECT lastval()']);
add('lastval tracks most recent sequence', [
  'CREATE SEQUENCE a START 10',
  'CREATE SEQUENCE b START 20',
  "SELECT nextval('a')",
  "SELECT nextval('b')",
  'SELECT lastval()',
]);
add('nextval on missing sequence is 42P01', ["SELECT nextval('nope')"]);
add('nextval on table is 42809', ['CREATE TABLE t (a int)', "SELECT nextval('t')"]);
add('maxvalue reached is 2200H', [
  'CREATE SEQUENCE s MAXVALUE 2',
  "SELECT nextval('s')",
  "SELECT nextval('s')",
  "SELECT nextval('s')",
]);
add('minvalue reached on descending is 2200H', [
  'CREATE SEQUENCE s INCREMENT -1 MINVALUE -2 START -1',
  "SELECT nextval('s')",
  "SELECT nextval('s')",
  "SELECT nextval('s')",
]);
add('cycle wraps to minvalue', [
  'CREATE SEQUENCE s MINVALUE 1 MAXVALUE 3 CYCLE',
  "SELECT nextval('s') FROM generate_series(1, 5)",
]);
add('descending cycle wraps to maxvalue', [
  'CREATE SEQUENCE s INCREMENT -1 MINVALUE 1 MAXVALUE 3 CYCLE',
  "SELECT nextval('s') FROM generate_series(1, 5)",
]);
add('setval then nextval', ['CREATE SEQUENCE s', "SELECT setval('s', 42)", "SELECT nextval('s')"]);
add('setval with is_called false', [
  'CREATE SEQUENCE s',
  "SELECT setval('s', 42, false)",
  "SELECT nextval('s')",
]);
add('setval sets currval in session', ['CREATE SEQUENCE s', "SELECT setval('s', 9)", "SELECT currval('s')"]);
add('setval out of bounds is 22003', ['CREATE SEQUENCE s MAXVALUE 10', "SELECT setval('s', 11)"]);
add('setval below minvalue is 22003', ['CREATE SEQUENCE s MINVALUE 5', "SELECT setval('s', 4)"]);
add('start outside bounds is rejected', ['CREATE SEQUENCE s MINVALUE 5 START 1']);
add('minvalue greater than maxvalue is rejected', ['CREATE SEQUENCE s MINVALUE 10 MAXVALUE 5']);
add('increment zero is rejected', ['CREATE SEQUENCE s INCREMENT 0']);
add('maxvalue beyond type range is rejected', ['CREATE SEQUENCE s AS smallint MAXVALUE 40000']);
add('sequence as text type is rejected', ['CREATE SEQUENCE s AS text']);
add('create sequence if not exists notice', ['CREATE SEQUENCE s', 'CREATE SEQUENCE IF NOT EXISTS s']);
add('create existing sequence is 42P07', ['CREATE SEQUENCE s', 'CREATE SEQUENCE s']);
add('sequence name collides with table', ['CREATE TABLE s (a int)', 'CREATE SEQUENCE s']);
add('alter sequence restart', [
  'CREATE SEQUENCE s',
  "SELECT nextval('s'), nextval('s')",
  'ALTER SEQUENCE s RESTART',
  "SELECT nextval('s')",
]);
add('alter sequence restart with', [
  'CREATE SEQUENCE s',
  'ALTER SEQUENCE s RESTART WITH 100',
  "SELECT nextval('s')",
]);
add('alter sequence increment', [
  'CREATE SEQUENCE s',
  "SELECT nextval('s')",
  'ALTER SEQUENCE s INCREMENT BY 10',
  "SELECT nextval('s')",
]);
add('alter sequence maxvalue below last value', [
  'CREATE SEQUENCE s',
  "SELECT setval('s', 50)",
  'ALTER SEQUENCE s MAXVALUE 10',
]);
add('alter sequence missing is 42P01', ['ALTER SEQUENCE nope RESTART']);
add('alter sequence if exists missing notice', ['ALTER SEQUENCE IF EXISTS nope RESTART']);
add('alter sequence owned by', [
  'CREATE TABLE t (id int)',
  'CREATE SEQUENCE s OWNED BY t.id',
  'DROP TABLE t',
  "SELECT count(*) FROM pg_class WHERE relname = 's'",
]);
add('owned by table in another schema is fine, by missing column fails', [
  'CREATE TABLE t (id int)',
  'CREATE SEQUENCE s OWNED BY t.nope',
]);
add('nextval is not rolled back', [
  'CREATE SEQUENCE s',
  'BEGIN',
  "SELECT nextval('s')",
  'ROLLBACK',
  "SELECT nextval('s')",
]);
add('setval is not rolled back', [
  'CREATE SEQUENCE s',
  'BEGIN',
  "SELECT setval('s', 77)",
  'ROLLBACK',
  "SELECT nextval('s')",
]);
add('create sequence rolled back disappears', [
  'BEGIN',
  'CREATE SEQUENCE s',
  "SELECT nextval('s')",
  'ROLLBACK',
  "SELECT nextval('s')",
]);
add('select from sequence relation', [
  'CREATE SEQUENCE s START 5',
  "SELECT nextval('s')",
  'SELECT last_value, log_cnt >= 0 AS has_log, is_called FROM s',
]);
add('select from fresh sequence relation', [
  'CREATE SEQUENCE s START 5',
  'SELECT last_value, is_called FROM s',
]);
add('nextval with regclass cast', ['CREATE SEQUENCE s', "SELECT nextval('s'::regclass)"]);
add('nextval on quoted mixed case name', [
  'CREATE SEQUENCE "MySeq"',
  `SELECT nextval('"MySeq"')`,
  "SELECT nextval('MySeq')",
]);
add('nextval with schema-qualified name', [
  'CREATE SCHEMA x',
  'CREATE SEQUENCE x.s START 3',
  "SELECT nextval('x.s')",
]);
add('drop sequence if exists missing notice', ['DROP SEQUENCE IF EXISTS nope']);
add('drop sequence missing is 42P01', ['DROP SEQUENCE nope']);
add('drop sequence used in default cascade drops default', [
  'CREATE SEQUENCE s',
  "CREATE TABLE t (id int DEFAULT nextval('s'))",
  'DROP SEQUENCE s CASCADE',
  cols('t'),
]);
add('drop table that is a sequence is 42809', ['CREATE SEQUENCE s', 'DROP TABLE s']);
add('bigint sequence at max', [
  'CREATE SEQUENCE s START 9223372036854775806',
  "SELECT nextval('s')",
  "SELECT nextval('s')",
  "SELECT nextval('s')",
]);
add('sequence as integer max is 2147483647', [
  'CREATE SEQUENCE s AS integer',
  "SELECT max_value FROM pg_sequences WHERE sequencename = 's'",
]);
add('nextval type is bigint', ['CREATE SEQUENCE s', "SELECT nextval('s'), pg_typeof(nextval('s'))"]);
add('currval of null name', ['SELECT currval(NULL)']);

// TRUNCATE
add('truncate restart identity resets identity', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b')",
  'TRUNCATE t RESTART IDENTITY',
  "INSERT INTO t (v) VALUES ('c') RETURNING id",
]);
add('truncate continue identity keeps sequence', [
  'CREATE TABLE t (id serial, v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b')",
  'TRUNCATE t CONTINUE IDENTITY',
  "INSERT INTO t (v) VALUES ('c') RETURNING id",
]);
add('truncate default keeps serial sequence', [
  'CREATE TABLE t (id serial, v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b')",
  'TRUNCATE t',
  "INSERT INTO t (v) VALUES ('c') RETURNING id",
]);
add('truncate restart identity resets serial', [
  'CREATE TABLE t (id serial, v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b')",
  'TRUNCATE TABLE t RESTART IDENTITY',
  "INSERT INTO t (v) VALUES ('c') RETURNING id",
]);
add('truncate referenced table fails 0A000', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p int REFERENCES p)',
  'TRUNCATE p',
]);
add('truncate referenced table cascade empties child', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p int REFERENCES p)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1)',
  'TRUNCATE p CASCADE',
  'SELECT (SELECT count(*) FROM p) AS p, (SELECT count(*) FROM c) AS c',
]);
add('truncate both tables together', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p int REFERENCES p)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1)',
  'TRUNCATE p, c',
  'SELECT count(*) FROM c',
]);
add('truncate referenced empty child still fails', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p int REFERENCES p)',
  'TRUNCATE p RESTRICT',
]);
add('truncate self-referencing table', [
  'CREATE TABLE t (id int PRIMARY KEY, parent int REFERENCES t)',
  'INSERT INTO t VALUES (1, NULL), (2, 1)',
  'TRUNCATE t',
  'SELECT count(*) FROM t',
]);
add('truncate missing table', ['TRUNCATE nope']);
add('truncate a view is 42809', ['CREATE VIEW v AS SELECT 1 AS a', 'TRUNCATE v']);
add('truncate rolled back restores rows', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1), (2)',
  'BEGIN',
  'TRUNCATE t',
  'ROLLBACK',
  'SELECT count(*) FROM t',
]);
add('truncate restart identity rolled back restores sequence', [
  'CREATE TABLE t (id serial, v text)',
  "INSERT INTO t (v) VALUES ('a'), ('b')",
  'BEGIN',
  'TRUNCATE t RESTART IDENTITY',
  'ROLLBACK',
  "INSERT INTO t (v) VALUES ('c') RETURNING id",
]);
add('truncate command tag', ['CREATE TABLE t (a int)', 'INSERT INTO t VALUES (1)', 'TRUNCATE t']);
add('truncate only', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1)',
  'TRUNCATE ONLY t',
  'SELECT count(*) FROM t',
]);

export default list.cases;
