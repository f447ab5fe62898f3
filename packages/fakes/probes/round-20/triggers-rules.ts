// Round 20 probe, triggers part 5: the rule system as PostgreSQL 15 chapter 41 (41.2 Views and the
// Rule System, 41.3 Materialized Views, 41.4 Rules on INSERT, UPDATE, and DELETE, 41.6 Rules and
// Command Status, 41.7 Rules Versus Triggers) and the CREATE RULE / DROP RULE / ALTER RULE pages
// describe it, with automatically updatable views and WITH CHECK OPTION (CREATE VIEW).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 triggers: rules: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);
CREATE TABLE log (seq serial PRIMARY KEY, op text, id int, qty int);`;
const tr = (name: string, steps: string[], setup = T) => list.add(name, steps, setup);
const rows = 'SELECT * FROM t ORDER BY id';
const logAll = 'SELECT op, id, qty FROM log ORDER BY seq';

// DO ALSO / DO INSTEAD / NOTHING on tables.
tr('do also insert logs every insert', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id, qty) VALUES ('ins', NEW.id, NEW.qty)",
  "INSERT INTO t VALUES (4, 'd', 40), (5, 'e', 50)",
  rows,
  logAll,
]);
tr('rule action without also defaults to also', [
  "CREATE RULE r AS ON INSERT TO t DO INSERT INTO log(op, id, qty) VALUES ('ins', NEW.id, NEW.qty)",
  "INSERT INTO t VALUES (4, 'd', 40)",
  rows,
  logAll,
]);
tr('do instead nothing on insert discards rows', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  "INSERT INTO t VALUES (4, 'd', 40)",
  rows,
]);
tr('do instead nothing on update', [
  'CREATE RULE r AS ON UPDATE TO t DO INSTEAD NOTHING',
  'UPDATE t SET qty = 0',
  rows,
]);
tr('do instead nothing on delete', [
  'CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING',
  'DELETE FROM t',
  rows,
]);
tr('do instead nothing with returning is refused', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  "INSERT INTO t VALUES (4, 'd', 40) RETURNING id",
]);
tr('do instead redirect insert to another table', [
  'CREATE TABLE archive (id int, name text, qty int)',
  'CREATE RULE r AS ON INSERT TO t WHERE NEW.qty < 0 DO INSTEAD INSERT INTO archive VALUES (NEW.id, NEW.name, NEW.qty)',
  "INSERT INTO t VALUES (4, 'd', -4), (5, 'e', 5)",
  rows,
  'SELECT * FROM archive',
]);
tr('conditional do also on update', [
  "CREATE RULE r AS ON UPDATE TO t WHERE NEW.qty <> OLD.qty DO ALSO INSERT INTO log(op, id, qty) VALUES ('chg', OLD.id, NEW.qty - OLD.qty)",
  'UPDATE t SET qty = qty + id - 2',
  logAll,
]);
tr('conditional do instead on update keeps unmatched rows updating', [
  'CREATE RULE r AS ON UPDATE TO t WHERE OLD.id = 1 DO INSTEAD NOTHING',
  'UPDATE t SET qty = 0',
  rows,
]);
tr('do also delete logs old rows', [
  "CREATE RULE r AS ON DELETE TO t DO ALSO INSERT INTO log(op, id, qty) VALUES ('del', OLD.id, OLD.qty)",
  'DELETE FROM t WHERE id >= 2',
  rows,
  logAll,
]);
tr('multiple actions in parentheses', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log(op, id) VALUES ('one', NEW.id); INSERT INTO log(op, id) VALUES ('two', NEW.id))",
  "INSERT INTO t VALUES (4, 'd', 40)",
  logAll,
]);
tr('rule actions run before the original for also on insert?', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id, qty) SELECT 'count', NEW.id, count(*) FROM t",
  "INSERT INTO t VALUES (4, 'd', 40)",
  logAll,
]);
tr('do also on update sees state after update?', [
  "CREATE RULE r AS ON UPDATE TO t DO ALSO INSERT INTO log(op, id, qty) SELECT 'sum', NEW.id, sum(qty) FROM t",
  'UPDATE t SET qty = 0 WHERE id = 1',
  logAll,
]);
tr('do also on delete runs before the delete', [
  "CREATE RULE r AS ON DELETE TO t DO ALSO INSERT INTO log(op, id, qty) SELECT 'cnt', OLD.id, count(*) FROM t",
  'DELETE FROM t WHERE id = 1',
  logAll,
]);
tr('rule with insert select multiplies by rows', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('ins', NEW.id)",
  "INSERT INTO t SELECT g, 'x', g FROM generate_series(4, 6) g",
  logAll,
]);
tr('volatile function in NEW evaluated twice by rule', [
  'CREATE SEQUENCE s',
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('seq', NEW.id)",
  "INSERT INTO t VALUES (nextval('s') + 10, 'x', 0)",
  rows,
  logAll,
]);
tr('command status with do instead reports the instead command', [
  'CREATE TABLE other (id int)',
  'CREATE RULE r AS ON DELETE TO t DO INSTEAD INSERT INTO other VALUES (OLD.id)',
  'DELETE FROM t WHERE id < 3',
  'SELECT * FROM other ORDER BY id',
]);
tr('returning with do instead rule having returning', [
  'CREATE TABLE other (id int, name text)',
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD INSERT INTO other VALUES (NEW.id, NEW.name) RETURNING id, name, NULL::int',
  "INSERT INTO t VALUES (4, 'd', 40) RETURNING *",
  'SELECT * FROM other',
]);
tr('returning with do instead rule lacking returning is refused', [
  'CREATE TABLE other (id int, name text)',
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD INSERT INTO other VALUES (NEW.id, NEW.name)',
  "INSERT INTO t VALUES (4, 'd', 40) RETURNING *",
]);
tr('returning with conditional instead rule is refused', [
  'CREATE TABLE other (id int, name text, qty int)',
  'CREATE RULE r AS ON INSERT TO t WHERE NEW.qty > 0 DO INSTEAD INSERT INTO other VALUES (NEW.id, NEW.name, NEW.qty) RETURNING *',
]);
tr('returning in do also rule is refused', [
  'CREATE TABLE other (id int)',
  'CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO other VALUES (NEW.id) RETURNING *',
]);
tr('returning with wrong column count in rule', [
  'CREATE TABLE other (id int)',
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD INSERT INTO other VALUES (NEW.id) RETURNING id',
]);
tr('insert on conflict into table with rules is refused', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('ins', NEW.id)",
  "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT DO NOTHING",
]);
tr('insert on conflict with instead nothing rule is refused', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET qty = 0",
]);
tr('merge into table with rules is refused', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('ins', NEW.id)",
  "MERGE INTO t USING (VALUES (9)) s(id) ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'm', 0)",
]);
tr('copy into table with rules ignores rules', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'CREATE TABLE src (id int, name text, qty int)',
  "INSERT INTO src VALUES (7, 'g', 7)",
  'INSERT INTO t SELECT * FROM src',
  rows,
]);
tr('with cte data-modifying into table with do instead rule is refused', [
  'CREATE TABLE other (id int)',
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD INSERT INTO other VALUES (NEW.id)',
  "WITH i AS (INSERT INTO t VALUES (4, 'd', 4) RETURNING id) SELECT * FROM i",
]);
tr('with cte into table with do instead nothing rule is allowed?', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  "WITH i AS (INSERT INTO t VALUES (4, 'd', 4)) SELECT 1 AS one",
  rows,
]);
tr('with cte into table with conditional do instead rule is refused', [
  'CREATE TABLE other (id int)',
  'CREATE RULE r AS ON INSERT TO t WHERE NEW.id > 3 DO INSTEAD INSERT INTO other VALUES (NEW.id)',
  "WITH i AS (INSERT INTO t VALUES (4, 'd', 4)) SELECT 1 AS one",
]);
tr('with cte into table with do also rule is refused', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('ins', NEW.id)",
  "WITH i AS (INSERT INTO t VALUES (4, 'd', 4)) SELECT 1 AS one",
]);
tr('rule and trigger both fire', [
  "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(op, id) VALUES ('trg', NEW.id); RETURN NEW; END $$",
  'CREATE TRIGGER tg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION tg()',
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('rule', NEW.id)",
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('do instead nothing rule suppresses triggers too', [
  "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(op, id) VALUES ('trg', NEW.id); RETURN NEW; END $$",
  'CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tg()',
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('rule recursion is detected', [
  'CREATE TABLE a (id int)',
  'CREATE TABLE b (id int)',
  'CREATE RULE ra AS ON INSERT TO a DO INSTEAD INSERT INTO b VALUES (NEW.id)',
  'CREATE RULE rb AS ON INSERT TO b DO INSTEAD INSERT INTO a VALUES (NEW.id)',
  'INSERT INTO a VALUES (1)',
]);
tr('rule on own table also insert is infinite recursion', [
  'CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO t VALUES (NEW.id + 100, NEW.name, NEW.qty)',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('rule referencing NEW in delete rule is refused', [
  "CREATE RULE r AS ON DELETE TO t DO ALSO INSERT INTO log(op, id) VALUES ('x', NEW.id)",
]);
tr('rule referencing OLD in insert rule is refused', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('x', OLD.id)",
]);
tr('rule where referencing other table is refused?', [
  'CREATE TABLE flags (on_ boolean)',
  'CREATE RULE r AS ON INSERT TO t WHERE (SELECT true) DO INSTEAD NOTHING',
]);
tr('rule where with aggregate is refused', [
  'CREATE RULE r AS ON INSERT TO t WHERE count(*) > 1 DO INSTEAD NOTHING',
]);
tr('rule on select for a table must be named _RETURN', [
  'CREATE RULE r AS ON SELECT TO t DO INSTEAD SELECT * FROM t',
]);
tr('rule on select to convert table to view', [
  'CREATE TABLE e (id int, name text, qty int)',
  'CREATE RULE "_RETURN" AS ON SELECT TO e DO INSTEAD SELECT * FROM t',
]);
tr('rule on select also is refused', [
  'CREATE TABLE e (id int)',
  'CREATE RULE "_RETURN" AS ON SELECT TO e DO ALSO SELECT 1',
]);
tr('rule on select with where is refused', [
  'CREATE TABLE e (id int)',
  'CREATE RULE "_RETURN" AS ON SELECT TO e WHERE true DO INSTEAD SELECT 1 AS id',
]);
tr('duplicate rule name', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'CREATE RULE r AS ON UPDATE TO t DO INSTEAD NOTHING',
]);
tr('create or replace rule replaces', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  "CREATE OR REPLACE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('ins', NEW.id)",
  "INSERT INTO t VALUES (4, 'd', 4)",
  rows,
  logAll,
]);
tr('create or replace rule changing event', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'CREATE OR REPLACE RULE r AS ON DELETE TO t DO INSTEAD NOTHING',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'DELETE FROM t',
  rows,
]);
tr('rules fire in name order', [
  "CREATE RULE zz AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('zz', NEW.id)",
  "CREATE RULE aa AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('aa', NEW.id)",
  "CREATE RULE mm AS ON INSERT TO t DO ALSO INSERT INTO log(op, id) VALUES ('mm', NEW.id)",
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('drop rule', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'DROP RULE r ON t',
  "INSERT INTO t VALUES (4, 'd', 4)",
  rows,
]);
tr('drop rule missing', ['DROP RULE nosuch ON t']);
tr('drop rule if exists missing', ['DROP RULE IF EXISTS nosuch ON t']);
tr('drop rule if exists on missing table', ['DROP RULE IF EXISTS nosuch ON nosuch']);
tr('drop rule without on', ['CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING', 'DROP RULE r']);
tr('drop view _RETURN rule is refused', ['CREATE VIEW v AS SELECT * FROM t', 'DROP RULE "_RETURN" ON v']);
tr('alter rule rename', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'ALTER RULE r ON t RENAME TO r2',
  "SELECT rulename FROM pg_rules WHERE tablename = 't'",
]);
tr('alter rule rename to existing', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'CREATE RULE r2 AS ON DELETE TO t DO INSTEAD NOTHING',
  'ALTER RULE r ON t RENAME TO r2',
]);
tr('alter rule rename _RETURN is refused', [
  'CREATE VIEW v AS SELECT * FROM t',
  'ALTER RULE "_RETURN" ON v RENAME TO x',
]);
tr('rename a rule to _RETURN is refused', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'ALTER RULE r ON t RENAME TO "_RETURN"',
]);
tr('disable rule and enable', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'ALTER TABLE t DISABLE RULE r',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'ALTER TABLE t ENABLE RULE r',
  "INSERT INTO t VALUES (5, 'e', 5)",
  rows,
  "SELECT rulename, ev_enabled FROM pg_rewrite WHERE ev_class = 't'::regclass",
]);
tr('enable replica and always rule letters', [
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'CREATE RULE s AS ON UPDATE TO t DO INSTEAD NOTHING',
  'ALTER TABLE t ENABLE REPLICA RULE r',
  'ALTER TABLE t ENABLE ALWAYS RULE s',
  "SELECT rulename, ev_enabled FROM pg_rewrite WHERE ev_class = 't'::regclass ORDER BY 1",
  "INSERT INTO t VALUES (4, 'd', 4)",
  rows,
]);
tr('disable missing rule', ['ALTER TABLE t DISABLE RULE nosuch']);
tr('pg_rules definition', [
  "CREATE RULE r AS ON UPDATE TO t WHERE NEW.qty < 0 DO INSTEAD INSERT INTO log(op, id, qty) VALUES ('neg', OLD.id, NEW.qty)",
  "SELECT schemaname, tablename, rulename, definition FROM pg_rules WHERE tablename = 't'",
]);
tr('pg_get_ruledef pretty', [
  "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log(op, id) VALUES ('a', NEW.id); DELETE FROM log WHERE id < 0)",
  "SELECT pg_get_ruledef(oid, true) FROM pg_rewrite WHERE rulename = 'r'",
]);
tr('pg_get_ruledef of instead nothing', [
  'CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING',
  "SELECT pg_get_ruledef(oid) FROM pg_rewrite WHERE rulename = 'r'",
]);
tr('pg_rewrite columns', [
  'CREATE RULE r AS ON DELETE TO t WHERE OLD.id > 1 DO INSTEAD NOTHING',
  "SELECT rulename, ev_type, ev_enabled, is_instead FROM pg_rewrite WHERE ev_class = 't'::regclass",
]);
tr('pg_rules excludes view _RETURN rules', [
  'CREATE VIEW v AS SELECT * FROM t',
  "SELECT count(*) FROM pg_rules WHERE tablename = 'v'",
  "SELECT count(*) FROM pg_rewrite WHERE ev_class = 'v'::regclass",
]);
tr('relhasrules flag', [
  "SELECT relhasrules FROM pg_class WHERE relname = 't'",
  'CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING',
  "SELECT relhasrules FROM pg_class WHERE relname = 't'",
]);
tr('comment on rule', [
  'CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING',
  "COMMENT ON RULE r ON t IS 'keep rows'",
  "SELECT obj_description(oid, 'pg_rewrite') FROM pg_rewrite WHERE rulename = 'r'",
]);
tr('rule on partitioned table is refused?', [
  'CREATE TABLE p (id int) PARTITION BY LIST (id)',
  'CREATE RULE r AS ON INSERT TO p DO INSTEAD NOTHING',
]);
tr('rule on a sequence is refused', [
  'CREATE SEQUENCE sq',
  'CREATE RULE r AS ON INSERT TO sq DO INSTEAD NOTHING',
]);
tr('rule on a system catalog is refused', ['CREATE RULE r AS ON INSERT TO pg_class DO INSTEAD NOTHING']);
tr('rule on a materialized view is refused', [
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM t',
  'CREATE RULE r AS ON INSERT TO mv DO INSTEAD NOTHING',
]);
tr('drop table with rule referencing it', [
  'CREATE TABLE other (id int)',
  'CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO other VALUES (NEW.id)',
  'DROP TABLE other',
]);
tr('drop table cascade drops dependent rule', [
  'CREATE TABLE other (id int)',
  'CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO other VALUES (NEW.id)',
  'DROP TABLE other CASCADE',
  "SELECT count(*) FROM pg_rules WHERE tablename = 't'",
]);
tr('rule notify action', [
  'CREATE RULE r AS ON INSERT TO t DO ALSO NOTIFY t_changed',
  "INSERT INTO t VALUES (4, 'd', 4)",
  "SELECT pg_get_ruledef(oid) FROM pg_rewrite WHERE rulename = 'r'",
]);
tr('rule with a select action', [
  'CREATE RULE r AS ON DELETE TO t DO ALSO SELECT OLD.id AS gone',
  'DELETE FROM t WHERE id = 1',
]);
tr('rule on update with update of another table using NEW and OLD', [
  'CREATE TABLE shadow (id int PRIMARY KEY, qty int)',
  'INSERT INTO shadow SELECT id, qty FROM t',
  'CREATE RULE r AS ON UPDATE TO t DO ALSO UPDATE shadow SET qty = NEW.qty WHERE shadow.id = OLD.id',
  'UPDATE t SET qty = qty * 3 WHERE id <> 2',
  'SELECT * FROM shadow ORDER BY id',
]);
tr('rule qualified on update shows rows affected by original', [
  "CREATE RULE r AS ON UPDATE TO t WHERE OLD.qty > 15 DO ALSO INSERT INTO log(op, id, qty) VALUES ('big', OLD.id, OLD.qty)",
  'UPDATE t SET qty = 0 WHERE id > 1',
  logAll,
  rows,
]);
tr('create rule in transaction rolled back', [
  'BEGIN',
  'CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING',
  'ROLLBACK',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT count(*) FROM t',
]);

// Rules on views.
const V = `${T}
CREATE VIEW v AS SELECT id, name, qty FROM t WHERE qty > 0;
CREATE VIEW agg AS SELECT name, sum(qty) AS total FROM t GROUP BY name;`;
const vr = (name: string, steps: string[]) => list.add(name, steps, V);
vr('instead rule makes aggregate view insertable', [
  'CREATE RULE vi AS ON INSERT TO agg DO INSTEAD INSERT INTO t VALUES ((SELECT max(id) + 1 FROM t), NEW.name, NEW.total)',
  "INSERT INTO agg VALUES ('z', 99)",
  'SELECT * FROM agg ORDER BY name',
]);
vr('instead rule update on view', [
  'CREATE RULE vu AS ON UPDATE TO agg DO INSTEAD UPDATE t SET name = NEW.name WHERE name = OLD.name',
  "UPDATE agg SET name = 'bb' WHERE name = 'b'",
  rows,
]);
vr('instead rule delete on view', [
  'CREATE RULE vd AS ON DELETE TO agg DO INSTEAD DELETE FROM t WHERE name = OLD.name',
  'DELETE FROM agg WHERE total > 15',
  rows,
]);
vr('conditional instead rule on non-updatable view is refused at use', [
  'CREATE RULE vi AS ON INSERT TO agg WHERE NEW.total > 0 DO INSTEAD INSERT INTO t VALUES (99, NEW.name, NEW.total)',
  "INSERT INTO agg VALUES ('z', 1)",
]);
vr('do also rule on auto-updatable view runs with the view update', [
  "CREATE RULE va AS ON INSERT TO v DO ALSO INSERT INTO log(op, id) VALUES ('view', NEW.id)",
  "INSERT INTO v VALUES (4, 'd', 4)",
  rows,
  logAll,
]);
vr('instead nothing rule on auto-updatable view', [
  'CREATE RULE vn AS ON DELETE TO v DO INSTEAD NOTHING',
  'DELETE FROM v',
  rows,
]);
vr('conditional instead rule on auto-updatable view still updates others', [
  'CREATE RULE vc AS ON UPDATE TO v WHERE OLD.id = 1 DO INSTEAD NOTHING',
  'UPDATE v SET qty = qty + 1',
  rows,
]);
vr('view with unconditional instead rule and instead of trigger', [
  'CREATE RULE vn AS ON INSERT TO v DO INSTEAD NOTHING',
  "CREATE FUNCTION vt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(op, id) VALUES ('trg', NEW.id); RETURN NEW; END $$",
  'CREATE TRIGGER vt INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vt()',
  "INSERT INTO v VALUES (4, 'd', 4)",
  logAll,
]);
vr('view _RETURN rule in pg_rewrite', [
  "SELECT rulename, ev_type, is_instead FROM pg_rewrite WHERE ev_class = 'v'::regclass",
]);
vr('create or replace view keeps rules', [
  'CREATE RULE vn AS ON DELETE TO v DO INSTEAD NOTHING',
  'CREATE OR REPLACE VIEW v AS SELECT id, name, qty FROM t WHERE qty > 5',
  "SELECT rulename FROM pg_rules WHERE tablename = 'v'",
]);

// Automatically updatable views and WITH CHECK OPTION.
const W = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);`;
const wv = (name: string, steps: string[]) => list.add(name, steps, W);
wv('insert through simple view', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  "INSERT INTO v VALUES (4, 'd') RETURNING *",
  rows,
]);
wv('insert through view with reordered columns', [
  'CREATE VIEW v AS SELECT qty, id FROM t',
  'INSERT INTO v VALUES (40, 4) RETURNING *',
  rows,
]);
wv('update through view with where hides rows', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15',
  'UPDATE v SET qty = qty + 1 RETURNING *',
  rows,
]);
wv('update through view can move row out of view without check', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15',
  'UPDATE v SET qty = 0 WHERE id = 2',
  'SELECT * FROM v ORDER BY id',
  rows,
]);
wv('insert invisible row through view without check', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15',
  "INSERT INTO v VALUES (4, 'd', 1)",
  'SELECT count(*) FROM v',
  rows,
]);
wv('local check option rejects insert', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH LOCAL CHECK OPTION',
  "INSERT INTO v VALUES (4, 'd', 1)",
]);
wv('cascaded check option rejects update', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CASCADED CHECK OPTION',
  'UPDATE v SET qty = 0 WHERE id = 2',
]);
wv('check option defaults to cascaded', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  "SELECT check_option FROM information_schema.views WHERE table_name = 'v'",
  "SELECT reloptions FROM pg_class WHERE relname = 'v'",
]);
wv('check option allows row that stays visible', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  "INSERT INTO v VALUES (4, 'd', 16) RETURNING *",
  'UPDATE v SET qty = 100 WHERE id = 3 RETURNING *',
]);
wv('check option with null condition rejects', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  "INSERT INTO v VALUES (4, 'd', NULL)",
]);
wv('local check on outer view does not check inner view', [
  'CREATE VIEW inner_v AS SELECT * FROM t WHERE qty > 15',
  'CREATE VIEW outer_v AS SELECT * FROM inner_v WHERE qty < 100 WITH LOCAL CHECK OPTION',
  "INSERT INTO outer_v VALUES (4, 'd', 1)",
  rows,
]);
wv('cascaded check on outer view checks inner view', [
  'CREATE VIEW inner_v AS SELECT * FROM t WHERE qty > 15',
  'CREATE VIEW outer_v AS SELECT * FROM inner_v WHERE qty < 100 WITH CASCADED CHECK OPTION',
  "INSERT INTO outer_v VALUES (4, 'd', 1)",
]);
wv('local check on outer view over checked inner view', [
  'CREATE VIEW inner_v AS SELECT * FROM t WHERE qty > 15 WITH LOCAL CHECK OPTION',
  'CREATE VIEW outer_v AS SELECT * FROM inner_v WHERE qty < 100 WITH LOCAL CHECK OPTION',
  "INSERT INTO outer_v VALUES (4, 'd', 1)",
]);
wv('no check on outer view over checked inner view', [
  'CREATE VIEW inner_v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  'CREATE VIEW outer_v AS SELECT * FROM inner_v WHERE qty < 100',
  "INSERT INTO outer_v VALUES (4, 'd', 1)",
]);
wv('outer view condition not checked through inner check', [
  'CREATE VIEW inner_v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  'CREATE VIEW outer_v AS SELECT * FROM inner_v WHERE qty < 100',
  "INSERT INTO outer_v VALUES (4, 'd', 500)",
  rows,
]);
wv('check option on non-updatable view is refused', [
  'CREATE VIEW v AS SELECT DISTINCT name FROM t WITH CHECK OPTION',
]);
wv('check option on view with instead of trigger is not checked', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  'CREATE FUNCTION vt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (NEW.id, NEW.name, NEW.qty); RETURN NEW; END $$',
  'CREATE TRIGGER vt INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vt()',
  "INSERT INTO v VALUES (4, 'd', 1)",
  rows,
]);
wv('check option on view with rules is refused at use?', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  'CREATE RULE r AS ON INSERT TO v DO INSTEAD INSERT INTO t VALUES (NEW.id, NEW.name, NEW.qty)',
  "INSERT INTO v VALUES (4, 'd', 1)",
  rows,
]);
wv('alter view set check_option', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15',
  'ALTER VIEW v SET (check_option = local)',
  "INSERT INTO v VALUES (4, 'd', 1)",
]);
wv('alter view set bad check_option', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15',
  'ALTER VIEW v SET (check_option = sometimes)',
]);
wv('alter view reset check_option', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  'ALTER VIEW v RESET (check_option)',
  "INSERT INTO v VALUES (4, 'd', 1)",
  rows,
]);
wv('check option with on conflict update rejects', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 15 WITH CHECK OPTION',
  "INSERT INTO v VALUES (2, 'b', 20) ON CONFLICT (id) DO UPDATE SET qty = 1",
]);
wv('on conflict through auto-updatable view', [
  'CREATE VIEW v AS SELECT * FROM t',
  "INSERT INTO v VALUES (2, 'x', 0) ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING *",
  rows,
]);
wv('insert into view column that is an expression is refused', [
  'CREATE VIEW v AS SELECT id, upper(name) AS uname FROM t',
  "INSERT INTO v (id, uname) VALUES (4, 'D')",
]);
wv('insert into view updatable columns only', [
  'CREATE VIEW v AS SELECT id, upper(name) AS uname FROM t',
  'INSERT INTO v (id) VALUES (4) RETURNING *',
  rows,
]);
wv('update of non-updatable view column', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl FROM t',
  'UPDATE v SET dbl = 0',
]);
wv('delete from view with expression column is allowed', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl FROM t',
  'DELETE FROM v WHERE dbl > 30 RETURNING *',
  rows,
]);
for (const [kind, sql] of [
  ['distinct', 'SELECT DISTINCT id, name FROM t'],
  ['group by', 'SELECT name, count(*) AS n FROM t GROUP BY name'],
  ['join', 'SELECT t.id, u.id AS uid FROM t JOIN t u USING (id)'],
  ['union', 'SELECT id FROM t UNION ALL SELECT id FROM t'],
  ['limit', 'SELECT * FROM t LIMIT 2'],
  ['window', 'SELECT id, row_number() OVER () AS rn FROM t'],
  ['with', 'WITH w AS (SELECT * FROM t) SELECT * FROM w'],
  ['values', 'VALUES (1)'],
  ['set returning', 'SELECT id, generate_series(1, 2) AS g FROM t'],
  ['subquery in from', 'SELECT * FROM (SELECT * FROM t) s'],
]) {
  wv(`view with ${kind} is not auto-updatable`, [`CREATE VIEW v AS ${sql}`, 'DELETE FROM v']);
  wv(`is_updatable for view with ${kind}`, [
    `CREATE VIEW v AS ${sql}`,
    "SELECT is_updatable, is_insertable_into FROM information_schema.views WHERE table_name = 'v'",
    "SELECT pg_relation_is_updatable('v'::regclass, false)",
  ]);
}
wv('information_schema columns is_updatable', [
  'CREATE VIEW v AS SELECT id, upper(name) AS uname, qty FROM t',
  "SELECT column_name, is_updatable FROM information_schema.columns WHERE table_name = 'v' ORDER BY ordinal_position",
]);
wv('view with security_barrier is updatable', [
  'CREATE VIEW v WITH (security_barrier) AS SELECT * FROM t WHERE qty > 15',
  'UPDATE v SET qty = qty + 1 RETURNING id, qty',
]);
wv('view default value on insert', [
  'CREATE VIEW v AS SELECT id, name, qty FROM t',
  'ALTER VIEW v ALTER COLUMN qty SET DEFAULT 77',
  "INSERT INTO v (id, name) VALUES (4, 'd') RETURNING *",
  rows,
]);
wv('view over view insert', [
  'CREATE VIEW v1 AS SELECT id, name FROM t',
  'CREATE VIEW v2 AS SELECT name, id FROM v1 WHERE id > 0',
  "INSERT INTO v2 VALUES ('n', 9) RETURNING *",
  rows,
]);
wv('security invoker view pg15', [
  'CREATE VIEW v WITH (security_invoker = true) AS SELECT * FROM t',
  "SELECT reloptions FROM pg_class WHERE relname = 'v'",
  'SELECT count(*) FROM v',
]);
wv('materialized view is not updatable', [
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM t',
  'DELETE FROM mv',
]);
wv('refresh materialized view after change', [
  'CREATE MATERIALIZED VIEW mv AS SELECT sum(qty) AS total FROM t',
  "INSERT INTO t VALUES (4, 'd', 40)",
  'SELECT * FROM mv',
  'REFRESH MATERIALIZED VIEW mv',
  'SELECT * FROM mv',
]);
wv('materialized view with no data is unscannable', [
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM t WITH NO DATA',
  'SELECT * FROM mv',
]);
wv('refresh concurrently needs unique index', [
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM t',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
]);

export default list.cases;
