// Round 17, part D: triggers as repository code uses them (PostgreSQL 15 documentation chapter 39,
// 43.10, CREATE TRIGGER), going beyond round 15's part 5.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 plpgsql D: ');
const BASE = `CREATE TABLE doc (id int PRIMARY KEY, title text NOT NULL, body text, version int NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT '2000-01-01 00:00:00+00', created_by text);
CREATE TABLE audit (n serial PRIMARY KEY, info text);
INSERT INTO doc (id, title, body) VALUES (1, 'one', 'b1'), (2, 'two', 'b2'), (3, 'three', NULL);`;
const NOTE = `CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO audit (info) VALUES (concat_ws(' ', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP));
  IF TG_LEVEL = 'STATEMENT' THEN RETURN NULL; END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;`;
const AUDIT_READ = 'SELECT n, info FROM audit ORDER BY n';

/** A trigger set-up on BASE plus `extra`, then these steps. */
const trig = (name: string, extra: string, steps: (string | ReturnType<typeof withParams>)[]) =>
  list.add(name, steps, `${BASE}${extra}`);

// ---------------------------------------------------------------- updated_at and versioning
const TOUCH = `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := '2024-05-06 07:08:09+00'; NEW.version := OLD.version + 1; RETURN NEW; END $$;
CREATE TRIGGER doc_touch BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION touch();`;
trig('updated_at trigger sets the column', TOUCH, [
  "SET TimeZone = 'UTC'",
  "UPDATE doc SET title = 'uno' WHERE id = 1 RETURNING id, title, version, updated_at",
  'SELECT id, version, updated_at FROM doc ORDER BY id',
]);
trig('updated_at trigger on a multi-row update', TOUCH, [
  "SET TimeZone = 'UTC'",
  'UPDATE doc SET body = upper(body)',
  'SELECT id, body, version FROM doc ORDER BY id',
]);
trig('updated_at trigger overrides an explicit value', TOUCH, [
  "SET TimeZone = 'UTC'",
  "UPDATE doc SET updated_at = '1999-01-01', version = 50 WHERE id = 2 RETURNING version, updated_at",
]);
trig('updated_at trigger with a parameterised update', TOUCH, [
  "SET TimeZone = 'UTC'",
  withParams('UPDATE doc SET title = $1 WHERE id = $2 RETURNING version', 'deux', 2),
]);
trig(
  'updated_at with now() keeps the transaction time',
  `CREATE FUNCTION touch_now() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER t BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION touch_now();`,
  [
    'BEGIN',
    "UPDATE doc SET title = 'x' WHERE id = 1",
    'SELECT updated_at = now() AS v FROM doc WHERE id = 1',
    'COMMIT',
  ],
);
trig(
  'an optimistic-lock trigger raises on a stale version',
  `CREATE FUNCTION occ() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF NEW.version <> OLD.version THEN RAISE EXCEPTION 'stale version % for doc %', NEW.version, OLD.id USING ERRCODE = '40001'; END IF;
  NEW.version := OLD.version + 1; RETURN NEW; END $$;
CREATE TRIGGER occ BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION occ();`,
  [
    "UPDATE doc SET title = 'a', version = 1 WHERE id = 1 RETURNING version",
    "UPDATE doc SET title = 'b', version = 1 WHERE id = 1 RETURNING version",
    'SELECT title, version FROM doc WHERE id = 1',
  ],
);
trig(
  'a BEFORE INSERT trigger fills a default from a setting',
  `CREATE FUNCTION who() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created_by := coalesce(NEW.created_by, current_setting('app.user', true), 'system'); RETURN NEW; END $$;
CREATE TRIGGER who BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION who();`,
  [
    "INSERT INTO doc (id, title) VALUES (10, 'ten') RETURNING created_by",
    "SET app.user = 'alice'",
    "INSERT INTO doc (id, title) VALUES (11, 'eleven') RETURNING created_by",
    "INSERT INTO doc (id, title, created_by) VALUES (12, 'twelve', 'bob') RETURNING created_by",
  ],
);
trig(
  'a BEFORE trigger setting NULL into a NOT NULL column',
  `CREATE FUNCTION nulltitle() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.title := NULL; RETURN NEW; END $$;
CREATE TRIGGER nt BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION nulltitle();`,
  ["INSERT INTO doc (id, title) VALUES (20, 'x')"],
);
trig(
  'a BEFORE trigger changing the primary key to a duplicate',
  `CREATE FUNCTION pk1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.id := 1; RETURN NEW; END $$;
CREATE TRIGGER pk1 BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION pk1();`,
  ["INSERT INTO doc (id, title) VALUES (21, 'x')"],
);
trig(
  'a BEFORE trigger sees column defaults in NEW',
  `CREATE FUNCTION seedef() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (NEW.version || ' ' || (NEW.body IS NULL)); RETURN NEW; END $$;
CREATE TRIGGER sd BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION seedef();`,
  ["INSERT INTO doc (id, title) VALUES (22, 'x')", AUDIT_READ],
);
trig(
  'a BEFORE trigger with a serial column sees the sequence value',
  `CREATE TABLE s (id serial PRIMARY KEY, v text);
CREATE FUNCTION sid() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := 'id ' || NEW.id; RETURN NEW; END $$;
CREATE TRIGGER sid BEFORE INSERT ON s FOR EACH ROW EXECUTE FUNCTION sid();`,
  ["INSERT INTO s (v) VALUES ('x'), ('y') RETURNING id, v"],
);
trig(
  'a BEFORE trigger cannot change a generated column',
  `CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
CREATE FUNCTION gb() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.b := 99; RETURN NEW; END $$;
CREATE TRIGGER gb BEFORE INSERT ON g FOR EACH ROW EXECUTE FUNCTION gb();`,
  ['INSERT INTO g (a) VALUES (5) RETURNING a, b'],
);
trig(
  'a BEFORE trigger assigning a wrong type to NEW',
  `CREATE FUNCTION bad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.version := 'abc'; RETURN NEW; END $$;
CREATE TRIGGER bad BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION bad();`,
  ["INSERT INTO doc (id, title) VALUES (23, 'x')"],
);
trig(
  'a BEFORE trigger assigning an unknown field of NEW',
  `CREATE FUNCTION bad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.nope := 1; RETURN NEW; END $$;
CREATE TRIGGER bad BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION bad();`,
  ["INSERT INTO doc (id, title) VALUES (23, 'x')"],
);
trig(
  'a BEFORE trigger returning a different row variable',
  `CREATE FUNCTION other() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r doc; BEGIN r := NEW; r.title := 'replaced'; RETURN r; END $$;
CREATE TRIGGER other BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION other();`,
  ["INSERT INTO doc (id, title) VALUES (24, 'x') RETURNING title"],
);
trig(
  'a BEFORE trigger returning a row of another shape is an error',
  `CREATE FUNCTION other() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN ROW(1); END $$;
CREATE TRIGGER other BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION other();`,
  ["INSERT INTO doc (id, title) VALUES (24, 'x')"],
);
trig(
  'a BEFORE trigger falling off the end is an error',
  `CREATE FUNCTION noret() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;
CREATE TRIGGER noret BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION noret();`,
  ["INSERT INTO doc (id, title) VALUES (25, 'x')"],
);
trig(
  'a BEFORE UPDATE trigger returning OLD discards the change',
  `CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.id = 1 THEN RETURN OLD; END IF; RETURN NEW; END $$;
CREATE TRIGGER keep BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION keep();`,
  ["UPDATE doc SET title = 'z' RETURNING id, title", 'SELECT id, title FROM doc ORDER BY id'],
);
trig(
  'a BEFORE UPDATE trigger returning NULL skips the row and the count',
  `CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.id = 2 THEN RETURN NULL; END IF; RETURN NEW; END $$;
CREATE TRIGGER skip BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION skip();`,
  ["UPDATE doc SET title = 'z'", 'SELECT id, title FROM doc ORDER BY id'],
);
trig(
  'a BEFORE DELETE trigger returning NULL protects rows',
  `CREATE FUNCTION protect() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.id = 1 THEN RETURN NULL; END IF; RETURN OLD; END $$;
CREATE TRIGGER protect BEFORE DELETE ON doc FOR EACH ROW EXECUTE FUNCTION protect();`,
  ['DELETE FROM doc RETURNING id', 'SELECT id FROM doc ORDER BY id'],
);
trig(
  'a BEFORE DELETE trigger returning NEW (NULL) skips',
  `CREATE FUNCTION rn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER rn BEFORE DELETE ON doc FOR EACH ROW EXECUTE FUNCTION rn();`,
  ['DELETE FROM doc', 'SELECT count(*)::int AS n FROM doc'],
);
trig(
  'a soft-delete trigger turns DELETE into UPDATE',
  `ALTER TABLE doc ADD COLUMN deleted boolean NOT NULL DEFAULT false;
CREATE FUNCTION soft() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE doc SET deleted = true WHERE id = OLD.id; RETURN NULL; END $$;
CREATE TRIGGER soft BEFORE DELETE ON doc FOR EACH ROW EXECUTE FUNCTION soft();`,
  ['DELETE FROM doc WHERE id IN (1, 3)', 'SELECT id, deleted FROM doc ORDER BY id'],
);
trig(
  'a BEFORE INSERT returning NULL with RETURNING and ON CONFLICT',
  `CREATE FUNCTION skipodd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id % 2 = 1 THEN RETURN NULL; END IF; RETURN NEW; END $$;
CREATE TRIGGER skipodd BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION skipodd();`,
  [
    "INSERT INTO doc (id, title) VALUES (31, 'a'), (32, 'b'), (2, 'dup') ON CONFLICT (id) DO NOTHING RETURNING id",
    'SELECT id FROM doc ORDER BY id',
  ],
);

// ---------------------------------------------------------------- audit triggers
const AUDIT_TRIGGER = `CREATE TABLE doc_audit (n serial PRIMARY KEY, op text, doc_id int, old_row jsonb, new_row jsonb);
CREATE FUNCTION doc_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP = 'INSERT' THEN INSERT INTO doc_audit (op, doc_id, new_row) VALUES (TG_OP, NEW.id, to_jsonb(NEW) - 'updated_at');
  ELSIF TG_OP = 'UPDATE' THEN INSERT INTO doc_audit (op, doc_id, old_row, new_row) VALUES (TG_OP, NEW.id, to_jsonb(OLD) - 'updated_at', to_jsonb(NEW) - 'updated_at');
  ELSIF TG_OP = 'DELETE' THEN INSERT INTO doc_audit (op, doc_id, old_row) VALUES (TG_OP, OLD.id, to_jsonb(OLD) - 'updated_at'); END IF;
  RETURN NULL; END $$;
CREATE TRIGGER doc_audit AFTER INSERT OR UPDATE OR DELETE ON doc FOR EACH ROW EXECUTE FUNCTION doc_audit_fn();`;
const AUDIT_ROWS = 'SELECT n, op, doc_id, old_row, new_row FROM doc_audit ORDER BY n';
trig('audit trigger on insert, update, delete', AUDIT_TRIGGER, [
  "INSERT INTO doc (id, title) VALUES (4, 'four')",
  "UPDATE doc SET title = 'FOUR' WHERE id = 4",
  'DELETE FROM doc WHERE id = 4',
  AUDIT_ROWS,
]);
trig('audit trigger on a multi-row update in row order', AUDIT_TRIGGER, [
  'UPDATE doc SET version = version + 1 WHERE id IN (1, 2)',
  'SELECT op, doc_id, new_row->>$$version$$ AS v FROM doc_audit ORDER BY doc_id',
]);
trig('audit trigger rolled back with the transaction', AUDIT_TRIGGER, [
  'BEGIN',
  "INSERT INTO doc (id, title) VALUES (5, 'x')",
  'ROLLBACK',
  'SELECT count(*)::int AS n FROM doc_audit',
]);
trig('audit trigger inside a savepoint rolled back', AUDIT_TRIGGER, [
  'BEGIN',
  "INSERT INTO doc (id, title) VALUES (5, 'x')",
  'SAVEPOINT a',
  "INSERT INTO doc (id, title) VALUES (6, 'y')",
  'ROLLBACK TO SAVEPOINT a',
  'COMMIT',
  'SELECT doc_id FROM doc_audit ORDER BY n',
]);
trig('audit trigger with an upsert that updates', AUDIT_TRIGGER, [
  "INSERT INTO doc (id, title) VALUES (1, 'new') ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title",
  AUDIT_ROWS,
]);
trig('audit trigger with an upsert DO NOTHING', AUDIT_TRIGGER, [
  "INSERT INTO doc (id, title) VALUES (1, 'new') ON CONFLICT DO NOTHING",
  'SELECT count(*)::int AS n FROM doc_audit',
]);
trig('audit trigger with a parameterised insert', AUDIT_TRIGGER, [
  withParams('INSERT INTO doc (id, title, body) VALUES ($1, $2, $3)', 7, 'seven', null),
  AUDIT_ROWS,
]);
trig(
  'audit trigger with hstore-like diff via jsonb',
  `${AUDIT_TRIGGER}
CREATE FUNCTION changed_keys(a jsonb, b jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT string_agg(key, ',' ORDER BY key) FROM jsonb_each(b) WHERE a->key IS DISTINCT FROM b->key $$;`,
  [
    "UPDATE doc SET title = 't', body = 'b' WHERE id = 1",
    'SELECT changed_keys(old_row, new_row) AS v FROM doc_audit',
  ],
);
trig(
  'audit trigger on TRUNCATE (statement only)',
  `CREATE FUNCTION trunc_note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (TG_OP || ' ' || TG_LEVEL || ' ' || TG_WHEN); RETURN NULL; END $$;
CREATE TRIGGER tr BEFORE TRUNCATE ON doc FOR EACH STATEMENT EXECUTE FUNCTION trunc_note();`,
  ['TRUNCATE doc', AUDIT_READ, 'SELECT count(*)::int AS n FROM doc'],
);
trig('a row-level TRUNCATE trigger is an error', NOTE, [
  'CREATE TRIGGER tr AFTER TRUNCATE ON doc FOR EACH ROW EXECUTE FUNCTION note()',
]);
trig(
  'TG_TABLE_SCHEMA, TG_RELNAME, TG_TABLE_NAME, TG_RELID',
  `CREATE FUNCTION names() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO audit (info) VALUES (concat_ws(' ', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_RELNAME, TG_RELID = 'doc'::regclass, TG_NARGS, TG_ARGV[0], TG_ARGV[1], TG_ARGV[5] IS NULL)); RETURN NULL; END $$;
CREATE TRIGGER names AFTER INSERT ON doc FOR EACH STATEMENT EXECUTE FUNCTION names('first', 42);`,
  ["INSERT INTO doc (id, title) VALUES (8, 'x')", AUDIT_READ],
);
trig(
  'NEW in a DELETE trigger and OLD in an INSERT trigger are NULL',
  `CREATE FUNCTION nulls() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO audit (info) VALUES (TG_OP || ' new null ' || (NEW IS NULL) || ' old null ' || (OLD IS NULL)); RETURN NULL; END $$;
CREATE TRIGGER nulls AFTER INSERT OR DELETE ON doc FOR EACH ROW EXECUTE FUNCTION nulls();`,
  ["INSERT INTO doc (id, title) VALUES (9, 'x')", 'DELETE FROM doc WHERE id = 9', AUDIT_READ],
);
trig(
  'NEW in a statement-level trigger is NULL',
  `CREATE FUNCTION stnew() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES ('new null ' || (NEW IS NULL)); RETURN NULL; END $$;
CREATE TRIGGER stnew AFTER INSERT ON doc FOR EACH STATEMENT EXECUTE FUNCTION stnew();`,
  ["INSERT INTO doc (id, title) VALUES (9, 'x')", AUDIT_READ],
);
trig(
  'TG_ARGV with a string argument and quoting',
  `CREATE FUNCTION argv() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (TG_ARGV[0] || '|' || TG_ARGV[1]); RETURN NULL; END $$;
CREATE TRIGGER argv AFTER INSERT ON doc FOR EACH STATEMENT EXECUTE FUNCTION argv('it''s', 'x y');`,
  ["INSERT INTO doc (id, title) VALUES (9, 'x')", AUDIT_READ],
);
trig(
  'a generic updated_at trigger using TG_ARGV for the column',
  `CREATE FUNCTION set_col() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], 'set by trigger')); RETURN NEW; END $$;
CREATE TRIGGER set_col BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION set_col('body');`,
  ["UPDATE doc SET title = 'x' WHERE id = 1 RETURNING body"],
);

// ---------------------------------------------------------------- firing order, levels, WHEN
trig(
  'BEFORE statement, BEFORE row, AFTER row, AFTER statement order',
  `${NOTE}
CREATE TRIGGER a_bs BEFORE INSERT ON doc FOR EACH STATEMENT EXECUTE FUNCTION note();
CREATE TRIGGER b_br BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER c_ar AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER d_as AFTER INSERT ON doc FOR EACH STATEMENT EXECUTE FUNCTION note();`,
  ["INSERT INTO doc (id, title) VALUES (10, 'a'), (11, 'b')", AUDIT_READ],
);
trig(
  'AFTER row triggers fire after all BEFORE rows',
  `CREATE FUNCTION tagged() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (TG_WHEN || ' ' || NEW.id); IF TG_WHEN = 'BEFORE' THEN RETURN NEW; END IF; RETURN NULL; END $$;
CREATE TRIGGER b BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION tagged();
CREATE TRIGGER a AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION tagged();`,
  ["INSERT INTO doc (id, title) VALUES (10, 'a'), (11, 'b'), (12, 'c')", AUDIT_READ],
);
trig(
  'statement trigger fires once for zero rows',
  `${NOTE}
CREATE TRIGGER s AFTER DELETE ON doc FOR EACH STATEMENT EXECUTE FUNCTION note();
CREATE TRIGGER r AFTER DELETE ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ['DELETE FROM doc WHERE id = 99', AUDIT_READ],
);
trig(
  'UPDATE OF a column fires only when listed in SET',
  `${NOTE}
CREATE TRIGGER upd_title AFTER UPDATE OF title ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ["UPDATE doc SET body = 'x' WHERE id = 1", 'UPDATE doc SET title = title WHERE id = 1', AUDIT_READ],
);
trig(
  'UPDATE OF a column is not fired by a BEFORE trigger change',
  `${NOTE}
CREATE FUNCTION chg_title() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.title := 'by trigger'; RETURN NEW; END $$;
CREATE TRIGGER a_chg BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION chg_title();
CREATE TRIGGER upd_title AFTER UPDATE OF title ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ["UPDATE doc SET body = 'x' WHERE id = 1", AUDIT_READ, 'SELECT title FROM doc WHERE id = 1'],
);
trig(
  'WHEN with OLD and NEW column comparison',
  `${NOTE}
CREATE TRIGGER t_changed AFTER UPDATE ON doc FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION note();`,
  ["UPDATE doc SET title = 'one' WHERE id = 1", "UPDATE doc SET title = 'uno' WHERE id = 1", AUDIT_READ],
);
trig('WHEN referencing NEW in a DELETE trigger is an error', NOTE, [
  'CREATE TRIGGER bad AFTER DELETE ON doc FOR EACH ROW WHEN (NEW.id > 0) EXECUTE FUNCTION note()',
]);
trig('WHEN on a statement trigger is an error', NOTE, [
  'CREATE TRIGGER bad AFTER INSERT ON doc FOR EACH STATEMENT WHEN (true) EXECUTE FUNCTION note()',
]);
trig('WHEN with a subquery is an error', NOTE, [
  'CREATE TRIGGER bad AFTER INSERT ON doc FOR EACH ROW WHEN ((SELECT true)) EXECUTE FUNCTION note()',
]);
trig(
  'BEFORE trigger WHEN references NEW.* after earlier BEFORE triggers? (WHEN sees original)',
  `CREATE FUNCTION up() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.title := upper(NEW.title); RETURN NEW; END $$;
${NOTE}
CREATE TRIGGER a_up BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION up();
CREATE TRIGGER b_when BEFORE INSERT ON doc FOR EACH ROW WHEN (NEW.title = 'LOUD') EXECUTE FUNCTION note();`,
  ["INSERT INTO doc (id, title) VALUES (13, 'loud')", AUDIT_READ],
);
trig(
  'triggers on INSERT OR UPDATE firing by name across events',
  `${NOTE}
CREATE TRIGGER z1 AFTER INSERT OR UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER a1 AFTER UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER m1 AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ["INSERT INTO doc (id, title) VALUES (14, 'x')", "UPDATE doc SET title = 'y' WHERE id = 14", AUDIT_READ],
);
trig(
  'trigger names order by bytes: uppercase first',
  `${NOTE}
CREATE TRIGGER "b" AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER "B" AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER "_x" AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER "a10" AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER "a9" AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ["INSERT INTO doc (id, title) VALUES (15, 'x')", AUDIT_READ],
);
trig(
  'a trigger that writes to its own table recursively with pg_trigger_depth',
  `CREATE FUNCTION cascade_child() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO audit (info) VALUES ('depth ' || pg_trigger_depth() || ' id ' || NEW.id);
  IF NEW.id < 103 THEN INSERT INTO doc (id, title) VALUES (NEW.id + 1, 'child'); END IF; RETURN NULL; END $$;
CREATE TRIGGER cc AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION cascade_child();`,
  ["INSERT INTO doc (id, title) VALUES (100, 'root')", AUDIT_READ, 'SELECT pg_trigger_depth() AS d'],
);
trig(
  'a WHEN guarding recursion with pg_trigger_depth',
  `${NOTE}
CREATE FUNCTION again() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE doc SET body = 'again' WHERE id = NEW.id; RETURN NULL; END $$;
CREATE TRIGGER again AFTER UPDATE ON doc FOR EACH ROW WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION again();`,
  ["UPDATE doc SET title = 'x' WHERE id = 1", 'SELECT body FROM doc WHERE id = 1'],
);
trig(
  'infinite trigger recursion hits the stack limit',
  `CREATE FUNCTION loop_upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE doc SET version = version + 1 WHERE id = NEW.id; RETURN NULL; END $$;
CREATE TRIGGER lu AFTER UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION loop_upd();`,
  ["SET max_stack_depth = '512kB'", 'UPDATE doc SET version = 0 WHERE id = 1'],
);

// ---------------------------------------------------------------- transition tables
trig(
  'REFERENCING OLD TABLE on a DELETE statement trigger',
  `CREATE FUNCTION gone() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO audit (info) SELECT 'deleted ' || string_agg(id::text, ',' ORDER BY id) FROM old_rows; RETURN NULL; END $$;
CREATE TRIGGER gone AFTER DELETE ON doc REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gone();`,
  ['DELETE FROM doc WHERE id > 1', AUDIT_READ],
);
trig(
  'a transition table with zero rows',
  `CREATE FUNCTION cnt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO audit (info) SELECT 'n=' || count(*) FROM nt; RETURN NULL; END $$;
CREATE TRIGGER cnt AFTER UPDATE ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION cnt();`,
  ['UPDATE doc SET version = 2 WHERE false', AUDIT_READ],
);
trig('REFERENCING on a BEFORE trigger is an error', NOTE, [
  'CREATE TRIGGER bad BEFORE INSERT ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION note()',
]);
trig('REFERENCING OLD TABLE on an INSERT trigger is an error', NOTE, [
  'CREATE TRIGGER bad AFTER INSERT ON doc REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION note()',
]);
trig('REFERENCING with a multi-event trigger is an error', NOTE, [
  'CREATE TRIGGER bad AFTER INSERT OR UPDATE ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION note()',
]);
trig('REFERENCING with a column list is an error', NOTE, [
  'CREATE TRIGGER bad AFTER UPDATE OF title ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION note()',
]);
trig(
  'a transition table is read-only in the trigger',
  `CREATE FUNCTION wr() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM nt; RETURN NULL; END $$;
CREATE TRIGGER wr AFTER INSERT ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION wr();`,
  ["INSERT INTO doc (id, title) VALUES (40, 'x')"],
);
trig(
  'a transition table through EXECUTE',
  `CREATE FUNCTION dyn() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE c bigint; BEGIN EXECUTE 'SELECT count(*) FROM nt' INTO c; INSERT INTO audit (info) VALUES ('dyn ' || c); RETURN NULL; END $$;
CREATE TRIGGER dyn AFTER INSERT ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION dyn();`,
  ["INSERT INTO doc (id, title) VALUES (41, 'x'), (42, 'y')", AUDIT_READ],
);
trig(
  'transition tables with an upsert: insert and update parts',
  `CREATE FUNCTION ins_cnt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) SELECT TG_OP || ' ' || count(*) FROM nt; RETURN NULL; END $$;
CREATE TRIGGER i AFTER INSERT ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION ins_cnt();
CREATE TRIGGER u AFTER UPDATE ON doc REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION ins_cnt();`,
  [
    "INSERT INTO doc (id, title) VALUES (1, 'a'), (2, 'b'), (50, 'c') ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title",
    AUDIT_READ,
  ],
);
trig(
  'a transition table summing a stock ledger',
  `CREATE TABLE ledger (id serial PRIMARY KEY, sku text, delta int);
CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL DEFAULT 0);
INSERT INTO stock VALUES ('a', 0), ('b', 0);
CREATE FUNCTION apply_ledger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  UPDATE stock s SET qty = s.qty + d.total FROM (SELECT sku, sum(delta) AS total FROM nt GROUP BY sku) d WHERE s.sku = d.sku; RETURN NULL; END $$;
CREATE TRIGGER apply_ledger AFTER INSERT ON ledger REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION apply_ledger();`,
  [
    "INSERT INTO ledger (sku, delta) VALUES ('a', 5), ('a', -2), ('b', 7)",
    "INSERT INTO ledger (sku, delta) VALUES ('b', -1)",
    'SELECT sku, qty FROM stock ORDER BY sku',
  ],
);

// ---------------------------------------------------------------- errors in triggers
trig(
  'a trigger error has the trigger context and code',
  `CREATE FUNCTION no_empty() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF NEW.body = '' THEN RAISE EXCEPTION 'empty body for %', NEW.id USING ERRCODE = 'check_violation', DETAIL = 'body must not be empty', TABLE = TG_TABLE_NAME, COLUMN = 'body', SCHEMA = TG_TABLE_SCHEMA; END IF; RETURN NEW; END $$;
CREATE TRIGGER no_empty BEFORE INSERT OR UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION no_empty();`,
  [
    "UPDATE doc SET body = '' WHERE id = 2",
    withParams('INSERT INTO doc (id, title, body) VALUES ($1, $2, $3)', 60, 'x', ''),
    'SELECT body FROM doc WHERE id = 2',
  ],
);
trig(
  'a trigger error inside a transaction aborts it',
  `CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$;
CREATE TRIGGER boom AFTER DELETE ON doc FOR EACH ROW EXECUTE FUNCTION boom();`,
  [
    'BEGIN',
    "INSERT INTO audit (info) VALUES ('x')",
    'DELETE FROM doc WHERE id = 1',
    'SELECT 1 AS v',
    'ROLLBACK',
    'SELECT count(*)::int AS n FROM audit',
  ],
);
trig(
  'a unique violation raised by the audit insert inside the trigger',
  `CREATE TABLE uniq (k text PRIMARY KEY);
CREATE FUNCTION uq() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO uniq VALUES (NEW.title); RETURN NULL; END $$;
CREATE TRIGGER uq AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION uq();`,
  [
    "INSERT INTO doc (id, title) VALUES (70, 'same'), (71, 'same')",
    'SELECT count(*)::int AS n FROM doc WHERE id >= 70',
    'SELECT count(*)::int AS n FROM uniq',
  ],
);
trig(
  'a trigger catching its own error continues',
  `CREATE FUNCTION safe() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  BEGIN INSERT INTO audit (n, info) VALUES (1, 'dup'); EXCEPTION WHEN unique_violation THEN INSERT INTO audit (info) VALUES ('recovered ' || NEW.id); END; RETURN NEW; END $$;
INSERT INTO audit (info) VALUES ('first');
CREATE TRIGGER safe BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION safe();`,
  ["INSERT INTO doc (id, title) VALUES (72, 'x')", 'SELECT info FROM audit ORDER BY info'],
);
trig(
  'a foreign key checked after an AFTER trigger deletes the parent',
  `CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent);
INSERT INTO parent VALUES (1);
CREATE FUNCTION del_parent() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM parent WHERE id = NEW.pid; RETURN NULL; END $$;
CREATE TRIGGER dp AFTER INSERT ON child FOR EACH ROW EXECUTE FUNCTION del_parent();`,
  ['INSERT INTO child VALUES (1, 1)'],
);

// ---------------------------------------------------------------- constraint triggers, deferral
const CT = `CREATE FUNCTION ct_check() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF (SELECT count(*) FROM doc WHERE title = NEW.title) > 1 THEN RAISE EXCEPTION 'duplicate title %', NEW.title USING ERRCODE = 'unique_violation'; END IF; RETURN NULL; END $$;`;
trig(
  'an immediate constraint trigger fails the statement',
  `${CT}
CREATE CONSTRAINT TRIGGER ct AFTER INSERT OR UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION ct_check();`,
  ["INSERT INTO doc (id, title) VALUES (80, 'one')", 'SELECT count(*)::int AS n FROM doc'],
);
trig(
  'a deferred constraint trigger fails at COMMIT',
  `${CT}
CREATE CONSTRAINT TRIGGER ct AFTER INSERT OR UPDATE ON doc DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ct_check();`,
  [
    'BEGIN',
    "INSERT INTO doc (id, title) VALUES (80, 'one')",
    "UPDATE doc SET title = 'eighty' WHERE id = 80",
    'COMMIT',
    'BEGIN',
    "INSERT INTO doc (id, title) VALUES (81, 'two')",
    'COMMIT',
    'SELECT id FROM doc ORDER BY id',
  ],
);
trig(
  'SET CONSTRAINTS ALL IMMEDIATE fires pending constraint triggers',
  `${CT}
CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON doc DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ct_check();`,
  ['BEGIN', "INSERT INTO doc (id, title) VALUES (82, 'one')", 'SET CONSTRAINTS ALL IMMEDIATE', 'ROLLBACK'],
);
trig(
  'SET CONSTRAINTS name DEFERRED on an INITIALLY IMMEDIATE trigger',
  `${CT}
CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON doc DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION ct_check();`,
  [
    'BEGIN',
    'SET CONSTRAINTS ct DEFERRED',
    "INSERT INTO doc (id, title) VALUES (83, 'one')",
    "UPDATE doc SET title = 'x83' WHERE id = 83",
    'COMMIT',
    'SELECT title FROM doc WHERE id = 83',
  ],
);
trig(
  'a NOT DEFERRABLE constraint trigger cannot be deferred',
  `${CT}
CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION ct_check();`,
  ['BEGIN', 'SET CONSTRAINTS ct DEFERRED', 'ROLLBACK'],
);
trig('a constraint trigger must be AFTER ROW', CT, [
  'CREATE CONSTRAINT TRIGGER ct BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION ct_check()',
]);
trig('a constraint trigger FOR EACH STATEMENT is an error', CT, [
  'CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON doc FOR EACH STATEMENT EXECUTE FUNCTION ct_check()',
]);
trig(
  'a constraint trigger appears in pg_constraint',
  `${CT}
CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON doc DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ct_check();`,
  [
    "SELECT conname, contype, condeferrable AS d, condeferred AS dd FROM pg_constraint WHERE conrelid = 'doc'::regclass AND contype = 't'",
    "SELECT tgname, tgdeferrable AS d, tginitdeferred AS dd, tgconstraint <> 0 AS has_con FROM pg_trigger WHERE tgrelid = 'doc'::regclass",
  ],
);
trig(
  'a deferred trigger row sees the final state',
  `CREATE FUNCTION final_state() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO audit (info) SELECT 'at commit ' || title FROM doc WHERE id = NEW.id; RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER fs AFTER INSERT ON doc DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION final_state();`,
  [
    'BEGIN',
    "INSERT INTO doc (id, title) VALUES (84, 'first')",
    "UPDATE doc SET title = 'last' WHERE id = 84",
    'COMMIT',
    AUDIT_READ,
  ],
);

// ---------------------------------------------------------------- DDL rules and management
trig('a trigger function called directly is an error', NOTE, ['SELECT note() AS v']);
trig(
  'a trigger function must return trigger',
  'CREATE FUNCTION notrig() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;',
  ['CREATE TRIGGER t BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION notrig()'],
);
trig('a trigger function with arguments is an error', '', [
  'CREATE FUNCTION targ(int) RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
]);
trig('a SQL-language trigger function is an error', '', [
  'CREATE FUNCTION sqltrig() RETURNS trigger LANGUAGE sql AS $$ SELECT NULL $$',
]);
trig('CREATE TRIGGER with a missing function', '', [
  'CREATE TRIGGER t BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION nope()',
]);
trig('CREATE TRIGGER on a missing table', NOTE, [
  'CREATE TRIGGER t BEFORE INSERT ON nope FOR EACH ROW EXECUTE FUNCTION note()',
]);
trig('EXECUTE PROCEDURE is the old spelling', NOTE, [
  'CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE PROCEDURE note()',
  "INSERT INTO doc (id, title) VALUES (90, 'x')",
  AUDIT_READ,
]);
trig('a duplicate trigger name on a table is an error', NOTE, [
  'CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note()',
  'CREATE TRIGGER t AFTER UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION note()',
]);
trig('CREATE OR REPLACE TRIGGER replaces (14+)', NOTE, [
  'CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note()',
  'CREATE OR REPLACE TRIGGER t AFTER UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION note()',
  "INSERT INTO doc (id, title) VALUES (91, 'x')",
  "UPDATE doc SET title = 'y' WHERE id = 91",
  AUDIT_READ,
]);
trig(
  'CREATE OR REPLACE of a constraint trigger is an error',
  `${NOTE}
CREATE CONSTRAINT TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ['CREATE OR REPLACE CONSTRAINT TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note()'],
);
trig('DROP TRIGGER and DROP TRIGGER IF EXISTS', NOTE, [
  'CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note()',
  'DROP TRIGGER t ON doc',
  'DROP TRIGGER IF EXISTS t ON doc',
  'DROP TRIGGER t ON doc',
]);
trig(
  'DROP FUNCTION used by a trigger needs CASCADE',
  `${NOTE}
CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  [
    'DROP FUNCTION note()',
    'DROP FUNCTION note() CASCADE',
    "SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 't'",
  ],
);
trig(
  'ALTER TABLE DISABLE TRIGGER',
  `${NOTE}
CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  [
    'ALTER TABLE doc DISABLE TRIGGER t',
    "INSERT INTO doc (id, title) VALUES (92, 'x')",
    'ALTER TABLE doc ENABLE TRIGGER t',
    "INSERT INTO doc (id, title) VALUES (93, 'y')",
    AUDIT_READ,
    "SELECT tgenabled FROM pg_trigger WHERE tgname = 't'",
  ],
);
trig(
  'ALTER TABLE DISABLE TRIGGER USER and ALL',
  `${NOTE}
CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  [
    'ALTER TABLE doc DISABLE TRIGGER USER',
    "INSERT INTO doc (id, title) VALUES (94, 'x')",
    'ALTER TABLE doc ENABLE TRIGGER ALL',
    "INSERT INTO doc (id, title) VALUES (95, 'y')",
    AUDIT_READ,
  ],
);
trig(
  'session_replication_role replica skips ordinary triggers',
  `${NOTE}
CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  [
    'SET session_replication_role = replica',
    "INSERT INTO doc (id, title) VALUES (96, 'x')",
    'RESET session_replication_role',
    "INSERT INTO doc (id, title) VALUES (97, 'y')",
    AUDIT_READ,
  ],
);
trig(
  'ALTER TABLE ENABLE ALWAYS TRIGGER fires under replica',
  `${NOTE}
CREATE TRIGGER t AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
ALTER TABLE doc ENABLE ALWAYS TRIGGER t;`,
  [
    'SET session_replication_role = replica',
    "INSERT INTO doc (id, title) VALUES (98, 'x')",
    'RESET session_replication_role',
    AUDIT_READ,
  ],
);
trig(
  'ALTER TRIGGER RENAME changes firing order',
  `${NOTE}
CREATE TRIGGER a AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER b AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ['ALTER TRIGGER a ON doc RENAME TO c', "INSERT INTO doc (id, title) VALUES (99, 'x')", AUDIT_READ],
);
trig('a trigger on a view must be INSTEAD OF', NOTE, [
  'CREATE VIEW v AS SELECT * FROM doc',
  'CREATE TRIGGER t BEFORE INSERT ON v FOR EACH ROW EXECUTE FUNCTION note()',
]);
trig('an INSTEAD OF trigger on a table is an error', NOTE, [
  'CREATE TRIGGER t INSTEAD OF INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note()',
]);
trig(
  'INSTEAD OF UPDATE on a view',
  `CREATE VIEW doc_titles AS SELECT id, upper(title) AS title FROM doc;
CREATE FUNCTION dt_upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE doc SET title = lower(NEW.title) WHERE id = OLD.id; RETURN NEW; END $$;
CREATE TRIGGER dt_upd INSTEAD OF UPDATE ON doc_titles FOR EACH ROW EXECUTE FUNCTION dt_upd();`,
  [
    "UPDATE doc_titles SET title = 'UNO' WHERE id = 1 RETURNING id, title",
    'SELECT title FROM doc WHERE id = 1',
  ],
);
trig(
  'INSTEAD OF DELETE returning NULL counts zero',
  `CREATE VIEW dv AS SELECT id FROM doc;
CREATE FUNCTION dv_del() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER dv_del INSTEAD OF DELETE ON dv FOR EACH ROW EXECUTE FUNCTION dv_del();`,
  ['DELETE FROM dv', 'SELECT count(*)::int AS n FROM doc'],
);
trig(
  'a trigger on a partitioned table fires for partitions',
  `CREATE TABLE part (id int, k text) PARTITION BY LIST (k);
CREATE TABLE part_a PARTITION OF part FOR VALUES IN ('a');
CREATE TABLE part_b PARTITION OF part FOR VALUES IN ('b');
CREATE FUNCTION pn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (TG_TABLE_NAME || ' ' || NEW.id); RETURN NULL; END $$;
CREATE TRIGGER pn AFTER INSERT ON part FOR EACH ROW EXECUTE FUNCTION pn();`,
  ["INSERT INTO part VALUES (1, 'a'), (2, 'b')", AUDIT_READ],
);
trig(
  'a BEFORE row trigger on a partitioned table cannot move the row',
  `CREATE TABLE part (id int, k text) PARTITION BY LIST (k);
CREATE TABLE part_a PARTITION OF part FOR VALUES IN ('a');
CREATE TABLE part_b PARTITION OF part FOR VALUES IN ('b');
CREATE FUNCTION mv() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.k := 'b'; RETURN NEW; END $$;
CREATE TRIGGER mv BEFORE INSERT ON part FOR EACH ROW EXECUTE FUNCTION mv();`,
  ["INSERT INTO part VALUES (1, 'a')"],
);
trig(
  'pg_trigger rows and tgtype',
  `${NOTE}
CREATE TRIGGER t1 BEFORE INSERT OR UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER t2 AFTER DELETE ON doc FOR EACH STATEMENT EXECUTE FUNCTION note('x', 'y');`,
  [
    "SELECT tgname, tgtype, tgenabled, tgnargs, tgisinternal AS internal, tgfoid::regproc::text AS fn FROM pg_trigger WHERE tgrelid = 'doc'::regclass ORDER BY tgname",
  ],
);
trig(
  'pg_get_triggerdef',
  `${NOTE}
CREATE TRIGGER t1 BEFORE INSERT OR UPDATE OF title, body ON doc FOR EACH ROW WHEN (NEW.version > 0) EXECUTE FUNCTION note('a');
CREATE TRIGGER t2 AFTER DELETE ON doc REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION note();`,
  [
    "SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = 'doc'::regclass ORDER BY tgname",
    "SELECT pg_get_triggerdef(oid, true) AS def FROM pg_trigger WHERE tgname = 't1'",
  ],
);
trig(
  'information_schema.triggers',
  `${NOTE}
CREATE TRIGGER t1 BEFORE INSERT OR UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER t2 AFTER DELETE ON doc FOR EACH STATEMENT EXECUTE FUNCTION note();`,
  [
    "SELECT trigger_name, event_manipulation, event_object_table, action_timing, action_orientation, action_order, action_statement, action_condition FROM information_schema.triggers WHERE event_object_table = 'doc' ORDER BY trigger_name, event_manipulation",
  ],
);
trig(
  'relhastriggers in pg_class',
  `${NOTE}
CREATE TRIGGER t1 AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();`,
  ["SELECT relname, relhastriggers FROM pg_class WHERE relname IN ('doc', 'audit') ORDER BY relname"],
);
trig(
  'foreign key internal triggers in pg_trigger',
  'CREATE TABLE child (id int, doc_id int REFERENCES doc);',
  [
    "SELECT tgrelid::regclass::text AS rel, tgisinternal AS internal, tgfoid::regproc::text AS fn, tgtype FROM pg_trigger WHERE tgrelid IN ('doc'::regclass, 'child'::regclass) ORDER BY 1, 3, 4",
  ],
);
trig(
  'dropping a table drops its triggers',
  `${NOTE}
CREATE TABLE tmp (x int);
CREATE TRIGGER t AFTER INSERT ON tmp FOR EACH ROW EXECUTE FUNCTION note();`,
  ['DROP TABLE tmp', "SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 't'"],
);
trig('a trigger on a temporary table', NOTE, [
  'CREATE TEMP TABLE tt (x int)',
  'CREATE TRIGGER t AFTER INSERT ON tt FOR EACH ROW EXECUTE FUNCTION note()',
  'INSERT INTO tt VALUES (1)',
  AUDIT_READ,
]);
trig(
  'a trigger reading another row of the same table mid-statement (AFTER sees all)',
  `CREATE FUNCTION sees() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (NEW.id || ' sees ' || (SELECT count(*) FROM doc)); RETURN NULL; END $$;
CREATE TRIGGER sees AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION sees();`,
  ["INSERT INTO doc (id, title) VALUES (101, 'a'), (102, 'b')", AUDIT_READ],
);
trig(
  'a BEFORE trigger reading the table sees rows inserted earlier in the statement',
  `CREATE FUNCTION seesb() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (NEW.id || ' sees ' || (SELECT count(*) FROM doc)); RETURN NEW; END $$;
CREATE TRIGGER seesb BEFORE INSERT ON doc FOR EACH ROW EXECUTE FUNCTION seesb();`,
  ["INSERT INTO doc (id, title) VALUES (101, 'a'), (102, 'b')", AUDIT_READ],
);
trig(
  'a counter-cache trigger maintains a parent count',
  `CREATE TABLE post (id int PRIMARY KEY, comments int NOT NULL DEFAULT 0);
CREATE TABLE comment (id serial PRIMARY KEY, post_id int NOT NULL REFERENCES post ON DELETE CASCADE);
INSERT INTO post VALUES (1), (2);
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP = 'INSERT' THEN UPDATE post SET comments = comments + 1 WHERE id = NEW.post_id; RETURN NEW; END IF;
  UPDATE post SET comments = comments - 1 WHERE id = OLD.post_id; RETURN OLD; END $$;
CREATE TRIGGER bump AFTER INSERT OR DELETE ON comment FOR EACH ROW EXECUTE FUNCTION bump();`,
  [
    'INSERT INTO comment (post_id) VALUES (1), (1), (2)',
    'DELETE FROM comment WHERE id = 1',
    'SELECT id, comments FROM post ORDER BY id',
    'DELETE FROM post WHERE id = 2',
    'SELECT id, comments FROM post ORDER BY id',
  ],
);
trig(
  'a cascaded delete fires the child trigger',
  `CREATE TABLE child (id int PRIMARY KEY, doc_id int REFERENCES doc ON DELETE CASCADE);
INSERT INTO child VALUES (1, 1), (2, 1), (3, 2);
CREATE FUNCTION cd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES ('child gone ' || OLD.id); RETURN OLD; END $$;
CREATE TRIGGER cd BEFORE DELETE ON child FOR EACH ROW EXECUTE FUNCTION cd();`,
  ['DELETE FROM doc WHERE id = 1', 'SELECT info FROM audit ORDER BY info'],
);
trig(
  'a cascaded delete blocked by a child BEFORE trigger returning NULL',
  `CREATE TABLE child (id int PRIMARY KEY, doc_id int REFERENCES doc ON DELETE CASCADE);
INSERT INTO child VALUES (1, 1);
CREATE FUNCTION block() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER block BEFORE DELETE ON child FOR EACH ROW EXECUTE FUNCTION block();`,
  ['DELETE FROM doc WHERE id = 1'],
);
trig('an AFTER trigger on a COPY-like multi-values insert with RETURNING', AUDIT_TRIGGER, [
  "INSERT INTO doc (id, title) SELECT g, 'g' || g FROM generate_series(200, 202) g RETURNING id",
  'SELECT doc_id FROM doc_audit ORDER BY n',
]);
trig(
  'a trigger with a MERGE statement (15)',
  `${NOTE}
CREATE TRIGGER i AFTER INSERT ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER u AFTER UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION note();
CREATE TRIGGER s AFTER INSERT OR UPDATE ON doc FOR EACH STATEMENT EXECUTE FUNCTION note();`,
  [
    "MERGE INTO doc d USING (VALUES (1, 'm1'), (300, 'm300')) AS v(id, title) ON d.id = v.id WHEN MATCHED THEN UPDATE SET title = v.title WHEN NOT MATCHED THEN INSERT (id, title) VALUES (v.id, v.title)",
    AUDIT_READ,
  ],
);
trig('an updated_at trigger with a MERGE update', TOUCH, [
  "SET TimeZone = 'UTC'",
  "MERGE INTO doc d USING (VALUES (2, 'm2')) AS v(id, title) ON d.id = v.id WHEN MATCHED THEN UPDATE SET title = v.title",
  'SELECT id, title, version, updated_at FROM doc ORDER BY id',
]);
trig('a trigger in a writable CTE', AUDIT_TRIGGER, [
  "WITH x AS (UPDATE doc SET title = 'cte' WHERE id = 3 RETURNING id) SELECT id FROM x",
  'SELECT op, doc_id FROM doc_audit ORDER BY n',
]);

export default list.cases;
