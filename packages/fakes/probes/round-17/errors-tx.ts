// Round 17 probe, errors part 4: transaction state errors (classes 25, 0B, 3B, 34, 26, 55), RAISE
// in DO blocks, errors inside CTEs and subqueries, and several statements where one fails.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 errors: tx: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL CHECK (balance >= 0));
INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50);`;
const sel = 'SELECT id, owner, balance FROM acct ORDER BY id';

// ---------------------------------------------------------------- 25P02 in failed transaction
list.add('25P02 select after error', ['BEGIN', 'SELECT 1 / 0', 'SELECT 1 AS v', 'ROLLBACK', 'SELECT 2 AS v']);
list.add(
  '25P02 insert after error',
  ['BEGIN', "INSERT INTO acct VALUES (1, 'x', 1)", "INSERT INTO acct VALUES (3, 'x', 1)", 'ROLLBACK', sel],
  T,
);
list.add(
  '25P02 commit after error rolls back',
  ['BEGIN', "INSERT INTO acct VALUES (3, 'cy', 1)", 'SELECT 1 / 0', 'COMMIT', sel],
  T,
);
list.add('25P02 end after error', ['BEGIN', 'SELECT nope', 'END', 'SELECT 1 AS v']);
list.add(
  '25P02 rollback to savepoint recovers',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (3, 'cy', 1)",
    'SAVEPOINT a',
    'SELECT 1 / 0',
    'SELECT 1 AS v',
    'ROLLBACK TO SAVEPOINT a',
    "INSERT INTO acct VALUES (4, 'di', 1)",
    'COMMIT',
    sel,
  ],
  T,
);
list.add('25P02 rollback to without savepoint keyword', [
  'BEGIN',
  'SAVEPOINT a',
  'SELECT 1 / 0',
  'ROLLBACK TO a',
  'SELECT 1 AS v',
  'COMMIT',
]);
list.add('25P02 savepoint after error', ['BEGIN', 'SELECT 1 / 0', 'SAVEPOINT a', 'ROLLBACK']);
list.add('25P02 release after error', [
  'BEGIN',
  'SAVEPOINT a',
  'SELECT 1 / 0',
  'RELEASE SAVEPOINT a',
  'ROLLBACK',
]);
list.add('25P02 show after error', ['BEGIN', 'SELECT 1 / 0', 'SHOW search_path', 'ROLLBACK']);
list.add('25P02 set after error', ['BEGIN', 'SELECT 1 / 0', 'SET work_mem = 1000', 'ROLLBACK']);
list.add('25P02 parameters after error', [
  'BEGIN',
  'SELECT 1 / 0',
  withParams('SELECT $1::int AS v', 1),
  'ROLLBACK',
]);
list.add('25P02 prepare transaction after error', [
  'BEGIN',
  'SELECT 1 / 0',
  'ROLLBACK AND CHAIN',
  'SELECT 1 AS v',
  'COMMIT',
]);
list.add('25P02 commit and chain after error', ['BEGIN', 'SELECT 1 / 0', 'COMMIT AND CHAIN']);
list.add(
  '25P02 nested savepoints rollback inner',
  [
    'BEGIN',
    'UPDATE acct SET balance = 1 WHERE id = 1',
    'SAVEPOINT a',
    'UPDATE acct SET balance = 2 WHERE id = 1',
    'SAVEPOINT b',
    'UPDATE acct SET balance = -1 WHERE id = 1',
    'ROLLBACK TO b',
    'COMMIT',
    sel,
  ],
  T,
);
list.add('25P02 rollback to outer savepoint destroys inner', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'ROLLBACK TO a',
  'RELEASE b',
  'ROLLBACK',
]);
list.add('error outside transaction does not stick', ['SELECT 1 / 0', 'SELECT 1 AS v']);
list.add('error in one session not another', ['BEGIN', 'SELECT 1 / 0', two('SELECT 1 AS v'), 'ROLLBACK']);

// ---------------------------------------------------------------- 25001 / 25006 / 0B000 / 3B001 / 25P01
list.add('25001 begin inside transaction warns', ['BEGIN', 'BEGIN', 'SELECT 1 AS v', 'COMMIT']);
list.add('25001 set transaction isolation after query', [
  'BEGIN',
  'SELECT 1',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK',
]);
list.add('set transaction outside warns', ['SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'SELECT 1 AS v']);
list.add('25P01 savepoint outside transaction', ['SAVEPOINT a']);
list.add('25P01 rollback to outside transaction', ['ROLLBACK TO SAVEPOINT a']);
list.add('25P01 release outside transaction', ['RELEASE SAVEPOINT a']);
list.add('commit without transaction warning', ['COMMIT', 'SELECT 1 AS v']);
list.add('rollback without transaction warning', ['ROLLBACK', 'SELECT 1 AS v']);
list.add(
  '25006 insert in read only transaction',
  ['BEGIN READ ONLY', "INSERT INTO acct VALUES (3, 'x', 1)", 'ROLLBACK'],
  T,
);
list.add(
  '25006 update in read only',
  ['START TRANSACTION READ ONLY', 'UPDATE acct SET balance = 0', 'ROLLBACK'],
  T,
);
list.add('25006 delete in read only', ['BEGIN TRANSACTION READ ONLY', 'DELETE FROM acct', 'ROLLBACK'], T);
list.add('25006 create in read only', ['BEGIN READ ONLY', 'CREATE TABLE z (a int)', 'ROLLBACK']);
list.add('25006 nextval in read only', [
  'CREATE SEQUENCE s',
  'BEGIN READ ONLY',
  "SELECT nextval('s')",
  'ROLLBACK',
]);
list.add(
  '25006 select for update in read only',
  ['BEGIN READ ONLY', 'SELECT id FROM acct FOR UPDATE', 'ROLLBACK'],
  T,
);
list.add('read only select works', ['BEGIN READ ONLY', sel, 'COMMIT'], T);
list.add(
  '25006 default_transaction_read_only',
  ['SET default_transaction_read_only = on', "INSERT INTO acct VALUES (3, 'x', 1)"],
  T,
);
list.add(
  '25006 set transaction read only',
  ['BEGIN', 'SET TRANSACTION READ ONLY', 'UPDATE acct SET balance = 0', 'ROLLBACK'],
  T,
);
list.add('25001 set read write after read only query', [
  'BEGIN READ ONLY',
  'SELECT 1',
  'SET TRANSACTION READ WRITE',
  'ROLLBACK',
]);
list.add('temp table in read only ok', ['BEGIN READ ONLY', 'CREATE TEMP TABLE tt (a int)', 'ROLLBACK']);
list.add('3B001 rollback to missing savepoint', ['BEGIN', 'ROLLBACK TO SAVEPOINT nope', 'ROLLBACK']);
list.add('3B001 release missing savepoint', ['BEGIN', 'RELEASE SAVEPOINT nope', 'ROLLBACK']);
list.add('3B001 then 25P02', ['BEGIN', 'RELEASE SAVEPOINT nope', 'SELECT 1 AS v', 'ROLLBACK']);
list.add('3B001 released savepoint gone', ['BEGIN', 'SAVEPOINT a', 'RELEASE a', 'ROLLBACK TO a', 'ROLLBACK']);
list.add(
  'savepoint reused name',
  [
    'BEGIN',
    'UPDATE acct SET balance = 1 WHERE id = 1',
    'SAVEPOINT a',
    'UPDATE acct SET balance = 2 WHERE id = 1',
    'SAVEPOINT a',
    'UPDATE acct SET balance = 3 WHERE id = 1',
    'ROLLBACK TO a',
    sel,
    'RELEASE a',
    'ROLLBACK TO a',
    sel,
    'COMMIT',
    sel,
  ],
  T,
);
list.add('savepoint case folding', ['BEGIN', 'SAVEPOINT MySave', 'ROLLBACK TO mysave', 'COMMIT']);
list.add('savepoint quoted case', ['BEGIN', 'SAVEPOINT "MySave"', 'ROLLBACK TO mysave', 'ROLLBACK']);
list.add('0B000 commit prepared', ["COMMIT PREPARED 'nope'"]);
list.add('42704 rollback prepared missing', ["ROLLBACK PREPARED 'nope'"]);
list.add('55000 prepare transaction disabled', ['BEGIN', "PREPARE TRANSACTION 'x'"]);
list.add('25001 vacuum inside transaction', ['BEGIN', 'VACUUM', 'ROLLBACK']);
list.add(
  '25001 create index concurrently in transaction',
  ['BEGIN', 'CREATE INDEX CONCURRENTLY ON acct (owner)', 'ROLLBACK'],
  T,
);
list.add('25001 create database in transaction', ['BEGIN', 'CREATE DATABASE x', 'ROLLBACK']);
list.add('25001 alter system in transaction', ['BEGIN', "ALTER SYSTEM SET work_mem = '4MB'", 'ROLLBACK']);
list.add('25001 multi-statement with vacuum', ['CREATE TABLE z (a int); VACUUM z']);

// ---------------------------------------------------------------- 34000 / 26000 / 42P03 / 42P05 / 55000
list.add('34000 fetch missing cursor', ['BEGIN', 'FETCH NEXT FROM nope', 'ROLLBACK']);
list.add('34000 close missing cursor', ['CLOSE nope']);
list.add('34000 move missing cursor', ['BEGIN', 'MOVE NEXT IN nope', 'ROLLBACK']);
list.add('25P01 declare outside transaction', ['DECLARE c CURSOR FOR SELECT 1']);
list.add('declare with hold outside transaction', [
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS v',
  'FETCH ALL FROM c',
  'CLOSE c',
]);
list.add('34000 cursor gone after commit', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT 1 AS v',
  'COMMIT',
  'FETCH c',
]);
list.add('42P03 duplicate cursor', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT 1',
  'DECLARE c CURSOR FOR SELECT 2',
  'ROLLBACK',
]);
list.add('55000 fetch backward non-scroll', [
  'BEGIN',
  'DECLARE c NO SCROLL CURSOR FOR SELECT x FROM generate_series(1, 3) AS g(x)',
  'FETCH 2 FROM c',
  'FETCH PRIOR FROM c',
  'ROLLBACK',
]);
list.add(
  '24000 update where current of not positioned',
  [
    'BEGIN',
    'DECLARE c CURSOR FOR SELECT id FROM acct FOR UPDATE',
    'UPDATE acct SET balance = 0 WHERE CURRENT OF c',
    'ROLLBACK',
  ],
  T,
);
list.add('close all ok', ['BEGIN', 'DECLARE c CURSOR FOR SELECT 1', 'CLOSE ALL', 'FETCH c', 'ROLLBACK']);
list.add('26000 execute missing', ['EXECUTE nope']);
list.add('26000 execute missing with args', ['EXECUTE nope (1, 2)']);
list.add('26000 deallocate missing', ['DEALLOCATE nope']);
list.add('deallocate all ok', ['DEALLOCATE ALL', 'SELECT 1 AS v']);
list.add('42P05 duplicate prepared', ['PREPARE p AS SELECT 1', 'PREPARE p AS SELECT 2']);
list.add('42601 execute wrong arg count', ['PREPARE p (int) AS SELECT $1 AS v', 'EXECUTE p']);
list.add('42601 execute too many args', ['PREPARE p (int) AS SELECT $1 AS v', 'EXECUTE p (1, 2)']);
list.add('22P02 execute bad arg', ['PREPARE p (int) AS SELECT $1 AS v', "EXECUTE p ('x')"]);
list.add('prepare then execute ok', ['PREPARE p (int) AS SELECT $1 + 1 AS v', 'EXECUTE p (41)']);
list.add(
  '55000 lock nowait',
  [
    'BEGIN',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE',
    two('BEGIN'),
    two('SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT'),
    two('ROLLBACK'),
    'ROLLBACK',
  ],
  T,
);
list.add(
  '55P03 lock table nowait',
  ['BEGIN', 'LOCK TABLE acct', two('LOCK TABLE acct NOWAIT'), 'ROLLBACK'],
  T,
);
list.add(
  '55P03 lock_timeout',
  [
    'BEGIN',
    'UPDATE acct SET balance = 1 WHERE id = 1',
    two("SET lock_timeout = '50ms'"),
    two('UPDATE acct SET balance = 2 WHERE id = 1'),
    'ROLLBACK',
  ],
  T,
);
list.add('57014 statement_timeout', ["SET statement_timeout = '50ms'", 'SELECT pg_sleep(1)']);
list.add('55000 currval not yet defined', ['CREATE SEQUENCE s', "SELECT currval('s')"]);
list.add('55000 lastval not defined', ['SELECT lastval()']);
list.add('0A000 for update with aggregate', ['SELECT count(*) FROM acct FOR UPDATE'], T);
list.add('0A000 for update with distinct', ['SELECT DISTINCT owner FROM acct FOR UPDATE'], T);
list.add('0A000 for update with group by', ['SELECT owner FROM acct GROUP BY owner FOR UPDATE'], T);
list.add('0A000 for update with union', ['SELECT id FROM acct UNION SELECT 1 FOR UPDATE'], T);
list.add(
  '0A000 for update nullable side of outer join',
  ['SELECT a.id FROM acct a LEFT JOIN acct b ON b.id = a.id + 5 FOR UPDATE'],
  T,
);
list.add(
  'for update of the right table',
  ['SELECT a.id FROM acct a LEFT JOIN acct b ON b.id = a.id + 5 ORDER BY a.id FOR UPDATE OF a'],
  T,
);
list.add('42P01 for update of unknown', ['SELECT id FROM acct FOR UPDATE OF nope'], T);
list.add(
  '40001 serializable conflict',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    sel,
    two('UPDATE acct SET balance = 0 WHERE id = 1'),
    'UPDATE acct SET balance = 1 WHERE id = 1',
    'ROLLBACK',
  ],
  T,
);

// ---------------------------------------------------------------- RAISE in DO blocks
const RAISES: readonly [string, string][] = [
  ['exception plain', "RAISE EXCEPTION 'boom'"],
  ['exception format', "RAISE EXCEPTION 'bad id %', 42"],
  ['exception percent escaped', "RAISE EXCEPTION 'a %% b'"],
  ['exception errcode name', "RAISE EXCEPTION 'dup' USING ERRCODE = 'unique_violation'"],
  ['exception errcode sqlstate', "RAISE EXCEPTION 'custom' USING ERRCODE = 'P1234'"],
  ['exception errcode 5 chars', "RAISE EXCEPTION 'x' USING ERRCODE = '22012'"],
  ['exception detail', "RAISE EXCEPTION 'x' USING DETAIL = 'the detail'"],
  ['exception hint', "RAISE EXCEPTION 'x' USING HINT = 'try again'"],
  ['exception column', "RAISE EXCEPTION 'x' USING COLUMN = 'c1'"],
  ['exception constraint', "RAISE EXCEPTION 'x' USING CONSTRAINT = 'k1'"],
  ['exception datatype', "RAISE EXCEPTION 'x' USING DATATYPE = 'int4'"],
  ['exception table', "RAISE EXCEPTION 'x' USING TABLE = 'tbl'"],
  ['exception schema', "RAISE EXCEPTION 'x' USING SCHEMA = 'sch'"],
  [
    'exception all options',
    "RAISE EXCEPTION 'all' USING ERRCODE = '23505', DETAIL = 'd', HINT = 'h', COLUMN = 'c', CONSTRAINT = 'k', DATATYPE = 't', TABLE = 'tb', SCHEMA = 's'",
  ],
  ['exception message option', "RAISE EXCEPTION USING MESSAGE = 'from option'"],
  ['condition name alone', 'RAISE division_by_zero'],
  ['condition name with message', "RAISE unique_violation USING MESSAGE = 'dup'"],
  ['sqlstate form', "RAISE SQLSTATE '22000'"],
  ['sqlstate form with using', "RAISE SQLSTATE 'P0001' USING DETAIL = 'x'"],
  ['bare exception level default', "RAISE 'no level'"],
  ['notice does not fail', "RAISE NOTICE 'just a notice'"],
  ['warning does not fail', "RAISE WARNING 'just a warning'"],
  ['info does not fail', "RAISE INFO 'info'"],
  ['log does not fail', "RAISE LOG 'log'"],
  ['debug does not fail', "RAISE DEBUG 'debug'"],
  ['too few parameters', "RAISE EXCEPTION 'a % b %', 1"],
  ['too many parameters', "RAISE EXCEPTION 'a', 1"],
  ['unknown condition', 'RAISE no_such_condition'],
  ['invalid sqlstate', "RAISE EXCEPTION 'x' USING ERRCODE = 'abc'"],
  ['duplicate option', "RAISE EXCEPTION 'x' USING DETAIL = 'a', DETAIL = 'b'"],
  ['null message option', 'RAISE EXCEPTION USING MESSAGE = NULL'],
  ['detail from expression', "RAISE EXCEPTION 'x' USING DETAIL = format('id=%s', 7)"],
  ['assert false', 'ASSERT 1 = 2'],
  ['assert with message', "ASSERT false, 'custom assert'"],
  ['reraise outside handler', 'RAISE'],
];
for (const [name, stmt] of RAISES) {
  list.add(`RAISE ${name}`, [`DO $$ BEGIN ${stmt}; END $$`, 'SELECT 1 AS v']);
}
list.add('RAISE in handler re-raise', [
  'DO $$ BEGIN PERFORM 1 / 0; EXCEPTION WHEN division_by_zero THEN RAISE; END $$',
]);
list.add('RAISE catch and raise other', [
  "DO $$ BEGIN PERFORM 1 / 0; EXCEPTION WHEN others THEN RAISE EXCEPTION 'wrapped: %', SQLERRM USING ERRCODE = SQLSTATE; END $$",
]);
list.add('RAISE catch sqlstate', [
  "DO $$ BEGIN RAISE SQLSTATE 'P0002'; EXCEPTION WHEN no_data_found THEN RAISE NOTICE 'caught'; END $$",
  'SELECT 1 AS v',
]);
list.add('RAISE get stacked diagnostics', [
  'CREATE TABLE log (code text, msg text, detail text, hint text)',
  "DO $$ DECLARE c text; m text; d text; h text; BEGIN RAISE EXCEPTION 'm1' USING ERRCODE = '22023', DETAIL = 'd1', HINT = 'h1'; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT; INSERT INTO log VALUES (c, m, d, h); END $$",
  'SELECT code, msg, detail, hint FROM log',
]);
list.add('RAISE get stacked diagnostics context of a statement', [
  'CREATE TABLE log (c text)',
  'DO $$ DECLARE c text; BEGIN BEGIN PERFORM 1 / 0; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; INSERT INTO log VALUES (c); END; END $$',
  'SELECT c FROM log',
]);
// 16 renamed the frame of an expression ("PL/pgSQL expression"), which a handler reads as a value.
list.add('RAISE get stacked diagnostics context of an expression', [
  'CREATE TABLE log (c text)',
  'DO $$ DECLARE c text; BEGIN BEGIN IF 1 / 0 > 0 THEN NULL; END IF; EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; INSERT INTO log VALUES (c); END; END $$',
  'SELECT c FROM log',
]);
// The fake's stand-in for a built-in (to_date, ~) leaves its frame in the context a handler reads.
list.add('RAISE get stacked diagnostics context of a stand-in built-in', [
  'CREATE TABLE log (c text)',
  "DO $$ DECLARE c text; BEGIN BEGIN PERFORM to_date('2024-02-31', 'YYYY-MM-DD'); EXCEPTION WHEN others THEN GET STACKED DIAGNOSTICS c = PG_EXCEPTION_CONTEXT; INSERT INTO log VALUES (c); END; END $$",
  'SELECT c FROM log',
]);
list.add('error where of a nested SQL function expression', [
  'CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql AS $$ SELECT 10 / x $$',
  'CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN h(0); END $$',
  'SELECT g() AS v',
]);
list.add('RAISE exception in handler rolls back block', [
  'CREATE TABLE z (a int)',
  "DO $$ BEGIN INSERT INTO z VALUES (1); BEGIN INSERT INTO z VALUES (2); RAISE EXCEPTION 'x'; EXCEPTION WHEN others THEN NULL; END; INSERT INTO z VALUES (3); END $$",
  'SELECT a FROM z ORDER BY a',
]);
list.add('RAISE from function called in select', [
  "CREATE FUNCTION f(x int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF x < 0 THEN RAISE EXCEPTION 'negative: %', x USING ERRCODE = '22003', HINT = 'use positive'; END IF; RETURN x; END $$",
  'SELECT f(1) AS v',
  'SELECT f(-1) AS v',
]);
list.add('RAISE from trigger', [
  'CREATE TABLE z (a int)',
  "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.a < 0 THEN RAISE EXCEPTION 'a must be >= 0' USING ERRCODE = 'check_violation', TABLE = TG_TABLE_NAME, COLUMN = 'a'; END IF; RETURN NEW; END $$",
  'CREATE TRIGGER t BEFORE INSERT ON z FOR EACH ROW EXECUTE FUNCTION tf()',
  'INSERT INTO z VALUES (-1)',
  'INSERT INTO z VALUES (1)',
  'SELECT a FROM z',
]);
list.add('P0002 select into strict no rows', [
  'DO $$ DECLARE x int; BEGIN SELECT 1 INTO STRICT x WHERE false; END $$',
]);
list.add('P0003 select into strict two rows', [
  'DO $$ DECLARE x int; BEGIN SELECT g INTO STRICT x FROM generate_series(1, 2) AS g; END $$',
]);
list.add('error in DO with table context', [
  'CREATE TABLE z (a int NOT NULL)',
  'DO $$ BEGIN INSERT INTO z VALUES (NULL); END $$',
]);
list.add('42601 DO syntax error', ['DO $$ BEGIN SELEC 1; END $$']);
list.add('42703 DO unknown variable', ['DO $$ BEGIN x := 1; END $$']);
list.add('42P13 function bad return', [
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 'a'::text $$",
]);
list.add('2F005 function without return', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN END $$',
  'SELECT f() AS v',
]);

// ---------------------------------------------------------------- errors inside CTEs and subqueries
list.add('CTE division by zero', ['WITH c AS (SELECT 1 / 0 AS x) SELECT x FROM c']);
list.add('CTE unused does not run', ['WITH c AS (SELECT 1 / 0 AS x) SELECT 1 AS v']);
list.add('CTE unused materialized does not run', [
  'WITH c AS MATERIALIZED (SELECT 1 / 0 AS x) SELECT 1 AS v',
]);
list.add(
  'CTE data-modifying unused still runs',
  ['WITH c AS (INSERT INTO acct VALUES (1, $$x$$, 1)) SELECT 1 AS v'],
  T,
);
list.add('CTE undefined column position', ['WITH c AS (SELECT id, nme FROM acct) SELECT id FROM c'], T);
list.add('CTE undefined table', ['WITH c AS (SELECT * FROM nope) SELECT * FROM c']);
list.add('CTE column count mismatch', ['WITH c (a, b, d) AS (SELECT 1, 2) SELECT a FROM c']);
list.add('CTE duplicate name', ['WITH c AS (SELECT 1), c AS (SELECT 2) SELECT 1']);
list.add(
  'CTE update violates check',
  ['WITH c AS (UPDATE acct SET balance = balance - 200 RETURNING id) SELECT id FROM c'],
  T,
);
list.add(
  'CTE two modifications same row',
  [
    'WITH a AS (UPDATE acct SET balance = 1 WHERE id = 1 RETURNING id), b AS (UPDATE acct SET balance = 2 WHERE id = 1 RETURNING id) SELECT 1 AS v',
    sel,
  ],
  T,
);
list.add(
  'CTE insert then outer fails rolls back all',
  ["WITH c AS (INSERT INTO acct VALUES (3, 'cy', 1) RETURNING id) SELECT id / 0 FROM c", sel],
  T,
);
list.add('subquery error in where', ['SELECT id FROM acct WHERE balance > (SELECT 1 / 0)'], T);
list.add('subquery error in select list', ['SELECT id, (SELECT nope FROM acct LIMIT 1) FROM acct'], T);
list.add('subquery in from error', ['SELECT * FROM (SELECT 1 / 0 AS x) AS s'], T);
list.add('subquery returns more than one row', ['SELECT (SELECT id FROM acct) AS v'], T);
list.add('exists subquery error not evaluated', ['SELECT 1 AS v WHERE false AND EXISTS (SELECT 1 / 0)']);
list.add('lateral reference error', ['SELECT * FROM acct a, (SELECT a.id) AS s'], T);
list.add('recursive CTE overflow', [
  'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n * 1000 FROM r WHERE n < 1e12) SELECT max(n) FROM r',
]);
list.add(
  'error in view query',
  ['CREATE VIEW vv AS SELECT id, 100 / (balance - 50) AS r FROM acct', 'SELECT id, r FROM vv ORDER BY id'],
  T,
);
list.add('error in order by expression', ['SELECT id FROM acct ORDER BY 1 / (id - 1)'], T);
list.add('error in returning', ['UPDATE acct SET balance = 0 WHERE id = 2 RETURNING 1 / balance', sel], T);
list.add('error in join condition', ['SELECT a.id FROM acct a JOIN acct b ON b.id = 1 / (a.id - 1)'], T);

// ---------------------------------------------------------------- several statements, one fails
list.add(
  'multi second fails first committed',
  ["INSERT INTO acct VALUES (3, 'cy', 1); INSERT INTO acct VALUES (1, 'dup', 1)", sel],
  T,
);
list.add(
  'multi first fails second not run',
  ["INSERT INTO acct VALUES (1, 'dup', 1); INSERT INTO acct VALUES (3, 'cy', 1)", sel],
  T,
);
list.add(
  'multi with begin commit second fails',
  ["BEGIN; INSERT INTO acct VALUES (3, 'cy', 1); SELECT 1 / 0; COMMIT", sel, 'SELECT 1 AS v'],
  T,
);
list.add(
  'multi explicit commit before failure',
  ["BEGIN; INSERT INTO acct VALUES (3, 'cy', 1); COMMIT; SELECT 1 / 0", sel],
  T,
);
list.add(
  'multi begin without commit then failure',
  ["BEGIN; INSERT INTO acct VALUES (3, 'cy', 1); SELECT 1 / 0", 'SELECT 1 AS v', 'ROLLBACK', sel],
  T,
);
list.add(
  'multi update then check fails',
  ['UPDATE acct SET balance = balance + 10 WHERE id = 1; UPDATE acct SET balance = -5 WHERE id = 2', sel],
  T,
);
list.add('multi ddl then error', [
  'CREATE TABLE z (a int); INSERT INTO z VALUES (1); SELECT nope FROM z',
  "SELECT count(*) AS n FROM pg_class WHERE relname = 'z'",
]);
list.add('multi syntax error nothing runs', ["INSERT INTO acct VALUES (3, 'cy', 1); SELEC 1", sel], T);
list.add(
  'multi savepoint recovers in string',
  [
    "BEGIN; SAVEPOINT a; INSERT INTO acct VALUES (1, 'dup', 1)",
    'ROLLBACK TO a',
    "INSERT INTO acct VALUES (3, 'cy', 1)",
    'COMMIT',
    sel,
  ],
  T,
);
list.add(
  'multi with rollback inside',
  ["BEGIN; INSERT INTO acct VALUES (3, 'cy', 1); ROLLBACK; INSERT INTO acct VALUES (4, 'di', 1)", sel],
  T,
);
list.add(
  'extended protocol error then works',
  [
    withParams('INSERT INTO acct VALUES ($1, $2, $3)', 1, 'x', 1),
    withParams('SELECT count(*) AS n FROM acct WHERE id = $1', 1),
  ],
  T,
);
list.add(
  'extended protocol in transaction error then 25P02',
  [
    'BEGIN',
    withParams('INSERT INTO acct VALUES ($1, $2, $3)', 1, 'x', 1),
    withParams('SELECT $1::int AS v', 1),
    'ROLLBACK',
  ],
  T,
);

export default list.cases;
