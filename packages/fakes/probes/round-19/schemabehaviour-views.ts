// Round 19 probe, schema behaviour part 1: writes through views (auto-updatable views, CHECK OPTION
// LOCAL/CASCADED, security_barrier, non-updatable view errors and hints, INSTEAD OF triggers), as
// PostgreSQL 15 CREATE VIEW ("Updatable Views") and CREATE TRIGGER describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 schemabehaviour: views: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);
INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 20), (3, 'c', 30);`;
const v = (name: string, steps: string[], setup = T) => list.add(name, steps, setup);

v('insert uses base default for omitted column', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  "INSERT INTO v VALUES (4, 'd') RETURNING *",
  'SELECT * FROM t WHERE id = 4',
]);
v('view column default overrides base default', [
  'CREATE VIEW v AS SELECT id, name, qty FROM t',
  'ALTER VIEW v ALTER COLUMN qty SET DEFAULT 99',
  "INSERT INTO v (id, name) VALUES (5, 'e') RETURNING *",
  "INSERT INTO t (id, name) VALUES (6, 'f') RETURNING *",
]);
v('insert default values through view', [
  'CREATE VIEW v AS SELECT id, qty FROM t',
  'ALTER VIEW v ALTER COLUMN id SET DEFAULT 50',
  'INSERT INTO v DEFAULT VALUES RETURNING *',
]);
v('update through view returning view columns', [
  'CREATE VIEW v AS SELECT id, name AS label FROM t WHERE id < 3',
  'UPDATE v SET label = upper(label) RETURNING *',
]);
v('delete through view returning', [
  'CREATE VIEW v AS SELECT id FROM t WHERE qty > 10',
  'DELETE FROM v RETURNING id',
]);
v('update view with where on view column renamed', [
  'CREATE VIEW v (k, n) AS SELECT id, name FROM t',
  "UPDATE v SET n = 'zz' WHERE k = 3 RETURNING k, n",
  'SELECT * FROM t ORDER BY id',
]);
v('nested updatable views', [
  'CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5',
  'CREATE VIEW v2 AS SELECT id, qty FROM v1 WHERE qty < 25',
  'UPDATE v2 SET qty = qty + 100 RETURNING *',
  'SELECT * FROM t ORDER BY id',
]);
v('view with group by is 55000 on update', [
  'CREATE VIEW v AS SELECT qty FROM t GROUP BY qty',
  'UPDATE v SET qty = 1',
]);
v('view with having is 55000 on delete', [
  'CREATE VIEW v AS SELECT qty FROM t GROUP BY qty HAVING count(*) > 0',
  'DELETE FROM v',
]);
v('view with window function is 55000', [
  'CREATE VIEW v AS SELECT id, row_number() OVER () AS rn FROM t',
  'DELETE FROM v',
]);
v('view with offset is 55000', ['CREATE VIEW v AS SELECT * FROM t OFFSET 1', 'DELETE FROM v']);
v('view with with-query is 55000', [
  'CREATE VIEW v AS WITH w AS (SELECT * FROM t) SELECT * FROM w',
  'DELETE FROM v',
]);
v('view over values is 55000', [
  'CREATE VIEW v AS SELECT * FROM (VALUES (1), (2)) AS x(a)',
  'INSERT INTO v VALUES (3)',
]);
v('view with no from is 55000', ['CREATE VIEW v AS SELECT 1 AS a', 'UPDATE v SET a = 2']);
v('view with set-returning function in target list is 55000', [
  'CREATE VIEW v AS SELECT id, generate_series(1, 2) AS g FROM t',
  'DELETE FROM v',
]);
v('view with intersect is 55000', [
  'CREATE VIEW v AS SELECT id FROM t INTERSECT SELECT id FROM t',
  'DELETE FROM v',
]);
v('view with except on update is 55000', [
  'CREATE VIEW v AS SELECT id FROM t EXCEPT SELECT 1',
  'UPDATE v SET id = 9',
]);
v('insert into view with only computed columns is 55000', [
  'CREATE VIEW v AS SELECT id + 1 AS a FROM t',
  'INSERT INTO v VALUES (1)',
]);
v('insert naming computed column is 55000', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl FROM t',
  'INSERT INTO v (id, dbl) VALUES (9, 2)',
]);
v('insert omitting computed column works', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl FROM t',
  'INSERT INTO v (id) VALUES (9) RETURNING *',
]);
v('update same base column twice through view is error', [
  'CREATE VIEW v AS SELECT id, name AS a, name AS b FROM t',
  "UPDATE v SET a = 'x', b = 'y'",
]);
v('insert same base column twice through view is error', [
  'CREATE VIEW v AS SELECT id, name AS a, name AS b FROM t',
  "INSERT INTO v (id, a, b) VALUES (9, 'x', 'y')",
]);
v('update one of duplicate columns works', [
  'CREATE VIEW v AS SELECT id, name AS a, name AS b FROM t',
  "UPDATE v SET a = 'x' WHERE id = 1 RETURNING *",
]);
v('view over view with distinct is 55000', [
  'CREATE VIEW v1 AS SELECT DISTINCT id FROM t',
  'CREATE VIEW v2 AS SELECT * FROM v1',
  'DELETE FROM v2',
]);
v('view with system column update', [
  'CREATE VIEW v AS SELECT id, ctid AS c FROM t',
  "UPDATE v SET c = '(0,1)'",
]);
v('view with subquery in where is updatable', [
  'CREATE VIEW v AS SELECT * FROM t WHERE id IN (SELECT id FROM t WHERE qty > 10)',
  'UPDATE v SET name = name || name RETURNING id, name',
]);
v('view with subquery in from is 55000', [
  'CREATE VIEW v AS SELECT * FROM (SELECT * FROM t) s',
  'DELETE FROM v',
]);
v('view over join with lateral is 55000', [
  'CREATE VIEW v AS SELECT t.* FROM t, LATERAL (SELECT 1) x',
  'DELETE FROM v',
]);
v('view with order by is updatable', [
  'CREATE VIEW v AS SELECT * FROM t ORDER BY id DESC',
  'DELETE FROM v WHERE id = 1 RETURNING *',
]);
v('view with for update is 55000?', ['CREATE VIEW v AS SELECT * FROM t FOR UPDATE', 'DELETE FROM v']);
v('information_schema columns is_updatable', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl, name FROM t',
  "SELECT column_name, is_updatable FROM information_schema.columns WHERE table_name = 'v' ORDER BY ordinal_position",
]);
v('information_schema views insertable flags', [
  'CREATE VIEW v1 AS SELECT id FROM t',
  'CREATE VIEW v2 AS SELECT count(*) AS n FROM t',
  "SELECT table_name, is_updatable, is_insertable_into, is_trigger_updatable, is_trigger_deletable, is_trigger_insertable_into FROM information_schema.views WHERE table_name IN ('v1','v2') ORDER BY 1",
]);
v('pg_relation_is_updatable', [
  'CREATE VIEW v1 AS SELECT id FROM t',
  'CREATE VIEW v2 AS SELECT count(*) AS n FROM t',
  "SELECT pg_relation_is_updatable('v1'::regclass, false) AS a, pg_relation_is_updatable('v2'::regclass, false) AS b, pg_relation_is_updatable('t'::regclass, false) AS c",
]);
v('pg_column_is_updatable', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl FROM t',
  "SELECT pg_column_is_updatable('v'::regclass, 1::int2, false) AS a, pg_column_is_updatable('v'::regclass, 2::int2, false) AS b",
]);

// CHECK OPTION
v('cascaded check option on update moving row out', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CASCADED CHECK OPTION',
  'UPDATE v SET qty = 1 WHERE id = 3',
]);
v('check option error message names view', [
  'CREATE VIEW vv AS SELECT * FROM t WHERE qty BETWEEN 10 AND 40 WITH CHECK OPTION',
  "INSERT INTO vv VALUES (8, 'x', 41)",
]);
v('check option with null in condition rejects', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CHECK OPTION',
  "INSERT INTO v VALUES (8, 'x', NULL)",
]);
v('check option on view over check option view cascades from lower', [
  'CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5 WITH LOCAL CHECK OPTION',
  'CREATE VIEW v2 AS SELECT * FROM v1 WHERE qty < 100',
  "INSERT INTO v2 VALUES (8, 'x', 1)",
]);
v('no check option on upper, lower local, upper condition not checked', [
  'CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5 WITH LOCAL CHECK OPTION',
  'CREATE VIEW v2 AS SELECT * FROM v1 WHERE qty < 100',
  "INSERT INTO v2 VALUES (8, 'x', 500) RETURNING *",
]);
v('cascaded on middle view checks bottom', [
  'CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5',
  'CREATE VIEW v2 AS SELECT * FROM v1 WHERE qty < 100 WITH CASCADED CHECK OPTION',
  'CREATE VIEW v3 AS SELECT * FROM v2 WHERE qty <> 50',
  "INSERT INTO v3 VALUES (8, 'x', 50) RETURNING *",
  "INSERT INTO v3 VALUES (9, 'x', 1)",
]);
v('check option error detail shows failing row', [
  'CREATE VIEW v AS SELECT id, qty FROM t WHERE qty > 5 WITH CHECK OPTION',
  'INSERT INTO v VALUES (8, 2)',
]);
v('check option on update of visible to invisible via returning', [
  'CREATE VIEW v AS SELECT * FROM t WHERE name <> $$zz$$ WITH CHECK OPTION',
  "UPDATE v SET name = 'zz' WHERE id = 1 RETURNING *",
  'SELECT * FROM t WHERE id = 1',
]);
v('alter view set check_option', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5',
  "ALTER VIEW v SET (check_option = 'cascaded')",
  "INSERT INTO v VALUES (8, 'x', 1)",
]);
v('alter view reset check_option', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CHECK OPTION',
  'ALTER VIEW v RESET (check_option)',
  "INSERT INTO v VALUES (8, 'x', 1) RETURNING id",
]);
v('invalid check_option value', ["CREATE VIEW v WITH (check_option = 'sideways') AS SELECT * FROM t"]);
v('check option in transaction aborts', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CHECK OPTION',
  'BEGIN',
  "INSERT INTO v VALUES (8, 'x', 10)",
  "INSERT INTO v VALUES (9, 'x', 1)",
  'SELECT 1',
  'ROLLBACK',
  'SELECT count(*) FROM t',
]);
v('check option with insert on conflict update', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CHECK OPTION',
  "INSERT INTO v VALUES (2, 'b', 20) ON CONFLICT (id) DO UPDATE SET qty = 1",
]);
v('insert on conflict through view', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5',
  "INSERT INTO v VALUES (2, 'q', 50) ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING *",
]);
v('insert on conflict do nothing through view', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  "INSERT INTO v VALUES (1, 'q') ON CONFLICT DO NOTHING RETURNING *",
]);
v('security_barrier view with check option', [
  'CREATE VIEW v WITH (security_barrier, check_option = local) AS SELECT * FROM t WHERE qty > 5',
  "INSERT INTO v VALUES (8, 'x', 1)",
]);
v('security_barrier false value', [
  "CREATE VIEW v WITH (security_barrier = 'false') AS SELECT * FROM t",
  "SELECT reloptions FROM pg_class WHERE relname = 'v'",
]);
v('security_barrier bad value 22023', ["CREATE VIEW v WITH (security_barrier = 'maybe') AS SELECT * FROM t"]);
v('security_invoker option pg15', [
  'CREATE VIEW v WITH (security_invoker = true) AS SELECT * FROM t',
  "SELECT reloptions FROM pg_class WHERE relname = 'v'",
  'SELECT count(*) FROM v',
]);
v('recursive view not updatable', [
  'CREATE RECURSIVE VIEW r (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM r WHERE n < 3',
  'SELECT * FROM r',
  'DELETE FROM r',
]);
v('temp view over temp table updatable', [
  'CREATE TEMP TABLE tt (a int)',
  'CREATE TEMP VIEW tv AS SELECT * FROM tt',
  'INSERT INTO tv VALUES (1) RETURNING *',
]);
v('view depending on table drop is 2BP01', ['CREATE VIEW v AS SELECT * FROM t', 'DROP TABLE t']);
v('drop table cascade drops view', [
  'CREATE VIEW v AS SELECT * FROM t',
  'DROP TABLE t CASCADE',
  "SELECT count(*) FROM pg_class WHERE relname = 'v'",
]);
v('alter column type used by view is 0A000', [
  'CREATE VIEW v AS SELECT * FROM t',
  'ALTER TABLE t ALTER COLUMN qty TYPE bigint',
]);
v('drop column used by view is 2BP01', [
  'CREATE VIEW v AS SELECT id, qty FROM t',
  'ALTER TABLE t DROP COLUMN qty',
]);
v('view star is frozen at creation', [
  'CREATE VIEW v AS SELECT * FROM t',
  'ALTER TABLE t ADD COLUMN extra int',
  'SELECT * FROM v ORDER BY id LIMIT 1',
]);
v('rename base column view keeps name', [
  'CREATE VIEW v AS SELECT id, qty FROM t',
  'ALTER TABLE t RENAME COLUMN qty TO amount',
  'SELECT * FROM v ORDER BY id LIMIT 1',
]);
v('update view sets column not in view is 42703', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  'UPDATE v SET qty = 5',
]);
v('truncate view is 42809', ['CREATE VIEW v AS SELECT * FROM t', 'TRUNCATE v']);
v('copy to view is error', ['CREATE VIEW v AS SELECT * FROM t', 'COPY v FROM STDIN']);

// INSTEAD OF triggers
const F = `${T}
CREATE VIEW jv AS SELECT a.id, a.name, b.qty AS other FROM t a JOIN t b ON a.id = b.id;
CREATE TABLE log (op text, id int, old_name text, new_name text);
CREATE FUNCTION jv_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO t VALUES (NEW.id, NEW.name, NEW.other);
    INSERT INTO log VALUES (TG_OP, NEW.id, NULL, NEW.name);
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE t SET name = NEW.name WHERE id = OLD.id;
    INSERT INTO log VALUES (TG_OP, OLD.id, OLD.name, NEW.name);
    RETURN NEW;
  ELSE
    DELETE FROM t WHERE id = OLD.id;
    INSERT INTO log VALUES (TG_OP, OLD.id, OLD.name, NULL);
    RETURN OLD;
  END IF;
END $$;`;
const withTrig = `${F}
CREATE TRIGGER jv_t INSTEAD OF INSERT OR UPDATE OR DELETE ON jv FOR EACH ROW EXECUTE FUNCTION jv_ins();`;
v('join view without trigger insert is 55000 with hint', ["INSERT INTO jv VALUES (9, 'x', 1)"], F);
v('join view without trigger update is 55000 with hint', ["UPDATE jv SET name = 'x'"], F);
v('join view without trigger delete is 55000 with hint', ['DELETE FROM jv'], F);
v(
  'instead of insert trigger',
  ["INSERT INTO jv VALUES (9, 'x', 4) RETURNING *", 'SELECT * FROM t ORDER BY id', 'SELECT * FROM log'],
  withTrig,
);
v(
  'instead of update trigger',
  ["UPDATE jv SET name = 'zz' WHERE id >= 2 RETURNING *", 'SELECT * FROM log ORDER BY id'],
  withTrig,
);
v(
  'instead of delete trigger row count',
  ['DELETE FROM jv WHERE id = 1', 'SELECT * FROM t ORDER BY id', 'SELECT * FROM log'],
  withTrig,
);
v(
  'instead of trigger returning null skips row',
  [
    `CREATE FUNCTION nope() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
    'CREATE TRIGGER n INSTEAD OF DELETE ON jv FOR EACH ROW EXECUTE FUNCTION nope()',
    'DELETE FROM jv RETURNING *',
    'SELECT count(*) FROM t',
  ],
  F,
);
v(
  'instead of trigger returning modified new shows in returning',
  [
    `CREATE FUNCTION mod() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := 'changed'; RETURN NEW; END $$`,
    'CREATE TRIGGER m INSTEAD OF INSERT ON jv FOR EACH ROW EXECUTE FUNCTION mod()',
    "INSERT INTO jv VALUES (9, 'x', 1) RETURNING *",
    'SELECT count(*) FROM t',
  ],
  F,
);
v(
  'instead of trigger only for insert leaves update 55000',
  [
    'CREATE TRIGGER ji INSTEAD OF INSERT ON jv FOR EACH ROW EXECUTE FUNCTION jv_ins()',
    "UPDATE jv SET name = 'x'",
  ],
  F,
);
v(
  'instead of trigger on table is 42809',
  ['CREATE TRIGGER x INSTEAD OF INSERT ON t FOR EACH ROW EXECUTE FUNCTION jv_ins()'],
  F,
);
v(
  'instead of statement trigger is 0A000',
  ['CREATE TRIGGER x INSTEAD OF INSERT ON jv FOR EACH STATEMENT EXECUTE FUNCTION jv_ins()'],
  F,
);
v(
  'instead of trigger with when is 0A000',
  ['CREATE TRIGGER x INSTEAD OF INSERT ON jv FOR EACH ROW WHEN (NEW.id > 1) EXECUTE FUNCTION jv_ins()'],
  F,
);
v(
  'instead of update of columns is 0A000',
  ['CREATE TRIGGER x INSTEAD OF UPDATE OF name ON jv FOR EACH ROW EXECUTE FUNCTION jv_ins()'],
  F,
);
v(
  'before trigger on view is 42809',
  ['CREATE TRIGGER x BEFORE INSERT ON jv FOR EACH ROW EXECUTE FUNCTION jv_ins()'],
  F,
);
v(
  'after row trigger on view is 42809',
  ['CREATE TRIGGER x AFTER INSERT ON jv FOR EACH ROW EXECUTE FUNCTION jv_ins()'],
  F,
);
v(
  'statement trigger on view allowed',
  [
    `CREATE FUNCTION st() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'stmt %', TG_OP; RETURN NULL; END $$`,
    'CREATE TRIGGER s BEFORE INSERT ON jv FOR EACH STATEMENT EXECUTE FUNCTION st()',
    "SELECT tgname, tgtype FROM pg_trigger WHERE tgname = 's'",
  ],
  F,
);
v(
  'instead of trigger on simple view takes precedence',
  [
    'CREATE VIEW sv AS SELECT * FROM t',
    `CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES ('skip', NEW.id, NULL, NULL); RETURN NULL; END $$`,
    'CREATE TRIGGER k INSTEAD OF INSERT ON sv FOR EACH ROW EXECUTE FUNCTION skip()',
    "INSERT INTO sv VALUES (9, 'x', 1)",
    'SELECT count(*) FROM t',
    'SELECT * FROM log',
  ],
  F,
);
v(
  'instead of trigger tg variables',
  [
    `CREATE FUNCTION tv() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
     INSERT INTO log VALUES (TG_WHEN || ' ' || TG_LEVEL || ' ' || TG_OP || ' ' || TG_TABLE_NAME || ' ' || TG_NAME, NEW.id, TG_TABLE_SCHEMA, TG_NARGS::text);
     RETURN NEW; END $$`,
    "CREATE TRIGGER tv INSTEAD OF INSERT ON jv FOR EACH ROW EXECUTE FUNCTION tv('a', 'b')",
    "INSERT INTO jv VALUES (9, 'x', 1)",
    'SELECT * FROM log',
  ],
  F,
);
v(
  'information_schema views trigger flags with instead of',
  [
    "SELECT table_name, is_updatable, is_insertable_into, is_trigger_updatable, is_trigger_deletable, is_trigger_insertable_into FROM information_schema.views WHERE table_name = 'jv'",
  ],
  withTrig,
);
v(
  'rule-based view do instead',
  [
    'CREATE VIEW rv AS SELECT id, name FROM t',
    "CREATE RULE rv_ins AS ON INSERT TO rv DO INSTEAD INSERT INTO log VALUES ('rule', NEW.id, NULL, NEW.name)",
    "INSERT INTO rv VALUES (9, 'x')",
    'SELECT * FROM log',
    'SELECT count(*) FROM t',
  ],
  F,
);
v(
  'conditional rule without unconditional is 55000',
  [
    'CREATE VIEW rv AS SELECT a.id FROM t a JOIN t b USING (id)',
    "CREATE RULE r1 AS ON INSERT TO rv WHERE NEW.id > 5 DO INSTEAD INSERT INTO log VALUES ('r', NEW.id)",
    'INSERT INTO rv VALUES (9)',
  ],
  F,
);
v('writable cte through view', [
  'CREATE VIEW sv AS SELECT id, name FROM t WHERE id > 1',
  'WITH d AS (DELETE FROM sv WHERE id = 2 RETURNING *) SELECT * FROM d',
  'SELECT id FROM t ORDER BY id',
]);
v('update view from other table', [
  'CREATE VIEW sv AS SELECT id, name FROM t',
  'CREATE TABLE src (id int, n text)',
  "INSERT INTO src VALUES (1, 'from'), (3, 'src')",
  'UPDATE sv SET name = src.n FROM src WHERE src.id = sv.id RETURNING sv.*',
]);
v('delete from view using', [
  'CREATE VIEW sv AS SELECT id, name FROM t',
  'DELETE FROM sv USING (VALUES (1), (2)) x(i) WHERE x.i = sv.id RETURNING sv.id',
]);
v('merge into updatable view pg15 is error', [
  'CREATE VIEW sv AS SELECT id, name FROM t',
  "MERGE INTO sv USING (VALUES (1)) s(i) ON sv.id = s.i WHEN MATCHED THEN UPDATE SET name = 'm'",
]);
v('view with column alias list insert positional', [
  'CREATE VIEW sv (x, y) AS SELECT name, id FROM t',
  "INSERT INTO sv VALUES ('q', 12) RETURNING *",
  'SELECT * FROM t WHERE id = 12',
]);
v('view select of missing column 42703', ['CREATE VIEW sv AS SELECT id FROM t', 'SELECT name FROM sv']);
v('insert into view type mismatch 22P02', [
  'CREATE VIEW sv AS SELECT id, qty FROM t',
  "INSERT INTO sv VALUES (9, 'abc')",
]);
v('insert into view violates pk 23505', [
  'CREATE VIEW sv AS SELECT id, qty FROM t',
  'INSERT INTO sv VALUES (1, 1)',
]);
v('update through view violates not null', [
  'ALTER TABLE t ALTER COLUMN name SET NOT NULL',
  'CREATE VIEW sv AS SELECT id, name FROM t',
  'UPDATE sv SET name = NULL WHERE id = 1',
]);
v('insert through view missing not null column', [
  'ALTER TABLE t ALTER COLUMN name SET NOT NULL',
  'CREATE VIEW sv AS SELECT id FROM t',
  'INSERT INTO sv VALUES (9)',
]);

export default list.cases;
