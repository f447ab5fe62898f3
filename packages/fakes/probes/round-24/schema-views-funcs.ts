// Round 24 area D part 2: views, materialized views, functions, rules (PostgreSQL 15 CREATE VIEW / MATERIALIZED VIEW / FUNCTION / RULE, ch. 43).
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const P = 'r24d vf: ';
const BASE = `CREATE TABLE emp (id int PRIMARY KEY, name text NOT NULL, dept text, salary int, active bool NOT NULL DEFAULT true);
CREATE TABLE dept (code text PRIMARY KEY, title text);
INSERT INTO dept VALUES ('eng', 'Engineering'), ('ops', 'Operations');
INSERT INTO emp VALUES (1, 'ann', 'eng', 100, true), (2, 'bob', 'eng', 80, false), (3, 'cy', 'ops', 90, true), (4, 'di', NULL, NULL, true);`;
const add = (name: string, extra: string, ...steps: Step[]) =>
  cases.push({ name: P + name, setup: BASE + extra, steps });
const ALL = 'SELECT * FROM emp ORDER BY id';
// ------------------------------------------------------------ views
const V = `CREATE VIEW active_emp AS SELECT id, name, dept, salary FROM emp WHERE active;`;
add(
  'insert through a simple view uses base defaults',
  V,
  "INSERT INTO active_emp (id, name) VALUES (5, 'ed') RETURNING *",
  ALL,
);
add(
  'update through a simple view only touches visible rows',
  V,
  'UPDATE active_emp SET salary = 1 WHERE dept = $$eng$$',
  ALL,
);
add('delete through a simple view', V, 'DELETE FROM active_emp WHERE salary IS NULL RETURNING id', ALL);
add(
  'update through a view moving the row out of view is allowed',
  V,
  "UPDATE active_emp SET name = 'x' WHERE id = 1",
  'SELECT * FROM active_emp ORDER BY id',
);
add(
  'view with check option rejects rows out of view',
  `CREATE VIEW eng AS SELECT * FROM emp WHERE dept = 'eng' WITH CHECK OPTION;`,
  "INSERT INTO eng VALUES (9, 'z', 'ops', 1, true)",
);
add(
  'view with check option rejects update out of view',
  `CREATE VIEW eng AS SELECT * FROM emp WHERE dept = 'eng' WITH CHECK OPTION;`,
  "UPDATE eng SET dept = 'ops' WHERE id = 1",
);
add(
  'view with check option accepts rows in view',
  `CREATE VIEW eng AS SELECT * FROM emp WHERE dept = 'eng' WITH CHECK OPTION;`,
  "INSERT INTO eng VALUES (9, 'z', 'eng', 1, true) RETURNING id",
);
add(
  'check option null condition rejects',
  `CREATE VIEW paid AS SELECT * FROM emp WHERE salary > 50 WITH CHECK OPTION;`,
  "INSERT INTO paid (id, name) VALUES (9, 'z')",
);
add(
  'local check option ignores the underlying view condition',
  `CREATE VIEW eng AS SELECT * FROM emp WHERE dept = 'eng';
CREATE VIEW rich_eng AS SELECT * FROM eng WHERE salary > 50 WITH LOCAL CHECK OPTION;`,
  "INSERT INTO rich_eng VALUES (9, 'z', 'ops', 100, true)",
  "INSERT INTO rich_eng VALUES (10, 'y', 'eng', 10, true)",
);
add(
  'cascaded check option checks the underlying view',
  `CREATE VIEW eng AS SELECT * FROM emp WHERE dept = 'eng';
CREATE VIEW rich_eng AS SELECT * FROM eng WHERE salary > 50 WITH CASCADED CHECK OPTION;`,
  "INSERT INTO rich_eng VALUES (9, 'z', 'ops', 100, true)",
);
add(
  'check option via WITH (check_option) option',
  `CREATE VIEW eng WITH (check_option = local) AS SELECT * FROM emp WHERE dept = 'eng';`,
  'UPDATE eng SET dept = NULL',
  "SELECT viewname FROM pg_views WHERE viewname = 'eng'",
);
add(
  'check option on a non updatable view errors',
  '',
  'CREATE VIEW c AS SELECT dept, count(*) FROM emp GROUP BY dept WITH CHECK OPTION',
);
add(
  'insert into a join view errors',
  `CREATE VIEW ed AS SELECT e.id, e.name, d.title FROM emp e JOIN dept d ON d.code = e.dept;`,
  "INSERT INTO ed (id, name) VALUES (9, 'x')",
);
add(
  'update a join view errors',
  `CREATE VIEW ed AS SELECT e.id, e.name, d.title FROM emp e JOIN dept d ON d.code = e.dept;`,
  "UPDATE ed SET name = 'x'",
);
add(
  'delete from an aggregate view errors',
  `CREATE VIEW c AS SELECT dept, count(*) AS n FROM emp GROUP BY dept;`,
  'DELETE FROM c',
);
add('delete from a distinct view errors', `CREATE VIEW c AS SELECT DISTINCT dept FROM emp;`, 'DELETE FROM c');
add(
  'update a computed view column errors',
  `CREATE VIEW c AS SELECT id, upper(name) AS uname, salary FROM emp;`,
  "UPDATE c SET uname = 'X'",
  'UPDATE c SET salary = 5 WHERE id = 1 RETURNING *',
);
add(
  'insert into a view with a computed column only in other columns',
  `CREATE VIEW c AS SELECT id, upper(name) AS uname, name FROM emp;`,
  "INSERT INTO c (id, name) VALUES (7, 'ab') RETURNING *",
);
add(
  'insert into a limit view errors',
  `CREATE VIEW c AS SELECT * FROM emp LIMIT 2;`,
  "INSERT INTO c (id, name) VALUES (7, 'x')",
);
add(
  'insert into a union view errors',
  `CREATE VIEW c AS SELECT id, name FROM emp UNION ALL SELECT 0, 'x';`,
  "INSERT INTO c VALUES (7, 'x')",
);
add(
  'view over a view is updatable',
  `CREATE VIEW a1 AS SELECT id, name, dept FROM emp; CREATE VIEW a2 AS SELECT id, name FROM a1 WHERE dept = 'eng';`,
  "UPDATE a2 SET name = name || '!' RETURNING *",
  ALL,
);
add(
  'view with column aliases updatable',
  `CREATE VIEW c (eid, ename) AS SELECT id, name FROM emp;`,
  "UPDATE c SET ename = 'q' WHERE eid = 3 RETURNING eid, ename",
  'SELECT eid, ename FROM c ORDER BY eid',
);
add('view with too many column names errors', '', 'CREATE VIEW c (a, b, x) AS SELECT id, name FROM emp');
add(
  'view column types via information_schema',
  `CREATE VIEW c AS SELECT id, name, salary * 1.5 AS s, 'k'::varchar(3) AS k, NULL AS n FROM emp;`,
  "SELECT column_name, data_type, is_updatable FROM information_schema.columns WHERE table_name = 'c' ORDER BY ordinal_position",
);
add(
  'view is_updatable in information_schema views',
  `${V} CREATE VIEW c AS SELECT dept, count(*) FROM emp GROUP BY dept;`,
  "SELECT table_name, is_updatable, is_insertable_into, check_option FROM information_schema.views WHERE table_schema = 'public' ORDER BY table_name",
);
add(
  'view with unknown typed literal column',
  '',
  "CREATE VIEW c AS SELECT 'x' AS a",
  'SELECT pg_typeof(a)::text FROM c',
);
add(
  'create or replace view adding a column at the end',
  V,
  'CREATE OR REPLACE VIEW active_emp AS SELECT id, name, dept, salary, active FROM emp WHERE active',
  'SELECT * FROM active_emp ORDER BY id',
);
add(
  'create or replace view dropping a column errors',
  V,
  'CREATE OR REPLACE VIEW active_emp AS SELECT id, name, dept FROM emp',
);
add(
  'create or replace view renaming a column errors',
  V,
  'CREATE OR REPLACE VIEW active_emp AS SELECT id, name AS nm, dept, salary FROM emp',
);
add(
  'create or replace view changing a column type errors',
  V,
  'CREATE OR REPLACE VIEW active_emp AS SELECT id, name, dept, salary::bigint AS salary FROM emp',
);
add('create view on existing name errors', V, 'CREATE VIEW active_emp AS SELECT 1');
add('create view on existing table name errors', '', 'CREATE VIEW emp AS SELECT 1');
add(
  'alter view rename column',
  V,
  'ALTER VIEW active_emp RENAME COLUMN name TO full_name',
  'SELECT full_name FROM active_emp ORDER BY id',
);
add('alter table rename a view', V, 'ALTER TABLE active_emp RENAME TO ae', 'SELECT count(*) FROM ae');
add(
  'view definition expands star at creation',
  `CREATE VIEW s AS SELECT * FROM dept;`,
  'ALTER TABLE dept ADD COLUMN extra int',
  'SELECT * FROM s ORDER BY code',
);
add('drop column used by a view errors', V, 'ALTER TABLE emp DROP COLUMN salary');
add('drop table with a dependent view errors', V, 'DROP TABLE emp');
add('drop table cascade drops the view', V, 'DROP TABLE emp CASCADE', 'SELECT * FROM active_emp');
add(
  'drop view restrict with dependent view errors',
  `${V} CREATE VIEW v2 AS SELECT id FROM active_emp;`,
  'DROP VIEW active_emp RESTRICT',
);
add('drop view on a table errors', '', 'DROP VIEW emp');
add('drop table on a view errors', V, 'DROP TABLE active_emp');
add('drop view if exists', '', 'DROP VIEW IF EXISTS nope, nope2');
add('alter column type used by a view errors', V, 'ALTER TABLE emp ALTER COLUMN salary TYPE bigint');
add(
  'security barrier view leaky function order',
  `CREATE VIEW sb WITH (security_barrier) AS SELECT id, name FROM emp WHERE active;`,
  "SELECT id FROM sb WHERE name LIKE '%n%' ORDER BY id",
  "SELECT relname, reloptions FROM pg_class WHERE relname = 'sb'",
);
add(
  'security barrier view is still auto updatable',
  `CREATE VIEW sb WITH (security_barrier = true) AS SELECT id, name FROM emp WHERE active;`,
  "UPDATE sb SET name = 'z' WHERE id = 2",
  "UPDATE sb SET name = 'z' WHERE id = 1",
  ALL,
);
add(
  'security invoker view option',
  `CREATE VIEW si WITH (security_invoker = true) AS SELECT id FROM emp;`,
  'SELECT count(*) FROM si',
);
add('invalid view option errors', '', 'CREATE VIEW x WITH (nope = 1) AS SELECT 1');
add(
  'temp view over permanent table',
  '',
  'CREATE TEMP VIEW tv AS SELECT id FROM emp WHERE id < 3',
  'SELECT * FROM tv ORDER BY id',
);
add(
  'recursive view',
  '',
  'CREATE RECURSIVE VIEW nums (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums WHERE n < 4',
  'SELECT * FROM nums ORDER BY n',
);
add(
  'view with order by keeps order',
  '',
  'CREATE VIEW o AS SELECT id, name FROM emp ORDER BY name DESC',
  'SELECT * FROM o',
);
add('pg_get_viewdef of a simple view', V, "SELECT pg_get_viewdef('active_emp'::regclass, true)");
add('insert into view with returning and parameters', V, {
  sql: 'INSERT INTO active_emp (id, name, salary) VALUES ($1, $2, $3) RETURNING id, name, salary',
  params: [8, 'pp', 7],
});
add(
  'upsert through a simple view',
  V,
  "INSERT INTO active_emp (id, name) VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name RETURNING *",
);
add(
  'view default via alter view set default',
  V,
  "ALTER VIEW active_emp ALTER COLUMN dept SET DEFAULT 'ops'",
  "INSERT INTO active_emp (id, name) VALUES (6, 'f') RETURNING *",
);
add(
  'view over a values list not updatable',
  `CREATE VIEW vv AS SELECT * FROM (VALUES (1, 'a')) t(a, b);`,
  "INSERT INTO vv VALUES (2, 'b')",
);
add(
  'update view where the base has a check constraint',
  `ALTER TABLE emp ADD CONSTRAINT pos CHECK (salary > 0); ${V}`,
  'UPDATE active_emp SET salary = -1 WHERE id = 1',
);
// ------------------------------------------------------------ materialized views
const MV = `CREATE MATERIALIZED VIEW dept_pay AS SELECT dept, count(*) AS n, sum(salary) AS total FROM emp GROUP BY dept;`;
add(
  'materialized view snapshot does not see new rows until refresh',
  MV,
  "INSERT INTO emp VALUES (9, 'n', 'ops', 10, true)",
  'SELECT * FROM dept_pay ORDER BY dept',
  'REFRESH MATERIALIZED VIEW dept_pay',
  'SELECT * FROM dept_pay ORDER BY dept',
);
add(
  'materialized view with no data errors on select',
  `CREATE MATERIALIZED VIEW mv AS SELECT id FROM emp WITH NO DATA;`,
  'SELECT * FROM mv',
);
add(
  'materialized view with no data then refresh',
  `CREATE MATERIALIZED VIEW mv AS SELECT id FROM emp WITH NO DATA;`,
  'REFRESH MATERIALIZED VIEW mv',
  'SELECT * FROM mv ORDER BY id',
);
add(
  'refresh with no data unpopulates',
  MV,
  'REFRESH MATERIALIZED VIEW dept_pay WITH NO DATA',
  'SELECT * FROM dept_pay',
);
add(
  'refresh concurrently without unique index errors',
  MV,
  'REFRESH MATERIALIZED VIEW CONCURRENTLY dept_pay',
);
add(
  'refresh concurrently with a unique index',
  `${MV} CREATE UNIQUE INDEX ON dept_pay (dept);`,
  'UPDATE emp SET salary = 1 WHERE id = 3',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY dept_pay',
  'SELECT * FROM dept_pay ORDER BY dept',
);
add(
  'refresh concurrently on unpopulated errors',
  `CREATE MATERIALIZED VIEW mv AS SELECT id FROM emp WITH NO DATA; CREATE UNIQUE INDEX ON mv (id);`,
  'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
);
add(
  'refresh concurrently with no data errors',
  `${MV} CREATE UNIQUE INDEX ON dept_pay (dept);`,
  'REFRESH MATERIALIZED VIEW CONCURRENTLY dept_pay WITH NO DATA',
);
add(
  'refresh concurrently inside a transaction is allowed',
  `${MV} CREATE UNIQUE INDEX ON dept_pay (dept);`,
  'BEGIN',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY dept_pay',
  'COMMIT',
);
add('insert into a materialized view errors', MV, "INSERT INTO dept_pay VALUES ('x', 1, 1)");
add('update a materialized view errors', MV, 'UPDATE dept_pay SET n = 0');
add('delete from a materialized view errors', MV, 'DELETE FROM dept_pay');
add('refresh a plain view errors', V, 'REFRESH MATERIALIZED VIEW active_emp');
add('refresh a missing matview errors', '', 'REFRESH MATERIALIZED VIEW nope');
add(
  'materialized view column types',
  MV,
  "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'dept_pay'::regclass AND attnum > 0 ORDER BY attnum",
);
add(
  'matview in pg_matviews ispopulated',
  `${MV} CREATE MATERIALIZED VIEW mv2 AS SELECT 1 AS x WITH NO DATA;`,
  'SELECT matviewname, ispopulated FROM pg_matviews ORDER BY matviewname',
);
add(
  'matview not listed in information_schema tables',
  MV,
  "SELECT count(*) FROM information_schema.tables WHERE table_name = 'dept_pay'",
);
add(
  'index on matview used by ordered query',
  `${MV} CREATE INDEX dp_total ON dept_pay (total);`,
  'SELECT dept FROM dept_pay WHERE total > 50 ORDER BY total',
);
add(
  'create materialized view if not exists notice',
  MV,
  'CREATE MATERIALIZED VIEW IF NOT EXISTS dept_pay AS SELECT 1',
);
add('create materialized view duplicate errors', MV, 'CREATE MATERIALIZED VIEW dept_pay AS SELECT 1');
add(
  'drop materialized view vs drop view',
  MV,
  'DROP VIEW dept_pay',
  'DROP MATERIALIZED VIEW dept_pay',
  'DROP MATERIALIZED VIEW IF EXISTS dept_pay',
);
add('drop table used by matview errors', MV, 'DROP TABLE emp');
add(
  'matview with column names',
  '',
  'CREATE MATERIALIZED VIEW mv (a, b) AS SELECT id, name FROM emp WHERE id < 3',
  'SELECT * FROM mv ORDER BY a',
);
add(
  'matview row count in command tag',
  '',
  'CREATE MATERIALIZED VIEW mv AS SELECT id FROM emp',
  'REFRESH MATERIALIZED VIEW mv',
);
add(
  'create table as with no data',
  '',
  'CREATE TABLE t2 AS SELECT id, name FROM emp WITH NO DATA',
  'SELECT count(*) FROM t2',
);
add(
  'matview depending on a function',
  `CREATE FUNCTION dbl(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2'; CREATE MATERIALIZED VIEW mv AS SELECT id, dbl(salary) AS d FROM emp;`,
  'SELECT * FROM mv ORDER BY id',
  'DROP FUNCTION dbl(int)',
);
add(
  'alter materialized view rename',
  MV,
  'ALTER MATERIALIZED VIEW dept_pay RENAME TO dp',
  'SELECT count(*) FROM dp',
);
add('truncate a materialized view errors', MV, 'TRUNCATE dept_pay');
// ------------------------------------------------------------ functions
add(
  'returns table function with filter',
  `CREATE FUNCTION by_dept(d text) RETURNS TABLE (id int, name text) LANGUAGE sql STABLE AS $$ SELECT id, name FROM emp WHERE dept = d ORDER BY id $$;`,
  "SELECT * FROM by_dept('eng')",
  "SELECT by_dept('ops')",
  { sql: 'SELECT name FROM by_dept($1)', params: ['eng'] },
);
add(
  'returns table plpgsql with return query and out column clash',
  `CREATE FUNCTION by_dept(d text) RETURNS TABLE (id int, name text) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT e.id, e.name FROM emp e WHERE e.dept = d; END $$;`,
  "SELECT * FROM by_dept('eng') ORDER BY id",
);
add(
  'returns table plpgsql ambiguous column reference errors',
  `CREATE FUNCTION by_dept(d text) RETURNS TABLE (id int, name text) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT id, name FROM emp WHERE dept = d; END $$;`,
  "SELECT * FROM by_dept('eng')",
);
add(
  'setof table type function',
  `CREATE FUNCTION actives() RETURNS SETOF emp LANGUAGE sql AS 'SELECT * FROM emp WHERE active';`,
  'SELECT id, name FROM actives() ORDER BY id',
  'SELECT (actives()).name ORDER BY 1',
);
add(
  'setof function returning no rows',
  `CREATE FUNCTION no_rows() RETURNS SETOF emp LANGUAGE sql AS 'SELECT * FROM emp WHERE false';`,
  'SELECT * FROM no_rows()',
  'SELECT no_rows()',
);
add(
  'function returning a table row type single',
  `CREATE FUNCTION one(i int) RETURNS emp LANGUAGE sql AS 'SELECT * FROM emp WHERE id = i';`,
  'SELECT * FROM one(1)',
  'SELECT * FROM one(99)',
  'SELECT one(2)',
);
add(
  'out parameters function',
  `CREATE FUNCTION stats(d text, OUT n int, OUT total bigint) LANGUAGE sql AS 'SELECT count(*)::int, sum(salary) FROM emp WHERE dept = d';`,
  "SELECT * FROM stats('eng')",
  "SELECT stats('eng')",
  "SELECT (stats('ops')).total",
);
add(
  'inout parameter function',
  `CREATE FUNCTION inc(INOUT x int, step int DEFAULT 1) LANGUAGE plpgsql AS $$ BEGIN x := x + step; END $$;`,
  'SELECT inc(5)',
  'SELECT * FROM inc(5, 10)',
);
add(
  'single out parameter returns scalar',
  `CREATE FUNCTION sq(a int, OUT r int) LANGUAGE sql AS 'SELECT a * a';`,
  'SELECT sq(4)',
  'SELECT * FROM sq(3)',
);
add(
  'default arguments and named notation',
  `CREATE FUNCTION greet(name text, greeting text DEFAULT 'hi', punct text DEFAULT '!') RETURNS text LANGUAGE sql AS $$ SELECT greeting || ' ' || name || punct $$;`,
  "SELECT greet('a'), greet('a', 'yo'), greet('a', punct => '?'), greet(name => 'b', greeting => 'hey'), greet(punct := '.', name := 'c')",
);
add(
  'named notation with unknown name errors',
  `CREATE FUNCTION greet(name text, greeting text DEFAULT 'hi') RETURNS text LANGUAGE sql AS $$ SELECT greeting || ' ' || name $$;`,
  "SELECT greet(nom => 'a')",
);
add(
  'positional after named errors',
  `CREATE FUNCTION greet(name text, greeting text DEFAULT 'hi') RETURNS text LANGUAGE sql AS $$ SELECT greeting || ' ' || name $$;`,
  "SELECT greet(name => 'a', 'x')",
);
add(
  'missing required argument errors',
  `CREATE FUNCTION greet(name text, greeting text DEFAULT 'hi') RETURNS text LANGUAGE sql AS $$ SELECT greeting || ' ' || name $$;`,
  "SELECT greet(greeting => 'x')",
);
add(
  'default arguments with parameters',
  `CREATE FUNCTION add3(a int, b int DEFAULT 10, c int DEFAULT 100) RETURNS int LANGUAGE sql AS 'SELECT a + b + c';`,
  { sql: 'SELECT add3($1) AS x, add3($1, c => $2) AS y', params: [1, 2] },
);
add(
  'default argument not last errors',
  '',
  'CREATE FUNCTION bad(a int DEFAULT 1, b int) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
);
add(
  'variadic function',
  `CREATE FUNCTION mx(VARIADIC xs int[]) RETURNS int LANGUAGE sql AS 'SELECT max(x) FROM unnest(xs) x';`,
  'SELECT mx(1, 5, 3), mx(VARIADIC ARRAY[7, 2]), mx(4)',
  'SELECT mx()',
  'SELECT mx(VARIADIC NULL::int[])',
);
add(
  'variadic with a leading argument',
  `CREATE FUNCTION joinw(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql AS 'SELECT array_to_string(parts, sep)';`,
  "SELECT joinw('-', 'a', 'b', 'c'), joinw('+', VARIADIC '{x,y}')",
);
add(
  'variadic any plpgsql count',
  `CREATE FUNCTION cnt(VARIADIC a anyarray) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN array_length(a, 1); END $$;`,
  "SELECT cnt(1, 2, 3), cnt('a'::text, 'b')",
);
add(
  'strict function returns null on null input',
  `CREATE FUNCTION s(a int, b int) RETURNS int LANGUAGE plpgsql STRICT AS $$ BEGIN RAISE NOTICE 'called'; RETURN coalesce(a, 0) + coalesce(b, 0); END $$;`,
  'SELECT s(1, NULL) IS NULL AS n, s(1, 2) AS v',
);
add(
  'returns null on null input spelled out',
  `CREATE FUNCTION s(a text) RETURNS text LANGUAGE sql RETURNS NULL ON NULL INPUT AS $$ SELECT coalesce(a, 'was null') $$;
CREATE FUNCTION c(a text) RETURNS text LANGUAGE sql CALLED ON NULL INPUT AS $$ SELECT coalesce(a, 'was null') $$;`,
  'SELECT s(NULL), c(NULL)',
);
add(
  'volatile function evaluated per row',
  `CREATE SEQUENCE q; CREATE FUNCTION nxt() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT nextval('q') $$;`,
  'SELECT id, nxt() FROM emp ORDER BY id',
);
add(
  'volatility in pg_proc',
  `CREATE FUNCTION f1() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 1'; CREATE FUNCTION f2() RETURNS int LANGUAGE sql STABLE AS 'SELECT 1'; CREATE FUNCTION f3() RETURNS int LANGUAGE sql AS 'SELECT 1';`,
  "SELECT proname, provolatile, proisstrict, prosecdef FROM pg_proc WHERE proname IN ('f1', 'f2', 'f3') ORDER BY proname",
);
add(
  'immutable function in an index expression',
  `CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)'; CREATE UNIQUE INDEX emp_norm ON emp (norm(name));`,
  "INSERT INTO emp (id, name) VALUES (9, 'ANN')",
);
add(
  'volatile function in an index expression errors',
  `CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql AS 'SELECT lower(t)';`,
  'CREATE INDEX emp_norm ON emp (norm(name))',
);
add(
  'overloaded functions resolve by type',
  `CREATE FUNCTION k(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$; CREATE FUNCTION k(a text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$; CREATE FUNCTION k(a numeric) RETURNS text LANGUAGE sql AS $$ SELECT 'numeric' $$;`,
  "SELECT k(1), k('x'), k(1.5), k(1::smallint), k(2::bigint)",
);
add(
  'overloaded function with unknown literal',
  `CREATE FUNCTION k(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$; CREATE FUNCTION k(a date) RETURNS text LANGUAGE sql AS $$ SELECT 'date' $$;`,
  "SELECT k('5')",
);
add(
  'ambiguous overload errors',
  `CREATE FUNCTION k(a int, b text DEFAULT 'x') RETURNS text LANGUAGE sql AS $$ SELECT 'two' $$; CREATE FUNCTION k(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'one' $$;`,
  'SELECT k(1)',
);
add('function does not exist with hint', '', "SELECT nope_fn(1, 'a')");
add(
  'wrong argument types hint',
  `CREATE FUNCTION k(a int) RETURNS int LANGUAGE sql AS 'SELECT a';`,
  'SELECT k(true)',
  'SELECT k(1, 2)',
);
add(
  'overloaded with parameters',
  `CREATE FUNCTION k(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$; CREATE FUNCTION k(a text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$;`,
  { sql: 'SELECT k($1::int) AS a, k($2) AS b', params: ['3', 'x'] },
);
add(
  'create function with same signature errors',
  `CREATE FUNCTION k(a int) RETURNS int LANGUAGE sql AS 'SELECT a';`,
  'CREATE FUNCTION k(b int) RETURNS int LANGUAGE sql AS $$SELECT b$$',
);
add(
  'create or replace changing return type errors',
  `CREATE FUNCTION k(a int) RETURNS int LANGUAGE sql AS 'SELECT a';`,
  'CREATE OR REPLACE FUNCTION k(a int) RETURNS bigint LANGUAGE sql AS $$SELECT a$$',
);
add(
  'create or replace renaming parameter errors',
  `CREATE FUNCTION k(a int) RETURNS int LANGUAGE sql AS 'SELECT a';`,
  'CREATE OR REPLACE FUNCTION k(b int) RETURNS int LANGUAGE sql AS $$SELECT b$$',
);
add(
  'drop function without args when overloaded errors',
  `CREATE FUNCTION k(a int) RETURNS int LANGUAGE sql AS 'SELECT a'; CREATE FUNCTION k(a text) RETURNS text LANGUAGE sql AS 'SELECT a';`,
  'DROP FUNCTION k',
  'DROP FUNCTION k(text)',
  'DROP FUNCTION k',
  'SELECT count(*) FROM pg_proc WHERE proname = $$k$$',
);
add('drop function if exists missing', '', 'DROP FUNCTION IF EXISTS nope(int)', 'DROP FUNCTION nope(int)');
add(
  'raise notice and warning levels',
  `CREATE FUNCTION n() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'n %', 1; RAISE WARNING 'w % %', 'a', NULL; RAISE INFO 'i'; RAISE DEBUG 'd'; RAISE LOG 'l'; RETURN 1; END $$;`,
  'SELECT n()',
);
add(
  'raise notice with detail and hint',
  `CREATE FUNCTION n() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'msg' USING DETAIL = 'det', HINT = 'hin'; RETURN 1; END $$;`,
  'SELECT n()',
);
add(
  'raise exception default sqlstate P0001',
  `CREATE FUNCTION e() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom %', 42; END $$;`,
  'SELECT e()',
);
add(
  'raise exception with a custom sqlstate class',
  `CREATE FUNCTION e() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no funds' USING ERRCODE = 'U0001'; END $$;`,
  'SELECT e()',
);
add(
  'raise exception with a condition name errcode',
  `CREATE FUNCTION e() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'nf' USING ERRCODE = 'no_data_found'; END $$;`,
  'SELECT e()',
);
add(
  'raise with too few parameters errors at create',
  '',
  `CREATE FUNCTION e() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'a % %', 1; END $$`,
);
add(
  'raise with an invalid errcode errors',
  `CREATE FUNCTION e() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'nope_nope'; END $$;`,
  'SELECT e()',
);
add(
  'get diagnostics row_count after update',
  `CREATE FUNCTION bump(d text) RETURNS int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN UPDATE emp SET salary = salary + 1 WHERE dept = d; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$;`,
  "SELECT bump('eng'), bump('none')",
);
add(
  'found after select into and update',
  `CREATE FUNCTION f(i int) RETURNS text LANGUAGE plpgsql AS $$ DECLARE r emp; BEGIN
  SELECT * INTO r FROM emp WHERE id = i; IF NOT FOUND THEN RETURN 'missing'; END IF;
  UPDATE emp SET name = name WHERE false; RETURN r.name || ':' || FOUND::text; END $$;`,
  'SELECT f(1), f(99)',
);
add(
  'select into strict errors',
  `CREATE FUNCTION f(d text) RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text; BEGIN SELECT name INTO STRICT r FROM emp WHERE dept = d; RETURN r; END $$;`,
  "SELECT f('ops')",
  "SELECT f('eng')",
  "SELECT f('none')",
);
add(
  'return query with loop over results',
  `CREATE FUNCTION pay() RETURNS TABLE (who text, band text) LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN
  FOR r IN SELECT name, salary FROM emp ORDER BY id LOOP who := r.name; band := CASE WHEN r.salary >= 90 THEN 'high' WHEN r.salary IS NULL THEN 'none' ELSE 'low' END; RETURN NEXT; END LOOP; END $$;`,
  'SELECT * FROM pay()',
);
add(
  'execute format with using',
  `CREATE FUNCTION cnt(tbl text, col text, v text) RETURNS bigint LANGUAGE plpgsql AS $$ DECLARE n bigint; BEGIN
  EXECUTE format('SELECT count(*) FROM %I WHERE %I = $1', tbl, col) INTO n USING v; RETURN n; END $$;`,
  "SELECT cnt('emp', 'dept', 'eng')",
  "SELECT cnt('emp', 'nope', 'x')",
  "SELECT cnt('Emp', 'dept', 'x')",
);
add(
  'execute returning query results via return query execute',
  `CREATE FUNCTION ids(tbl text) RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY EXECUTE format('SELECT id FROM %I ORDER BY id', tbl); END $$;`,
  "SELECT * FROM ids('emp')",
);
add(
  'execute into with wrong result type',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN EXECUTE 'SELECT ''x''' INTO n; RETURN n; END $$;`,
  'SELECT f()',
);
add(
  'exception caught sqlerrm and sqlstate',
  `CREATE FUNCTION f(a int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN (10 / a)::text; EXCEPTION WHEN division_by_zero THEN RETURN SQLSTATE || ' ' || SQLERRM; END $$;`,
  'SELECT f(2), f(0)',
);
add(
  'exception caught rolls back the block writes',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN
  BEGIN UPDATE emp SET salary = 0; INSERT INTO emp (id, name) VALUES (1, 'dup'); EXCEPTION WHEN unique_violation THEN RAISE NOTICE 'caught %', SQLSTATE; END;
  RETURN (SELECT sum(salary) FROM emp); END $$;`,
  'SELECT f()',
);
add(
  'exception re-raised with raise',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN INSERT INTO emp (id, name) VALUES (1, 'dup'); RETURN 1; EXCEPTION WHEN unique_violation THEN RAISE; END $$;`,
  'SELECT f()',
);
add(
  'exception rethrown with a new message keeps errcode',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN INSERT INTO emp (id, name) VALUES (1, 'dup'); RETURN 1;
  EXCEPTION WHEN unique_violation THEN RAISE EXCEPTION 'emp exists: %', SQLERRM USING ERRCODE = SQLSTATE; END $$;`,
  'SELECT f()',
);
add(
  'get stacked diagnostics in handler',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE s text; c text; t text; BEGIN INSERT INTO emp (id, name) VALUES (1, 'dup'); RETURN 'x';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, c = CONSTRAINT_NAME, t = TABLE_NAME; RETURN s || ' ' || c || ' ' || t; END $$;`,
  'SELECT f()',
);
add(
  'exception when others does not catch unlisted',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 / 0; EXCEPTION WHEN unique_violation THEN RETURN -1; END $$;`,
  'SELECT f()',
);
add(
  'function used in a check constraint',
  `CREATE FUNCTION valid_email(e text) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT e ~ '^[^@]+@[^@]+$' $$;
CREATE TABLE u (id int, email text CHECK (valid_email(email)));`,
  "INSERT INTO u VALUES (1, 'a@b')",
  "INSERT INTO u VALUES (2, 'nope')",
  'INSERT INTO u VALUES (3, NULL)',
  'SELECT * FROM u',
);
add(
  'function used as a column default',
  `CREATE SEQUENCE code_seq; CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C-' || lpad(nextval('code_seq')::text, 4, '0') $$;
CREATE TABLE t (code text PRIMARY KEY DEFAULT next_code(), v int);`,
  'INSERT INTO t (v) VALUES (1), (2) RETURNING *',
  'INSERT INTO t (code, v) VALUES (DEFAULT, 3) RETURNING code',
);
add(
  'plpgsql function in default raising',
  `CREATE FUNCTION nodefault() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'must be given' USING ERRCODE = '23502'; END $$;
CREATE TABLE t (a int DEFAULT nodefault(), b int);`,
  'INSERT INTO t (b) VALUES (1)',
  'INSERT INTO t (a, b) VALUES (1, 1)',
);
add(
  'security definer function',
  `CREATE FUNCTION whoami() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = public AS 'SELECT current_user';`,
  'SELECT whoami() = current_user',
  "SELECT prosecdef, proconfig FROM pg_proc WHERE proname = 'whoami'",
);
add(
  'function set search_path clause',
  `CREATE SCHEMA app; CREATE TABLE app.emp (id int); INSERT INTO app.emp VALUES (77);
CREATE FUNCTION first_id() RETURNS int LANGUAGE sql SET search_path = app AS 'SELECT min(id) FROM emp';`,
  'SELECT first_id()',
  'SHOW search_path',
);
add(
  'do block with notice',
  '',
  "DO $$ BEGIN RAISE NOTICE 'hello %', 1 + 1; END $$",
  "DO LANGUAGE plpgsql $$ DECLARE n int; BEGIN SELECT count(*) INTO n FROM emp; RAISE NOTICE 'n=%', n; END $$",
);
add(
  'do block raising errors',
  '',
  "DO $$ BEGIN RAISE EXCEPTION 'from do' USING ERRCODE = '22023', HINT = 'h'; END $$",
);
add(
  'do block conditional ddl migration',
  '',
  "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE TYPE mood AS ENUM ('ok', 'bad'); END IF; END $$",
  "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE TYPE mood AS ENUM ('ok', 'bad'); END IF; END $$",
  "SELECT 'ok'::mood",
);
add(
  'do block with exception when duplicate_object',
  '',
  "DO $$ BEGIN CREATE TYPE st AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN NULL; END $$",
  "DO $$ BEGIN CREATE TYPE st AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN RAISE NOTICE 'exists'; END $$",
);
add('do block returning a value errors', '', 'DO $$ BEGIN RETURN 1; END $$');
add('do block with parameters not allowed', '', { sql: 'DO $$ BEGIN PERFORM 1; END $$', params: [] });
add(
  'plpgsql syntax error at create',
  '',
  'CREATE FUNCTION bad() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 END $$',
);
add(
  'plpgsql missing return at runtime',
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF a > 0 THEN RETURN a; END IF; END $$;`,
  'SELECT f(1)',
  'SELECT f(-1)',
);
add(
  'plpgsql unknown column at runtime',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT nope FROM emp LIMIT 1); END $$;`,
  'SELECT f()',
);
add(
  'sql function body validated at create',
  '',
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT nope FROM emp'",
);
add(
  'sql function return type mismatch errors',
  '',
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 'x'::text $$",
);
add(
  'sql function returning last statement',
  `CREATE FUNCTION f(n text) RETURNS int LANGUAGE sql AS $$ INSERT INTO emp (id, name) VALUES (50, n); SELECT count(*)::int FROM emp $$;`,
  "SELECT f('z')",
);
add(
  'sql standard function body begin atomic',
  `CREATE FUNCTION addone(a int) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT a + 1; END;`,
  'SELECT addone(41)',
);
add(
  'sql function with return expression body',
  `CREATE FUNCTION mul(a int, b int) RETURNS int LANGUAGE sql RETURN a * b;`,
  'SELECT mul(6, 7)',
);
add(
  'sql function with positional parameters',
  `CREATE FUNCTION sal_of(int) RETURNS int LANGUAGE sql AS 'SELECT salary FROM emp WHERE id = $1';`,
  'SELECT sal_of(1), sal_of(99)',
);
add(
  'sql function returning void',
  `CREATE FUNCTION touch(i int) RETURNS void LANGUAGE sql AS 'UPDATE emp SET salary = 0 WHERE id = i';`,
  'SELECT touch(1)',
  'SELECT salary FROM emp WHERE id = 1',
);
add(
  'procedure with call and commit',
  `CREATE PROCEDURE raise_all(pct int) LANGUAGE plpgsql AS $$ BEGIN UPDATE emp SET salary = salary * (100 + pct) / 100; END $$;`,
  'CALL raise_all(10)',
  ALL,
);
add(
  'procedure with inout returns a row',
  `CREATE PROCEDURE p(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n * 2; END $$;`,
  'CALL p(21)',
);
add(
  'calling a procedure with select errors',
  `CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';`,
  'SELECT p()',
);
add('call a function errors', `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';`, 'CALL f()');
add(
  'perform discards result',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM * FROM emp WHERE id = 1; RETURN FOUND::int; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql select without into errors',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN SELECT 1; RETURN 1; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql assert',
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN ASSERT a > 0, 'a must be positive'; RETURN a; END $$;`,
  'SELECT f(1)',
  'SELECT f(0)',
);
add(
  'plpgsql while and exit',
  `CREATE FUNCTION f(n int) RETURNS int LANGUAGE plpgsql AS $$ DECLARE s int := 0; i int := 0; BEGIN WHILE true LOOP i := i + 1; EXIT WHEN i > n; CONTINUE WHEN i % 2 = 0; s := s + i; END LOOP; RETURN s; END $$;`,
  'SELECT f(10)',
);
add(
  'plpgsql foreach over array',
  `CREATE FUNCTION f(a int[]) RETURNS int LANGUAGE plpgsql AS $$ DECLARE x int; s int := 0; BEGIN FOREACH x IN ARRAY a LOOP s := s + x; END LOOP; RETURN s; END $$;`,
  "SELECT f('{1,2,3}'), f('{}')",
);
add(
  'plpgsql integer for loop reverse by',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text := ''; BEGIN FOR i IN REVERSE 10..1 BY 3 LOOP r := r || i || ','; END LOOP; RETURN r; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql return next on setof scalar',
  `CREATE FUNCTION evens(n int) RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN FOR i IN 1..n LOOP IF i % 2 = 0 THEN RETURN NEXT i; END IF; END LOOP; RETURN; END $$;`,
  'SELECT * FROM evens(7)',
  'SELECT evens(4)',
);
add(
  'plpgsql copy type and rowtype declarations',
  `CREATE FUNCTION f(i int) RETURNS text LANGUAGE plpgsql AS $$ DECLARE n emp.name%TYPE; r emp%ROWTYPE; BEGIN SELECT * INTO r FROM emp WHERE id = i; n := r.name; RETURN n || r.salary; END $$;`,
  'SELECT f(1)',
  'SELECT f(4)',
);
add(
  'plpgsql constant assignment errors',
  '',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE c CONSTANT int := 1; BEGIN c := 2; RETURN c; END $$',
);
add(
  'plpgsql not null variable',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE c int NOT NULL := 1; BEGIN c := NULL; RETURN c; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql case without match errors',
  `CREATE FUNCTION f(a int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN CASE a WHEN 1 THEN RETURN 'one'; END CASE; END $$;`,
  'SELECT f(1)',
  'SELECT f(2)',
);
add(
  'plpgsql returning into from insert',
  `CREATE FUNCTION ins(n text) RETURNS int LANGUAGE plpgsql AS $$ DECLARE new_id int; BEGIN INSERT INTO emp (id, name) VALUES ((SELECT max(id) + 1 FROM emp), n) RETURNING id INTO new_id; RETURN new_id; END $$;`,
  "SELECT ins('x')",
  "SELECT ins('y')",
);
add(
  'plpgsql upsert loop with unique_violation retry',
  `CREATE FUNCTION put(i int, n text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN
  LOOP UPDATE emp SET name = n WHERE id = i; IF FOUND THEN RETURN 'updated'; END IF;
  BEGIN INSERT INTO emp (id, name) VALUES (i, n); RETURN 'inserted'; EXCEPTION WHEN unique_violation THEN END; END LOOP; END $$;`,
  "SELECT put(1, 'q'), put(20, 'r')",
  ALL,
);
add(
  'function returning json built from a query',
  `CREATE FUNCTION dept_json(d text) RETURNS jsonb LANGUAGE sql STABLE AS $$ SELECT jsonb_build_object('dept', d, 'people', coalesce(jsonb_agg(name ORDER BY id), '[]')) FROM emp WHERE dept = d $$;`,
  "SELECT dept_json('eng'), dept_json('x')",
);
add(
  'polymorphic anyelement function',
  `CREATE FUNCTION first_non_null(a anyelement, b anyelement) RETURNS anyelement LANGUAGE sql AS 'SELECT coalesce(a, b)';`,
  "SELECT first_non_null(NULL::int, 2), first_non_null('a'::text, 'b'), pg_typeof(first_non_null(1.5, 2))::text",
  "SELECT first_non_null('a', 'b')",
  "SELECT first_non_null(1, 'x'::text)",
);
add(
  'function comment and pg_get_functiondef',
  `CREATE FUNCTION f(a int DEFAULT 3) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a';`,
  "SELECT pg_get_function_arguments('f'::regproc), pg_get_function_result('f'::regproc)",
);
add(
  'alter function rename and volatility',
  `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';`,
  'ALTER FUNCTION f() RENAME TO g',
  'ALTER FUNCTION g() IMMUTABLE',
  "SELECT proname, provolatile FROM pg_proc WHERE proname IN ('f', 'g')",
);
add(
  'function in where clause with a table alias column',
  `CREATE FUNCTION is_senior(e emp) RETURNS bool LANGUAGE sql AS 'SELECT e.salary >= 90';`,
  'SELECT id FROM emp WHERE is_senior(emp) ORDER BY id',
  'SELECT e.id, e.is_senior FROM emp e ORDER BY e.id',
);
add(
  'set-returning function in from with ordinality',
  `CREATE FUNCTION names() RETURNS SETOF text LANGUAGE sql AS 'SELECT name FROM emp ORDER BY id';`,
  'SELECT * FROM names() WITH ORDINALITY AS t(n, i)',
);
add(
  'lateral join to a returns table function',
  `CREATE FUNCTION peers(d text) RETURNS TABLE (pid int) LANGUAGE sql AS 'SELECT id FROM emp WHERE dept = d';`,
  'SELECT d.code, p.pid FROM dept d CROSS JOIN LATERAL peers(d.code) p ORDER BY 1, 2',
);
// ------------------------------------------------------------ rules
add(
  'rule do instead nothing on delete',
  `CREATE RULE no_delete AS ON DELETE TO emp DO INSTEAD NOTHING;`,
  'DELETE FROM emp WHERE id = 1',
  'SELECT count(*) FROM emp',
);
add(
  'rule do also logging inserts',
  `CREATE TABLE emp_log (id int, what text); CREATE RULE log_ins AS ON INSERT TO emp DO ALSO INSERT INTO emp_log VALUES (NEW.id, 'ins');`,
  "INSERT INTO emp (id, name) VALUES (7, 'a'), (8, 'b')",
  'SELECT * FROM emp_log ORDER BY id',
);
add(
  'rule instead soft delete',
  `CREATE RULE soft AS ON DELETE TO emp DO INSTEAD UPDATE emp SET active = false WHERE id = OLD.id;`,
  'DELETE FROM emp WHERE id = 1',
  'SELECT id, active FROM emp ORDER BY id',
);
add(
  'rule conditional instead',
  `CREATE RULE guard AS ON UPDATE TO emp WHERE OLD.dept = 'ops' DO INSTEAD NOTHING;`,
  'UPDATE emp SET salary = 1',
  ALL,
);
add(
  'rule on view making it insertable',
  `CREATE VIEW ed AS SELECT e.id, e.name, d.title FROM emp e LEFT JOIN dept d ON d.code = e.dept;
CREATE RULE ed_ins AS ON INSERT TO ed DO INSTEAD INSERT INTO emp (id, name) VALUES (NEW.id, NEW.name);`,
  "INSERT INTO ed (id, name) VALUES (7, 'x')",
  'SELECT id, name FROM emp WHERE id = 7',
);
add(
  'rule instead with returning errors without returning list',
  `CREATE VIEW ed AS SELECT e.id, e.name, d.title FROM emp e LEFT JOIN dept d ON d.code = e.dept;
CREATE RULE ed_ins AS ON INSERT TO ed DO INSTEAD INSERT INTO emp (id, name) VALUES (NEW.id, NEW.name);`,
  "INSERT INTO ed (id, name) VALUES (7, 'x') RETURNING id",
);
add(
  'drop rule and create or replace rule',
  `CREATE RULE r AS ON DELETE TO emp DO INSTEAD NOTHING;`,
  'CREATE OR REPLACE RULE r AS ON DELETE TO emp DO ALSO NOTHING',
  'DELETE FROM emp WHERE id = 4',
  'DROP RULE r ON emp',
  'DROP RULE r ON emp',
  'DROP RULE IF EXISTS r ON emp',
);
add(
  'rule listed in pg_rules',
  `CREATE RULE r AS ON DELETE TO emp DO INSTEAD NOTHING;`,
  "SELECT rulename, definition FROM pg_rules WHERE tablename = 'emp'",
);
add(
  'rule on select other than _RETURN errors',
  '',
  'CREATE RULE r AS ON SELECT TO emp DO INSTEAD SELECT * FROM emp',
);
export default cases;
