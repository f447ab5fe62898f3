// Round 22 probe (h132), transactions part 7: the extended protocol (statements with parameters)
// around transaction blocks (PostgreSQL 15 docs 55.2.3 extended query, 55.2.4 pipelining: an error
// discards until Sync, each Sync outside a block ends an implicit transaction): one statement per
// message, errors at parse, bind and execute time, and what the block answers afterwards.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: extended: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const T = "CREATE TABLE t (a int PRIMARY KEY, b text, d date); INSERT INTO t VALUES (1, 'x', '2024-01-01');";
const COUNT = 'SELECT count(*) AS n FROM t';

add('two statements with parameters refused', [withParams('BEGIN; SELECT $1::int AS v', 1), 'SELECT 1 AS x']);
add(
  'two inserts with parameters refused',
  [withParams("INSERT INTO t VALUES ($1, 'a'); INSERT INTO t VALUES (9, 'b')", 2), COUNT],
  T,
);
add('two statements with parameters in block', [
  'BEGIN',
  withParams('SELECT $1::int AS v; SELECT 2', 1),
  'SELECT 1',
  'ROLLBACK',
]);
add('parse error in block aborts', [
  'BEGIN',
  withParams('SELEC $1', 1),
  withParams('SELECT $1::int AS v', 2),
  'ROLLBACK',
]);
add(
  'unknown column with params in block',
  ['BEGIN', withParams('SELECT nope FROM t WHERE a = $1', 1), 'ROLLBACK TO s', 'ROLLBACK'],
  T,
);
add(
  'bind error date in block then savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    withParams('INSERT INTO t VALUES ($1, $2, $3)', 2, 'y', 'not a date'),
    'ROLLBACK TO s',
    withParams('INSERT INTO t VALUES ($1, $2, $3)', 2, 'y', '2024-02-02'),
    'COMMIT',
    'SELECT a, b, d FROM t ORDER BY a',
  ],
  T,
);
add(
  'bind error integer overflow autocommit',
  [withParams('INSERT INTO t VALUES ($1, $2)', '99999999999', 'y'), COUNT],
  T,
);
add(
  'execute error after rows in block',
  [
    'BEGIN',
    withParams('SELECT 10 / (a - $1) AS q FROM t', 1),
    withParams('SELECT $1::text AS v', 'after'),
    'ROLLBACK',
  ],
  T,
);
add('too few parameters', [
  'BEGIN',
  { sql: 'SELECT $1::int + $2::int AS v', params: [1] },
  'SELECT 1',
  'ROLLBACK',
]);
add(
  'parameter type mismatch in update',
  ['BEGIN', withParams('UPDATE t SET d = $1 WHERE a = 1', 'tomorrowish'), 'COMMIT', 'SELECT d FROM t'],
  T,
);
add(
  'null parameter in primary key in block',
  ['BEGIN', withParams('INSERT INTO t (a, b) VALUES ($1, $2)', null, 'n'), 'ROLLBACK', COUNT],
  T,
);
add(
  'parameters in returning in rolled back block',
  [
    'BEGIN',
    withParams('UPDATE t SET b = $1 WHERE a = $2 RETURNING a, b', 'new', 1),
    'ROLLBACK',
    'SELECT b FROM t',
  ],
  T,
);
add(
  'savepoint then params then release',
  [
    'BEGIN',
    'SAVEPOINT s',
    withParams('INSERT INTO t (a, b) VALUES ($1, $2)', 2, 'y'),
    'RELEASE s',
    'COMMIT',
    COUNT,
  ],
  T,
);
add(
  'params statements commit one by one',
  [
    withParams('INSERT INTO t (a, b) VALUES ($1, $2)', 2, 'y'),
    withParams('INSERT INTO t (a, b) VALUES ($1, $2)', 1, 'dup'),
    withParams('INSERT INTO t (a, b) VALUES ($1, $2)', 3, 'z'),
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add(
  'read only with params select allowed',
  ['BEGIN READ ONLY', withParams('SELECT b FROM t WHERE a = $1', 1), 'COMMIT'],
  T,
);
add('set_config local with params then show', [
  'BEGIN',
  withParams('SELECT set_config($1, $2, true) AS v', 'application_name', 'px'),
  'SHOW application_name',
  'ROLLBACK',
  'SHOW application_name',
]);
add('advisory xact lock with params in block', [
  'BEGIN',
  withParams('SELECT pg_try_advisory_xact_lock($1) AS got', 77),
  withParams('SELECT pg_advisory_unlock($1) AS freed', 77),
  'COMMIT',
]);
add('nextval with params in failed block', [
  'CREATE SEQUENCE sq',
  'BEGIN',
  'SELECT 1/0',
  withParams('SELECT nextval($1)', 'sq'),
  'ROLLBACK',
  "SELECT nextval('sq') AS v",
]);
add('lock table with params refused outside', [withParams('LOCK TABLE t'), COUNT], T);
add('deferred check at commit after params', [
  'CREATE TABLE d (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  withParams('INSERT INTO d VALUES ($1), ($1)', 5),
  'COMMIT',
  'SELECT count(*) AS n FROM d',
]);
add('deferred check autocommit with params', [
  'CREATE TABLE d (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  withParams('INSERT INTO d VALUES ($1), ($1)', 5),
  'SELECT count(*) AS n FROM d',
]);
add(
  'foreign key error fields with params',
  [
    'CREATE TABLE c (id int, pid int REFERENCES t)',
    'BEGIN',
    withParams('INSERT INTO c VALUES ($1, $2)', 1, 42),
    'ROLLBACK',
  ],
  T,
);

export default list.cases;
