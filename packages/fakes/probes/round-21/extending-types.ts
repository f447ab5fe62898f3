// Round 21 probe, extending: CREATE TYPE (shell, enum, range, composite), ALTER TYPE (ADD VALUE
// BEFORE/AFTER, RENAME VALUE, ADD/DROP/ALTER ATTRIBUTE), enum values in the same transaction
// (55P04), range types with subtype_diff / multirange names, CREATE PROCEDURE / CALL with INOUT,
// and DROP ... RESTRICT/CASCADE dependency errors (2BP01) between user objects.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: types: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- enums
const ENUM = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');";
add(
  'enum order',
  ["SELECT m::text AS v FROM unnest(ARRAY['happy', 'sad', 'ok']::mood[]) m ORDER BY m"],
  ENUM,
);
add('enum compare with unknown', ["SELECT 'sad'::mood < 'happy' AS a, 'ok'::mood = 'ok' AS b"], ENUM);
add('enum compare with text is 42883', ["SELECT 'sad'::mood = 'sad'::text AS v"], ENUM);
add('enum bad value 22P02', ["SELECT 'angry'::mood AS v"], ENUM);
add(
  'enum functions',
  [
    "SELECT enum_first(NULL::mood)::text AS f, enum_last(NULL::mood)::text AS l, enum_range(NULL::mood)::text AS r, enum_range('ok'::mood, NULL)::text AS r2",
  ],
  ENUM,
);
add(
  'enum add value after',
  ["ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'", 'SELECT enum_range(NULL::mood)::text AS r'],
  ENUM,
);
add(
  'enum add value before',
  ["ALTER TYPE mood ADD VALUE 'awful' BEFORE 'sad'", 'SELECT enum_range(NULL::mood)::text AS r'],
  ENUM,
);
add(
  'enum add value at end',
  [
    "ALTER TYPE mood ADD VALUE 'ecstatic'",
    "SELECT enum_range(NULL::mood)::text AS r, 'ecstatic'::mood > 'happy' AS gt",
  ],
  ENUM,
);
add('enum add existing value is 42710', ["ALTER TYPE mood ADD VALUE 'ok'"], ENUM);
add(
  'enum add existing value IF NOT EXISTS',
  ["ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'", 'SELECT enum_range(NULL::mood)::text AS r'],
  ENUM,
);
add('enum add value before missing is 22023', ["ALTER TYPE mood ADD VALUE 'x' BEFORE 'nope'"], ENUM);
add('enum add value too long', [`ALTER TYPE mood ADD VALUE '${'x'.repeat(64)}'`], ENUM);
add(
  'enum add value in transaction then use is 55P04',
  ['BEGIN', "ALTER TYPE mood ADD VALUE 'meh'", "SELECT 'meh'::mood AS v", 'ROLLBACK'],
  ENUM,
);
add(
  'enum add value in transaction then commit and use',
  ['BEGIN', "ALTER TYPE mood ADD VALUE 'meh'", 'COMMIT', "SELECT 'meh'::mood::text AS v"],
  ENUM,
);
add('enum created in same transaction can add and use', [
  'BEGIN',
  "CREATE TYPE t2 AS ENUM ('a')",
  "ALTER TYPE t2 ADD VALUE 'b'",
  "SELECT 'b'::t2::text AS v",
  'COMMIT',
]);
add(
  'enum add value in transaction then enum_range',
  ['BEGIN', "ALTER TYPE mood ADD VALUE 'meh'", 'SELECT enum_range(NULL::mood)::text AS r', 'ROLLBACK'],
  ENUM,
);
add(
  'enum add value rolled back disappears',
  ['BEGIN', "ALTER TYPE mood ADD VALUE 'meh'", 'ROLLBACK', "SELECT 'meh'::mood AS v"],
  ENUM,
);
add(
  'enum rename value',
  ["ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'", 'SELECT enum_range(NULL::mood)::text AS r'],
  ENUM,
);
add('enum rename value missing', ["ALTER TYPE mood RENAME VALUE 'nope' TO 'fine'"], ENUM);
add('enum rename value to existing', ["ALTER TYPE mood RENAME VALUE 'ok' TO 'sad'"], ENUM);
add(
  'enum pg_enum sort order after insert',
  [
    "ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'",
    "SELECT enumlabel FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder",
  ],
  ENUM,
);
add('enum empty', [
  'CREATE TYPE e0 AS ENUM ()',
  'SELECT enum_range(NULL::e0)::text AS r',
  "ALTER TYPE e0 ADD VALUE 'a'",
]);
add('enum to int cast missing', ["SELECT 'ok'::mood::int AS v"], ENUM);
add('enum to text cast and back', ["SELECT 'ok'::mood::text AS a, 'ok'::text::mood::text AS b"], ENUM);
add(
  'enum in table assignment from text column is 42804',
  ['CREATE TABLE t (m mood, s text)', "INSERT INTO t (s) VALUES ('ok')", 'UPDATE t SET m = s'],
  ENUM,
);
add(
  'enum in table max min',
  [
    'CREATE TABLE t (m mood)',
    "INSERT INTO t VALUES ('ok'), ('happy'), ('sad')",
    'SELECT max(m)::text AS mx, min(m)::text AS mn FROM t',
  ],
  ENUM,
);
add('enum drop in use is 2BP01', ['CREATE TABLE t (m mood)', 'DROP TYPE mood'], ENUM);
add(
  'enum drop cascade drops column',
  [
    'CREATE TABLE t (id int, m mood)',
    'DROP TYPE mood CASCADE',
    "SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped",
  ],
  ENUM,
);
add(
  'enum catalog',
  ["SELECT typtype, typcategory, typlen, typarray <> 0 AS has_array FROM pg_type WHERE typname = 'mood'"],
  ENUM,
);

// ---------------------------------------------------------------- ranges
const RNG = `CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS float8 AS 'SELECT EXTRACT(EPOCH FROM (x - y))' LANGUAGE sql STRICT IMMUTABLE;
CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_subtype_diff);`;
add(
  'range type docs timerange',
  ["SELECT '[11:10, 23:00]'::timerange AS v, timerange('11:10', '12:00') AS w"],
  RNG,
);
add(
  'range type multirange name',
  ["SELECT pg_typeof(timemultirange(timerange('11:10', '12:00')))::text AS t"],
  RNG,
);
add(
  'range type catalog',
  [
    "SELECT rngsubtype::regtype::text AS s, rngmultitypid::regtype::text AS m, rngsubdiff::text AS d, rngcanonical::text AS c FROM pg_range WHERE rngtypid = 'timerange'::regtype",
  ],
  RNG,
);
add(
  'range type operators work',
  [
    "SELECT timerange('10:00', '12:00') && timerange('11:00', '13:00') AS o, timerange('10:00', '12:00') * timerange('11:00', '13:00') AS i, upper(timerange('10:00', '12:00')) AS u",
  ],
  RNG,
);
add(
  'range type empty and bounds',
  [
    "SELECT 'empty'::timerange AS e, isempty(timerange('10:00', '10:00')) AS ie, timerange('10:00', '12:00', '(]') AS b",
  ],
  RNG,
);
add('range type bad bounds order', ["SELECT timerange('12:00', '10:00') AS v"], RNG);
add('range type with explicit multirange name', [
  'CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = floatmulti)',
  "SELECT '[1.5, 2.5]'::floatrange AS r, pg_typeof('{[1,2]}'::floatmulti)::text AS t",
]);
add('range type name clash with multirange', [
  'CREATE TYPE ab_multirange AS (x int)',
  'CREATE TYPE ab AS RANGE (subtype = int)',
]);
add('range type with bad subtype_diff', [
  'CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = int4mi)',
]);
add('range type without subtype', ['CREATE TYPE r AS RANGE (subtype_diff = float8mi)']);
add('range type over user enum', [
  "CREATE TYPE lvl AS ENUM ('lo', 'mid', 'hi')",
  'CREATE TYPE lvlrange AS RANGE (subtype = lvl)',
  "SELECT lvlrange('lo', 'hi') @> 'mid'::lvl AS v, lvlrange('lo', 'hi')::text AS r",
]);
add('range type over text with collation', [
  'CREATE TYPE textrange AS RANGE (subtype = text, collation = "C")',
  "SELECT textrange('a', 'c') @> 'b'::text AS v, textrange('B', 'a') AS r",
]);
add(
  'range type drop function used by subtype_diff 2BP01',
  ['DROP FUNCTION time_subtype_diff(time, time)'],
  RNG,
);
add(
  'range type in table and constructor',
  [
    'CREATE TABLE t (r timerange)',
    "INSERT INTO t VALUES ('[09:00, 10:00)'), (timerange('10:00', '11:00'))",
    'SELECT r FROM t ORDER BY r',
  ],
  RNG,
);
add(
  'range_agg over user range',
  [
    "SELECT range_agg(r) AS v FROM (VALUES (timerange('09:00', '10:00')), (timerange('10:00', '11:00'))) s(r)",
  ],
  RNG,
);

// ---------------------------------------------------------------- composite and shell
add('composite type create and use', [
  'CREATE TYPE inventory_item AS (name text, supplier_id integer, price numeric)',
  "SELECT ROW('fuzzy dice', 42, 1.99)::inventory_item AS v, (ROW('fuzzy dice', 42, 1.99)::inventory_item).price AS p",
]);
add('composite from unknown literal', [
  'CREATE TYPE c AS (a int, b text)',
  "SELECT '(1,x)'::c AS v, ('(1,x)'::c).b AS b",
]);
add('composite wrong field count', ['CREATE TYPE c AS (a int, b text)', "SELECT '(1,x,3)'::c AS v"]);
add('composite field type mismatch in ROW cast', [
  'CREATE TYPE c AS (a int, b text)',
  "SELECT ROW('x', 'y')::c AS v",
]);
add('composite ROW cast with fewer fields', ['CREATE TYPE c AS (a int, b text)', 'SELECT ROW(1)::c AS v']);
add('composite alter add attribute', [
  'CREATE TYPE c AS (a int)',
  'ALTER TYPE c ADD ATTRIBUTE b text',
  "SELECT '(1,x)'::c AS v",
]);
add('composite alter drop attribute', [
  'CREATE TYPE c AS (a int, b text)',
  'ALTER TYPE c DROP ATTRIBUTE b',
  "SELECT '(1)'::c AS v",
]);
add('composite alter attribute type', [
  'CREATE TYPE c AS (a int, b text)',
  'ALTER TYPE c ALTER ATTRIBUTE a TYPE int8',
  "SELECT pg_typeof(('(1,x)'::c).a)::text AS t",
]);
add('composite alter attribute used by table needs CASCADE', [
  'CREATE TYPE c AS (a int)',
  'CREATE TABLE t (x c)',
  'ALTER TYPE c ADD ATTRIBUTE b text',
]);
add('composite alter attribute used by table CASCADE', [
  'CREATE TYPE c AS (a int)',
  'CREATE TABLE t (x c)',
  "INSERT INTO t VALUES ('(1)')",
  'ALTER TYPE c ADD ATTRIBUTE b text CASCADE',
  'SELECT x FROM t',
]);
add('composite rename attribute', [
  'CREATE TYPE c AS (a int)',
  'ALTER TYPE c RENAME ATTRIBUTE a TO z',
  "SELECT ('(5)'::c).z AS v",
]);
add('composite drop type used by function 2BP01', [
  'CREATE TYPE c AS (a int)',
  'CREATE FUNCTION f(c) RETURNS int LANGUAGE sql AS $$ SELECT $1.a $$',
  'DROP TYPE c',
]);
add('composite drop type used by function CASCADE', [
  'CREATE TYPE c AS (a int)',
  'CREATE FUNCTION f(c) RETURNS int LANGUAGE sql AS $$ SELECT $1.a $$',
  'DROP TYPE c CASCADE',
  "SELECT count(*) AS n FROM pg_proc WHERE proname = 'f' AND pronamespace = 'public'::regnamespace",
]);
add('composite of composite', [
  'CREATE TYPE c AS (a int)',
  'CREATE TYPE d AS (inner_c c, n text)',
  "SELECT ROW(ROW(1)::c, 'x')::d AS v, (ROW(ROW(1)::c, 'x')::d).inner_c.a AS a",
]);
add('composite recursive is error', ['CREATE TYPE c AS (a int)', 'ALTER TYPE c ADD ATTRIBUTE self c']);
add('composite catalog', [
  'CREATE TYPE c AS (a int, b text)',
  "SELECT typtype, typrelid <> 0 AS has_rel, (SELECT relkind FROM pg_class WHERE oid = typrelid) AS relkind FROM pg_type WHERE typname = 'c'",
]);
add('composite table row type compare', [
  'CREATE TABLE t (a int, b text)',
  "SELECT ROW(1, 'x')::t = ROW(1, 'x')::t AS v, ROW(1, 'x')::t < ROW(2, 'a')::t AS w",
]);
add('shell type', ['CREATE TYPE sh', "SELECT typisdefined, typtype FROM pg_type WHERE typname = 'sh'"]);
add('shell type use in table is error', ['CREATE TYPE sh', 'CREATE TABLE t (x sh)']);
add('shell type cast is error', ['CREATE TYPE sh', "SELECT 'x'::sh AS v"]);
add('shell type drop', ['CREATE TYPE sh', 'DROP TYPE sh', 'DROP TYPE IF EXISTS sh']);
add('create type duplicate is 42710', ['CREATE TYPE c AS (a int)', "CREATE TYPE c AS ENUM ('x')"]);
add('create type clashing with table is 42710', ['CREATE TABLE c (a int)', 'CREATE TYPE c AS (a int)']);
add('create type base without C functions is error', ['CREATE TYPE b (input = int4in, output = int4out)']);
add('alter type rename and set schema', [
  'CREATE SCHEMA s1',
  "CREATE TYPE c AS ENUM ('x')",
  'ALTER TYPE c RENAME TO c2',
  'ALTER TYPE c2 SET SCHEMA s1',
  "SELECT 'x'::s1.c2::text AS v",
]);
add('alter type on table row type is error', ['CREATE TABLE t (a int)', 'ALTER TYPE t ADD ATTRIBUTE b int']);
add('drop type on table is error', ['CREATE TABLE t (a int)', 'DROP TYPE t']);
add('drop type on domain is error', ['CREATE DOMAIN d AS int', 'DROP TYPE d']);
add('drop domain on type is error', ["CREATE TYPE c AS ENUM ('x')", 'DROP DOMAIN c']);
add('drop type multiple', ["CREATE TYPE c AS ENUM ('x')", 'CREATE TYPE d AS (a int)', 'DROP TYPE c, d']);
add('drop type array type is error', ["CREATE TYPE c AS ENUM ('x')", 'DROP TYPE _c']);

// ---------------------------------------------------------------- dependencies
add('drop table used by view 2BP01', [
  'CREATE TABLE t (a int)',
  'CREATE VIEW v AS SELECT a FROM t',
  'DROP TABLE t',
]);
add('drop function used by view 2BP01', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE VIEW v AS SELECT f() AS x',
  'DROP FUNCTION f()',
]);
add('drop function used by default 2BP01', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE TABLE t (a int DEFAULT f())',
  'DROP FUNCTION f()',
]);
add('drop function used by check constraint 2BP01', [
  'CREATE FUNCTION f(int) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$',
  'CREATE TABLE t (a int CHECK (f(a)))',
  'DROP FUNCTION f(int)',
]);
add('drop function used by domain check 2BP01', [
  'CREATE FUNCTION f(int) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$',
  'CREATE DOMAIN d AS int CHECK (f(VALUE))',
  'DROP FUNCTION f(int)',
]);
add('drop function used by index 2BP01', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT $1 $$',
  'CREATE TABLE t (a int)',
  'CREATE INDEX ix ON t (f(a))',
  'DROP FUNCTION f(int)',
]);
add('drop function used by trigger 2BP01', [
  'CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
  'CREATE TABLE t (a int)',
  'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf()',
  'DROP FUNCTION tf()',
]);
add('drop domain used by function argument 2BP01', [
  'CREATE DOMAIN d AS int',
  'CREATE FUNCTION f(d) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP DOMAIN d',
]);
add('drop domain used by function result CASCADE', [
  'CREATE DOMAIN d AS int',
  'CREATE FUNCTION f() RETURNS d LANGUAGE sql AS $$ SELECT 1::d $$',
  'DROP DOMAIN d CASCADE',
  "SELECT count(*) AS c FROM pg_proc WHERE proname = 'f' AND pronamespace = 'public'::regnamespace",
]);
add('drop schema with function 2BP01', [
  'CREATE SCHEMA s1',
  'CREATE FUNCTION s1.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP SCHEMA s1',
]);
add('drop schema with function CASCADE', [
  'CREATE SCHEMA s1',
  'CREATE FUNCTION s1.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP SCHEMA s1 CASCADE',
]);
add('drop view chain detail', [
  'CREATE TABLE t (a int)',
  'CREATE VIEW v1 AS SELECT a FROM t',
  'CREATE VIEW v2 AS SELECT a FROM v1',
  'DROP TABLE t',
]);
add('drop column used by view 2BP01', [
  'CREATE TABLE t (a int, b int)',
  'CREATE VIEW v AS SELECT b FROM t',
  'ALTER TABLE t DROP COLUMN b',
]);
add('alter column type used by view 0A000', [
  'CREATE TABLE t (a int, b int)',
  'CREATE VIEW v AS SELECT b FROM t',
  'ALTER TABLE t ALTER COLUMN b TYPE int8',
]);
add('alter column type used by SQL function is fine', [
  'CREATE TABLE t (a int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT count(a) FROM t $$',
  'ALTER TABLE t ALTER COLUMN a TYPE int8',
  'SELECT f() AS v',
]);
add('alter column type used by BEGIN ATOMIC function', [
  'CREATE TABLE t (a int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(a) FROM t; END',
  'ALTER TABLE t ALTER COLUMN a TYPE int8',
]);
add('drop column used by BEGIN ATOMIC function', [
  'CREATE TABLE t (a int, b int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(b) FROM t; END',
  'ALTER TABLE t DROP COLUMN b',
]);
add('drop function used by other BEGIN ATOMIC function', [
  'CREATE FUNCTION g() RETURNS int LANGUAGE sql RETURN 1',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN g() + 1',
  'DROP FUNCTION g()',
]);
add('drop function used by other string-body function is fine', [
  "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1'",
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT g() + 1'",
  'DROP FUNCTION g()',
  'SELECT f() AS v',
]);
add('pg_depend for BEGIN ATOMIC function', [
  'CREATE TABLE t (a int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(a) FROM t; END',
  "SELECT pg_describe_object(refclassid, refobjid, refobjsubid) AS ref, deptype FROM pg_depend WHERE classid = 'pg_proc'::regclass AND objid = 'f'::regproc AND refclassid <> 'pg_namespace'::regclass ORDER BY 1",
]);

// ---------------------------------------------------------------- procedures
add('procedure with INOUT', [
  'CREATE PROCEDURE p(INOUT a int, INOUT b text) LANGUAGE sql AS $$ SELECT a * 2, b || b $$',
  "CALL p(3, 'x')",
]);
add('procedure with OUT param', [
  'CREATE PROCEDURE p(IN a int, OUT b int) LANGUAGE sql AS $$ SELECT a + 1 $$',
  'CALL p(3, NULL)',
]);
add('procedure with OUT param requires argument', [
  'CREATE PROCEDURE p(IN a int, OUT b int) LANGUAGE sql AS $$ SELECT a + 1 $$',
  'CALL p(3)',
]);
add('procedure without result', [
  'CREATE TABLE t (a int)',
  'CREATE PROCEDURE ins(v int) LANGUAGE sql AS $$ INSERT INTO t VALUES (v) $$',
  'CALL ins(5)',
  'SELECT a FROM t',
]);
add('procedure BEGIN ATOMIC', [
  'CREATE TABLE t (a int)',
  'CREATE PROCEDURE ins(v int) LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (v); INSERT INTO t VALUES (v + 1); END',
  'CALL ins(5)',
  'SELECT a FROM t ORDER BY a',
]);
add('procedure called with SELECT is error', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT p()',
]);
add('function called with CALL is error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CALL f()',
]);
add('procedure with RETURNS is error', ['CREATE PROCEDURE p() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$']);
add('procedure with volatility is error', ['CREATE PROCEDURE p() LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$']);
add('procedure catalog', [
  'CREATE PROCEDURE p(INOUT a int) LANGUAGE sql AS $$ SELECT a $$',
  "SELECT prokind, prorettype::regtype::text AS rt, proargmodes::text AS m FROM pg_proc WHERE proname = 'p'",
]);
add('procedure overloaded by OUT only', [
  'CREATE PROCEDURE p(IN a int, OUT b int) LANGUAGE sql AS $$ SELECT a $$',
  'CREATE PROCEDURE p(IN a int, OUT b text) LANGUAGE sql AS $$ SELECT a::text $$',
  'CALL p(1, NULL::text)',
]);
add('procedure with defaults and named', [
  'CREATE PROCEDURE p(INOUT a int, b int DEFAULT 10) LANGUAGE sql AS $$ SELECT a + b $$',
  'CALL p(1)',
  'CALL p(b => 2, a => 1)',
]);
add('procedure with unknown arg', [
  'CREATE PROCEDURE p(INOUT a text) LANGUAGE sql AS $$ SELECT upper(a) $$',
  "CALL p('abc')",
]);
add('call missing procedure', ['CALL nope()']);
add('procedure with parameters via extended protocol', [
  'CREATE PROCEDURE p(INOUT a int) LANGUAGE sql AS $$ SELECT a * 3 $$',
  'CALL p(7)',
]);
add('drop procedure', [
  'CREATE PROCEDURE p(a int) LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP PROCEDURE p(int)',
  'DROP PROCEDURE IF EXISTS p(int)',
]);
add('alter procedure rename', [
  'CREATE PROCEDURE p(INOUT a int) LANGUAGE sql AS $$ SELECT a $$',
  'ALTER PROCEDURE p(int) RENAME TO q',
  'CALL q(4)',
]);
add('procedure plpgsql INOUT', [
  'CREATE PROCEDURE p(INOUT a int, INOUT b int) LANGUAGE plpgsql AS $$ BEGIN a := a + b; b := a * b; END $$',
  'CALL p(2, 3)',
]);
add('procedure SECURITY DEFINER SET', [
  "CREATE PROCEDURE p(INOUT a text) LANGUAGE sql SECURITY DEFINER SET datestyle = 'ISO' AS $$ SELECT a $$",
  "SELECT prosecdef, proconfig::text AS c FROM pg_proc WHERE proname = 'p'",
]);

export default list.cases;
