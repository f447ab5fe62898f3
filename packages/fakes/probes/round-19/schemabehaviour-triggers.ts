// Round 19 probe, schema behaviour part 2: row and statement triggers (BEFORE/AFTER, WHEN, firing
// order by name, changing NEW, returning NULL, transition tables, TG_* variables, constraint
// triggers), as PostgreSQL 15 chapter 39 and CREATE TRIGGER describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 schemabehaviour: triggers: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int);
INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 20), (3, 'c', 30);
CREATE TABLE log (seq serial, msg text);`;
const tr = (name: string, steps: string[], setup = T) => list.add(name, steps, setup);
const fn = (name: string, body: string) =>
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`;

tr('before insert changes new', [
  fn('up', 'NEW.name := upper(NEW.name); RETURN NEW;'),
  'CREATE TRIGGER up BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION up()',
  "INSERT INTO t VALUES (4, 'dd', 4) RETURNING *",
]);
tr('before update changes new', [
  fn('bump', 'NEW.qty := NEW.qty + 1000; RETURN NEW;'),
  'CREATE TRIGGER b BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION bump()',
  "UPDATE t SET name = 'x' WHERE id <= 2 RETURNING *",
]);
tr('before insert returning null skips row', [
  fn('skip', 'IF NEW.qty < 0 THEN RETURN NULL; END IF; RETURN NEW;'),
  'CREATE TRIGGER s BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION skip()',
  "INSERT INTO t VALUES (4, 'd', -1), (5, 'e', 5) RETURNING id",
  'SELECT id FROM t ORDER BY id',
]);
tr('before delete returning null skips delete', [
  fn('keep', 'IF OLD.id = 1 THEN RETURN NULL; END IF; RETURN OLD;'),
  'CREATE TRIGGER k BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION keep()',
  'DELETE FROM t RETURNING id',
  'SELECT id FROM t',
]);
tr('before update returning null skips update', [
  fn('noupd', 'RETURN NULL;'),
  'CREATE TRIGGER n BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION noupd()',
  'UPDATE t SET qty = 0',
  'SELECT qty FROM t ORDER BY id',
]);
tr('after row trigger return value ignored', [
  fn('aft', "INSERT INTO log(msg) VALUES ('after ' || NEW.id); RETURN NULL;"),
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION aft()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  'SELECT msg FROM log ORDER BY seq',
]);
tr('firing order is alphabetical by name', [
  fn('l', 'INSERT INTO log(msg) VALUES (TG_NAME); RETURN NEW;'),
  'CREATE TRIGGER zeta BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION l()',
  'CREATE TRIGGER alpha BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION l()',
  'CREATE TRIGGER "Mid" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION l()',
  'CREATE TRIGGER beta BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION l()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT msg FROM log ORDER BY seq',
]);
tr('chained before triggers see previous new', [
  fn('t1', "NEW.name := NEW.name || '1'; RETURN NEW;"),
  fn('t2', "NEW.name := NEW.name || '2'; RETURN NEW;"),
  'CREATE TRIGGER b2 BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION t2()',
  'CREATE TRIGGER a1 BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION t1()',
  "INSERT INTO t VALUES (4, 'x', 4) RETURNING name",
]);
tr('null from first before trigger stops later ones', [
  fn('nul', "INSERT INTO log(msg) VALUES ('nul'); RETURN NULL;"),
  fn('l2', "INSERT INTO log(msg) VALUES ('l2'); RETURN NEW;"),
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nul()',
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION l2()',
  "INSERT INTO t VALUES (4, 'x', 4)",
  'SELECT msg FROM log ORDER BY seq',
]);
tr('before statement then row then after row then after statement', [
  fn(
    'lg',
    "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_LEVEL || ' ' || TG_OP); IF TG_LEVEL = 'ROW' THEN RETURN NEW; END IF; RETURN NULL;",
  ),
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER c AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER d AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'x', 4), (5, 'y', 5)",
  'SELECT msg FROM log ORDER BY seq',
]);
tr('statement trigger fires for zero rows', [
  fn('st', "INSERT INTO log(msg) VALUES ('stmt ' || TG_OP); RETURN NULL;"),
  'CREATE TRIGGER s AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'UPDATE t SET qty = 0 WHERE false',
  'SELECT msg FROM log',
]);
tr('row trigger does not fire for zero rows', [
  fn('rw', "INSERT INTO log(msg) VALUES ('row'); RETURN NEW;"),
  'CREATE TRIGGER r AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION rw()',
  'UPDATE t SET qty = 0 WHERE false',
  'SELECT count(*) FROM log',
]);
tr('when condition on before row', [
  fn('w', "INSERT INTO log(msg) VALUES ('fired ' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER w BEFORE UPDATE ON t FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION w()',
  'UPDATE t SET qty = qty + (id % 2)',
  'SELECT msg FROM log ORDER BY seq',
]);
tr('when condition on after insert', [
  fn('w', "INSERT INTO log(msg) VALUES ('big ' || NEW.id); RETURN NULL;"),
  'CREATE TRIGGER w AFTER INSERT ON t FOR EACH ROW WHEN (NEW.qty > 10) EXECUTE FUNCTION w()',
  "INSERT INTO t VALUES (4, 'd', 5), (5, 'e', 50)",
  'SELECT msg FROM log',
]);
tr('when referencing old in insert trigger is 42P17', [
  fn('w', 'RETURN NEW;'),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (OLD.qty > 1) EXECUTE FUNCTION w()',
]);
tr('when referencing new in delete trigger is 42P17', [
  fn('w', 'RETURN OLD;'),
  'CREATE TRIGGER w BEFORE DELETE ON t FOR EACH ROW WHEN (NEW.qty > 1) EXECUTE FUNCTION w()',
]);
tr('when in statement trigger referencing new is 42P17', [
  fn('w', 'RETURN NULL;'),
  'CREATE TRIGGER w AFTER INSERT ON t FOR EACH STATEMENT WHEN (NEW.qty > 1) EXECUTE FUNCTION w()',
]);
tr('when with subquery is 0A000', [
  fn('w', 'RETURN NEW;'),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.qty > (SELECT 1)) EXECUTE FUNCTION w()',
]);
tr('when referencing system column of new in before is error', [
  fn('w', 'RETURN NEW;'),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.ctid IS NOT NULL) EXECUTE FUNCTION w()',
]);
tr('update of column list', [
  fn('c', "INSERT INTO log(msg) VALUES ('name changed ' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER c BEFORE UPDATE OF name ON t FOR EACH ROW EXECUTE FUNCTION c()',
  'UPDATE t SET qty = 5 WHERE id = 1',
  'UPDATE t SET name = name WHERE id = 2',
  'SELECT msg FROM log',
]);
tr('update of unknown column is 42703', [
  fn('c', 'RETURN NEW;'),
  'CREATE TRIGGER c BEFORE UPDATE OF nope ON t FOR EACH ROW EXECUTE FUNCTION c()',
]);
tr('trigger function not returning trigger is 42P17', [
  'CREATE FUNCTION nt() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nt()',
]);
tr('missing trigger function 42883', [
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nothere()',
]);
tr('duplicate trigger name 42710', [
  fn('f', 'RETURN NEW;'),
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
]);
tr('create or replace trigger pg14+', [
  fn('f', "INSERT INTO log(msg) VALUES ('f'); RETURN NEW;"),
  fn('g', "INSERT INTO log(msg) VALUES ('g'); RETURN NEW;"),
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  'CREATE OR REPLACE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION g()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT msg FROM log',
]);
tr('drop trigger missing 42704', ['DROP TRIGGER nope ON t']);
tr('drop trigger if exists notice', ['DROP TRIGGER IF EXISTS nope ON t']);
tr('drop trigger on missing table 42P01', ['DROP TRIGGER IF EXISTS nope ON nosuch']);
tr('calling trigger function directly is 0A000', [fn('f', 'RETURN NEW;'), 'SELECT f()']);
tr('tg variables in row trigger', [
  `CREATE FUNCTION v() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO log(msg) VALUES (concat_ws('|', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, TG_TABLE_SCHEMA, TG_RELNAME, TG_RELID::regclass::text, TG_NARGS, TG_ARGV[0], TG_ARGV[1], TG_ARGV[5]));
    RETURN NEW; END $$`,
  "CREATE TRIGGER vt BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION v('one', 2, 'three')",
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT msg FROM log',
]);
tr('new is null in delete trigger, old null in insert', [
  `CREATE FUNCTION v() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO log(msg) VALUES (TG_OP || ' new null=' || (NEW IS NULL) || ' old null=' || (OLD IS NULL));
    RETURN COALESCE(NEW, OLD); END $$`,
  'CREATE TRIGGER vt BEFORE INSERT OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION v()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'DELETE FROM t WHERE id = 4',
  'SELECT msg FROM log ORDER BY seq',
]);
tr('before trigger returns wrong row type', [
  `CREATE FUNCTION bad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN ROW(1, 2); END $$`,
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION bad()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('trigger raising exception aborts statement', [
  fn('boom', "RAISE EXCEPTION 'no way %', NEW.id USING ERRCODE = 'P0001', HINT = 'try again'; RETURN NEW;"),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION boom()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT count(*) FROM t',
]);
tr('after trigger raising aborts whole statement', [
  fn(
    'boom',
    "IF NEW.id = 5 THEN RAISE EXCEPTION 'bad row %', NEW.id USING ERRCODE = '22000'; END IF; RETURN NULL;",
  ),
  'CREATE TRIGGER b AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION boom()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  'SELECT count(*) FROM t',
]);
tr('before trigger changing primary key value', [
  fn('pk', 'NEW.id := NEW.id * 100; RETURN NEW;'),
  'CREATE TRIGGER pk BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION pk()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
]);
tr('before trigger setting not null violation', [
  fn('nn', 'NEW.id := NULL; RETURN NEW;'),
  'CREATE TRIGGER nn BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nn()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('before trigger sees defaults already applied', [
  'ALTER TABLE t ALTER COLUMN qty SET DEFAULT 42',
  fn('d', "NEW.name := 'qty=' || NEW.qty; RETURN NEW;"),
  'CREATE TRIGGER d BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION d()',
  'INSERT INTO t (id) VALUES (4) RETURNING *',
]);
tr('after trigger sees final row from before trigger', [
  fn('b', "NEW.name := 'B'; RETURN NEW;"),
  fn('a', "INSERT INTO log(msg) VALUES ('after saw ' || NEW.name); RETURN NULL;"),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION b()',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION a()',
  "INSERT INTO t VALUES (4, 'x', 4)",
  'SELECT msg FROM log',
]);
tr('transition tables on statement trigger', [
  `CREATE FUNCTION tt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO log(msg) SELECT 'new ' || count(*) || ' sum ' || coalesce(sum(qty), 0) FROM newtab;
    RETURN NULL; END $$`,
  'CREATE TRIGGER tt AFTER INSERT ON t REFERENCING NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION tt()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  'SELECT msg FROM log',
]);
tr('transition tables old and new on update', [
  `CREATE FUNCTION tt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO log(msg) SELECT string_agg(o.id || ':' || o.qty || '->' || n.qty, ',' ORDER BY o.id) FROM oldtab o JOIN newtab n USING (id);
    RETURN NULL; END $$`,
  'CREATE TRIGGER tt AFTER UPDATE ON t REFERENCING OLD TABLE AS oldtab NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION tt()',
  'UPDATE t SET qty = qty * 2 WHERE id > 1',
  'SELECT msg FROM log',
]);
tr('transition table on delete', [
  `CREATE FUNCTION tt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO log(msg) SELECT 'deleted ' || string_agg(id::text, ',' ORDER BY id) FROM oldtab;
    RETURN NULL; END $$`,
  'CREATE TRIGGER tt AFTER DELETE ON t REFERENCING OLD TABLE AS oldtab FOR EACH STATEMENT EXECUTE FUNCTION tt()',
  'DELETE FROM t WHERE id <> 2',
  'SELECT msg FROM log',
]);
tr('transition table in row trigger', [
  `CREATE FUNCTION tt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO log(msg) SELECT 'row sees ' || count(*) FROM newtab;
    RETURN NULL; END $$`,
  'CREATE TRIGGER tt AFTER INSERT ON t REFERENCING NEW TABLE AS newtab FOR EACH ROW EXECUTE FUNCTION tt()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  'SELECT msg FROM log ORDER BY seq',
]);
tr('old table on insert trigger is 42P17', [
  fn('f', 'RETURN NULL;'),
  'CREATE TRIGGER x AFTER INSERT ON t REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION f()',
]);
tr('transition table on before trigger is 42P17', [
  fn('f', 'RETURN NULL;'),
  'CREATE TRIGGER x BEFORE INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION f()',
]);
tr('transition table with column list is 0A000', [
  fn('f', 'RETURN NULL;'),
  'CREATE TRIGGER x AFTER UPDATE OF qty ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION f()',
]);
tr('transition table with multiple events is 0A000', [
  fn('f', 'RETURN NULL;'),
  'CREATE TRIGGER x AFTER INSERT OR UPDATE ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION f()',
]);
tr('transition table same name twice is 42P17', [
  fn('f', 'RETURN NULL;'),
  'CREATE TRIGGER x AFTER UPDATE ON t REFERENCING OLD TABLE AS n NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION f()',
]);
tr('truncate trigger', [
  fn('tr', "INSERT INTO log(msg) VALUES ('truncate ' || TG_LEVEL); RETURN NULL;"),
  'CREATE TRIGGER tr AFTER TRUNCATE ON t FOR EACH STATEMENT EXECUTE FUNCTION tr()',
  'TRUNCATE t',
  'SELECT msg FROM log',
]);
tr('truncate row trigger is error', [
  fn('tr', 'RETURN NULL;'),
  'CREATE TRIGGER tr AFTER TRUNCATE ON t FOR EACH ROW EXECUTE FUNCTION tr()',
]);
tr('delete does not fire truncate trigger', [
  fn('tr', "INSERT INTO log(msg) VALUES ('truncate'); RETURN NULL;"),
  'CREATE TRIGGER tr BEFORE TRUNCATE ON t FOR EACH STATEMENT EXECUTE FUNCTION tr()',
  'DELETE FROM t',
  'SELECT count(*) FROM log',
]);
tr('insert on conflict update fires before insert then update', [
  fn(
    'lg',
    "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || TG_LEVEL); IF TG_LEVEL = 'ROW' THEN RETURN NEW; END IF; RETURN NULL;",
  ),
  'CREATE TRIGGER a BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b AFTER INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER c AFTER INSERT OR UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (1, 'z', 9) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
  'SELECT msg FROM log ORDER BY seq',
]);
tr('alter table disable trigger', [
  fn('boom', "RAISE EXCEPTION 'boom'; RETURN NEW;"),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION boom()',
  'ALTER TABLE t DISABLE TRIGGER b',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
  'ALTER TABLE t ENABLE TRIGGER b',
  "INSERT INTO t VALUES (5, 'e', 5)",
]);
tr('disable trigger all and user', [
  fn('boom', "RAISE EXCEPTION 'boom'; RETURN NEW;"),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION boom()',
  'ALTER TABLE t DISABLE TRIGGER USER',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
  "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 't'::regclass AND NOT tgisinternal",
]);
tr('disable unknown trigger 42704', ['ALTER TABLE t DISABLE TRIGGER nope']);
tr('rename trigger', [
  fn('f', 'RETURN NEW;'),
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  'ALTER TRIGGER x ON t RENAME TO y',
  "SELECT tgname FROM pg_trigger WHERE tgrelid = 't'::regclass",
]);
tr('pg_trigger tgtype bits', [
  fn('f', 'RETURN NEW;'),
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  'CREATE TRIGGER b AFTER UPDATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION f()',
  'CREATE TRIGGER c AFTER TRUNCATE ON t EXECUTE FUNCTION f()',
  "SELECT tgname, tgtype, tgnargs, tgenabled, tgconstraint = 0 AS nc FROM pg_trigger WHERE tgrelid = 't'::regclass ORDER BY tgname",
]);
tr('pg_get_triggerdef', [
  fn('f', 'RETURN NEW;'),
  "CREATE TRIGGER a BEFORE UPDATE OF name, qty ON t FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION f('x')",
  "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'a'",
  "SELECT pg_get_triggerdef(oid, true) FROM pg_trigger WHERE tgname = 'a'",
]);
tr('information_schema triggers', [
  fn('f', 'RETURN NEW;'),
  'CREATE TRIGGER a BEFORE INSERT OR UPDATE ON t FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION f()',
  'SELECT trigger_name, event_manipulation, event_object_table, action_order, action_condition, action_statement, action_orientation, action_timing FROM information_schema.triggers ORDER BY event_manipulation',
]);
tr('execute procedure legacy syntax', [
  fn('f', "NEW.name := 'p'; RETURN NEW;"),
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE PROCEDURE f()',
  "INSERT INTO t VALUES (4, 'x', 4) RETURNING name",
]);
tr('for each defaults to statement', [
  fn('f', 'INSERT INTO log(msg) VALUES (TG_LEVEL); RETURN NULL;'),
  'CREATE TRIGGER a AFTER DELETE ON t EXECUTE FUNCTION f()',
  'DELETE FROM t',
  'SELECT msg FROM log',
]);
tr('recursive trigger depth', [
  `CREATE FUNCTION rec() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO log(msg) VALUES ('depth ' || pg_trigger_depth());
    IF NEW.id < 6 THEN INSERT INTO t VALUES (NEW.id + 1, 'r', 0); END IF;
    RETURN NULL; END $$`,
  'CREATE TRIGGER r AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION rec()',
  "INSERT INTO t VALUES (4, 'x', 4)",
  'SELECT msg FROM log ORDER BY seq',
  'SELECT pg_trigger_depth()',
]);
tr('trigger modifying another table sees same transaction', [
  'CREATE TABLE totals (n int)',
  'INSERT INTO totals VALUES (0)',
  fn('cnt', 'UPDATE totals SET n = n + 1; RETURN NULL;'),
  'CREATE TRIGGER c AFTER INSERT OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION cnt()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  'DELETE FROM t WHERE id = 1',
  'SELECT n FROM totals',
  'ROLLBACK',
  'SELECT n FROM totals',
]);
tr('constraint trigger deferred runs at commit', [
  fn('ct', "INSERT INTO log(msg) VALUES ('ct ' || NEW.id); RETURN NULL;"),
  'CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ct()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT count(*) FROM log',
  'COMMIT',
  'SELECT msg FROM log',
]);
tr('constraint trigger deferred error at commit', [
  fn(
    'ct',
    "IF NEW.qty < 0 THEN RAISE EXCEPTION 'negative qty for %', NEW.id USING ERRCODE = '23514'; END IF; RETURN NULL;",
  ),
  'CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ct()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', -4)",
  'SELECT count(*) FROM t',
  'COMMIT',
  'SELECT count(*) FROM t',
]);
tr('constraint trigger set constraints immediate fires now', [
  fn('ct', "RAISE EXCEPTION 'fired now'; RETURN NULL;"),
  'CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ct()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SET CONSTRAINTS ct IMMEDIATE',
  'ROLLBACK',
]);
tr('constraint trigger not deferrable fires at statement end', [
  fn('ct', "INSERT INTO log(msg) VALUES ('ct ' || NEW.id); RETURN NULL;"),
  'CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION ct()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT msg FROM log',
  'COMMIT',
]);
tr('constraint trigger before is error', [
  fn('ct', 'RETURN NEW;'),
  'CREATE CONSTRAINT TRIGGER ct BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION ct()',
]);
tr('constraint trigger statement level is error', [
  fn('ct', 'RETURN NULL;'),
  'CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION ct()',
]);
tr('constraint trigger in pg_constraint', [
  fn('ct', 'RETURN NULL;'),
  'CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION ct()',
  "SELECT conname, contype, condeferrable, condeferred FROM pg_constraint WHERE conname = 'ct'",
]);
tr('trigger on missing table 42P01', [
  fn('f', 'RETURN NEW;'),
  'CREATE TRIGGER x BEFORE INSERT ON nosuch FOR EACH ROW EXECUTE FUNCTION f()',
]);
tr('sql language trigger function is 0A000', [
  'CREATE FUNCTION sqltrig() RETURNS trigger LANGUAGE sql AS $$ SELECT NULL::trigger $$',
]);
tr('before row trigger on update with returning old row value', [
  fn('f', 'NEW.qty := OLD.qty; RETURN NEW;'),
  'CREATE TRIGGER f BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()',
  'UPDATE t SET qty = 999, name = $$n$$ RETURNING id, name, qty',
]);
tr('trigger assigning to missing new field', [
  fn('f', 'NEW.nosuch := 1; RETURN NEW;'),
  'CREATE TRIGGER f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('trigger assigning wrong type to new field', [
  fn('f', "NEW.qty := 'abc'; RETURN NEW;"),
  'CREATE TRIGGER f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('trigger on delete with cascade from fk fires', [
  'CREATE TABLE child (id int, tid int REFERENCES t ON DELETE CASCADE)',
  'INSERT INTO child VALUES (10, 1), (11, 1), (12, 2)',
  fn('f', "INSERT INTO log(msg) VALUES ('child deleted ' || OLD.id); RETURN OLD;"),
  'CREATE TRIGGER f BEFORE DELETE ON child FOR EACH ROW EXECUTE FUNCTION f()',
  'DELETE FROM t WHERE id = 1',
  'SELECT msg FROM log ORDER BY seq',
]);
tr('trigger count of updated rows when trigger skips some', [
  fn('f', 'IF NEW.id = 2 THEN RETURN NULL; END IF; RETURN NEW;'),
  'CREATE TRIGGER f BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()',
  'UPDATE t SET qty = 0 RETURNING id',
]);
tr('row trigger for each row in copy', [
  fn('f', "NEW.name := 'copied'; RETURN NEW;"),
  'CREATE TRIGGER f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  'INSERT INTO t SELECT g, NULL, g FROM generate_series(10, 12) g RETURNING id, name',
]);
tr('session_replication_role replica skips triggers', [
  fn('boom', "RAISE EXCEPTION 'boom'; RETURN NEW;"),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION boom()',
  'SET session_replication_role = replica',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
  'RESET session_replication_role',
]);
tr('trigger with when on update old new star', [
  fn('f', "INSERT INTO log(msg) VALUES ('changed ' || NEW.id); RETURN NULL;"),
  'CREATE TRIGGER f AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION f()',
  'UPDATE t SET qty = CASE WHEN id = 2 THEN 99 ELSE qty END',
  'SELECT msg FROM log',
]);
tr('comment on trigger', [
  fn('f', 'RETURN NEW;'),
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
  "COMMENT ON TRIGGER x ON t IS 'hello'",
  "SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'x'",
]);

export default list.cases;
