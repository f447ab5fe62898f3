// Round 24 area D part 3: where PostgreSQL 16-18 answer schema objects differently from 15.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const P = 'r24d new: ';
const BASE = `CREATE TABLE emp (id int PRIMARY KEY, name text NOT NULL, dept text, salary int);
INSERT INTO emp VALUES (1, 'ann', 'eng', 100), (2, 'bob', 'eng', 80), (3, 'cy', 'ops', 90);`;
const add = (name: string, extra: string, ...steps: Step[]) =>
  cases.push({ name: P + name, setup: BASE + extra, steps });
const LOOKUP = `CREATE FUNCTION pay_of(i int) RETURNS int LANGUAGE sql STABLE AS 'SELECT salary FROM emp WHERE id = i';`;
add(
  'matview calling a function that reads an unqualified table',
  LOOKUP,
  'CREATE MATERIALIZED VIEW mv AS SELECT id, pay_of(id) AS p FROM emp',
  'SELECT * FROM mv ORDER BY id',
);
add(
  'refresh matview calling a function that reads an unqualified table',
  `${LOOKUP} CREATE MATERIALIZED VIEW mv AS SELECT id, pay_of(id) AS p FROM emp WITH NO DATA;`,
  'REFRESH MATERIALIZED VIEW mv',
  'SELECT * FROM mv ORDER BY id',
);
add(
  'refresh concurrently matview with plpgsql function reading a table',
  `CREATE FUNCTION pay_of(i int) RETURNS int LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN (SELECT salary FROM emp WHERE id = i); END $$;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM emp; CREATE UNIQUE INDEX ON mv (id);`,
  'CREATE MATERIALIZED VIEW mv2 AS SELECT id, pay_of(id) AS p FROM emp',
  'SELECT * FROM mv2 ORDER BY id',
  'CREATE UNIQUE INDEX ON mv2 (id)',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY mv2',
);
add(
  'index expression with a function reading an unqualified table',
  `CREATE FUNCTION dept_len(d text) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT length(d) + (SELECT count(*)::int FROM emp WHERE false)';`,
  'CREATE INDEX ON emp (dept_len(dept))',
  "INSERT INTO emp VALUES (4, 'x', 'ops', 1)",
);
add(
  'check constraint function using unqualified table then analyze',
  `CREATE FUNCTION n_emp() RETURNS int LANGUAGE sql STABLE AS 'SELECT count(*)::int FROM emp';`,
  'ANALYZE emp',
  'SELECT n_emp()',
);
add(
  'matview with a function using search_path helper current_schema',
  `CREATE FUNCTION sch() RETURNS text LANGUAGE sql STABLE AS 'SELECT current_schema()';`,
  'CREATE MATERIALIZED VIEW mv AS SELECT sch() AS s',
  'SELECT * FROM mv',
  'REFRESH MATERIALIZED VIEW mv',
  'SELECT * FROM mv',
);
add(
  'matview with current_setting search_path',
  '',
  "CREATE MATERIALIZED VIEW mv AS SELECT current_setting('search_path') AS s",
  'SELECT * FROM mv',
);
add(
  'refresh concurrently duplicate rows error',
  `CREATE MATERIALIZED VIEW mv AS SELECT dept FROM emp; CREATE UNIQUE INDEX ON mv (dept) WHERE dept = 'zzz';`,
  'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
);
add(
  'refresh concurrently with only a partial unique index errors',
  `CREATE MATERIALIZED VIEW mv AS SELECT DISTINCT dept FROM emp; CREATE UNIQUE INDEX ON mv (dept) WHERE dept IS NOT NULL;`,
  'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
);
add(
  'refresh concurrently with an expression unique index errors',
  `CREATE MATERIALIZED VIEW mv AS SELECT DISTINCT dept FROM emp; CREATE UNIQUE INDEX ON mv (lower(dept));`,
  'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
);
add(
  'merge into a simple view',
  `CREATE VIEW ev AS SELECT * FROM emp;`,
  "MERGE INTO ev USING (VALUES (1, 'z')) s(id, n) ON ev.id = s.id WHEN MATCHED THEN UPDATE SET name = s.n",
  'SELECT name FROM emp WHERE id = 1',
);
add(
  'merge into a view with instead of trigger',
  `CREATE VIEW ev AS SELECT * FROM emp;
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE emp SET name = NEW.name WHERE id = OLD.id; RETURN NEW; END $$;
CREATE TRIGGER w INSTEAD OF UPDATE ON ev FOR EACH ROW EXECUTE FUNCTION w();`,
  "MERGE INTO ev USING (VALUES (1, 'z')) s(id, n) ON ev.id = s.id WHEN MATCHED THEN UPDATE SET name = s.n",
);
add(
  'merge into a materialized view errors',
  `CREATE MATERIALIZED VIEW mv AS SELECT * FROM emp;`,
  'MERGE INTO mv USING (VALUES (1)) s(id) ON mv.id = s.id WHEN MATCHED THEN DELETE',
);
add(
  'merge fires row triggers',
  `CREATE TABLE log (s text);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (TG_OP || ' ' || TG_WHEN || ' ' || TG_LEVEL); RETURN coalesce(NEW, OLD); END $$;
CREATE TRIGGER a BEFORE INSERT OR UPDATE OR DELETE ON emp FOR EACH ROW EXECUTE FUNCTION w();
CREATE TRIGGER b AFTER INSERT OR UPDATE OR DELETE ON emp FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  "MERGE INTO emp USING (VALUES (1, 'a'), (9, 'n')) s(id, n) ON emp.id = s.id WHEN MATCHED THEN UPDATE SET name = s.n WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, s.n)",
  'SELECT s, count(*) FROM log GROUP BY s ORDER BY s',
);
add(
  'merge with transition tables on trigger',
  `CREATE TABLE log (s text);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log SELECT TG_OP || (SELECT count(*) FROM nt); RETURN NULL; END $$;
CREATE TRIGGER b AFTER UPDATE ON emp REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  "MERGE INTO emp USING (VALUES (1, 'a'), (2, 'b')) s(id, n) ON emp.id = s.id WHEN MATCHED THEN UPDATE SET name = s.n",
  'SELECT * FROM log',
);
add(
  'plpgsql type array declaration',
  '',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE a emp.id%TYPE[]; BEGIN a := ARRAY[1, 2]; RETURN array_length(a, 1); END $$',
  'SELECT f()',
);
add(
  'plpgsql rowtype array declaration',
  '',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE a emp%ROWTYPE[]; BEGIN RETURN 1; END $$',
  'SELECT f()',
);
add(
  'get diagnostics pg_routine_oid',
  '',
  "CREATE FUNCTION f() RETURNS bool LANGUAGE plpgsql AS $$ DECLARE o oid; BEGIN GET DIAGNOSTICS o = PG_ROUTINE_OID; RETURN o = 'f'::regproc; END $$",
  'SELECT f()',
);
add(
  'view over a subquery without alias',
  '',
  'CREATE VIEW v AS SELECT * FROM (SELECT id FROM emp)',
  'SELECT count(*) FROM v',
);
add(
  'view with a virtual generated column base',
  '',
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a + 1))',
  'CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a + 1) VIRTUAL)',
);
add('grant maintain privilege errors', '', 'GRANT MAINTAIN ON emp TO PUBLIC');
add('pg_maintain role', '', "SELECT count(*) FROM pg_roles WHERE rolname = 'pg_maintain'");
add(
  'pg_get_functiondef of plpgsql function',
  `CREATE FUNCTION f(a int, b text DEFAULT 'x') RETURNS TABLE (x int, y text) LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER SET search_path = public AS $$ BEGIN RETURN QUERY SELECT a, b; END $$;`,
  "SELECT pg_get_functiondef('f'::regproc)",
);
add(
  'pg_get_functiondef of sql standard body',
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT a + 1; END;`,
  "SELECT pg_get_functiondef('f'::regproc)",
);
add(
  'pg_get_functiondef of return body',
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN a * 2;`,
  "SELECT pg_get_functiondef('f'::regproc)",
);
add(
  'pg_get_viewdef of a join view with aggregates',
  `CREATE VIEW v AS SELECT e.dept, count(*) AS n, max(e.salary) FILTER (WHERE e.salary > 50) AS m FROM emp e LEFT JOIN emp b ON b.id = e.id GROUP BY e.dept HAVING count(*) > 0 ORDER BY e.dept;`,
  "SELECT pg_get_viewdef('v'::regclass)",
  "SELECT definition FROM pg_views WHERE viewname = 'v'",
);
add(
  'pg_get_viewdef with case coalesce and casts',
  `CREATE VIEW v AS SELECT id, CASE WHEN salary > 90 THEN 'hi' ELSE 'lo' END AS band, coalesce(dept, '-') AS d, salary::numeric(10,2) AS s, name || '!' AS n, id IN (1, 2) AS early, current_date AS today FROM emp;`,
  "SELECT pg_get_viewdef('v'::regclass, true)",
);
add(
  'pg_get_viewdef of a view over a values and subquery alias',
  `CREATE VIEW v AS SELECT x.a FROM (VALUES (1), (2)) x(a) WHERE x.a IN (SELECT id FROM emp);`,
  "SELECT pg_get_viewdef('v'::regclass)",
);
add(
  'information_schema view_definition',
  `CREATE VIEW v AS SELECT id, name FROM emp WHERE salary > 85;`,
  "SELECT view_definition FROM information_schema.views WHERE table_name = 'v'",
);
add(
  'pg_get_triggerdef with when and columns',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t BEFORE UPDATE OF salary, dept ON emp FOR EACH ROW WHEN (OLD.salary IS DISTINCT FROM NEW.salary AND NEW.dept <> 'x') EXECUTE FUNCTION w('a', 'b');
CREATE TRIGGER s AFTER DELETE ON emp REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION w();`,
  "SELECT tgname, pg_get_triggerdef(oid, true) FROM pg_trigger WHERE tgrelid = 'emp'::regclass ORDER BY tgname",
);
add(
  'pg_get_ruledef of a rule',
  `CREATE RULE r AS ON UPDATE TO emp WHERE OLD.dept = 'ops' DO INSTEAD NOTHING;`,
  "SELECT pg_get_ruledef(oid, true) FROM pg_rewrite WHERE rulename = 'r'",
);
add(
  'information_schema routines for functions',
  `CREATE FUNCTION f(a int, OUT b text) LANGUAGE sql AS $$ SELECT a::text $$; CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';`,
  "SELECT routine_name, routine_type, data_type, external_language, is_deterministic, security_type FROM information_schema.routines WHERE routine_schema = 'public' ORDER BY routine_name",
);
add(
  'information_schema parameters',
  `CREATE FUNCTION f(a int, b text DEFAULT 'x', OUT c text, VARIADIC d int[] DEFAULT '{}') LANGUAGE sql AS $$ SELECT b $$;`,
  "SELECT ordinal_position, parameter_mode, parameter_name, data_type, parameter_default FROM information_schema.parameters WHERE specific_schema = 'public' ORDER BY ordinal_position",
);
add(
  'pg_proc prokind and pronargdefaults',
  `CREATE FUNCTION f(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql AS 'SELECT a'; CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';`,
  "SELECT proname, prokind, pronargs, pronargdefaults, proretset, prorettype::regtype FROM pg_proc WHERE proname IN ('f', 'p') ORDER BY proname",
);
add(
  'pg_views and pg_matviews definitions',
  `CREATE VIEW v AS SELECT id FROM emp; CREATE MATERIALIZED VIEW m AS SELECT id FROM emp WHERE id > 1;`,
  "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public'",
  'SELECT matviewname, definition, hasindexes FROM pg_matviews',
);
add(
  'relkind of view and matview',
  `CREATE VIEW v AS SELECT id FROM emp; CREATE MATERIALIZED VIEW m AS SELECT id FROM emp;`,
  "SELECT relname, relkind, relispopulated FROM pg_class WHERE relname IN ('v', 'm', 'emp') ORDER BY relname",
);
add(
  'information_schema tables table_type for view',
  `CREATE VIEW v AS SELECT id FROM emp;`,
  "SELECT table_name, table_type, is_insertable_into FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
);
add(
  'information_schema view_column_usage and view_table_usage',
  `CREATE VIEW v AS SELECT id, name FROM emp;`,
  "SELECT table_name, column_name FROM information_schema.view_column_usage WHERE view_name = 'v' ORDER BY column_name",
  "SELECT table_name FROM information_schema.view_table_usage WHERE view_name = 'v'",
);
add(
  'information_schema triggered_update_columns',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t BEFORE UPDATE OF salary ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  'SELECT trigger_name, event_object_column FROM information_schema.triggered_update_columns',
);
add(
  'pg_depend view on table',
  `CREATE VIEW v AS SELECT id FROM emp;`,
  "SELECT count(*) > 0 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE d.refobjid = 'emp'::regclass AND r.ev_class = 'v'::regclass",
);
add(
  'psql style describe view columns',
  `CREATE VIEW v AS SELECT id, name::varchar(10) AS n FROM emp;`,
  "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute a WHERE a.attrelid = 'v'::regclass AND a.attnum > 0 ORDER BY a.attnum",
);
add(
  'drop view cascade notice lists objects',
  `CREATE VIEW v AS SELECT id FROM emp; CREATE VIEW v2 AS SELECT id FROM v; CREATE VIEW v3 AS SELECT id FROM v2;`,
  'DROP VIEW v CASCADE',
  'SELECT count(*) FROM pg_views WHERE schemaname = $$public$$',
);
add(
  'drop table restrict detail lists views and matviews',
  `CREATE VIEW v AS SELECT id FROM emp; CREATE MATERIALIZED VIEW m AS SELECT id FROM emp;`,
  'DROP TABLE emp',
);
add(
  'drop function with dependent view errors',
  `${LOOKUP} CREATE VIEW v AS SELECT pay_of(1) AS p;`,
  'DROP FUNCTION pay_of',
);
add(
  'drop function with dependent default errors',
  `${LOOKUP} CREATE TABLE t (a int DEFAULT pay_of(1));`,
  'DROP FUNCTION pay_of(int)',
  'DROP FUNCTION pay_of(int) CASCADE',
  'INSERT INTO t DEFAULT VALUES',
  'SELECT * FROM t',
);
add(
  'drop function with dependent check constraint errors',
  `CREATE FUNCTION ok(a int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT a > 0'; CREATE TABLE t (a int CHECK (ok(a)));`,
  'DROP FUNCTION ok(int)',
);
add(
  'sql function body not validated with check_function_bodies off',
  '',
  'SET check_function_bodies = off',
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT nope FROM nowhere'",
  'SELECT f()',
);
add(
  'plpgsql function referencing missing table only fails at call',
  '',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM nowhere); END $$',
  'SELECT f()',
);
add(
  'sql standard body referencing missing table fails at create',
  '',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM nowhere; END',
);
add(
  'sql standard body creates dependency on table',
  `CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM emp; END;`,
  'DROP TABLE emp',
);
add(
  'plpgsql variable conflict error',
  `CREATE FUNCTION f(id int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT name FROM emp WHERE emp.id = id); END $$;`,
  'SELECT f(1)',
);
add(
  'plpgsql variable_conflict use_column',
  `CREATE FUNCTION f(id int) RETURNS text LANGUAGE plpgsql AS $$ #variable_conflict use_variable
BEGIN RETURN (SELECT name FROM emp WHERE emp.id = id); END $$;`,
  'SELECT f(1)',
);
add(
  'plpgsql record field missing',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN SELECT id INTO r FROM emp LIMIT 1; RETURN r.nope; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql unassigned record',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN RETURN r.id; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql strict multiple rows detail',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ #print_strict_params on
DECLARE r text; d text := 'eng'; BEGIN SELECT name INTO STRICT r FROM emp WHERE dept = d; RETURN r; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql too many rows into non strict takes first',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text; BEGIN SELECT name INTO r FROM emp ORDER BY id DESC; RETURN r; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql returns setof with return query and get diagnostics',
  `CREATE FUNCTION f() RETURNS SETOF int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN RETURN QUERY SELECT id FROM emp; GET DIAGNOSTICS n = ROW_COUNT; RAISE NOTICE 'rows %', n; RETURN QUERY SELECT n; END $$;`,
  'SELECT * FROM f() ORDER BY 1',
);
add(
  'plpgsql open cursor fetch loop',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT name FROM emp ORDER BY id; n text; s text := ''; BEGIN OPEN c; LOOP FETCH c INTO n; EXIT WHEN NOT FOUND; s := s || n; END LOOP; CLOSE c; RETURN s; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql refcursor returned to client',
  `CREATE FUNCTION f(rc refcursor) RETURNS refcursor LANGUAGE plpgsql AS $$ BEGIN OPEN rc FOR SELECT id FROM emp ORDER BY id; RETURN rc; END $$;`,
  'BEGIN',
  "SELECT f('cur')",
  'FETCH ALL FROM cur',
  'COMMIT',
);
add(
  'plpgsql transaction control in procedure',
  `CREATE TABLE t (a int); CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (1); COMMIT; INSERT INTO t VALUES (2); ROLLBACK; INSERT INTO t VALUES (3); END $$;`,
  'CALL p()',
  'SELECT * FROM t ORDER BY a',
);
add(
  'procedure commit inside explicit transaction errors',
  `CREATE TABLE t (a int); CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (1); COMMIT; END $$;`,
  'BEGIN',
  'CALL p()',
  'ROLLBACK',
);
add(
  'commit in a function errors',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN COMMIT; RETURN 1; END $$;`,
  'SELECT f()',
);
add(
  'procedure with out parameter called with null placeholder',
  `CREATE PROCEDURE p(IN a int, OUT b int) LANGUAGE plpgsql AS $$ BEGIN b := a * 3; END $$;`,
  'CALL p(2, NULL)',
  { sql: 'CALL p($1, NULL)', params: [5] },
);
add(
  'function with out parameter via parameters',
  `CREATE FUNCTION f(a int, OUT x int, OUT y text) LANGUAGE plpgsql AS $$ BEGIN x := a; y := repeat('z', a); END $$;`,
  { sql: 'SELECT * FROM f($1)', params: [3] },
  { sql: 'SELECT f($1) AS r', params: [2] },
);
add(
  'function with table-typed argument via parameters',
  `CREATE FUNCTION lbl(e emp) RETURNS text LANGUAGE sql AS $$ SELECT e.name || '@' || e.dept $$;`,
  'SELECT lbl(e) FROM emp e ORDER BY id',
  "SELECT lbl(ROW(9, 'x', 'y', 1)::emp)",
);
add(
  'function returning record needs column definition list',
  `CREATE FUNCTION f() RETURNS record LANGUAGE sql AS $$ SELECT 1, 'a'::text $$;`,
  'SELECT * FROM f()',
  'SELECT * FROM f() AS t(a int, b text)',
  'SELECT f()',
);
add(
  'function returning setof record with definition list',
  `CREATE FUNCTION f() RETURNS SETOF record LANGUAGE sql AS $$ SELECT id, name FROM emp $$;`,
  'SELECT * FROM f() AS t(i int, n text) ORDER BY i',
  'SELECT * FROM f() AS t(i int)',
);
add(
  'function with composite type result',
  `CREATE TYPE pair AS (k text, v int); CREATE FUNCTION pairs() RETURNS SETOF pair LANGUAGE sql AS $$ SELECT name, salary FROM emp $$;`,
  'SELECT * FROM pairs() ORDER BY v',
  'SELECT (p).k FROM (SELECT pairs() AS p) s ORDER BY 1',
);
add(
  'sql function inlined volatility with now default',
  `CREATE FUNCTION pct(a int, b int) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS 'SELECT round(100.0 * a / b, 1)';`,
  'SELECT pct(1, 3), pct(NULL, 3), pct(1, 0)',
);
add(
  'domain check calling a function',
  `CREATE FUNCTION is_slug(t text) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT t ~ '^[a-z0-9-]+$' $$; CREATE DOMAIN slug AS text CHECK (is_slug(VALUE)); CREATE TABLE pg (s slug);`,
  "INSERT INTO pg VALUES ('ok-1')",
  "INSERT INTO pg VALUES ('Not OK')",
  "SELECT 'x y'::slug",
);
add(
  'generated column with immutable sql function',
  `CREATE FUNCTION full_label(n text, d text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT n || ' (' || coalesce(d, '?') || ')' $$;
CREATE TABLE t (n text, d text, l text GENERATED ALWAYS AS (full_label(n, d)) STORED);`,
  "INSERT INTO t (n, d) VALUES ('a', NULL), ('b', 'x') RETURNING l",
);
add(
  'generated column with a volatile function errors',
  `CREATE FUNCTION v(n text) RETURNS text LANGUAGE sql AS 'SELECT n';`,
  'CREATE TABLE t (n text, l text GENERATED ALWAYS AS (v(n)) STORED)',
);
add(
  'event trigger on ddl_command_end',
  `CREATE TABLE ddl_log (tag text);
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ddl_log VALUES (tg_tag); END $$;
CREATE EVENT TRIGGER r24d_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();`,
  'CREATE TABLE z (a int)',
  'CREATE VIEW zv AS SELECT * FROM z',
  'SELECT * FROM ddl_log',
  'DROP EVENT TRIGGER r24d_ddl',
);
add(
  'trigger updating the same row twice in a statement',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE emp SET salary = salary + 1 WHERE id = NEW.id; RETURN NEW; END $$;
CREATE TRIGGER w BEFORE UPDATE OF name ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  "UPDATE emp SET name = 'q' WHERE id = 1",
);
add(
  'before delete trigger deleting the row itself',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM emp WHERE id = OLD.id; RETURN OLD; END $$;
CREATE TRIGGER w BEFORE DELETE ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  'DELETE FROM emp WHERE id = 1',
  'SELECT count(*) FROM emp',
);
add(
  'after trigger error rolls back the row',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.salary > 1000 THEN RAISE 'too much: %', NEW.salary USING ERRCODE = 'raise_exception'; END IF; RETURN NULL; END $$;
CREATE TRIGGER w AFTER INSERT ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  "INSERT INTO emp VALUES (9, 'x', 'y', 5000)",
  'SELECT count(*) FROM emp',
);
add(
  'savepoint around a failing trigger',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$;
CREATE TRIGGER w BEFORE INSERT ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  'BEGIN',
  'SAVEPOINT a',
  "INSERT INTO emp VALUES (9, 'x', 'y', 1)",
  'ROLLBACK TO SAVEPOINT a',
  'SELECT count(*) FROM emp',
  'COMMIT',
);
add(
  'trigger function with set search_path and security definer',
  `CREATE SCHEMA audit; CREATE TABLE audit.log (t text);
CREATE FUNCTION audit.w() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $$ BEGIN INSERT INTO log VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME || ':' || NEW.id); RETURN NEW; END $$;
CREATE TRIGGER w AFTER INSERT ON emp FOR EACH ROW EXECUTE FUNCTION audit.w();`,
  "INSERT INTO emp VALUES (9, 'x', 'y', 1)",
  'SELECT * FROM audit.log',
  'SHOW search_path',
);
add(
  'updatable view with instead of and check option',
  `CREATE VIEW v AS SELECT * FROM emp WHERE dept = 'eng' WITH CHECK OPTION;
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO emp VALUES (NEW.*); RETURN NEW; END $$;
CREATE TRIGGER w INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION w();`,
  "INSERT INTO v VALUES (9, 'x', 'ops', 1)",
  'SELECT count(*) FROM emp',
);
add(
  'view over view with check option cascaded via outer',
  `CREATE VIEW v1 AS SELECT * FROM emp WHERE salary > 50 WITH CHECK OPTION; CREATE VIEW v2 AS SELECT * FROM v1 WHERE dept = 'eng';`,
  "INSERT INTO v2 VALUES (9, 'x', 'ops', 100)",
  "INSERT INTO v2 VALUES (10, 'x', 'eng', 10)",
);
add(
  'check option error detail shows failing row',
  `CREATE VIEW v AS SELECT id, name, salary FROM emp WHERE salary < 1000 WITH CHECK OPTION;`,
  { sql: 'UPDATE v SET salary = $1 WHERE id = $2', params: [5000, 2] },
);
add(
  'view with security_barrier leak via error',
  `CREATE VIEW v WITH (security_barrier) AS SELECT * FROM emp WHERE dept = 'eng';`,
  'SELECT id FROM v WHERE 1 / (salary - 90) > -1 ORDER BY id',
);
add(
  'view with window function not updatable',
  `CREATE VIEW v AS SELECT id, row_number() OVER (ORDER BY id) AS rn FROM emp;`,
  'DELETE FROM v WHERE id = 1',
);
add(
  'view returning system column not updatable',
  `CREATE VIEW v AS SELECT id, name, ctid FROM emp;`,
  "UPDATE v SET name = 'q' WHERE id = 1",
  "INSERT INTO v (id, name) VALUES (9, 'n')",
);
add(
  'view with a set returning function in target list',
  `CREATE VIEW v AS SELECT id, generate_series(1, 2) AS g FROM emp;`,
  'DELETE FROM v',
);
add(
  'view with a subquery in where is updatable',
  `CREATE VIEW v AS SELECT * FROM emp WHERE dept IN (SELECT 'eng');`,
  'UPDATE v SET salary = 0 RETURNING id',
);
add(
  'view with duplicate column reference insert errors',
  `CREATE VIEW v AS SELECT id, name, name AS n2 FROM emp;`,
  "INSERT INTO v (id, name, n2) VALUES (9, 'a', 'b')",
  "UPDATE v SET n2 = 'z' WHERE id = 1 RETURNING *",
);
add(
  'view insert of same column twice errors',
  `CREATE VIEW v AS SELECT id, name FROM emp;`,
  "INSERT INTO v (id, name, name) VALUES (9, 'a', 'b')",
);
add(
  'rule on insert returning works with returning list',
  `CREATE TABLE t (a int, b text); CREATE VIEW v AS SELECT a, b, 1 AS c FROM t UNION ALL SELECT 0, 'z', 0;
CREATE RULE vi AS ON INSERT TO v DO INSTEAD INSERT INTO t VALUES (NEW.a, NEW.b) RETURNING t.*, 1;`,
  "INSERT INTO v (a, b) VALUES (5, 'five') RETURNING *",
);
add(
  'rule also on update with old and new',
  `CREATE TABLE hist (id int, old_sal int, new_sal int); CREATE RULE h AS ON UPDATE TO emp DO ALSO INSERT INTO hist VALUES (OLD.id, OLD.salary, NEW.salary);`,
  'UPDATE emp SET salary = salary * 2 WHERE dept = $$eng$$',
  'SELECT * FROM hist ORDER BY id',
);
add(
  'rule with multiple actions',
  `CREATE TABLE a1 (x int); CREATE TABLE a2 (x int); CREATE RULE m AS ON DELETE TO emp DO ALSO (INSERT INTO a1 VALUES (OLD.id); INSERT INTO a2 VALUES (OLD.id * 10));`,
  'DELETE FROM emp WHERE id < 3',
  'SELECT (SELECT array_agg(x ORDER BY x) FROM a1), (SELECT array_agg(x ORDER BY x) FROM a2)',
);
add(
  'rule instead on insert count tag',
  `CREATE TABLE t (a int); CREATE RULE r AS ON INSERT TO emp DO INSTEAD INSERT INTO t VALUES (NEW.id);`,
  "INSERT INTO emp VALUES (9, 'x', 'y', 1), (10, 'x', 'y', 1)",
  'SELECT count(*) FROM t',
);
add(
  'on conflict on a table with rules errors',
  `CREATE TABLE t (a int); CREATE RULE r AS ON INSERT TO emp DO ALSO INSERT INTO t VALUES (NEW.id);`,
  "INSERT INTO emp VALUES (1, 'x', 'y', 1) ON CONFLICT DO NOTHING",
);
add(
  'merge on a table with rules errors',
  `CREATE TABLE t (a int); CREATE RULE r AS ON UPDATE TO emp DO ALSO INSERT INTO t VALUES (NEW.id);`,
  'MERGE INTO emp USING (VALUES (1)) s(id) ON emp.id = s.id WHEN MATCHED THEN UPDATE SET salary = 0',
);
add('copy into a view errors', `CREATE VIEW v AS SELECT * FROM emp;`, 'COPY v TO STDOUT');
export default cases;
