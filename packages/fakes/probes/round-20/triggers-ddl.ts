// Round 20 probe, triggers part 2: the trigger DDL of PostgreSQL 15's CREATE TRIGGER, ALTER TRIGGER,
// DROP TRIGGER and ALTER TABLE ... ENABLE/DISABLE TRIGGER reference pages (chapter 39.1): CREATE OR
// REPLACE TRIGGER (new in 14), firing order by name, the error cases each page lists, and what the
// catalogs (pg_trigger, pg_get_triggerdef, information_schema.triggers) show.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 triggers: ddl: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);
CREATE TABLE log (seq serial PRIMARY KEY, msg text);
CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log(msg) VALUES (TG_NAME || coalesce(' ' || TG_ARGV[0], ''));
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;`;
const tr = (name: string, steps: string[], setup = T) => list.add(name, steps, setup);
const logAll = 'SELECT msg FROM log ORDER BY seq';
const trig =
  "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 't'::regclass AND NOT tgisinternal ORDER BY tgname";
const def = (name: string) => `SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgname = '${name}'`;

// CREATE OR REPLACE TRIGGER.
tr('create or replace trigger creates when missing', [
  'CREATE OR REPLACE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('create or replace trigger replaces arguments', [
  "CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg('one')",
  "CREATE OR REPLACE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg('two')",
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('create or replace trigger changes timing and events', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE OR REPLACE TRIGGER a AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (3, 'c', 3)",
  'DELETE FROM t WHERE id = 3',
  logAll,
  def('a'),
]);
tr('create or replace trigger changes row to statement', [
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE OR REPLACE TRIGGER a AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (3, 'c', 3), (4, 'd', 4)",
  logAll,
]);
tr('create or replace trigger keeps disabled state?', [
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t DISABLE TRIGGER a',
  'CREATE OR REPLACE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  trig,
]);
tr('create or replace trigger adds when', [
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE OR REPLACE TRIGGER a AFTER INSERT ON t FOR EACH ROW WHEN (NEW.qty > 5) EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (3, 'c', 3), (4, 'd', 40)",
  logAll,
]);
tr('create or replace constraint trigger is a syntax error', [
  'CREATE OR REPLACE CONSTRAINT TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('create or replace over a constraint trigger is refused', [
  'CREATE CONSTRAINT TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE OR REPLACE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('create or replace trigger with same name on other table is separate', [
  'CREATE TABLE u (id int)',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE OR REPLACE TRIGGER a AFTER INSERT ON u FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT tgrelid::regclass::text AS rel FROM pg_trigger WHERE tgname = 'a' ORDER BY 1",
]);
tr('create or replace trigger on partition clone is refused', [
  'CREATE TABLE p (id int) PARTITION BY LIST (id)',
  'CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)',
  'CREATE TRIGGER a AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE OR REPLACE TRIGGER a AFTER INSERT ON p1 FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('same trigger name on two tables is allowed', [
  'CREATE TABLE u (id int)',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a AFTER INSERT ON u FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT count(*) FROM pg_trigger WHERE tgname = 'a'",
]);
tr('duplicate trigger name on same table', [
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('duplicate trigger name differs only in case', [
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER "A" AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  trig,
]);
tr('schema-qualified trigger name is a syntax error', [
  'CREATE TRIGGER public.a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('schema-qualified table and function', [
  'CREATE SCHEMA s',
  'CREATE TABLE s.x (id int)',
  "CREATE FUNCTION s.f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.log(msg) VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); RETURN NEW; END $$",
  'CREATE TRIGGER a BEFORE INSERT ON s.x FOR EACH ROW EXECUTE FUNCTION s.f()',
  'INSERT INTO s.x VALUES (1)',
  logAll,
]);
tr('trigger name longer than 63 is truncated', [
  `CREATE TRIGGER ${'x'.repeat(70)} AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()`,
  "SELECT length(tgname) FROM pg_trigger WHERE tgname LIKE 'xxx%'",
]);
tr('trigger function with arguments in signature is not found', [
  'CREATE FUNCTION f2(int) RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
]);
tr('trigger function returning void', [
  'CREATE FUNCTION f2() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f2()',
]);
tr('trigger function returning opaque-like int', [
  'CREATE FUNCTION f2() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f2()',
]);
tr('trigger on a sequence is refused', [
  'CREATE SEQUENCE sq',
  'CREATE TRIGGER a AFTER INSERT ON sq FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('trigger on an index is refused', [
  'CREATE INDEX ti ON t (name)',
  'CREATE TRIGGER a AFTER INSERT ON ti FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('trigger on a system catalog is refused', [
  'CREATE TRIGGER a AFTER INSERT ON pg_class FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('trigger on a composite type is refused', [
  'CREATE TYPE ct AS (a int)',
  'CREATE TRIGGER a AFTER INSERT ON ct FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('trigger on a temp table', [
  'CREATE TEMP TABLE tt (id int)',
  'CREATE TRIGGER a BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION lg()',
  'INSERT INTO tt VALUES (1)',
  logAll,
]);
tr('trigger on unlogged table', [
  'CREATE UNLOGGED TABLE ut (id int)',
  'CREATE TRIGGER a BEFORE INSERT ON ut FOR EACH ROW EXECUTE FUNCTION lg()',
  'INSERT INTO ut VALUES (1)',
  logAll,
]);
tr('truncate trigger for each row is refused', [
  'CREATE TRIGGER a AFTER TRUNCATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('truncate before statement trigger', [
  'CREATE TRIGGER a BEFORE TRUNCATE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'TRUNCATE t',
  logAll,
  'SELECT count(*) FROM t',
]);
tr('truncate trigger raising stops truncate', [
  "CREATE FUNCTION nope() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no truncate'; END $$",
  'CREATE TRIGGER a BEFORE TRUNCATE ON t EXECUTE FUNCTION nope()',
  'TRUNCATE t',
  'SELECT count(*) FROM t',
]);
tr('truncate trigger on a view is refused', [
  'CREATE VIEW v AS SELECT * FROM t',
  'CREATE TRIGGER a AFTER TRUNCATE ON v EXECUTE FUNCTION lg()',
]);
tr('truncate cascade fires triggers of each table', [
  'CREATE TABLE c (pid int REFERENCES t)',
  'CREATE TRIGGER a AFTER TRUNCATE ON t EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b AFTER TRUNCATE ON c EXECUTE FUNCTION lg()',
  'TRUNCATE t CASCADE',
  logAll,
]);
tr('truncate two tables fires both triggers', [
  'CREATE TABLE u (id int)',
  'CREATE TRIGGER a AFTER TRUNCATE ON t EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b AFTER TRUNCATE ON u EXECUTE FUNCTION lg()',
  'TRUNCATE u, t',
  logAll,
]);
tr('truncate of partitioned table fires partition statement triggers?', [
  'CREATE TABLE p (id int) PARTITION BY LIST (id)',
  'CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)',
  'CREATE TRIGGER a AFTER TRUNCATE ON p EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b AFTER TRUNCATE ON p1 EXECUTE FUNCTION lg()',
  'TRUNCATE p',
  logAll,
]);
tr('truncate with only skips child triggers', [
  'CREATE TABLE par (id int)',
  'CREATE TABLE chi () INHERITS (par)',
  'CREATE TRIGGER a AFTER TRUNCATE ON par EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b AFTER TRUNCATE ON chi EXECUTE FUNCTION lg()',
  'TRUNCATE ONLY par',
  'TRUNCATE par',
  logAll,
]);

// Firing order by name.
tr('firing order uses byte order of names', [
  'CREATE TRIGGER "b" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER "B" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER "_x" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER "1st" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER "a b" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('firing order after rename', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TRIGGER a ON t RENAME TO c',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('statement triggers fire by name too', [
  "CREATE TRIGGER z AFTER INSERT ON t EXECUTE FUNCTION lg('z')",
  "CREATE TRIGGER m AFTER INSERT ON t EXECUTE FUNCTION lg('m')",
  "CREATE TRIGGER a AFTER INSERT ON t EXECUTE FUNCTION lg('a')",
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('firing order with numeric suffixes is textual', [
  'CREATE TRIGGER t10 BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER t9 BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER t1 BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);

// DROP TRIGGER.
tr('drop trigger stops it firing', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP TRIGGER a ON t',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('drop trigger cascade and restrict', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP TRIGGER a ON t CASCADE',
  'DROP TRIGGER b ON t RESTRICT',
  trig,
]);
tr('drop trigger without on is a syntax error', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP TRIGGER a',
]);
tr('drop trigger if exists on missing table', ['DROP TRIGGER IF EXISTS a ON nosuch']);
tr('drop trigger if exists on existing table', ['DROP TRIGGER IF EXISTS a ON t', trig]);
tr('drop trigger on wrong table', [
  'CREATE TABLE u (id int)',
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP TRIGGER a ON u',
]);
tr('drop trigger two names is a syntax error', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP TRIGGER a, b ON t',
]);
tr('drop function used by trigger is refused', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP FUNCTION lg()',
]);
tr('drop function cascade drops trigger', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP FUNCTION lg() CASCADE',
  trig,
  "INSERT INTO t VALUES (3, 'c', 3) RETURNING id",
]);
tr('drop table drops its triggers', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP TABLE t',
  "SELECT count(*) FROM pg_trigger WHERE tgname = 'a'",
]);
tr('replacing the function body changes trigger behaviour', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "CREATE OR REPLACE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES ('v2'); RETURN NEW; END $$",
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('replacing the trigger function with non-trigger return type is refused', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE OR REPLACE FUNCTION lg() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);

// ALTER TRIGGER / ALTER TABLE ENABLE / DISABLE.
tr('alter trigger rename to existing name', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TRIGGER a ON t RENAME TO b',
]);
tr('alter trigger rename missing', ['ALTER TRIGGER nosuch ON t RENAME TO b']);
tr('alter trigger depends on extension', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TRIGGER a ON t DEPENDS ON EXTENSION plpgsql',
  "SELECT count(*) FROM pg_depend WHERE classid = 'pg_trigger'::regclass AND deptype = 'x'",
]);
tr('alter trigger no depends on extension', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TRIGGER a ON t DEPENDS ON EXTENSION plpgsql',
  'ALTER TRIGGER a ON t NO DEPENDS ON EXTENSION plpgsql',
  "SELECT count(*) FROM pg_depend WHERE classid = 'pg_trigger'::regclass AND deptype = 'x'",
]);
tr('disable then enable trigger', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t DISABLE TRIGGER a',
  "INSERT INTO t VALUES (3, 'c', 3)",
  'ALTER TABLE t ENABLE TRIGGER a',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
  trig,
]);
tr('enable replica trigger does not fire in origin role', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t ENABLE REPLICA TRIGGER a',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
  trig,
]);
tr('enable replica trigger fires in replica role', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t ENABLE REPLICA TRIGGER a',
  "SET session_replication_role = 'replica'",
  "INSERT INTO t VALUES (3, 'c', 3)",
  'RESET session_replication_role',
  logAll,
]);
tr('enable always trigger fires in both roles', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t ENABLE ALWAYS TRIGGER a',
  "SET session_replication_role = 'replica'",
  "INSERT INTO t VALUES (3, 'c', 3)",
  'RESET session_replication_role',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
  trig,
]);
tr('session_replication_role local fires origin triggers', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "SET session_replication_role = 'local'",
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('disable trigger all also disables fk triggers', [
  'CREATE TABLE c (pid int REFERENCES t)',
  'ALTER TABLE c DISABLE TRIGGER ALL',
  'INSERT INTO c VALUES (99)',
  'ALTER TABLE c ENABLE TRIGGER ALL',
  'SELECT * FROM c',
  "SELECT count(*) FILTER (WHERE tgenabled = 'O') AS enabled FROM pg_trigger WHERE tgrelid = 'c'::regclass",
]);
tr('disable trigger user leaves fk triggers', [
  'CREATE TABLE c (pid int REFERENCES t)',
  'CREATE TRIGGER a BEFORE INSERT ON c FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE c DISABLE TRIGGER USER',
  'INSERT INTO c VALUES (99)',
]);
tr('disable internal fk trigger by name', [
  'CREATE TABLE c (pid int REFERENCES t)',
  "DO $$ DECLARE n name; BEGIN SELECT tgname INTO n FROM pg_trigger WHERE tgrelid = 'c'::regclass LIMIT 1; EXECUTE format('ALTER TABLE c DISABLE TRIGGER %I', n); END $$",
  "SELECT tgenabled, count(*) FROM pg_trigger WHERE tgrelid = 'c'::regclass GROUP BY 1 ORDER BY 1",
]);
tr('disable trigger inside a transaction then rollback', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'BEGIN',
  'ALTER TABLE t DISABLE TRIGGER a',
  'ROLLBACK',
  trig,
]);
tr('disable trigger on a view', [
  'CREATE VIEW v AS SELECT * FROM t',
  'CREATE FUNCTION vi() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
  'CREATE TRIGGER a INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  'ALTER TABLE v DISABLE TRIGGER a',
]);
tr('alter view disable trigger is a syntax error', [
  'CREATE VIEW v AS SELECT * FROM t',
  'ALTER VIEW v DISABLE TRIGGER a',
]);
tr('disabled instead of trigger makes view insert fail', [
  'CREATE VIEW v AS SELECT id, count(*) AS n FROM t GROUP BY id',
  'CREATE FUNCTION vi() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
  'CREATE TRIGGER a INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  'ALTER TABLE v DISABLE TRIGGER a',
  'INSERT INTO v VALUES (9, 1)',
]);
tr('pg_trigger tgenabled letters', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER d BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t DISABLE TRIGGER b',
  'ALTER TABLE t ENABLE REPLICA TRIGGER c',
  'ALTER TABLE t ENABLE ALWAYS TRIGGER d',
  trig,
]);

// Catalogs.
for (const [name, create] of [
  ['before row insert', 'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()'],
  ['after statement update', 'CREATE TRIGGER x AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()'],
  [
    'after row delete when',
    'CREATE TRIGGER x AFTER DELETE ON t FOR EACH ROW WHEN (OLD.qty > 1) EXECUTE FUNCTION lg()',
  ],
  [
    'before update of columns',
    'CREATE TRIGGER x BEFORE UPDATE OF qty, name ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  ],
  [
    'insert or update or delete',
    'CREATE TRIGGER x AFTER INSERT OR UPDATE OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  ],
  [
    'update or insert order',
    'CREATE TRIGGER x AFTER UPDATE OR INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  ],
  ['truncate', 'CREATE TRIGGER x AFTER TRUNCATE ON t EXECUTE FUNCTION lg()'],
  ['arguments', "CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg('a b', 'it''s', 3)"],
  ['execute procedure spelling', 'CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE PROCEDURE lg()'],
  [
    'transition tables',
    'CREATE TRIGGER x AFTER UPDATE ON t REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  ],
  [
    'constraint trigger deferrable',
    'CREATE CONSTRAINT TRIGGER x AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lg()',
  ],
  [
    'constraint trigger not deferrable',
    'CREATE CONSTRAINT TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  ],
  [
    'when with distinct',
    'CREATE TRIGGER x BEFORE UPDATE ON t FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION lg()',
  ],
  ['quoted name', 'CREATE TRIGGER "X y" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()'],
] as const) {
  tr(`pg_get_triggerdef ${name}`, [
    create,
    "SELECT pg_get_triggerdef(oid) AS def, pg_get_triggerdef(oid, true) AS pretty FROM pg_trigger WHERE tgrelid = 't'::regclass AND NOT tgisinternal",
  ]);
  tr(`pg_trigger row ${name}`, [
    create,
    "SELECT tgname, tgtype, tgenabled, tgisinternal, tgconstraint <> 0 AS has_con, tgdeferrable, tginitdeferred, tgnargs, tgattr::text, tgqual IS NOT NULL AS has_qual, tgoldtable, tgnewtable, tgfoid::regproc::text AS fn FROM pg_trigger WHERE tgrelid = 't'::regclass AND NOT tgisinternal",
  ]);
  tr(`information_schema.triggers ${name}`, [
    create,
    'SELECT trigger_name, event_manipulation, event_object_table, action_order, action_condition, action_statement, action_orientation, action_timing, action_reference_old_table, action_reference_new_table FROM information_schema.triggers ORDER BY trigger_name, event_manipulation',
  ]);
}
tr('information_schema.triggers action_order numbering', [
  'CREATE TRIGGER b AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a AFTER INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER d AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'SELECT trigger_name, event_manipulation, action_timing, action_orientation, action_order FROM information_schema.triggers ORDER BY event_manipulation, action_timing, action_orientation, action_order',
]);
tr('information_schema.triggered_update_columns', [
  'CREATE TRIGGER a BEFORE UPDATE OF qty, name ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'SELECT trigger_name, event_object_table, event_object_column FROM information_schema.triggered_update_columns ORDER BY 3',
]);
tr('pg_trigger internal fk triggers', [
  'CREATE TABLE c (pid int REFERENCES t ON DELETE CASCADE)',
  'SELECT tgrelid::regclass::text AS rel, tgtype, tgfoid::regproc::text AS fn, tgisinternal FROM pg_trigger WHERE tgconstraint <> 0 ORDER BY 1, 3',
]);
tr('pg_get_triggerdef of fk internal trigger', [
  'CREATE TABLE c (pid int REFERENCES t)',
  "SELECT count(*) FROM pg_trigger WHERE tgisinternal AND pg_get_triggerdef(oid) LIKE 'CREATE CONSTRAINT TRIGGER%'",
]);
tr('comment on trigger and obj_description', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "COMMENT ON TRIGGER a ON t IS 'logs inserts'",
  "SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'a'",
  'COMMENT ON TRIGGER a ON t IS NULL',
  "SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'a'",
]);
tr('comment on missing trigger', ["COMMENT ON TRIGGER nosuch ON t IS 'x'"]);
tr('pg_describe_object of trigger', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT pg_describe_object('pg_trigger'::regclass, oid, 0) FROM pg_trigger WHERE tgname = 'a'",
]);
tr('pg_identify_object of trigger', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT (pg_identify_object('pg_trigger'::regclass, oid, 0)).* FROM pg_trigger WHERE tgname = 'a'",
]);
tr('relhastriggers flag', [
  "SELECT relhastriggers FROM pg_class WHERE relname = 't'",
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT relhastriggers FROM pg_class WHERE relname = 't'",
]);
tr('trigger depends on its function in pg_depend', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT refobjid::regproc::text AS fn, deptype FROM pg_depend WHERE classid = 'pg_trigger'::regclass AND refclassid = 'pg_proc'::regclass",
]);
tr('create trigger in a rolled back transaction leaves nothing', [
  'BEGIN',
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ROLLBACK',
  trig,
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('create trigger takes effect later in same transaction', [
  'BEGIN',
  "INSERT INTO t VALUES (3, 'c', 3)",
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'COMMIT',
  logAll,
]);
tr('trigger function security definer runs as owner', [
  'CREATE FUNCTION who() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN INSERT INTO log(msg) VALUES (current_user); RETURN NEW; END $$',
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION who()',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('trigger function with set search_path', [
  'CREATE SCHEMA s',
  'CREATE TABLE s.log (msg text)',
  "CREATE FUNCTION sp() RETURNS trigger LANGUAGE plpgsql SET search_path = s AS $$ BEGIN INSERT INTO log(msg) VALUES ('in s'); RETURN NEW; END $$",
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION sp()',
  "INSERT INTO t VALUES (3, 'c', 3)",
  'SELECT * FROM s.log',
  'SELECT count(*) FROM public.log',
]);
tr('alter table rename keeps triggers', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t RENAME TO t2',
  "INSERT INTO t2 VALUES (3, 'c', 3)",
  logAll,
  "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'a'",
]);
tr('alter table rename column updates when and update of', [
  'CREATE TRIGGER a BEFORE UPDATE OF qty ON t FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION lg()',
  'ALTER TABLE t RENAME COLUMN qty TO amount',
  def('a'),
]);
tr('alter column type with trigger when referencing it', [
  'CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION lg()',
  'ALTER TABLE t ALTER COLUMN qty TYPE bigint',
]);
tr('create table like does not copy triggers', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TABLE t2 (LIKE t INCLUDING ALL)',
  "SELECT count(*) FROM pg_trigger WHERE tgrelid = 't2'::regclass",
]);
tr('trigger function in another language sql is refused', [
  'CREATE FUNCTION s() RETURNS trigger LANGUAGE sql AS $$ SELECT NULL $$',
]);
tr('trigger function called from select', ['SELECT lg()']);
tr('trigger function called via perform in plpgsql', ['DO $$ BEGIN PERFORM lg(); END $$']);
tr('event trigger function used as row trigger', [
  'CREATE FUNCTION et() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$',
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION et()',
]);
tr('for each without row or statement is a syntax error', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH EXECUTE FUNCTION lg()',
]);
tr('for row without each', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (3, 'c', 3)",
  logAll,
]);
tr('missing event is a syntax error', ['CREATE TRIGGER a BEFORE ON t FOR EACH ROW EXECUTE FUNCTION lg()']);
tr('select event is a syntax error', [
  'CREATE TRIGGER a BEFORE SELECT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('missing timing is a syntax error', ['CREATE TRIGGER a INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()']);
tr('execute without function keyword is a syntax error', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE lg()',
]);
tr('trigger on missing schema table', [
  'CREATE TRIGGER a BEFORE INSERT ON nosuch.t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('trigger function missing schema', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nosuch.lg()',
]);
tr('trigger function is an aggregate', [
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION count()',
]);
tr('trigger function is a procedure', [
  'CREATE PROCEDURE pr() LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION pr()',
]);
tr('from clause on non-constraint trigger is refused', [
  'CREATE TABLE u (id int)',
  'CREATE TRIGGER a AFTER INSERT ON t FROM u FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('deferrable on non-constraint trigger is refused', [
  'CREATE TRIGGER a AFTER INSERT ON t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('initially deferred on plain trigger is refused', [
  'CREATE TRIGGER a AFTER INSERT ON t INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lg()',
]);

export default list.cases;
