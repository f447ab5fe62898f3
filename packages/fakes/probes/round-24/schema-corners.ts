// Round 24 area D part 4: SQL-function parsing, views with triggers and rules, more 16-18 corners.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const P = 'r24d cor: ';
const BASE = `CREATE TABLE emp (id int PRIMARY KEY, name text NOT NULL, dept text, salary int);
INSERT INTO emp VALUES (1, 'ann', 'eng', 100), (2, 'bob', 'eng', 80), (3, 'cy', 'ops', 90);
CREATE TABLE log (n serial PRIMARY KEY, s text);`;
const add = (name: string, extra: string, ...steps: Step[]) =>
  cases.push({ name: P + name, setup: BASE + extra, steps });
add(
  'sql function creating then using a table in one body',
  '',
  'SET check_function_bodies = off',
  'CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ CREATE TABLE made (a int); INSERT INTO made VALUES (1); SELECT count(*)::int FROM made $$',
  'SELECT mk()',
);
add(
  'sql function adding a column then selecting it',
  '',
  'SET check_function_bodies = off',
  'CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ ALTER TABLE emp ADD COLUMN bonus int DEFAULT 7; SELECT bonus FROM emp WHERE id = 1 $$',
  'SELECT mk()',
);
add(
  'sql function dropping a table then recreating it',
  `CREATE TABLE tmp_x (a int);`,
  'CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ DROP TABLE tmp_x; CREATE TABLE tmp_x (b text); SELECT 1 $$',
  'SELECT mk()',
  'SELECT * FROM tmp_x',
);
add(
  'sql function body insert then select sees the insert',
  `CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ INSERT INTO emp VALUES (9, 'z', 'x', 1); SELECT count(*) FROM emp $$;`,
  'SELECT f()',
);
add(
  'sql function set-returning in select list lazily',
  `CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql AS $$ INSERT INTO log (s) VALUES ('x') RETURNING n $$;`,
  'SELECT f()',
  'SELECT * FROM f()',
  'SELECT count(*) FROM log',
);
add(
  'sql function volatile sees its own earlier statement, stable does not write',
  '',
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql STABLE AS $$ INSERT INTO log (s) VALUES ('x'); SELECT 1 $$",
);
add(
  'sql function returning a type that changed after create',
  `CREATE FUNCTION f() RETURNS SETOF emp LANGUAGE sql AS 'SELECT * FROM emp';`,
  'ALTER TABLE emp ADD COLUMN extra int',
  'SELECT * FROM f() ORDER BY id',
);
add(
  'sql function selecting star from a table that gained a column',
  `CREATE FUNCTION f() RETURNS TABLE (id int, name text, dept text, salary int) LANGUAGE sql AS 'SELECT * FROM emp';`,
  'ALTER TABLE emp ADD COLUMN extra int',
  'SELECT * FROM f() ORDER BY id',
);
add(
  'plpgsql function after table column added uses new rowtype',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r emp; BEGIN SELECT * INTO r FROM emp WHERE id = 1; RETURN row_to_json(r)::text; END $$;`,
  'SELECT f()',
  'ALTER TABLE emp ADD COLUMN extra int DEFAULT 5',
  'SELECT f()',
);
add(
  'plpgsql cached plan after drop and recreate table',
  `CREATE TABLE t (a int); INSERT INTO t VALUES (1);
CREATE FUNCTION f() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM t); END $$;`,
  'SELECT f()',
  'DROP TABLE t',
  'CREATE TABLE t (b text)',
  "INSERT INTO t VALUES ('x'), ('y')",
  'SELECT f()',
);
add(
  'plpgsql cursor open with named argument arrow',
  '',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE c CURSOR (k int) FOR SELECT id FROM emp WHERE id > k; r int; BEGIN OPEN c(k => 1); FETCH c INTO r; RETURN r; END $$',
  'SELECT f()',
);
add(
  'plpgsql cursor open with named argument colon equals',
  '',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE c CURSOR (k int) FOR SELECT id FROM emp WHERE id > k ORDER BY id; r int; BEGIN OPEN c(k := 1); FETCH c INTO r; RETURN r; END $$',
  'SELECT f()',
);
add(
  'plpgsql foreach slice',
  '',
  "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE x int[]; s text := ''; BEGIN FOREACH x SLICE 1 IN ARRAY ARRAY[[1,2],[3,4]] LOOP s := s || x::text; END LOOP; RETURN s; END $$",
  'SELECT f()',
);
add(
  'statement trigger on a view fires with instead of row trigger',
  `CREATE VIEW v AS SELECT * FROM emp;
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (s) VALUES (TG_NAME || ' ' || TG_WHEN || ' ' || TG_LEVEL); IF TG_LEVEL = 'ROW' THEN INSERT INTO emp VALUES (NEW.*); RETURN NEW; END IF; RETURN NULL; END $$;
CREATE TRIGGER r INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER s1 BEFORE INSERT ON v FOR EACH STATEMENT EXECUTE FUNCTION w();
CREATE TRIGGER s2 AFTER INSERT ON v FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  "INSERT INTO v VALUES (9, 'n', 'x', 1), (10, 'm', 'x', 1)",
  'SELECT s FROM log ORDER BY n',
);
add(
  'statement trigger on an auto-updatable view',
  `CREATE VIEW v AS SELECT * FROM emp;
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (s) VALUES (TG_TABLE_NAME || ' ' || TG_OP); RETURN NULL; END $$;
CREATE TRIGGER s AFTER UPDATE ON v FOR EACH STATEMENT EXECUTE FUNCTION w();
CREATE TRIGGER s AFTER UPDATE ON emp FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  'UPDATE v SET salary = 1 WHERE id = 1',
  'SELECT s FROM log ORDER BY n',
);
add(
  'upsert into a view with instead of trigger errors',
  `CREATE VIEW v AS SELECT * FROM emp;
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO emp VALUES (NEW.*); RETURN NEW; END $$;
CREATE TRIGGER r INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION w();`,
  "INSERT INTO v VALUES (1, 'n', 'x', 1) ON CONFLICT DO NOTHING",
  "INSERT INTO v VALUES (1, 'n', 'x', 1) ON CONFLICT (id) DO UPDATE SET name = 'q'",
);
add(
  'view with instead of update trigger returning modified new',
  `CREATE VIEW v AS SELECT * FROM emp;
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE emp SET name = upper(NEW.name) WHERE id = OLD.id; NEW.name := upper(NEW.name) || '!'; RETURN NEW; END $$;
CREATE TRIGGER r INSTEAD OF UPDATE ON v FOR EACH ROW EXECUTE FUNCTION w();`,
  "UPDATE v SET name = 'zed' WHERE id = 2 RETURNING *",
  'SELECT name FROM emp WHERE id = 2',
);
add(
  'disable trigger all disables foreign key checks',
  `CREATE TABLE c (id int, e int REFERENCES emp);`,
  'ALTER TABLE c DISABLE TRIGGER ALL',
  'INSERT INTO c VALUES (1, 99)',
  'ALTER TABLE c ENABLE TRIGGER ALL',
  'SELECT * FROM c',
);
add(
  'session_replication_role replica skips triggers',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (s) VALUES (TG_NAME); RETURN NEW; END $$;
CREATE TRIGGER a AFTER INSERT ON emp FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER b AFTER INSERT ON emp FOR EACH ROW EXECUTE FUNCTION w();
ALTER TABLE emp ENABLE ALWAYS TRIGGER b;`,
  'SET session_replication_role = replica',
  "INSERT INTO emp VALUES (9, 'z', 'x', 1)",
  'RESET session_replication_role',
  "INSERT INTO emp VALUES (10, 'z', 'x', 1)",
  'SELECT s FROM log ORDER BY n',
);
add(
  'before row trigger on partitioned table moving row errors',
  `CREATE TABLE pt (id int, k int) PARTITION BY LIST (k);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1); CREATE TABLE pt2 PARTITION OF pt FOR VALUES IN (2);
CREATE FUNCTION mv() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.k := 2; RETURN NEW; END $$;
CREATE TRIGGER mv BEFORE INSERT ON pt FOR EACH ROW EXECUTE FUNCTION mv();`,
  'INSERT INTO pt VALUES (1, 1)',
  'INSERT INTO pt VALUES (2, 2) RETURNING *',
);
add(
  'update moving row between partitions fires delete and insert triggers',
  `CREATE TABLE pt (id int, k int) PARTITION BY LIST (k);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1); CREATE TABLE pt2 PARTITION OF pt FOR VALUES IN (2);
INSERT INTO pt VALUES (1, 1);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (s) VALUES (TG_OP || ' ' || TG_WHEN || ' ' || TG_TABLE_NAME); RETURN coalesce(NEW, OLD); END $$;
CREATE TRIGGER a BEFORE INSERT OR UPDATE OR DELETE ON pt FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER b AFTER INSERT OR UPDATE OR DELETE ON pt FOR EACH ROW EXECUTE FUNCTION w();`,
  'UPDATE pt SET k = 2 WHERE id = 1',
  'SELECT s FROM log ORDER BY n',
);
add(
  'transition table on partitioned table gets all partitions rows',
  `CREATE TABLE pt (id int, k int) PARTITION BY LIST (k);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1); CREATE TABLE pt2 PARTITION OF pt FOR VALUES IN (2);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (s) SELECT TG_TABLE_NAME || ':' || string_agg(id::text, ',' ORDER BY id) FROM nt; RETURN NULL; END $$;
CREATE TRIGGER s AFTER INSERT ON pt REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  'INSERT INTO pt VALUES (1, 1), (2, 2), (3, 1)',
  'SELECT s FROM log',
);
add(
  'transition table trigger on a partition errors',
  `CREATE TABLE pt (id int, k int) PARTITION BY LIST (k);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;`,
  'CREATE TRIGGER s AFTER INSERT ON pt1 REFERENCING NEW TABLE AS nt FOR EACH ROW EXECUTE FUNCTION w()',
  'CREATE TRIGGER s AFTER INSERT ON pt1 REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION w()',
);
add(
  'trigger on inheritance child with transition table errors',
  `CREATE TABLE par (a int); CREATE TABLE chi () INHERITS (par);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;`,
  'CREATE TRIGGER s AFTER INSERT ON chi REFERENCING NEW TABLE AS nt FOR EACH ROW EXECUTE FUNCTION w()',
);
add(
  'deferred constraint trigger sees final state',
  `CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (s) VALUES ((SELECT salary FROM emp WHERE id = NEW.id)::text); RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER c AFTER UPDATE ON emp DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk();`,
  'BEGIN',
  'UPDATE emp SET salary = 1 WHERE id = 1',
  'UPDATE emp SET salary = 2 WHERE id = 1',
  'SELECT count(*) FROM log',
  'COMMIT',
  'SELECT s FROM log ORDER BY n',
);
add(
  'constraint trigger initially immediate deferrable then set deferred',
  `CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (s) VALUES ('fired'); RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER c AFTER INSERT ON emp DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION chk();`,
  'BEGIN',
  'SET CONSTRAINTS ALL DEFERRED',
  "INSERT INTO emp VALUES (9, 'z', 'x', 1)",
  'SELECT count(*) FROM log',
  'COMMIT',
  'SELECT count(*) FROM log',
);
add(
  'constraint trigger listed in pg_constraint',
  `CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER c AFTER INSERT ON emp DEFERRABLE FOR EACH ROW EXECUTE FUNCTION chk();`,
  "SELECT conname, contype, condeferrable, condeferred FROM pg_constraint WHERE conrelid = 'emp'::regclass ORDER BY conname",
);
add(
  'function security definer runs as owner current_user',
  `CREATE ROLE r24d_app NOLOGIN; GRANT SELECT ON emp TO r24d_app;
CREATE FUNCTION who() RETURNS text LANGUAGE sql SECURITY DEFINER AS 'SELECT current_user::text';
CREATE FUNCTION who_inv() RETURNS text LANGUAGE sql AS 'SELECT current_user::text';`,
  'SET ROLE r24d_app',
  'SELECT who() = session_user AS definer_is_owner, who_inv()',
  'RESET ROLE',
  'DROP FUNCTION who(), who_inv()',
  'REVOKE ALL ON emp FROM r24d_app',
  'DROP ROLE r24d_app',
);
add(
  'view owner privileges checked not invoker',
  `CREATE ROLE r24d_v NOLOGIN; CREATE VIEW v AS SELECT id, name FROM emp; GRANT SELECT ON v TO r24d_v;`,
  'SET ROLE r24d_v',
  'SELECT count(*) FROM v',
  'SELECT count(*) FROM emp',
  'RESET ROLE',
  'DROP VIEW v',
  'DROP ROLE r24d_v',
);
add(
  'security invoker view checks invoker',
  `CREATE ROLE r24d_w NOLOGIN; CREATE VIEW v WITH (security_invoker) AS SELECT id, name FROM emp; GRANT SELECT ON v TO r24d_w;`,
  'SET ROLE r24d_w',
  'SELECT count(*) FROM v',
  'RESET ROLE',
  'DROP VIEW v',
  'DROP ROLE r24d_w',
);
add(
  'matview owned data with refresh by non owner errors',
  `CREATE ROLE r24d_m NOLOGIN; CREATE MATERIALIZED VIEW m AS SELECT id FROM emp; GRANT SELECT ON m TO r24d_m;`,
  'SET ROLE r24d_m',
  'SELECT count(*) FROM m',
  'REFRESH MATERIALIZED VIEW m',
  'RESET ROLE',
  'DROP MATERIALIZED VIEW m',
  'DROP ROLE r24d_m',
);
add(
  'matview query using a temp table errors',
  `CREATE TEMP TABLE tt (a int);`,
  'CREATE MATERIALIZED VIEW m AS SELECT * FROM tt',
);
add(
  'matview with a volatile function stores one evaluation',
  `CREATE SEQUENCE s; CREATE FUNCTION nx() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('s') $$;`,
  'CREATE MATERIALIZED VIEW m AS SELECT id, nx() AS v FROM emp ORDER BY id',
  'SELECT * FROM m ORDER BY id',
  'REFRESH MATERIALIZED VIEW m',
  'SELECT * FROM m ORDER BY id',
);
add(
  'matview with tableoid regclass stored as oid',
  `CREATE TABLE pt (id int, k int) PARTITION BY LIST (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1); INSERT INTO pt VALUES (1, 1);`,
  'CREATE MATERIALIZED VIEW m AS SELECT tableoid::regclass AS part, count(*) FROM pt GROUP BY 1',
  'SELECT part, count FROM m',
);
add(
  'matview with a regclass cast to text',
  `CREATE TABLE pt (id int, k int) PARTITION BY LIST (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1); INSERT INTO pt VALUES (1, 1);`,
  'CREATE MATERIALIZED VIEW m AS SELECT tableoid::regclass::text AS part FROM pt',
  'SELECT * FROM m',
);
add(
  'matview with format_type of a user type',
  `CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE t (m mood);`,
  "CREATE MATERIALIZED VIEW m AS SELECT format_type(atttypid, atttypmod) AS ty FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0",
  'SELECT * FROM m',
);
add(
  'matview with a plpgsql function using execute',
  `CREATE FUNCTION cnt(t text) RETURNS bigint LANGUAGE plpgsql AS $$ DECLARE n bigint; BEGIN EXECUTE format('SELECT count(*) FROM %I', t) INTO n; RETURN n; END $$;`,
  "CREATE MATERIALIZED VIEW m AS SELECT cnt('emp') AS n",
  'SELECT * FROM m',
);
add(
  'matview with a function qualified by schema',
  `CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM public.emp';`,
  'CREATE MATERIALIZED VIEW m AS SELECT cnt() AS n',
  'SELECT * FROM m',
  "INSERT INTO emp VALUES (9, 'z', 'x', 1)",
  'REFRESH MATERIALIZED VIEW m',
  'SELECT * FROM m',
);
add(
  'create table as with a function reading search path',
  `CREATE FUNCTION sch() RETURNS text LANGUAGE sql STABLE AS 'SELECT current_schema()';`,
  'CREATE TABLE t AS SELECT sch() AS s',
  'SELECT * FROM t',
  'SELECT * INTO t2 FROM (SELECT sch() AS s) x',
  'SELECT * FROM t2',
);
add(
  'create index on expression calling current_schema wrapper',
  `CREATE FUNCTION tag(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT t || current_schema()';`,
  'CREATE INDEX ON emp (tag(name))',
  "SELECT id FROM emp WHERE tag(name) = 'annpublic'",
);
add(
  'rule on a view instead insert with returning list',
  `CREATE VIEW v AS SELECT id, name FROM emp WHERE dept = 'eng';
CREATE RULE vi AS ON INSERT TO v DO INSTEAD INSERT INTO emp (id, name, dept) VALUES (NEW.id, NEW.name, 'eng') RETURNING id, name;`,
  "INSERT INTO v VALUES (9, 'n') RETURNING *",
  'SELECT id, dept FROM emp WHERE id = 9',
);
add(
  'rule instead update on a view',
  `CREATE VIEW v AS SELECT e.id, e.name, count(*) OVER () AS total FROM emp e;
CREATE RULE vu AS ON UPDATE TO v DO INSTEAD UPDATE emp SET name = NEW.name WHERE id = OLD.id;`,
  "UPDATE v SET name = 'q' WHERE id = 2",
  'SELECT name FROM emp WHERE id = 2',
);
add(
  'rule plus auto updatable view conditional rule errors',
  `CREATE VIEW v AS SELECT * FROM emp;
CREATE RULE vd AS ON DELETE TO v WHERE OLD.id = 1 DO INSTEAD NOTHING;`,
  'DELETE FROM v WHERE id = 2',
  'SELECT count(*) FROM emp',
);
add(
  'notify rule',
  `CREATE RULE n AS ON INSERT TO emp DO ALSO NOTIFY emp_changed;`,
  "INSERT INTO emp VALUES (9, 'z', 'x', 1)",
);
add(
  'rule referencing new in a select also',
  `CREATE TABLE shadow (id int, name text); CREATE RULE sh AS ON INSERT TO emp DO ALSO INSERT INTO shadow SELECT NEW.id, upper(NEW.name);`,
  "INSERT INTO emp VALUES (9, 'z', 'x', 1), (10, 'y', 'x', 1)",
  'SELECT * FROM shadow ORDER BY id',
);
add(
  'rule with old in insert errors',
  '',
  'CREATE RULE bad AS ON INSERT TO emp DO ALSO INSERT INTO log (s) VALUES (OLD.name)',
);
add(
  'rule on a materialized view errors',
  `CREATE MATERIALIZED VIEW m AS SELECT id FROM emp;`,
  'CREATE RULE r AS ON DELETE TO m DO INSTEAD NOTHING',
);
add(
  'alter rule rename',
  `CREATE RULE r AS ON DELETE TO emp DO INSTEAD NOTHING;`,
  'ALTER RULE r ON emp RENAME TO r2',
  "SELECT rulename FROM pg_rules WHERE tablename = 'emp'",
);
add(
  'raise using schema datatype fields',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'x' USING SCHEMA = 'public', DATATYPE = 'int4', TABLE = 'emp', COLUMN = 'id', CONSTRAINT = 'c'; END $$;`,
  'SELECT f()',
);
add(
  'raise with message from a variable and errcode in handler',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE m text; d text; h text; BEGIN
  RAISE EXCEPTION 'outer' USING DETAIL = 'dd', HINT = 'hh', ERRCODE = 'P1234';
  EXCEPTION WHEN SQLSTATE 'P1234' THEN GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT; RETURN m || '/' || d || '/' || h; END $$;`,
  'SELECT f()',
);
add(
  'nested exception blocks and rethrow outer',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN
  BEGIN PERFORM 1 / 0; EXCEPTION WHEN division_by_zero THEN RAISE EXCEPTION 'wrapped: %', SQLERRM USING ERRCODE = 'data_exception'; END;
  RETURN 'no'; EXCEPTION WHEN data_exception THEN RETURN 'outer caught ' || SQLSTATE || ' ' || SQLERRM; END $$;`,
  'SELECT f()',
);
add(
  'exception handler catches class by name',
  `CREATE FUNCTION f(v text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN v::int::text; EXCEPTION WHEN data_exception THEN RETURN 'bad: ' || SQLSTATE; END $$;`,
  "SELECT f('1'), f('x'), f('99999999999')",
);
add(
  'raise notice in a loop count of notices',
  `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN FOR i IN 1..3 LOOP RAISE NOTICE 'i=%', i; END LOOP; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql returns void selected',
  `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;`,
  'SELECT f()',
  'SELECT * FROM f()',
  'SELECT f() IS NULL',
);
add(
  'function returning setof void errors',
  '',
  "CREATE FUNCTION f() RETURNS SETOF void LANGUAGE sql AS 'SELECT'",
  'SELECT f()',
);
add(
  'function with default referencing another parameter errors',
  '',
  'CREATE FUNCTION f(a int, b int DEFAULT a) RETURNS int LANGUAGE sql AS $$ SELECT b $$',
);
add(
  'function with default null and named skip',
  `CREATE FUNCTION f(a int DEFAULT NULL, b text DEFAULT NULL, c bool DEFAULT false) RETURNS text LANGUAGE sql AS $$ SELECT concat_ws('|', a, b, c) $$;`,
  'SELECT f(), f(c => true), f(b => $$x$$), f(1, c => true)',
  { sql: 'SELECT f(b => $1, a => $2)', params: ['p', 5] },
);
add(
  'named notation with variadic',
  `CREATE FUNCTION f(VARIADIC xs int[]) RETURNS int LANGUAGE sql AS 'SELECT cardinality(xs)';`,
  'SELECT f(xs => ARRAY[1, 2, 3])',
  'SELECT f(VARIADIC xs => ARRAY[1])',
  'SELECT f(xs => 1)',
);
add(
  'function overload int vs bigint with literal and parameter',
  `CREATE FUNCTION g(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$; CREATE FUNCTION g(a bigint) RETURNS text LANGUAGE sql AS $$ SELECT 'bigint' $$;`,
  'SELECT g(1), g(3000000000), g(1::smallint)',
  { sql: 'SELECT g($1) AS r', params: [5] },
);
add(
  'function overload text vs varchar',
  `CREATE FUNCTION h(a text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$; CREATE FUNCTION h(a varchar) RETURNS text LANGUAGE sql AS $$ SELECT 'varchar' $$;`,
  "SELECT h('x'), h('x'::varchar), h('x'::char(2)), h(name) FROM emp WHERE id = 1",
);
add(
  'function overload ambiguous with unknown and two text-like',
  `CREATE FUNCTION h(a text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$; CREATE FUNCTION h(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$; CREATE FUNCTION h(a jsonb) RETURNS text LANGUAGE sql AS $$ SELECT 'jsonb' $$;`,
  "SELECT h('1')",
  { sql: 'SELECT h($1)', params: ['1'] },
);
add(
  'function overload numeric vs float with decimal literal',
  `CREATE FUNCTION m(a numeric) RETURNS text LANGUAGE sql AS $$ SELECT 'numeric' $$; CREATE FUNCTION m(a float8) RETURNS text LANGUAGE sql AS $$ SELECT 'float8' $$;`,
  'SELECT m(1.5), m(1), m(1e3), m(1.5::real)',
);
export default cases;
