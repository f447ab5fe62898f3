// Round 18 probe, DDL part 3: ALTER TABLE and CREATE INDEX as migrations run them against tables with
// rows (PostgreSQL 15 chapter 5.6 and ALTER TABLE / CREATE INDEX), plus IF [NOT] EXISTS notices,
// schemas and search_path, DROP ... CASCADE/RESTRICT and COMMENT ON.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: alter: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int, code varchar(5));
INSERT INTO t VALUES (1, 'a', 1, 'x1'), (2, 'b', 2, 'x2'), (3, NULL, NULL, NULL);`;
const a = (name: string, steps: string[]) => list.add(name, steps, T);
const add = list.add.bind(list);
const cols =
  "SELECT column_name, data_type, character_maximum_length, is_nullable, column_default FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position";
const cons =
  "SELECT conname, contype, convalidated, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY 1";
const idx = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 't' ORDER BY 1";

a('add unique constraint on duplicate data is 23505', [
  "UPDATE t SET name = 'a' WHERE id = 2",
  'ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE (name)',
]);
a('add check on violating data is 23514', ['ALTER TABLE t ADD CONSTRAINT qty_pos CHECK (qty > 1)']);
a('add check not valid skips existing rows', [
  'ALTER TABLE t ADD CONSTRAINT qty_pos CHECK (qty > 1) NOT VALID',
  cons,
  'INSERT INTO t VALUES (4, NULL, 0, NULL)',
]);
a('validate constraint fails on existing rows', [
  'ALTER TABLE t ADD CONSTRAINT qty_pos CHECK (qty > 1) NOT VALID',
  'ALTER TABLE t VALIDATE CONSTRAINT qty_pos',
]);
a('validate constraint after fixing rows', [
  'ALTER TABLE t ADD CONSTRAINT qty_pos CHECK (qty > 1) NOT VALID',
  'UPDATE t SET qty = 5 WHERE qty <= 1',
  'ALTER TABLE t VALIDATE CONSTRAINT qty_pos',
  cons,
]);
a('add foreign key not valid and validate', [
  'CREATE TABLE c (id int, tid int)',
  'INSERT INTO c VALUES (1, 9)',
  'ALTER TABLE c ADD CONSTRAINT c_t FOREIGN KEY (tid) REFERENCES t NOT VALID',
  'INSERT INTO c VALUES (2, 8)',
]);
a('validate foreign key with orphan', [
  'CREATE TABLE c (id int, tid int)',
  'INSERT INTO c VALUES (1, 9)',
  'ALTER TABLE c ADD CONSTRAINT c_t FOREIGN KEY (tid) REFERENCES t NOT VALID',
  'ALTER TABLE c VALIDATE CONSTRAINT c_t',
]);
a('add foreign key on orphan rows', [
  'CREATE TABLE c (id int, tid int)',
  'INSERT INTO c VALUES (1, 9)',
  'ALTER TABLE c ADD CONSTRAINT c_t FOREIGN KEY (tid) REFERENCES t',
]);
a('primary key not valid is rejected', ['ALTER TABLE t ADD CONSTRAINT u2 UNIQUE (qty) NOT VALID']);
a('set not null on column with nulls is 23502', ['ALTER TABLE t ALTER COLUMN name SET NOT NULL']);
a('add column not null default fills rows', [
  "ALTER TABLE t ADD COLUMN status text NOT NULL DEFAULT 'new'",
  'SELECT id, status FROM t ORDER BY id',
]);
a('add column not null without default is 23502', ['ALTER TABLE t ADD COLUMN must int NOT NULL']);
a('drop column then select', ['ALTER TABLE t DROP COLUMN qty', 'SELECT * FROM t ORDER BY id']);
a('drop column twice', ['ALTER TABLE t DROP COLUMN qty', 'ALTER TABLE t DROP COLUMN qty']);
a('drop column if exists notice', ['ALTER TABLE t DROP COLUMN IF EXISTS nope', cols]);
a('drop column drops its index', ['CREATE INDEX t_qty ON t (qty)', 'ALTER TABLE t DROP COLUMN qty', idx]);
a('drop column drops multi-column unique constraint', [
  'ALTER TABLE t ADD CONSTRAINT nq UNIQUE (name, qty)',
  'ALTER TABLE t DROP COLUMN qty',
  cons,
]);
a('drop primary key column', ['ALTER TABLE t DROP COLUMN id', cons]);
a('rename column keeps data and constraints', [
  'ALTER TABLE t RENAME COLUMN qty TO quantity',
  'SELECT id, quantity FROM t ORDER BY id',
  cols,
]);
a('rename column to existing name is 42701', ['ALTER TABLE t RENAME COLUMN qty TO name']);
a('rename missing column is 42703', ['ALTER TABLE t RENAME COLUMN nope TO x']);
a('rename column referenced by check updates definition', [
  'ALTER TABLE t ADD CONSTRAINT qty_nonneg CHECK (qty >= 0)',
  'ALTER TABLE t RENAME COLUMN qty TO n',
  cons,
]);
a('rename constraint', [
  'ALTER TABLE t ADD CONSTRAINT qty_nonneg CHECK (qty >= 0)',
  'ALTER TABLE t RENAME CONSTRAINT qty_nonneg TO qty_ok',
  cons,
]);
a('rename primary key constraint renames index', ['ALTER TABLE t RENAME CONSTRAINT t_pkey TO t_pk', idx]);
a('rename missing constraint is 42704', ['ALTER TABLE t RENAME CONSTRAINT nope TO x']);
a('rename constraint to existing name', [
  'ALTER TABLE t ADD CONSTRAINT c1 CHECK (qty >= 0)',
  'ALTER TABLE t ADD CONSTRAINT c2 CHECK (qty < 100)',
  'ALTER TABLE t RENAME CONSTRAINT c1 TO c2',
]);
a('alter type with using expression', [
  'ALTER TABLE t ALTER COLUMN code TYPE int USING substr(code, 2)::int',
  'SELECT id, code FROM t ORDER BY id',
]);
a('alter type without using fails 42804', ['ALTER TABLE t ALTER COLUMN code TYPE int']);
a('alter type shorten varchar with long data is 22001', ['ALTER TABLE t ALTER COLUMN code TYPE varchar(1)']);
a('alter type text to varchar keeps data', ['ALTER TABLE t ALTER COLUMN name TYPE varchar(10)', cols]);
a('alter type int to text', [
  'ALTER TABLE t ALTER COLUMN qty TYPE text',
  'SELECT qty FROM t ORDER BY id',
  cols,
]);
a('alter type to numeric with scale', [
  'ALTER TABLE t ALTER COLUMN qty TYPE numeric(6,2)',
  'SELECT qty FROM t ORDER BY id',
]);
a('alter type using invalid cast of data is 22P02', [
  'ALTER TABLE t ALTER COLUMN name TYPE int USING name::int',
]);
a('alter type of primary key column keeps constraint', [
  'ALTER TABLE t ALTER COLUMN id TYPE bigint',
  cons,
  cols,
]);
a('alter type with default that does not cast', [
  "ALTER TABLE t ALTER COLUMN name SET DEFAULT 'zz'",
  'ALTER TABLE t ALTER COLUMN name TYPE int USING length(name)',
]);
a('alter type with check constraint re-checked', [
  'ALTER TABLE t ADD CONSTRAINT c CHECK (length(code) < 5)',
  'ALTER TABLE t ALTER COLUMN code TYPE text',
  cons,
]);
a('set default then insert', [
  'ALTER TABLE t ALTER COLUMN qty SET DEFAULT 42',
  'INSERT INTO t (id) VALUES (4) RETURNING qty',
]);
a('drop default then insert', [
  'ALTER TABLE t ALTER COLUMN qty SET DEFAULT 42',
  'ALTER TABLE t ALTER COLUMN qty DROP DEFAULT',
  'INSERT INTO t (id) VALUES (4) RETURNING qty',
]);
a('set default of wrong type', ["ALTER TABLE t ALTER COLUMN qty SET DEFAULT 'many'"]);
a('set default referencing column is rejected', ['ALTER TABLE t ALTER COLUMN qty SET DEFAULT id + 1']);
a('multiple subcommands in one alter', [
  'ALTER TABLE t ADD COLUMN x int DEFAULT 0, ALTER COLUMN qty SET NOT NULL',
]);
a('multiple subcommands succeed together', [
  "ALTER TABLE t ADD COLUMN x int DEFAULT 0, DROP COLUMN code, ALTER COLUMN name SET DEFAULT '?'",
  cols,
]);
a('alter table rename to', [
  'ALTER TABLE t RENAME TO t2',
  'SELECT count(*) FROM t2',
  'SELECT count(*) FROM t',
]);
a('alter table if exists on missing table', ['ALTER TABLE IF EXISTS nope ADD COLUMN x int']);
a('alter table add column if not exists existing', ['ALTER TABLE t ADD COLUMN IF NOT EXISTS qty int']);
a('drop constraint if exists missing', ['ALTER TABLE t DROP CONSTRAINT IF EXISTS nope']);
a('drop constraint missing is 42704', ['ALTER TABLE t DROP CONSTRAINT nope']);
a('drop not null on primary key column fails', ['ALTER TABLE t ALTER COLUMN id DROP NOT NULL']);
a('alter column type in transaction rolled back', [
  'BEGIN',
  'ALTER TABLE t ALTER COLUMN qty TYPE text',
  'ROLLBACK',
  cols,
]);
a('add constraint check on table with nulls passes', [
  'ALTER TABLE t ADD CONSTRAINT c CHECK (qty > 0)',
  cons,
]);
a('add unique constraint with existing duplicates of null passes', [
  'ALTER TABLE t ADD CONSTRAINT uq UNIQUE (qty)',
  'INSERT INTO t VALUES (4, NULL, NULL, NULL)',
]);
a('add unique nulls not distinct on existing nulls', [
  'INSERT INTO t VALUES (4, NULL, NULL, NULL)',
  'ALTER TABLE t ADD CONSTRAINT uq UNIQUE NULLS NOT DISTINCT (qty)',
]);

// CREATE INDEX
a('create index default name', ['CREATE INDEX ON t (name)', idx]);
a('create index default name on two columns', ['CREATE INDEX ON t (name, qty)', idx]);
a('create index default name on expression', ['CREATE INDEX ON t (lower(name))', idx]);
a('create index default name collision adds number', [
  'CREATE INDEX ON t (name)',
  'CREATE INDEX ON t (name)',
  idx,
]);
a('create unique index default name', ['CREATE UNIQUE INDEX ON t (code)', idx]);
a('create index name collision is 42P07', ['CREATE INDEX i ON t (name)', 'CREATE INDEX i ON t (qty)']);
a('create index named like a table is 42P07', ['CREATE INDEX t ON t (name)']);
a('create index if not exists notice', [
  'CREATE INDEX i ON t (name)',
  'CREATE INDEX IF NOT EXISTS i ON t (qty)',
  idx,
]);
a('create index if not exists needs name', ['CREATE INDEX IF NOT EXISTS ON t (qty)']);
a('create unique index on duplicates is 23505', [
  "UPDATE t SET name = 'a'",
  'CREATE UNIQUE INDEX u ON t (name)',
]);
a('partial unique index allows duplicates outside predicate', [
  'CREATE UNIQUE INDEX u ON t (name) WHERE qty > 0',
  "INSERT INTO t VALUES (4, 'a', 0, NULL)",
  "INSERT INTO t VALUES (5, 'a', 5, NULL)",
]);
a('partial index definition', ['CREATE INDEX p ON t (qty) WHERE name IS NOT NULL', idx]);
a('expression unique index lower', [
  'CREATE UNIQUE INDEX u ON t (lower(name))',
  "INSERT INTO t VALUES (4, 'A', 0, NULL)",
]);
a('expression index needs parentheses for non function', ['CREATE INDEX e ON t (qty + 1)']);
a('expression index with parentheses', ['CREATE INDEX e ON t ((qty + 1))', idx]);
a('expression index with volatile function is rejected', ['CREATE INDEX e ON t ((qty + random()))']);
a('index on missing column is 42703', ['CREATE INDEX e ON t (nope)']);
a('index on missing table is 42P01', ['CREATE INDEX e ON nope (a)']);
a('multi column index with desc and nulls first', [
  'CREATE INDEX m ON t (name DESC NULLS LAST, qty NULLS FIRST)',
  idx,
]);
a('index with include', ['CREATE INDEX m ON t (name) INCLUDE (qty)', idx]);
a('index using hash', ['CREATE INDEX h ON t USING hash (name)', idx]);
a('unique hash index is not supported', ['CREATE UNIQUE INDEX h ON t USING hash (name)']);
a('index using unknown method', ['CREATE INDEX h ON t USING nope (name)']);
a('drop index', ['CREATE INDEX i ON t (name)', 'DROP INDEX i', idx]);
a('drop index if exists missing', ['DROP INDEX IF EXISTS nope']);
a('drop index missing is 42704', ['DROP INDEX nope']);
a('drop index backing constraint is 2BP01', ['DROP INDEX t_pkey']);
a('alter index rename', ['CREATE INDEX i ON t (name)', 'ALTER INDEX i RENAME TO j', idx]);
a('reindex table', ['CREATE INDEX i ON t (name)', 'REINDEX TABLE t']);
a('create index concurrently outside transaction', ['CREATE INDEX CONCURRENTLY i ON t (name)', idx]);
a('create index concurrently inside transaction is 25001', [
  'BEGIN',
  'CREATE INDEX CONCURRENTLY i ON t (name)',
]);
a('drop index concurrently', ['CREATE INDEX i ON t (name)', 'DROP INDEX CONCURRENTLY i', idx]);
a('pg_index flags for unique and primary', [
  'CREATE UNIQUE INDEX u ON t (code)',
  "SELECT c.relname, i.indisunique, i.indisprimary, i.indnatts FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 't'::regclass ORDER BY 1",
]);
a('index on text with collation', ['CREATE INDEX c ON t (name COLLATE "C")', idx]);
a('index with opclass text_pattern_ops', ['CREATE INDEX c ON t (name text_pattern_ops)', idx]);
a('unique index used by on conflict', [
  'CREATE UNIQUE INDEX u ON t (code)',
  "INSERT INTO t VALUES (9, 'z', 9, 'x1') ON CONFLICT (code) DO UPDATE SET qty = excluded.qty RETURNING *",
]);
a('partial unique index used by on conflict with where', [
  'CREATE UNIQUE INDEX u ON t (name) WHERE qty > 0',
  "INSERT INTO t VALUES (9, 'a', 9, NULL) ON CONFLICT (name) WHERE qty > 0 DO NOTHING",
  'SELECT count(*) FROM t',
]);
a('on conflict without matching index is 42P10', [
  "INSERT INTO t VALUES (9, 'a', 9, NULL) ON CONFLICT (name) DO NOTHING",
]);

// IF EXISTS / IF NOT EXISTS
add('create table if not exists notice', ['CREATE TABLE t (a int)', 'CREATE TABLE IF NOT EXISTS t (b text)']);
add('create existing table is 42P07', ['CREATE TABLE t (a int)', 'CREATE TABLE t (a int)']);
add('drop table if exists missing notice', ['DROP TABLE IF EXISTS nope']);
add('drop table missing is 42P01', ['DROP TABLE nope']);
add('drop table if exists several one missing', [
  'CREATE TABLE t (a int)',
  'DROP TABLE IF EXISTS nope, t',
  "SELECT to_regclass('t')",
]);
add('drop table several one missing fails whole', ['CREATE TABLE t (a int)', 'DROP TABLE nope, t']);
add('drop view on a table is 42809', ['CREATE TABLE t (a int)', 'DROP VIEW t']);
add('drop table on a view is 42809', ['CREATE VIEW v AS SELECT 1', 'DROP TABLE v']);
add('duplicate column in create table is 42701', ['CREATE TABLE t (a int, a text)']);
add('table with no columns', [
  'CREATE TABLE t ()',
  'INSERT INTO t DEFAULT VALUES',
  'SELECT count(*) FROM t',
  'SELECT * FROM t',
]);
add('column named with reserved word needs quotes', ['CREATE TABLE t (select int)']);
add('quoted reserved column name works', [
  'CREATE TABLE t ("select" int, "Mixed" text)',
  "INSERT INTO t VALUES (1, 'x')",
  'SELECT "select", "Mixed" FROM t',
]);
add('unknown type is 42704', ['CREATE TABLE t (a nope)']);
add('create table in missing schema is 3F000', ['CREATE TABLE nope.t (a int)']);
add('create temp table', [
  'CREATE TEMP TABLE t (a int)',
  'INSERT INTO t VALUES (1)',
  "SELECT relpersistence FROM pg_class WHERE relname = 't'",
]);
add('create unlogged table', [
  'CREATE UNLOGGED TABLE t (a int)',
  "SELECT relpersistence FROM pg_class WHERE relname = 't'",
]);

// Schemas and search_path
add('create schema and table in it', [
  'CREATE SCHEMA app',
  'CREATE TABLE app.t (a int)',
  'INSERT INTO app.t VALUES (1)',
  'SELECT * FROM app.t',
  "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema = 'app'",
]);
add('create schema if not exists notice', ['CREATE SCHEMA app', 'CREATE SCHEMA IF NOT EXISTS app']);
add('create existing schema is 42P06', ['CREATE SCHEMA app', 'CREATE SCHEMA app']);
add('search_path picks first schema', [
  'CREATE SCHEMA a',
  'CREATE SCHEMA b',
  "CREATE TABLE a.t (v text DEFAULT 'a')",
  "CREATE TABLE b.t (v text DEFAULT 'b')",
  'INSERT INTO a.t DEFAULT VALUES',
  'INSERT INTO b.t DEFAULT VALUES',
  'SET search_path = b, a',
  'SELECT v FROM t',
  'SET search_path = a, b',
  'SELECT v FROM t',
]);
add('unqualified create goes to first schema in search_path', [
  'CREATE SCHEMA app',
  'SET search_path = app, public',
  'CREATE TABLE t (a int)',
  "SELECT table_schema FROM information_schema.tables WHERE table_name = 't'",
]);
add('search_path to missing schema creates in next', [
  'SET search_path = nope, public',
  'CREATE TABLE t (a int)',
  "SELECT table_schema FROM information_schema.tables WHERE table_name = 't'",
]);
add('empty search_path create fails 3F000', ["SET search_path = ''", 'CREATE TABLE t (a int)']);
add('current_schema and current_schemas', [
  'CREATE SCHEMA app',
  'SET search_path = app, public',
  'SELECT current_schema(), current_schemas(false)',
]);
add('show search_path', ['SHOW search_path']);
add('set search_path quoted', [
  'CREATE SCHEMA "My App"',
  'SET search_path = "My App"',
  'SHOW search_path',
  'SELECT current_schema()',
]);
add('drop schema with objects fails 2BP01', [
  'CREATE SCHEMA app',
  'CREATE TABLE app.t (a int)',
  'DROP SCHEMA app',
]);
add('drop schema cascade', [
  'CREATE SCHEMA app',
  'CREATE TABLE app.t (a int)',
  'DROP SCHEMA app CASCADE',
  "SELECT to_regclass('app.t')",
]);
add('drop schema if exists missing', ['DROP SCHEMA IF EXISTS nope']);
add('drop missing schema is 3F000', ['DROP SCHEMA nope']);
add('alter schema rename', [
  'CREATE SCHEMA app',
  'CREATE TABLE app.t (a int)',
  'ALTER SCHEMA app RENAME TO app2',
  'SELECT count(*) FROM app2.t',
]);
add('alter table set schema', [
  'CREATE SCHEMA app',
  'CREATE TABLE t (a int)',
  'ALTER TABLE t SET SCHEMA app',
  'SELECT count(*) FROM app.t',
  'SELECT count(*) FROM t',
]);
add('same table name in two schemas', [
  'CREATE SCHEMA app',
  'CREATE TABLE t (a int)',
  'CREATE TABLE app.t (b int)',
  "SELECT table_schema, column_name FROM information_schema.columns WHERE table_name = 't' ORDER BY 1",
]);
add('create schema with elements', [
  'CREATE SCHEMA app CREATE TABLE t (a int) CREATE VIEW v AS SELECT a FROM t',
  'SELECT count(*) FROM app.v',
]);
add('create schema named pg_ is reserved', ['CREATE SCHEMA pg_mine']);
add('qualified reference to missing schema is 3F000 or 42P01', ['SELECT * FROM nope.t']);

// DROP ... CASCADE / RESTRICT
add('drop table with dependent view fails 2BP01', [
  'CREATE TABLE t (a int)',
  'CREATE VIEW v AS SELECT a FROM t',
  'DROP TABLE t',
]);
add('drop table with dependent view restrict fails', [
  'CREATE TABLE t (a int)',
  'CREATE VIEW v AS SELECT a FROM t',
  'DROP TABLE t RESTRICT',
]);
add('drop table cascade drops view', [
  'CREATE TABLE t (a int)',
  'CREATE VIEW v AS SELECT a FROM t',
  'DROP TABLE t CASCADE',
  "SELECT to_regclass('v')",
]);
add('drop view with dependent view', [
  'CREATE TABLE t (a int)',
  'CREATE VIEW v AS SELECT a FROM t',
  'CREATE VIEW w AS SELECT a FROM v',
  'DROP VIEW v',
]);
add('drop type used by table fails', [
  "CREATE TYPE mood AS ENUM ('a')",
  'CREATE TABLE t (m mood)',
  'DROP TYPE mood',
]);
add('drop type used by table cascade drops column', [
  "CREATE TYPE mood AS ENUM ('a')",
  'CREATE TABLE t (id int, m mood)',
  'DROP TYPE mood CASCADE',
  'SELECT * FROM t',
]);
add('drop function used by default fails', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE TABLE t (a int DEFAULT f())',
  'DROP FUNCTION f()',
]);
add('drop column used by index expression', [
  'CREATE TABLE t (a text, b int)',
  'CREATE INDEX i ON t (lower(a))',
  'ALTER TABLE t DROP COLUMN a',
  "SELECT to_regclass('i')",
]);
add('drop several tables with fk between them', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int REFERENCES p)',
  'DROP TABLE p, c',
  "SELECT to_regclass('c')",
]);

// COMMENT ON
add('comment on table and read with obj_description', [
  'CREATE TABLE t (a int)',
  "COMMENT ON TABLE t IS 'hello'",
  "SELECT obj_description('t'::regclass, 'pg_class')",
]);
add('comment on column and read with col_description', [
  'CREATE TABLE t (a int, b int)',
  "COMMENT ON COLUMN t.b IS 'bee'",
  "SELECT col_description('t'::regclass, 2), col_description('t'::regclass, 1)",
]);
add('comment on missing column', ['CREATE TABLE t (a int)', "COMMENT ON COLUMN t.z IS 'x'"]);
add('comment on type and domain', [
  "CREATE TYPE mood AS ENUM ('a')",
  'CREATE DOMAIN pos AS int CHECK (VALUE > 0)',
  "COMMENT ON TYPE mood IS 'feelings'",
  "COMMENT ON DOMAIN pos IS 'positive'",
  "SELECT obj_description('mood'::regtype, 'pg_type'), obj_description('pos'::regtype, 'pg_type')",
]);
add('comment on constraint on table', [
  'CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0))',
  "COMMENT ON CONSTRAINT pos ON t IS 'must be positive'",
  "SELECT d.description FROM pg_description d JOIN pg_constraint c ON c.oid = d.objoid WHERE c.conname = 'pos'",
]);
add('comment on schema', [
  'CREATE SCHEMA app',
  "COMMENT ON SCHEMA app IS 'the app'",
  "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'app'",
]);
add('comment on index', [
  'CREATE TABLE t (a int)',
  'CREATE INDEX i ON t (a)',
  "COMMENT ON INDEX i IS 'idx'",
  "SELECT obj_description('i'::regclass, 'pg_class')",
]);
add('comment replaced', [
  'CREATE TABLE t (a int)',
  "COMMENT ON TABLE t IS 'one'",
  "COMMENT ON TABLE t IS 'two'",
  "SELECT obj_description('t'::regclass)",
]);

export default list.cases;
