// Round 22 probe (h132), transactions part 3: what each statement answers in a failed transaction
// (25P02), the 25001/25P01/3B001/2D000 errors and their warnings, transaction blocks inside one
// simple-protocol string, and the extended protocol around errors (statements with parameters).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: errors: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const T = "CREATE TABLE t (a int PRIMARY KEY, b text); INSERT INTO t VALUES (1, 'x');";

// ---------------------------------------------------------------- each statement in a failed transaction
const IN_FAILED: readonly (readonly [string, string])[] = [
  ['select', 'SELECT 1'],
  ['show', 'SHOW work_mem'],
  ['set', "SET work_mem = '2MB'"],
  ['reset', 'RESET work_mem'],
  ['begin', 'BEGIN'],
  ['start transaction', 'START TRANSACTION'],
  ['savepoint', 'SAVEPOINT s2'],
  ['release existing', 'RELEASE s0'],
  ['rollback to missing', 'ROLLBACK TO nope'],
  ['set transaction', 'SET TRANSACTION READ ONLY'],
  ['prepare', 'PREPARE q AS SELECT 1'],
  ['execute', 'EXECUTE q0'],
  ['deallocate', 'DEALLOCATE q0'],
  ['declare', 'DECLARE c CURSOR FOR SELECT 1'],
  ['close', 'CLOSE ALL'],
  ['listen', 'LISTEN r22'],
  ['notify', 'NOTIFY r22'],
  ['insert', "INSERT INTO t VALUES (5, 'y')"],
  ['create table', 'CREATE TABLE x (a int)'],
  ['lock table', 'LOCK TABLE t'],
  ['set constraints', 'SET CONSTRAINTS ALL DEFERRED'],
  ['prepare transaction', "PREPARE TRANSACTION 'r22_h132'"],
  ['values', 'VALUES (1)'],
  ['discard', 'DISCARD ALL'],
  ['empty statement', ';'],
];
for (const [label, sql] of IN_FAILED) {
  add(
    `in failed transaction: ${label}`,
    [
      'PREPARE q0 AS SELECT 1 AS v',
      'BEGIN',
      'SAVEPOINT s0',
      'SELECT 1/0',
      sql,
      'SELECT 2',
      'ROLLBACK',
      'SELECT count(*) AS n FROM t',
    ],
    T,
  );
}
add(
  'in failed transaction: commit answers rollback',
  ['BEGIN', "INSERT INTO t VALUES (5, 'y')", 'SELECT 1/0', 'COMMIT', 'SELECT count(*) AS n FROM t'],
  T,
);
add('in failed transaction: end answers rollback', ['BEGIN', 'SELECT 1/0', 'END', 'SELECT 1 AS x']);
add('in failed transaction: abort', ['BEGIN', 'SELECT 1/0', 'ABORT', 'SELECT 1 AS x']);
add(
  'in failed transaction: rollback to savepoint recovers',
  [
    'BEGIN',
    'SAVEPOINT s',
    'SELECT 1/0',
    'ROLLBACK TO SAVEPOINT s',
    "INSERT INTO t VALUES (5, 'y')",
    'COMMIT',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('in failed transaction: parameters', [
  'BEGIN',
  'SELECT 1/0',
  withParams('SELECT $1::int AS v', 3),
  'ROLLBACK',
]);
add('in failed transaction: prepared statement named extended', [
  'BEGIN',
  'SELECT 1/0',
  { sql: 'SELECT $1::text AS v', params: ['a'] },
  'ROLLBACK',
  withParams('SELECT $1::text AS v', 'b'),
]);
add('in failed transaction: multi statement string', [
  'BEGIN',
  'SELECT 1/0',
  'SELECT 1; SELECT 2',
  'ROLLBACK',
]);
add('in failed transaction: rollback in multi statement string', [
  'BEGIN',
  'SELECT 1/0',
  'ROLLBACK; SELECT 2 AS v',
]);
add('in failed transaction: second error keeps 25P02', [
  'BEGIN',
  'SELECT 1/0',
  'SELECT * FROM nope',
  'SELECT 1',
  'ROLLBACK',
]);

// ---------------------------------------------------------------- savepoint errors (3B001) abort the transaction
add(
  '3B001 rollback to missing aborts transaction',
  [
    'BEGIN',
    "INSERT INTO t VALUES (5, 'y')",
    'ROLLBACK TO SAVEPOINT nope',
    'SELECT 1',
    'COMMIT',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('3B001 release missing aborts transaction', ['BEGIN', 'RELEASE SAVEPOINT nope', 'SELECT 1', 'ROLLBACK']);
add('3B001 release already released', ['BEGIN', 'SAVEPOINT a', 'RELEASE a', 'RELEASE a', 'ROLLBACK']);
add('3B001 rollback to released savepoint', [
  'BEGIN',
  'SAVEPOINT a',
  'RELEASE a',
  'ROLLBACK TO a',
  'ROLLBACK',
]);
add('3B001 rollback to inner after outer rollback', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'ROLLBACK TO a',
  'ROLLBACK TO b',
  'ROLLBACK',
]);
add(
  'savepoint kept after rollback to it',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO t VALUES (5, 'y')",
    'ROLLBACK TO a',
    "INSERT INTO t VALUES (6, 'z')",
    'ROLLBACK TO a',
    'COMMIT',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add(
  'release duplicate name releases newest',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO t VALUES (5, 'y')",
    'SAVEPOINT a',
    "INSERT INTO t VALUES (6, 'z')",
    'RELEASE a',
    'ROLLBACK TO a',
    'COMMIT',
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add('savepoint in implicit multi statement', ['SELECT 1; SAVEPOINT s; SELECT 2']);
add('rollback to in implicit multi statement', ['SELECT 1; ROLLBACK TO s']);
add(
  'deep savepoint nesting rolled back',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO t VALUES (2, 'a')",
    'SAVEPOINT b',
    "INSERT INTO t VALUES (3, 'b')",
    'SAVEPOINT c',
    "INSERT INTO t VALUES (4, 'c')",
    'ROLLBACK TO b',
    'RELEASE a',
    'COMMIT',
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add(
  'savepoint with params extended',
  [
    'BEGIN',
    withParams('SAVEPOINT s'),
    withParams('INSERT INTO t VALUES ($1, $2)', 1, 'dup'),
    withParams('ROLLBACK TO s'),
    withParams('INSERT INTO t VALUES ($1, $2)', 2, 'ok'),
    withParams('COMMIT'),
    'SELECT a, b FROM t ORDER BY a',
  ],
  T,
);

// ---------------------------------------------------------------- 25P01 warnings and errors outside a block
add('25P01 commit outside is warning', ['COMMIT', 'SELECT 1 AS x']);
add('25P01 end outside is warning', ['END']);
add('25P01 abort outside is warning', ['ABORT']);
add('25P01 rollback with params outside', [withParams('ROLLBACK'), withParams('COMMIT')]);
add('25P01 declare cursor outside', ['DECLARE c CURSOR FOR SELECT 1', 'SELECT 1 AS x']);
add('25P01 lock table outside', ['LOCK TABLE t IN SHARE MODE'], T);
add(
  '25P01 lock table every mode outside',
  [
    'LOCK TABLE t IN ACCESS SHARE MODE',
    'LOCK TABLE t IN ROW SHARE MODE',
    'LOCK TABLE t IN ROW EXCLUSIVE MODE',
    'LOCK TABLE t IN SHARE UPDATE EXCLUSIVE MODE',
    'LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE',
    'LOCK TABLE t IN EXCLUSIVE MODE',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
  ],
  T,
);
add(
  'lock table every mode inside',
  [
    'BEGIN',
    'LOCK TABLE t IN ACCESS SHARE MODE',
    'LOCK TABLE t IN ROW SHARE MODE',
    'LOCK TABLE t IN ROW EXCLUSIVE MODE',
    'LOCK TABLE t IN SHARE UPDATE EXCLUSIVE MODE',
    'LOCK TABLE t IN SHARE MODE',
    'LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE',
    'LOCK TABLE t IN EXCLUSIVE MODE',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
    'SELECT count(*) AS n FROM t',
    'COMMIT',
  ],
  T,
);
add('lock table in implicit multi statement', ['LOCK TABLE t; SELECT count(*) AS n FROM t'], T);
add(
  'lock table several tables',
  ['CREATE TABLE t2 (a int)', 'BEGIN', 'LOCK TABLE t, t2 IN EXCLUSIVE MODE NOWAIT', 'COMMIT'],
  T,
);
add('lock table missing in transaction aborts', ['BEGIN', 'LOCK TABLE nope', 'SELECT 1', 'ROLLBACK']);
add('25P01 savepoint outside with params', [withParams('SAVEPOINT s')]);
add('25P01 release outside', ['RELEASE s']);
add('begin inside transaction is warning', ['BEGIN', 'BEGIN', 'SELECT 1 AS x', 'COMMIT', 'COMMIT']);
add('start transaction modes inside transaction', [
  'BEGIN',
  'START TRANSACTION READ ONLY',
  'SHOW transaction_read_only',
  'COMMIT',
]);

// ---------------------------------------------------------------- 25001: only outside a block
add('25001 create database in transaction', ['BEGIN', 'CREATE DATABASE r22_h132_db', 'ROLLBACK']);
add('25001 vacuum in transaction', ['BEGIN', 'VACUUM t', 'ROLLBACK'], T);
add('25001 vacuum in multi statement', ['SELECT 1; VACUUM t'], T);
add(
  '25001 create index concurrently in transaction',
  ['BEGIN', 'CREATE INDEX CONCURRENTLY t_b ON t (b)', 'ROLLBACK'],
  T,
);
add(
  '25001 drop index concurrently in transaction',
  ['CREATE INDEX t_b ON t (b)', 'BEGIN', 'DROP INDEX CONCURRENTLY t_b', 'ROLLBACK'],
  T,
);
add('25001 reindex concurrently in transaction', ['BEGIN', 'REINDEX TABLE CONCURRENTLY t', 'ROLLBACK'], T);
add('25001 alter system in transaction', ['BEGIN', "ALTER SYSTEM SET work_mem = '4MB'", 'ROLLBACK']);
add('25001 drop database in transaction', ['BEGIN', 'DROP DATABASE IF EXISTS r22_h132_none', 'ROLLBACK']);
add('25001 set isolation after select', [
  'BEGIN',
  'SELECT 1',
  'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'SELECT 1',
  'ROLLBACK',
]);
add('25001 set transaction_isolation after select', [
  'BEGIN',
  'SELECT 1',
  "SET transaction_isolation = 'serializable'",
  'ROLLBACK',
]);
add('set transaction_isolation same level after select ok', [
  'BEGIN',
  'SELECT 1',
  "SET transaction_isolation = 'read committed'",
  'SHOW transaction_isolation',
  'ROLLBACK',
]);
add('25001 set transaction deferrable after select', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE',
  'SELECT 1',
  'SET TRANSACTION DEFERRABLE',
  'ROLLBACK',
]);
add('25001 set transaction_read_only off after select in read only', [
  'BEGIN READ ONLY',
  'SELECT 1',
  'SET transaction_read_only = off',
  'ROLLBACK',
]);
add('set transaction read write before query in read only ok', [
  'BEGIN READ ONLY',
  'SET transaction_read_only = off',
  'SHOW transaction_read_only',
  'ROLLBACK',
]);

// ---------------------------------------------------------------- 2D000 / 0B000 in procedures and DO
add(
  'do block commit in autocommit',
  [
    'DO $$ BEGIN INSERT INTO t VALUES (7, $q$a$q$); COMMIT; INSERT INTO t VALUES (8, $q$b$q$); ROLLBACK; END $$',
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add('do block commit inside transaction block', ['BEGIN', 'DO $$ BEGIN COMMIT; END $$', 'ROLLBACK']);
add('procedure commit inside transaction block', [
  'CREATE PROCEDURE pc() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$',
  'BEGIN',
  'CALL pc()',
  'ROLLBACK',
  'CALL pc()',
]);
add(
  'procedure rollback keeps nothing',
  [
    'CREATE PROCEDURE pr() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (9, $q$p$q$); ROLLBACK; END $$',
    'CALL pr()',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('function commit refused', [
  'CREATE FUNCTION fc() RETURNS int LANGUAGE plpgsql AS $$ BEGIN COMMIT; RETURN 1; END $$',
  'SELECT fc()',
]);
add('procedure set transaction after commit', [
  "CREATE PROCEDURE ps() LANGUAGE plpgsql AS $$ BEGIN COMMIT; SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; RAISE NOTICE '%', current_setting('transaction_isolation'); END $$",
  'CALL ps()',
]);
add('do block savepoint refused', ['DO $$ BEGIN EXECUTE $q$SAVEPOINT s$q$; END $$']);
add(
  'do block exception block rolls back',
  [
    "DO $$ BEGIN INSERT INTO t VALUES (5, 'e'); BEGIN INSERT INTO t VALUES (6, 'f'); PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN NULL; END; END $$",
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);

// ---------------------------------------------------------------- transaction blocks inside one simple-protocol string
add(
  'multi: begin commit then error keeps insert',
  ["BEGIN; INSERT INTO t VALUES (5, 'y'); COMMIT; SELECT 1/0", 'SELECT count(*) AS n FROM t'],
  T,
);
add(
  'multi: error before begin',
  ["INSERT INTO t VALUES (5, 'y'); SELECT 1/0; BEGIN", 'SELECT count(*) AS n FROM t'],
  T,
);
add(
  'multi: commit in middle of implicit',
  ["INSERT INTO t VALUES (5, 'y'); COMMIT; INSERT INTO t VALUES (1, 'dup')", 'SELECT count(*) AS n FROM t'],
  T,
);
add(
  'multi: rollback in middle of implicit',
  ["INSERT INTO t VALUES (5, 'y'); ROLLBACK; INSERT INTO t VALUES (6, 'z')", 'SELECT a FROM t ORDER BY a'],
  T,
);
add(
  'multi: begin left open',
  [
    "BEGIN; INSERT INTO t VALUES (5, 'y')",
    'SELECT count(*) AS n FROM t',
    'ROLLBACK',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add(
  'multi: savepoint and rollback to',
  [
    "BEGIN; SAVEPOINT s; INSERT INTO t VALUES (5, 'y'); ROLLBACK TO s; INSERT INTO t VALUES (6, 'z'); COMMIT",
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add('multi: set local in implicit transaction', [
  "SET LOCAL work_mem = '3MB'; SHOW work_mem",
  'SHOW work_mem',
]);
add('multi: results of each statement', [
  'BEGIN; SELECT 1 AS a; SAVEPOINT s; SELECT 2 AS b; RELEASE s; COMMIT',
]);

// ---------------------------------------------------------------- extended protocol around errors
add(
  'ext: bad parameter aborts block',
  [
    'BEGIN',
    withParams('INSERT INTO t VALUES ($1, $2)', 5, 'ok'),
    withParams('INSERT INTO t VALUES ($1, $2)', 'bad', 'x'),
    withParams('SELECT count(*) AS n FROM t'),
    'ROLLBACK',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add(
  'ext: error in autocommit then next works',
  [
    withParams('INSERT INTO t VALUES ($1, $2)', 1, 'dup'),
    withParams('INSERT INTO t VALUES ($1, $2)', 2, 'ok'),
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add('ext: wrong parameter count', ['BEGIN', withParams('SELECT $1::int AS v', 1, 2), 'SELECT 1', 'ROLLBACK']);
add(
  'ext: unique violation fields',
  [
    'BEGIN',
    withParams('INSERT INTO t VALUES ($1, $2)', 1, 'dup'),
    withParams('SELECT $1::int AS v', 1),
    withParams('ROLLBACK'),
  ],
  T,
);
add(
  'ext: begin and commit with params',
  [
    withParams('BEGIN'),
    withParams('INSERT INTO t VALUES ($1, $2)', 5, 'y'),
    withParams('SELECT count(*) AS n FROM t'),
    withParams('COMMIT'),
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('ext: rollback to savepoint with params', [
  'BEGIN',
  'SAVEPOINT s',
  withParams('SELECT $1::int / 0 AS v', 1),
  withParams('ROLLBACK TO SAVEPOINT s'),
  withParams('SELECT $1::int AS v', 2),
  'COMMIT',
]);
add('ext: deferred violation reported at commit', [
  'CREATE TABLE d (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  withParams('INSERT INTO d VALUES ($1)', 1),
  withParams('INSERT INTO d VALUES ($1)', 1),
  withParams('COMMIT'),
  withParams('SELECT count(*) AS n FROM d'),
]);
add('ext: set local with set_config params', [
  'BEGIN',
  withParams("SELECT set_config('work_mem', $1, true) AS v", '7MB'),
  withParams('SHOW work_mem'),
  'COMMIT',
  'SHOW work_mem',
]);
add(
  'ext: read only write with params',
  [
    'BEGIN READ ONLY',
    withParams('INSERT INTO t VALUES ($1, $2)', 5, 'y'),
    withParams('SELECT 1 AS x'),
    'ROLLBACK',
  ],
  T,
);
add(
  'ext: error in second statement keeps first commit',
  [
    withParams('INSERT INTO t VALUES ($1, $2)', 5, 'y'),
    withParams('INSERT INTO t VALUES ($1, $2)', 5, 'y'),
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('ext: null into not null in block', [
  'CREATE TABLE nn (a int NOT NULL)',
  'BEGIN',
  withParams('INSERT INTO nn VALUES ($1)', null),
  withParams('INSERT INTO nn VALUES ($1)', 1),
  'ROLLBACK',
]);

export default list.cases;
