// Round 20 probe, utility: PostgreSQL 15 docs SQL commands DO, VALUES, TABLE, COPY (refusals only:
// the probe's client has no COPY sub-protocol), and PL/pgSQL RAISE (43.9) with SQLSTATE, DETAIL
// and HINT options, as a DO block raises them.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 utility: do: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const T = `CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 3) g`;
const DO = (body: string) => `DO $$ ${body} $$`;

// ---------------------------------------------------------------- DO
add('do command tag', [DO('BEGIN END')]);
add('do language plpgsql', [`DO LANGUAGE plpgsql $$ BEGIN END $$`]);
add('do language after body', [`DO $$ BEGIN END $$ LANGUAGE plpgsql`]);
add('do language sql rejected', [`DO LANGUAGE sql $$ SELECT 1 $$`]);
add('do language missing', [`DO LANGUAGE nosuch $$ SELECT 1 $$`]);
add(
  'do writes table',
  [DO(`BEGIN INSERT INTO t VALUES (9, 'nine'); END`), 'SELECT id, v FROM t ORDER BY id'],
  T,
);
add(
  'do loop writes',
  [
    DO(`BEGIN FOR i IN 10..12 LOOP INSERT INTO t VALUES (i, 'l' || i); END LOOP; END`),
    'SELECT count(*)::int AS n FROM t',
  ],
  T,
);
add(
  'do declare block',
  [
    DO(`DECLARE n int; BEGIN SELECT count(*) INTO n FROM t; INSERT INTO t VALUES (100 + n, 'n'); END`),
    'SELECT max(id) AS m FROM t',
  ],
  T,
);
add('do notice only', [DO(`BEGIN RAISE NOTICE 'hello %', 1; END`)]);
add('do raise exception', [DO(`BEGIN RAISE EXCEPTION 'boom'; END`)]);
add('do raise exception with format', [DO(`BEGIN RAISE EXCEPTION 'value % and %', 1, 'x'; END`)]);
add('do raise exception sqlstate', [DO(`BEGIN RAISE EXCEPTION 'custom' USING ERRCODE = '22012'; END`)]);
add('do raise exception condition name', [
  DO(`BEGIN RAISE EXCEPTION USING ERRCODE = 'unique_violation'; END`),
]);
add('do raise condition', [DO(`BEGIN RAISE division_by_zero; END`)]);
add('do raise sqlstate form', [DO(`BEGIN RAISE SQLSTATE 'P0099'; END`)]);
add('do raise custom sqlstate with message', [
  DO(`BEGIN RAISE SQLSTATE 'AB123' USING MESSAGE = 'mine'; END`),
]);
add('do raise detail and hint', [
  DO(`BEGIN RAISE EXCEPTION 'bad' USING DETAIL = 'the detail', HINT = 'the hint'; END`),
]);
add('do raise column constraint fields', [
  DO(
    `BEGIN RAISE EXCEPTION 'bad' USING COLUMN = 'c1', CONSTRAINT = 'k1', TABLE = 't1', SCHEMA = 's1', DATATYPE = 'd1'; END`,
  ),
]);
add('do raise invalid sqlstate', [DO(`BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'nope!'; END`)]);
add('do raise unknown condition', [DO(`BEGIN RAISE no_such_condition; END`)]);
add('do raise option twice', [DO(`BEGIN RAISE EXCEPTION 'x' USING DETAIL = 'a', DETAIL = 'b'; END`)]);
add('do raise too few params', [DO(`BEGIN RAISE EXCEPTION 'a % b %', 1; END`)]);
add('do raise too many params', [DO(`BEGIN RAISE EXCEPTION 'a', 1; END`)]);
add(
  'do raise warning continues',
  [DO(`BEGIN RAISE WARNING 'w'; INSERT INTO t VALUES (9, 'w'); END`), 'SELECT count(*)::int AS n FROM t'],
  T,
);
add('do raise bare outside handler', [DO(`BEGIN RAISE; END`)]);
add('do reraise in handler', [DO(`BEGIN PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN RAISE; END`)]);
add(
  'do exception handler catches',
  [
    DO(`BEGIN PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN INSERT INTO t VALUES (9, 'caught'); END`),
    'SELECT v FROM t WHERE id = 9',
  ],
  T,
);
add(
  'do exception handler rolls back block',
  [
    DO(`BEGIN INSERT INTO t VALUES (9, 'x'); PERFORM 1/0; EXCEPTION WHEN OTHERS THEN NULL; END`),
    'SELECT count(*)::int AS n FROM t',
  ],
  T,
);
add('do sqlerrm and sqlstate', [
  DO(`BEGIN PERFORM 1/0; EXCEPTION WHEN OTHERS THEN RAISE EXCEPTION 'got % %', SQLSTATE, SQLERRM; END`),
]);
add('do get stacked diagnostics', [
  DO(
    `DECLARE d text; BEGIN RAISE EXCEPTION 'x' USING DETAIL = 'dd'; EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL; RAISE EXCEPTION 'detail was %', d; END`,
  ),
]);
add('do runtime error', [DO(`BEGIN PERFORM 1/0; END`)]);
add('do unique violation', [DO(`BEGIN INSERT INTO t VALUES (1, 'dup'); END`)], T);
add('do missing table', [DO(`BEGIN INSERT INTO nope VALUES (1); END`)]);
add('do syntax error in body', [DO(`BEGIN SELEC 1; END`)]);
add('do select without into', [DO(`BEGIN SELECT 1; END`)]);
add('do return value rejected', [DO(`BEGIN RETURN 1; END`)]);
add('do bare return', [DO(`BEGIN RETURN; END`)]);
add(
  'do inside transaction rolled back',
  ['BEGIN', DO(`BEGIN INSERT INTO t VALUES (9, 'x'); END`), 'ROLLBACK', 'SELECT count(*)::int AS n FROM t'],
  T,
);
add('do error aborts transaction', ['BEGIN', DO(`BEGIN RAISE EXCEPTION 'x'; END`), 'SELECT 1', 'ROLLBACK']);
add(
  'do commit inside top level',
  [
    DO(`BEGIN INSERT INTO t VALUES (9, 'x'); COMMIT; INSERT INTO t VALUES (10, 'y'); ROLLBACK; END`),
    'SELECT id FROM t ORDER BY id',
  ],
  T,
);
add('do commit inside transaction block', ['BEGIN', DO(`BEGIN COMMIT; END`), 'ROLLBACK']);
add('do set local in block', [
  'BEGIN',
  DO(`BEGIN PERFORM set_config('statement_timeout', '77', true); END`),
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add(
  'do execute dynamic',
  [
    DO(`BEGIN EXECUTE format('INSERT INTO t VALUES (%s, %L)', 9, 'dyn'); END`),
    'SELECT v FROM t WHERE id = 9',
  ],
  T,
);
add('do with parameters rejected', [withParams(DO(`BEGIN END`))]);
add('do dollar parameter reference', [DO(`BEGIN PERFORM $1; END`)]);
add('do assert fails', [DO(`BEGIN ASSERT 1 = 2, 'one is not two'; END`)]);
add('do assert passes', [DO(`BEGIN ASSERT 1 = 1; END`)]);
add('do assert no message', [DO(`BEGIN ASSERT false; END`)]);
add(
  'do strict into no rows',
  [DO(`DECLARE x int; BEGIN SELECT id INTO STRICT x FROM t WHERE id = 99; END`)],
  T,
);
add('do strict into many rows', [DO(`DECLARE x int; BEGIN SELECT id INTO STRICT x FROM t; END`)], T);
add('do raise with sqlstate in handler', [
  DO(
    `BEGIN RAISE EXCEPTION 'a' USING ERRCODE = 'P0001'; EXCEPTION WHEN raise_exception THEN RAISE EXCEPTION 'handled' USING ERRCODE = '42000'; END`,
  ),
]);
add('do raise exception null message parameter', [DO(`BEGIN RAISE EXCEPTION 'v=%', NULL; END`)]);
add('do raise escape percent', [DO(`BEGIN RAISE EXCEPTION 'pct %%'; END`)]);
add('do raise message option', [DO(`BEGIN RAISE USING MESSAGE = 'only message'; END`)]);
add('do raise level log continues', [DO(`BEGIN RAISE LOG 'l'; RAISE DEBUG 'd'; RAISE INFO 'i'; END`)]);
add(
  'do nested block exception',
  [
    DO(
      `BEGIN BEGIN RAISE EXCEPTION 'inner' USING ERRCODE = '22000'; EXCEPTION WHEN data_exception THEN INSERT INTO t VALUES (9, 'inner caught'); END; INSERT INTO t VALUES (10, 'after'); END`,
    ),
    'SELECT id, v FROM t WHERE id > 3 ORDER BY id',
  ],
  T,
);
add('do variable conflict', [DO(`DECLARE id int := 1; BEGIN PERFORM id FROM t; END`)], T);
add('do empty body', [`DO $$$$`]);
add('do string body', [`DO 'BEGIN END'`]);

// ---------------------------------------------------------------- VALUES / TABLE
add('values single', ['VALUES (1)']);
add('values rows', [`VALUES (1, 'a'), (2, 'b')`]);
add('values column names', [`SELECT * FROM (VALUES (1, 'a')) v`]);
add('values order by', ['VALUES (3), (1), (2) ORDER BY 1']);
add('values order by column', ['VALUES (3, 1), (1, 2) ORDER BY column2 DESC']);
add('values limit offset', ['VALUES (1), (2), (3) ORDER BY 1 LIMIT 1 OFFSET 1']);
add('values fetch first', ['VALUES (1), (2), (3) ORDER BY 1 DESC FETCH FIRST 2 ROWS ONLY']);
add('values mismatched lengths', ['VALUES (1, 2), (3)']);
add('values type resolution', [`VALUES (1), (2.5)`]);
add('values type mismatch', [`VALUES (1), ('x'::text)`]);
add('values unknown literal type', [`VALUES ('a'), ('b')`]);
add('values null only', ['VALUES (NULL)']);
add('values with default outside insert', ['VALUES (DEFAULT)']);
add('values in insert with default', [`INSERT INTO t VALUES (9, DEFAULT), (10, 'x') RETURNING id, v`], T);
add('values union', ['VALUES (1) UNION VALUES (1), (2) ORDER BY 1']);
add('values as cte', ['WITH v(a, b) AS (VALUES (1, 2)) SELECT a + b AS s FROM v']);
add('values with parameters', [withParams('VALUES ($1::int, $2::text)', 5, 'p')]);
add('values untyped parameter', [withParams('VALUES ($1)', 'x')]);
add('values empty row', ['VALUES ()']);
add('table command', ['TABLE t ORDER BY id'], T);
add('table command with limit', ['TABLE t ORDER BY id DESC LIMIT 1'], T);
add('table only', ['TABLE ONLY t ORDER BY id'], T);
add('table command missing', ['TABLE nope']);
add('table command in union', ['TABLE t UNION ALL TABLE t ORDER BY id'], T);
add('table command in subquery', ['SELECT count(*)::int AS n FROM (TABLE t) s'], T);
add('table command in cte', ['WITH x AS (TABLE t) SELECT max(id) AS m FROM x'], T);
add(
  'table command in insert',
  ['CREATE TABLE u (id int, v text)', 'INSERT INTO u TABLE t', 'SELECT count(*)::int AS n FROM u'],
  T,
);
add('table command of view', ['TABLE w ORDER BY id'], `${T}; CREATE VIEW w AS SELECT id FROM t`);

// ---------------------------------------------------------------- COPY refusals the client can see
add('copy from server file denied for missing', [`COPY t FROM '/nonexistent/r20_utility_file.csv'`], T);
add('copy to server file relative path', [`COPY t TO 'relative.csv'`], T);
add('copy missing table', [`COPY nope FROM '/nonexistent/x.csv'`]);
add('copy in read only transaction', ['BEGIN READ ONLY', `COPY t FROM '/nonexistent/x.csv'`, 'ROLLBACK'], T);
add('copy bad option', [`COPY t FROM '/nonexistent/x.csv' WITH (FORMAT nope)`], T);
add(
  'copy program refused in aborted transaction',
  ['BEGIN', 'SELECT 1/0', `COPY t FROM '/nonexistent/x.csv'`, 'ROLLBACK'],
  T,
);

export default list.cases;
