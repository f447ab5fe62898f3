// Round 20 probe, triggers part 3: transition tables (REFERENCING OLD TABLE / NEW TABLE) and
// constraint triggers (DEFERRABLE, INITIALLY DEFERRED, SET CONSTRAINTS) as PostgreSQL 15 chapter 39
// (39.1, 39.4 "A Complete Trigger Example"), 43.10.1 and the CREATE TRIGGER page describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 triggers: transition: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);
CREATE TABLE log (seq serial PRIMARY KEY, msg text);`;
const tr = (name: string, steps: string[], setup = T) => list.add(name, steps, setup);
const fn = (name: string, body: string) =>
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`;
const logAll = 'SELECT msg FROM log ORDER BY seq';
const rows = 'SELECT * FROM t ORDER BY id';
const agg = (tab: string) =>
  `INSERT INTO log(msg) SELECT '${tab}:' || coalesce(string_agg(id || '=' || coalesce(qty::text, 'null'), ',' ORDER BY id), '') FROM ${tab};`;

tr('new table on insert statement trigger', [
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 40), (5, 'e', 50)",
  logAll,
]);
tr('new table is empty for zero-row insert', [
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'INSERT INTO t SELECT * FROM t WHERE false',
  logAll,
]);
tr('old and new table on update', [
  fn('st', `${agg('o')} ${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER UPDATE ON t REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'UPDATE t SET qty = qty + 1 WHERE id >= 2',
  logAll,
]);
tr('new table before old table order in referencing', [
  fn('st', `${agg('o')} ${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER UPDATE ON t REFERENCING NEW TABLE AS n OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'UPDATE t SET qty = 0 WHERE id = 1',
  logAll,
]);
tr('old table on delete', [
  fn('st', `${agg('o')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER DELETE ON t REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'DELETE FROM t WHERE qty > 15',
  logAll,
]);
tr('transition table joined with old and new by key', [
  fn(
    'st',
    "INSERT INTO log(msg) SELECT o.id || ':' || o.qty || '->' || n.qty FROM o JOIN n USING (id) ORDER BY id; RETURN NULL;",
  ),
  'CREATE TRIGGER s AFTER UPDATE ON t REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'UPDATE t SET qty = qty * 10',
  logAll,
]);
tr('new table reflects before trigger changes', [
  fn('bump', 'NEW.qty := NEW.qty + 1000; RETURN NEW;'),
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION bump()',
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('new table omits rows skipped by before trigger', [
  fn('skip', 'IF NEW.id = 4 THEN RETURN NULL; END IF; RETURN NEW;'),
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION skip()',
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  logAll,
]);
tr('transition table in after row trigger sees whole statement', [
  fn('rw', "INSERT INTO log(msg) SELECT NEW.id || ' sees ' || count(*) FROM n; RETURN NULL;"),
  'CREATE TRIGGER r AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH ROW EXECUTE FUNCTION rw()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5), (6, 'f', 6)",
  logAll,
]);
tr('transition table is read only', [
  fn('st', 'DELETE FROM n; RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('transition table name not visible outside trigger', [
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'SELECT * FROM n',
]);
tr('transition table with system column', [
  fn('st', 'INSERT INTO log(msg) SELECT count(ctid) FROM n; RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('transition table used in dynamic sql', [
  fn('st', "EXECUTE 'INSERT INTO log(msg) SELECT count(*)::text FROM n'; RETURN NULL;"),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('transition table used by a sql function called from trigger', [
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::bigint $$',
  fn('st', 'INSERT INTO log(msg) SELECT cnt() + count(*) FROM n; RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  logAll,
]);
tr('two triggers share the same transition data', [
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s1 AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'CREATE TRIGGER s2 AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('transition tables with on conflict do update', [
  fn('ins', `${agg('n')} RETURN NULL;`),
  fn('upd', `${agg('o')} ${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER i AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION ins()',
  'CREATE TRIGGER u AFTER UPDATE ON t REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION upd()',
  "INSERT INTO t VALUES (1, 'x', 0), (7, 'g', 70) ON CONFLICT (id) DO UPDATE SET qty = excluded.qty",
  logAll,
]);
tr('transition tables in writable cte fire per statement', [
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "WITH a AS (INSERT INTO t VALUES (4, 'd', 4) RETURNING id), b AS (INSERT INTO t VALUES (5, 'e', 5) RETURNING id) SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM b)",
  logAll,
]);
tr('transition tables on partitioned table parent', [
  'CREATE TABLE p (id int, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20)',
  fn('st', "INSERT INTO log(msg) SELECT string_agg(id || '@' || k, ',' ORDER BY id) FROM n; RETURN NULL;"),
  'CREATE TRIGGER s AFTER INSERT ON p REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'INSERT INTO p VALUES (1, 5), (2, 15)',
  logAll,
]);
tr('transition table trigger on a partition is refused', [
  'CREATE TABLE p (id int, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10)',
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON p1 REFERENCING NEW TABLE AS n FOR EACH ROW EXECUTE FUNCTION st()',
]);
tr('statement transition trigger on a partition is allowed', [
  'CREATE TABLE p (id int, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10)',
  fn('st', 'INSERT INTO log(msg) SELECT count(*) FROM n; RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON p1 REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'INSERT INTO p1 VALUES (1, 5)',
  logAll,
]);
tr('attaching a partition with transition row trigger is refused', [
  'CREATE TABLE p (id int, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE p3 (id int, k int)',
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON p3 REFERENCING NEW TABLE AS n FOR EACH ROW EXECUTE FUNCTION st()',
  'ALTER TABLE p ATTACH PARTITION p3 FOR VALUES FROM (20) TO (30)',
]);
tr('transition row trigger on inheritance child is refused', [
  'CREATE TABLE par (id int)',
  'CREATE TABLE chi () INHERITS (par)',
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON chi REFERENCING NEW TABLE AS n FOR EACH ROW EXECUTE FUNCTION st()',
]);
tr('transition tables on a view are refused', [
  'CREATE VIEW v AS SELECT * FROM t',
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON v REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
]);
tr('transition table on instead of trigger is refused', [
  'CREATE VIEW v AS SELECT * FROM t',
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s INSTEAD OF INSERT ON v REFERENCING NEW TABLE AS n FOR EACH ROW EXECUTE FUNCTION st()',
]);
tr('new table on delete is refused', [
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER DELETE ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
]);
tr('transition table on truncate is refused', [
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER TRUNCATE ON t REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION st()',
]);
tr('old table named twice is refused', [
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER UPDATE ON t REFERENCING OLD TABLE AS o OLD TABLE AS o2 FOR EACH STATEMENT EXECUTE FUNCTION st()',
]);
tr('old row referencing is refused', [
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER UPDATE ON t REFERENCING OLD ROW AS o FOR EACH ROW EXECUTE FUNCTION st()',
]);
tr('referencing without as keyword', [
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('transition table names same as table', [
  fn('st', 'INSERT INTO log(msg) SELECT count(*) FROM t; RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS t FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('transition table with update of is refused', [
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER UPDATE OF qty ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
]);
tr('transition table on a constraint trigger is refused', [
  fn('st', 'RETURN NULL;'),
  'CREATE CONSTRAINT TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH ROW EXECUTE FUNCTION st()',
]);
tr('transition tables in pg_trigger', [
  fn('st', 'RETURN NULL;'),
  'CREATE TRIGGER s AFTER UPDATE ON t REFERENCING OLD TABLE AS "Old Rows" NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "SELECT tgoldtable, tgnewtable FROM pg_trigger WHERE tgname = 's'",
  "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 's'",
]);
tr('transition table in a non-plpgsql context via sql function is not visible', [
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM n $$',
]);
tr('update with from fires transition once', [
  'CREATE TABLE src (id int, q int)',
  'INSERT INTO src VALUES (1, 100), (2, 200)',
  fn('st', `${agg('n')} RETURN NULL;`),
  'CREATE TRIGGER s AFTER UPDATE ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'UPDATE t SET qty = src.q FROM src WHERE src.id = t.id',
  logAll,
]);
tr('audit example from the docs', [
  'CREATE TABLE audit (op char(1), stamp_seq int, id int, qty int)',
  `CREATE FUNCTION process_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
     IF (TG_OP = 'DELETE') THEN INSERT INTO audit SELECT 'D', 1, o.id, o.qty FROM old_table o;
     ELSIF (TG_OP = 'UPDATE') THEN INSERT INTO audit SELECT 'U', 1, n.id, n.qty FROM new_table n;
     ELSIF (TG_OP = 'INSERT') THEN INSERT INTO audit SELECT 'I', 1, n.id, n.qty FROM new_table n;
     END IF; RETURN NULL; END $$`,
  'CREATE TRIGGER audit_ins AFTER INSERT ON t REFERENCING NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION process_audit()',
  'CREATE TRIGGER audit_upd AFTER UPDATE ON t REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table FOR EACH STATEMENT EXECUTE FUNCTION process_audit()',
  'CREATE TRIGGER audit_del AFTER DELETE ON t REFERENCING OLD TABLE AS old_table FOR EACH STATEMENT EXECUTE FUNCTION process_audit()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'UPDATE t SET qty = qty + 1 WHERE id IN (1, 4)',
  'DELETE FROM t WHERE id = 2',
  'SELECT * FROM audit ORDER BY op, id',
]);
tr('summary table maintained by transition trigger', [
  'CREATE TABLE total (n bigint)',
  'INSERT INTO total SELECT sum(qty) FROM t',
  fn('ins', 'UPDATE total SET n = n + (SELECT coalesce(sum(qty), 0) FROM nt); RETURN NULL;'),
  fn('del', 'UPDATE total SET n = n - (SELECT coalesce(sum(qty), 0) FROM ot); RETURN NULL;'),
  'CREATE TRIGGER i AFTER INSERT ON t REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION ins()',
  'CREATE TRIGGER d AFTER DELETE ON t REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION del()',
  "INSERT INTO t VALUES (4, 'd', 5), (5, 'e', 5)",
  'DELETE FROM t WHERE id <= 2',
  'SELECT n, (SELECT sum(qty) FROM t) AS actual FROM total',
]);

// Constraint triggers.
const C = `${T}
CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log(msg) VALUES (TG_NAME || ' ' || NEW.id || ' sum=' || (SELECT sum(qty) FROM t));
  IF (SELECT sum(qty) FROM t) > 100 THEN RAISE EXCEPTION 'total too big' USING ERRCODE = '23514'; END IF;
  RETURN NULL; END $$;`;
const ct = (name: string, steps: string[]) => list.add(name, steps, C);
ct('deferred constraint trigger sees state at commit', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT OR UPDATE ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 90)",
  'UPDATE t SET qty = 0 WHERE id = 4',
  'SELECT count(*) FROM log',
  'COMMIT',
  logAll,
]);
ct('deferred constraint trigger failure at commit rolls back', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 90)",
  'COMMIT',
  rows,
  'SELECT count(*) FROM log',
]);
ct('initially immediate constraint trigger fires at statement end', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 90)",
  'ROLLBACK',
  rows,
]);
ct('set constraints deferred on initially immediate trigger', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT OR UPDATE ON t DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  'SET CONSTRAINTS c DEFERRED',
  "INSERT INTO t VALUES (4, 'd', 90)",
  'UPDATE t SET qty = 1 WHERE id = 4',
  'COMMIT',
  logAll,
  rows,
]);
ct('set constraints all immediate fires pending deferred trigger', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 1)",
  'SELECT count(*) FROM log',
  'SET CONSTRAINTS ALL IMMEDIATE',
  'SELECT count(*) FROM log',
  'COMMIT',
  logAll,
]);
ct('set constraints immediate raises the pending failure', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 90)",
  'SET CONSTRAINTS c IMMEDIATE',
]);
ct('set constraints deferred on not deferrable trigger is refused', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  'SET CONSTRAINTS c DEFERRED',
]);
ct('set constraints on unknown name', ['BEGIN', 'SET CONSTRAINTS nosuch DEFERRED']);
ct('deferred trigger fires once per row even after later updates', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT OR UPDATE ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 1)",
  'UPDATE t SET qty = 2 WHERE id = 4',
  'UPDATE t SET qty = 3 WHERE id = 4',
  'COMMIT',
  logAll,
]);
ct('deferred trigger outside transaction block fires at statement end', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  "INSERT INTO t VALUES (4, 'd', 90)",
  rows,
]);
ct('deferred trigger discarded on rollback', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 90)",
  'ROLLBACK',
  'SELECT count(*) FROM log',
]);
ct('deferred trigger of rolled back savepoint is discarded', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 1)",
  'SAVEPOINT s',
  "INSERT INTO t VALUES (5, 'e', 90)",
  'ROLLBACK TO SAVEPOINT s',
  'COMMIT',
  logAll,
  rows,
]);
ct('constraint trigger with when clause', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.qty > 5) EXECUTE FUNCTION chk()',
  "INSERT INTO t VALUES (4, 'd', 1), (5, 'e', 6)",
  logAll,
]);
ct('constraint trigger order among deferred by name', [
  'CREATE CONSTRAINT TRIGGER b AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'CREATE CONSTRAINT TRIGGER a AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 1), (5, 'e', 1)",
  'COMMIT',
  logAll,
]);
ct('constraint trigger name conflicts with a constraint', [
  'ALTER TABLE t ADD CONSTRAINT c CHECK (qty >= 0)',
  // The error's detail names the table's OID: only its SQLSTATE is compared.
  "CREATE FUNCTION try() RETURNS text LANGUAGE plpgsql AS $$ BEGIN CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION chk(); RETURN 'made'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$",
  'SELECT try()',
  "SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY 1, 2",
]);
ct('constraint trigger row in pg_constraint', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  "SELECT conname, contype, condeferrable, condeferred FROM pg_constraint WHERE conname = 'c'",
]);
ct('drop constraint trigger with drop trigger', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION chk()',
  'DROP TRIGGER c ON t',
  "SELECT count(*) FROM pg_constraint WHERE conname = 'c'",
]);
ct('drop constraint trigger with alter table drop constraint', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION chk()',
  'ALTER TABLE t DROP CONSTRAINT c',
]);
ct('constraint trigger not deferrable initially deferred is refused', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t NOT DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
]);
ct('constraint trigger initially deferred implies deferrable', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  "SELECT tgdeferrable, tginitdeferred FROM pg_trigger WHERE tgname = 'c'",
]);
ct('constraint trigger on a view is refused', [
  'CREATE VIEW v AS SELECT * FROM t',
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON v FOR EACH ROW EXECUTE FUNCTION chk()',
]);
ct('constraint trigger instead of is refused', [
  'CREATE VIEW v AS SELECT * FROM t',
  'CREATE CONSTRAINT TRIGGER c INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION chk()',
]);
ct('constraint trigger from referenced table', [
  'CREATE TABLE u (id int)',
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t FROM u FOR EACH ROW EXECUTE FUNCTION chk()',
  "SELECT tgconstrrelid::regclass::text FROM pg_trigger WHERE tgname = 'c'",
]);
ct('constraint trigger truncate is refused', [
  'CREATE CONSTRAINT TRIGGER c AFTER TRUNCATE ON t FOR EACH ROW EXECUTE FUNCTION chk()',
]);
ct('constraint trigger on partitioned table', [
  'CREATE TABLE p (id int, qty int) PARTITION BY RANGE (id)',
  'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10)',
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON p DEFERRABLE FOR EACH ROW EXECUTE FUNCTION chk()',
  "SELECT tgrelid::regclass::text, tgdeferrable FROM pg_trigger WHERE tgname = 'c' ORDER BY 1",
]);
ct('deferred trigger error carries its sqlstate at commit', [
  'CREATE CONSTRAINT TRIGGER c AFTER UPDATE ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  'UPDATE t SET qty = 100 WHERE id = 1',
  'COMMIT',
  'SELECT sum(qty) FROM t',
]);
ct('set constraints outside a transaction warns and does nothing', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION chk()',
  'SET CONSTRAINTS c DEFERRED',
  "INSERT INTO t VALUES (4, 'd', 90)",
]);
ct('fk deferred and constraint trigger both deferred', [
  'CREATE TABLE c2 (pid int REFERENCES t DEFERRABLE INITIALLY DEFERRED)',
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  'INSERT INTO c2 VALUES (4)',
  "INSERT INTO t VALUES (4, 'd', 1)",
  'COMMIT',
  'SELECT * FROM c2',
  logAll,
]);
ct('deferred constraint trigger sees OLD and NEW captured at event time', [
  "CREATE FUNCTION cap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES (OLD.qty || '->' || NEW.qty); RETURN NULL; END $$",
  'CREATE CONSTRAINT TRIGGER c AFTER UPDATE ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cap()',
  'BEGIN',
  'UPDATE t SET qty = 11 WHERE id = 1',
  'UPDATE t SET qty = 12 WHERE id = 1',
  'COMMIT',
  logAll,
]);
ct('prepare transaction with deferred triggers fires them first', [
  'CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 90)",
  'COMMIT AND CHAIN',
  'SELECT count(*) FROM t',
  'ROLLBACK',
]);

export default list.cases;
