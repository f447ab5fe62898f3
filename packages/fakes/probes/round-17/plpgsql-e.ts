// Round 17, part E: what a migration tool reads about functions (pg_proc, pg_get_functiondef,
// pg_get_function_arguments/result, information_schema.routines/parameters), and the PL/pgSQL,
// function and trigger changes of PostgreSQL 16, 17 and 18 seen from 15.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 plpgsql E: ');
const FUNCS = `CREATE TABLE item (id int PRIMARY KEY, name text);
CREATE FUNCTION f_sql(a int, b text DEFAULT 'x') RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT b || a $$;
CREATE FUNCTION f_pl(INOUT n int, OUT doubled int) LANGUAGE plpgsql STABLE AS $$ BEGIN doubled := n * 2; END $$;
CREATE FUNCTION f_set(lim int) RETURNS SETOF item LANGUAGE sql STABLE AS $$ SELECT * FROM item WHERE id < lim $$;
CREATE FUNCTION f_tab() RETURNS TABLE (k int, v text) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT 1, 'a'; END $$;
CREATE FUNCTION f_var(VARIADIC xs numeric[]) RETURNS numeric LANGUAGE sql PARALLEL SAFE LEAKPROOF AS $$ SELECT sum(x) FROM unnest(xs) x $$;
CREATE FUNCTION f_trig() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION f_std(a int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + 1;
CREATE FUNCTION f_sec() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = public COST 5 AS $$ SELECT 1 $$;
CREATE FUNCTION f_rows() RETURNS SETOF int LANGUAGE sql ROWS 42 AS $$ SELECT 1 $$;
CREATE PROCEDURE p_upd(x int, INOUT y int DEFAULT 0) LANGUAGE plpgsql AS $$ BEGIN y := x + y; END $$;`;
const NAMES = "('f_sql', 'f_pl', 'f_set', 'f_tab', 'f_var', 'f_trig', 'f_std', 'f_sec', 'f_rows', 'p_upd')";
const cat = (name: string, sql: string) => list.add(name, [sql], FUNCS);

// ---------------------------------------------------------------- pg_proc
cat(
  'pg_proc kind, volatility, strictness, set',
  `SELECT proname, prokind, provolatile, proisstrict, proretset, prosecdef, proleakproof, proparallel FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc argument counts and types',
  `SELECT proname, pronargs, pronargdefaults, prorettype::regtype::text AS ret, proargtypes::regtype[]::text AS argtypes FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc proallargtypes, proargmodes, proargnames',
  `SELECT proname, proallargtypes::regtype[]::text AS alltypes, proargmodes::text AS modes, proargnames::text AS names FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc provariadic',
  `SELECT proname, provariadic::regtype::text AS variadic FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc cost, rows, config',
  `SELECT proname, procost, prorows, proconfig FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc language names',
  `SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.proname IN ${NAMES} ORDER BY p.proname`,
);
cat('pg_proc prosrc', `SELECT proname, prosrc FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`);
cat(
  'pg_proc prosupport and protransform-era columns',
  `SELECT proname, prosupport::text AS support, protrftypes IS NULL AS trf, probin IS NULL AS nobin FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc argdefaults text',
  `SELECT proname, pg_get_expr(proargdefaults, 0) AS defaults FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc namespace',
  `SELECT proname, pronamespace::regnamespace::text AS ns FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_proc column list',
  "SELECT attname, atttypid::regtype::text AS type FROM pg_attribute WHERE attrelid = 'pg_proc'::regclass AND attnum > 0 ORDER BY attnum",
);
cat(
  'pg_get_function_arguments',
  `SELECT proname, pg_get_function_arguments(oid) AS args FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_get_function_identity_arguments',
  `SELECT proname, pg_get_function_identity_arguments(oid) AS args FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat(
  'pg_get_function_result',
  `SELECT proname, pg_get_function_result(oid) AS result FROM pg_proc WHERE proname IN ${NAMES} ORDER BY proname`,
);
cat('pg_get_functiondef of a SQL function', "SELECT pg_get_functiondef('f_sql'::regproc) AS def");
cat(
  'pg_get_functiondef of a plpgsql function with INOUT',
  "SELECT pg_get_functiondef('f_pl'::regproc) AS def",
);
cat('pg_get_functiondef of SETOF', "SELECT pg_get_functiondef('f_set'::regproc) AS def");
cat('pg_get_functiondef of RETURNS TABLE', "SELECT pg_get_functiondef('f_tab'::regproc) AS def");
cat(
  'pg_get_functiondef of VARIADIC, PARALLEL SAFE, LEAKPROOF',
  "SELECT pg_get_functiondef('f_var'::regproc) AS def",
);
cat('pg_get_functiondef of a trigger function', "SELECT pg_get_functiondef('f_trig'::regproc) AS def");
cat('pg_get_functiondef of a RETURN body', "SELECT pg_get_functiondef('f_std'::regproc) AS def");
cat(
  'pg_get_functiondef of SECURITY DEFINER, SET, COST',
  "SELECT pg_get_functiondef('f_sec'::regproc) AS def",
);
cat('pg_get_functiondef of ROWS', "SELECT pg_get_functiondef('f_rows'::regproc) AS def");
cat('pg_get_functiondef of a procedure', "SELECT pg_get_functiondef('p_upd'::regproc) AS def");
cat('pg_get_functiondef of a builtin', "SELECT pg_get_functiondef('lower(text)'::regprocedure) AS def");
cat(
  'pg_get_functiondef of an aggregate is an error',
  "SELECT pg_get_functiondef('sum(int4)'::regprocedure) AS def",
);
cat('pg_get_functiondef of a non-function oid', 'SELECT pg_get_functiondef(0) IS NULL AS v');
cat(
  'information_schema.routines',
  "SELECT routine_name, routine_type, data_type, type_udt_name, routine_body, external_language, is_deterministic, is_null_call, security_type, sql_data_access FROM information_schema.routines WHERE routine_schema = 'public' ORDER BY routine_name",
);
cat(
  'information_schema.routines definitions',
  "SELECT routine_name, routine_definition FROM information_schema.routines WHERE routine_schema = 'public' ORDER BY routine_name",
);
cat(
  'information_schema.parameters',
  "SELECT specific_name ~ '^[a-z_]+_[0-9]+$' AS named, ordinal_position, parameter_mode, parameter_name, data_type, parameter_default FROM information_schema.parameters WHERE specific_schema = 'public' ORDER BY split_part(specific_name, '_', 1) || split_part(specific_name, '_', 2), ordinal_position",
);
cat(
  'information_schema.routines specific_name pattern',
  "SELECT routine_name, specific_name = routine_name || '_' || (SELECT oid FROM pg_proc WHERE proname = routine_name)::text AS ok FROM information_schema.routines WHERE routine_schema = 'public' ORDER BY routine_name",
);
cat(
  'information_schema.routine_routine_usage and routine_table_usage (15)',
  "SELECT routine_name, table_name FROM information_schema.routine_table_usage WHERE routine_schema = 'public' ORDER BY 1, 2",
);
cat(
  'pg_depend of a SQL-standard body on its table',
  "SELECT count(*)::int AS n FROM pg_depend WHERE classid = 'pg_proc'::regclass AND objid = 'f_std'::regproc AND refclassid = 'pg_class'::regclass",
);
cat(
  'regprocedure of each function',
  `SELECT oid::regprocedure::text AS sig FROM pg_proc WHERE proname IN ${NAMES} ORDER BY 1`,
);
cat('pg_function_is_visible', "SELECT pg_function_is_visible('f_sql'::regproc) AS v");
cat(
  'psql \\df-like listing',
  `SELECT n.nspname AS schema, p.proname AS name, pg_catalog.pg_get_function_result(p.oid) AS result, pg_catalog.pg_get_function_arguments(p.oid) AS args,
  CASE p.prokind WHEN 'a' THEN 'agg' WHEN 'w' THEN 'window' WHEN 'p' THEN 'proc' ELSE 'func' END AS type
  FROM pg_catalog.pg_proc p LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public' ORDER BY 1, 2, 4`,
);
cat(
  'Prisma-like function listing',
  `SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS ident, l.lanname AS lang, p.prokind AS kind,
  md5(pg_get_functiondef(p.oid)) IS NOT NULL AS has_def FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
  WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p') ORDER BY 1, 2`,
);
cat('pg_language rows', 'SELECT lanname, lanpltrusted, lanispl FROM pg_language ORDER BY lanname');
cat(
  'pg_trigger of a trigger function reference',
  "SELECT count(*)::int AS n FROM pg_trigger WHERE tgfoid = 'f_trig'::regproc",
);
cat(
  'function count per kind in public',
  "SELECT prokind, count(*)::int AS n FROM pg_proc WHERE pronamespace = 'public'::regnamespace GROUP BY prokind ORDER BY prokind",
);
cat(
  'pg_proc builtin volatility of now and random',
  "SELECT proname, provolatile FROM pg_proc WHERE proname IN ('now', 'random', 'lower', 'clock_timestamp', 'gen_random_uuid', 'to_char') AND pronamespace = 'pg_catalog'::regnamespace ORDER BY proname, provolatile",
);
cat(
  'pg_proc of builtins new since 16 are absent',
  "SELECT proname FROM pg_proc WHERE proname IN ('random_normal', 'array_sample', 'array_shuffle', 'any_value', 'pg_input_is_valid', 'json_scalar', 'uuidv7', 'uuidv4', 'casefold', 'array_reverse', 'array_sort', 'pg_get_acl', 'unistr') ORDER BY proname",
);
cat(
  'count of plpgsql handler functions',
  "SELECT proname FROM pg_proc WHERE proname LIKE 'plpgsql%' ORDER BY proname",
);
cat('pg_get_function_sqlbody of a RETURN body', "SELECT pg_get_function_sqlbody('f_std'::regproc) AS v");
cat(
  'pg_get_function_sqlbody of a string body is NULL',
  "SELECT pg_get_function_sqlbody('f_sql'::regproc) IS NULL AS v",
);
cat(
  'pg_get_function_arg_default',
  "SELECT pg_get_function_arg_default('f_sql'::regproc, 2) AS d2, pg_get_function_arg_default('f_sql'::regproc, 1) IS NULL AS d1",
);
cat('has_function_privilege', "SELECT has_function_privilege('f_sql(int, text)', 'execute') AS v");
cat(
  'a function owner',
  "SELECT proname, pg_get_userbyid(proowner) = current_user AS mine FROM pg_proc WHERE proname = 'f_sql'",
);
cat('function ACL default is NULL', "SELECT proacl IS NULL AS v FROM pg_proc WHERE proname = 'f_sql'");
list.add(
  'REVOKE EXECUTE fills proacl',
  [
    'REVOKE EXECUTE ON FUNCTION f_sql(int, text) FROM PUBLIC',
    "SELECT proacl IS NULL AS v, array_length(proacl, 1) AS n FROM pg_proc WHERE proname = 'f_sql'",
  ],
  FUNCS,
);
list.add(
  'ALTER FUNCTION COST and ROWS change pg_proc',
  ['ALTER FUNCTION f_rows() ROWS 7 COST 3', "SELECT procost, prorows FROM pg_proc WHERE proname = 'f_rows'"],
  FUNCS,
);
list.add(
  'ALTER FUNCTION RESET ALL clears proconfig',
  ['ALTER FUNCTION f_sec() RESET ALL', "SELECT proconfig IS NULL AS v FROM pg_proc WHERE proname = 'f_sec'"],
  FUNCS,
);
list.add(
  'ALTER PROCEDURE SET',
  [
    "ALTER PROCEDURE p_upd(int, int) SET work_mem = '8MB'",
    "SELECT proconfig FROM pg_proc WHERE proname = 'p_upd'",
  ],
  FUNCS,
);
list.add('CALL p_upd with a default INOUT', ['CALL p_upd(5)', 'CALL p_upd(5, 10)'], FUNCS);
list.add(
  'DROP FUNCTION of a procedure name with arguments',
  ['DROP ROUTINE p_upd(int, int)', "SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'p_upd'"],
  FUNCS,
);
list.add(
  'functions with a composite result of a table in pg_proc',
  [
    'CREATE FUNCTION one_item() RETURNS item LANGUAGE sql AS $$ SELECT * FROM item LIMIT 1 $$',
    "SELECT prorettype::regtype::text AS t, proretset FROM pg_proc WHERE proname = 'one_item'",
  ],
  FUNCS,
);
list.add(
  'a table with a dependent function cannot change column type if used in body (string body: can)',
  ['ALTER TABLE item ALTER COLUMN name TYPE varchar(10)', 'SELECT count(*)::int AS n FROM f_set(10)'],
  FUNCS,
);
list.add(
  'dropping a table used in a RETURN body',
  [
    'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM item)',
    'DROP TABLE item',
    'DROP TABLE item CASCADE',
    "SELECT count(*)::int AS n FROM pg_proc WHERE proname IN ('cnt', 'f_set')",
  ],
  FUNCS,
);
list.add('dropping a type used as a function result needs CASCADE', [
  'CREATE TYPE pr AS (a int)',
  'CREATE FUNCTION mk() RETURNS pr LANGUAGE sql AS $$ SELECT ROW(1)::pr $$',
  'DROP TYPE pr',
  'DROP TYPE pr CASCADE',
  "SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'mk'",
]);
list.add('DROP SCHEMA CASCADE drops its functions', [
  'CREATE SCHEMA s',
  'CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP SCHEMA s CASCADE',
  "SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'f'",
]);

// ---------------------------------------------------------------- 16-18 changes seen from 15
list.add('16: SQL function result narrowing with an assignment cast', [
  'CREATE FUNCTION n() RETURNS smallint LANGUAGE sql AS $$ SELECT 1::int $$',
  'SELECT n() AS v',
]);
list.add('16: SQL function returning text from varchar', [
  "CREATE FUNCTION n() RETURNS text LANGUAGE sql AS $$ SELECT 'a'::varchar(3) $$",
  'SELECT n() AS v',
]);
list.add('16: SQL function result int to numeric', [
  'CREATE FUNCTION n() RETURNS numeric LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT n() AS v, pg_typeof(n())::text AS t',
]);
list.add('16: SQL function result unknown literal to int', [
  "CREATE FUNCTION n() RETURNS int LANGUAGE sql AS $$ SELECT '5' $$",
  'SELECT n() AS v',
]);
list.add('16: SQL function SETOF composite with narrowing', [
  'CREATE TYPE pr AS (a smallint, b text)',
  "CREATE FUNCTION n() RETURNS SETOF pr LANGUAGE sql AS $$ SELECT 1::int, 'x'::varchar $$",
  'SELECT * FROM n()',
]);
list.add('18: a SQL function creating a table then using it (check_function_bodies off)', [
  'SET check_function_bodies = off',
  'CREATE FUNCTION mk() RETURNS bigint LANGUAGE sql AS $$ CREATE TABLE made (x int); INSERT INTO made VALUES (1); SELECT count(*) FROM made $$',
  'SELECT mk() AS v',
]);
list.add('18: a SQL function whose later statement depends on an earlier ALTER', [
  'CREATE TABLE w (a int)',
  'SET check_function_bodies = off',
  'CREATE FUNCTION alt() RETURNS int LANGUAGE sql AS $$ ALTER TABLE w ADD COLUMN b int; INSERT INTO w (a, b) VALUES (1, 2); SELECT b FROM w $$',
  'SELECT alt() AS v',
]);
list.add('18: SQL function with a syntax error found only at call (check off)', [
  'SET check_function_bodies = off',
  'CREATE FUNCTION bad() RETURNS int LANGUAGE sql AS $$ SELECT 1; SELEC 2 $$',
  'SELECT bad() AS v',
]);
list.add('18: SQL function call error context (not compared) but the SQLSTATE', [
  'CREATE FUNCTION d(int) RETURNS int LANGUAGE sql AS $$ SELECT 10 / $1 $$',
  'SELECT d(0) AS v',
  'SELECT d(5) AS v',
]);
list.add('18: a SQL function whose first statement errors and second would too', [
  'CREATE TABLE u (k int PRIMARY KEY)',
  'INSERT INTO u VALUES (1)',
  'CREATE FUNCTION dupins() RETURNS int LANGUAGE sql AS $$ INSERT INTO u VALUES (1); SELECT 1 $$',
  'SELECT dupins() AS v',
]);
list.add('18: a SQL function modifying a table then reading it sees its own write', [
  'CREATE TABLE u (k int)',
  'CREATE FUNCTION insread(int) RETURNS bigint LANGUAGE sql AS $$ INSERT INTO u VALUES ($1); SELECT count(*) FROM u WHERE k = $1 $$',
  'SELECT insread(3) AS a, insread(3) AS b',
]);
list.add('18: a STABLE SQL function called after a write in the same statement', [
  'CREATE TABLE u (k int)',
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM u $$',
  'WITH ins AS (INSERT INTO u VALUES (1) RETURNING k) SELECT cnt() AS v, (SELECT count(*) FROM ins) AS i',
]);
list.add('17: plpgsql %ROWTYPE[] array', [
  'CREATE TABLE r (a int)',
  'CREATE FUNCTION arr() RETURNS int LANGUAGE plpgsql AS $$ DECLARE xs r%ROWTYPE[]; BEGIN RETURN 1; END $$',
  'SELECT arr() AS v',
]);
list.add('16: plpgsql GET DIAGNOSTICS PG_ROUTINE_OID in a DO', [
  'DO $$ DECLARE o oid; BEGIN GET DIAGNOSTICS o = PG_ROUTINE_OID; END $$',
]);
list.add('18: plpgsql cursor argument with => in a DO', [
  'DO $$ DECLARE c CURSOR (n int) FOR SELECT n; BEGIN OPEN c(n => 1); CLOSE c; END $$',
]);
list.add('15: plpgsql cursor argument with := in a DO', [
  'DO $$ DECLARE c CURSOR (n int) FOR SELECT n; BEGIN OPEN c(n := 1); CLOSE c; END $$',
  'SELECT 1 AS v',
]);
list.add('18: RETURNING old/new in a function body', [
  'CREATE TABLE r (a int)',
  'INSERT INTO r VALUES (1)',
  'CREATE FUNCTION upd() RETURNS int LANGUAGE plpgsql AS $$ DECLARE o int; BEGIN UPDATE r SET a = 2 RETURNING old.a INTO o; RETURN o; END $$',
  'SELECT upd() AS v',
]);
list.add('18: RETURNING old/new in a SQL function body', [
  'CREATE TABLE r (a int)',
  'CREATE FUNCTION upd() RETURNS int LANGUAGE sql AS $$ UPDATE r SET a = 2 RETURNING old.a $$',
]);
list.add('16: SQL/JSON constructor in a function body', [
  "CREATE FUNCTION js() RETURNS json LANGUAGE sql AS $$ SELECT JSON_OBJECT('a': 1) $$",
]);
list.add('16: SQL/JSON IS JSON in plpgsql', [
  'CREATE FUNCTION isj(t text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN t IS JSON; END $$',
  "SELECT isj('{}') AS v",
]);
list.add('17: MERGE RETURNING in plpgsql', [
  'CREATE TABLE r (a int PRIMARY KEY)',
  'CREATE FUNCTION m() RETURNS int LANGUAGE plpgsql AS $$ DECLARE x int; BEGIN MERGE INTO r USING (SELECT 1 AS a) s ON r.a = s.a WHEN NOT MATCHED THEN INSERT VALUES (s.a) RETURNING r.a INTO x; RETURN x; END $$',
  'SELECT m() AS v',
]);
list.add('15: MERGE in plpgsql with GET DIAGNOSTICS', [
  'CREATE TABLE r (a int PRIMARY KEY)',
  'CREATE FUNCTION m() RETURNS bigint LANGUAGE plpgsql AS $$ DECLARE n bigint; BEGIN MERGE INTO r USING (VALUES (1), (2)) s(a) ON r.a = s.a WHEN NOT MATCHED THEN INSERT VALUES (s.a); GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$',
  'SELECT m() AS v',
  'SELECT m() AS w',
]);
list.add('16: any_value in a function body', [
  'CREATE FUNCTION av() RETURNS int LANGUAGE sql AS $$ SELECT any_value(x) FROM (VALUES (1)) t(x) $$',
]);
list.add('16: random_normal in plpgsql is unknown', [
  'CREATE FUNCTION rn() RETURNS float8 LANGUAGE plpgsql AS $$ BEGIN RETURN random_normal(); END $$',
  'SELECT rn() IS NOT NULL AS v',
]);
list.add('17: a newer function inside EXECUTE', [
  "CREATE FUNCTION ex() RETURNS int LANGUAGE plpgsql AS $$ DECLARE x int; BEGIN EXECUTE 'SELECT cardinality(array_sample(ARRAY[1,2,3], 2))' INTO x; RETURN x; END $$",
  'SELECT ex() AS v',
]);
list.add('16: pg_input_is_valid inside plpgsql', [
  "CREATE FUNCTION ok(t text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN pg_input_is_valid(t, 'int4'); END $$",
  "SELECT ok('5') AS v",
]);
list.add('16: integer literal with underscores in a body', [
  'CREATE FUNCTION big() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1_000; END $$',
  'SELECT big() AS v',
]);
list.add('16: hex integer literal in a SQL body', [
  'CREATE FUNCTION hx() RETURNS int LANGUAGE sql AS $$ SELECT 0x10 $$',
  'SELECT hx() AS v',
]);
list.add('16: a string body text cast at run time with underscores', [
  'CREATE FUNCTION cv(t text) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN t::int; END $$',
  "SELECT cv('1_000') AS v",
]);
list.add('16: a string body hex input at run time', [
  'CREATE FUNCTION cv(t text) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN t::int; END $$',
  "SELECT cv('0x1A') AS v",
]);
list.add('17: interval infinity in plpgsql', [
  "CREATE FUNCTION iv() RETURNS interval LANGUAGE plpgsql AS $$ BEGIN RETURN 'infinity'::interval; END $$",
  'SELECT iv() AS v',
]);
list.add('17: a timestamp with a month name in a function', [
  "CREATE FUNCTION d() RETURNS date LANGUAGE plpgsql AS $$ BEGIN RETURN 'January 8, 2024'::date; END $$",
  'SELECT d() AS v',
]);
list.add('18: a NOT NULL constraint name read in a function', [
  'CREATE TABLE nn (a int NOT NULL)',
  "CREATE FUNCTION cn() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM pg_constraint WHERE conrelid = 'nn'::regclass $$",
  'SELECT cn() AS v',
]);
list.add('18: information_schema read inside a function', [
  'CREATE TABLE nn (a int NOT NULL)',
  "CREATE FUNCTION cn() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM information_schema.table_constraints WHERE table_name = 'nn' $$",
  'SELECT cn() AS v',
]);
list.add('18: version() inside a function', [
  "CREATE FUNCTION ver() RETURNS text LANGUAGE sql AS $$ SELECT split_part(current_setting('server_version'), '.', 1) $$",
  'SELECT ver() AS v',
]);
list.add('18: server_version_num inside plpgsql', [
  "CREATE FUNCTION ver() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN current_setting('server_version_num')::int / 10000; END $$",
  'SELECT ver() AS v',
]);
list.add('18: version() text inside plpgsql', [
  "CREATE FUNCTION ver() RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN version() LIKE 'PostgreSQL 15.%'; END $$",
  'SELECT ver() AS v',
]);
list.add('18: pg_settings read inside a function', [
  "CREATE FUNCTION st() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM pg_settings WHERE name = 'io_method' $$",
  'SELECT st() AS v',
]);
list.add('18: catalog read via EXECUTE', [
  "CREATE FUNCTION cn() RETURNS bigint LANGUAGE plpgsql AS $$ DECLARE n bigint; BEGIN EXECUTE 'SELECT count(*) FROM pg_settings WHERE name = ''io_method''' INTO n; RETURN n; END $$",
  'SELECT cn() AS v',
]);
list.add('17: a SQL function reading pg_stat_checkpointer (17)', [
  'CREATE FUNCTION sc() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM pg_stat_checkpointer $$',
]);
list.add('16: pg_proc column read in a function', [
  "CREATE FUNCTION pc() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM pg_proc WHERE proname = 'any_value' $$",
  'SELECT pc() AS v',
]);
list.add('16: plpgsql error for a jsonb subscript assignment', [
  "CREATE FUNCTION js() RETURNS jsonb LANGUAGE plpgsql AS $$ DECLARE j jsonb := '{}'; BEGIN j['a'] := '1'; RETURN j; END $$",
  'SELECT js() AS v',
]);
list.add('17: a SQL function with SET search_path to an empty string', [
  "CREATE FUNCTION sp() RETURNS text LANGUAGE sql SET search_path = '' AS $$ SELECT current_setting('search_path') $$",
  'SELECT sp() AS v',
]);
list.add('17: SQL function with a JSON_TABLE body (17 syntax)', [
  "CREATE FUNCTION jt() RETURNS SETOF int LANGUAGE sql AS $$ SELECT x FROM JSON_TABLE('[1,2]', '$[*]' COLUMNS (x int PATH '$')) $$",
]);
list.add('16: ALTER FUNCTION with a SET of a 16+ setting', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER FUNCTION f() SET debug_parallel_query = on',
]);
list.add('15: ALTER FUNCTION SET force_parallel_mode', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER FUNCTION f() SET force_parallel_mode = off',
  "SELECT proconfig FROM pg_proc WHERE proname = 'f'",
]);
list.add('16: CREATE FUNCTION with SET of a 16+ setting', [
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET icu_validation_level = 'warning' AS $$ SELECT 1 $$",
]);
list.add('17: trigger with transition tables on MERGE', [
  'CREATE TABLE r (a int PRIMARY KEY, b int)',
  'CREATE TABLE log (n serial, info text)',
  "CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log (info) SELECT TG_OP || ' ' || count(*) FROM nt; RETURN NULL; END $$",
  'CREATE TRIGGER lg AFTER INSERT ON r REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION lg()',
  'MERGE INTO r USING (VALUES (1, 1), (2, 2)) v(a, b) ON r.a = v.a WHEN NOT MATCHED THEN INSERT VALUES (v.a, v.b)',
  'SELECT info FROM log ORDER BY n',
]);
list.add('17: MERGE on a view with INSTEAD OF triggers', [
  'CREATE TABLE r (a int PRIMARY KEY)',
  'CREATE VIEW rv AS SELECT a FROM r GROUP BY a',
  'CREATE FUNCTION ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO r VALUES (NEW.a); RETURN NEW; END $$',
  'CREATE TRIGGER ins INSTEAD OF INSERT ON rv FOR EACH ROW EXECUTE FUNCTION ins()',
  'MERGE INTO rv USING (VALUES (1)) v(a) ON rv.a = v.a WHEN NOT MATCHED THEN INSERT VALUES (v.a)',
]);
list.add('18: AFTER trigger with OLD/NEW RETURNING in the statement', [
  'CREATE TABLE r (a int)',
  'INSERT INTO r VALUES (1)',
  'UPDATE r SET a = 2 RETURNING old.a AS o, new.a AS n',
]);
list.add('16: a trigger function with a %TYPE of NEW column', [
  'CREATE TABLE r (a int, b text)',
  "CREATE FUNCTION t() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE x r.b%TYPE; BEGIN x := 'v' || NEW.a; NEW.b := x; RETURN NEW; END $$",
  'CREATE TRIGGER t BEFORE INSERT ON r FOR EACH ROW EXECUTE FUNCTION t()',
  'INSERT INTO r (a) VALUES (5) RETURNING b',
]);
list.add('16: pg_get_triggerdef keeps 15 form with OR REPLACE', [
  'CREATE TABLE r (a int)',
  'CREATE FUNCTION t() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
  'CREATE OR REPLACE TRIGGER t BEFORE INSERT ON r FOR EACH ROW EXECUTE FUNCTION t()',
  "SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgname = 't'",
]);
list.add('15: a SQL function declared with a typmod parameter', [
  'CREATE FUNCTION tm(v varchar(2)) RETURNS text LANGUAGE sql AS $$ SELECT v $$',
  "SELECT tm('abcdef') AS v",
  "SELECT pg_get_function_arguments('tm'::regproc) AS a",
]);
list.add('15: a plpgsql function with a typmod parameter is not truncated', [
  'CREATE FUNCTION tm(v varchar(2)) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN v; END $$',
  "SELECT tm('abcdef') AS v",
]);
list.add('15: ANALYZE with an expression index on a plpgsql function (search_path)', [
  'CREATE SCHEMA util',
  'CREATE FUNCTION util.lo(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$',
  'CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT util.lo(t) $$',
  'CREATE TABLE e (x text)',
  "INSERT INTO e VALUES ('A')",
  'CREATE INDEX e_norm ON e (norm(x))',
  'ANALYZE e',
  "SELECT count(*)::int AS n FROM e WHERE norm(x) = 'a'",
]);
list.add('17: expression index using an unqualified function from another schema', [
  'CREATE SCHEMA util',
  'CREATE FUNCTION util.lo(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$',
  'SET search_path = public, util',
  'CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lo(t) $$',
  'CREATE TABLE e (x text)',
  "INSERT INTO e VALUES ('A')",
  'CREATE INDEX e_norm ON e (norm(x))',
  'RESET search_path',
  'ANALYZE e',
  'SELECT count(*)::int AS n FROM e',
]);
list.add('17: REFRESH MATERIALIZED VIEW calling an unqualified function from another schema', [
  'CREATE SCHEMA util',
  'CREATE FUNCTION util.lo(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$',
  'SET search_path = public, util',
  'CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lo(t) $$',
  "CREATE MATERIALIZED VIEW mv AS SELECT norm('ABC') AS v",
  'RESET search_path',
  'REFRESH MATERIALIZED VIEW mv',
  'SELECT v FROM mv',
]);
list.add('17: CREATE INDEX on a function reading search_path objects', [
  'CREATE SCHEMA util',
  'CREATE FUNCTION util.lo(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$',
  'SET search_path = public, util',
  'CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lo(t) $$',
  'CREATE TABLE e (x text)',
  "INSERT INTO e VALUES ('A')",
  'CREATE INDEX e_norm ON e (norm(x))',
  'SELECT count(*)::int AS n FROM e',
]);
list.add('parameters: a plpgsql function with a text parameter from pg', [
  'CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN format($f$Hello, %s!$f$, who); END $$',
  withParams('SELECT greet($1) AS v', 'Ann'),
  withParams('SELECT greet($1) AS v', null),
]);
list.add('parameters: a jsonb parameter into a plpgsql function', [
  'CREATE FUNCTION pick(j jsonb, k text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN j->>k; END $$',
  withParams('SELECT pick($1, $2) AS v', '{"a": {"b": 1}}', 'a'),
]);
list.add('parameters: an array parameter into a SQL function', [
  'CREATE FUNCTION total(xs int[]) RETURNS bigint LANGUAGE sql AS $$ SELECT sum(x) FROM unnest(xs) x $$',
  withParams('SELECT total($1) AS v', '{1,2,3}'),
  withParams('SELECT total($1::int[]) AS v', '{}'),
]);
list.add('parameters: an overloaded function with an untyped parameter is ambiguous', [
  'CREATE FUNCTION ov(int) RETURNS text LANGUAGE sql AS $$ SELECT $$int$$ $$',
  'CREATE FUNCTION ov(text) RETURNS text LANGUAGE sql AS $$ SELECT $$text$$ $$',
  withParams('SELECT ov($1) AS v', '1'),
]);
list.add('parameters: a named-notation call with a typed parameter', [
  'CREATE FUNCTION fmt(amount numeric, currency text DEFAULT $$EUR$$) RETURNS text LANGUAGE sql AS $$ SELECT amount::text || $$ $$ || currency $$',
  withParams('SELECT fmt(amount => $1::numeric) AS v', '12.50'),
  withParams('SELECT fmt(currency => $2, amount => $1) AS v', '3', 'USD'),
]);
list.add('parameters: a SETOF function with a limit parameter', [
  'CREATE FUNCTION nums(n int) RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT generate_series(1, n); END $$',
  withParams('SELECT v FROM nums($1) AS v ORDER BY v DESC LIMIT $2', 5, 2),
]);

export default list.cases;
