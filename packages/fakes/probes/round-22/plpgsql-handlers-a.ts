// Round 22 probe (h130): what PL/pgSQL code reads inside the engine (PostgreSQL 15 docs ch. 43):
// error trapping (43.6.8), GET [STACKED] DIAGNOSTICS (43.5.5, 43.6.8.1), RAISE levels and options
// and ASSERT (43.9), FOUND and ROW_COUNT, cursors (43.7), RETURN QUERY / NEXT (43.6.1), trigger
// variables TG_* and transition tables (43.10). Handlers read SQLSTATE, SQLERRM and the stacked
// items of errors whose SQLSTATE, message or detail PostgreSQL 16-18 changed.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r22 plpgsql handlers: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
/** A function f() RETURNS text with `body` (and `decl`), then SELECT f(). */
const fn = (name: string, body: string, decl = '', setup?: string) =>
  add(
    name,
    [
      `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ ${decl ? `DECLARE ${decl} ` : ''}BEGIN ${body} END $$`,
      'SELECT f() AS v',
    ],
    setup,
  );
/** A handler returning what it reads from the error `failing` raises. */
const caught = (name: string, failing: string, reads = "SQLSTATE || ' ' || SQLERRM", setup?: string) =>
  fn(name, `${failing}; RETURN 'no error'; EXCEPTION WHEN others THEN RETURN ${reads};`, '', setup);

const FK =
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1)';
const FK_NOACTION =
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1)';

// ------------------------------------------------------------ SQLSTATE / SQLERRM of 16-18's codes
caught('RESTRICT: SQLSTATE and SQLERRM', 'DELETE FROM p WHERE id = 1', undefined, FK);
caught('RESTRICT: SQLSTATE alone', 'DELETE FROM p WHERE id = 1', 'SQLSTATE', FK);
caught('RESTRICT: SQLERRM alone', 'DELETE FROM p WHERE id = 1', 'SQLERRM', FK);
caught('RESTRICT: update of the key', 'UPDATE p SET id = 5 WHERE id = 1', undefined, FK);
caught('NO ACTION: SQLSTATE and SQLERRM', 'DELETE FROM p WHERE id = 1', undefined, FK_NOACTION);
fn(
  'RESTRICT caught by foreign_key_violation',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN foreign_key_violation THEN RETURN 'fk ' || SQLSTATE;",
  '',
  FK,
);
fn(
  'RESTRICT caught by SQLSTATE 23503',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN SQLSTATE '23503' THEN RETURN 'fk';",
  '',
  FK,
);
fn(
  'RESTRICT caught by integrity_constraint_violation',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN integrity_constraint_violation THEN RETURN 'class ' || SQLSTATE;",
  '',
  FK,
);
fn(
  'RESTRICT: stacked RETURNED_SQLSTATE, MESSAGE_TEXT, DETAIL',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL; RETURN s || ' | ' || m || ' | ' || d;",
  's text; m text; d text;',
  FK,
);
fn(
  'RESTRICT: stacked CONSTRAINT_NAME and TABLE_NAME',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS k = CONSTRAINT_NAME, t = TABLE_NAME, sc = SCHEMA_NAME; RETURN k || ' ' || t || ' ' || sc;",
  'k text; t text; sc text;',
  FK,
);
fn(
  'RESTRICT: re-raised with RAISE USING ERRCODE = SQLSTATE',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = 'wrapped: ' || SQLERRM;",
  '',
  FK,
);
fn(
  'RESTRICT: re-raised with bare RAISE',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN RAISE;",
  '',
  FK,
);
fn(
  'RESTRICT: SQLSTATE in a nested block handler',
  "BEGIN DELETE FROM p WHERE id = 1; EXCEPTION WHEN others THEN RETURN 'inner ' || SQLSTATE; END; RETURN 'ok';",
  '',
  FK,
);
fn(
  'RESTRICT: SQLSTATE stored in a variable then compared',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN s := SQLSTATE; IF s = '23503' THEN RETURN 'fk'; ELSE RETURN 'other ' || s; END IF;",
  's text;',
  FK,
);
fn(
  'RESTRICT: CASE on SQLSTATE',
  "DELETE FROM p WHERE id = 1; RETURN 'ok'; EXCEPTION WHEN others THEN RETURN CASE SQLSTATE WHEN '23503' THEN 'fk' WHEN '23505' THEN 'dup' ELSE 'other' END;",
  '',
  FK,
);
caught('json_build_object NULL key', 'PERFORM json_build_object(NULL, 1)');
caught('json_build_object NULL key in 3rd place', "PERFORM json_build_object('a', 1, NULL, 2)");
caught('json_object_agg NULL key', 'PERFORM json_object_agg(k, v) FROM (VALUES (NULL::text, 1)) t(k, v)');
fn(
  'json_build_object NULL key caught by SQLSTATE 22023',
  "PERFORM json_build_object(NULL, 1); RETURN 'ok'; EXCEPTION WHEN SQLSTATE '22023' THEN RETURN 'caught ' || SQLSTATE;",
);
fn(
  'json_build_object NULL key: stacked MESSAGE_TEXT',
  "PERFORM json_build_object(NULL, 1); RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS m = MESSAGE_TEXT; RETURN m;",
  'm text;',
);
caught('jsonb_build_object NULL key', 'PERFORM jsonb_build_object(NULL, 1)');
caught('xpath empty expression', "PERFORM xpath('', '<a/>'::xml)");
caught('xpath invalid expression', "PERFORM xpath('/a[', '<a/>'::xml)", 'SQLSTATE');
caught('a date with unit letters', "PERFORM 'y2024m02d29'::date");
caught('an interval with ago in the middle', "PERFORM '1 day ago 2 hours'::interval");
caught('an interval with ago at its end', "PERFORM '1 day 2 hours ago'::interval::text");
caught('a malformed array literal', `PERFORM '{a,"b"c}'::text[]`);
fn(
  'a malformed array literal: stacked detail',
  `PERFORM '{a,"b"c}'::text[]; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL; RETURN d;`,
  'd text;',
);
fn(
  'a malformed array literal missing brace: stacked detail',
  `PERFORM 'a,b'::text[]; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL; RETURN d;`,
  'd text;',
);
fn(
  'a date with unit letters caught by invalid_datetime_format',
  "PERFORM 'y2024m02d29'::date; RETURN 'ok'; EXCEPTION WHEN invalid_datetime_format THEN RETURN 'bad';",
);
fn(
  'a bad date caught by invalid_datetime_format',
  "PERFORM 'nope'::date; RETURN 'ok'; EXCEPTION WHEN invalid_datetime_format THEN RETURN 'bad ' || SQLSTATE;",
);
fn(
  'text to int caught by invalid_text_representation',
  "PERFORM 'x1'::int; RETURN 'ok'; EXCEPTION WHEN invalid_text_representation THEN RETURN 'bad ' || SQLERRM;",
);
fn(
  'integer overflow caught by numeric_value_out_of_range',
  "PERFORM 2147483647::int + 1; RETURN 'ok'; EXCEPTION WHEN numeric_value_out_of_range THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn(
  'division by zero caught',
  "PERFORM 1 / 0; RETURN 'ok'; EXCEPTION WHEN division_by_zero THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn(
  'unique violation: stacked fields',
  "INSERT INTO u VALUES (1); INSERT INTO u VALUES (1); RETURN 'ok'; EXCEPTION WHEN unique_violation THEN GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, k = CONSTRAINT_NAME, t = TABLE_NAME; RETURN m || ' | ' || d || ' | ' || k || ' | ' || t;",
  'm text; d text; k text; t text;',
  'CREATE TABLE u (id int PRIMARY KEY)',
);
fn(
  'not null violation: COLUMN_NAME',
  "INSERT INTO nn VALUES (NULL); RETURN 'ok'; EXCEPTION WHEN not_null_violation THEN GET STACKED DIAGNOSTICS col = COLUMN_NAME, d = PG_EXCEPTION_DETAIL; RETURN col || ' | ' || d;",
  'col text; d text;',
  'CREATE TABLE nn (a int NOT NULL)',
);
fn(
  'check violation: CONSTRAINT_NAME',
  "INSERT INTO ck VALUES (-1); RETURN 'ok'; EXCEPTION WHEN check_violation THEN GET STACKED DIAGNOSTICS k = CONSTRAINT_NAME; RETURN SQLSTATE || ' ' || k || ' ' || SQLERRM;",
  'k text;',
  'CREATE TABLE ck (a int CHECK (a > 0))',
);
fn(
  'domain check: DATATYPE? via PG_DATATYPE_NAME',
  "PERFORM (-1)::posint; RETURN 'ok'; EXCEPTION WHEN check_violation THEN GET STACKED DIAGNOSTICS t = PG_DATATYPE_NAME, k = CONSTRAINT_NAME; RETURN t || ' ' || k;",
  't text; k text;',
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
);
fn(
  'PG_EXCEPTION_HINT of a RAISE',
  "RAISE EXCEPTION 'm' USING HINT = 'h1', DETAIL = 'd1'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT, d = PG_EXCEPTION_DETAIL; RETURN h || ' ' || d;",
  'h text; d text;',
);
fn(
  'PG_EXCEPTION_HINT of a bad datestyle date',
  "PERFORM '31/12/2024'::date; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT; RETURN SQLSTATE || ' ' || coalesce(h, '-');",
  'h text;',
);
fn(
  'PG_EXCEPTION_HINT of pg_size_bytes',
  "PERFORM pg_size_bytes('1 XB'); RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT, d = PG_EXCEPTION_DETAIL; RETURN SQLSTATE || ' ' || coalesce(d, '-') || ' ' || coalesce(h, '-');",
  'h text; d text;',
);

// ------------------------------------------------------------ PG_EXCEPTION_CONTEXT
fn(
  'context of an expression',
  "IF 1 / 0 > 0 THEN NULL; END IF; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c;",
  'c text;',
);
fn(
  'context of a SQL statement',
  "PERFORM 1 / 0; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c;",
  'c text;',
);
fn(
  'context of a stand-in to_date',
  "PERFORM to_date('2024-02-31', 'YYYY-MM-DD'); RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN SQLSTATE || ' ' || c;",
  'c text;',
);
fn(
  'context of a nested function call',
  'RETURN g(0); EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c;',
  'c text;',
  'CREATE FUNCTION g(x int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN (10 / x)::text; END $$',
);
fn(
  'context of a SQL function',
  'RETURN h(0)::text; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c;',
  'c text;',
  'CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql AS $$ SELECT 10 / x $$',
);
fn(
  'context of a RAISE',
  "RAISE EXCEPTION 'boom'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c;",
  'c text;',
);
fn(
  'context of an assignment',
  "x := 1 / 0; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c;",
  'c text; x int;',
);
fn('GET DIAGNOSTICS PG_CONTEXT', 'GET DIAGNOSTICS c = PG_CONTEXT; RETURN c;', 'c text;');
fn(
  'GET DIAGNOSTICS PG_CONTEXT from a nested call',
  'RETURN g();',
  '',
  'CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN GET DIAGNOSTICS c = PG_CONTEXT; RETURN c; END $$',
);

// ------------------------------------------------------------ error trapping semantics (43.6.8)
fn(
  'handler rolls back the block',
  "INSERT INTO t VALUES (1); BEGIN INSERT INTO t VALUES (2); PERFORM 1 / 0; EXCEPTION WHEN division_by_zero THEN NULL; END; RETURN (SELECT string_agg(a::text, ',' ORDER BY a) FROM t);",
  '',
  'CREATE TABLE t (a int)',
);
fn(
  'variables keep values set before the error',
  "x := 1; BEGIN x := 2; PERFORM 1 / 0; EXCEPTION WHEN others THEN RETURN x::text; END; RETURN 'none';",
  'x int;',
);
fn(
  'first matching handler wins',
  "PERFORM 1 / 0; RETURN 'ok'; EXCEPTION WHEN data_exception THEN RETURN 'class'; WHEN division_by_zero THEN RETURN 'exact';",
);
fn(
  'OR of conditions',
  "PERFORM 1 / 0; RETURN 'ok'; EXCEPTION WHEN unique_violation OR division_by_zero THEN RETURN 'either';",
);
fn(
  'no matching handler propagates',
  "PERFORM 1 / 0; RETURN 'ok'; EXCEPTION WHEN unique_violation THEN RETURN 'dup';",
);
fn(
  'error inside a handler propagates',
  "PERFORM 1 / 0; RETURN 'ok'; EXCEPTION WHEN others THEN PERFORM 'x'::int; RETURN 'never';",
);
fn(
  'nested handler then outer',
  "BEGIN BEGIN PERFORM 1 / 0; EXCEPTION WHEN unique_violation THEN RETURN 'inner'; END; EXCEPTION WHEN division_by_zero THEN RETURN 'outer ' || SQLSTATE; END; RETURN 'ok';",
);
fn(
  'SQLERRM of a custom RAISE',
  "RAISE EXCEPTION 'custom % %', 1, 'two' USING ERRCODE = 'P0001'; EXCEPTION WHEN raise_exception THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn(
  'custom SQLSTATE caught by SQLSTATE',
  "RAISE EXCEPTION 'mine' USING ERRCODE = 'U0001'; EXCEPTION WHEN SQLSTATE 'U0001' THEN RETURN 'caught ' || SQLSTATE;",
);
fn(
  'condition name RAISE caught',
  "RAISE invalid_parameter_value USING MESSAGE = 'bad arg'; EXCEPTION WHEN invalid_parameter_value THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn(
  'RAISE with condition name, default message',
  "RAISE division_by_zero; EXCEPTION WHEN others THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn(
  'RAISE SQLSTATE form default message',
  "RAISE SQLSTATE '22012'; EXCEPTION WHEN division_by_zero THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn(
  'stacked items of a RAISE with every option',
  "RAISE EXCEPTION 'msg' USING DETAIL = 'det', HINT = 'hin', COLUMN = 'col', CONSTRAINT = 'con', DATATYPE = 'typ', TABLE = 'tab', SCHEMA = 'sch', ERRCODE = 'P0002'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS a = RETURNED_SQLSTATE, b = COLUMN_NAME, c = CONSTRAINT_NAME, d = PG_DATATYPE_NAME, e = MESSAGE_TEXT, g = TABLE_NAME, h = SCHEMA_NAME, i = PG_EXCEPTION_DETAIL, j = PG_EXCEPTION_HINT; RETURN concat_ws(',', a, b, c, d, e, g, h, i, j);",
  'a text; b text; c text; d text; e text; g text; h text; i text; j text;',
);
fn(
  're-raise keeps fields',
  "BEGIN RAISE EXCEPTION 'inner' USING DETAIL = 'd0', ERRCODE = 'P0003'; EXCEPTION WHEN others THEN RAISE; END; RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL; RETURN SQLSTATE || ' ' || SQLERRM || ' ' || d;",
  'd text;',
);
fn(
  'SQLSTATE in a handler that uses a variable named like a column',
  "SELECT 1 / 0 INTO x; RETURN 'ok'; EXCEPTION WHEN others THEN RETURN format('%s/%s', SQLSTATE, SQLERRM);",
  'x int;',
);
add('RAISE outside handler without parameters fails', ['DO $$ BEGIN RAISE; END $$']);
add('uncaught RESTRICT from a DO', ['DO $$ BEGIN DELETE FROM p WHERE id = 1; END $$'], FK);
add(
  'handler in a DO with RAISE NOTICE of SQLSTATE',
  [
    "DO $$ BEGIN DELETE FROM p WHERE id = 1; EXCEPTION WHEN others THEN RAISE NOTICE 'state %', SQLSTATE; END $$",
    'SELECT count(*) AS n FROM p',
  ],
  FK,
);
add(
  'handler in a DO re-raising RESTRICT with its SQLSTATE',
  [
    'DO $$ BEGIN DELETE FROM p WHERE id = 1; EXCEPTION WHEN others THEN RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM; END $$',
  ],
  FK,
);
add(
  'procedure handler with SQLSTATE into OUT',
  [
    'CREATE PROCEDURE pr(INOUT s text) LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = 1; EXCEPTION WHEN others THEN s := SQLSTATE; END $$',
    'CALL pr(NULL)',
  ],
  FK,
);

// ------------------------------------------------------------ RAISE levels and ASSERT (43.9)
for (const level of ['DEBUG', 'LOG', 'INFO', 'NOTICE', 'WARNING'])
  fn(`RAISE ${level} does not abort`, `RAISE ${level} 'level %', 1; RETURN 'went on';`);
fn('RAISE with too few parameters', "RAISE NOTICE '% %', 1; RETURN 'x';");
fn('RAISE with too many parameters', "RAISE NOTICE '%', 1, 2; RETURN 'x';");
fn(
  'RAISE %% literal percent',
  "RAISE EXCEPTION '100%% done %', 'x'; EXCEPTION WHEN others THEN RETURN SQLERRM;",
);
fn('RAISE USING MESSAGE twice', "RAISE EXCEPTION 'a' USING MESSAGE = 'b';");
fn('RAISE invalid ERRCODE', "RAISE EXCEPTION 'a' USING ERRCODE = 'nope';");
fn('RAISE NULL message option', 'RAISE EXCEPTION USING MESSAGE = NULL;');
fn('ASSERT true', "ASSERT 1 = 1; RETURN 'ok';");
fn(
  'ASSERT false caught',
  "ASSERT 1 = 2, 'one is not two'; RETURN 'ok'; EXCEPTION WHEN assert_failure THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn(
  'ASSERT false default message',
  "ASSERT false; RETURN 'ok'; EXCEPTION WHEN others THEN RETURN SQLSTATE || ' ' || SQLERRM;",
);
fn('ASSERT NULL', "ASSERT NULL; RETURN 'ok'; EXCEPTION WHEN others THEN RETURN SQLSTATE || ' ' || SQLERRM;");
add('ASSERT uncaught', ["DO $$ BEGIN ASSERT 2 < 1, 'bad order'; END $$"]);
add('ASSERT off by plpgsql.check_asserts', [
  'SET plpgsql.check_asserts = off',
  'DO $$ BEGIN ASSERT false; END $$',
  'SHOW plpgsql.check_asserts',
]);
fn(
  'assert_failure not caught by others',
  "ASSERT false, 'x'; RETURN 'ok'; EXCEPTION WHEN others THEN RETURN 'caught ' || SQLSTATE;",
);

// ------------------------------------------------------------ FOUND and ROW_COUNT
const T3 = 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)';
fn(
  'ROW_COUNT after UPDATE',
  'UPDATE t SET a = a + 1 WHERE a > 1; GET DIAGNOSTICS n = ROW_COUNT; RETURN n::text;',
  'n int;',
  T3,
);
fn(
  'ROW_COUNT after SELECT INTO',
  "SELECT a INTO x FROM t WHERE a = 2; GET DIAGNOSTICS n = ROW_COUNT; RETURN n || ' ' || x;",
  'n bigint; x int;',
  T3,
);
fn(
  'ROW_COUNT after PERFORM',
  'PERFORM a FROM t; GET DIAGNOSTICS n = ROW_COUNT; RETURN n::text;',
  'n int;',
  T3,
);
fn(
  'ROW_COUNT after EXECUTE',
  "EXECUTE 'DELETE FROM t WHERE a < 3'; GET DIAGNOSTICS n = ROW_COUNT; RETURN n::text;",
  'n int;',
  T3,
);
fn(
  'ROW_COUNT into numeric',
  'DELETE FROM t; GET DIAGNOSTICS n = ROW_COUNT; RETURN n::text;',
  'n numeric;',
  T3,
);
fn(
  'FOUND after SELECT INTO with no row',
  "SELECT a INTO x FROM t WHERE a = 9; RETURN FOUND::text || ' ' || coalesce(x::text, 'null');",
  'x int;',
  T3,
);
fn(
  'FOUND after UPDATE',
  "UPDATE t SET a = 0 WHERE a = 9; r := FOUND::text; UPDATE t SET a = 0 WHERE a = 1; RETURN r || ' ' || FOUND::text;",
  'r text;',
  T3,
);
fn(
  'FOUND after a FOR loop',
  "FOR x IN SELECT a FROM t LOOP END LOOP; r := FOUND::text; FOR x IN SELECT a FROM t WHERE false LOOP END LOOP; RETURN r || ' ' || FOUND::text;",
  'x int; r text;',
  T3,
);
fn('FOUND not set by EXECUTE', "PERFORM 1; EXECUTE 'SELECT 1 WHERE false'; RETURN FOUND::text;");
fn(
  'SELECT INTO STRICT no rows',
  "SELECT a INTO STRICT x FROM t WHERE a = 9; RETURN x::text; EXCEPTION WHEN no_data_found THEN RETURN SQLSTATE || ' ' || SQLERRM;",
  'x int;',
  T3,
);
fn(
  'SELECT INTO STRICT too many rows',
  "SELECT a INTO STRICT x FROM t; RETURN x::text; EXCEPTION WHEN too_many_rows THEN RETURN SQLSTATE || ' ' || SQLERRM;",
  'x int;',
  T3,
);
add(
  'SELECT INTO STRICT uncaught shows its detail with print_strict_params',
  [
    'CREATE FUNCTION f(k int) RETURNS int LANGUAGE plpgsql AS $$ #print_strict_params on\nDECLARE x int; BEGIN SELECT a INTO STRICT x FROM t WHERE a > k; RETURN x; END $$',
    'SELECT f(0)',
  ],
  T3,
);

// ------------------------------------------------------------ cursors (43.7)
fn(
  'bound cursor OPEN/FETCH/CLOSE',
  "OPEN c; FETCH c INTO x; FETCH c INTO y; CLOSE c; RETURN x || ',' || y;",
  'c CURSOR FOR SELECT a FROM t ORDER BY a; x int; y int;',
  T3,
);
fn(
  'cursor with arguments',
  'OPEN c(2); FETCH c INTO x; CLOSE c; RETURN x::text;',
  'c CURSOR (k int) FOR SELECT a FROM t WHERE a >= k ORDER BY a; x int;',
  T3,
);
fn(
  'unbound cursor OPEN FOR EXECUTE',
  "OPEN c FOR EXECUTE 'SELECT a FROM t ORDER BY a DESC'; FETCH c INTO x; CLOSE c; RETURN x::text;",
  'c refcursor; x int;',
  T3,
);
fn(
  'FETCH past the end sets FOUND false',
  "OPEN c; MOVE LAST FROM c; FETCH c INTO x; RETURN FOUND::text || ' ' || coalesce(x::text, 'null');",
  'c SCROLL CURSOR FOR SELECT a FROM t ORDER BY a; x int;',
  T3,
);
fn(
  'FETCH PRIOR on a scroll cursor',
  "OPEN c; FETCH LAST FROM c INTO x; FETCH PRIOR FROM c INTO y; RETURN x || ',' || y;",
  'c SCROLL CURSOR FOR SELECT a FROM t ORDER BY a; x int; y int;',
  T3,
);
fn(
  'MOVE with ROW_COUNT',
  'OPEN c; MOVE FORWARD 2 FROM c; GET DIAGNOSTICS n = ROW_COUNT; RETURN n::text;',
  'c CURSOR FOR SELECT a FROM t; n int;',
  T3,
);
fn(
  'FOR over a bound cursor',
  'FOR r IN c LOOP s := s + r.a; END LOOP; RETURN s::text;',
  'c CURSOR FOR SELECT a FROM t; s int := 0;',
  T3,
);
fn(
  'UPDATE WHERE CURRENT OF',
  "OPEN c; FETCH c INTO x; UPDATE t SET a = 100 WHERE CURRENT OF c; CLOSE c; RETURN (SELECT string_agg(a::text, ',' ORDER BY a) FROM t);",
  'c CURSOR FOR SELECT a FROM t WHERE a = 2 FOR UPDATE; x int;',
  T3,
);
fn('bound cursor portal name', 'OPEN c; RETURN c::text;', 'c CURSOR FOR SELECT 1;');
fn('opening an open cursor', "OPEN c; OPEN c; RETURN 'x';", 'c CURSOR FOR SELECT 1;');
fn(
  'fetching from a closed cursor',
  "OPEN c; CLOSE c; FETCH c INTO x; RETURN 'x';",
  'c CURSOR FOR SELECT 1; x int;',
);
fn(
  'cursor error caught by handler',
  "OPEN c; OPEN c; RETURN 'x'; EXCEPTION WHEN duplicate_cursor THEN RETURN SQLSTATE || ' ' || SQLERRM;",
  'c CURSOR FOR SELECT 1;',
);
add(
  'returning a refcursor and fetching from it',
  [
    'CREATE FUNCTION rc(r refcursor) RETURNS refcursor LANGUAGE plpgsql AS $$ BEGIN OPEN r FOR SELECT a FROM t ORDER BY a; RETURN r; END $$',
    'BEGIN',
    "SELECT rc('cur1')",
    'FETCH ALL FROM cur1',
    'COMMIT',
  ],
  T3,
);

// ------------------------------------------------------------ RETURN QUERY / NEXT (43.6.1)
add(
  'RETURN QUERY then ROW_COUNT',
  [
    'CREATE FUNCTION sf() RETURNS SETOF int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN RETURN QUERY SELECT a FROM t ORDER BY a; GET DIAGNOSTICS n = ROW_COUNT; RETURN NEXT n * 100; END $$',
    'SELECT * FROM sf()',
  ],
  T3,
);
add(
  'RETURN QUERY EXECUTE with USING',
  [
    "CREATE FUNCTION sf(k int) RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY EXECUTE 'SELECT a FROM t WHERE a >= $1 ORDER BY a' USING k; END $$",
    'SELECT * FROM sf(2)',
  ],
  T3,
);
add('RETURN QUERY with mismatched type', [
  "CREATE FUNCTION sf() RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT 'x'::text; END $$",
  'SELECT * FROM sf()',
]);
add('RETURN QUERY with wrong column count', [
  'CREATE FUNCTION sf() RETURNS TABLE (a int, b int) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT 1; END $$',
  'SELECT * FROM sf()',
]);
add('RETURN NEXT with OUT parameters', [
  "CREATE FUNCTION sf(OUT a int, OUT b text) RETURNS SETOF record LANGUAGE plpgsql AS $$ BEGIN a := 1; b := 'x'; RETURN NEXT; a := 2; b := 'y'; RETURN NEXT; END $$",
  'SELECT * FROM sf()',
]);
add('RETURN QUERY mismatch caught by handler', [
  "CREATE FUNCTION sf() RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT 1, 2; EXCEPTION WHEN others THEN RAISE NOTICE '%', SQLERRM; RETURN NEXT -1; END $$",
  'SELECT * FROM sf()',
]);
add('RETURN QUERY of a datatype mismatch: stacked detail', [
  "CREATE FUNCTION sf() RETURNS TABLE (a int, b int) LANGUAGE plpgsql AS $$ DECLARE d text; BEGIN RETURN QUERY SELECT 1, 'x'::text; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL; RAISE EXCEPTION '% | %', SQLSTATE, d; END $$",
  'SELECT * FROM sf()',
]);

// ------------------------------------------------------------ trigger variables (43.10)
const TRIG = 'CREATE TABLE tt (id int PRIMARY KEY, v text); CREATE TABLE log (e text)';
const logTrigger = (when: string, events: string, level: string, body: string, ret = 'NEW') => [
  `CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body}; RETURN ${ret}; END $$`,
  `CREATE TRIGGER tr ${when} ${events} ON tt FOR EACH ${level} EXECUTE FUNCTION tg()`,
];
add(
  'TG_* of a row trigger',
  [
    ...logTrigger(
      'BEFORE',
      'INSERT',
      'ROW',
      "INSERT INTO log VALUES (concat_ws(' ', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, TG_TABLE_SCHEMA, TG_RELNAME, TG_NARGS))",
    ),
    "INSERT INTO tt VALUES (1, 'a')",
    'SELECT e FROM log',
  ],
  TRIG,
);
add(
  'TG_ARGV of a trigger',
  [
    "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (TG_NARGS || ':' || TG_ARGV[0] || ',' || TG_ARGV[1] || ',' || coalesce(TG_ARGV[5], 'null')); RETURN NEW; END $$",
    "CREATE TRIGGER tr BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION tg('x', 42)",
    "INSERT INTO tt VALUES (1, 'a')",
    'SELECT e FROM log',
  ],
  TRIG,
);
add(
  'TG_OP of a statement trigger on TRUNCATE',
  [
    ...logTrigger(
      'AFTER',
      'TRUNCATE',
      'STATEMENT',
      "INSERT INTO log VALUES (TG_OP || ' ' || TG_LEVEL || ' ' || (NEW IS NULL)::text)",
      'NULL',
    ),
    'TRUNCATE tt',
    'SELECT e FROM log',
  ],
  TRIG,
);
add(
  'OLD and NEW in an UPDATE trigger',
  [
    ...logTrigger('AFTER', 'UPDATE', 'ROW', "INSERT INTO log VALUES (OLD.v || '->' || NEW.v)"),
    "INSERT INTO tt VALUES (1, 'a')",
    "UPDATE tt SET v = 'b'",
    'SELECT e FROM log',
  ],
  TRIG,
);
add(
  'NEW in a DELETE trigger is NULL',
  [
    ...logTrigger(
      'BEFORE',
      'DELETE',
      'ROW',
      "INSERT INTO log VALUES ((NEW IS NULL)::text || ' ' || OLD.v)",
      'OLD',
    ),
    "INSERT INTO tt VALUES (1, 'a')",
    'DELETE FROM tt',
    'SELECT e FROM log',
  ],
  TRIG,
);
add(
  'BEFORE trigger returning NULL skips the row',
  [
    ...logTrigger('BEFORE', 'INSERT', 'ROW', 'NULL', 'NULL'),
    "INSERT INTO tt VALUES (1, 'a')",
    'SELECT count(*) AS n FROM tt',
  ],
  TRIG,
);
add(
  'BEFORE trigger modifying NEW',
  [
    ...logTrigger('BEFORE', 'INSERT', 'ROW', 'NEW.v := upper(NEW.v)'),
    "INSERT INTO tt VALUES (1, 'a') RETURNING v",
  ],
  TRIG,
);
add(
  'trigger raising with ERRCODE caught by caller handler',
  [
    "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no %', NEW.id USING ERRCODE = 'check_violation'; END $$",
    'CREATE TRIGGER tr BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION tg()',
    "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN INSERT INTO tt VALUES (7, 'x'); RETURN 'ok'; EXCEPTION WHEN check_violation THEN RETURN SQLSTATE || ' ' || SQLERRM; END $$",
    'SELECT f() AS v',
  ],
  TRIG,
);
add(
  'trigger error context caught by caller',
  [
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 / 0; RETURN NEW; END $$',
    'CREATE TRIGGER tr BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION tg()',
    "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c text; BEGIN INSERT INTO tt VALUES (7, 'x'); RETURN 'ok'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; RETURN c; END $$",
    'SELECT f() AS v',
  ],
  TRIG,
);
add(
  'pg_trigger_depth in a trigger and outside',
  [
    ...logTrigger('BEFORE', 'INSERT', 'ROW', 'INSERT INTO log VALUES (pg_trigger_depth()::text)'),
    "INSERT INTO tt VALUES (1, 'a')",
    'SELECT e, pg_trigger_depth() AS d FROM log',
  ],
  TRIG,
);
add('a trigger function called directly', [
  'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
  'SELECT tg()',
]);
add(
  'a trigger function returning a wrong row type',
  [
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN ROW(1, 2, 3); END $$',
    'CREATE TRIGGER tr BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION tg()',
    "INSERT INTO tt VALUES (1, 'a')",
  ],
  TRIG,
);
add(
  'WHEN condition on a row trigger',
  [
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (NEW.v); RETURN NEW; END $$',
    'CREATE TRIGGER tr AFTER UPDATE ON tt FOR EACH ROW WHEN (OLD.v IS DISTINCT FROM NEW.v) EXECUTE FUNCTION tg()',
    "INSERT INTO tt VALUES (1, 'a'), (2, 'b')",
    "UPDATE tt SET v = 'b'",
    'SELECT e FROM log',
  ],
  TRIG,
);

// ------------------------------------------------------------ transition tables (43.10.1)
add(
  'transition tables of an UPDATE statement trigger',
  [
    "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log SELECT o.v || '->' || n.v FROM oldt o JOIN newt n USING (id) ORDER BY id; RETURN NULL; END $$",
    'CREATE TRIGGER tr AFTER UPDATE ON tt REFERENCING OLD TABLE AS oldt NEW TABLE AS newt FOR EACH STATEMENT EXECUTE FUNCTION tg()',
    "INSERT INTO tt VALUES (1, 'a'), (2, 'b')",
    'UPDATE tt SET v = v || v',
    'SELECT e FROM log ORDER BY e',
  ],
  TRIG,
);
add(
  'transition table counted in an INSERT trigger',
  [
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log SELECT count(*)::text FROM newt; RETURN NULL; END $$',
    'CREATE TRIGGER tr AFTER INSERT ON tt REFERENCING NEW TABLE AS newt FOR EACH STATEMENT EXECUTE FUNCTION tg()',
    "INSERT INTO tt VALUES (1, 'a'), (2, 'b'), (3, 'c')",
    'SELECT e FROM log',
  ],
  TRIG,
);
add(
  'transition table of a DELETE row trigger',
  [
    "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log SELECT OLD.id || ' of ' || count(*) FROM oldt; RETURN NULL; END $$",
    'CREATE TRIGGER tr AFTER DELETE ON tt REFERENCING OLD TABLE AS oldt FOR EACH ROW EXECUTE FUNCTION tg()',
    "INSERT INTO tt VALUES (1, 'a'), (2, 'b')",
    'DELETE FROM tt',
    'SELECT e FROM log ORDER BY e',
  ],
  TRIG,
);
add(
  'transition table on a BEFORE trigger refused',
  [
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    'CREATE TRIGGER tr BEFORE INSERT ON tt REFERENCING NEW TABLE AS newt FOR EACH STATEMENT EXECUTE FUNCTION tg()',
  ],
  TRIG,
);
add(
  'transition table with a column list refused',
  [
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    'CREATE TRIGGER tr AFTER UPDATE OF v ON tt REFERENCING NEW TABLE AS newt FOR EACH STATEMENT EXECUTE FUNCTION tg()',
  ],
  TRIG,
);
add(
  'transition table error inside trigger caught by caller',
  [
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 / (SELECT count(*) - 2 FROM newt); RETURN NULL; END $$',
    'CREATE TRIGGER tr AFTER INSERT ON tt REFERENCING NEW TABLE AS newt FOR EACH STATEMENT EXECUTE FUNCTION tg()',
    "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN INSERT INTO tt VALUES (1, 'a'), (2, 'b'); RETURN 'ok'; EXCEPTION WHEN others THEN RETURN SQLSTATE || ' ' || SQLERRM; END $$",
    'SELECT f() AS v',
    'SELECT count(*) AS n FROM tt',
  ],
  TRIG,
);

export default list.cases;
