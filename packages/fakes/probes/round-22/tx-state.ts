// Round 22 probe (h132), transactions part 4: what one session can observe of its transaction
// (PostgreSQL 15 docs ch. 13, 9.26 transaction ID functions, 9.27.10 advisory locks, pg_locks):
// isolation and read-only settings, xid functions answered as booleans, transaction timestamps,
// advisory transaction locks, and row locks seen from a second session without blocking.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: state: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = "CREATE TABLE t (a int PRIMARY KEY, b text); INSERT INTO t VALUES (1, 'x'), (2, 'y');";

// ---------------------------------------------------------------- settings
add('isolation via current_setting', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  "SELECT current_setting('transaction_isolation') AS v",
  'COMMIT',
  "SELECT current_setting('transaction_isolation') AS v",
]);
add('isolation via pg_settings', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE',
  "SELECT setting FROM pg_settings WHERE name = 'transaction_isolation'",
  'ROLLBACK',
]);
add('default isolation then begin', [
  "SET default_transaction_isolation = 'repeatable read'",
  'BEGIN',
  'SHOW transaction_isolation',
  'COMMIT',
  'SHOW transaction_isolation',
]);
add('default isolation invalid value', ["SET default_transaction_isolation = 'snapshot'"]);
add('default read only then begin read write', [
  'SET default_transaction_read_only = on',
  'BEGIN READ WRITE',
  'SHOW transaction_read_only',
  'CREATE TABLE x (a int)',
  'COMMIT',
]);
add('read uncommitted shown as such', [
  'BEGIN ISOLATION LEVEL READ UNCOMMITTED',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('transaction_deferrable default', [
  'SHOW transaction_deferrable',
  'BEGIN',
  'SHOW transaction_deferrable',
  'COMMIT',
]);
add('read only deferrable serializable', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE',
  'SHOW transaction_isolation',
  'SHOW transaction_read_only',
  'SHOW transaction_deferrable',
  'COMMIT',
]);
add('set transaction twice before query', [
  'BEGIN',
  'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('set transaction read only then read write before query', [
  'BEGIN',
  'SET TRANSACTION READ ONLY',
  'SET TRANSACTION READ WRITE',
  'SHOW transaction_read_only',
  'COMMIT',
]);
add('set local default isolation in transaction', [
  'BEGIN',
  "SET LOCAL default_transaction_isolation = 'serializable'",
  'SHOW transaction_isolation',
  'COMMIT',
  'SHOW default_transaction_isolation',
]);
add('show transaction isolation level', ['SHOW TRANSACTION ISOLATION LEVEL']);
add(
  'repeatable read sees own writes',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    "INSERT INTO t VALUES (3, 'z')",
    'SELECT count(*) AS n FROM t',
    'UPDATE t SET b = b || b',
    'SELECT a, b FROM t ORDER BY a',
    'COMMIT',
  ],
  T,
);
add(
  'serializable single session commit',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    'SELECT count(*) AS n FROM t',
    "INSERT INTO t VALUES (3, 'z')",
    'COMMIT',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);

// ---------------------------------------------------------------- xid functions, as booleans
add(
  'xact id not assigned before write',
  [
    'BEGIN',
    'SELECT pg_current_xact_id_if_assigned() IS NULL AS none',
    "INSERT INTO t VALUES (3, 'z')",
    'SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS some',
    'ROLLBACK',
  ],
  T,
);
add('txid_current_if_assigned null in read only', [
  'BEGIN',
  'SELECT txid_current_if_assigned() IS NULL AS none',
  'COMMIT',
]);
add('txid stable within transaction', [
  'BEGIN',
  "SELECT set_config('r22.x', txid_current()::text, false) IS NOT NULL AS ok",
  'SELECT 1',
  "SELECT current_setting('r22.x')::bigint = txid_current() AS same",
  'COMMIT',
]);
add('txid changes after commit', [
  "SELECT set_config('r22.x', txid_current()::text, false) IS NOT NULL AS ok",
  "SELECT current_setting('r22.x')::bigint < txid_current() AS later",
]);
add('txid and xact id agree', [
  'BEGIN',
  'SELECT txid_current() = pg_current_xact_id()::text::bigint AS same',
  'COMMIT',
]);
add('txid_status in progress committed aborted', [
  'BEGIN',
  "SELECT set_config('r22.c', txid_current()::text, false) IS NOT NULL AS ok",
  "SELECT txid_status(current_setting('r22.c')::bigint) AS s",
  'COMMIT',
  "SELECT txid_status(current_setting('r22.c')::bigint) AS s",
  'BEGIN',
  "SELECT set_config('r22.a', txid_current()::text, false) IS NOT NULL AS ok",
  'ROLLBACK',
  "SELECT txid_status(current_setting('r22.a')::bigint) AS s",
]);
add('pg_xact_status of own transaction', [
  'BEGIN',
  'SELECT pg_xact_status(pg_current_xact_id()) AS s',
  'ROLLBACK',
]);
add('txid_status of future id', ['SELECT txid_status(txid_current() + 1000000)']);
add('own xid visible in own snapshot', [
  'BEGIN',
  'SELECT pg_visible_in_snapshot(pg_current_xact_id(), pg_current_snapshot()) AS v',
  'ROLLBACK',
]);
add('snapshot xmin not after xmax', [
  'SELECT pg_snapshot_xmin(pg_current_snapshot()) <= pg_snapshot_xmax(pg_current_snapshot()) AS ok',
]);
add(
  'xid in savepoint assigned to subtransaction',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (3, 'z')",
    'SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS some',
    'ROLLBACK TO s',
    'SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS some',
    'ROLLBACK',
  ],
  T,
);
add(
  'xmin of inserted row equals current xid',
  [
    'BEGIN',
    "INSERT INTO t VALUES (3, 'z')",
    'SELECT xmin::text::bigint = txid_current() % 4294967296 AS same FROM t WHERE a = 3',
    'ROLLBACK',
  ],
  T,
);
add('now stable across statements', [
  'BEGIN',
  "SELECT set_config('r22.t', now()::text, false) IS NOT NULL AS ok",
  { pauseMs: 5 },
  "SELECT now()::text = current_setting('r22.t') AS same",
  'SELECT now() = transaction_timestamp() AS same',
  'SELECT clock_timestamp() > now() AS later',
  'COMMIT',
]);
add('now changes in next transaction', [
  "SELECT set_config('r22.t', now()::text, false) IS NOT NULL AS ok",
  { pauseMs: 5 },
  "SELECT now() > current_setting('r22.t')::timestamptz AS later",
]);
add('statement timestamp advances inside transaction', [
  'BEGIN',
  { pauseMs: 5 },
  'SELECT statement_timestamp() > now() AS later',
  'COMMIT',
]);

// ---------------------------------------------------------------- advisory transaction locks
add('advisory xact lock outside transaction released', [
  'SELECT pg_advisory_xact_lock(1)',
  two('SELECT pg_try_advisory_lock(1) AS got'),
  two('SELECT pg_advisory_unlock(1) AS freed'),
]);
add('advisory xact lock held until commit', [
  'BEGIN',
  'SELECT pg_try_advisory_xact_lock(7) AS got',
  two('SELECT pg_try_advisory_lock(7) AS got'),
  'COMMIT',
  two('SELECT pg_try_advisory_lock(7) AS got'),
]);
add('advisory xact lock released at rollback', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(7)',
  'ROLLBACK',
  two('SELECT pg_try_advisory_xact_lock(7) AS got'),
]);
add('advisory xact lock not released by rollback to savepoint', [
  'BEGIN',
  'SAVEPOINT s',
  'SELECT pg_advisory_xact_lock(8)',
  'ROLLBACK TO s',
  two('SELECT pg_try_advisory_lock(8) AS got'),
  'COMMIT',
]);
add('advisory session lock survives rollback', [
  'BEGIN',
  'SELECT pg_advisory_lock(9)',
  'ROLLBACK',
  two('SELECT pg_try_advisory_lock(9) AS got'),
  'SELECT pg_advisory_unlock(9) AS freed',
  two('SELECT pg_try_advisory_lock(9) AS got'),
]);
add('advisory unlock of xact lock warns false', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(3)',
  'SELECT pg_advisory_unlock(3) AS freed',
  'COMMIT',
]);
add('advisory shared xact locks coexist', [
  'BEGIN',
  'SELECT pg_try_advisory_xact_lock_shared(4) AS got',
  two('SELECT pg_try_advisory_lock_shared(4) AS got'),
  two('SELECT pg_try_advisory_lock(4) AS got'),
  'COMMIT',
]);
add('advisory two key xact lock', [
  'BEGIN',
  'SELECT pg_try_advisory_xact_lock(1, 2) AS got',
  two('SELECT pg_try_advisory_lock(1, 2) AS got'),
  two('SELECT pg_try_advisory_lock(1, 3) AS got'),
  'COMMIT',
]);
add('advisory lock in pg_locks', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(11)',
  "SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()",
  'COMMIT',
  "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()",
]);
add('advisory xact lock reentrant', [
  'BEGIN',
  'SELECT pg_try_advisory_xact_lock(5) AS a',
  'SELECT pg_try_advisory_xact_lock(5) AS b',
  'COMMIT',
]);
add('advisory xact lock in failed transaction', [
  'BEGIN',
  'SELECT 1/0',
  'SELECT pg_advisory_xact_lock(5)',
  'ROLLBACK',
]);
add('advisory unlock all', [
  'SELECT pg_advisory_lock(1)',
  'SELECT pg_advisory_lock(2)',
  'SELECT pg_advisory_unlock_all()',
  two('SELECT pg_try_advisory_lock(2) AS got'),
]);

// ---------------------------------------------------------------- table and row locks seen from a second session
add(
  'lock table own modes in pg_locks',
  [
    'BEGIN',
    'LOCK TABLE t IN SHARE MODE',
    "SELECT mode, granted FROM pg_locks WHERE relation = 't'::regclass AND pid = pg_backend_pid() ORDER BY mode",
    'COMMIT',
  ],
  T,
);
add(
  'lock table exclusive blocks second nowait',
  [
    'BEGIN',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
    two('LOCK TABLE t IN ACCESS SHARE MODE NOWAIT'),
    'COMMIT',
  ],
  T,
);
add(
  'lock table share lets second share nowait',
  [
    'BEGIN',
    'LOCK TABLE t IN SHARE MODE',
    two('BEGIN'),
    two('LOCK TABLE t IN SHARE MODE NOWAIT'),
    two('COMMIT'),
    'COMMIT',
  ],
  T,
);
add(
  'lock released at rollback to savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
    'ROLLBACK TO s',
    two('BEGIN'),
    two('LOCK TABLE t IN ACCESS SHARE MODE NOWAIT'),
    two('COMMIT'),
    'COMMIT',
  ],
  T,
);
add(
  'row lock blocks second nowait',
  [
    'BEGIN',
    'SELECT a FROM t WHERE a = 1 FOR UPDATE',
    two('SELECT a FROM t WHERE a = 1 FOR UPDATE NOWAIT'),
    'COMMIT',
    two('SELECT a FROM t WHERE a = 1 FOR UPDATE NOWAIT'),
  ],
  T,
);
add(
  'for share lets second for share',
  [
    'BEGIN',
    'SELECT a FROM t WHERE a = 1 FOR SHARE',
    two('SELECT a FROM t WHERE a = 1 FOR SHARE NOWAIT'),
    two('SELECT a FROM t WHERE a = 1 FOR NO KEY UPDATE NOWAIT'),
    'COMMIT',
  ],
  T,
);
add(
  'for key share allows no key update',
  [
    'BEGIN',
    'SELECT a FROM t WHERE a = 1 FOR KEY SHARE',
    two('SELECT a FROM t WHERE a = 1 FOR NO KEY UPDATE NOWAIT'),
    two('SELECT a FROM t WHERE a = 1 FOR UPDATE NOWAIT'),
    'COMMIT',
  ],
  T,
);
add(
  'uncommitted insert invisible to second',
  [
    'BEGIN',
    "INSERT INTO t VALUES (3, 'z')",
    two('SELECT count(*) AS n FROM t'),
    'COMMIT',
    two('SELECT count(*) AS n FROM t'),
  ],
  T,
);
add(
  'rolled back update invisible to second',
  ['BEGIN', "UPDATE t SET b = 'q'", 'ROLLBACK', two('SELECT a, b FROM t ORDER BY a')],
  T,
);
add('uncommitted create table invisible to second', [
  'BEGIN',
  'CREATE TABLE nt (a int)',
  two('SELECT count(*) AS n FROM pg_class WHERE relname = $$nt$$'),
  'COMMIT',
  two('SELECT count(*) AS n FROM pg_class WHERE relname = $$nt$$'),
]);
add(
  'repeatable read snapshot taken at first query',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    two("INSERT INTO t VALUES (3, 'z')"),
    'SELECT count(*) AS n FROM t',
    two("INSERT INTO t VALUES (4, 'w')"),
    'SELECT count(*) AS n FROM t',
    'COMMIT',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('second session sees committed deferred', [
  'CREATE TABLE d (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO d VALUES (1)',
  two('SELECT count(*) AS n FROM d'),
  'COMMIT',
  two('SELECT count(*) AS n FROM d'),
]);
add('sequence nextval visible across sessions while uncommitted', [
  'CREATE SEQUENCE sq',
  'BEGIN',
  "SELECT nextval('sq') AS v",
  two("SELECT nextval('sq') AS v"),
  'ROLLBACK',
  "SELECT nextval('sq') AS v",
]);

export default list.cases;
