// Round 17 probe, commands part 5: ALTER TABLE as migrations run it, CREATE TABLE AS / SELECT INTO /
// LIKE, COMMENT ON, settings scoping, schemas and search_path, views and WITH CHECK OPTION,
// row-level security, GRANT/REVOKE.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r17 commands: ddl: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const A = `CREATE TABLE a (id int PRIMARY KEY, name text, qty int, price numeric(8,2), note varchar(10));
INSERT INTO a VALUES (1, 'x', 5, 1.50, 'n1'), (2, NULL, NULL, NULL, NULL), (3, 'z', -1, 2.25, 'n3');`;
const cols =
  "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_name = 'a' ORDER BY ordinal_position";
const alt = (name: string, steps: ProbeStep[]) => list.add(`alter: ${name}`, steps, A);

alt('add column nullable', ['ALTER TABLE a ADD COLUMN extra int', 'SELECT id, extra FROM a ORDER BY id']);
alt('add column with default fills rows', [
  "ALTER TABLE a ADD COLUMN status text NOT NULL DEFAULT 'new'",
  'SELECT id, status FROM a ORDER BY id',
  cols,
]);
alt('add column not null without default on rows', ['ALTER TABLE a ADD COLUMN must int NOT NULL']);
alt('add column not null without default on empty', [
  'DELETE FROM a',
  'ALTER TABLE a ADD COLUMN must int NOT NULL',
  cols,
]);
alt('add column volatile default', [
  'ALTER TABLE a ADD COLUMN r int DEFAULT (random() * 0)::int',
  'SELECT id, r FROM a ORDER BY id',
]);
alt('add column default expression now', [
  "ALTER TABLE a ADD COLUMN d date DEFAULT '2024-01-01'",
  'SELECT id, d FROM a ORDER BY id',
]);
alt('add column if not exists', [
  'ALTER TABLE a ADD COLUMN IF NOT EXISTS name int',
  'ALTER TABLE a ADD COLUMN IF NOT EXISTS fresh int',
  cols,
]);
alt('add existing column', ['ALTER TABLE a ADD COLUMN name text']);
alt('add column without column keyword', [
  'ALTER TABLE a ADD extra2 bool DEFAULT false',
  'SELECT id, extra2 FROM a ORDER BY id',
]);
alt('add column check on rows', ['ALTER TABLE a ADD COLUMN c int DEFAULT 0 CHECK (c > 0)']);
alt('add column unique', [
  'ALTER TABLE a ADD COLUMN u int UNIQUE',
  "SELECT conname FROM pg_constraint WHERE conrelid = 'a'::regclass ORDER BY 1",
]);
alt('add column unique with default dup', ['ALTER TABLE a ADD COLUMN u int UNIQUE DEFAULT 1']);
alt('add column references', [
  'CREATE TABLE b (id int PRIMARY KEY)',
  'ALTER TABLE a ADD COLUMN b_id int REFERENCES b(id)',
  'UPDATE a SET b_id = 1',
]);
alt('add column references with default missing parent', [
  'CREATE TABLE b (id int PRIMARY KEY)',
  'ALTER TABLE a ADD COLUMN b_id int DEFAULT 1 REFERENCES b(id)',
]);
alt('add serial column fills rows', [
  'ALTER TABLE a ADD COLUMN seq serial',
  'SELECT id, seq FROM a ORDER BY id',
]);
alt('add identity column fills rows', [
  'ALTER TABLE a ADD COLUMN ident int GENERATED ALWAYS AS IDENTITY',
  'SELECT id, ident FROM a ORDER BY id',
]);
alt('add generated column', [
  'ALTER TABLE a ADD COLUMN total numeric GENERATED ALWAYS AS (qty * price) STORED',
  'SELECT id, total FROM a ORDER BY id',
]);
alt('add two columns one statement', [
  'ALTER TABLE a ADD COLUMN x1 int DEFAULT 1, ADD COLUMN x2 text',
  'SELECT id, x1, x2 FROM a ORDER BY id',
]);
alt('alter type int to bigint', [
  'ALTER TABLE a ALTER COLUMN qty TYPE bigint',
  'SELECT id, qty FROM a ORDER BY id',
  cols,
]);
alt('alter type text to int without using', ['ALTER TABLE a ALTER COLUMN note TYPE int']);
alt('alter type text to int using', [
  "UPDATE a SET note = '7'",
  'ALTER TABLE a ALTER COLUMN note TYPE int USING note::int',
  'SELECT id, note FROM a ORDER BY id',
]);
alt('alter type using fails on row', ['ALTER TABLE a ALTER COLUMN name TYPE int USING name::int']);
alt('alter type int to text implicit', [
  'ALTER TABLE a ALTER COLUMN qty TYPE text',
  'SELECT id, qty FROM a ORDER BY id',
]);
alt('alter type numeric to int rounds', [
  'ALTER TABLE a ALTER COLUMN price TYPE int',
  'SELECT id, price FROM a ORDER BY id',
]);
alt('alter type numeric scale change', [
  'ALTER TABLE a ALTER COLUMN price TYPE numeric(8,1)',
  'SELECT id, price FROM a ORDER BY id',
]);
alt('alter type varchar shorter fails', [
  "UPDATE a SET note = 'abcdefghij' WHERE id = 1",
  'ALTER TABLE a ALTER COLUMN note TYPE varchar(3)',
]);
alt('alter type varchar longer', ['ALTER TABLE a ALTER COLUMN note TYPE varchar(20)', cols]);
alt('alter type with set data keyword', [
  'ALTER TABLE a ALTER COLUMN qty SET DATA TYPE numeric(10,2)',
  'SELECT id, qty FROM a ORDER BY id',
]);
alt('alter type int to bool', ['ALTER TABLE a ALTER COLUMN qty TYPE bool']);
alt('alter type int to bool using', [
  'ALTER TABLE a ALTER COLUMN qty TYPE bool USING qty > 0',
  'SELECT id, qty FROM a ORDER BY id',
]);
alt('alter type default incompatible', [
  "ALTER TABLE a ALTER COLUMN name SET DEFAULT 'abc'",
  'ALTER TABLE a ALTER COLUMN name TYPE int USING 0',
]);
alt('alter type of pk referenced', [
  'CREATE TABLE b (a_id int REFERENCES a(id))',
  'ALTER TABLE a ALTER COLUMN id TYPE bigint',
  'INSERT INTO b VALUES (1)',
]);
alt('alter type used by view', [
  'CREATE VIEW v AS SELECT qty FROM a',
  'ALTER TABLE a ALTER COLUMN qty TYPE bigint',
]);
alt('alter type to jsonb using', [
  'ALTER TABLE a ALTER COLUMN name TYPE jsonb USING to_jsonb(name)',
  'SELECT id, name FROM a ORDER BY id',
]);
alt('alter type to text array using', [
  'ALTER TABLE a ALTER COLUMN name TYPE text[] USING ARRAY[name]',
  'SELECT id, name FROM a ORDER BY id',
]);
alt('set default', [
  'ALTER TABLE a ALTER COLUMN qty SET DEFAULT 10',
  'INSERT INTO a (id) VALUES (4)',
  'SELECT id, qty FROM a ORDER BY id',
]);
alt('set default wrong type', ["ALTER TABLE a ALTER COLUMN qty SET DEFAULT 'x'"]);
alt('set default does not touch rows', [
  'ALTER TABLE a ALTER COLUMN qty SET DEFAULT 10',
  'SELECT id, qty FROM a ORDER BY id',
]);
alt('drop default', [
  'ALTER TABLE a ALTER COLUMN qty SET DEFAULT 10',
  'ALTER TABLE a ALTER COLUMN qty DROP DEFAULT',
  'INSERT INTO a (id) VALUES (4) RETURNING qty',
]);
alt('drop default with none', ['ALTER TABLE a ALTER COLUMN qty DROP DEFAULT']);
alt('set not null with null rows', ['ALTER TABLE a ALTER COLUMN name SET NOT NULL']);
alt('set not null after fix', [
  "UPDATE a SET name = '' WHERE name IS NULL",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  'INSERT INTO a (id) VALUES (9)',
]);
alt('drop not null', ['ALTER TABLE a ALTER COLUMN id DROP NOT NULL']);
alt('drop not null on plain column', ['ALTER TABLE a ALTER COLUMN name DROP NOT NULL', cols]);
alt('set not null unknown column', ['ALTER TABLE a ALTER COLUMN nope SET NOT NULL']);
alt('rename column', [
  'ALTER TABLE a RENAME COLUMN name TO title',
  'SELECT id, title FROM a ORDER BY id',
  'SELECT name FROM a',
]);
alt('rename column to existing', ['ALTER TABLE a RENAME COLUMN name TO qty']);
alt('rename column without keyword', [
  'ALTER TABLE a RENAME name TO title',
  'SELECT title FROM a WHERE id = 1',
]);
alt('rename table', [
  'ALTER TABLE a RENAME TO aa',
  'SELECT count(*) AS k FROM aa',
  'SELECT count(*) AS k FROM a',
]);
alt('rename table to existing', ['CREATE TABLE b (x int)', 'ALTER TABLE a RENAME TO b']);
alt('rename table keeps pkey name', ['ALTER TABLE a RENAME TO aa', 'INSERT INTO aa VALUES (1)']);
alt('rename table if exists missing', ['ALTER TABLE IF EXISTS nope RENAME TO x']);
alt('rename constraint', [
  'ALTER TABLE a ADD CONSTRAINT qty_pos CHECK (qty > -5)',
  'ALTER TABLE a RENAME CONSTRAINT qty_pos TO qty_ok',
  'INSERT INTO a (id, qty) VALUES (9, -9)',
]);
alt('add check not valid then validate fails', [
  'ALTER TABLE a ADD CONSTRAINT qty_pos CHECK (qty > 0) NOT VALID',
  'INSERT INTO a (id, qty) VALUES (9, -9)',
  'ALTER TABLE a VALIDATE CONSTRAINT qty_pos',
]);
alt('add check not valid then fix and validate', [
  'ALTER TABLE a ADD CONSTRAINT qty_pos CHECK (qty > 0) NOT VALID',
  'UPDATE a SET qty = 1 WHERE qty <= 0',
  'ALTER TABLE a VALIDATE CONSTRAINT qty_pos',
  "SELECT conname, convalidated FROM pg_constraint WHERE conname = 'qty_pos'",
]);
alt('add check valid fails on rows', ['ALTER TABLE a ADD CONSTRAINT qty_pos CHECK (qty > 0)']);
alt('add fk not valid then validate', [
  'CREATE TABLE b (id int PRIMARY KEY)',
  'ALTER TABLE a ADD COLUMN b_id int',
  'UPDATE a SET b_id = 5',
  'ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b(id) NOT VALID',
  'ALTER TABLE a VALIDATE CONSTRAINT a_b_fk',
]);
alt('add fk on rows violating', [
  'CREATE TABLE b (id int PRIMARY KEY)',
  'ALTER TABLE a ADD COLUMN b_id int',
  'UPDATE a SET b_id = 5',
  'ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b(id)',
]);
alt('validate unknown constraint', ['ALTER TABLE a VALIDATE CONSTRAINT nope']);
alt('validate already valid', [
  'ALTER TABLE a ADD CONSTRAINT qty_ok CHECK (qty > -5)',
  'ALTER TABLE a VALIDATE CONSTRAINT qty_ok',
]);
alt('unique not valid not allowed', ['ALTER TABLE a ADD CONSTRAINT u UNIQUE (name) NOT VALID']);
alt('drop constraint', [
  'ALTER TABLE a ADD CONSTRAINT qty_ok CHECK (qty > -5)',
  'ALTER TABLE a DROP CONSTRAINT qty_ok',
  'INSERT INTO a (id, qty) VALUES (9, -9)',
]);
alt('drop constraint missing', ['ALTER TABLE a DROP CONSTRAINT nope']);
alt('drop constraint if exists missing', ['ALTER TABLE a DROP CONSTRAINT IF EXISTS nope']);
alt('drop pkey referenced', [
  'CREATE TABLE b (a_id int REFERENCES a(id))',
  'ALTER TABLE a DROP CONSTRAINT a_pkey',
]);
alt('drop pkey referenced cascade', [
  'CREATE TABLE b (a_id int REFERENCES a(id))',
  'ALTER TABLE a DROP CONSTRAINT a_pkey CASCADE',
  'INSERT INTO b VALUES (99)',
]);
alt('drop column and select star', ['ALTER TABLE a DROP COLUMN name', 'SELECT * FROM a ORDER BY id']);
alt('drop column then add same name', [
  'ALTER TABLE a DROP COLUMN name',
  'ALTER TABLE a ADD COLUMN name int',
  'SELECT * FROM a ORDER BY id',
]);
alt('drop column missing', ['ALTER TABLE a DROP COLUMN nope']);
alt('drop column if exists missing', ['ALTER TABLE a DROP COLUMN IF EXISTS nope']);
alt('drop pk column', [
  'ALTER TABLE a DROP COLUMN id',
  "SELECT count(*) AS k FROM pg_constraint WHERE conrelid = 'a'::regclass",
]);
alt('drop referenced column', ['CREATE TABLE b (a_id int REFERENCES a(id))', 'ALTER TABLE a DROP COLUMN id']);
alt('drop referenced column cascade', [
  'CREATE TABLE b (a_id int REFERENCES a(id))',
  'ALTER TABLE a DROP COLUMN id CASCADE',
  'INSERT INTO b VALUES (99)',
]);
alt('drop column used by view', ['CREATE VIEW v AS SELECT name FROM a', 'ALTER TABLE a DROP COLUMN name']);
alt('drop column used by view cascade', [
  'CREATE VIEW v AS SELECT name FROM a',
  'ALTER TABLE a DROP COLUMN name CASCADE',
  'SELECT * FROM v',
]);
alt('drop only column', [
  'CREATE TABLE one (x int)',
  'ALTER TABLE one DROP COLUMN x',
  'SELECT * FROM one',
  'INSERT INTO one DEFAULT VALUES',
  'SELECT count(*) AS k FROM one',
]);
alt('drop column in check', [
  'ALTER TABLE a ADD CONSTRAINT c1 CHECK (qty > -5)',
  'ALTER TABLE a DROP COLUMN qty',
  "SELECT count(*) AS k FROM pg_constraint WHERE conname = 'c1'",
]);
alt('alter table if exists missing', ['ALTER TABLE IF EXISTS nope ADD COLUMN x int']);
alt('alter missing table', ['ALTER TABLE nope ADD COLUMN x int']);
alt('alter table in transaction rolled back', [
  'BEGIN',
  'ALTER TABLE a ADD COLUMN x int',
  'ROLLBACK',
  'SELECT x FROM a',
]);
alt('alter table only', ['ALTER TABLE ONLY a ADD COLUMN x int', 'SELECT count(x) AS k FROM a']);
alt('set schema', [
  'CREATE SCHEMA s2',
  'ALTER TABLE a SET SCHEMA s2',
  'SELECT count(*) AS k FROM s2.a',
  'SELECT count(*) AS k FROM a',
]);
alt('alter column set statistics', ['ALTER TABLE a ALTER COLUMN qty SET STATISTICS 100']);
alt('alter table owner to current_user', ['ALTER TABLE a OWNER TO CURRENT_USER']);
alt('add identity to existing column', [
  'ALTER TABLE a ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY',
  "INSERT INTO a (name) VALUES ('new') RETURNING id",
]);
alt('add identity to nullable column', ['ALTER TABLE a ALTER COLUMN qty ADD GENERATED ALWAYS AS IDENTITY']);
alt('drop identity not identity', ['ALTER TABLE a ALTER COLUMN id DROP IDENTITY']);
alt('drop identity if exists', ['ALTER TABLE a ALTER COLUMN id DROP IDENTITY IF EXISTS']);
alt('restart identity', [
  'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO i (v) VALUES (1)',
  'ALTER TABLE i ALTER COLUMN id RESTART WITH 100',
  'INSERT INTO i (v) VALUES (2) RETURNING id',
]);
alt('set generated always to by default', [
  'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'ALTER TABLE i ALTER COLUMN id SET GENERATED BY DEFAULT',
  'INSERT INTO i VALUES (5, 1) RETURNING id',
]);
alt('insert explicit into generated always', [
  'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO i VALUES (5, 1)',
  'INSERT INTO i OVERRIDING SYSTEM VALUE VALUES (5, 1) RETURNING id',
]);
alt('update generated always identity', [
  'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO i (v) VALUES (1)',
  'UPDATE i SET id = 5',
]);
alt('update generated always to default', [
  'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO i (v) VALUES (1)',
  'UPDATE i SET id = DEFAULT RETURNING id',
]);
alt('alter column set default on identity', [
  'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY)',
  'ALTER TABLE i ALTER COLUMN id SET DEFAULT 1',
]);
alt('alter add constraint check mentioning two columns', [
  'ALTER TABLE a ADD CONSTRAINT pq CHECK (price IS NULL OR qty IS NOT NULL)',
  "INSERT INTO a VALUES (9, 'n', NULL, 1, NULL)",
]);
alt('add primary key named', [
  'CREATE TABLE k (x int, y int)',
  'ALTER TABLE k ADD CONSTRAINT k_pk PRIMARY KEY (x, y)',
  'INSERT INTO k VALUES (1, 1), (1, 1)',
]);
alt('add foreign key default name', [
  'CREATE TABLE b (a_id int)',
  'ALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a',
  'INSERT INTO b VALUES (99)',
]);
alt('add foreign key on delete cascade', [
  'CREATE TABLE b (a_id int)',
  'ALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a ON DELETE CASCADE',
  'INSERT INTO b VALUES (1)',
  'DELETE FROM a WHERE id = 1',
  'SELECT count(*) AS k FROM b',
]);
alt('add foreign key to non unique', ['CREATE TABLE b (a_name text REFERENCES a(name))']);
alt('add foreign key type mismatch', ['CREATE TABLE b (a_id text REFERENCES a(id))']);
alt('add foreign key int8 to int4', [
  'CREATE TABLE b (a_id bigint REFERENCES a(id))',
  'INSERT INTO b VALUES (1)',
  'INSERT INTO b VALUES (99)',
]);

// CREATE TABLE AS / SELECT INTO / LIKE
const ct = (name: string, steps: ProbeStep[]) => list.add(`ctas: ${name}`, steps, A);
ct('create table as', [
  'CREATE TABLE b AS SELECT id, name FROM a WHERE id < 3',
  'SELECT id, name FROM b ORDER BY id',
]);
ct('create table as command tag', ['CREATE TABLE b AS SELECT id FROM a']);
ct('create table as with no data', [
  'CREATE TABLE b AS SELECT id FROM a WITH NO DATA',
  'SELECT count(*) AS k FROM b',
]);
ct('create table as column list', [
  'CREATE TABLE b (x, y) AS SELECT id, name FROM a',
  'SELECT x, y FROM b ORDER BY x',
]);
ct('create table as too many names', ['CREATE TABLE b (x, y, z) AS SELECT id, name FROM a']);
ct('create table as existing', ['CREATE TABLE a AS SELECT 1 AS x']);
ct('create table as if not exists', [
  'CREATE TABLE IF NOT EXISTS a AS SELECT 1 AS x',
  'SELECT count(*) AS k FROM a',
]);
ct('create table as keeps no constraints', [
  'CREATE TABLE b AS SELECT * FROM a',
  'INSERT INTO b (id) VALUES (1)',
  "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'b' AND column_name = 'id'",
]);
ct('create table as column types', [
  'CREATE TABLE b AS SELECT id, price, note, 1.5 AS n, count(*) OVER () AS c FROM a',
  "SELECT column_name, data_type, numeric_precision, character_maximum_length FROM information_schema.columns WHERE table_name = 'b' ORDER BY ordinal_position",
]);
ct('create table as duplicate column names', ['CREATE TABLE b AS SELECT id, id FROM a']);
ct('create table as unnamed column', [
  'CREATE TABLE b AS SELECT id + 1 FROM a',
  "SELECT column_name FROM information_schema.columns WHERE table_name = 'b'",
]);
ct('create table as values', ["CREATE TABLE b AS VALUES (1, 'a')", 'SELECT column1, column2 FROM b']);
ct('create temp table as', ['CREATE TEMP TABLE b AS SELECT id FROM a', 'SELECT count(*) AS k FROM b']);
ct('create table as in read only', ['BEGIN READ ONLY', 'CREATE TABLE b AS SELECT 1 AS x', 'ROLLBACK']);
ct('select into', ['SELECT id, name INTO b FROM a WHERE id = 1', 'SELECT id, name FROM b']);
ct('select into command tag', ['SELECT * INTO b FROM a']);
ct('select into temp', ['SELECT id INTO TEMP b FROM a', 'SELECT count(*) AS k FROM b']);
ct('select into existing', ['SELECT id INTO a FROM a']);
ct('select into with union', ['SELECT 1 AS x INTO b UNION SELECT 2', 'SELECT x FROM b ORDER BY x']);
ct('select into in cte', ['WITH c AS (SELECT 1 AS x) SELECT x INTO b FROM c', 'SELECT x FROM b']);
ct('create table like', [
  'CREATE TABLE b (LIKE a)',
  cols.replace("'a'", "'b'"),
  "SELECT count(*) AS k FROM pg_constraint WHERE conrelid = 'b'::regclass",
]);
ct('create table like including all', [
  'ALTER TABLE a ALTER COLUMN qty SET DEFAULT 3',
  'ALTER TABLE a ADD CONSTRAINT qq CHECK (qty > -5)',
  'CREATE TABLE b (LIKE a INCLUDING ALL)',
  "SELECT conname, contype FROM pg_constraint WHERE conrelid = 'b'::regclass ORDER BY 1",
  'INSERT INTO b (id) VALUES (1) RETURNING qty',
  'INSERT INTO b (id) VALUES (1)',
]);
ct('create table like including defaults', [
  'ALTER TABLE a ALTER COLUMN qty SET DEFAULT 3',
  'CREATE TABLE b (LIKE a INCLUDING DEFAULTS)',
  'INSERT INTO b (id) VALUES (1) RETURNING qty',
  'INSERT INTO b (id) VALUES (1) RETURNING qty',
]);
ct('create table like including constraints', [
  'ALTER TABLE a ADD CONSTRAINT qq CHECK (qty > -5)',
  'CREATE TABLE b (LIKE a INCLUDING CONSTRAINTS)',
  'INSERT INTO b (id, qty) VALUES (1, -9)',
]);
ct('create table like including indexes', [
  'CREATE TABLE b (LIKE a INCLUDING INDEXES)',
  "SELECT indexname FROM pg_indexes WHERE tablename = 'b'",
  'INSERT INTO b (id) VALUES (1), (1)',
]);
ct('create table like including all excluding indexes', [
  'CREATE TABLE b (LIKE a INCLUDING ALL EXCLUDING INDEXES)',
  "SELECT count(*) AS k FROM pg_indexes WHERE tablename = 'b'",
]);
ct('create table like plus column', [
  'CREATE TABLE b (LIKE a, extra int NOT NULL)',
  "SELECT column_name FROM information_schema.columns WHERE table_name = 'b' ORDER BY ordinal_position",
]);
ct('create table like identity', [
  'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'CREATE TABLE j (LIKE i INCLUDING IDENTITY)',
  'INSERT INTO j (v) VALUES (1) RETURNING id',
  'CREATE TABLE k (LIKE i)',
  'INSERT INTO k (v) VALUES (1) RETURNING id',
]);
ct('create table like not null kept', ['CREATE TABLE b (LIKE a)', "INSERT INTO b (name) VALUES ('x')"]);
ct('create table like missing', ['CREATE TABLE b (LIKE nope)']);
ct('create table like a view', [
  'CREATE VIEW v AS SELECT id, name FROM a',
  'CREATE TABLE b (LIKE v)',
  "SELECT column_name FROM information_schema.columns WHERE table_name = 'b' ORDER BY ordinal_position",
]);
ct('create table like including comments', [
  "COMMENT ON COLUMN a.name IS 'the name'",
  'CREATE TABLE b (LIKE a INCLUDING COMMENTS)',
  "SELECT col_description('b'::regclass, 2) AS d",
]);

// COMMENT ON
const cm = (name: string, steps: ProbeStep[]) => list.add(`comment: ${name}`, steps, A);
cm('comment on table', [
  "COMMENT ON TABLE a IS 'accounts'",
  "SELECT obj_description('a'::regclass, 'pg_class') AS d",
]);
cm('comment on column', [
  "COMMENT ON COLUMN a.name IS 'who'",
  "SELECT col_description('a'::regclass, 2) AS d",
]);
cm('comment null removes', [
  "COMMENT ON TABLE a IS 'x'",
  'COMMENT ON TABLE a IS NULL',
  "SELECT obj_description('a'::regclass, 'pg_class') AS d",
]);
cm('comment empty removes', [
  "COMMENT ON TABLE a IS 'x'",
  "COMMENT ON TABLE a IS ''",
  "SELECT obj_description('a'::regclass, 'pg_class') AS d",
]);
cm('comment on missing table', ["COMMENT ON TABLE nope IS 'x'"]);
cm('comment on missing column', ["COMMENT ON COLUMN a.nope IS 'x'"]);
cm('comment on constraint', [
  "COMMENT ON CONSTRAINT a_pkey ON a IS 'pk'",
  "SELECT obj_description(oid, 'pg_constraint') AS d FROM pg_constraint WHERE conname = 'a_pkey'",
]);
cm('comment on index', [
  "COMMENT ON INDEX a_pkey IS 'pk idx'",
  "SELECT obj_description('a_pkey'::regclass, 'pg_class') AS d",
]);
cm('comment on schema', [
  "COMMENT ON SCHEMA public IS 'pub'",
  "SELECT obj_description('public'::regnamespace, 'pg_namespace') AS d",
]);
cm('comment on view', [
  'CREATE VIEW v AS SELECT 1 AS x',
  "COMMENT ON VIEW v IS 'view'",
  "SELECT obj_description('v'::regclass, 'pg_class') AS d",
]);
cm('comment on table that is a view', ['CREATE VIEW v AS SELECT 1 AS x', "COMMENT ON TABLE v IS 'view'"]);
cm('comment on sequence', [
  'CREATE SEQUENCE sq',
  "COMMENT ON SEQUENCE sq IS 's'",
  "SELECT obj_description('sq'::regclass, 'pg_class') AS d",
]);
cm('comment on function', ["COMMENT ON FUNCTION lower(text) IS 'x'"]);
cm('comment with dollar quotes', [
  "COMMENT ON TABLE a IS $$it's$$",
  "SELECT obj_description('a'::regclass) AS d",
]);
cm('comment needs literal', ["COMMENT ON TABLE a IS 'a' || 'b'"]);
cm('comment on column in information_schema? pg_description', [
  "COMMENT ON COLUMN a.qty IS 'q'",
  "SELECT d.description FROM pg_description d JOIN pg_attribute t ON t.attrelid = d.objoid AND t.attnum = d.objsubid WHERE t.attname = 'qty'",
]);
cm('comment in rolled back transaction', [
  'BEGIN',
  "COMMENT ON TABLE a IS 'x'",
  'ROLLBACK',
  "SELECT obj_description('a'::regclass) AS d",
]);

// settings: SET / SHOW / RESET / SET LOCAL / set_config
const st = (name: string, steps: ProbeStep[]) => list.add(`settings: ${name}`, steps);
st('set and show', [
  "SET application_name = 'app'",
  'SHOW application_name',
  "SELECT current_setting('application_name') AS v",
]);
st('set to default', [
  "SET application_name = 'app'",
  'SET application_name TO DEFAULT',
  'SHOW application_name',
]);
st('reset', ["SET statement_timeout = '5s'", 'RESET statement_timeout', 'SHOW statement_timeout']);
st('reset all', [
  "SET statement_timeout = '5s'",
  "SET application_name = 'x'",
  'RESET ALL',
  'SHOW statement_timeout',
  'SHOW application_name',
]);
st('set local outside transaction warns', ["SET LOCAL statement_timeout = '5s'", 'SHOW statement_timeout']);
st('set local ends with commit', [
  'BEGIN',
  "SET LOCAL statement_timeout = '5s'",
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
st('set session in rolled back tx', [
  'BEGIN',
  "SET statement_timeout = '5s'",
  'ROLLBACK',
  'SHOW statement_timeout',
]);
st('set session in committed tx', [
  'BEGIN',
  "SET statement_timeout = '5s'",
  'COMMIT',
  'SHOW statement_timeout',
]);
st('set local over set session', [
  'BEGIN',
  "SET statement_timeout = '5s'",
  "SET LOCAL statement_timeout = '7s'",
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
st('set session over set local', [
  'BEGIN',
  "SET LOCAL statement_timeout = '7s'",
  "SET statement_timeout = '5s'",
  'COMMIT',
  'SHOW statement_timeout',
]);
st('set_config local', [
  'BEGIN',
  "SELECT set_config('statement_timeout', '3s', true) AS v",
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
st('set_config session', [
  "SELECT set_config('statement_timeout', '3000', false) AS v",
  'SHOW statement_timeout',
]);
st('set_config local outside tx', [
  "SELECT set_config('statement_timeout', '3s', true) AS v",
  'SHOW statement_timeout',
]);
st('set_config custom setting', [
  "SELECT set_config('app.tenant', '42', false) AS v",
  "SELECT current_setting('app.tenant') AS v",
]);
st('set_config custom local', [
  'BEGIN',
  "SELECT set_config('app.tenant', '42', true) AS v",
  "SELECT current_setting('app.tenant') AS v",
  'COMMIT',
  "SELECT current_setting('app.tenant', true) AS v",
  "SELECT current_setting('app.tenant') AS v",
]);
st('current_setting missing', ["SELECT current_setting('app.nope') AS v"]);
st('current_setting missing ok', ["SELECT current_setting('app.nope', true) AS v"]);
st('current_setting unknown builtin', ["SELECT current_setting('nope_setting') AS v"]);
st('set unknown setting', ['SET nope_setting = 1']);
st('show unknown setting', ['SHOW nope_setting']);
st('set custom class', [
  "SET app.user_id = '7'",
  'SHOW app.user_id',
  "SELECT current_setting('app.user_id')::int + 1 AS v",
]);
st('set custom numeric value', ['SET app.n = 5', 'SHOW app.n']);
st('set custom reset', ["SET app.x = 'a'", 'RESET app.x', 'SHOW app.x']);
st('show all count positive', ['SELECT count(*) > 100 AS v FROM pg_settings']);
st('set bad value', ["SET statement_timeout = 'abc'"]);
st('set bad boolean', ["SET enable_seqscan = 'maybe'"]);
st('set negative timeout', ['SET statement_timeout = -1']);
st('set timeout units', [
  "SET statement_timeout = '1min'",
  'SHOW statement_timeout',
  'SET statement_timeout = 1500',
  'SHOW statement_timeout',
  "SET lock_timeout = '2h'",
  'SHOW lock_timeout',
]);
st('set work_mem units', ["SET work_mem = '8MB'", 'SHOW work_mem', 'SET work_mem = 1024', 'SHOW work_mem']);
st('set search_path list', [
  'SET search_path = a, b, public',
  'SHOW search_path',
  "SELECT current_setting('search_path') AS v",
]);
st('set search_path quoted', ['SET search_path = "My Schema", public', 'SHOW search_path']);
st('set time zone', [
  "SET TIME ZONE 'UTC'",
  'SHOW TimeZone',
  'SET TIME ZONE LOCAL',
  "SET timezone = 'Europe/Paris'",
  'SHOW timezone',
]);
st('set time zone interval', ["SET TIME ZONE INTERVAL '+02:00' HOUR TO MINUTE", 'SHOW TimeZone']);
st('set bad time zone', ["SET TIME ZONE 'Nowhere/Land'"]);
st('set client_encoding', ["SET client_encoding = 'UTF8'", 'SHOW client_encoding']);
st('set names', ["SET NAMES 'UTF8'", 'SHOW client_encoding']);
st('set role none', ['SET ROLE NONE', 'SELECT current_user = session_user AS v']);
st('set session authorization default', [
  'SET SESSION AUTHORIZATION DEFAULT',
  'SELECT current_user = session_user AS v',
]);
st('set seed', ['SELECT setseed(0.5) AS v']);
st('set datestyle', ["SET DateStyle = 'ISO, DMY'", 'SHOW DateStyle', "SELECT '01/02/2024'::date AS v"]);
st('set intervalstyle', ["SET IntervalStyle = 'iso_8601'", "SELECT interval '1 day 2 hours' AS v"]);
st('set in aborted transaction', ['BEGIN', 'SELECT 1/0', "SET application_name = 'x'", 'ROLLBACK']);
st('setting on second session independent', [
  "SET application_name = 'first'",
  two('SHOW application_name'),
  'SHOW application_name',
]);
st('set local in savepoint released', [
  'BEGIN',
  'SAVEPOINT a',
  "SET LOCAL application_name = 'x'",
  'RELEASE a',
  'SHOW application_name',
  'COMMIT',
  'SHOW application_name',
]);
st('set via options in set_config bad', ["SELECT set_config('statement_timeout', 'x', false) AS v"]);
st('set_config null value', [
  "SELECT set_config('app.x', NULL, false) AS v",
  "SELECT current_setting('app.x') AS v",
]);
st('set_config null name', ["SELECT set_config(NULL, 'x', false) AS v"]);
st('show transaction isolation level', ['SHOW TRANSACTION ISOLATION LEVEL']);
st('show is_superuser', ['SHOW is_superuser']);
st('server_version_num major', ["SELECT current_setting('server_version_num')::int / 10000 AS major"]);
st('set constraint_exclusion', ['SET constraint_exclusion = partition', 'SHOW constraint_exclusion']);
st('set float extra digits', [
  'SET extra_float_digits = 0',
  'SELECT 0.1::float8 AS v',
  'SELECT 1/3::float8 AS w',
]);
st('set readonly setting', ['SET server_version = 1']);
st('set superuser-only setting', ["SET log_statement = 'all'", 'SHOW log_statement']);
st('set postmaster setting', ['SET max_connections = 10']);
st('alter system in transaction', ['BEGIN', "ALTER SYSTEM SET work_mem = '8MB'", 'ROLLBACK']);

// schemas and search_path
const sc = (name: string, steps: ProbeStep[], setup?: string) => list.add(`schema: ${name}`, steps, setup);
const SS =
  "CREATE SCHEMA app; CREATE TABLE app.t (v text); INSERT INTO app.t VALUES ('app'); CREATE TABLE public.t (v text); INSERT INTO public.t VALUES ('public');";
sc('create schema', ['CREATE SCHEMA s1', "SELECT nspname FROM pg_namespace WHERE nspname = 's1'"]);
sc('create schema twice', ['CREATE SCHEMA s1', 'CREATE SCHEMA s1']);
sc('create schema if not exists', ['CREATE SCHEMA IF NOT EXISTS s1', 'CREATE SCHEMA IF NOT EXISTS s1']);
sc('create schema pg_ prefix', ['CREATE SCHEMA pg_mine']);
sc('create schema with elements', [
  'CREATE SCHEMA s1 CREATE TABLE x (a int) CREATE VIEW y AS SELECT a FROM x',
  'SELECT count(*) AS k FROM s1.y',
]);
sc('drop schema non empty', ['DROP SCHEMA app']);
sc('drop schema cascade', ['DROP SCHEMA app CASCADE', 'SELECT * FROM app.t']);
sc('drop schema missing', ['DROP SCHEMA nope']);
sc('drop schema if exists', ['DROP SCHEMA IF EXISTS nope']);
sc(
  'search path first wins',
  ['SET search_path = app, public', 'SELECT v FROM t', 'SET search_path = public, app', 'SELECT v FROM t'],
  SS,
);
sc(
  'search path missing schema skipped',
  ['SET search_path = nope, app', 'SELECT v FROM t', 'SELECT current_schemas(false)::text AS s'],
  SS,
);
sc(
  'current_schema',
  ['SET search_path = app, public', 'SELECT current_schema() AS s, current_schema AS t'],
  SS,
);
sc('current_schema none', ['SET search_path = nope', 'SELECT current_schema() AS s'], SS);
sc(
  'create in first schema',
  [
    'SET search_path = app, public',
    'CREATE TABLE u (x int)',
    "SELECT table_schema FROM information_schema.tables WHERE table_name = 'u'",
  ],
  SS,
);
sc('create with empty search path', ["SET search_path = ''", 'CREATE TABLE u (x int)']);
sc('search path empty table lookup', ["SET search_path = ''", 'SELECT v FROM t'], SS);
sc('search path empty builtin functions still found', [
  "SET search_path = ''",
  "SELECT lower('A') AS v, now() IS NOT NULL AS w",
]);
sc('qualified name ignores search path', ["SET search_path = ''", 'SELECT v FROM app.t'], SS);
sc('pg_catalog explicit last', [
  'CREATE SCHEMA s1',
  'SET search_path = s1, pg_catalog',
  'SELECT current_schemas(false)::text AS s',
]);
sc('$user schema', ['SHOW search_path', 'SELECT current_schemas(false)::text AS s']);
sc('set schema command', ["SET SCHEMA 'app'", 'SHOW search_path', 'SELECT v FROM t'], SS);
sc('cross schema join', ['SELECT a.v AS av, p.v AS pv FROM app.t a CROSS JOIN public.t p'], SS);
sc('schema qualified unknown table', ['SELECT * FROM app.nope'], SS);
sc('schema qualified unknown schema', ['SELECT * FROM nope.t'], SS);
sc('three part name wrong db', ['SELECT * FROM otherdb.public.t'], SS);
sc('three part name right db', ['SELECT v FROM public.t WHERE v IS NOT NULL'], SS);
sc('alter schema rename', ['ALTER SCHEMA app RENAME TO app2', 'SELECT v FROM app2.t'], SS);
sc(
  'search path in transaction rollback',
  ['BEGIN', 'SET search_path = app', 'ROLLBACK', 'SELECT v FROM t'],
  SS,
);
sc(
  'set local search path',
  ['BEGIN', 'SET LOCAL search_path = app', 'SELECT v FROM t', 'COMMIT', 'SELECT v FROM t'],
  SS,
);
sc(
  'temp schema shadows',
  [
    'CREATE TEMP TABLE t (v text)',
    "INSERT INTO t VALUES ('temp')",
    'SELECT v FROM t',
    'SELECT v FROM public.t',
  ],
  SS,
);
sc(
  'sequence in schema',
  ['CREATE SEQUENCE app.sq', "SELECT nextval('app.sq') AS v", "SELECT nextval('sq') AS v"],
  SS,
);
sc(
  'type in schema',
  ["CREATE TYPE app.mood AS ENUM ('ok')", "SELECT 'ok'::app.mood::text AS v", "SELECT 'ok'::mood AS v"],
  SS,
);
sc(
  'fk across schemas',
  [
    'CREATE TABLE app.p (id int PRIMARY KEY)',
    'CREATE TABLE public.c (p_id int REFERENCES app.p(id))',
    'INSERT INTO c VALUES (1)',
  ],
  SS,
);
sc(
  'information_schema tables per schema',
  ["SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = 't' ORDER BY 1"],
  SS,
);

// views
const V = `CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, price int, active bool DEFAULT true);
INSERT INTO item VALUES (1, 'a', 10, true), (2, 'b', 20, false);
CREATE VIEW active_items AS SELECT id, name, price FROM item WHERE active;
CREATE VIEW cheap AS SELECT id, name, price FROM item WHERE price < 15 WITH CHECK OPTION;
CREATE VIEW cheap_local AS SELECT id, name, price FROM cheap WHERE price > 5 WITH LOCAL CHECK OPTION;
CREATE VIEW cheap_cascaded AS SELECT id, name, price FROM active_items WHERE price < 100 WITH CASCADED CHECK OPTION;`;
const vw = (name: string, steps: ProbeStep[]) => list.add(`view: ${name}`, steps, V);
vw('insert through view', [
  "INSERT INTO active_items VALUES (3, 'c', 5)",
  'SELECT id, active FROM item ORDER BY id',
]);
vw('insert through view invisible row allowed', [
  "INSERT INTO active_items (id, name, price) VALUES (3, 'c', 5) RETURNING id",
  'SELECT count(*) AS k FROM active_items',
]);
vw('update through view', [
  'UPDATE active_items SET price = 11 WHERE id = 1',
  'UPDATE active_items SET price = 11 WHERE id = 2',
  'SELECT id, price FROM item ORDER BY id',
]);
vw('delete through view only visible', ['DELETE FROM active_items', 'SELECT id FROM item ORDER BY id']);
vw('check option insert violation', ["INSERT INTO cheap VALUES (3, 'c', 50)"]);
vw('check option insert ok', ["INSERT INTO cheap VALUES (3, 'c', 5)", 'SELECT id FROM item ORDER BY id']);
vw('check option update violation', ['UPDATE cheap SET price = 99 WHERE id = 1']);
vw('local check option only checks own where', ["INSERT INTO cheap_local VALUES (3, 'c', 50)"]);
vw('local check option own where violation', ["INSERT INTO cheap_local VALUES (3, 'c', 1)"]);
vw('cascaded check option checks underlying', [
  "INSERT INTO cheap_cascaded (id, name, price) VALUES (3, 'c', 5)",
]);
vw('view with join not insertable', [
  'CREATE VIEW j AS SELECT i.id, x.n FROM item i CROSS JOIN (SELECT 1 AS n) x',
  'INSERT INTO j VALUES (3, 1)',
]);
vw('view with aggregate not updatable', [
  'CREATE VIEW agg AS SELECT count(*) AS k FROM item',
  'UPDATE agg SET k = 1',
]);
vw('view with distinct not updatable', ['CREATE VIEW d AS SELECT DISTINCT name FROM item', 'DELETE FROM d']);
vw('view computed column not updatable', [
  'CREATE VIEW c AS SELECT id, price * 2 AS dbl FROM item',
  'UPDATE c SET dbl = 1',
  'UPDATE c SET id = id WHERE id = 1',
]);
vw('view computed column insert others', [
  'CREATE VIEW c AS SELECT id, name, price * 2 AS dbl FROM item',
  "INSERT INTO c (id, name) VALUES (3, 'c')",
  "INSERT INTO c (id, name, dbl) VALUES (4, 'd', 1)",
]);
vw('view default from base', [
  "INSERT INTO active_items (id, name) VALUES (3, 'c')",
  'SELECT id, active, price FROM item WHERE id = 3',
]);
vw('view column default', [
  'ALTER VIEW active_items ALTER COLUMN price SET DEFAULT 7',
  "INSERT INTO active_items (id, name) VALUES (3, 'c') RETURNING price",
]);
vw('view insert returning', ["INSERT INTO active_items VALUES (3, 'c', 5) RETURNING *"]);
vw('view not null from base', ['INSERT INTO active_items (id) VALUES (3)']);
vw('view unique from base', ["INSERT INTO active_items VALUES (1, 'x', 1)"]);
vw('create or replace view add column', [
  'CREATE OR REPLACE VIEW active_items AS SELECT id, name, price, active FROM item WHERE active',
  'SELECT * FROM active_items ORDER BY id',
]);
vw('create or replace view drop column', [
  'CREATE OR REPLACE VIEW active_items AS SELECT id, name FROM item WHERE active',
]);
vw('create or replace view rename column', [
  'CREATE OR REPLACE VIEW active_items AS SELECT id, name AS title, price FROM item WHERE active',
]);
vw('create or replace view change type', [
  'CREATE OR REPLACE VIEW active_items AS SELECT id, name, price::bigint AS price FROM item WHERE active',
]);
vw('create view existing', ['CREATE VIEW active_items AS SELECT 1 AS x']);
vw('drop table with view', ['DROP TABLE item']);
vw('drop table cascade drops views', [
  'DROP TABLE item CASCADE',
  "SELECT count(*) AS k FROM information_schema.views WHERE table_schema = 'public'",
]);
vw('drop view', ['DROP VIEW cheap_local', 'DROP VIEW cheap_local']);
vw('drop view if exists', ['DROP VIEW IF EXISTS nope']);
vw('drop view used by view', ['DROP VIEW cheap']);
vw('drop view on table', ['DROP VIEW item']);
vw('view select star frozen', [
  'CREATE VIEW star AS SELECT * FROM item',
  'ALTER TABLE item ADD COLUMN extra int',
  'SELECT * FROM star ORDER BY id',
]);
vw('view check option from information_schema', [
  "SELECT table_name, check_option, is_updatable FROM information_schema.views WHERE table_schema = 'public' ORDER BY 1",
]);
vw('view with check option on non updatable', [
  'CREATE VIEW agg AS SELECT count(*) AS k FROM item WITH CHECK OPTION',
]);
vw('temporary view', ['CREATE TEMP VIEW tv AS SELECT id FROM item', 'SELECT count(*) AS k FROM tv']);
vw('view with column names', [
  'CREATE VIEW named (a, b) AS SELECT id, name FROM item',
  'SELECT a, b FROM named ORDER BY a',
]);
vw('view with too many column names', ['CREATE VIEW named (a, b, c) AS SELECT id, name FROM item']);
vw('view with order by', ['CREATE VIEW o AS SELECT id FROM item ORDER BY id DESC', 'SELECT id FROM o']);
vw('view security barrier update', [
  'CREATE VIEW sb WITH (security_barrier) AS SELECT id, price FROM item WHERE price > 0',
  'UPDATE sb SET price = 1 RETURNING id',
]);
vw('materialized view', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM item',
  "INSERT INTO item VALUES (3, 'c', 1)",
  'SELECT count(*) AS k FROM m',
  'REFRESH MATERIALIZED VIEW m',
  'SELECT count(*) AS k FROM m',
]);
vw('materialized view insert', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM item',
  'INSERT INTO m VALUES (9)',
]);
vw('refresh concurrently without unique index', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM item',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY m',
]);
vw('materialized with no data select', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM item WITH NO DATA',
  'SELECT * FROM m',
]);
vw('alter view rename', ['ALTER VIEW active_items RENAME TO live', 'SELECT count(*) AS k FROM live']);
vw('update view on conflict', [
  "INSERT INTO active_items VALUES (1, 'z', 1) ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING name",
]);

// row-level security and roles (roles are cluster-wide: each case drops and makes its own)
const R = (role: string) => `DROP ROLE IF EXISTS ${role}; CREATE ROLE ${role};
CREATE TABLE doc (id int PRIMARY KEY, owner text NOT NULL, body text);
INSERT INTO doc VALUES (1, 'alice', 'a1'), (2, 'bob', 'b1'), (3, 'alice', 'a2');
GRANT SELECT, INSERT, UPDATE, DELETE ON doc TO ${role};`;
const rls = (name: string, role: string, steps: ProbeStep[]) => list.add(`rls: ${name}`, steps, R(role));
rls('enable rls superuser sees all', 'r17_rls1', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  "CREATE POLICY own ON doc USING (owner = current_setting('app.user'))",
  'SELECT id FROM doc ORDER BY id',
]);
rls('policy filters for role', 'r17_rls2', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  "CREATE POLICY own ON doc USING (owner = current_setting('app.user', true))",
  "SET app.user = 'alice'",
  'SET ROLE r17_rls2',
  'SELECT id FROM doc ORDER BY id',
  'RESET ROLE',
]);
rls('no policy means no rows', 'r17_rls3', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  'SET ROLE r17_rls3',
  'SELECT count(*) AS k FROM doc',
  "INSERT INTO doc VALUES (9, 'x', 'y')",
  'RESET ROLE',
]);
rls('with check on insert', 'r17_rls4', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  "CREATE POLICY own ON doc USING (owner = 'alice') WITH CHECK (owner = 'alice')",
  'SET ROLE r17_rls4',
  "INSERT INTO doc VALUES (9, 'bob', 'x')",
  "INSERT INTO doc VALUES (9, 'alice', 'x')",
  'RESET ROLE',
]);
rls('update invisible rows does nothing', 'r17_rls5', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  "CREATE POLICY own ON doc USING (owner = 'alice')",
  'SET ROLE r17_rls5',
  "UPDATE doc SET body = 'x'",
  'RESET ROLE',
  'SELECT id, body FROM doc ORDER BY id',
]);
rls('force rls for owner', 'r17_rls6', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  'ALTER TABLE doc FORCE ROW LEVEL SECURITY',
  "CREATE POLICY own ON doc USING (owner = 'bob')",
  'SELECT id FROM doc ORDER BY id',
]);
rls('permissive policies or together', 'r17_rls7', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  'CREATE POLICY p1 ON doc USING (id = 1)',
  'CREATE POLICY p2 ON doc USING (id = 2)',
  'SET ROLE r17_rls7',
  'SELECT id FROM doc ORDER BY id',
  'RESET ROLE',
]);
rls('restrictive policy', 'r17_rls8', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  'CREATE POLICY p1 ON doc USING (true)',
  "CREATE POLICY p2 ON doc AS RESTRICTIVE USING (owner = 'alice')",
  'SET ROLE r17_rls8',
  'SELECT id FROM doc ORDER BY id',
  'RESET ROLE',
]);
rls('policy for select only', 'r17_rls9', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  'CREATE POLICY p1 ON doc FOR SELECT USING (true)',
  'SET ROLE r17_rls9',
  'SELECT count(*) AS k FROM doc',
  'DELETE FROM doc',
  'RESET ROLE',
  'SELECT count(*) AS k FROM doc',
]);
rls('policy duplicate name', 'r17_rls10', [
  'CREATE POLICY p1 ON doc USING (true)',
  'CREATE POLICY p1 ON doc USING (true)',
]);
rls('drop policy', 'r17_rls11', [
  'CREATE POLICY p1 ON doc USING (true)',
  'DROP POLICY p1 ON doc',
  'DROP POLICY p1 ON doc',
  'DROP POLICY IF EXISTS p1 ON doc',
]);
rls('pg_policies', 'r17_rls12', [
  "CREATE POLICY p1 ON doc FOR UPDATE TO r17_rls12 USING (owner = 'a')",
  'SELECT policyname, permissive, roles::text AS roles, cmd, qual FROM pg_policies',
]);
rls('row_security off errors', 'r17_rls13', [
  'ALTER TABLE doc ENABLE ROW LEVEL SECURITY',
  'CREATE POLICY p1 ON doc USING (id = 1)',
  'SET ROLE r17_rls13',
  'SET row_security = off',
  'SELECT count(*) AS k FROM doc',
  'RESET ROLE',
]);
rls('grant select only then insert denied', 'r17_g1', [
  'REVOKE INSERT ON doc FROM r17_g1',
  'SET ROLE r17_g1',
  'SELECT count(*) AS k FROM doc',
  "INSERT INTO doc VALUES (9, 'x', 'y')",
  'RESET ROLE',
]);
rls('revoke all then select denied', 'r17_g2', [
  'REVOKE ALL ON doc FROM r17_g2',
  'SET ROLE r17_g2',
  'SELECT count(*) AS k FROM doc',
  'RESET ROLE',
]);
rls('column grant', 'r17_g3', [
  'REVOKE ALL ON doc FROM r17_g3',
  'GRANT SELECT (id, owner) ON doc TO r17_g3',
  'SET ROLE r17_g3',
  'SELECT id, owner FROM doc ORDER BY id',
  'SELECT body FROM doc',
  'SELECT * FROM doc',
  'RESET ROLE',
]);
rls('has_table_privilege', 'r17_g4', [
  'REVOKE DELETE ON doc FROM r17_g4',
  "SELECT has_table_privilege('r17_g4', 'doc', 'SELECT') AS s, has_table_privilege('r17_g4', 'doc', 'DELETE') AS d",
]);
rls('grant on missing table', 'r17_g5', ['GRANT SELECT ON nope TO r17_g5']);
rls('grant to missing role', 'r17_g6', ['GRANT SELECT ON doc TO r17_nope_role']);
rls('grant bad privilege', 'r17_g7', ['GRANT FLY ON doc TO r17_g7']);
rls('sequence usage needed for serial insert', 'r17_g8', [
  'CREATE TABLE s (id serial PRIMARY KEY, v int)',
  'GRANT INSERT ON s TO r17_g8',
  'SET ROLE r17_g8',
  'INSERT INTO s (v) VALUES (1)',
  'RESET ROLE',
  'GRANT USAGE ON SEQUENCE s_id_seq TO r17_g8',
  'SET ROLE r17_g8',
  'INSERT INTO s (v) VALUES (1)',
  'RESET ROLE',
]);
rls('schema usage revoked', 'r17_g9', [
  'CREATE SCHEMA priv',
  'CREATE TABLE priv.x (a int)',
  'GRANT SELECT ON priv.x TO r17_g9',
  'SET ROLE r17_g9',
  'SELECT count(*) AS k FROM priv.x',
  'RESET ROLE',
]);
rls('grant all tables in schema', 'r17_g10', [
  'REVOKE ALL ON doc FROM r17_g10',
  'GRANT SELECT ON ALL TABLES IN SCHEMA public TO r17_g10',
  'SET ROLE r17_g10',
  'SELECT count(*) AS k FROM doc',
  'RESET ROLE',
]);
rls('current_user after set role', 'r17_g11', [
  'SET ROLE r17_g11',
  'SELECT current_user AS c, session_user = current_user AS same',
  'RESET ROLE',
  'SELECT current_user = session_user AS same',
]);
rls('set role in rolled back tx', 'r17_g12', [
  'BEGIN',
  'SET ROLE r17_g12',
  'ROLLBACK',
  'SELECT current_user = session_user AS same',
]);
rls('set local role', 'r17_g13', [
  'BEGIN',
  'SET LOCAL ROLE r17_g13',
  'SELECT current_user AS c',
  'COMMIT',
  'SELECT current_user = session_user AS same',
]);
rls('set role missing', 'r17_g14', ['SET ROLE r17_nope_role']);
rls('update needs select for where', 'r17_g15', [
  'REVOKE SELECT ON doc FROM r17_g15',
  'SET ROLE r17_g15',
  "UPDATE doc SET body = 'x'",
  "UPDATE doc SET body = 'x' WHERE id = 1",
  'RESET ROLE',
]);
rls('insert returning needs select', 'r17_g16', [
  'REVOKE SELECT ON doc FROM r17_g16',
  'SET ROLE r17_g16',
  "INSERT INTO doc VALUES (9, 'x', 'y') RETURNING id",
  "INSERT INTO doc VALUES (9, 'x', 'y')",
  'RESET ROLE',
]);
rls('create table as role without create', 'r17_g17', [
  'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
  'SET ROLE r17_g17',
  'CREATE TABLE mine (a int)',
  'RESET ROLE',
  'GRANT CREATE ON SCHEMA public TO PUBLIC',
]);
rls('truncate needs privilege', 'r17_g18', ['SET ROLE r17_g18', 'TRUNCATE doc', 'RESET ROLE']);
rls('lock table needs privilege', 'r17_g19', [
  'SET ROLE r17_g19',
  'BEGIN',
  'LOCK TABLE doc IN ACCESS EXCLUSIVE MODE',
  'ROLLBACK',
  'RESET ROLE',
]);
rls('for update needs update privilege', 'r17_g20', [
  'REVOKE UPDATE ON doc FROM r17_g20',
  'SET ROLE r17_g20',
  'SELECT id FROM doc WHERE id = 1 FOR UPDATE',
  'SELECT id FROM doc WHERE id = 1 FOR SHARE',
  'RESET ROLE',
]);
rls('view owner rights', 'r17_g21', [
  'CREATE VIEW dv AS SELECT id FROM doc',
  'REVOKE ALL ON doc FROM r17_g21',
  'GRANT SELECT ON dv TO r17_g21',
  'SET ROLE r17_g21',
  'SELECT count(*) AS k FROM dv',
  'SELECT count(*) AS k FROM doc',
  'RESET ROLE',
]);
rls('discard all resets role', 'r17_g22', [
  'SET ROLE r17_g22',
  'DISCARD ALL',
  'SELECT current_user = session_user AS same',
]);

export default list.cases;
