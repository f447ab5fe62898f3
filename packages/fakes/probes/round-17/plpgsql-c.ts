// Round 17, part C: PL/pgSQL errors and messages (43.9), trapping errors (43.6.8), cursors (43.7),
// transaction management in procedures (43.8), CREATE PROCEDURE / CALL.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 plpgsql C: ');
const OUT = 'CREATE TABLE out (n serial PRIMARY KEY, v text);';
const USERS = `CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE NOT NULL, age int CHECK (age >= 0));
INSERT INTO users VALUES (1, 'a@x.io', 30), (2, 'b@x.io', 40);`;

const fn = (name: string, ret: string, body: string, selects: ProbeStep[], setup?: string, args = '') =>
  list.add(
    name,
    [`CREATE FUNCTION f(${args}) RETURNS ${ret} LANGUAGE plpgsql AS $fn$ ${body} $fn$`, ...selects],
    setup,
  );
const doBlock = (
  name: string,
  body: string,
  setup = '',
  after: string[] = ['SELECT n, v FROM out ORDER BY n'],
) => list.add(name, [`DO $do$ ${body} $do$`, ...after], `${OUT}${setup}`);

// ---------------------------------------------------------------- RAISE
list.add('RAISE EXCEPTION default SQLSTATE P0001', ["DO $$ BEGIN RAISE EXCEPTION 'boom %', 42; END $$"]);
list.add('RAISE with no level is EXCEPTION', ["DO $$ BEGIN RAISE 'plain'; END $$"]);
list.add('RAISE NOTICE does not fail', ["DO $$ BEGIN RAISE NOTICE 'note %', 1; END $$", 'SELECT 1 AS v']);
list.add('RAISE WARNING, INFO, LOG, DEBUG do not fail', [
  "DO $$ BEGIN RAISE WARNING 'w'; RAISE INFO 'i'; RAISE LOG 'l'; RAISE DEBUG 'd'; END $$",
  'SELECT 1 AS v',
]);
list.add('RAISE with ERRCODE by name', [
  "DO $$ BEGIN RAISE EXCEPTION 'dup' USING ERRCODE = 'unique_violation'; END $$",
]);
list.add('RAISE with ERRCODE by SQLSTATE', [
  "DO $$ BEGIN RAISE EXCEPTION 'custom' USING ERRCODE = '22012'; END $$",
]);
list.add('RAISE a condition name', ['DO $$ BEGIN RAISE division_by_zero; END $$']);
list.add('RAISE SQLSTATE', ["DO $$ BEGIN RAISE SQLSTATE '22012'; END $$"]);
list.add('RAISE with a custom five-character SQLSTATE', [
  "DO $$ BEGIN RAISE EXCEPTION 'mine' USING ERRCODE = 'AB123'; END $$",
]);
list.add('RAISE with an invalid SQLSTATE', ["DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'abc'; END $$"]);
list.add('RAISE with an unknown condition name', [
  "DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'no_such_condition'; END $$",
]);
list.add('RAISE with DETAIL and HINT', [
  "DO $$ BEGIN RAISE EXCEPTION 'Nonexistent ID --> %', 7 USING HINT = 'Please check your user ID', DETAIL = 'id 7 is missing'; END $$",
]);
list.add('RAISE with COLUMN, CONSTRAINT, TABLE, SCHEMA, DATATYPE', [
  "DO $$ BEGIN RAISE EXCEPTION 'fields' USING COLUMN = 'c1', CONSTRAINT = 'k1', TABLE = 't1', SCHEMA = 's1', DATATYPE = 'int4'; END $$",
]);
list.add('RAISE USING MESSAGE', [
  "DO $$ BEGIN RAISE USING MESSAGE = 'only message', ERRCODE = '23514'; END $$",
]);
list.add('RAISE with both a format and MESSAGE is an error', [
  "DO $$ BEGIN RAISE EXCEPTION 'a' USING MESSAGE = 'b'; END $$",
]);
list.add('RAISE with too few parameters is an error', ["DO $$ BEGIN RAISE EXCEPTION 'a % %', 1; END $$"]);
list.add('RAISE with too many parameters is an error', ["DO $$ BEGIN RAISE EXCEPTION 'a', 1; END $$"]);
list.add('RAISE %% is a literal percent', ["DO $$ BEGIN RAISE EXCEPTION '100%% and %', 'more'; END $$"]);
list.add('RAISE an option given twice is an error', [
  "DO $$ BEGIN RAISE EXCEPTION 'x' USING DETAIL = 'a', DETAIL = 'b'; END $$",
]);
list.add('RAISE with a NULL option is an error', [
  "DO $$ BEGIN RAISE EXCEPTION 'x' USING DETAIL = NULL; END $$",
]);
list.add('re-RAISE outside a handler is an error', ['DO $$ BEGIN RAISE; END $$']);
list.add('RAISE check_violation from a function', [
  "CREATE FUNCTION chk(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF n < 0 THEN RAISE EXCEPTION 'negative: %', n USING ERRCODE = 'check_violation', TABLE = 'orders', COLUMN = 'n', CONSTRAINT = 'n_positive'; END IF; RETURN n; END $$",
  'SELECT chk(1) AS v',
  'SELECT chk(-1) AS v',
  withParams('SELECT chk($1) AS v', '-5'),
]);
list.add('ASSERT true passes', ["DO $$ BEGIN ASSERT 1 = 1, 'never'; END $$", 'SELECT 1 AS v']);
list.add('ASSERT false raises P0004', ["DO $$ BEGIN ASSERT 1 = 2, 'one is not two'; END $$"]);
list.add('ASSERT NULL raises', ['DO $$ BEGIN ASSERT NULL; END $$']);
list.add('ASSERT disabled by plpgsql.check_asserts', [
  'SET plpgsql.check_asserts = off',
  'DO $$ BEGIN ASSERT false; END $$',
  'SELECT 1 AS v',
]);
list.add('ASSERT_FAILURE cannot be caught by OTHERS', [
  'DO $$ BEGIN BEGIN ASSERT false; EXCEPTION WHEN OTHERS THEN NULL; END; END $$',
]);
list.add('ASSERT_FAILURE caught by name', [
  "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN ASSERT false, 'nope'; RETURN 'x'; EXCEPTION WHEN assert_failure THEN RETURN SQLSTATE || ' ' || SQLERRM; END $$",
  'SELECT f() AS v',
]);

// ---------------------------------------------------------------- trapping errors
fn(
  'catching division_by_zero',
  'text',
  "DECLARE x int; BEGIN x := 1 / 0; RETURN 'no'; EXCEPTION WHEN division_by_zero THEN RETURN 'caught ' || SQLSTATE; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of division by zero',
  'text',
  'DECLARE x int; BEGIN x := 1 / 0; RETURN 1; EXCEPTION WHEN OTHERS THEN RETURN SQLERRM; END',
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a unique violation',
  'text',
  "BEGIN INSERT INTO users VALUES (3, 'a@x.io', 1); RETURN 'no'; EXCEPTION WHEN unique_violation THEN RETURN SQLSTATE || ': ' || SQLERRM; END",
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'SQLERRM of a not-null violation',
  'text',
  'BEGIN INSERT INTO users VALUES (3, NULL, 1); RETURN $$no$$; EXCEPTION WHEN not_null_violation THEN RETURN SQLERRM; END',
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'SQLERRM of a check violation',
  'text',
  "BEGIN INSERT INTO users VALUES (3, 'c@x.io', -1); RETURN 'no'; EXCEPTION WHEN check_violation THEN RETURN SQLERRM; END",
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'SQLERRM of a foreign key violation',
  'text',
  'BEGIN INSERT INTO orders VALUES (1, 99); RETURN $$no$$; EXCEPTION WHEN foreign_key_violation THEN RETURN SQLERRM; END',
  ['SELECT f() AS v'],
  `${USERS} CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);`,
);
fn(
  'SQLERRM of an invalid integer',
  'text',
  "BEGIN PERFORM 'abc'::int; RETURN 'no'; EXCEPTION WHEN invalid_text_representation THEN RETURN SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a missing relation in EXECUTE',
  'text',
  "BEGIN EXECUTE 'SELECT 1 FROM nowhere'; RETURN 'no'; EXCEPTION WHEN undefined_table THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a missing column in EXECUTE',
  'text',
  "BEGIN EXECUTE 'SELECT nope FROM users'; RETURN 'no'; EXCEPTION WHEN undefined_column THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'SQLERRM of a missing function in EXECUTE',
  'text',
  "BEGIN EXECUTE 'SELECT nofn(1)'; RETURN 'no'; EXCEPTION WHEN undefined_function THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of an out-of-range integer',
  'text',
  "BEGIN PERFORM 2147483647 + 1; RETURN 'no'; EXCEPTION WHEN numeric_value_out_of_range THEN RETURN SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a varchar too long',
  'text',
  "DECLARE v varchar(2); BEGIN v := 'abc'; RETURN v; EXCEPTION WHEN string_data_right_truncation THEN RETURN SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a bad date',
  'text',
  "BEGIN PERFORM '2024-02-30'::date; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a bad timestamp',
  'text',
  "BEGIN PERFORM 'yesterday-ish'::timestamp; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a bad jsonb',
  'text',
  "BEGIN PERFORM '{bad'::jsonb; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a bad uuid',
  'text',
  "BEGIN PERFORM 'xyz'::uuid; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a bad numeric',
  'text',
  "BEGIN PERFORM 'x1'::numeric; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a bad boolean',
  'text',
  "BEGIN PERFORM 'maybe'::boolean; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of an array subscript error',
  'text',
  "BEGIN PERFORM '{1,2'::int[]; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a cast int to bool text',
  'text',
  "BEGIN PERFORM 'x'::text::int; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a numeric overflow',
  'text',
  "BEGIN PERFORM 12345.678::numeric(5,2); RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a jsonb field on a scalar',
  'text',
  "BEGIN PERFORM jsonb_set('1'::jsonb, '{a}', '2'); RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a RAISE with parameters',
  'text',
  "BEGIN RAISE EXCEPTION 'x=% y=%', 1, 'two'; EXCEPTION WHEN raise_exception THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
);
fn('SQLERRM outside a handler', 'text', 'BEGIN RETURN SQLERRM; END', ['SELECT f() AS v']);
fn(
  'SQLSTATE of a serialization-class name',
  'text',
  "BEGIN RAISE SQLSTATE '40001'; EXCEPTION WHEN serialization_failure THEN RETURN 'retry ' || SQLSTATE; END",
  ['SELECT f() AS v'],
);
fn(
  'WHEN SQLSTATE in a handler',
  'text',
  "BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN SQLSTATE '22012' THEN RETURN 'by code'; END",
  ['SELECT f() AS v'],
);
fn(
  'WHEN a category: data_exception catches 22012',
  'text',
  "BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN data_exception THEN RETURN 'category ' || SQLSTATE; END",
  ['SELECT f() AS v'],
);
fn(
  'WHEN integrity_constraint_violation catches 23505',
  'text',
  "BEGIN INSERT INTO users VALUES (1, 'z@x.io', 1); RETURN 'no'; EXCEPTION WHEN integrity_constraint_violation THEN RETURN 'cat ' || SQLSTATE; END",
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'WHEN a OR b',
  'text',
  "BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN unique_violation OR division_by_zero THEN RETURN 'either'; END",
  ['SELECT f() AS v'],
);
fn(
  'an unmatched handler lets the error through',
  'text',
  "BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN unique_violation THEN RETURN 'wrong'; END",
  ['SELECT f() AS v'],
);
fn(
  'an unknown condition name in a handler is an error',
  'text',
  "BEGIN RETURN 'x'; EXCEPTION WHEN no_such_condition THEN RETURN 'y'; END",
  ['SELECT f() AS v'],
);
fn(
  'OTHERS does not catch query_canceled (only lists)',
  'text',
  "BEGIN RAISE SQLSTATE '57014'; EXCEPTION WHEN OTHERS THEN RETURN 'caught'; END",
  ['SELECT f() AS v'],
);
fn(
  'query_canceled caught by name',
  'text',
  "BEGIN RAISE SQLSTATE '57014'; EXCEPTION WHEN query_canceled THEN RETURN 'caught'; END",
  ['SELECT f() AS v'],
);
fn(
  'the block writes are rolled back on exception',
  'text',
  "BEGIN INSERT INTO out (v) VALUES ('kept'); BEGIN INSERT INTO out (v) VALUES ('lost'); PERFORM 1 / 0; EXCEPTION WHEN division_by_zero THEN INSERT INTO out (v) VALUES ('handler'); END; RETURN (SELECT string_agg(v, ',' ORDER BY n) FROM out); END",
  ['SELECT f() AS v', 'SELECT v FROM out ORDER BY n'],
  OUT,
);
fn(
  'variables keep their values after the rollback',
  'int',
  'DECLARE x int := 1; BEGIN BEGIN x := 2; PERFORM 1 / 0; EXCEPTION WHEN OTHERS THEN x := x * 10; END; RETURN x; END',
  ['SELECT f() AS v'],
);
fn(
  'merge_db upsert loop from the manual',
  'text',
  `BEGIN
  LOOP
    UPDATE db SET b = data WHERE a = key;
    IF found THEN RETURN 'updated'; END IF;
    BEGIN INSERT INTO db(a, b) VALUES (key, data); RETURN 'inserted';
    EXCEPTION WHEN unique_violation THEN END;
  END LOOP; END`,
  ["SELECT f(1, 'david') AS a", "SELECT f(1, 'dennis') AS b", 'SELECT a, b FROM db ORDER BY a'],
  'CREATE TABLE db (a INT PRIMARY KEY, b TEXT);',
  'key INT, data TEXT',
);
fn(
  're-RAISE in a handler keeps the SQLSTATE',
  'text',
  "BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RAISE; END",
  ['SELECT f() AS v'],
);
fn(
  're-RAISE a unique violation keeps its fields',
  'text',
  "BEGIN INSERT INTO users VALUES (1, 'q@x.io', 1); RETURN 'no'; EXCEPTION WHEN unique_violation THEN RAISE; END",
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'an uncaught unique violation from a function has its fields',
  'text',
  "BEGIN INSERT INTO users VALUES (3, 'a@x.io', 1); RETURN 'no'; END",
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'an uncaught not null violation has its fields',
  'text',
  "BEGIN INSERT INTO users VALUES (3, NULL, 1); RETURN 'no'; END",
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'raising a new error in a handler',
  'text',
  "BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RAISE EXCEPTION 'wrapped: %', SQLERRM USING ERRCODE = 'P0002'; END",
  ['SELECT f() AS v'],
);
fn(
  'an error inside a handler is not caught by the same block',
  'text',
  "BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN division_by_zero THEN PERFORM 'x'::int; WHEN OTHERS THEN RETURN 'others'; END",
  ['SELECT f() AS v'],
);
fn(
  'nested handler catches first',
  'text',
  "BEGIN BEGIN PERFORM 1 / 0; EXCEPTION WHEN division_by_zero THEN RETURN 'inner'; END; RETURN 'none'; EXCEPTION WHEN OTHERS THEN RETURN 'outer'; END",
  ['SELECT f() AS v'],
);
fn(
  'GET STACKED DIAGNOSTICS fields of a unique violation',
  'text',
  `DECLARE st text; msg text; det text; hnt text; tbl text; con text; sch text; col text; BEGIN
  INSERT INTO users VALUES (1, 'n@x.io', 1); RETURN 'no';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT, tbl = TABLE_NAME, con = CONSTRAINT_NAME, sch = SCHEMA_NAME, col = COLUMN_NAME;
  RETURN concat_ws(' | ', st, msg, det, coalesce(hnt, '-'), tbl, con, sch, coalesce(col, '-')); END`,
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'GET STACKED DIAGNOSTICS of a not-null violation',
  'text',
  `DECLARE st text; msg text; det text; tbl text; col text; BEGIN
  INSERT INTO users VALUES (3, NULL, 1); RETURN 'no';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, tbl = TABLE_NAME, col = COLUMN_NAME;
  RETURN concat_ws(' | ', st, msg, det, tbl, col); END`,
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'GET STACKED DIAGNOSTICS of a check violation',
  'text',
  `DECLARE st text; msg text; det text; con text; BEGIN
  UPDATE users SET age = -5 WHERE id = 1; RETURN 'no';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, con = CONSTRAINT_NAME;
  RETURN concat_ws(' | ', st, msg, det, con); END`,
  ['SELECT f() AS v'],
  USERS,
);
fn(
  'GET STACKED DIAGNOSTICS of a foreign key violation',
  'text',
  `DECLARE st text; msg text; det text; con text; BEGIN
  INSERT INTO orders VALUES (1, 42); RETURN 'no';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, con = CONSTRAINT_NAME;
  RETURN concat_ws(' | ', st, msg, det, con); END`,
  ['SELECT f() AS v'],
  `${USERS} CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);`,
);
fn(
  'GET STACKED DIAGNOSTICS of a RAISE with options',
  'text',
  `DECLARE st text; msg text; det text; hnt text; dt text; BEGIN
  RAISE EXCEPTION 'custom %', 1 USING DETAIL = 'the detail', HINT = 'the hint', ERRCODE = 'AB001', DATATYPE = 'mytype';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT, dt = PG_DATATYPE_NAME;
  RETURN concat_ws(' | ', st, msg, det, hnt, dt); END`,
  ['SELECT f() AS v'],
);
fn(
  'GET STACKED DIAGNOSTICS PG_EXCEPTION_CONTEXT',
  'text',
  `DECLARE ctx text; BEGIN PERFORM 1 / 0; RETURN 'no';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT; RETURN ctx; END`,
  ['SELECT f() AS v'],
);
fn(
  'GET STACKED DIAGNOSTICS PG_EXCEPTION_CONTEXT of a nested call',
  'text',
  `DECLARE ctx text; BEGIN PERFORM g(0); RETURN 'no';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT; RETURN ctx; END`,
  ['SELECT f() AS v'],
  'CREATE FUNCTION g(d int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 / d; END $$;',
);
fn(
  'GET STACKED DIAGNOSTICS outside a handler is an error',
  'text',
  'DECLARE s text; BEGIN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE; RETURN s; END',
  ['SELECT f() AS v'],
);
fn(
  'SQLERRM of a 23505 on a composite key',
  'text',
  "BEGIN INSERT INTO pairs VALUES (1, 'a'); RETURN 'no'; EXCEPTION WHEN unique_violation THEN RETURN SQLERRM; END",
  ['SELECT f() AS v'],
  "CREATE TABLE pairs (a int, b text, PRIMARY KEY (a, b)); INSERT INTO pairs VALUES (1, 'a');",
);
fn(
  'an exception handler rolls back a sequence? (no: sequences never go back)',
  'bigint',
  "BEGIN BEGIN PERFORM nextval('s'); PERFORM 1 / 0; EXCEPTION WHEN OTHERS THEN NULL; END; RETURN nextval('s'); END",
  ['SELECT f() AS v'],
  'CREATE SEQUENCE s;',
);
fn(
  'a handler inside a loop retries',
  'int',
  "DECLARE tries int := 0; BEGIN LOOP BEGIN tries := tries + 1; IF tries < 3 THEN RAISE EXCEPTION 'again'; END IF; RETURN tries; EXCEPTION WHEN raise_exception THEN END; END LOOP; END",
  ['SELECT f() AS v'],
);
fn(
  'an error text from a NOTICE level RAISE is not an error',
  'text',
  "BEGIN RAISE NOTICE 'just a notice'; RETURN 'ok'; END",
  ['SELECT f() AS v'],
);
fn(
  'error from EXECUTE of a unique violation keeps constraint',
  'text',
  "BEGIN EXECUTE 'INSERT INTO users VALUES (1, $1, 1)' USING 'x@x.io'; RETURN 'no'; END",
  ['SELECT f() AS v'],
  USERS,
);
list.add(
  'an error in a DO block rolls back its earlier writes',
  [
    "DO $$ BEGIN INSERT INTO out (v) VALUES ('a'); PERFORM 1 / 0; END $$",
    'SELECT count(*)::int AS n FROM out',
  ],
  OUT,
);
list.add(
  'a function error in a multi-row statement leaves no rows',
  [
    "CREATE FUNCTION chk(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF n < 0 THEN RAISE EXCEPTION 'neg'; END IF; RETURN n; END $$",
    'INSERT INTO out (v) SELECT chk(x)::text FROM (VALUES (1), (-1), (2)) AS t(x)',
    'SELECT count(*)::int AS n FROM out',
  ],
  OUT,
);
list.add(
  'a function error inside a transaction with a savepoint',
  [
    "CREATE FUNCTION bad() RETURNS int LANGUAGE plpgsql AS $$ BEGIN INSERT INTO out (v) VALUES ('in'); RAISE EXCEPTION 'fail'; END $$",
    'BEGIN',
    "INSERT INTO out (v) VALUES ('before')",
    'SAVEPOINT s',
    'SELECT bad() AS v',
    'ROLLBACK TO SAVEPOINT s',
    'COMMIT',
    'SELECT v FROM out ORDER BY n',
  ],
  OUT,
);
doBlock(
  'an exception block with no error commits its writes',
  "BEGIN BEGIN INSERT INTO out (v) VALUES ('x'); EXCEPTION WHEN OTHERS THEN INSERT INTO out (v) VALUES ('handler'); END; END",
);
doBlock(
  'a caught error in DO keeps the outer writes',
  "BEGIN INSERT INTO out (v) VALUES ('outer'); BEGIN INSERT INTO out (v) VALUES ('inner'); RAISE EXCEPTION 'x'; EXCEPTION WHEN OTHERS THEN INSERT INTO out (v) VALUES ('handled: ' || SQLERRM); END; END",
);

// ---------------------------------------------------------------- cursors
fn(
  'an unbound cursor OPEN FOR, FETCH, CLOSE',
  'text',
  "DECLARE c refcursor; r record; s text := ''; BEGIN OPEN c FOR SELECT id FROM item ORDER BY id; LOOP FETCH c INTO r; EXIT WHEN NOT FOUND; s := s || r.id; END LOOP; CLOSE c; RETURN s; END",
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
fn(
  'a bound cursor with an argument',
  'text',
  "DECLARE c CURSOR (lim int) FOR SELECT id FROM item WHERE id <= lim ORDER BY id; r record; s text := ''; BEGIN OPEN c(2); LOOP FETCH c INTO r; EXIT WHEN NOT FOUND; s := s || r.id; END LOOP; CLOSE c; RETURN s; END",
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
fn(
  'a bound cursor with named argument :=',
  'text',
  "DECLARE c CURSOR (lim int) FOR SELECT id FROM item WHERE id <= lim ORDER BY id; r record; s text := ''; BEGIN OPEN c(lim := 1); FETCH c INTO r; CLOSE c; RETURN r.id::text; END",
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
fn(
  'a bound cursor with named argument => is 18 syntax',
  'text',
  'DECLARE c CURSOR (lim int) FOR SELECT id FROM item WHERE id <= lim ORDER BY id; r record; BEGIN OPEN c(lim => 1); FETCH c INTO r; CLOSE c; RETURN r.id::text; END',
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
fn(
  'FOR over a bound cursor',
  'text',
  "DECLARE c CURSOR FOR SELECT id FROM item ORDER BY id DESC; s text := ''; BEGIN FOR r IN c LOOP s := s || r.id; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
fn(
  'OPEN FOR EXECUTE with USING',
  'text',
  "DECLARE c refcursor; x int; BEGIN OPEN c FOR EXECUTE 'SELECT id FROM item WHERE id > $1 ORDER BY id' USING 1; FETCH c INTO x; CLOSE c; RETURN x::text; END",
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
fn(
  'FETCH from a closed cursor is an error',
  'text',
  "DECLARE c refcursor; x int; BEGIN OPEN c FOR SELECT 1; CLOSE c; FETCH c INTO x; RETURN 'x'; END",
  ['SELECT f() AS v'],
);
fn(
  'OPEN an already open cursor is an error',
  'text',
  "DECLARE c CURSOR FOR SELECT 1; BEGIN OPEN c; OPEN c; RETURN 'x'; END",
  ['SELECT f() AS v'],
);
fn(
  'FETCH directions with SCROLL',
  'text',
  "DECLARE c SCROLL CURSOR FOR SELECT g FROM generate_series(1, 5) g; x int; s text := ''; BEGIN OPEN c; FETCH LAST FROM c INTO x; s := s || x; FETCH PRIOR FROM c INTO x; s := s || x; FETCH FIRST FROM c INTO x; s := s || x; FETCH ABSOLUTE 3 FROM c INTO x; s := s || x; FETCH RELATIVE -1 FROM c INTO x; s := s || x; CLOSE c; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'MOVE and FETCH NEXT',
  'text',
  'DECLARE c refcursor; x int; BEGIN OPEN c FOR SELECT g FROM generate_series(1, 5) g; MOVE FORWARD 2 FROM c; FETCH NEXT FROM c INTO x; CLOSE c; RETURN x::text; END',
  ['SELECT f() AS v'],
);
fn(
  'MOVE sets FOUND',
  'text',
  "DECLARE c refcursor; BEGIN OPEN c FOR SELECT 1; MOVE c; IF FOUND THEN MOVE c; RETURN 'moved ' || FOUND::text; END IF; RETURN 'no'; END",
  ['SELECT f() AS v'],
);
fn(
  'UPDATE ... WHERE CURRENT OF',
  'text',
  "DECLARE c CURSOR FOR SELECT id FROM item ORDER BY id FOR UPDATE; r record; BEGIN OPEN c; FETCH c INTO r; UPDATE item SET id = id * 100 WHERE CURRENT OF c; CLOSE c; RETURN (SELECT string_agg(id::text, ',' ORDER BY id) FROM item); END",
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
fn(
  'DELETE ... WHERE CURRENT OF',
  'text',
  "DECLARE c refcursor; r record; BEGIN OPEN c FOR SELECT id FROM item WHERE id = 2 FOR UPDATE; FETCH c INTO r; DELETE FROM item WHERE CURRENT OF c; CLOSE c; RETURN (SELECT string_agg(id::text, ',' ORDER BY id) FROM item); END",
  ['SELECT f() AS v'],
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2);',
);
list.add('a function returning a refcursor read by FETCH in the transaction', [
  'CREATE TABLE item (id int); INSERT INTO item VALUES (3), (1), (2)',
  'CREATE FUNCTION reffunc(refcursor) RETURNS refcursor AS $$ BEGIN OPEN $1 FOR SELECT id FROM item ORDER BY id; RETURN $1; END; $$ LANGUAGE plpgsql',
  'BEGIN',
  "SELECT reffunc('funccursor') AS v",
  'FETCH ALL IN funccursor',
  'COMMIT',
]);
list.add('a refcursor with a generated portal name', [
  'CREATE FUNCTION reffunc2() RETURNS refcursor AS $$ DECLARE ref refcursor; BEGIN OPEN ref FOR SELECT 1 AS one; RETURN ref; END; $$ LANGUAGE plpgsql',
  'BEGIN',
  "SELECT reffunc2()::text LIKE '<unnamed portal %>' AS v",
  'COMMIT',
]);
list.add('a refcursor opened outside a transaction is gone at FETCH', [
  'CREATE FUNCTION reffunc(refcursor) RETURNS refcursor AS $$ BEGIN OPEN $1 FOR SELECT 1 AS one; RETURN $1; END; $$ LANGUAGE plpgsql',
  "SELECT reffunc('c1') AS v",
  'FETCH ALL IN c1',
]);
list.add('a function returning two cursors', [
  'CREATE TABLE a (x int); INSERT INTO a VALUES (1); CREATE TABLE b (y text); INSERT INTO b VALUES ($$b1$$)',
  'CREATE FUNCTION myfunc(refcursor, refcursor) RETURNS SETOF refcursor AS $$ BEGIN OPEN $1 FOR SELECT * FROM a; RETURN NEXT $1; OPEN $2 FOR SELECT * FROM b; RETURN NEXT $2; END; $$ LANGUAGE plpgsql',
  'BEGIN',
  "SELECT * FROM myfunc('a', 'b') AS v ORDER BY 1",
  'FETCH ALL FROM a',
  'FETCH ALL FROM b',
  'COMMIT',
]);
list.add('a cursor variable text in a DO', [
  'CREATE TABLE out (n serial, v text)',
  'DO $$ DECLARE c CURSOR FOR SELECT 1; BEGIN OPEN c; INSERT INTO out (v) VALUES (c::text); END $$',
  'SELECT v FROM out',
]);

// ---------------------------------------------------------------- procedures and transaction control
list.add('a plpgsql procedure with COMMIT and ROLLBACK (transaction_test1)', [
  'CREATE TABLE test1 (a int)',
  `CREATE PROCEDURE transaction_test1() LANGUAGE plpgsql AS $$ BEGIN
    FOR i IN 0..9 LOOP INSERT INTO test1 (a) VALUES (i); IF i % 2 = 0 THEN COMMIT; ELSE ROLLBACK; END IF; END LOOP; END; $$`,
  'CALL transaction_test1()',
  'SELECT a FROM test1 ORDER BY a',
]);
list.add('COMMIT in a procedure called inside a transaction block is an error', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; END $$',
  'BEGIN',
  'CALL p()',
  'ROLLBACK',
  'SELECT count(*)::int AS n FROM test1',
]);
list.add('COMMIT in a function is an error', [
  'CREATE TABLE test1 (a int)',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; RETURN 1; END $$',
  'SELECT f() AS v',
  'SELECT count(*)::int AS n FROM test1',
]);
list.add('ROLLBACK in a function is an error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN ROLLBACK; RETURN 1; END $$',
  'SELECT f() AS v',
]);
list.add('COMMIT in a DO block at top level', [
  'CREATE TABLE test1 (a int)',
  'DO $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; INSERT INTO test1 VALUES (2); ROLLBACK; END $$',
  'SELECT a FROM test1 ORDER BY a',
]);
list.add('COMMIT in a DO block inside a transaction is an error', [
  'CREATE TABLE test1 (a int)',
  'BEGIN',
  'DO $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; END $$',
  'ROLLBACK',
]);
list.add('COMMIT inside an EXCEPTION block is an error', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN BEGIN INSERT INTO test1 VALUES (1); COMMIT; EXCEPTION WHEN OTHERS THEN RAISE; END; END $$',
  'CALL p()',
  'SELECT count(*)::int AS n FROM test1',
]);
list.add('COMMIT in a procedure called from a function is an error', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; END $$',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN CALL p(); RETURN 1; END $$',
  'SELECT f() AS v',
]);
list.add('nested CALL with COMMIT', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE inner_p(x int) LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (x); COMMIT; END $$',
  'CREATE PROCEDURE outer_p() LANGUAGE plpgsql AS $$ BEGIN CALL inner_p(1); INSERT INTO test1 VALUES (2); ROLLBACK; CALL inner_p(3); END $$',
  'CALL outer_p()',
  'SELECT a FROM test1 ORDER BY a',
]);
list.add('COMMIT inside a FOR query loop keeps the loop going', [
  'CREATE TABLE test1 (a int)',
  'CREATE TABLE test2 (b int)',
  'INSERT INTO test1 SELECT generate_series(1, 4)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN FOR r IN SELECT a FROM test1 ORDER BY a LOOP INSERT INTO test2 VALUES (r.a * 10); COMMIT; END LOOP; END $$',
  'CALL p()',
  'SELECT b FROM test2 ORDER BY b',
]);
list.add('an error after COMMIT in a procedure keeps the committed part', [
  'CREATE TABLE test1 (a int)',
  "CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; INSERT INTO test1 VALUES (2); RAISE EXCEPTION 'late'; END $$",
  'CALL p()',
  'SELECT a FROM test1 ORDER BY a',
]);
list.add('COMMIT AND CHAIN in a procedure', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT AND CHAIN; INSERT INTO test1 VALUES (current_setting($$transaction_isolation$$) = $$read committed$$)::int + 10); END $$',
  'CALL p()',
  'SELECT a FROM test1 ORDER BY a',
]);
list.add('SET TRANSACTION after COMMIT in a procedure', [
  'CREATE TABLE test1 (a text)',
  "CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; INSERT INTO test1 VALUES (current_setting('transaction_isolation')); COMMIT; END $$",
  'CALL p()',
  'SELECT a FROM test1',
]);
list.add('a procedure with a SECURITY DEFINER cannot COMMIT', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; END $$',
  'CALL p()',
]);
list.add('a procedure with SET cannot COMMIT', [
  'CREATE TABLE test1 (a int)',
  "CREATE PROCEDURE p() LANGUAGE plpgsql SET work_mem = '8MB' AS $$ BEGIN INSERT INTO test1 VALUES (1); COMMIT; END $$",
  'CALL p()',
]);
list.add('CALL with INOUT in plpgsql', [
  'CREATE PROCEDURE triple(INOUT x int) LANGUAGE plpgsql AS $$ BEGIN x := x * 3; END $$',
  'CALL triple(5)',
  withParams('CALL triple($1)', '7'),
]);
list.add('CALL with INOUT from a DO block variable', [
  'CREATE TABLE out (n serial, v text)',
  'CREATE PROCEDURE triple(INOUT x int) LANGUAGE plpgsql AS $$ BEGIN x := x * 3; END $$',
  'DO $$ DECLARE myvar int := 5; BEGIN CALL triple(myvar); INSERT INTO out (v) VALUES (myvar); END $$',
  'SELECT v FROM out',
]);
list.add('CALL with INOUT needs a variable in plpgsql', [
  'CREATE PROCEDURE triple(INOUT x int) LANGUAGE plpgsql AS $$ BEGIN x := x * 3; END $$',
  'DO $$ BEGIN CALL triple(5); END $$',
]);
list.add('a procedure with OUT params (15: OUT allowed in procedures)', [
  'CREATE PROCEDURE two_out(a int, OUT b int, OUT c text) LANGUAGE plpgsql AS $$ BEGIN b := a + 1; c := $$x$$ || a; END $$',
  'CALL two_out(1, NULL, NULL)',
]);
list.add('a procedure with OUT params called without placeholders is an error', [
  'CREATE PROCEDURE two_out(a int, OUT b int) LANGUAGE plpgsql AS $$ BEGIN b := a + 1; END $$',
  'CALL two_out(1)',
]);
list.add('RETURN in a procedure ends it', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p(x int) LANGUAGE plpgsql AS $$ BEGIN IF x > 0 THEN RETURN; END IF; INSERT INTO test1 VALUES (x); END $$',
  'CALL p(1)',
  'CALL p(-1)',
  'SELECT a FROM test1',
]);
list.add('RETURN with a value in a procedure is an error', [
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$',
]);
list.add('a procedure with default arguments', [
  'CREATE TABLE test1 (a int, b text)',
  "CREATE PROCEDURE ins(a int, b text DEFAULT 'dflt') LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (a, b); END $$",
  'CALL ins(1)',
  "CALL ins(2, 'given')",
  "CALL ins(b => 'named', a => 3)",
  'SELECT a, b FROM test1 ORDER BY a',
]);
list.add('overloaded procedures', [
  'CREATE TABLE test1 (a text)',
  "CREATE PROCEDURE ins(x int) LANGUAGE sql AS $$ INSERT INTO test1 VALUES ('int') $$",
  "CREATE PROCEDURE ins(x text) LANGUAGE sql AS $$ INSERT INTO test1 VALUES ('text') $$",
  'CALL ins(1)',
  "CALL ins('a')",
  'SELECT a FROM test1 ORDER BY a',
]);
list.add('CALL of a procedure in a transaction then ROLLBACK', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (1); END $$',
  'BEGIN',
  'CALL p()',
  'ROLLBACK',
  'SELECT count(*)::int AS n FROM test1',
]);
list.add('CALL is not allowed in a SELECT', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT (CALL p()) AS v',
]);
list.add('a procedure using a cursor across COMMIT', [
  'CREATE TABLE test1 (a int)',
  'CREATE TABLE test2 (b int)',
  'INSERT INTO test1 VALUES (1), (2), (3)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT a FROM test1 ORDER BY a; BEGIN FOR r IN c LOOP INSERT INTO test2 VALUES (r.a); COMMIT; END LOOP; END $$',
  'CALL p()',
  'SELECT b FROM test2 ORDER BY b',
]);
list.add('a procedure ROLLBACK then more work', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test1 VALUES (1); ROLLBACK; INSERT INTO test1 VALUES (2); END $$',
  'CALL p()',
  'SELECT a FROM test1 ORDER BY a',
]);
list.add('a SQL-language procedure cannot COMMIT', [
  'CREATE TABLE test1 (a int)',
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ INSERT INTO test1 VALUES (1); COMMIT; $$',
  'CALL p()',
]);
list.add('pg_proc prokind of a procedure', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  "SELECT prokind, prorettype::regtype::text AS ret, proretset AS set FROM pg_proc WHERE proname = 'p'",
]);

// ---------------------------------------------------------------- errors 16-18 report otherwise, caught in PL/pgSQL
const RESTRICT = `CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE RESTRICT);
INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1);`;
list.add(
  'a RESTRICT foreign key violation caught as foreign_key_violation',
  [
    "CREATE FUNCTION del(i int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = i; RETURN 'deleted'; EXCEPTION WHEN foreign_key_violation THEN RETURN 'in use'; END $$",
    'SELECT del(1) AS a, del(2) AS b',
  ],
  RESTRICT,
);
list.add(
  'a RESTRICT foreign key violation: SQLSTATE in an OTHERS handler',
  [
    "CREATE FUNCTION del(i int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = i; RETURN 'deleted'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$",
    'SELECT del(1) AS a',
  ],
  RESTRICT,
);
list.add(
  'a RESTRICT foreign key violation uncaught from a function',
  [
    'CREATE FUNCTION del(i int) RETURNS void LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = i; END $$',
    'SELECT del(1) AS a',
  ],
  RESTRICT,
);
list.add('a NO ACTION foreign key violation caught as foreign_key_violation', [
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1)',
  "CREATE FUNCTION del(i int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = i; RETURN 'deleted'; EXCEPTION WHEN foreign_key_violation THEN RETURN 'in use ' || SQLSTATE; END $$",
  'SELECT del(1) AS a',
]);
list.add('json_build_object NULL key caught as invalid_parameter_value', [
  "CREATE FUNCTION j() RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM json_build_object(NULL, 1); RETURN 'built'; EXCEPTION WHEN invalid_parameter_value THEN RETURN 'caught ' || SQLSTATE; END $$",
  'SELECT j() AS v',
]);
list.add('json_object_agg NULL key: SQLSTATE in an OTHERS handler', [
  "CREATE FUNCTION j() RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM json_object_agg(k, v) FROM (VALUES (NULL::text, 1)) t(k, v); RETURN 'built'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$",
  'SELECT j() AS v',
]);
list.add('jsonb_build_object NULL key caught (unchanged since 15)', [
  "CREATE FUNCTION j() RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM jsonb_build_object(NULL, 1); RETURN 'built'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$",
  'SELECT j() AS v',
]);
list.add('a malformed array literal detail in a handler', [
  `CREATE FUNCTION a() RETURNS text LANGUAGE plpgsql AS $$ DECLARE d text; BEGIN PERFORM '{a,"b"c}'::text[]; RETURN 'ok'; EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL; RETURN SQLSTATE || ' ' || d; END $$`,
  'SELECT a() AS v',
]);
list.add('an interval with ago before its end in a handler', [
  'CREATE FUNCTION iv(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN t::interval::text; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$',
  "SELECT iv('1 day ago 2 hours') AS v",
]);
list.add('a date with unit letters in a handler', [
  'CREATE FUNCTION dt(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN t::date::text; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$',
  "SELECT dt('y2024m02d29') AS v",
]);
list.add('a text to int with underscores inside a handler', [
  "CREATE FUNCTION ti(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN t::int::text; EXCEPTION WHEN invalid_text_representation THEN RETURN 'bad'; END $$",
  "SELECT ti('1_000') AS a, ti('0x10') AS b, ti('12') AS c",
]);
list.add(
  'a RESTRICT violation caught by SQLSTATE 23503',
  [
    "CREATE FUNCTION del(i int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN DELETE FROM p WHERE id = i; RETURN 'deleted'; EXCEPTION WHEN SQLSTATE '23503' THEN RETURN 'in use'; END $$",
    'SELECT del(1) AS a',
  ],
  RESTRICT,
);

export default list.cases;
