// Round 24 area D part 1: triggers as application schemas write them (PostgreSQL 15 CREATE TRIGGER, ch. 39, 43.10).
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const P = 'r24d trg: ';
const BASE = `CREATE TABLE acct (id int PRIMARY KEY, email text NOT NULL, name text, balance numeric(10,2) NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'new', modified timestamptz NOT NULL DEFAULT '2001-01-01 00:00+00', rev int NOT NULL DEFAULT 0);
CREATE TABLE log (n serial PRIMARY KEY, op text, tbl text, info text);
INSERT INTO acct (id, email, name, balance) VALUES (1, 'A@X.io', 'ann', 10), (2, 'b@x.io', 'bob', 20), (3, 'c@x.io', NULL, 0);`;
const add = (name: string, extra: string, ...steps: Step[]) =>
  cases.push({ name: P + name, setup: BASE + extra, steps });
const LOG = 'SELECT n, op, tbl, info FROM log ORDER BY n';

const NORM = `CREATE FUNCTION norm() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  NEW.email := lower(trim(NEW.email)); NEW.rev := COALESCE(OLD.rev, -1) + 1; NEW.modified := '2024-03-04 05:06:07+00'; RETURN NEW; END $$;
CREATE TRIGGER acct_norm BEFORE INSERT OR UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION norm();`;
add(
  'before insert normalises the email and returning sees it',
  NORM,
  "SET TimeZone='UTC'",
  "INSERT INTO acct (id, email) VALUES (9, '  Z@Q.IO ') RETURNING id, email, rev, modified",
);
add(
  'before update bumps rev on every row',
  NORM,
  'UPDATE acct SET name = name',
  'SELECT id, email, rev FROM acct ORDER BY id',
);
add('before update with parameters', NORM, {
  sql: 'UPDATE acct SET email = $1 WHERE id = $2 RETURNING email, rev',
  params: ['MIXED@Case.com', 2],
});
add('update count with a normalising trigger', NORM, "UPDATE acct SET status = 'x' WHERE id > 1");
const SKIP = `CREATE FUNCTION skip_zero() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF NEW.balance = 0 THEN RETURN NULL; END IF; RETURN NEW; END $$;
CREATE TRIGGER acct_skip BEFORE INSERT OR UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION skip_zero();`;
add(
  'before trigger returning null skips the insert and the count',
  SKIP,
  "INSERT INTO acct (id, email, balance) VALUES (10, 'a', 0), (11, 'b', 5)",
  'SELECT id FROM acct ORDER BY id',
);
add(
  'skipped insert returning gives no row',
  SKIP,
  "INSERT INTO acct (id, email, balance) VALUES (10, 'a', 0) RETURNING id",
);
add(
  'skipped update count',
  SKIP,
  'UPDATE acct SET balance = 0 WHERE id IN (1, 2)',
  'SELECT id, balance FROM acct ORDER BY id',
);
add('skipped update returning', SKIP, 'UPDATE acct SET balance = balance - 10 RETURNING id, balance');
const DELSKIP = `CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF OLD.status = 'new' THEN RETURN NULL; END IF; RETURN OLD; END $$;
CREATE TRIGGER acct_keep BEFORE DELETE ON acct FOR EACH ROW EXECUTE FUNCTION keep();`;
add(
  'before delete returning null keeps the row',
  DELSKIP,
  "UPDATE acct SET status = 'closed' WHERE id = 3",
  'DELETE FROM acct RETURNING id',
  'SELECT id FROM acct ORDER BY id',
);
add('before delete returning null count zero', DELSKIP, 'DELETE FROM acct WHERE id = 1');
const AUD = `CREATE FUNCTION aud() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, tbl, info) VALUES (TG_OP, TG_TABLE_NAME,
    CASE TG_OP WHEN 'DELETE' THEN OLD.id::text WHEN 'INSERT' THEN NEW.id::text ELSE OLD.balance || '->' || NEW.balance END);
  RETURN NULL; END $$;
CREATE TRIGGER acct_aud AFTER INSERT OR UPDATE OR DELETE ON acct FOR EACH ROW EXECUTE FUNCTION aud();`;
add(
  'after trigger audits insert update delete',
  AUD,
  "INSERT INTO acct (id, email) VALUES (5, 'e')",
  'UPDATE acct SET balance = balance + 1 WHERE id <= 2',
  'DELETE FROM acct WHERE id = 3',
  LOG,
);
add('after trigger return value ignored and count kept', AUD, 'UPDATE acct SET balance = 1');
add(
  'after trigger TG_TABLE_SCHEMA and TG_WHEN TG_LEVEL',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, tbl, info) VALUES (TG_OP, TG_TABLE_SCHEMA || '.' || TG_RELNAME, TG_NAME || ' ' || TG_WHEN || ' ' || TG_LEVEL || ' ' || TG_NARGS); RETURN NULL; END $$;
CREATE TRIGGER t1 AFTER DELETE ON acct FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  'DELETE FROM acct WHERE false',
  LOG,
);
add(
  'tg_argv passed as text',
  `CREATE FUNCTION a2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, tbl, info) VALUES (TG_ARGV[0], TG_ARGV[1], TG_NARGS::text || coalesce(TG_ARGV[5], '-')); RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION a2('x', 42, 'y z');`,
  "INSERT INTO acct (id, email) VALUES (7, 'q')",
  LOG,
);
add(
  'tg_argv with a non-literal argument errors',
  `CREATE FUNCTION a3() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`,
  'CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION a3(1 + 1)',
);
add(
  'when condition on old and new',
  `${AUD.replace('CREATE TRIGGER acct_aud AFTER INSERT OR UPDATE OR DELETE ON acct FOR EACH ROW', 'CREATE TRIGGER acct_aud AFTER UPDATE ON acct FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance)')}`,
  'UPDATE acct SET balance = balance WHERE id = 1',
  'UPDATE acct SET balance = 99 WHERE id = 2',
  LOG,
);
add(
  'when condition referencing old in insert trigger errors',
  `CREATE FUNCTION a3() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`,
  'CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW WHEN (OLD.id > 0) EXECUTE FUNCTION a3()',
);
add(
  'when condition on statement trigger errors',
  `CREATE FUNCTION a3() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`,
  'CREATE TRIGGER t AFTER UPDATE ON acct FOR EACH STATEMENT WHEN (true) EXECUTE FUNCTION a3()',
);
add(
  'when condition with a subquery errors',
  `CREATE FUNCTION a3() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`,
  'CREATE TRIGGER t AFTER UPDATE ON acct FOR EACH ROW WHEN (NEW.id IN (SELECT 1)) EXECUTE FUNCTION a3()',
);
add(
  'update of column fires only when the column is in set list',
  `${AUD.replace('AFTER INSERT OR UPDATE OR DELETE ON acct', 'AFTER UPDATE OF balance, status ON acct')}`,
  "UPDATE acct SET name = 'n' WHERE id = 1",
  'UPDATE acct SET balance = balance WHERE id = 2',
  "UPDATE acct SET status = 'z', name = 'm' WHERE id = 3",
  LOG,
);
add(
  'update of unknown column errors',
  AUD,
  'CREATE TRIGGER t2 AFTER UPDATE OF nope ON acct FOR EACH ROW EXECUTE FUNCTION aud()',
);
add(
  'update of on insert trigger errors',
  AUD,
  'CREATE TRIGGER t2 AFTER INSERT OF balance ON acct FOR EACH ROW EXECUTE FUNCTION aud()',
);
const ORDER = `CREATE FUNCTION tagit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := coalesce(NEW.name, '') || TG_ARGV[0]; RETURN NEW; END $$;
CREATE TRIGGER b_second BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tagit('b');
CREATE TRIGGER a_first BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tagit('a');
CREATE TRIGGER "Z_upper" BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tagit('Z');`;
add('triggers fire in name order', ORDER, "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name");
add(
  'duplicate trigger name errors',
  ORDER,
  "CREATE TRIGGER a_first BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tagit('q')",
);
add(
  'create or replace trigger replaces',
  ORDER,
  "CREATE OR REPLACE TRIGGER a_first BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tagit('q')",
  "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name",
);
add(
  'drop trigger then insert',
  ORDER,
  'DROP TRIGGER b_second ON acct',
  "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name",
);
add('drop missing trigger errors', ORDER, 'DROP TRIGGER nope ON acct');
add('drop trigger if exists notice', ORDER, 'DROP TRIGGER IF EXISTS nope ON acct');
add(
  'alter table disable trigger',
  ORDER,
  'ALTER TABLE acct DISABLE TRIGGER a_first',
  "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name",
  'ALTER TABLE acct ENABLE TRIGGER a_first',
  "INSERT INTO acct (id, email) VALUES (9, 'x') RETURNING name",
);
add(
  'alter table disable trigger all user',
  ORDER,
  'ALTER TABLE acct DISABLE TRIGGER USER',
  "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name",
);
add(
  'alter trigger rename',
  ORDER,
  'ALTER TRIGGER a_first ON acct RENAME TO zz_last',
  "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name",
);
const RAISE = `CREATE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF NEW.balance < 0 THEN RAISE EXCEPTION 'balance of % would be %', NEW.id, NEW.balance USING ERRCODE = 'check_violation', DETAIL = 'account ' || NEW.email, HINT = 'top up first'; END IF;
  IF NEW.status = 'bad' THEN RAISE EXCEPTION USING ERRCODE = 'P0042', MESSAGE = 'custom code'; END IF;
  IF NEW.status = 'bad2' THEN RAISE SQLSTATE '22012'; END IF;
  IF NEW.status = 'bad3' THEN RAISE unique_violation USING MESSAGE = 'dup ' || NEW.id, COLUMN = 'status', CONSTRAINT = 'my_c', TABLE = 'acct'; END IF;
  RETURN NEW; END $$;
CREATE TRIGGER acct_guard BEFORE UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION guard();`;
add('trigger raises with errcode detail and hint', RAISE, 'UPDATE acct SET balance = -5 WHERE id = 1');
add('trigger raises a custom sqlstate', RAISE, "UPDATE acct SET status = 'bad' WHERE id = 2");
add('trigger raise sqlstate only', RAISE, "UPDATE acct SET status = 'bad2' WHERE id = 2");
add(
  'trigger raises condition name with column and constraint',
  RAISE,
  "UPDATE acct SET status = 'bad3' WHERE id = 2",
);
add(
  'trigger exception rolls back the whole statement',
  RAISE,
  'UPDATE acct SET balance = balance - 15',
  'SELECT id, balance FROM acct ORDER BY id',
);
add(
  'trigger exception inside a transaction aborts it',
  RAISE,
  'BEGIN',
  'UPDATE acct SET balance = -1 WHERE id = 3',
  'SELECT 1',
  'ROLLBACK',
  'SELECT balance FROM acct WHERE id = 3',
);
add('trigger exception with parameters', RAISE, {
  sql: 'UPDATE acct SET balance = $1 WHERE id = $2',
  params: ['-3.5', 2],
});
add(
  'trigger function not returning trigger errors',
  `CREATE FUNCTION notrig() RETURNS int LANGUAGE sql AS 'SELECT 1';`,
  'CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION notrig()',
);
add(
  'trigger function called directly errors',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`,
  'SELECT tf()',
);
add(
  'sql language trigger function errors',
  '',
  "CREATE FUNCTION tf() RETURNS trigger LANGUAGE sql AS 'SELECT NULL'",
);
add(
  'execute procedure spelling accepted',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := 'proc'; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE PROCEDURE tf();`,
  "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name",
);
add(
  'before trigger returning a wrong row type errors',
  `CREATE TABLE other (a int);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE r other; BEGIN r.a := 1; RETURN r; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO acct (id, email) VALUES (8, 'x')",
);
add(
  'before trigger assigning a bad value errors',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.id := 'abc'; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO acct (id, email) VALUES (8, 'x')",
);
add(
  'before trigger setting null into not null column errors',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.email := NULL; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO acct (id, email) VALUES (8, 'x')",
);
add(
  'before trigger changing the primary key to a duplicate errors',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.id := 1; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO acct (id, email) VALUES (8, 'x')",
);
add(
  'before trigger sees defaults already applied',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := NEW.status || '/' || NEW.balance; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO acct (id, email) VALUES (8, 'x') RETURNING name",
);
// statement triggers and transition tables
const STMT = `CREATE FUNCTION st() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE c int; BEGIN
  IF TG_OP = 'INSERT' THEN SELECT count(*) INTO c FROM nt; ELSIF TG_OP = 'DELETE' THEN SELECT count(*) INTO c FROM ot;
  ELSE SELECT count(*) INTO c FROM nt JOIN ot USING (id) WHERE nt.balance <> ot.balance; END IF;
  INSERT INTO log (op, tbl, info) VALUES (TG_OP, TG_TABLE_NAME, c::text); RETURN NULL; END $$;
CREATE TRIGGER st_i AFTER INSERT ON acct REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION st();
CREATE TRIGGER st_u AFTER UPDATE ON acct REFERENCING OLD TABLE AS ot NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION st();
CREATE TRIGGER st_d AFTER DELETE ON acct REFERENCING OLD TABLE AS ot FOR EACH STATEMENT EXECUTE FUNCTION st();`;
add(
  'transition tables count rows per statement',
  STMT,
  "INSERT INTO acct (id, email) VALUES (7, 'a'), (8, 'b')",
  'UPDATE acct SET balance = balance + 1 WHERE id < 3',
  'DELETE FROM acct WHERE id > 6',
  LOG,
);
add(
  'statement trigger fires for zero rows',
  STMT,
  'UPDATE acct SET balance = 1 WHERE false',
  'DELETE FROM acct WHERE false',
  LOG,
);
add(
  'transition table on a before trigger errors',
  STMT,
  'CREATE TRIGGER x BEFORE INSERT ON acct REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
);
add(
  'old table on insert trigger errors',
  STMT,
  'CREATE TRIGGER x AFTER INSERT ON acct REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION st()',
);
add(
  'transition tables with multiple events error',
  STMT,
  'CREATE TRIGGER x AFTER INSERT OR UPDATE ON acct REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
);
add(
  'transition table with update of columns errors',
  STMT,
  'CREATE TRIGGER x AFTER UPDATE OF balance ON acct REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
);
add(
  'row trigger with transition table',
  `CREATE FUNCTION rt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, info) VALUES (TG_OP, (SELECT string_agg(id::text, ',' ORDER BY id) FROM nt)); RETURN NULL; END $$;
CREATE TRIGGER rt AFTER INSERT ON acct REFERENCING NEW TABLE AS nt FOR EACH ROW EXECUTE FUNCTION rt();`,
  "INSERT INTO acct (id, email) VALUES (7, 'a'), (8, 'b')",
  LOG,
);
add(
  'statement before and after order with row triggers',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, info) VALUES (TG_OP, TG_NAME || coalesce(':' || NEW.id, '')); IF TG_WHEN = 'BEFORE' AND TG_LEVEL = 'ROW' THEN RETURN NEW; END IF; RETURN NULL; END $$;
CREATE TRIGGER s1 BEFORE INSERT ON acct FOR EACH STATEMENT EXECUTE FUNCTION w();
CREATE TRIGGER s2 AFTER INSERT ON acct FOR EACH STATEMENT EXECUTE FUNCTION w();
CREATE TRIGGER r1 BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER r2 AFTER INSERT ON acct FOR EACH ROW EXECUTE FUNCTION w();`,
  "INSERT INTO acct (id, email) VALUES (7, 'a'), (8, 'b')",
  LOG,
);
add(
  'statement trigger NEW is null',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, info) VALUES (TG_OP, (NEW IS NULL)::text || (OLD IS NULL)::text); RETURN NULL; END $$;
CREATE TRIGGER s AFTER UPDATE ON acct FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  'UPDATE acct SET rev = 1',
  LOG,
);
add(
  'truncate trigger statement only',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (op, tbl) VALUES (TG_OP, TG_TABLE_NAME); RETURN NULL; END $$;
CREATE TRIGGER s AFTER TRUNCATE ON acct FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  'TRUNCATE acct',
  LOG,
  'CREATE TRIGGER r AFTER TRUNCATE ON acct FOR EACH ROW EXECUTE FUNCTION w()',
);
// ON CONFLICT and triggers
const UPS = `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, info) VALUES (TG_OP, TG_WHEN || ' ' || TG_LEVEL || coalesce(' ' || NEW.id, '')); IF TG_LEVEL = 'ROW' AND TG_WHEN = 'BEFORE' THEN RETURN NEW; END IF; RETURN NULL; END $$;
CREATE TRIGGER bi BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER bu BEFORE UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER ai AFTER INSERT ON acct FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER au AFTER UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER si AFTER INSERT ON acct FOR EACH STATEMENT EXECUTE FUNCTION w();
CREATE TRIGGER su AFTER UPDATE ON acct FOR EACH STATEMENT EXECUTE FUNCTION w();`;
add(
  'on conflict do update fires before insert then update triggers',
  UPS,
  "INSERT INTO acct (id, email) VALUES (1, 'dup'), (6, 'new') ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email",
  LOG,
);
add(
  'on conflict do nothing fires before insert only',
  UPS,
  "INSERT INTO acct (id, email) VALUES (1, 'dup') ON CONFLICT DO NOTHING",
  LOG,
);
add(
  'on conflict with before insert trigger changing the key',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.id := NEW.id + 100; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO acct (id, email) VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET email = 'upd' RETURNING id, email",
);
add(
  'on conflict update with before update trigger normalising',
  NORM,
  "INSERT INTO acct (id, email) VALUES (2, 'NEW@X') ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email || 'X' RETURNING id, email, rev",
);
// FK cascades
const FK = `CREATE TABLE item (id int PRIMARY KEY, acct_id int REFERENCES acct ON DELETE CASCADE ON UPDATE CASCADE, note text);
INSERT INTO item VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c');
CREATE FUNCTION itemlog() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, tbl, info) VALUES (TG_OP, TG_TABLE_NAME, coalesce(OLD.id::text, '') || '/' || coalesce(NEW.acct_id::text, '')); RETURN coalesce(NEW, OLD); END $$;
CREATE TRIGGER il AFTER DELETE OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION itemlog();`;
add('cascaded fk delete fires child row triggers', FK, 'DELETE FROM acct WHERE id = 1', LOG);
add('cascaded fk update fires child update triggers', FK, 'UPDATE acct SET id = 20 WHERE id = 2', LOG);
add(
  'before delete on child skipping cascaded delete errors',
  `${FK}
CREATE FUNCTION nodel() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER nd BEFORE DELETE ON item FOR EACH ROW EXECUTE FUNCTION nodel();`,
  'DELETE FROM acct WHERE id = 1',
  'SELECT id FROM item ORDER BY id',
);
add(
  'set null fk fires child update trigger',
  `CREATE TABLE item (id int PRIMARY KEY, acct_id int REFERENCES acct ON DELETE SET NULL);
INSERT INTO item VALUES (10, 1), (11, 2);
CREATE FUNCTION itemlog() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, tbl, info) VALUES (TG_OP, TG_TABLE_NAME, OLD.acct_id || '->' || coalesce(NEW.acct_id::text, 'null')); RETURN NEW; END $$;
CREATE TRIGGER il BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION itemlog();`,
  'DELETE FROM acct WHERE id = 1',
  LOG,
  'SELECT * FROM item ORDER BY id',
);
// constraint triggers
const CT = `CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF (SELECT sum(balance) FROM acct) < 0 THEN RAISE EXCEPTION 'total negative: %', (SELECT sum(balance) FROM acct) USING ERRCODE = '23514'; END IF; RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER total_ok AFTER INSERT OR UPDATE ON acct DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk();`;
add(
  'deferred constraint trigger checks at commit',
  CT,
  'BEGIN',
  'UPDATE acct SET balance = -100 WHERE id = 1',
  'UPDATE acct SET balance = 100 WHERE id = 2',
  'COMMIT',
  'SELECT id, balance FROM acct ORDER BY id',
);
add(
  'deferred constraint trigger fails at commit',
  CT,
  'BEGIN',
  'UPDATE acct SET balance = -100 WHERE id = 1',
  "SELECT 'still ok'",
  'COMMIT',
  'SELECT id, balance FROM acct ORDER BY id',
);
add(
  'set constraints immediate fires pending constraint triggers',
  CT,
  'BEGIN',
  'UPDATE acct SET balance = -100 WHERE id = 1',
  'SET CONSTRAINTS total_ok IMMEDIATE',
  'ROLLBACK',
);
add(
  'constraint trigger in autocommit fails the statement',
  CT,
  'UPDATE acct SET balance = -100 WHERE id = 1',
  'SELECT balance FROM acct WHERE id = 1',
);
add(
  'constraint trigger before errors',
  CT,
  'CREATE CONSTRAINT TRIGGER x BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION chk()',
);
add(
  'constraint trigger for each statement errors',
  CT,
  'CREATE CONSTRAINT TRIGGER x AFTER INSERT ON acct FOR EACH STATEMENT EXECUTE FUNCTION chk()',
);
add('set constraints on unknown name errors', CT, 'BEGIN', 'SET CONSTRAINTS nope DEFERRED', 'ROLLBACK');
// INSTEAD OF on views
const IV = `CREATE VIEW acct_v AS SELECT a.id, a.email, count(i.*) AS n FROM acct a LEFT JOIN (SELECT 1 AS x, 1 AS aid) i ON i.aid = a.id GROUP BY a.id, a.email;
CREATE FUNCTION acct_v_w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP = 'INSERT' THEN INSERT INTO acct (id, email) VALUES (NEW.id, NEW.email); RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN UPDATE acct SET email = NEW.email WHERE id = OLD.id; RETURN NEW;
  ELSE DELETE FROM acct WHERE id = OLD.id; RETURN OLD; END IF; END $$;
CREATE TRIGGER acct_v_w INSTEAD OF INSERT OR UPDATE OR DELETE ON acct_v FOR EACH ROW EXECUTE FUNCTION acct_v_w();`;
add(
  'instead of insert on a view',
  IV,
  "INSERT INTO acct_v (id, email) VALUES (5, 'v') RETURNING id, email, n",
  'SELECT id, email FROM acct ORDER BY id',
);
add(
  'instead of update on a view with count',
  IV,
  "UPDATE acct_v SET email = 'u' WHERE id <= 2",
  'SELECT id, email FROM acct ORDER BY id',
);
add(
  'instead of delete on a view',
  IV,
  'DELETE FROM acct_v WHERE n = 0 RETURNING id',
  'SELECT id FROM acct ORDER BY id',
);
add(
  'instead of trigger returning null counts zero',
  `${IV}
CREATE FUNCTION nope() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER acct_v_x INSTEAD OF INSERT ON acct_v FOR EACH ROW EXECUTE FUNCTION nope();`,
  "INSERT INTO acct_v (id, email) VALUES (5, 'v')",
);
add(
  'instead of on a table errors',
  IV,
  'CREATE TRIGGER x INSTEAD OF INSERT ON acct FOR EACH ROW EXECUTE FUNCTION acct_v_w()',
);
add(
  'instead of statement level errors',
  IV,
  'CREATE TRIGGER x INSTEAD OF INSERT ON acct_v FOR EACH STATEMENT EXECUTE FUNCTION acct_v_w()',
);
add(
  'before row trigger on a view errors',
  IV,
  'CREATE TRIGGER x BEFORE INSERT ON acct_v FOR EACH ROW EXECUTE FUNCTION acct_v_w()',
);
add(
  'instead of with when errors',
  IV,
  'CREATE TRIGGER x INSTEAD OF UPDATE ON acct_v FOR EACH ROW WHEN (OLD.id > 0) EXECUTE FUNCTION acct_v_w()',
);
add(
  'trigger introspection via information_schema',
  `${AUD}
CREATE TRIGGER acct_upd BEFORE UPDATE OF balance ON acct FOR EACH ROW WHEN (NEW.balance > 0) EXECUTE FUNCTION aud();`,
  'SELECT trigger_name, event_manipulation, action_timing, action_orientation, action_order, action_condition, action_statement FROM information_schema.triggers ORDER BY trigger_name, event_manipulation',
);
add(
  'pg_trigger tgenabled and pg_get_triggerdef',
  `${AUD}`,
  "SELECT tgname, tgenabled, tgisinternal, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'acct'::regclass ORDER BY tgname",
);
add(
  'trigger updating another table with a counter',
  `CREATE TABLE cnt (k text PRIMARY KEY, n int NOT NULL);
INSERT INTO cnt VALUES ('acct', 3);
CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  UPDATE cnt SET n = n + CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END WHERE k = TG_TABLE_NAME; RETURN NULL; END $$;
CREATE TRIGGER bump AFTER INSERT OR DELETE ON acct FOR EACH ROW EXECUTE FUNCTION bump();`,
  "INSERT INTO acct (id, email) VALUES (7, 'a'), (8, 'b')",
  'DELETE FROM acct WHERE id = 1',
  'SELECT * FROM cnt',
);
add(
  'recursive trigger depth via pg_trigger_depth',
  `CREATE FUNCTION d() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, info) VALUES (TG_OP, pg_trigger_depth()::text);
  IF NEW.id < 3 THEN UPDATE acct SET rev = rev + 1 WHERE id = NEW.id + 1; END IF; RETURN NULL; END $$;
CREATE TRIGGER d AFTER UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION d();`,
  'UPDATE acct SET rev = 1 WHERE id = 1',
  LOG,
  'SELECT pg_trigger_depth()',
);
add(
  'trigger with row_to_json of new into audit',
  `CREATE FUNCTION j() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, info) VALUES (TG_OP, (to_jsonb(NEW) - 'modified')::text); RETURN NULL; END $$;
CREATE TRIGGER j AFTER INSERT ON acct FOR EACH ROW EXECUTE FUNCTION j();`,
  "INSERT INTO acct (id, email, name) VALUES (7, 'a', 'q')",
  LOG,
);
add(
  'trigger diff using jsonb of old and new',
  `CREATE FUNCTION j() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE k text; o jsonb := to_jsonb(OLD); n jsonb := to_jsonb(NEW); ch text[] := '{}'; BEGIN
  FOR k IN SELECT jsonb_object_keys(n) ORDER BY 1 LOOP IF o -> k IS DISTINCT FROM n -> k THEN ch := ch || k; END IF; END LOOP;
  INSERT INTO log (op, info) VALUES (TG_OP, array_to_string(ch, ',')); RETURN NULL; END $$;
CREATE TRIGGER j AFTER UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION j();`,
  "UPDATE acct SET name = 'z', balance = 5 WHERE id = 1",
  LOG,
);
add(
  'trigger using hstore-free record comparison new is distinct from old',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF NEW IS DISTINCT FROM OLD THEN NEW.rev := OLD.rev + 1; END IF; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  'UPDATE acct SET name = name RETURNING id, rev',
  "UPDATE acct SET name = 'k' WHERE id = 3 RETURNING id, rev",
);
add(
  'suppress_redundant_updates_trigger',
  `CREATE TRIGGER z BEFORE UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();`,
  'UPDATE acct SET name = name',
  "UPDATE acct SET name = 'x' WHERE id = 1",
);
add(
  'trigger on partitioned table fires for partitions',
  `CREATE TABLE ev (id int, k text) PARTITION BY LIST (k);
CREATE TABLE ev_a PARTITION OF ev FOR VALUES IN ('a'); CREATE TABLE ev_b PARTITION OF ev FOR VALUES IN ('b');
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (op, tbl, info) VALUES (TG_OP, TG_TABLE_NAME, NEW.id::text); RETURN NULL; END $$;
CREATE TRIGGER w AFTER INSERT ON ev FOR EACH ROW EXECUTE FUNCTION w();`,
  "INSERT INTO ev VALUES (1, 'a'), (2, 'b')",
  LOG,
);
add(
  'trigger on a temp table',
  `CREATE TEMP TABLE tt (id int, v text);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := upper(NEW.v); RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO tt VALUES (1, 'abc') RETURNING *",
);
add(
  'copy-free bulk insert select fires row triggers',
  NORM,
  "INSERT INTO acct (id, email) SELECT g, 'U' || g || '@X' FROM generate_series(20, 22) g RETURNING id, email, rev",
);
add('drop function used by trigger errors with dependency detail', AUD, 'DROP FUNCTION aud()');
add(
  'drop function cascade drops the trigger',
  AUD,
  'DROP FUNCTION aud() CASCADE',
  'UPDATE acct SET balance = 0',
  LOG,
);
add(
  'drop table drops its triggers',
  AUD,
  'DROP TABLE acct',
  'SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal',
);
add(
  'trigger on missing table errors',
  AUD,
  'CREATE TRIGGER x AFTER INSERT ON nope FOR EACH ROW EXECUTE FUNCTION aud()',
);
add(
  'trigger with missing function errors',
  '',
  'CREATE TRIGGER x AFTER INSERT ON acct FOR EACH ROW EXECUTE FUNCTION nope()',
);
add(
  'before trigger modifying generated column errors',
  `CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.b := 5; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON g FOR EACH ROW EXECUTE FUNCTION tf();`,
  'INSERT INTO g (a) VALUES (1) RETURNING *',
);
add(
  'after trigger sees generated column',
  `CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (op, info) VALUES (TG_OP, NEW.b::text); RETURN NULL; END $$;
CREATE TRIGGER t AFTER INSERT ON g FOR EACH ROW EXECUTE FUNCTION tf();`,
  'INSERT INTO g (a) VALUES (21)',
  LOG,
);
add(
  'trigger with raise notice',
  `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'inserting %', NEW.id; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO acct (id, email) VALUES (7, 'a') RETURNING id",
);
add(
  'serial id visible in before trigger',
  `CREATE TABLE s (id serial PRIMARY KEY, label text);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.label := 'row-' || NEW.id; RETURN NEW; END $$;
CREATE TRIGGER t BEFORE INSERT ON s FOR EACH ROW EXECUTE FUNCTION tf();`,
  "INSERT INTO s (label) VALUES ('x'), ('y') RETURNING *",
);
add(
  'trigger referencing tg_op case statement with merge-free upsert count',
  UPS,
  "INSERT INTO acct (id, email) VALUES (1, 'a'), (2, 'b'), (9, 'c') ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email WHERE acct.id = 1",
);
export default cases;
