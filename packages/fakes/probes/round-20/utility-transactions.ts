// Round 20 probe, utility: PostgreSQL 15 docs SQL commands BEGIN / START TRANSACTION, COMMIT and
// ROLLBACK [AND [NO] CHAIN], SAVEPOINT / RELEASE / ROLLBACK TO, SET TRANSACTION, SET SESSION
// CHARACTERISTICS, read-only transactions (25006), LOCK, CHECKPOINT, and temporary tables with
// ON COMMIT DROP / DELETE ROWS / PRESERVE ROWS (CREATE TABLE).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 utility: transactions: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 3) g`;
const ISO =
  "SELECT current_setting('transaction_isolation') AS iso, current_setting('transaction_read_only') AS ro";

// ---------------------------------------------------------------- BEGIN / COMMIT / ROLLBACK forms
add('begin tags', ['BEGIN', 'COMMIT']);
add('begin work', ['BEGIN WORK', 'COMMIT WORK']);
add('begin transaction', ['BEGIN TRANSACTION', 'ROLLBACK TRANSACTION']);
add('start transaction', ['START TRANSACTION', 'END']);
add('abort', ['BEGIN', 'ABORT']);
add('end transaction', ['BEGIN', 'END TRANSACTION']);
add('commit outside transaction', ['COMMIT']);
add('rollback outside transaction', ['ROLLBACK']);
add('begin twice', ['BEGIN', 'BEGIN', 'COMMIT']);
add(
  'commit of failed transaction is rollback',
  ['BEGIN', "INSERT INTO t VALUES (9, 'x')", 'SELECT 1/0', 'COMMIT', 'SELECT count(*)::int AS n FROM t'],
  T,
);
add('statement in failed transaction', ['BEGIN', 'SELECT 1/0', 'SELECT 1', 'ROLLBACK']);
add('begin isolation serializable', ['BEGIN ISOLATION LEVEL SERIALIZABLE', ISO, 'COMMIT']);
add('begin isolation repeatable read', ['BEGIN ISOLATION LEVEL REPEATABLE READ', ISO, 'COMMIT']);
add('begin isolation read uncommitted', ['BEGIN ISOLATION LEVEL READ UNCOMMITTED', ISO, 'COMMIT']);
add('begin read only', ['BEGIN READ ONLY', ISO, 'COMMIT']);
add('begin read write', ['BEGIN READ WRITE', ISO, 'COMMIT']);
add('begin several modes', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE',
  ISO,
  'SHOW transaction_deferrable',
  'COMMIT',
]);
add('begin modes without commas', ['BEGIN READ ONLY ISOLATION LEVEL REPEATABLE READ', ISO, 'COMMIT']);
add('begin conflicting modes', ['BEGIN READ ONLY, READ WRITE']);
add('start transaction modes', [
  'START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY',
  ISO,
  'COMMIT',
]);
add('default isolation outside transaction', [ISO]);
add('isolation inside plain transaction', ['BEGIN', ISO, 'COMMIT']);

// ---------------------------------------------------------------- SET TRANSACTION / SESSION CHARACTERISTICS
add('set transaction isolation', ['BEGIN', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', ISO, 'COMMIT']);
add('set transaction read only', ['BEGIN', 'SET TRANSACTION READ ONLY', ISO, 'COMMIT']);
add('set transaction outside transaction', ['SET TRANSACTION READ ONLY', ISO]);
add('set transaction after query', [
  'BEGIN',
  'SELECT 1',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK',
]);
add('set transaction read only after query allowed', [
  'BEGIN',
  'SELECT 1',
  'SET TRANSACTION READ ONLY',
  ISO,
  'COMMIT',
]);
add('set transaction read write after read only', [
  'BEGIN READ ONLY',
  'SET TRANSACTION READ WRITE',
  'ROLLBACK',
]);
add('set transaction read write after query in read only', [
  'BEGIN READ ONLY',
  'SELECT 1',
  'SET TRANSACTION READ WRITE',
  'ROLLBACK',
]);
add('set transaction in savepoint', [
  'BEGIN',
  'SAVEPOINT s',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK',
]);
add('set transaction_isolation via set', [
  'BEGIN',
  "SET transaction_isolation = 'repeatable read'",
  ISO,
  'COMMIT',
]);
add(
  'set transaction_read_only via set',
  ['BEGIN', 'SET transaction_read_only = on', ISO, "INSERT INTO t VALUES (9, 'x')", 'ROLLBACK'],
  T,
);
add('set transaction_isolation invalid', ['BEGIN', "SET transaction_isolation = 'chaos'", 'ROLLBACK']);
add('set transaction snapshot invalid', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  "SET TRANSACTION SNAPSHOT 'nope'",
  'ROLLBACK',
]);
add('session characteristics isolation', [
  'SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'SHOW default_transaction_isolation',
  'BEGIN',
  ISO,
  'COMMIT',
]);
add('session characteristics read only', [
  'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
  'SHOW default_transaction_read_only',
  'CREATE TABLE x (a int)',
]);
add('session characteristics reset', [
  'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
  'RESET default_transaction_read_only',
  'CREATE TABLE x (a int)',
]);
add('session characteristics not shared', [
  'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
  two('SHOW default_transaction_read_only'),
]);
add('session characteristics tag', [
  'SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE',
]);
add('session characteristics deferrable', [
  'SET SESSION CHARACTERISTICS AS TRANSACTION DEFERRABLE',
  'SHOW default_transaction_deferrable',
]);

// ---------------------------------------------------------------- read-only transactions
add('read only insert', ['BEGIN READ ONLY', "INSERT INTO t VALUES (9, 'x')", 'ROLLBACK'], T);
add('read only update', ['BEGIN READ ONLY', "UPDATE t SET v = 'x'", 'ROLLBACK'], T);
add('read only delete', ['BEGIN READ ONLY', 'DELETE FROM t', 'ROLLBACK'], T);
add('read only create table', ['BEGIN READ ONLY', 'CREATE TABLE x (a int)', 'ROLLBACK']);
add('read only create temp table allowed', [
  'BEGIN READ ONLY',
  'CREATE TEMP TABLE x (a int)',
  'INSERT INTO x VALUES (1)',
  'SELECT a FROM x',
  'ROLLBACK',
]);
add(
  'read only select for update',
  ['BEGIN READ ONLY', 'SELECT id FROM t ORDER BY id FOR UPDATE', 'ROLLBACK'],
  T,
);
add(
  'read only select for share',
  ['BEGIN READ ONLY', 'SELECT id FROM t ORDER BY id FOR SHARE', 'ROLLBACK'],
  T,
);
add('read only nextval', ['BEGIN READ ONLY', "SELECT nextval('s') AS v", 'ROLLBACK'], 'CREATE SEQUENCE s');
add('read only select allowed', ['BEGIN READ ONLY', 'SELECT count(*)::int AS n FROM t', 'COMMIT'], T);
add('read only set allowed', ['BEGIN READ ONLY', 'SET LOCAL statement_timeout = 5', 'COMMIT']);
add('read only lock share allowed', ['BEGIN READ ONLY', 'LOCK TABLE t IN ACCESS SHARE MODE', 'COMMIT'], T);
add('read only lock exclusive', ['BEGIN READ ONLY', 'LOCK TABLE t IN EXCLUSIVE MODE', 'ROLLBACK'], T);
add('read only truncate', ['BEGIN READ ONLY', 'TRUNCATE t', 'ROLLBACK'], T);
add(
  'read only insert with params',
  ['BEGIN READ ONLY', withParams('INSERT INTO t VALUES ($1, $2)', 9, 'x'), 'ROLLBACK'],
  T,
);
add(
  'read only error aborts',
  ['BEGIN READ ONLY', "INSERT INTO t VALUES (9, 'x')", 'SELECT 1', 'ROLLBACK'],
  T,
);
add(
  'read only cte insert',
  ['BEGIN READ ONLY', "WITH i AS (INSERT INTO t VALUES (9, 'x') RETURNING id) SELECT id FROM i", 'ROLLBACK'],
  T,
);
add('read only prepare transaction', ['BEGIN READ ONLY', 'PREPARE p AS SELECT 1', 'EXECUTE p', 'COMMIT']);
add(
  'read only do block write',
  ['BEGIN READ ONLY', "DO $$ BEGIN INSERT INTO t VALUES (9, 'x'); END $$", 'ROLLBACK'],
  T,
);

// ---------------------------------------------------------------- COMMIT / ROLLBACK AND CHAIN
add('commit and chain keeps isolation', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY',
  'COMMIT AND CHAIN',
  ISO,
  'COMMIT',
]);
add('commit and chain tag', ['BEGIN', 'COMMIT AND CHAIN', 'COMMIT']);
add('commit and no chain', ['BEGIN', 'COMMIT AND NO CHAIN', ISO]);
add('rollback and chain keeps read only', [
  'BEGIN READ ONLY',
  'ROLLBACK AND CHAIN',
  ISO,
  'CREATE TABLE x (a int)',
  'ROLLBACK',
]);
add(
  'rollback and chain discards',
  [
    'BEGIN',
    "INSERT INTO t VALUES (9, 'x')",
    'ROLLBACK AND CHAIN',
    'SELECT count(*)::int AS n FROM t',
    'COMMIT',
  ],
  T,
);
add(
  'commit and chain commits',
  [
    'BEGIN',
    "INSERT INTO t VALUES (9, 'x')",
    'COMMIT AND CHAIN',
    'ROLLBACK',
    'SELECT count(*)::int AS n FROM t',
  ],
  T,
);
add('commit and chain outside transaction', ['COMMIT AND CHAIN']);
add('rollback and chain outside transaction', ['ROLLBACK AND CHAIN']);
add('commit and chain in failed transaction', [
  'BEGIN',
  'SELECT 1/0',
  'COMMIT AND CHAIN',
  'SELECT 1 AS v',
  'COMMIT',
]);
add('end and chain', ['BEGIN', 'END AND CHAIN', 'SELECT 1 AS v', 'COMMIT']);
add('abort and chain', ['BEGIN', 'ABORT AND CHAIN', 'BEGIN', 'COMMIT']);
add('commit and chain still in transaction', ['BEGIN', 'COMMIT AND CHAIN', 'BEGIN', 'COMMIT']);
add('commit and chain default isolation', ['BEGIN', 'COMMIT AND CHAIN', ISO, 'COMMIT']);
add('commit and chain set transaction after', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  'COMMIT AND CHAIN',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  ISO,
  'COMMIT',
]);

// ---------------------------------------------------------------- SAVEPOINT / RELEASE / ROLLBACK TO
add('savepoint outside transaction', ['SAVEPOINT s']);
add('release outside transaction', ['RELEASE SAVEPOINT s']);
add('rollback to outside transaction', ['ROLLBACK TO SAVEPOINT s']);
add('savepoint tags', [
  'BEGIN',
  'SAVEPOINT s',
  'RELEASE SAVEPOINT s',
  'SAVEPOINT s',
  'ROLLBACK TO SAVEPOINT s',
  'COMMIT',
]);
add('savepoint short forms', ['BEGIN', 'SAVEPOINT s', 'ROLLBACK TO s', 'RELEASE s', 'COMMIT']);
add(
  'rollback to undoes',
  [
    'BEGIN',
    "INSERT INTO t VALUES (9, 'x')",
    'SAVEPOINT s',
    "INSERT INTO t VALUES (10, 'y')",
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id FROM t ORDER BY id',
  ],
  T,
);
add(
  'rollback to keeps savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (9, 'x')",
    'ROLLBACK TO s',
    "INSERT INTO t VALUES (10, 'y')",
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT count(*)::int AS n FROM t',
  ],
  T,
);
add('release removes savepoint', ['BEGIN', 'SAVEPOINT s', 'RELEASE s', 'ROLLBACK TO s', 'ROLLBACK']);
add('release missing', ['BEGIN', 'RELEASE nope', 'ROLLBACK']);
add('rollback to missing', ['BEGIN', 'ROLLBACK TO nope', 'ROLLBACK']);
add('release inner keeps outer', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'RELEASE b',
  'ROLLBACK TO a',
  'COMMIT',
]);
add('release outer removes inner', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'RELEASE a',
  'ROLLBACK TO b',
  'ROLLBACK',
]);
add('rollback to outer removes inner', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'ROLLBACK TO a',
  'RELEASE b',
  'ROLLBACK',
]);
add(
  'duplicate savepoint names newest wins',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (9, 'x')",
    'SAVEPOINT s',
    "INSERT INTO t VALUES (10, 'y')",
    'ROLLBACK TO s',
    'RELEASE s',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id FROM t ORDER BY id',
  ],
  T,
);
add('savepoint recovers failed transaction', [
  'BEGIN',
  'SAVEPOINT s',
  'SELECT 1/0',
  'ROLLBACK TO s',
  'SELECT 1 AS v',
  'COMMIT',
]);
add('release in failed transaction', ['BEGIN', 'SAVEPOINT s', 'SELECT 1/0', 'RELEASE s', 'ROLLBACK']);
add('savepoint in failed transaction', ['BEGIN', 'SELECT 1/0', 'SAVEPOINT s', 'ROLLBACK']);
add(
  'rollback to savepoint before failure',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO t VALUES (9, 'x')",
    'SAVEPOINT b',
    'SELECT 1/0',
    'ROLLBACK TO a',
    'COMMIT',
    'SELECT count(*)::int AS n FROM t',
  ],
  T,
);
add('savepoint quoted names', [
  'BEGIN',
  'SAVEPOINT "Sp One"',
  'ROLLBACK TO "Sp One"',
  'RELEASE "Sp One"',
  'COMMIT',
]);
add('savepoint name case folding', ['BEGIN', 'SAVEPOINT MySp', 'ROLLBACK TO mysp', 'COMMIT']);
add('savepoint quoted case distinct', ['BEGIN', 'SAVEPOINT "MySp"', 'ROLLBACK TO mysp', 'ROLLBACK']);
add('savepoint on extended protocol', [
  'BEGIN',
  withParams('SAVEPOINT s'),
  withParams('ROLLBACK TO SAVEPOINT s'),
  'COMMIT',
]);
add(
  'savepoint unique violation recovery',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (1, 'dup')",
    'ROLLBACK TO s',
    "INSERT INTO t VALUES (8, 'ok')",
    'COMMIT',
    'SELECT id FROM t ORDER BY id',
  ],
  T,
);
add(
  'many nested savepoints',
  [
    'BEGIN',
    'SAVEPOINT a',
    'SAVEPOINT b',
    'SAVEPOINT c',
    "INSERT INTO t VALUES (9, 'x')",
    'ROLLBACK TO b',
    'RELEASE a',
    'COMMIT',
    'SELECT count(*)::int AS n FROM t',
  ],
  T,
);
add(
  'second session sees nothing before commit',
  [
    'BEGIN',
    "INSERT INTO t VALUES (9, 'x')",
    two('SELECT count(*)::int AS n FROM t'),
    'COMMIT',
    two('SELECT count(*)::int AS n FROM t'),
  ],
  T,
);

// ---------------------------------------------------------------- LOCK
add('lock outside transaction', ['LOCK TABLE t'], T);
add('lock default mode', ['BEGIN', 'LOCK TABLE t', 'COMMIT'], T);
for (const mode of [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
]) {
  add(
    `lock ${mode.toLowerCase()}`,
    [
      'BEGIN',
      `LOCK TABLE t IN ${mode} MODE`,
      `SELECT mode, granted FROM pg_locks WHERE relation = 't'::regclass AND pid = pg_backend_pid() ORDER BY mode`,
      'COMMIT',
    ],
    T,
  );
}
add('lock without table keyword', ['BEGIN', 'LOCK t IN SHARE MODE', 'COMMIT'], T);
add('lock only', ['BEGIN', 'LOCK TABLE ONLY t IN SHARE MODE', 'COMMIT'], T);
add(
  'lock several tables',
  ['BEGIN', 'LOCK TABLE t, u IN SHARE MODE', 'COMMIT'],
  `${T}; CREATE TABLE u (a int)`,
);
add('lock missing table', ['BEGIN', 'LOCK TABLE nope', 'ROLLBACK']);
add('lock invalid mode', ['BEGIN', 'LOCK TABLE t IN SUPER MODE', 'ROLLBACK'], T);
add('lock nowait free', ['BEGIN', 'LOCK TABLE t IN ACCESS EXCLUSIVE MODE NOWAIT', 'COMMIT'], T);
add(
  'lock nowait conflict',
  [
    'BEGIN',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
    two('BEGIN'),
    two('LOCK TABLE t IN SHARE MODE NOWAIT'),
    two('ROLLBACK'),
    'COMMIT',
  ],
  T,
);
add('lock view', ['BEGIN', 'LOCK TABLE w IN SHARE MODE', 'COMMIT'], `${T}; CREATE VIEW w AS SELECT * FROM t`);
add('lock sequence', ['BEGIN', 'LOCK TABLE s', 'ROLLBACK'], 'CREATE SEQUENCE s');
add(
  'lock released at rollback',
  [
    'BEGIN',
    'LOCK TABLE t',
    'ROLLBACK',
    `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 't'::regclass`,
  ],
  T,
);
add(
  'lock kept after rollback to savepoint before',
  [
    'BEGIN',
    'LOCK TABLE t IN SHARE MODE',
    'SAVEPOINT s',
    'ROLLBACK TO s',
    `SELECT mode FROM pg_locks WHERE relation = 't'::regclass AND pid = pg_backend_pid()`,
    'COMMIT',
  ],
  T,
);

// ---------------------------------------------------------------- CHECKPOINT
add('checkpoint superuser', ['CHECKPOINT']);
add('checkpoint in transaction', ['BEGIN', 'CHECKPOINT', 'COMMIT']);

// ---------------------------------------------------------------- temporary tables ON COMMIT
add('temp table preserve rows default', [
  'BEGIN',
  'CREATE TEMP TABLE x (a int)',
  'INSERT INTO x VALUES (1)',
  'COMMIT',
  'SELECT a FROM x',
]);
add('temp table preserve rows explicit', [
  'BEGIN',
  'CREATE TEMP TABLE x (a int) ON COMMIT PRESERVE ROWS',
  'INSERT INTO x VALUES (1)',
  'COMMIT',
  'SELECT a FROM x',
]);
add('temp table delete rows', [
  'BEGIN',
  'CREATE TEMP TABLE x (a int) ON COMMIT DELETE ROWS',
  'INSERT INTO x VALUES (1)',
  'SELECT a FROM x',
  'COMMIT',
  'SELECT a FROM x',
]);
add('temp table delete rows autocommit insert', [
  'CREATE TEMP TABLE x (a int) ON COMMIT DELETE ROWS',
  'INSERT INTO x VALUES (1)',
  'SELECT count(*)::int AS n FROM x',
]);
add('temp table drop on commit', [
  'BEGIN',
  'CREATE TEMP TABLE x (a int) ON COMMIT DROP',
  'INSERT INTO x VALUES (1)',
  'SELECT a FROM x',
  'COMMIT',
  'SELECT a FROM x',
]);
add('temp table drop on commit autocommit', [
  'CREATE TEMP TABLE x (a int) ON COMMIT DROP',
  'SELECT a FROM x',
]);
add('temp table drop on commit rollback', [
  'BEGIN',
  'CREATE TEMP TABLE x (a int) ON COMMIT DROP',
  'ROLLBACK',
  'SELECT a FROM x',
]);
add('temp table drop on commit and chain', [
  'BEGIN',
  'CREATE TEMP TABLE x (a int) ON COMMIT DROP',
  'COMMIT AND CHAIN',
  'SELECT a FROM x',
  'ROLLBACK',
]);
add('on commit on permanent table', ['CREATE TABLE x (a int) ON COMMIT DELETE ROWS']);
add('temp table as select on commit drop', [
  'BEGIN',
  'CREATE TEMP TABLE x ON COMMIT DROP AS SELECT 1 AS a',
  'SELECT a FROM x',
  'COMMIT',
  'SELECT a FROM x',
]);
add('temp table not visible to second session', ['CREATE TEMP TABLE x (a int)', two('SELECT * FROM x')]);
add(
  'temp table shadows permanent',
  [
    'CREATE TEMP TABLE t (z int)',
    'INSERT INTO t VALUES (7)',
    'SELECT * FROM t',
    'SELECT id FROM public.t ORDER BY id',
  ],
  T,
);
add('temp table schema name', [
  'CREATE TEMP TABLE x (a int)',
  `SELECT nspname LIKE 'pg_temp%' AS v FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE relname = 'x'`,
]);
add('temp table in pg_temp qualifier', [
  'CREATE TEMP TABLE x (a int)',
  'INSERT INTO pg_temp.x VALUES (3)',
  'SELECT a FROM pg_temp.x',
]);
add('temp table relpersistence', [
  'CREATE TEMP TABLE x (a int)',
  `SELECT relpersistence FROM pg_class WHERE relname = 'x'`,
]);
add('temp table delete rows truncates every commit', [
  'CREATE TEMP TABLE x (a int) ON COMMIT DELETE ROWS',
  'BEGIN',
  'INSERT INTO x VALUES (1)',
  'COMMIT',
  'BEGIN',
  'INSERT INTO x VALUES (2)',
  'SELECT a FROM x',
  'COMMIT',
]);
add('global temp table warning accepted', [
  'CREATE GLOBAL TEMPORARY TABLE x (a int)',
  'SELECT count(*)::int AS n FROM x',
]);
add('unlogged table', [
  'CREATE UNLOGGED TABLE x (a int)',
  `SELECT relpersistence FROM pg_class WHERE relname = 'x'`,
]);

export default list.cases;
