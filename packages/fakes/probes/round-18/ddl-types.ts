// Round 18 probe, DDL part 4: user-defined types as migrations create them (PostgreSQL 15 CREATE TYPE,
// ALTER TYPE, CREATE DOMAIN, chapter 8.7 enums, 8.16 composite types, 8.18 domains) and then use them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: types: ');
const add = list.add.bind(list);
const E = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');";
const e = (name: string, steps: string[]) => list.add(`enum: ${name}`, steps, E);
const labels = "SELECT enumlabel FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder";

// Enums
e('enum literal cast', ["SELECT 'ok'::mood AS v, pg_typeof('ok'::mood)"]);
e('enum invalid input is 22P02', ["SELECT 'meh'::mood"]);
e('enum invalid input into column', ['CREATE TABLE t (m mood)', "INSERT INTO t VALUES ('meh')"]);
e('enum invalid input as parameter', ['CREATE TABLE t (m mood)']);
e('enum is case sensitive', ["SELECT 'OK'::mood"]);
e('enum ordering follows declaration', [
  'CREATE TABLE t (m mood)',
  "INSERT INTO t VALUES ('happy'), ('sad'), ('ok')",
  'SELECT m FROM t ORDER BY m',
]);
e('enum comparison operators', [
  "SELECT 'sad'::mood < 'happy'::mood AS lt, 'ok'::mood = 'ok' AS eq, 'happy'::mood > 'ok' AS gt",
]);
e('enum min max', [
  'CREATE TABLE t (m mood)',
  "INSERT INTO t VALUES ('happy'), ('sad'), ('ok')",
  'SELECT min(m), max(m) FROM t',
]);
e('enum_range enum_first enum_last', [
  'SELECT enum_range(NULL::mood), enum_first(NULL::mood), enum_last(NULL::mood)',
]);
e('enum_range between two values', [
  "SELECT enum_range('ok'::mood, NULL), enum_range('sad'::mood, 'ok'::mood)",
]);
e('enum labels in pg_enum', [labels]);
e('add value appends', ["ALTER TYPE mood ADD VALUE 'ecstatic'", labels]);
e('add value before', [
  "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
  labels,
  "SELECT 'meh'::mood < 'ok'::mood",
]);
e('add value after', [
  "ALTER TYPE mood ADD VALUE 'fine' AFTER 'ok'",
  labels,
  'SELECT enum_range(NULL::mood)',
]);
e('add existing value is 42710', ["ALTER TYPE mood ADD VALUE 'ok'"]);
e('add value if not exists notice', ["ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'", labels]);
e('add value before missing label is 22023', ["ALTER TYPE mood ADD VALUE 'x' BEFORE 'nope'"]);
e('add value and use in same transaction is 55P04', [
  'BEGIN',
  "ALTER TYPE mood ADD VALUE 'new'",
  "SELECT 'new'::mood",
]);
e('add value in transaction then commit and use', [
  'BEGIN',
  "ALTER TYPE mood ADD VALUE 'new'",
  'COMMIT',
  "SELECT 'new'::mood",
]);
e('rename value', ["ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'", labels, "SELECT 'ok'::mood"]);
e('rename missing value is 22023', ["ALTER TYPE mood RENAME VALUE 'nope' TO 'x'"]);
e('rename value to existing is 42710', ["ALTER TYPE mood RENAME VALUE 'ok' TO 'sad'"]);
e('rename value keeps stored data', [
  'CREATE TABLE t (m mood)',
  "INSERT INTO t VALUES ('ok')",
  "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'",
  'SELECT m FROM t',
]);
e('rename type', ['ALTER TYPE mood RENAME TO feeling', "SELECT 'ok'::feeling"]);
e('create existing enum is 42710', ["CREATE TYPE mood AS ENUM ('x')"]);
e('enum label too long', [`ALTER TYPE mood ADD VALUE '${'x'.repeat(64)}'`]);
e('enum empty label allowed', ["ALTER TYPE mood ADD VALUE ''", labels]);
add('enum with no labels', ['CREATE TYPE e AS ENUM ()', 'SELECT enum_range(NULL::e)']);
e('enum to text cast and concatenation', ["SELECT 'ok'::mood::text || '!' AS v"]);
e('enum compared with text needs cast', ["SELECT 'ok'::mood = 'ok'::text"]);
e('enum in check constraint', ["CREATE TABLE t (m mood CHECK (m > 'sad'))", "INSERT INTO t VALUES ('sad')"]);
e('enum as primary key and unique', [
  'CREATE TABLE t (m mood PRIMARY KEY)',
  "INSERT INTO t VALUES ('ok')",
  "INSERT INTO t VALUES ('ok')",
]);
e('enum array', ["SELECT ARRAY['ok', 'sad']::mood[] AS v", "SELECT '{happy,ok}'::mood[] AS v"]);
e('enum array with invalid element', ["SELECT '{happy,nope}'::mood[]"]);
e('enum column default', [
  "CREATE TABLE t (id int, m mood DEFAULT 'ok')",
  'INSERT INTO t (id) VALUES (1) RETURNING *',
]);
e('enum column information_schema', [
  'CREATE TABLE t (m mood)',
  "SELECT data_type, udt_name FROM information_schema.columns WHERE table_name = 't'",
]);
e('enum group by and distinct', [
  'CREATE TABLE t (m mood)',
  "INSERT INTO t VALUES ('ok'), ('ok'), ('sad')",
  'SELECT m, count(*) FROM t GROUP BY m ORDER BY m',
]);
e('alter column text to enum using', [
  'CREATE TABLE t (m text)',
  "INSERT INTO t VALUES ('ok'), ('sad')",
  'ALTER TABLE t ALTER COLUMN m TYPE mood USING m::mood',
  'SELECT m FROM t ORDER BY m',
]);
e('alter column text to enum with bad value', [
  'CREATE TABLE t (m text)',
  "INSERT INTO t VALUES ('ok'), ('bad')",
  'ALTER TABLE t ALTER COLUMN m TYPE mood USING m::mood',
]);
e('alter column text to enum without using', [
  'CREATE TABLE t (m text)',
  'ALTER TABLE t ALTER COLUMN m TYPE mood',
]);
e('drop type', ['DROP TYPE mood', "SELECT 'ok'::mood"]);
e('drop type if exists', ['DROP TYPE IF EXISTS mood', 'DROP TYPE IF EXISTS mood']);
e('drop missing type is 42704', ['DROP TYPE nope']);
e('enum in pg_type', ["SELECT typname, typtype, typcategory FROM pg_type WHERE typname = 'mood'"]);
e('enum sort with nulls', [
  'CREATE TABLE t (m mood)',
  "INSERT INTO t VALUES ('happy'), (NULL), ('sad')",
  'SELECT m FROM t ORDER BY m DESC',
]);
e('enum in where with in list', [
  'CREATE TABLE t (m mood)',
  "INSERT INTO t VALUES ('happy'), ('sad'), ('ok')",
  "SELECT m FROM t WHERE m IN ('ok', 'happy') ORDER BY m",
]);
e('enum in where with invalid literal', ['CREATE TABLE t (m mood)', "SELECT m FROM t WHERE m = 'nope'"]);
e('enum between', ["SELECT 'ok'::mood BETWEEN 'sad' AND 'happy' AS v"]);
e('enum after add value before sorts correctly', [
  'CREATE TABLE t (m mood)',
  "INSERT INTO t VALUES ('happy'), ('sad')",
  "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'happy'",
  "INSERT INTO t VALUES ('meh')",
  'SELECT m FROM t ORDER BY m',
]);
e('enum in schema', [
  'CREATE SCHEMA app',
  "CREATE TYPE app.mood AS ENUM ('x')",
  "SELECT 'x'::app.mood, 'ok'::mood",
]);

// Domains
const D = 'CREATE DOMAIN pos AS int CHECK (VALUE > 0);';
const d = (name: string, steps: string[]) => list.add(`domain: ${name}`, steps, D);
d('domain cast ok', ['SELECT 5::pos AS v, pg_typeof(5::pos)']);
d('domain cast violation is 23514 with dataType', ['SELECT 0::pos']);
d('domain column insert violation', ['CREATE TABLE t (a pos)', 'INSERT INTO t VALUES (-1)']);
d('domain column update violation', [
  'CREATE TABLE t (a pos)',
  'INSERT INTO t VALUES (1)',
  'UPDATE t SET a = a - 5',
]);
d('domain allows null', ['SELECT NULL::pos AS v']);
d('domain named constraint', [
  'CREATE DOMAIN small AS int CONSTRAINT small_max CHECK (VALUE < 10)',
  'SELECT 11::small',
]);
d('domain not null', ['CREATE DOMAIN nn AS text NOT NULL', 'SELECT NULL::nn']);
d('domain not null in column insert', [
  'CREATE DOMAIN nn AS text NOT NULL',
  'CREATE TABLE t (a nn, b int)',
  'INSERT INTO t (b) VALUES (1)',
]);
d('domain default', [
  "CREATE DOMAIN status AS text DEFAULT 'new' CHECK (VALUE IN ('new', 'done'))",
  'CREATE TABLE t (id int, s status)',
  'INSERT INTO t (id) VALUES (1) RETURNING *',
]);
d('column default overrides domain default', [
  "CREATE DOMAIN status AS text DEFAULT 'new'",
  "CREATE TABLE t (id int, s status DEFAULT 'other')",
  'INSERT INTO t (id) VALUES (1) RETURNING *',
]);
d('domain default violating check at insert', [
  "CREATE DOMAIN status AS text DEFAULT 'x' CHECK (VALUE IN ('new', 'done'))",
  'CREATE TABLE t (id int, s status)',
  'INSERT INTO t (id) VALUES (1)',
]);
d('domain over domain', [
  'CREATE DOMAIN small_pos AS pos CHECK (VALUE < 10)',
  'SELECT 5::small_pos',
  'SELECT 0::small_pos',
]);
d('domain over domain second check', [
  'CREATE DOMAIN small_pos AS pos CHECK (VALUE < 10)',
  'SELECT 10::small_pos',
]);
d('domain over array', [
  'CREATE DOMAIN int_pair AS int[] CHECK (array_length(VALUE, 1) = 2)',
  "SELECT '{1,2}'::int_pair AS v",
  "SELECT '{1,2,3}'::int_pair",
]);
d('domain over array element check', [
  'CREATE DOMAIN pos_arr AS int[] CHECK (0 < ALL (VALUE))',
  'SELECT ARRAY[1,2]::pos_arr AS v',
  'SELECT ARRAY[1,-2]::pos_arr',
]);
d('array of domain checks each element', ['SELECT ARRAY[1, 0]::pos[]']);
d('array of domain valid', ["SELECT '{1,2}'::pos[] AS v"]);
d('domain over text with regex', [
  "CREATE DOMAIN email AS text CHECK (VALUE ~ '^[^@]+@[^@]+$')",
  "SELECT 'a@b'::email AS v",
  "SELECT 'ab'::email",
]);
d('domain over varchar length', [
  'CREATE DOMAIN code AS varchar(3)',
  "SELECT 'abcd'::code",
  "SELECT 'abc'::code AS v",
]);
d('domain over varchar too long in insert', [
  'CREATE DOMAIN code AS varchar(3)',
  'CREATE TABLE t (c code)',
  "INSERT INTO t VALUES ('abcd')",
]);
d('domain over numeric scale', [
  'CREATE DOMAIN money2 AS numeric(6,2) CHECK (VALUE >= 0)',
  'SELECT 1.005::money2 AS v',
  'SELECT (-1)::money2',
]);
d('domain arithmetic returns base type', ['SELECT pg_typeof(5::pos + 1), (5::pos + 1) AS v']);
d('domain in information_schema columns', [
  'CREATE TABLE t (a pos)',
  "SELECT data_type, domain_name FROM information_schema.columns WHERE table_name = 't'",
]);
d('domain in information_schema domains', [
  "SELECT domain_name, data_type FROM information_schema.domains WHERE domain_name = 'pos'",
]);
d('domain constraints in information_schema', [
  "SELECT constraint_name FROM information_schema.domain_constraints WHERE domain_name = 'pos'",
]);
d('domain generated constraint name', [
  "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contypid = 'pos'::regtype",
]);
d('alter domain add constraint', [
  'ALTER DOMAIN pos ADD CONSTRAINT lt100 CHECK (VALUE < 100)',
  'SELECT 100::pos',
]);
d('alter domain add constraint fails on existing data', [
  'CREATE TABLE t (a pos)',
  'INSERT INTO t VALUES (50)',
  'ALTER DOMAIN pos ADD CONSTRAINT lt10 CHECK (VALUE < 10)',
]);
d('alter domain add constraint not valid', [
  'CREATE TABLE t (a pos)',
  'INSERT INTO t VALUES (50)',
  'ALTER DOMAIN pos ADD CONSTRAINT lt10 CHECK (VALUE < 10) NOT VALID',
  'SELECT 20::pos',
]);
d('alter domain validate constraint fails', [
  'CREATE TABLE t (a pos)',
  'INSERT INTO t VALUES (50)',
  'ALTER DOMAIN pos ADD CONSTRAINT lt10 CHECK (VALUE < 10) NOT VALID',
  'ALTER DOMAIN pos VALIDATE CONSTRAINT lt10',
]);
d('alter domain drop constraint', ['ALTER DOMAIN pos DROP CONSTRAINT pos_check', 'SELECT (-1)::pos AS v']);
d('alter domain drop missing constraint', ['ALTER DOMAIN pos DROP CONSTRAINT nope']);
d('alter domain set not null on existing nulls', [
  'CREATE TABLE t (a pos)',
  'INSERT INTO t VALUES (NULL)',
  'ALTER DOMAIN pos SET NOT NULL',
]);
d('alter domain set default', [
  'ALTER DOMAIN pos SET DEFAULT 1',
  'CREATE TABLE t (id int, a pos)',
  'INSERT INTO t (id) VALUES (1) RETURNING a',
]);
d('alter domain rename', ['ALTER DOMAIN pos RENAME TO positive', 'SELECT 1::positive AS v']);
d('drop domain used by column fails', ['CREATE TABLE t (a pos)', 'DROP DOMAIN pos']);
d('drop domain cascade drops column', [
  'CREATE TABLE t (id int, a pos)',
  'DROP DOMAIN pos CASCADE',
  'SELECT * FROM t',
]);
d('domain check with function', ['CREATE DOMAIN lc AS text CHECK (VALUE = lower(VALUE))', "SELECT 'Ab'::lc"]);
d('domain referencing column is rejected', ['CREATE DOMAIN bad AS int CHECK (a > 0)']);
d('domain with subquery check is rejected', ['CREATE DOMAIN bad AS int CHECK (VALUE IN (SELECT 1))']);
d('domain over enum', [
  "CREATE TYPE mood AS ENUM ('sad', 'ok')",
  "CREATE DOMAIN good_mood AS mood CHECK (VALUE <> 'sad')",
  "SELECT 'sad'::good_mood",
]);
d('domain over unknown type', ['CREATE DOMAIN bad AS nope']);
d('create existing domain', ['CREATE DOMAIN pos AS int']);
d('domain as function parameter', [
  'CREATE FUNCTION f(x pos) RETURNS int LANGUAGE sql AS $$ SELECT x * 2 $$',
  'SELECT f(3)',
  'SELECT f(-3)',
]);
d('domain in multi-row insert second row fails', ['CREATE TABLE t (a pos)', 'INSERT INTO t VALUES (1), (0)']);
d('domain in insert select', [
  'CREATE TABLE t (a pos)',
  'INSERT INTO t SELECT g - 1 FROM generate_series(1, 2) g',
]);
d('domain cast from text literal', ["SELECT '7'::pos AS v", "SELECT 'x'::pos"]);
d('domain typtype and typbasetype', [
  "SELECT typtype, typbasetype::regtype, typnotnull FROM pg_type WHERE typname = 'pos'",
]);

// Composite types
const C = 'CREATE TYPE addr AS (street text, zip int);';
const c = (name: string, steps: string[]) => list.add(`composite: ${name}`, steps, C);
c('row constructor cast', ["SELECT ROW('Main', 123)::addr AS v"]);
c('text literal cast', ["SELECT '(Main,123)'::addr AS v"]);
c('field access needs parentheses', ["SELECT ('(Main,123)'::addr).zip AS v"]);
c('malformed literal is 22P02', ["SELECT '(Main)'::addr"]);
c('literal with too many fields', ["SELECT '(Main,1,2)'::addr"]);
c('literal with wrong field type', ["SELECT '(Main,abc)'::addr"]);
c('column of composite type', [
  'CREATE TABLE t (id int, a addr)',
  "INSERT INTO t VALUES (1, ROW('Elm', 5)), (2, NULL), (3, ROW(NULL, NULL))",
  'SELECT id, a, (a).street, a IS NULL AS isnull FROM t ORDER BY id',
]);
c('update one field of composite column', [
  'CREATE TABLE t (id int, a addr)',
  "INSERT INTO t VALUES (1, ROW('Elm', 5))",
  'UPDATE t SET a.zip = 9 RETURNING a',
]);
c('insert into one field of composite column', [
  'CREATE TABLE t (id int, a addr)',
  "INSERT INTO t (id, a.street) VALUES (1, 'Oak') RETURNING a",
]);
c('star expansion of composite', [
  'CREATE TABLE t (id int, a addr)',
  "INSERT INTO t VALUES (1, ROW('Elm', 5))",
  'SELECT (a).* FROM t',
]);
c('composite comparison', [
  "SELECT ROW('a', 1)::addr < ROW('a', 2)::addr AS lt, ROW('a', 1)::addr = '(a,1)'::addr AS eq",
]);
c('composite with quoted field text', [
  `SELECT '("Main St, 5",1)'::addr AS v, ('("Main St, 5",1)'::addr).street AS s`,
]);
c('alter type add attribute', [
  'ALTER TYPE addr ADD ATTRIBUTE city text',
  "SELECT ROW('a', 1, 'c')::addr AS v",
]);
c('alter type drop attribute', ['ALTER TYPE addr DROP ATTRIBUTE zip', "SELECT ROW('a')::addr AS v"]);
c('alter type rename attribute', [
  'ALTER TYPE addr RENAME ATTRIBUTE zip TO postcode',
  "SELECT ('(a,1)'::addr).postcode AS v",
]);
c('composite attributes in information_schema', [
  "SELECT attribute_name, data_type FROM information_schema.attributes WHERE udt_name = 'addr' ORDER BY ordinal_position",
]);
c('composite in pg_type', ["SELECT typtype, typrelid <> 0 AS has_rel FROM pg_type WHERE typname = 'addr'"]);
c('composite array', ["SELECT ARRAY[ROW('a', 1)::addr, ROW('b', 2)::addr] AS v"]);
c('composite field not existing', ["SELECT ('(a,1)'::addr).nope"]);
c('row to composite with wrong arity', ["SELECT ROW('a')::addr"]);
c('table row type usable as composite', [
  'CREATE TABLE person (name text, age int)',
  "SELECT ROW('x', 3)::person AS v",
  "INSERT INTO person VALUES ('y', 4)",
  'SELECT p FROM person p',
]);
c('composite with domain field', [
  'CREATE DOMAIN pos AS int CHECK (VALUE > 0)',
  'CREATE TYPE pt AS (x pos, y pos)',
  "SELECT '(1,0)'::pt",
]);
c('drop composite used by table', ['CREATE TABLE t (a addr)', 'DROP TYPE addr']);
c('composite is null semantics', [
  "SELECT ROW(NULL, NULL)::addr IS NULL AS a, ROW('x', NULL)::addr IS NULL AS b, ROW('x', NULL)::addr IS NOT NULL AS c",
]);
c('function returning composite', [
  "CREATE FUNCTION mk() RETURNS addr LANGUAGE sql AS $$ SELECT 'z'::text, 9 $$",
  'SELECT mk(), (mk()).zip',
  'SELECT * FROM mk()',
]);
add('create type shell and range', [
  'CREATE TYPE fr AS RANGE (subtype = float8)',
  "SELECT '[1.5,2.5)'::fr AS v, pg_typeof('[1,2]'::fr)",
]);
add('range type multirange name', [
  'CREATE TYPE fr AS RANGE (subtype = float8)',
  "SELECT typname FROM pg_type WHERE typname LIKE 'fr%' ORDER BY 1",
]);

export default list.cases;
