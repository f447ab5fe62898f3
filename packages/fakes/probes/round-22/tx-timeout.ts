// Round 22 probe (h132), transactions part 6: statement_timeout as one session sees it (PostgreSQL 15
// docs 20.11 statement_timeout, 9.27.1 pg_sleep, Appendix A 57014): a canceled statement leaves
// nothing behind outside a block, aborts the transaction inside one, and a savepoint recovers it.
// Sleeps are 0.6 s against 100 ms timeouts, or 10 ms against 5 s: far from either edge.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: timeout: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const T = "CREATE TABLE t (a int PRIMARY KEY, b text); INSERT INTO t VALUES (1, 'x');";
const TO = "SET statement_timeout = '100ms'";
const COUNT = 'SELECT count(*) AS n FROM t';

add('plain sleep canceled', [TO, 'SELECT pg_sleep(0.6)', 'SELECT 1 AS x']);
add(
  'insert with sleep autocommit leaves nothing',
  [TO, "INSERT INTO t SELECT 2, 'y' FROM pg_sleep(0.6)", COUNT],
  T,
);
add(
  'update with sleep autocommit leaves nothing',
  [TO, "UPDATE t SET b = 'z' FROM pg_sleep(0.6)", 'SELECT a, b FROM t'],
  T,
);
add(
  'multi statement insert then sleep leaves nothing',
  [TO, "INSERT INTO t VALUES (2, 'y'); SELECT pg_sleep(0.6)", COUNT],
  T,
);
add(
  'begin commit then sleep in one string keeps insert',
  [TO, "BEGIN; INSERT INTO t VALUES (2, 'y'); COMMIT; SELECT pg_sleep(0.6)", COUNT],
  T,
);
add(
  'do block with sleep leaves nothing',
  [TO, 'DO $$ BEGIN INSERT INTO t VALUES (2, $q$y$q$); PERFORM pg_sleep(0.6); END $$', COUNT],
  T,
);
add('create table as with sleep leaves no table', [
  TO,
  'CREATE TABLE c AS SELECT 1 AS a FROM pg_sleep(0.6)',
  'SELECT * FROM c',
]);
add(
  'extended protocol insert with sleep',
  [TO, withParams("INSERT INTO t SELECT $1, 'y' FROM pg_sleep($2)", 2, 0.6), COUNT],
  T,
);
add('nextval consumed by canceled statement', [
  TO,
  'CREATE SEQUENCE sq',
  "SELECT nextval('sq'), pg_sleep(0.6)",
  "SELECT nextval('sq') AS v",
]);
add('sleep_for canceled', [TO, "SELECT pg_sleep_for('600 milliseconds')"]);
add(
  'timeout in transaction aborts it',
  [
    'BEGIN',
    "INSERT INTO t VALUES (2, 'y')",
    "SET LOCAL statement_timeout = '100ms'",
    'SELECT pg_sleep(0.6)',
    'SELECT 1',
    'COMMIT',
    COUNT,
  ],
  T,
);
add(
  'timeout in savepoint recovered',
  [
    'BEGIN',
    "SET LOCAL statement_timeout = '100ms'",
    'SAVEPOINT s',
    "INSERT INTO t SELECT 2, 'y' FROM pg_sleep(0.6)",
    'ROLLBACK TO s',
    "INSERT INTO t VALUES (3, 'z')",
    'COMMIT',
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add('timeout in transaction with params', [
  'BEGIN',
  "SET LOCAL statement_timeout = '100ms'",
  withParams('SELECT pg_sleep($1)', 0.6),
  withParams('SELECT $1::int AS v', 1),
  'ROLLBACK',
]);
add('set local timeout ends with transaction', [
  'BEGIN',
  "SET LOCAL statement_timeout = '100ms'",
  'COMMIT',
  'SELECT pg_sleep(0.01)',
  'SHOW statement_timeout',
]);
add('timeout set in rolled back transaction gone', [
  'BEGIN',
  TO,
  'ROLLBACK',
  'SELECT pg_sleep(0.01)',
  'SHOW statement_timeout',
]);
add('timeout reset lets sleep finish', [TO, 'RESET statement_timeout', 'SELECT pg_sleep(0.01)']);
add('timeout zero disables', [
  'SET statement_timeout = 0',
  'SELECT pg_sleep(0.01)',
  'SHOW statement_timeout',
]);
add('timeout in plain milliseconds', [
  'SET statement_timeout = 100',
  'SHOW statement_timeout',
  'SELECT pg_sleep(0.6)',
]);
add(
  'under the limit commits',
  ["SET statement_timeout = '5s'", "INSERT INTO t SELECT 2, 'y' FROM pg_sleep(0.01)", COUNT],
  T,
);
add(
  'under the limit duplicate key',
  ["SET statement_timeout = '5s'", "INSERT INTO t SELECT 1, 'y' FROM pg_sleep(0.01)", COUNT],
  T,
);
add('under the limit deferred unique fails at statement end', [
  'CREATE TABLE d (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO d VALUES (1)',
  "SET statement_timeout = '5s'",
  'INSERT INTO d SELECT 1 FROM pg_sleep(0.01)',
  'SELECT count(*) AS n FROM d',
]);
add('under the limit in failed transaction', [
  'BEGIN',
  "SET LOCAL statement_timeout = '5s'",
  'SELECT 1/0',
  'SELECT pg_sleep(0.01)',
  'ROLLBACK',
]);
add('sleep in failed transaction with timeout', [
  TO,
  'BEGIN',
  'SELECT 1/0',
  'SELECT pg_sleep(0.6)',
  'ROLLBACK',
  'SELECT 1 AS x',
]);
add(
  'timeout in read only transaction',
  [
    'BEGIN READ ONLY',
    "SET LOCAL statement_timeout = '100ms'",
    'SELECT count(*) FROM t, pg_sleep(0.6)',
    'ROLLBACK',
  ],
  T,
);
add(
  'next statement after cancel works',
  [
    TO,
    "INSERT INTO t SELECT 2, 'y' FROM pg_sleep(0.6)",
    "INSERT INTO t VALUES (2, 'y')",
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add('timeout set in same string as sleep', [
  "SET statement_timeout = '100ms'; SELECT pg_sleep(0.6)",
  'SHOW statement_timeout',
]);
add('set local timeout in same string as sleep', [
  "BEGIN; SET LOCAL statement_timeout = '100ms'; SELECT pg_sleep(0.6)",
  'SELECT 1',
  'ROLLBACK',
]);

export default list.cases;
