// Views (CREATE VIEW: updatable views, check options) and PL/pgSQL triggers (39, 43.10).
const ACCOUNTS = `CREATE TABLE acct (id int PRIMARY KEY, owner text, balance int DEFAULT 0, active boolean DEFAULT true);
INSERT INTO acct VALUES (1, 'ann', 10, true), (2, 'bob', 20, false), (3, 'cy', 30, true);
CREATE VIEW active_acct AS SELECT id, owner, balance FROM acct WHERE active;`;

export const viewCases = [
  {
    name: 'view: insert through a simple view uses base defaults',
    setup: ACCOUNTS,
    steps: [
      "INSERT INTO active_acct (id, owner) VALUES (4, 'dee') RETURNING *",
      'SELECT id, balance, active FROM acct WHERE id = 4',
    ],
  },
  {
    name: 'view: WITH CHECK OPTION rejects an invisible insert with 44000',
    setup: `${ACCOUNTS} CREATE VIEW rich AS SELECT * FROM acct WHERE balance > 15 WITH CHECK OPTION;`,
    steps: [
      "INSERT INTO rich VALUES (5, 'eve', 1, true)",
      "INSERT INTO rich VALUES (6, 'fay', 100, true) RETURNING id",
    ],
  },
  {
    name: 'view: WITH CHECK OPTION rejects an update moving a row out',
    setup: `${ACCOUNTS} CREATE VIEW rich AS SELECT * FROM acct WHERE balance > 15 WITH CHECK OPTION;`,
    steps: ['UPDATE rich SET balance = 0 WHERE id = 3', 'SELECT balance FROM acct WHERE id = 3'],
  },
  {
    name: 'view: a parameterised update through a check option view',
    setup: `${ACCOUNTS} CREATE VIEW rich AS SELECT * FROM acct WHERE balance > 15 WITH CHECK OPTION;`,
    steps: [
      { sql: 'UPDATE rich SET balance = $1 WHERE id = $2 RETURNING balance', params: ['16', '3'] },
      { sql: 'UPDATE rich SET balance = $1 WHERE id = $2', params: ['15', '3'] },
    ],
  },
  {
    name: 'view: LOCAL check option does not check the underlying view',
    setup: `CREATE TABLE n (v int); CREATE VIEW pos AS SELECT * FROM n WHERE v > 0;
      CREATE VIEW small_local AS SELECT * FROM pos WHERE v < 10 WITH LOCAL CHECK OPTION;`,
    steps: [
      'INSERT INTO small_local VALUES (-5)',
      'INSERT INTO small_local VALUES (50)',
      'SELECT v FROM n ORDER BY v',
    ],
  },
  {
    name: 'view: CASCADED check option checks the underlying view',
    setup: `CREATE TABLE n (v int); CREATE VIEW pos AS SELECT * FROM n WHERE v > 0;
      CREATE VIEW small_cascaded AS SELECT * FROM pos WHERE v < 10 WITH CASCADED CHECK OPTION;`,
    steps: [
      'INSERT INTO small_cascaded VALUES (-5)',
      'INSERT INTO small_cascaded VALUES (50)',
      'INSERT INTO small_cascaded VALUES (5)',
      'SELECT v FROM n ORDER BY v',
    ],
  },
  {
    name: 'view: a check option on the lower view applies through an upper view without one',
    setup: `CREATE TABLE n (v int); CREATE VIEW pos AS SELECT * FROM n WHERE v > 0 WITH CHECK OPTION;
      CREATE VIEW small AS SELECT * FROM pos WHERE v < 10;`,
    steps: ['INSERT INTO small VALUES (50)', 'INSERT INTO small VALUES (-1)', 'SELECT v FROM n ORDER BY v'],
  },
  {
    name: 'view: a computed column of a view cannot be updated',
    setup: `${ACCOUNTS} CREATE VIEW v AS SELECT id, owner, balance * 2 AS dbl FROM acct;`,
    steps: [
      'UPDATE v SET dbl = 1',
      "UPDATE v SET owner = 'zed' WHERE id = 1 RETURNING dbl",
      'INSERT INTO v (id, dbl) VALUES (9, 1)',
    ],
  },
  {
    name: 'view: an INSTEAD OF trigger makes a view writable',
    setup: `${ACCOUNTS} CREATE VIEW totals AS SELECT owner, balance FROM acct GROUP BY owner, balance;
      CREATE FUNCTION totals_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO acct (id, owner, balance) VALUES (100, NEW.owner, NEW.balance); RETURN NEW; END $$;
      CREATE TRIGGER ti INSTEAD OF INSERT ON totals FOR EACH ROW EXECUTE FUNCTION totals_ins();`,
    steps: ["INSERT INTO totals VALUES ('ivy', 9)", 'SELECT id, owner, balance FROM acct WHERE id = 100'],
  },
];

const AUDIT = `CREATE TABLE item (id int PRIMARY KEY, name text, qty int);
CREATE TABLE audit (n serial, info text);`;

export const triggerCases = [
  {
    name: 'trigger: BEFORE INSERT modifies NEW and RETURNING shows it',
    setup: `${AUDIT} CREATE FUNCTION norm() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := lower(trim(NEW.name)); RETURN NEW; END $$;
      CREATE TRIGGER norm BEFORE INSERT OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION norm();`,
    steps: [
      "INSERT INTO item VALUES (1, '  WIDGET ', 1) RETURNING name",
      { sql: 'UPDATE item SET name = $1 WHERE id = 1 RETURNING name', params: ['GADGET'] },
    ],
  },
  {
    name: 'trigger: BEFORE INSERT returning NULL skips the row and the count',
    setup: `${AUDIT} CREATE FUNCTION skip_neg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.qty < 0 THEN RETURN NULL; END IF; RETURN NEW; END $$;
      CREATE TRIGGER skip_neg BEFORE INSERT ON item FOR EACH ROW EXECUTE FUNCTION skip_neg();`,
    steps: [
      "INSERT INTO item VALUES (1, 'a', -1), (2, 'b', 1), (3, 'c', -5)",
      "INSERT INTO item VALUES (4, 'd', -1) RETURNING id",
      'SELECT id FROM item ORDER BY id',
    ],
  },
  {
    name: 'trigger: row-level and statement-level firing counts',
    setup: `${AUDIT} INSERT INTO item VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3);
      CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (TG_LEVEL); RETURN NULL; END $$;
      CREATE TRIGGER r AFTER UPDATE ON item FOR EACH ROW EXECUTE FUNCTION note();
      CREATE TRIGGER s AFTER UPDATE ON item FOR EACH STATEMENT EXECUTE FUNCTION note();`,
    steps: [
      'UPDATE item SET qty = qty + 1',
      'UPDATE item SET qty = 0 WHERE false',
      'SELECT info, count(*) FROM audit GROUP BY info ORDER BY info',
    ],
  },
  {
    name: 'trigger: TG_OP, TG_WHEN, TG_LEVEL, TG_TABLE_NAME and TG_NARGS',
    setup: `${AUDIT}
      CREATE FUNCTION who() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO audit (info) VALUES (concat_ws(' ', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, TG_NARGS, TG_ARGV[0]));
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;
      CREATE TRIGGER b BEFORE INSERT OR UPDATE OR DELETE ON item FOR EACH ROW EXECUTE FUNCTION who('x');
      CREATE TRIGGER a AFTER INSERT OR UPDATE OR DELETE ON item FOR EACH STATEMENT EXECUTE FUNCTION who();`,
    steps: [
      "INSERT INTO item VALUES (1, 'a', 1)",
      'UPDATE item SET qty = 2',
      'DELETE FROM item',
      'SELECT info FROM audit ORDER BY n',
    ],
  },
  {
    name: 'trigger: triggers of the same event fire in name order',
    setup: `CREATE TABLE t (id int, trail text DEFAULT '');
      CREATE FUNCTION mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.trail := NEW.trail || TG_NAME || ';'; RETURN NEW; END $$;
      CREATE TRIGGER zeta BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mark();
      CREATE TRIGGER alpha BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mark();
      CREATE TRIGGER "Beta" BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mark();
      CREATE TRIGGER mid BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mark();`,
    steps: ['INSERT INTO t (id) VALUES (1) RETURNING trail'],
  },
  {
    name: 'trigger: a WHEN condition on NEW',
    setup: `${AUDIT} CREATE FUNCTION big() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES ('big ' || NEW.id); RETURN NULL; END $$;
      CREATE TRIGGER big AFTER INSERT ON item FOR EACH ROW WHEN (NEW.qty > 10) EXECUTE FUNCTION big();`,
    steps: [
      "INSERT INTO item VALUES (1, 'a', 5), (2, 'b', 50), (3, 'c', NULL), (4, 'd', 11)",
      'SELECT info FROM audit ORDER BY n',
    ],
  },
  {
    name: 'trigger: WHEN (OLD.* IS DISTINCT FROM NEW.*) skips no-op updates',
    setup: `${AUDIT} INSERT INTO item VALUES (1, 'a', 1), (2, 'b', 2);
      CREATE FUNCTION chg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES ('changed ' || NEW.id); RETURN NULL; END $$;
      CREATE TRIGGER chg AFTER UPDATE ON item FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION chg();`,
    steps: ['UPDATE item SET qty = 2', 'SELECT info FROM audit ORDER BY n'],
  },
  {
    name: 'trigger: AFTER statement trigger with a NEW TABLE transition table',
    setup: `${AUDIT} CREATE FUNCTION tally() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO audit (info) SELECT 'inserted ' || count(*) || ' sum ' || coalesce(sum(qty), 0) FROM new_rows; RETURN NULL; END $$;
      CREATE TRIGGER tally AFTER INSERT ON item REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally();`,
    steps: [
      "INSERT INTO item VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3)",
      "INSERT INTO item SELECT 9, 'z', 9 WHERE false",
      'SELECT info FROM audit ORDER BY n',
    ],
  },
  {
    name: 'trigger: OLD TABLE and NEW TABLE on an update',
    setup: `${AUDIT} INSERT INTO item VALUES (1, 'a', 1), (2, 'b', 2);
      CREATE FUNCTION diff() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO audit (info) SELECT o.id || ':' || o.qty || '->' || n.qty FROM old_rows o JOIN new_rows n USING (id) ORDER BY o.id; RETURN NULL; END $$;
      CREATE TRIGGER diff AFTER UPDATE ON item REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION diff();`,
    steps: ['UPDATE item SET qty = qty * 10', 'SELECT info FROM audit ORDER BY n'],
  },
  {
    name: 'trigger: a row-level AFTER trigger sees the whole transition table',
    setup: `${AUDIT} CREATE FUNCTION seen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO audit (info) SELECT NEW.id || ' sees ' || count(*) FROM nt; RETURN NULL; END $$;
      CREATE TRIGGER seen AFTER INSERT ON item REFERENCING NEW TABLE AS nt FOR EACH ROW EXECUTE FUNCTION seen();`,
    steps: ["INSERT INTO item VALUES (1, 'a', 1), (2, 'b', 2)", 'SELECT info FROM audit ORDER BY n'],
  },
  {
    name: 'trigger: RAISE EXCEPTION in a trigger aborts the statement',
    setup: `${AUDIT} CREATE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.qty > 100 THEN RAISE EXCEPTION 'too many: %', NEW.qty USING ERRCODE = 'check_violation', CONSTRAINT = 'qty_limit', DETAIL = 'limit is 100'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER guard BEFORE INSERT ON item FOR EACH ROW EXECUTE FUNCTION guard();`,
    steps: ["INSERT INTO item VALUES (1, 'a', 1), (2, 'b', 500)", 'SELECT count(*) FROM item'],
  },
  {
    name: 'trigger: an AFTER row trigger error rolls back the statement',
    setup: `${AUDIT} CREATE FUNCTION late() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = 2 THEN RAISE EXCEPTION 'late failure'; END IF; RETURN NULL; END $$;
      CREATE TRIGGER late AFTER INSERT ON item FOR EACH ROW EXECUTE FUNCTION late();`,
    steps: ["INSERT INTO item VALUES (1, 'a', 1), (2, 'b', 2)", 'SELECT count(*) FROM item'],
  },
  {
    name: 'trigger: upsert fires BEFORE INSERT then BEFORE UPDATE',
    setup: `${AUDIT} INSERT INTO item VALUES (1, 'a', 1);
      CREATE FUNCTION ev() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || TG_LEVEL); IF TG_LEVEL = 'ROW' THEN RETURN NEW; END IF; RETURN NULL; END $$;
      CREATE TRIGGER r BEFORE INSERT OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION ev();
      CREATE TRIGGER s AFTER INSERT OR UPDATE ON item FOR EACH STATEMENT EXECUTE FUNCTION ev();`,
    steps: [
      "INSERT INTO item VALUES (1, 'x', 9) ON CONFLICT (id) DO UPDATE SET qty = EXCLUDED.qty",
      'SELECT info FROM audit ORDER BY n',
    ],
  },
  {
    name: 'trigger: a deferred constraint trigger fires at commit',
    setup: `${AUDIT} CREATE FUNCTION ct() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit (info) VALUES ('ct ' || NEW.id); RETURN NULL; END $$;
      CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON item DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ct();`,
    steps: [
      'BEGIN',
      "INSERT INTO item VALUES (1, 'a', 1)",
      'SELECT count(*) FROM audit',
      'COMMIT',
      'SELECT info FROM audit',
    ],
  },
];
