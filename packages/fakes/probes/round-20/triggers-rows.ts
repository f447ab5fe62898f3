// Round 20 probe, triggers part 1: row and statement triggers as PostgreSQL 15 chapter 39 (39.1
// Overview of Trigger Behavior, 39.2 Visibility of Data Changes, 43.10 PL/pgSQL trigger functions)
// describes them: BEFORE/AFTER, ROW/STATEMENT, changing NEW, returning NULL to skip a row, TG_*
// variables, UPDATE OF column lists, ON CONFLICT, partitioned tables, INSTEAD OF on views.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 triggers: rows: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);
CREATE TABLE log (seq serial PRIMARY KEY, msg text);`;
const tr = (name: string, steps: string[], setup = T) => list.add(name, steps, setup);
const fn = (name: string, body: string, decl = '') =>
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ ${decl ? `DECLARE ${decl} ` : ''}BEGIN ${body} END $$`;
const logAll = 'SELECT msg FROM log ORDER BY seq';
const rows = 'SELECT * FROM t ORDER BY id';

// TG_* variables, one per case so a wrong one stands out.
for (const [v, when, level, op, stmt] of [
  ['TG_NAME', 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['TG_WHEN', 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['TG_WHEN', 'AFTER', 'ROW', 'UPDATE', 'UPDATE t SET qty = 1 WHERE id = 1'],
  ['TG_LEVEL', 'AFTER', 'STATEMENT', 'DELETE', 'DELETE FROM t WHERE id = 3'],
  ['TG_LEVEL', 'BEFORE', 'ROW', 'DELETE', 'DELETE FROM t WHERE id = 3'],
  ['TG_OP', 'BEFORE', 'ROW', 'UPDATE', 'UPDATE t SET qty = 1 WHERE id = 1'],
  ['TG_OP', 'AFTER', 'STATEMENT', 'TRUNCATE', 'TRUNCATE t'],
  ['TG_TABLE_NAME', 'AFTER', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['TG_TABLE_SCHEMA', 'AFTER', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['TG_RELNAME', 'AFTER', 'STATEMENT', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['TG_NARGS::text', 'AFTER', 'STATEMENT', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ["(TG_RELID = 't'::regclass)::text", 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['pg_typeof(TG_NAME)::text', 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['pg_typeof(TG_ARGV)::text', 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['pg_typeof(TG_OP)::text', 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['pg_typeof(TG_NARGS)::text', 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ['pg_typeof(TG_RELID)::text', 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
  ["coalesce(TG_ARGV[0], 'none')", 'BEFORE', 'ROW', 'INSERT', "INSERT INTO t VALUES (4, 'd', 4)"],
] as const) {
  const ret = op === 'DELETE' ? 'RETURN OLD;' : 'RETURN NEW;';
  const each = level === 'ROW' ? 'FOR EACH ROW' : 'FOR EACH STATEMENT';
  tr(`${v} in ${when} ${level} ${op}`, [
    fn('lg', `INSERT INTO log(msg) VALUES (${v}); ${ret}`),
    `CREATE TRIGGER trg_${when.toLowerCase()} ${when} ${op} ON t ${each} EXECUTE FUNCTION lg()`,
    stmt,
    logAll,
  ]);
}

// TG_ARGV forms.
for (const [args, expr] of [
  ["'x', 'y'", "TG_NARGS || ':' || TG_ARGV[0] || ',' || TG_ARGV[1]"],
  ['42, 3.5', "TG_ARGV[0] || '|' || TG_ARGV[1]"],
  ['hello, "World"', "TG_ARGV[0] || '|' || TG_ARGV[1]"],
  ["'a b', ''", "'[' || TG_ARGV[0] || '][' || TG_ARGV[1] || ']'"],
  ["'x'", "coalesce(TG_ARGV[1], 'null') || coalesce(TG_ARGV[-1], 'null')"],
  ["'1', '2', '3'", 'array_length(TG_ARGV, 1)::text'],
  ['', "coalesce(array_length(TG_ARGV, 1)::text, 'null')"],
  ['-1', 'TG_ARGV[0]'],
  ['NULL', "coalesce(TG_ARGV[0], 'sqlnull')"],
  ['true', 'TG_ARGV[0]'],
  ["E'q\\\\n'", 'TG_ARGV[0]'],
  ["'it''s'", 'TG_ARGV[0]'],
] as const) {
  tr(`tg_argv (${args})`, [
    fn('lg', `INSERT INTO log(msg) VALUES (${expr}); RETURN NEW;`),
    `CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg(${args})`,
    "INSERT INTO t VALUES (4, 'd', 4)",
    logAll,
  ]);
}

tr('tg_argv with expression argument is a syntax error', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg(1 + 2)',
]);
tr('tg_argv from pg_trigger tgargs', [
  fn('lg', 'RETURN NEW;'),
  "CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg('x', 42)",
  "SELECT tgnargs, encode(tgargs, 'escape') AS args FROM pg_trigger WHERE tgname = 'a'",
]);

// Modifying NEW.
tr('before insert sets a column the statement omitted', [
  fn('fill', "NEW.name := coalesce(NEW.name, 'anon'); RETURN NEW;"),
  'CREATE TRIGGER f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION fill()',
  'INSERT INTO t (id) VALUES (4) RETURNING *',
]);
tr('before insert sees the column default', [
  fn('show', "INSERT INTO log(msg) VALUES ('qty=' || coalesce(NEW.qty::text, 'null')); RETURN NEW;"),
  'CREATE TRIGGER s BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION show()',
  'INSERT INTO t (id) VALUES (4)',
  'INSERT INTO t (id, qty) VALUES (5, DEFAULT)',
  'INSERT INTO t (id, qty) VALUES (6, NULL)',
  logAll,
]);
tr('before insert sees serial value already drawn', [
  fn('show', 'INSERT INTO t VALUES (100 + NEW.seq, NEW.msg, NEW.seq); RETURN NEW;'),
  'CREATE TRIGGER s BEFORE INSERT ON log FOR EACH ROW EXECUTE FUNCTION show()',
  "INSERT INTO log(msg) VALUES ('x'), ('y') RETURNING seq, msg",
  rows,
]);
tr('before insert modifying a generated column is ignored', [
  'CREATE TABLE g (id int, a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  fn('gen', 'NEW.b := 999; NEW.a := NEW.a + 1; RETURN NEW;'),
  'CREATE TRIGGER g BEFORE INSERT ON g FOR EACH ROW EXECUTE FUNCTION gen()',
  'INSERT INTO g (id, a) VALUES (1, 10) RETURNING *',
]);
tr('before trigger sees generated column as null', [
  'CREATE TABLE g (id int, a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'CREATE TABLE glog (v text)',
  fn('gen', "INSERT INTO glog VALUES (coalesce(NEW.b::text, 'null')); RETURN NEW;"),
  'CREATE TRIGGER g BEFORE INSERT ON g FOR EACH ROW EXECUTE FUNCTION gen()',
  'INSERT INTO g (id, a) VALUES (1, 10)',
  'SELECT v FROM glog',
]);
tr('after trigger sees generated column computed', [
  'CREATE TABLE g (id int, a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'CREATE TABLE glog (v text)',
  fn('gen', "INSERT INTO glog VALUES (coalesce(NEW.b::text, 'null')); RETURN NULL;"),
  'CREATE TRIGGER g AFTER INSERT ON g FOR EACH ROW EXECUTE FUNCTION gen()',
  'INSERT INTO g (id, a) VALUES (1, 10)',
  'SELECT v FROM glog',
]);
tr('before update can change a column not in SET', [
  fn('stamp', "NEW.name := NEW.name || '!'; RETURN NEW;"),
  'CREATE TRIGGER s BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION stamp()',
  'UPDATE t SET qty = qty + 1 WHERE id IN (1, 3) RETURNING id, name, qty',
  rows,
]);
tr('before update returning OLD keeps the row unchanged', [
  fn('keep', 'RETURN OLD;'),
  'CREATE TRIGGER k BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION keep()',
  'UPDATE t SET qty = 0 RETURNING id, qty',
  rows,
]);
tr('before update returning OLD counts rows as updated', [
  fn('keep', 'RETURN OLD;'),
  'CREATE TRIGGER k BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION keep()',
  'WITH u AS (UPDATE t SET qty = 0 RETURNING 1) SELECT count(*) FROM u',
]);
tr('before delete returning NEW (null) skips delete', [
  fn('bad', 'RETURN NEW;'),
  'CREATE TRIGGER k BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION bad()',
  'DELETE FROM t WHERE id = 1 RETURNING id',
  rows,
]);
tr('before delete returning a different row still deletes', [
  fn('oth', 'OLD.id := 99; RETURN OLD;'),
  'CREATE TRIGGER k BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION oth()',
  'DELETE FROM t WHERE id = 1 RETURNING id',
  rows,
]);
tr('before insert returning OLD (null) skips every row', [
  fn('nul', 'RETURN OLD;'),
  'CREATE TRIGGER k BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nul()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5) RETURNING id",
  'SELECT count(*) FROM t',
]);
tr('skipped rows leave the command tag count lower', [
  fn('even', 'IF NEW.id % 2 = 0 THEN RETURN NULL; END IF; RETURN NEW;'),
  'CREATE TRIGGER e BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION even()',
  "WITH i AS (INSERT INTO t SELECT g, 'x', g FROM generate_series(10, 15) g RETURNING id) SELECT array_agg(id ORDER BY id) FROM i",
  'SELECT count(*) FROM t',
]);
tr('before trigger building a new row with ROW()', [
  fn('mk', "NEW := ROW(NEW.id, 'made', 0); RETURN NEW;"),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING *",
]);
tr('before trigger returning a record variable of the table type', [
  fn('mk', "r.id := NEW.id; r.name := 'rec'; r.qty := 1; RETURN r;", 'r t;'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING *",
]);
tr('before trigger returning a row with too few columns', [
  fn('mk', 'RETURN ROW(NEW.id);'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('before trigger returning a scalar is an error', [
  fn('mk', 'RETURN 1;'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('before trigger falling off the end without RETURN', [
  `CREATE FUNCTION mk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.qty := 0; END $$`,
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('before trigger assigning text to int column coerces', [
  fn('mk', "NEW.qty := '12'; RETURN NEW;"),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING qty",
]);
tr('before trigger assigning bad text to int column', [
  fn('mk', "NEW.qty := 'many'; RETURN NEW;"),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('before trigger assigning null to primary key column', [
  fn('mk', 'NEW.id := NULL; RETURN NEW;'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('before trigger producing a duplicate key', [
  fn('mk', 'NEW.id := 1; RETURN NEW;'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('check constraint is checked after before trigger', [
  'ALTER TABLE t ADD CONSTRAINT pos CHECK (qty > 0)',
  fn('mk', 'NEW.qty := abs(NEW.qty); RETURN NEW;'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', -4) RETURNING qty",
]);
tr('check violation from value set in before trigger', [
  'ALTER TABLE t ADD CONSTRAINT pos CHECK (qty > 0)',
  fn('mk', 'NEW.qty := -1; RETURN NEW;'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('varchar length checked after before trigger', [
  'CREATE TABLE v (s varchar(3))',
  fn('mk', "NEW.s := NEW.s || 'xyz'; RETURN NEW;"),
  'CREATE TRIGGER m BEFORE INSERT ON v FOR EACH ROW EXECUTE FUNCTION mk()',
  "INSERT INTO v VALUES ('a')",
]);

// Visibility (39.2).
tr('before row trigger does not see the row being inserted', [
  fn('cnt', 'INSERT INTO log(msg) VALUES ((SELECT count(*) FROM t)::text); RETURN NEW;'),
  'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION cnt()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  logAll,
]);
tr('after row trigger sees all rows of the statement', [
  fn('cnt', 'INSERT INTO log(msg) VALUES ((SELECT count(*) FROM t)::text); RETURN NULL;'),
  'CREATE TRIGGER c AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION cnt()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  logAll,
]);
tr('before statement trigger sees no changes', [
  fn('cnt', 'INSERT INTO log(msg) VALUES ((SELECT sum(qty) FROM t)::text); RETURN NULL;'),
  'CREATE TRIGGER c BEFORE UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION cnt()',
  'UPDATE t SET qty = 0',
  logAll,
]);
tr('after statement trigger sees all changes', [
  fn('cnt', 'INSERT INTO log(msg) VALUES ((SELECT sum(qty) FROM t)::text); RETURN NULL;'),
  'CREATE TRIGGER c AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION cnt()',
  'UPDATE t SET qty = 1',
  logAll,
]);
tr('before row trigger sees rows earlier in the same statement', [
  fn(
    'cnt',
    "INSERT INTO log(msg) VALUES (NEW.id || ':' || (SELECT count(*) FROM t WHERE id > 3)); RETURN NEW;",
  ),
  'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION cnt()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5), (6, 'f', 6)",
  logAll,
]);
tr('stable function in trigger sees snapshot of statement start', [
  'CREATE FUNCTION total() RETURNS bigint STABLE LANGUAGE sql AS $$ SELECT count(*) FROM t $$',
  fn('cnt', 'INSERT INTO log(msg) VALUES (total()::text); RETURN NULL;'),
  'CREATE TRIGGER c AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION cnt()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  logAll,
]);

// Statement-level specifics.
tr('statement trigger fires once for multi-row insert', [
  fn('st', 'INSERT INTO log(msg) VALUES (TG_OP); RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t SELECT g, 'x', g FROM generate_series(4, 9) g",
  logAll,
]);
tr('before statement trigger for delete fires with no matching rows', [
  fn('st', 'INSERT INTO log(msg) VALUES (TG_WHEN || TG_OP); RETURN NULL;'),
  'CREATE TRIGGER s BEFORE DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'DELETE FROM t WHERE id > 100',
  logAll,
]);
tr('statement trigger NEW and OLD are null', [
  fn('st', 'INSERT INTO log(msg) VALUES ((NEW IS NULL)::text || (OLD IS NULL)::text); RETURN NULL;'),
  'CREATE TRIGGER s AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'UPDATE t SET qty = 0',
  logAll,
]);
tr('statement trigger return value is ignored', [
  fn('st', 'RETURN NEW;'),
  'CREATE TRIGGER s BEFORE INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION st()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
]);
tr('before statement trigger raising prevents the statement', [
  fn('st', "RAISE EXCEPTION 'read only table %', TG_TABLE_NAME USING ERRCODE = 'P0001';"),
  'CREATE TRIGGER s BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION st()',
  'DELETE FROM t',
  "INSERT INTO t VALUES (4, 'd', 4)",
  rows,
]);
tr('trigger for multiple events with OR', [
  fn('lg', "INSERT INTO log(msg) VALUES (TG_OP); IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;"),
  'CREATE TRIGGER m BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'UPDATE t SET qty = 0 WHERE id = 4',
  'DELETE FROM t WHERE id = 4',
  logAll,
]);
tr('same event listed twice is accepted', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_OP); RETURN NEW;'),
  'CREATE TRIGGER m BEFORE INSERT OR INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('after row trigger on delete sees OLD', [
  fn('lg', "INSERT INTO log(msg) VALUES ('gone ' || OLD.name); RETURN NULL;"),
  'CREATE TRIGGER d AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'DELETE FROM t WHERE qty >= 20',
  logAll,
]);
tr('after update trigger sees OLD and NEW', [
  fn('lg', "INSERT INTO log(msg) VALUES (OLD.qty || '->' || NEW.qty); RETURN NULL;"),
  'CREATE TRIGGER u AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'UPDATE t SET qty = qty * 2 WHERE id < 3',
  logAll,
]);
tr('after row triggers fire in row order after statement', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_NAME || NEW.id); RETURN NULL;'),
  'CREATE TRIGGER b AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  logAll,
]);
tr('before and after row triggers interleave per row', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_WHEN || NEW.id); RETURN NEW;'),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
  logAll,
]);
tr('update that changes nothing still fires row triggers', [
  fn('lg', "INSERT INTO log(msg) VALUES ('u' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER u BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'UPDATE t SET qty = qty',
  logAll,
]);
tr('suppress_redundant_updates_trigger skips unchanged rows', [
  'CREATE TRIGGER z BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()',
  'WITH u AS (UPDATE t SET qty = CASE WHEN id = 2 THEN 99 ELSE qty END RETURNING id) SELECT array_agg(id ORDER BY id) FROM u',
  rows,
]);
tr('suppress_redundant_updates_trigger on insert is an error', [
  'CREATE TRIGGER z BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);

// WHEN conditions.
tr('when with old and new on update of row', [
  fn('lg', "INSERT INTO log(msg) VALUES ('changed ' || NEW.id); RETURN NULL;"),
  'CREATE TRIGGER w AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION lg()',
  'UPDATE t SET qty = CASE WHEN id = 3 THEN 31 ELSE qty END',
  logAll,
]);
tr('when false never calls the function', [
  fn('boom', "RAISE EXCEPTION 'called';"),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (false) EXECUTE FUNCTION boom()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
]);
tr('when null counts as false', [
  fn('boom', "RAISE EXCEPTION 'called';"),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.name = NULL) EXECUTE FUNCTION boom()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
]);
tr('when on statement trigger without row refs', [
  fn('lg', "INSERT INTO log(msg) VALUES ('stmt'); RETURN NULL;"),
  'CREATE TRIGGER w AFTER INSERT ON t FOR EACH STATEMENT WHEN (1 = 1) EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('when with a function call', [
  fn('lg', "INSERT INTO log(msg) VALUES ('long ' || NEW.id); RETURN NULL;"),
  'CREATE TRIGGER w AFTER INSERT ON t FOR EACH ROW WHEN (length(NEW.name) > 2) EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'dd', 4), (5, 'eee', 5)",
  logAll,
]);
tr('when in before trigger sees values before other before triggers', [
  fn('setq', 'NEW.qty := 100; RETURN NEW;'),
  fn('lg', "INSERT INTO log(msg) VALUES ('big ' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION setq()',
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.qty > 50) EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('when in after trigger sees final row', [
  fn('setq', 'NEW.qty := 100; RETURN NEW;'),
  fn('lg', "INSERT INTO log(msg) VALUES ('big ' || NEW.id); RETURN NULL;"),
  'CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION setq()',
  'CREATE TRIGGER b AFTER INSERT ON t FOR EACH ROW WHEN (NEW.qty > 50) EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4)",
  logAll,
]);
tr('when non-boolean is an error', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.qty) EXECUTE FUNCTION lg()',
]);
tr('when with aggregate is an error', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (count(*) > 0) EXECUTE FUNCTION lg()',
]);
tr('when on instead of trigger is an error', [
  'CREATE VIEW v AS SELECT * FROM t',
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER w INSTEAD OF INSERT ON v FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION lg()',
]);
tr('when referencing unknown column', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER w BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.nope > 0) EXECUTE FUNCTION lg()',
]);

// UPDATE OF.
tr('update of fires only when a listed column is in SET', [
  fn('lg', "INSERT INTO log(msg) VALUES ('q' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER q BEFORE UPDATE OF qty ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "UPDATE t SET name = 'z' WHERE id = 1",
  'UPDATE t SET qty = qty WHERE id = 2',
  logAll,
]);
tr('update of with two columns', [
  fn('lg', "INSERT INTO log(msg) VALUES ('q' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER q BEFORE UPDATE OF qty, name ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "UPDATE t SET name = 'z' WHERE id = 1",
  'UPDATE t SET id = id WHERE id = 2',
  logAll,
]);
tr('update of does not fire when before trigger changes the column', [
  fn('chg', 'NEW.qty := 0; RETURN NEW;'),
  fn('lg', "INSERT INTO log(msg) VALUES ('q' || NEW.id); RETURN NULL;"),
  'CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION chg()',
  'CREATE TRIGGER b AFTER UPDATE OF qty ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "UPDATE t SET name = 'z' WHERE id = 1",
  logAll,
  rows,
]);
tr('update of on statement trigger', [
  fn('lg', "INSERT INTO log(msg) VALUES ('stmt'); RETURN NULL;"),
  'CREATE TRIGGER q AFTER UPDATE OF name ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'UPDATE t SET qty = 0',
  "UPDATE t SET name = 'n' WHERE false",
  logAll,
]);
tr('update of with whole-row set syntax', [
  fn('lg', "INSERT INTO log(msg) VALUES ('q' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER q BEFORE UPDATE OF qty ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "UPDATE t SET (name, qty) = ('m', 5) WHERE id = 1",
  logAll,
]);
tr('update of on insert is a syntax error', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER q BEFORE INSERT OF qty ON t FOR EACH ROW EXECUTE FUNCTION lg()',
]);
tr('update of in pg_trigger tgattr', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER q BEFORE UPDATE OF qty, name ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT tgattr::text FROM pg_trigger WHERE tgname = 'q'",
]);
tr('dropping a column used in update of is refused', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER q BEFORE UPDATE OF qty ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t DROP COLUMN qty',
]);
tr('dropping a column used in update of with cascade drops trigger', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER q BEFORE UPDATE OF qty ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE t DROP COLUMN qty CASCADE',
  "SELECT count(*) FROM pg_trigger WHERE tgname = 'q'",
]);
tr('dropping a column used in when is refused', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER q BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION lg()',
  'ALTER TABLE t DROP COLUMN qty',
]);

// ON CONFLICT.
tr('on conflict do nothing fires before insert only', [
  fn('lg', "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (1, 'dup', 0), (4, 'd', 4) ON CONFLICT DO NOTHING RETURNING id",
  logAll,
]);
tr('on conflict do update fires insert and update statement triggers', [
  fn('lg', "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || TG_LEVEL); RETURN NULL;"),
  'CREATE TRIGGER s1 BEFORE INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'CREATE TRIGGER s2 BEFORE UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'CREATE TRIGGER s3 AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'CREATE TRIGGER s4 AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (4, 'd', 4) ON CONFLICT (id) DO UPDATE SET qty = 0",
  logAll,
]);
tr('on conflict update row triggers see excluded values', [
  fn('lg', "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || NEW.qty); RETURN NEW;"),
  'CREATE TRIGGER b1 BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER b2 BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a1 AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER a2 AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (2, 'b', 5) ON CONFLICT (id) DO UPDATE SET qty = t.qty + excluded.qty RETURNING *",
  logAll,
]);
tr('before insert trigger changes conflict key so no conflict', [
  fn('mv', 'NEW.id := NEW.id + 100; RETURN NEW;'),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mv()',
  "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET name = 'conflict' RETURNING *",
  rows,
]);
tr('excluded carries the before insert trigger changes', [
  fn('mv', "NEW.name := 'trig'; RETURN NEW;"),
  'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mv()',
  "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING *",
]);
tr('before update returning null in on conflict skips update', [
  fn('nul', 'RETURN NULL;'),
  'CREATE TRIGGER n BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION nul()',
  "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET name = 'upd' RETURNING *",
  rows,
]);
tr('on conflict with where false fires no update triggers', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_OP); RETURN NEW;'),
  'CREATE TRIGGER b BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET name = 'upd' WHERE false RETURNING *",
  logAll,
]);
tr('update of column list in on conflict update', [
  fn('lg', "INSERT INTO log(msg) VALUES ('name ' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER n BEFORE UPDATE OF name ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET qty = 5",
  "INSERT INTO t VALUES (2, 'x', 0) ON CONFLICT (id) DO UPDATE SET name = 'y'",
  logAll,
]);

// Partitioned tables.
const P = `CREATE TABLE p (id int, k int, v text) PARTITION BY RANGE (k);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);
CREATE TABLE log (seq serial PRIMARY KEY, msg text);`;
const pt = (name: string, steps: string[]) => list.add(name, steps, P);
pt('row trigger on partitioned table fires with partition name', [
  fn('lg', "INSERT INTO log(msg) VALUES (TG_TABLE_NAME || ' ' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER r BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO p VALUES (1, 5, 'a'), (2, 15, 'b')",
  logAll,
]);
pt('row trigger on partitioned table is cloned to partitions', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  "SELECT tgrelid::regclass::text AS rel, tgname, tgparentid <> 0 AS cloned FROM pg_trigger WHERE tgname = 'r' ORDER BY 1",
]);
pt('new partition gets the cloned trigger', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_TABLE_NAME); RETURN NULL;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TABLE p3 PARTITION OF p FOR VALUES FROM (20) TO (30)',
  "INSERT INTO p VALUES (1, 25, 'c')",
  logAll,
]);
pt('attached partition gets the cloned trigger', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_TABLE_NAME); RETURN NULL;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TABLE p3 (id int, k int, v text)',
  'ALTER TABLE p ATTACH PARTITION p3 FOR VALUES FROM (20) TO (30)',
  "INSERT INTO p VALUES (1, 25, 'c')",
  logAll,
]);
pt('detached partition loses the cloned trigger', [
  fn('lg', 'RETURN NULL;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE p DETACH PARTITION p2',
  "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'r' ORDER BY 1",
]);
pt('dropping cloned trigger on partition is refused', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'DROP TRIGGER r ON p1',
]);
pt('statement trigger on partitioned table fires once on parent', [
  fn('lg', "INSERT INTO log(msg) VALUES (TG_TABLE_NAME || ' ' || TG_LEVEL); RETURN NULL;"),
  'CREATE TRIGGER s AFTER INSERT ON p FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "INSERT INTO p VALUES (1, 5, 'a'), (2, 15, 'b')",
  logAll,
]);
pt('statement trigger on partition does not fire for insert through parent', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_TABLE_NAME); RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON p1 FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "INSERT INTO p VALUES (1, 5, 'a')",
  "INSERT INTO p1 VALUES (2, 6, 'b')",
  logAll,
]);
pt('row trigger only on one partition', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_TABLE_NAME || NEW.id); RETURN NEW;'),
  'CREATE TRIGGER r BEFORE INSERT ON p2 FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO p VALUES (1, 5, 'a'), (2, 15, 'b')",
  logAll,
]);
pt('before row trigger on partitioned table moving row to another partition is an error', [
  fn('mv', 'NEW.k := NEW.k + 10; RETURN NEW;'),
  'CREATE TRIGGER r BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION mv()',
  "INSERT INTO p VALUES (1, 5, 'a')",
]);
pt('update moving row between partitions fires delete and insert row triggers', [
  fn(
    'lg',
    "INSERT INTO log(msg) VALUES (TG_TABLE_NAME || ' ' || TG_WHEN || ' ' || TG_OP); IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;",
  ),
  "INSERT INTO p VALUES (1, 5, 'a')",
  'CREATE TRIGGER r1 BEFORE INSERT OR UPDATE OR DELETE ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER r2 AFTER INSERT OR UPDATE OR DELETE ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'UPDATE p SET k = 15 WHERE id = 1',
  logAll,
  'SELECT tableoid::regclass::text, * FROM p',
]);
pt('before row trigger on partitioned table in pg15 is allowed', [
  fn('lg', 'NEW.v := upper(NEW.v); RETURN NEW;'),
  'CREATE TRIGGER r BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  "INSERT INTO p VALUES (1, 5, 'a') RETURNING *",
]);
pt('instead of trigger on partitioned table is an error', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER r INSTEAD OF INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
]);
pt('disable trigger on partitioned table recurses', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TABLE p DISABLE TRIGGER r',
  "SELECT tgrelid::regclass::text, tgenabled FROM pg_trigger WHERE tgname = 'r' ORDER BY 1",
]);
pt('rename trigger on partitioned table renames clones', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TRIGGER r ON p RENAME TO r2',
  "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE tgname LIKE 'r%' ORDER BY 1",
]);
pt('rename cloned trigger on partition is refused', [
  fn('lg', 'RETURN NEW;'),
  'CREATE TRIGGER r AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION lg()',
  'ALTER TRIGGER r ON p1 RENAME TO r2',
]);

// Inheritance.
tr('row trigger on parent does not fire for child rows', [
  'CREATE TABLE par (id int)',
  'CREATE TABLE chi () INHERITS (par)',
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_TABLE_NAME); RETURN NEW;'),
  'CREATE TRIGGER r BEFORE INSERT ON par FOR EACH ROW EXECUTE FUNCTION lg()',
  'INSERT INTO par VALUES (1)',
  'INSERT INTO chi VALUES (2)',
  'UPDATE par SET id = id + 1',
  logAll,
]);

// Views with INSTEAD OF.
const V = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);
CREATE TABLE log (seq serial PRIMARY KEY, msg text);
CREATE VIEW v AS SELECT id, name, qty, qty * 2 AS dbl FROM t;`;
const vt = (name: string, steps: string[]) => list.add(name, steps, V);
vt('instead of insert on view', [
  fn('vi', 'INSERT INTO t VALUES (NEW.id, NEW.name, NEW.qty); RETURN NEW;'),
  'CREATE TRIGGER vi INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  "INSERT INTO v (id, name, qty) VALUES (3, 'c', 30) RETURNING *",
  rows,
]);
vt('instead of insert returning null counts zero rows', [
  fn('vi', 'INSERT INTO t VALUES (NEW.id, NEW.name, NEW.qty); RETURN NULL;'),
  'CREATE TRIGGER vi INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  "WITH i AS (INSERT INTO v (id, name, qty) VALUES (3, 'c', 30) RETURNING *) SELECT count(*) FROM i",
  rows,
]);
vt('instead of insert with modified NEW shows in returning', [
  fn(
    'vi',
    "INSERT INTO t VALUES (NEW.id, NEW.name, NEW.qty); NEW.dbl := -1; NEW.name := 'changed'; RETURN NEW;",
  ),
  'CREATE TRIGGER vi INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  "INSERT INTO v (id, name, qty) VALUES (3, 'c', 30) RETURNING *",
  rows,
]);
vt('instead of update on view', [
  fn('vu', 'UPDATE t SET name = NEW.name, qty = NEW.qty WHERE id = OLD.id; RETURN NEW;'),
  'CREATE TRIGGER vu INSTEAD OF UPDATE ON v FOR EACH ROW EXECUTE FUNCTION vu()',
  'UPDATE v SET name = upper(name) WHERE id = 1 RETURNING *',
  rows,
]);
vt('instead of delete on view', [
  fn('vd', 'DELETE FROM t WHERE id = OLD.id; RETURN OLD;'),
  'CREATE TRIGGER vd INSTEAD OF DELETE ON v FOR EACH ROW EXECUTE FUNCTION vd()',
  'DELETE FROM v WHERE dbl > 30 RETURNING id',
  rows,
]);
vt('instead of delete returning null', [
  fn('vd', 'DELETE FROM t WHERE id = OLD.id; RETURN NULL;'),
  'CREATE TRIGGER vd INSTEAD OF DELETE ON v FOR EACH ROW EXECUTE FUNCTION vd()',
  'WITH d AS (DELETE FROM v RETURNING id) SELECT count(*) FROM d',
  rows,
]);
vt('insert into view with computed column without trigger is refused', [
  "INSERT INTO v (id, name, qty, dbl) VALUES (3, 'c', 30, 60)",
]);
vt('instead of trigger on a non-updatable view', [
  'CREATE VIEW agg AS SELECT count(*) AS n FROM t',
  fn('ai', "INSERT INTO log(msg) VALUES ('n=' || NEW.n); RETURN NEW;"),
  'CREATE TRIGGER ai INSTEAD OF INSERT ON agg FOR EACH ROW EXECUTE FUNCTION ai()',
  'INSERT INTO agg VALUES (5)',
  logAll,
]);
vt('insert into non-updatable view without trigger', [
  'CREATE VIEW agg AS SELECT count(*) AS n FROM t',
  'INSERT INTO agg VALUES (5)',
]);
vt('instead of trigger must be row level', [
  fn('vi', 'RETURN NEW;'),
  'CREATE TRIGGER vi INSTEAD OF INSERT ON v FOR EACH STATEMENT EXECUTE FUNCTION vi()',
]);
vt('instead of trigger on a table is refused', [
  fn('vi', 'RETURN NEW;'),
  'CREATE TRIGGER vi INSTEAD OF INSERT ON t FOR EACH ROW EXECUTE FUNCTION vi()',
]);
vt('instead of update of column list is refused', [
  fn('vi', 'RETURN NEW;'),
  'CREATE TRIGGER vi INSTEAD OF UPDATE OF name ON v FOR EACH ROW EXECUTE FUNCTION vi()',
]);
vt('before row trigger on a view is refused', [
  fn('vi', 'RETURN NEW;'),
  'CREATE TRIGGER vi BEFORE INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
]);
vt('statement trigger on a view is allowed', [
  fn('vs', "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || TG_TABLE_NAME); RETURN NULL;"),
  fn('vi', 'INSERT INTO t VALUES (NEW.id, NEW.name, NEW.qty); RETURN NEW;'),
  'CREATE TRIGGER vs BEFORE INSERT ON v FOR EACH STATEMENT EXECUTE FUNCTION vs()',
  'CREATE TRIGGER vs2 AFTER INSERT ON v FOR EACH STATEMENT EXECUTE FUNCTION vs()',
  'CREATE TRIGGER vi INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  "INSERT INTO v (id, name, qty) VALUES (3, 'c', 30)",
  logAll,
]);
vt('statement trigger on auto-updatable view fires with underlying table ones', [
  fn('vs', "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_TABLE_NAME); RETURN NULL;"),
  'CREATE TRIGGER vs AFTER UPDATE ON v FOR EACH STATEMENT EXECUTE FUNCTION vs()',
  'CREATE TRIGGER ts AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION vs()',
  'UPDATE v SET qty = 0',
  logAll,
]);
vt('instead of trigger takes precedence over auto-updatable view', [
  fn('vu', "INSERT INTO log(msg) VALUES ('trigger ' || NEW.id); RETURN NEW;"),
  'CREATE TRIGGER vu INSTEAD OF UPDATE ON v FOR EACH ROW EXECUTE FUNCTION vu()',
  'UPDATE v SET qty = 0',
  logAll,
  rows,
]);
vt('instead of trigger tg_when and level', [
  fn('vi', "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_LEVEL || ' ' || TG_OP); RETURN NEW;"),
  'CREATE TRIGGER vi INSTEAD OF INSERT OR UPDATE OR DELETE ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  'INSERT INTO v (id) VALUES (9)',
  'UPDATE v SET qty = 1 WHERE id = 1',
  'DELETE FROM v WHERE id = 2',
  logAll,
]);
vt('instead of insert with on conflict on view is refused', [
  fn('vi', 'RETURN NEW;'),
  'CREATE TRIGGER vi INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
  "INSERT INTO v (id, name, qty) VALUES (1, 'x', 0) ON CONFLICT DO NOTHING",
]);
vt('instead of trigger on materialized view is refused', [
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM t',
  fn('vi', 'RETURN NEW;'),
  'CREATE TRIGGER vi INSTEAD OF INSERT ON mv FOR EACH ROW EXECUTE FUNCTION vi()',
]);
vt('after row trigger on materialized view is refused', [
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM t',
  fn('vi', 'RETURN NEW;'),
  'CREATE TRIGGER vi AFTER INSERT ON mv FOR EACH ROW EXECUTE FUNCTION vi()',
]);

// Recursion and cascades.
tr('trigger updating its own table recurses until condition', [
  fn('rec', 'IF NEW.qty < 3 THEN UPDATE t SET qty = qty + 1 WHERE id = NEW.id; END IF; RETURN NULL;'),
  "INSERT INTO t VALUES (9, 'r', 0)",
  'CREATE TRIGGER r AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION rec()',
  'UPDATE t SET qty = 1 WHERE id = 9',
  'SELECT qty FROM t WHERE id = 9',
]);
tr('pg_trigger_depth in nested trigger', [
  fn(
    'rec',
    "INSERT INTO log(msg) VALUES ('depth ' || pg_trigger_depth()); IF pg_trigger_depth() < 3 THEN UPDATE t SET qty = qty + 1 WHERE id = NEW.id; END IF; RETURN NULL;",
  ),
  'CREATE TRIGGER r AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION rec()',
  'UPDATE t SET qty = 0 WHERE id = 1',
  logAll,
  'SELECT pg_trigger_depth() AS outside',
]);
tr('when pg_trigger_depth() < 1 stops recursion', [
  fn(
    'rec',
    "INSERT INTO log(msg) VALUES ('fired'); UPDATE t SET qty = qty + 1 WHERE id = NEW.id; RETURN NULL;",
  ),
  'CREATE TRIGGER r AFTER UPDATE ON t FOR EACH ROW WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION rec()',
  'UPDATE t SET qty = 0 WHERE id = 1',
  logAll,
  'SELECT qty FROM t WHERE id = 1',
]);
tr('trigger function error inside savepoint rolls back only that part', [
  fn('chk', "IF NEW.qty < 0 THEN RAISE EXCEPTION 'negative' USING ERRCODE = '22023'; END IF; RETURN NEW;"),
  'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION chk()',
  'BEGIN',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SAVEPOINT s',
  "INSERT INTO t VALUES (5, 'e', -5)",
  'ROLLBACK TO SAVEPOINT s',
  "INSERT INTO t VALUES (6, 'f', 6)",
  'COMMIT',
  rows,
]);
tr('raise with custom sqlstate from trigger', [
  fn('chk', "RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'bad qty ' || NEW.qty;"),
  'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION chk()',
  "INSERT INTO t VALUES (4, 'd', 4)",
]);
tr('notice raised in trigger does not stop insert', [
  fn('chk', "RAISE NOTICE 'inserting %', NEW.id; RETURN NEW;"),
  'CREATE TRIGGER c BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION chk()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING id",
]);
tr('trigger on fk child fires for cascade update', [
  'CREATE TABLE parent (id int PRIMARY KEY)',
  'CREATE TABLE child (id int, pid int REFERENCES parent ON UPDATE CASCADE)',
  'INSERT INTO parent VALUES (1)',
  'INSERT INTO child VALUES (10, 1)',
  fn('lg', "INSERT INTO log(msg) VALUES (TG_OP || ' ' || OLD.pid || '->' || NEW.pid); RETURN NEW;"),
  'CREATE TRIGGER c BEFORE UPDATE ON child FOR EACH ROW EXECUTE FUNCTION lg()',
  'UPDATE parent SET id = 2',
  logAll,
  'SELECT * FROM child',
]);
tr('trigger on fk child set null action', [
  'CREATE TABLE parent (id int PRIMARY KEY)',
  'CREATE TABLE child (id int, pid int REFERENCES parent ON DELETE SET NULL)',
  'INSERT INTO parent VALUES (1)',
  'INSERT INTO child VALUES (10, 1)',
  fn('lg', "INSERT INTO log(msg) VALUES (TG_OP || ' ' || coalesce(NEW.pid::text, 'null')); RETURN NEW;"),
  'CREATE TRIGGER c BEFORE UPDATE ON child FOR EACH ROW EXECUTE FUNCTION lg()',
  'DELETE FROM parent',
  logAll,
]);
tr('before trigger skipping cascade delete leaves fk violation', [
  'CREATE TABLE parent (id int PRIMARY KEY)',
  'CREATE TABLE child (id int, pid int REFERENCES parent ON DELETE CASCADE)',
  'INSERT INTO parent VALUES (1)',
  'INSERT INTO child VALUES (10, 1)',
  fn('nul', 'RETURN NULL;'),
  'CREATE TRIGGER c BEFORE DELETE ON child FOR EACH ROW EXECUTE FUNCTION nul()',
  'DELETE FROM parent',
]);
tr('returning from insert reflects after-trigger-invisible state', [
  fn('aft', 'UPDATE t SET qty = -1 WHERE id = NEW.id; RETURN NULL;'),
  'CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION aft()',
  "INSERT INTO t VALUES (4, 'd', 4) RETURNING qty",
  'SELECT qty FROM t WHERE id = 4',
]);
tr('data modifying cte triggers fire', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_OP || NEW.id); RETURN NEW;'),
  'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  "WITH i AS (INSERT INTO t VALUES (4, 'd', 4) RETURNING id) SELECT id FROM i",
  logAll,
]);
tr('copy from stdin fires statement triggers', [
  fn('lg', 'INSERT INTO log(msg) VALUES (TG_LEVEL); RETURN NULL;'),
  'CREATE TRIGGER s AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "INSERT INTO t SELECT 10, 'x', 1",
  logAll,
]);
tr('merge fires insert and update triggers', [
  fn(
    'lg',
    "INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || TG_LEVEL); IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;",
  ),
  'CREATE TRIGGER r1 BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
  'CREATE TRIGGER s1 BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  "MERGE INTO t USING (VALUES (1, 'm'), (5, 'n')) AS s(id, name) ON t.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.name, 0)",
  logAll,
  rows,
]);
tr('merge with before row trigger returning null', [
  fn('nul', 'RETURN NULL;'),
  'CREATE TRIGGER n BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION nul()',
  "MERGE INTO t USING (VALUES (1, 'm')) AS s(id, name) ON t.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name",
  rows,
]);

export default list.cases;
