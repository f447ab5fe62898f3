// Round 18 probe, sessions part 2: transaction commands and what each session keeps to itself:
// SET TRANSACTION, READ ONLY, savepoints, temporary tables, settings, prepared statements,
// cursors, LISTEN/NOTIFY, backend pids and transaction ids. No step waits on the other session.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 sessions: state: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e');`;

// --- transaction commands
const TX: Array<[string, ProbeStep[]]> = [
  [
    'SET TRANSACTION ISOLATION after a query is 25001',
    ['BEGIN', 'SELECT 1 AS x', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION ISOLATION to the same level after a query',
    [
      'BEGIN ISOLATION LEVEL REPEATABLE READ',
      'SELECT 1 AS x',
      'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
      'SHOW transaction_isolation',
      'COMMIT',
    ],
  ],
  [
    'SET TRANSACTION ISOLATION after SHOW only',
    [
      'BEGIN',
      'SHOW transaction_isolation',
      'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
      'SHOW transaction_isolation',
      'COMMIT',
    ],
  ],
  [
    'SET TRANSACTION ISOLATION after SET only',
    [
      'BEGIN',
      'SET LOCAL work_mem = 1000',
      'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
      'SHOW transaction_isolation',
      'COMMIT',
    ],
  ],
  [
    'SET TRANSACTION ISOLATION in a savepoint',
    ['BEGIN', 'SAVEPOINT a', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION READ WRITE after a query in a read only transaction',
    ['BEGIN READ ONLY', 'SELECT 1 AS x', 'SET TRANSACTION READ WRITE', 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION READ ONLY after a query in a read write transaction',
    [
      'BEGIN',
      'SELECT 1 AS x',
      'SET TRANSACTION READ ONLY',
      'SHOW transaction_read_only',
      'INSERT INTO t VALUES (9, 9)',
      'ROLLBACK',
    ],
  ],
  [
    'SET TRANSACTION READ WRITE in a read only savepoint',
    [
      'BEGIN',
      'SAVEPOINT a',
      'SET TRANSACTION READ ONLY',
      'RELEASE a',
      'SET TRANSACTION READ WRITE',
      'ROLLBACK',
    ],
  ],
  [
    'SET TRANSACTION DEFERRABLE after a query',
    ['BEGIN ISOLATION LEVEL SERIALIZABLE', 'SELECT 1 AS x', 'SET TRANSACTION DEFERRABLE', 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION NOT DEFERRABLE',
    ['BEGIN', 'SET TRANSACTION NOT DEFERRABLE', 'SHOW transaction_deferrable', 'COMMIT'],
  ],
  [
    'SET TRANSACTION outside a transaction warns',
    ['SET TRANSACTION READ ONLY', 'SHOW transaction_read_only'],
  ],
  [
    'SET TRANSACTION with several modes',
    [
      'BEGIN',
      'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE',
      'SHOW transaction_isolation',
      'SHOW transaction_read_only',
      'SHOW transaction_deferrable',
      'COMMIT',
    ],
  ],
  [
    'SET TRANSACTION with modes and no commas',
    [
      'BEGIN',
      'SET TRANSACTION READ ONLY ISOLATION LEVEL REPEATABLE READ',
      'SHOW transaction_isolation',
      'COMMIT',
    ],
  ],
  [
    'SET TRANSACTION with conflicting read modes',
    ['BEGIN', 'SET TRANSACTION READ ONLY, READ WRITE', 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION with two isolation levels',
    ['BEGIN', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE ISOLATION LEVEL READ COMMITTED', 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED',
    ['BEGIN', 'SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED', 'SHOW transaction_isolation', 'COMMIT'],
  ],
  [
    'SET TRANSACTION twice before a query',
    [
      'BEGIN',
      'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
      'SET TRANSACTION ISOLATION LEVEL READ COMMITTED',
      'SHOW transaction_isolation',
      'COMMIT',
    ],
  ],
  [
    'SET transaction_isolation after a query',
    ['BEGIN', 'SELECT 1 AS x', "SET transaction_isolation = 'serializable'", 'ROLLBACK'],
  ],
  [
    'SET transaction_isolation to an unknown value',
    ['BEGIN', "SET transaction_isolation = 'nope'", 'ROLLBACK'],
  ],
  [
    'SET transaction_read_only outside a transaction',
    ['SET transaction_read_only = on', 'SHOW transaction_read_only'],
  ],
  [
    'SET transaction_deferrable inside a transaction after a query',
    ['BEGIN', 'SELECT 1 AS x', 'SET transaction_deferrable = on', 'ROLLBACK'],
  ],
  [
    'set_config transaction_isolation after a query',
    [
      'BEGIN',
      'SELECT 1 AS x',
      "SELECT set_config('transaction_isolation', 'serializable', true)",
      'ROLLBACK',
    ],
  ],
  [
    'SET TRANSACTION SNAPSHOT with a bogus identifier',
    ['BEGIN ISOLATION LEVEL REPEATABLE READ', "SET TRANSACTION SNAPSHOT 'bogus'", 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION SNAPSHOT of a missing snapshot',
    ['BEGIN ISOLATION LEVEL REPEATABLE READ', "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'", 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION SNAPSHOT in read committed',
    ['BEGIN', "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'", 'ROLLBACK'],
  ],
  [
    'SET TRANSACTION SNAPSHOT after a query',
    [
      'BEGIN ISOLATION LEVEL REPEATABLE READ',
      'SELECT 1 AS x',
      "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'",
      'ROLLBACK',
    ],
  ],
  ['SET TRANSACTION SNAPSHOT outside a transaction', ["SET TRANSACTION SNAPSHOT '00000003-0000001B-1'"]],
  [
    'pg_export_snapshot answers text',
    ['BEGIN ISOLATION LEVEL REPEATABLE READ', 'SELECT pg_typeof(pg_export_snapshot()) AS t', 'COMMIT'],
  ],
  ['pg_export_snapshot outside a transaction', ['SELECT length(pg_export_snapshot()) > 0 AS ok']],
  [
    'own exported snapshot cannot be imported after a query',
    [
      'BEGIN ISOLATION LEVEL REPEATABLE READ',
      'SELECT pg_export_snapshot() IS NOT NULL AS ok',
      "DO $$ BEGIN EXECUTE 'SET TRANSACTION SNAPSHOT ''00000003-0000001B-1'''; END $$",
      'ROLLBACK',
    ],
  ],
  [
    'BEGIN inside a transaction warns and keeps it',
    [
      'BEGIN',
      'INSERT INTO t VALUES (6, 6)',
      'BEGIN ISOLATION LEVEL SERIALIZABLE',
      'SHOW transaction_isolation',
      'ROLLBACK',
      'SELECT count(*) AS n FROM t',
    ],
  ],
  [
    'START TRANSACTION inside a transaction',
    ['START TRANSACTION', 'START TRANSACTION READ ONLY', 'SHOW transaction_read_only', 'COMMIT'],
  ],
  [
    'COMMIT of an aborted transaction answers ROLLBACK',
    ['BEGIN', "INSERT INTO t VALUES (6, 'f')", 'SELECT 1/0', 'COMMIT', 'SELECT count(*) AS n FROM t'],
  ],
  ['END of an aborted transaction answers ROLLBACK', ['BEGIN', 'SELECT nope', 'END']],
  ['COMMIT PREPARED outside', ["COMMIT PREPARED 'nope'"]],
  [
    'PREPARE TRANSACTION is refused when max_prepared_transactions is zero',
    ['BEGIN', "PREPARE TRANSACTION 'g1'", 'SELECT 1 AS after'],
  ],
  ['ROLLBACK PREPARED of a missing gid', ["ROLLBACK PREPARED 'nope'"]],
  [
    'statements after an error are 25P02 until rollback',
    ['BEGIN', 'SELECT 1/0', 'SELECT 1 AS x', 'SHOW work_mem', 'ROLLBACK', 'SELECT 1 AS x'],
  ],
  [
    'a savepoint recovers an aborted transaction',
    [
      'BEGIN',
      "INSERT INTO t VALUES (6, 'f')",
      'SAVEPOINT a',
      "INSERT INTO t VALUES (1, 'dup')",
      'ROLLBACK TO SAVEPOINT a',
      "INSERT INTO t VALUES (7, 'g')",
      'COMMIT',
      'SELECT id FROM t ORDER BY id',
    ],
  ],
  [
    'RELEASE of a savepoint in an aborted transaction',
    ['BEGIN', 'SAVEPOINT a', 'SELECT 1/0', 'RELEASE SAVEPOINT a', 'ROLLBACK'],
  ],
  [
    'nested savepoints with the same name',
    [
      'BEGIN',
      "INSERT INTO t VALUES (6, 'f')",
      'SAVEPOINT a',
      "INSERT INTO t VALUES (7, 'g')",
      'SAVEPOINT a',
      "INSERT INTO t VALUES (8, 'h')",
      'ROLLBACK TO a',
      'SELECT id FROM t WHERE id > 5 ORDER BY id',
      'RELEASE a',
      'ROLLBACK TO a',
      'SELECT id FROM t WHERE id > 5 ORDER BY id',
      'COMMIT',
    ],
  ],
  [
    'ROLLBACK TO keeps the savepoint',
    [
      'BEGIN',
      'SAVEPOINT a',
      'SELECT 1/0',
      'ROLLBACK TO a',
      'SELECT 1/0',
      'ROLLBACK TO a',
      'SELECT 2 AS ok',
      'COMMIT',
    ],
  ],
  [
    'RELEASE releases the savepoints after it',
    ['BEGIN', 'SAVEPOINT a', 'SAVEPOINT b', 'RELEASE a', 'ROLLBACK TO b', 'ROLLBACK'],
  ],
  ['savepoint names are case folded', ['BEGIN', 'SAVEPOINT Abc', 'ROLLBACK TO abc', 'RELEASE ABC', 'COMMIT']],
  ['quoted savepoint names keep case', ['BEGIN', 'SAVEPOINT "Abc"', 'ROLLBACK TO abc', 'ROLLBACK']],
  [
    'COMMIT AND CHAIN keeps the isolation level',
    [
      'BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY',
      'COMMIT AND CHAIN',
      'SHOW transaction_isolation',
      'SHOW transaction_read_only',
      'COMMIT',
    ],
  ],
  [
    'ROLLBACK AND CHAIN keeps the read only mode',
    ['BEGIN READ ONLY', 'ROLLBACK AND CHAIN', "INSERT INTO t VALUES (9, 'z')", 'ROLLBACK'],
  ],
  [
    'COMMIT AND CHAIN of an aborted transaction',
    ['BEGIN', 'SELECT 1/0', 'COMMIT AND CHAIN', 'SELECT 1 AS x', 'COMMIT'],
  ],
  ['ABORT outside a transaction warns', ['ABORT', 'SELECT 1 AS x']],
  ['COMMIT with extended protocol', [withParams('BEGIN'), withParams('SELECT 1 AS x'), withParams('COMMIT')]],
  [
    'ROLLBACK with extended protocol in an aborted transaction',
    [withParams('BEGIN'), withParams('SELECT 1/0'), withParams('ROLLBACK'), withParams('SELECT 2 AS x')],
  ],
  ['BEGIN; error; COMMIT in one simple query', ['BEGIN; SELECT 1/0; COMMIT', 'SELECT 1 AS x']],
  [
    'several statements in one simple query are one implicit transaction',
    ["INSERT INTO t VALUES (6, 'f'); SELECT 1/0", 'SELECT count(*) AS n FROM t'],
  ],
  ['SAVEPOINT in an implicit transaction block', ["INSERT INTO t VALUES (6, 'f'); SAVEPOINT a; SELECT 1"]],
  [
    'COMMIT in the middle of a simple query',
    ["INSERT INTO t VALUES (6, 'f'); COMMIT; SELECT 1/0", 'SELECT count(*) AS n FROM t'],
  ],
  ['SET LOCAL outside a transaction warns', ["SET LOCAL work_mem = '1MB'", 'SHOW work_mem']],
  [
    'SET LOCAL is undone by commit',
    ['BEGIN', "SET LOCAL work_mem = '1MB'", 'SHOW work_mem', 'COMMIT', 'SHOW work_mem'],
  ],
  [
    'SET in a rolled back transaction is undone',
    ['BEGIN', "SET work_mem = '1MB'", 'ROLLBACK', 'SHOW work_mem'],
  ],
  [
    'SET in a rolled back savepoint is undone',
    ['BEGIN', 'SAVEPOINT a', "SET work_mem = '1MB'", 'ROLLBACK TO a', 'SHOW work_mem', 'COMMIT'],
  ],
  [
    'SET in a released savepoint stays',
    ['BEGIN', 'SAVEPOINT a', "SET work_mem = '1MB'", 'RELEASE a', 'COMMIT', 'SHOW work_mem'],
  ],
  [
    'SET LOCAL then SET in one transaction',
    ['BEGIN', "SET LOCAL work_mem = '1MB'", "SET work_mem = '2MB'", 'COMMIT', 'SHOW work_mem'],
  ],
  [
    'SET then SET LOCAL in one transaction',
    [
      'BEGIN',
      "SET work_mem = '2MB'",
      "SET LOCAL work_mem = '1MB'",
      'SHOW work_mem',
      'COMMIT',
      'SHOW work_mem',
    ],
  ],
  [
    'set_config is_local true then commit',
    ['BEGIN', "SELECT set_config('work_mem', '3MB', true) AS v", 'COMMIT', 'SHOW work_mem'],
  ],
  [
    'default_transaction_read_only applies to the next transaction',
    [
      'SET default_transaction_read_only = on',
      'BEGIN',
      'SHOW transaction_read_only',
      "INSERT INTO t VALUES (9, 'z')",
      'ROLLBACK',
      'RESET default_transaction_read_only',
    ],
  ],
  [
    'default_transaction_read_only applies outside a block too',
    [
      'SET default_transaction_read_only = on',
      "INSERT INTO t VALUES (9, 'z')",
      'SET default_transaction_read_only = off',
      "INSERT INTO t VALUES (9, 'z')",
    ],
  ],
  [
    'READ ONLY allows temp table writes',
    [
      'CREATE TEMP TABLE tt (a int)',
      'BEGIN READ ONLY',
      'INSERT INTO tt VALUES (1)',
      'SELECT a FROM tt',
      'COMMIT',
    ],
  ],
  ['READ ONLY refuses nextval', ['CREATE SEQUENCE s', 'BEGIN READ ONLY', "SELECT nextval('s')", 'ROLLBACK']],
  ['READ ONLY refuses setval', ['CREATE SEQUENCE s', 'BEGIN READ ONLY', "SELECT setval('s', 5)", 'ROLLBACK']],
  [
    'READ ONLY refuses a writing CTE',
    ['BEGIN READ ONLY', 'WITH d AS (DELETE FROM t RETURNING id) SELECT count(*) FROM d', 'ROLLBACK'],
  ],
  ['READ ONLY refuses TRUNCATE', ['BEGIN READ ONLY', 'TRUNCATE t', 'ROLLBACK']],
  ['READ ONLY refuses ALTER TABLE', ['BEGIN READ ONLY', 'ALTER TABLE t ADD COLUMN w int', 'ROLLBACK']],
  ['READ ONLY refuses DROP TABLE', ['BEGIN READ ONLY', 'DROP TABLE t', 'ROLLBACK']],
  ['READ ONLY refuses CREATE INDEX', ['BEGIN READ ONLY', 'CREATE INDEX ON t (v)', 'ROLLBACK']],
  ['READ ONLY refuses COMMENT', ['BEGIN READ ONLY', "COMMENT ON TABLE t IS 'x'", 'ROLLBACK']],
  [
    'READ ONLY refuses an UPDATE that touches no row',
    ['BEGIN READ ONLY', 'UPDATE t SET v = v WHERE false', 'ROLLBACK'],
  ],
  [
    'READ ONLY refuses INSERT through a function',
    [
      "CREATE FUNCTION ins() RETURNS void LANGUAGE sql AS $$ INSERT INTO t VALUES (9, 'z') $$",
      'BEGIN READ ONLY',
      'SELECT ins()',
      'ROLLBACK',
    ],
  ],
  [
    'READ ONLY allows SET and SHOW',
    ['BEGIN READ ONLY', "SET LOCAL work_mem = '1MB'", 'SHOW work_mem', 'COMMIT'],
  ],
  [
    'READ ONLY allows PREPARE and EXECUTE of a select',
    ['BEGIN READ ONLY', 'PREPARE p AS SELECT count(*) AS n FROM t', 'EXECUTE p', 'COMMIT'],
  ],
  [
    'READ ONLY refuses EXECUTE of an insert',
    ["PREPARE p AS INSERT INTO t VALUES (9, 'z')", 'BEGIN READ ONLY', 'EXECUTE p', 'ROLLBACK'],
  ],
  [
    'READ ONLY allows DECLARE',
    ['BEGIN READ ONLY', 'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id', 'FETCH 2 FROM c', 'COMMIT'],
  ],
  ['READ ONLY allows LOCK TABLE ROW SHARE', ['BEGIN READ ONLY', 'LOCK TABLE t IN ROW SHARE MODE', 'COMMIT']],
  ['READ ONLY refuses NOTIFY', ['BEGIN READ ONLY', 'NOTIFY chan', 'COMMIT']],
  ['READ ONLY allows LISTEN', ['BEGIN READ ONLY', 'LISTEN chan', 'COMMIT', 'UNLISTEN *']],
  [
    'READ ONLY refuses CREATE TEMP TABLE AS? no: allows it',
    ['BEGIN READ ONLY', 'CREATE TEMP TABLE tt AS SELECT id FROM t', 'SELECT count(*) AS n FROM tt', 'COMMIT'],
  ],
  [
    'READ ONLY refuses SELECT INTO a regular table',
    ['BEGIN READ ONLY', 'SELECT id INTO t2 FROM t', 'ROLLBACK'],
  ],
  [
    'READ ONLY refuses a DO block that writes',
    ['BEGIN READ ONLY', "DO $$ BEGIN INSERT INTO t VALUES (9, 'z'); END $$", 'ROLLBACK'],
  ],
  [
    'READ ONLY allows a DO block that only reads',
    ['BEGIN READ ONLY', 'DO $$ BEGIN PERFORM count(*) FROM t; END $$', 'COMMIT'],
  ],
  [
    'READ ONLY transaction_read_only from the other session',
    ['BEGIN READ ONLY', two('SHOW transaction_read_only'), 'COMMIT'],
  ],
  ['DEFERRABLE alone outside serializable', ['BEGIN DEFERRABLE', 'SHOW transaction_deferrable', 'COMMIT']],
  [
    'SERIALIZABLE READ ONLY DEFERRABLE with no other transaction',
    ['BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE', 'SELECT count(*) AS n FROM t', 'COMMIT'],
  ],
  [
    'default_transaction_deferrable',
    ['SET default_transaction_deferrable = on', 'BEGIN', 'SHOW transaction_deferrable', 'COMMIT'],
  ],
  [
    'transaction_isolation outside a transaction',
    ['SHOW transaction_isolation', "SELECT current_setting('transaction_isolation') AS v"],
  ],
  [
    'pg_settings shows transaction_isolation',
    [
      'BEGIN ISOLATION LEVEL REPEATABLE READ',
      "SELECT setting FROM pg_settings WHERE name = 'transaction_isolation'",
      'COMMIT',
    ],
  ],
];
for (const [name, steps] of TX) list.add(name, steps, T);

// --- idle in transaction and the other session's view of it
list.add('pg_stat_activity: the other session idle in transaction', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  'BEGIN',
  'SELECT 1 AS x',
  two('SELECT state FROM pg_stat_activity WHERE pid = (SELECT pid FROM pids)'),
  'COMMIT',
  two('SELECT state FROM pg_stat_activity WHERE pid = (SELECT pid FROM pids)'),
]);
list.add('pg_stat_activity: idle in transaction (aborted)', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  'BEGIN',
  'SELECT 1/0',
  two('SELECT state FROM pg_stat_activity WHERE pid = (SELECT pid FROM pids)'),
  'ROLLBACK',
]);
list.add('pg_stat_activity: own state is active', [
  'SELECT state, backend_type FROM pg_stat_activity WHERE pid = pg_backend_pid()',
]);
list.add('pg_stat_activity: own xact_start is set inside a transaction', [
  'BEGIN',
  'SELECT xact_start = now() AS same FROM pg_stat_activity WHERE pid = pg_backend_pid()',
  'COMMIT',
  'SELECT xact_start IS NOT NULL AS set FROM pg_stat_activity WHERE pid = pg_backend_pid()',
]);
list.add('pg_stat_activity: query of the other session', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  "SELECT 'marker' AS m",
  two('SELECT query FROM pg_stat_activity WHERE pid = (SELECT pid FROM pids)'),
]);
list.add('idle_in_transaction_session_timeout is set per session', [
  "SET idle_in_transaction_session_timeout = '10s'",
  two('SHOW idle_in_transaction_session_timeout'),
  'SHOW idle_in_transaction_session_timeout',
]);

// --- backend pids and transaction ids
list.add('two sessions have different backend pids', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  two('SELECT pid = pg_backend_pid() AS same FROM pids'),
  'SELECT pid = pg_backend_pid() AS same FROM pids',
]);
list.add('the backend pid is stable within a session', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  'BEGIN',
  'SELECT pid = pg_backend_pid() AS same FROM pids',
  'COMMIT',
  'SELECT pid = pg_backend_pid() AS same FROM pids',
]);
list.add('pg_backend_pid type', [
  'SELECT pg_typeof(pg_backend_pid()) AS t, pg_backend_pid() > 0 AS positive',
]);
list.add('pg_stat_activity lists both sessions', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  two('INSERT INTO pids SELECT pg_backend_pid()'),
  'SELECT count(*) AS n FROM pg_stat_activity WHERE pid IN (SELECT pid FROM pids) AND datname = current_database()',
]);
list.add('pg_cancel_backend of the idle other session', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  two('SELECT pg_cancel_backend(pid) AS sent FROM pids'),
  'SELECT 1 AS still',
]);
list.add('pg_cancel_backend of a missing pid warns', ['SELECT pg_cancel_backend(1) AS sent']);
list.add('pg_terminate_backend of the other session', [
  'CREATE TABLE pids AS SELECT pg_backend_pid() AS pid',
  two('SELECT pg_terminate_backend(pid) AS sent FROM pids'),
  'SELECT 1 AS dead',
]);
const XIDS: Array<[string, ProbeStep[]]> = [
  [
    'txid_current is stable within a transaction',
    [
      'BEGIN',
      'CREATE TEMP TABLE x AS SELECT txid_current() AS a',
      'SELECT a = txid_current() AS same FROM x',
      'COMMIT',
    ],
  ],
  [
    'txid_current differs between transactions',
    ['CREATE TABLE x AS SELECT txid_current() AS a', 'SELECT a < txid_current() AS later FROM x'],
  ],
  [
    'txid_current differs between sessions',
    [
      'BEGIN',
      'CREATE TABLE x AS SELECT txid_current() AS a',
      'COMMIT',
      two('SELECT a < txid_current() AS later FROM x'),
    ],
  ],
  [
    'txid_current_if_assigned is null before a write',
    ['BEGIN', 'SELECT txid_current_if_assigned() IS NULL AS unassigned', 'COMMIT'],
  ],
  [
    'txid_current_if_assigned after a write',
    [
      'BEGIN',
      "INSERT INTO t VALUES (9, 'z')",
      'SELECT txid_current_if_assigned() = txid_current() AS same',
      'COMMIT',
    ],
  ],
  [
    'pg_current_xact_id_if_assigned is null before a write',
    ['BEGIN', 'SELECT pg_current_xact_id_if_assigned() IS NULL AS unassigned', 'COMMIT'],
  ],
  [
    'pg_current_xact_id type',
    ['SELECT pg_typeof(pg_current_xact_id()) AS t, pg_typeof(txid_current()) AS u'],
  ],
  [
    'pg_current_xact_id equals txid_current',
    ['BEGIN', 'SELECT pg_current_xact_id()::text = txid_current()::text AS same', 'COMMIT'],
  ],
  [
    'pg_xact_status of the current transaction',
    ['BEGIN', 'SELECT pg_xact_status(pg_current_xact_id()) AS s', 'COMMIT'],
  ],
  [
    'pg_xact_status of a committed transaction',
    ['CREATE TABLE x AS SELECT pg_current_xact_id() AS a', 'SELECT pg_xact_status(a) AS s FROM x'],
  ],
  [
    'pg_xact_status of a rolled back transaction',
    [
      'CREATE TABLE x (a xid8)',
      'BEGIN',
      'INSERT INTO x SELECT pg_current_xact_id()',
      'SAVEPOINT s',
      'ROLLBACK',
      'SELECT count(*) AS n FROM x',
    ],
  ],
  [
    'txid_status of a committed transaction',
    ['CREATE TABLE x AS SELECT txid_current() AS a', 'SELECT txid_status(a) AS s FROM x'],
  ],
  ['txid_status of a future transaction', ['SELECT txid_status(txid_current() + 1000000)']],
  [
    'txid_status of the other session open transaction',
    ['BEGIN', 'CREATE TEMP TABLE x AS SELECT 1', 'SELECT txid_status(txid_current()) AS s', 'COMMIT'],
  ],
  [
    'pg_current_snapshot includes own xid? no',
    ['BEGIN', 'SELECT pg_visible_in_snapshot(pg_current_xact_id(), pg_current_snapshot()) AS v', 'COMMIT'],
  ],
  [
    'txid_current_snapshot xmin not after xmax',
    [
      'SELECT txid_snapshot_xmin(txid_current_snapshot()) <= txid_snapshot_xmax(txid_current_snapshot()) AS ok',
    ],
  ],
  [
    'pg_snapshot_xmax is after an old xid',
    [
      'CREATE TABLE x AS SELECT pg_current_xact_id() AS a',
      'SELECT pg_snapshot_xmax(pg_current_snapshot()) > a AS ok FROM x',
    ],
  ],
  [
    'pg_snapshot text round trip',
    ["SELECT '10:20:10,14,15'::pg_snapshot AS s, pg_snapshot_xip('10:20:10,14,15'::pg_snapshot) AS x"],
  ],
  ['pg_snapshot bad input', ["SELECT '20:10:'::pg_snapshot"]],
  ['xid8 arithmetic is not defined', ['SELECT pg_current_xact_id() + 1']],
  ['xid8 comparison', ["SELECT '5'::xid8 < '6'::xid8 AS lt, '5'::xid8 = '5'::xid8 AS eq"]],
  [
    'txid_current in a read only transaction',
    ['BEGIN READ ONLY', 'SELECT txid_current() > 0 AS assigned', 'ROLLBACK'],
  ],
  [
    'pg_current_xact_id in a read only transaction',
    ['BEGIN READ ONLY', "SELECT pg_current_xact_id() > '0'::xid8 AS assigned", 'ROLLBACK'],
  ],
  [
    'txid_current_if_assigned in a read only transaction',
    ['BEGIN READ ONLY', 'SELECT txid_current_if_assigned() AS x', 'COMMIT'],
  ],
  [
    'xmin of a row is the inserting transaction',
    [
      'BEGIN',
      "INSERT INTO t VALUES (9, 'z')",
      'SELECT xmin::text = (txid_current() % 4294967296)::text AS same FROM t WHERE id = 9',
      'COMMIT',
    ],
  ],
  ['xmax of an unlocked row is zero', ['SELECT xmax FROM t WHERE id = 1']],
  [
    'xmax of a row locked by the other session',
    [
      'BEGIN',
      'SELECT id FROM t WHERE id = 1 FOR UPDATE',
      two("SELECT xmax <> '0' AS locked FROM t WHERE id = 1"),
      'COMMIT',
    ],
  ],
  ['ctid of a row', ['SELECT ctid FROM t WHERE id = 1']],
  ['ctid changes on update', ["UPDATE t SET v = 'x' WHERE id = 1", 'SELECT ctid FROM t WHERE id = 1']],
];
for (const [name, steps] of XIDS) list.add(name, steps, T);

// --- temporary tables per session
const TEMP: Array<[string, ProbeStep[]]> = [
  [
    'a temp table is invisible to the other session',
    [
      'CREATE TEMP TABLE tt (a int)',
      'INSERT INTO tt VALUES (1)',
      two('SELECT a FROM tt'),
      'SELECT a FROM tt',
    ],
  ],
  [
    'each session may have its own temp table of one name',
    [
      'CREATE TEMP TABLE tt (a int)',
      two('CREATE TEMP TABLE tt (b text)'),
      'INSERT INTO tt VALUES (1)',
      two("INSERT INTO tt VALUES ('x')"),
      'SELECT * FROM tt',
      two('SELECT * FROM tt'),
    ],
  ],
  [
    'a temp table shadows a permanent one in its session only',
    ['CREATE TEMP TABLE t (z int)', 'SELECT count(*) AS n FROM t', two('SELECT count(*) AS n FROM t')],
  ],
  [
    'public.t reaches past a temp table',
    ['CREATE TEMP TABLE t (z int)', 'SELECT count(*) AS n FROM public.t'],
  ],
  [
    'pg_temp.t names the temp table',
    ['CREATE TEMP TABLE t (z int)', 'INSERT INTO pg_temp.t VALUES (1)', 'SELECT z FROM pg_temp.t'],
  ],
  [
    'pg_temp in the other session has no such table',
    ['CREATE TEMP TABLE tt (z int)', two('SELECT * FROM pg_temp.tt')],
  ],
  [
    'ON COMMIT DROP drops at commit',
    [
      'BEGIN',
      'CREATE TEMP TABLE tt (a int) ON COMMIT DROP',
      'INSERT INTO tt VALUES (1)',
      'SELECT a FROM tt',
      'COMMIT',
      'SELECT a FROM tt',
    ],
  ],
  [
    'ON COMMIT DROP outside a transaction block',
    ['CREATE TEMP TABLE tt (a int) ON COMMIT DROP', 'SELECT a FROM tt'],
  ],
  [
    'ON COMMIT DROP and rollback',
    ['BEGIN', 'CREATE TEMP TABLE tt (a int) ON COMMIT DROP', 'ROLLBACK', 'SELECT a FROM tt'],
  ],
  [
    'ON COMMIT DELETE ROWS empties at commit',
    [
      'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
      'BEGIN',
      'INSERT INTO tt VALUES (1), (2)',
      'SELECT count(*) AS n FROM tt',
      'COMMIT',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  [
    'ON COMMIT DELETE ROWS outside a block empties at once',
    [
      'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
      'INSERT INTO tt VALUES (1) RETURNING a',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  [
    'ON COMMIT DELETE ROWS in one simple query',
    [
      'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
      'INSERT INTO tt VALUES (1); SELECT count(*) AS n FROM tt',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  [
    'ON COMMIT PRESERVE ROWS keeps rows',
    [
      'CREATE TEMP TABLE tt (a int) ON COMMIT PRESERVE ROWS',
      'BEGIN',
      'INSERT INTO tt VALUES (1)',
      'COMMIT',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  ['ON COMMIT on a permanent table', ['CREATE TABLE pt (a int) ON COMMIT DELETE ROWS']],
  [
    'ON COMMIT DROP with a serial column',
    [
      'BEGIN',
      'CREATE TEMP TABLE tt (id serial, a int) ON COMMIT DROP',
      'INSERT INTO tt (a) VALUES (5) RETURNING id, a',
      'COMMIT',
      "SELECT count(*) AS n FROM pg_class WHERE relname LIKE 'tt%'",
    ],
  ],
  [
    'CREATE TEMP TABLE AS with ON COMMIT DELETE ROWS',
    [
      'BEGIN',
      'CREATE TEMP TABLE tt ON COMMIT DELETE ROWS AS SELECT id FROM t',
      'SELECT count(*) AS n FROM tt',
      'COMMIT',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  [
    'a temp table survives the other session ending',
    [two('CREATE TEMP TABLE tt (a int)'), 'CREATE TEMP TABLE tt (a int)', 'SELECT count(*) AS n FROM tt'],
  ],
  [
    'the other session cannot drop my temp table by name',
    ['CREATE TEMP TABLE tt (a int)', two('DROP TABLE tt'), 'SELECT count(*) AS n FROM tt'],
  ],
  [
    'DROP TABLE IF EXISTS in the other session notices',
    ['CREATE TEMP TABLE tt (a int)', two('DROP TABLE IF EXISTS tt'), 'SELECT count(*) AS n FROM tt'],
  ],
  [
    'a temp view over a temp table',
    [
      'CREATE TEMP TABLE tt (a int)',
      'CREATE VIEW tv AS SELECT a FROM tt',
      'SELECT count(*) AS n FROM tv',
      two('SELECT count(*) AS n FROM tv'),
    ],
  ],
  [
    'a permanent view over a temp table becomes temporary',
    [
      'CREATE TEMP TABLE tt (a int)',
      'CREATE VIEW pv AS SELECT a FROM tt',
      "SELECT relpersistence FROM pg_class WHERE relname = 'pv'",
    ],
  ],
  [
    'a temp sequence is per session',
    ['CREATE TEMP SEQUENCE ts', "SELECT nextval('ts') AS v", two("SELECT nextval('ts') AS v")],
  ],
  [
    'information_schema of the other session temp table',
    [
      'CREATE TEMP TABLE tt (a int)',
      two("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'tt'"),
      "SELECT table_type FROM information_schema.tables WHERE table_name = 'tt'",
    ],
  ],
  [
    'pg_class relpersistence of a temp table',
    ['CREATE TEMP TABLE tt (a int)', "SELECT relpersistence, relkind FROM pg_class WHERE relname = 'tt'"],
  ],
  [
    'a temp table with a foreign key to a permanent table',
    [
      'CREATE TEMP TABLE tt (a int REFERENCES t(id))',
      'INSERT INTO tt VALUES (1)',
      'INSERT INTO tt VALUES (99)',
    ],
  ],
  [
    'a permanent table with a foreign key to a temp table',
    ['CREATE TEMP TABLE tt (a int PRIMARY KEY)', 'CREATE TABLE pt (a int REFERENCES tt(a))'],
  ],
  ['CREATE TEMP TABLE in a schema', ['CREATE TEMP TABLE public.tt (a int)']],
  [
    'CREATE TABLE pg_temp.x is temporary',
    [
      'CREATE TABLE pg_temp.x (a int)',
      "SELECT relpersistence FROM pg_class WHERE relname = 'x'",
      two('SELECT * FROM x'),
    ],
  ],
  [
    'DISCARD TEMP drops only this session temp tables',
    [
      'CREATE TEMP TABLE tt (a int)',
      two('CREATE TEMP TABLE tt (a int)'),
      'DISCARD TEMP',
      'SELECT * FROM tt',
      two('SELECT count(*) AS n FROM tt'),
    ],
  ],
  ['DISCARD ALL inside a transaction', ['BEGIN', 'DISCARD ALL', 'ROLLBACK']],
  [
    'DISCARD TEMP inside a transaction',
    ['CREATE TEMP TABLE tt (a int)', 'BEGIN', 'DISCARD TEMP', 'ROLLBACK', 'SELECT count(*) AS n FROM tt'],
  ],
  [
    'UNLOGGED table is shared',
    ['CREATE UNLOGGED TABLE u (a int)', 'INSERT INTO u VALUES (1)', two('SELECT a FROM u')],
  ],
  [
    'a temp table created in a rolled back transaction is gone',
    ['BEGIN', 'CREATE TEMP TABLE tt (a int)', 'ROLLBACK', 'SELECT * FROM tt'],
  ],
  [
    'a temp table truncated in a rolled back transaction keeps rows',
    [
      'CREATE TEMP TABLE tt (a int)',
      'INSERT INTO tt VALUES (1)',
      'BEGIN',
      'TRUNCATE tt',
      'ROLLBACK',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  [
    'ON COMMIT DELETE ROWS with a savepoint',
    [
      'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
      'BEGIN',
      'INSERT INTO tt VALUES (1)',
      'SAVEPOINT s',
      'INSERT INTO tt VALUES (2)',
      'ROLLBACK TO s',
      'SELECT count(*) AS n FROM tt',
      'COMMIT',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  [
    'ON COMMIT DROP on a table also in the other session',
    [
      'BEGIN',
      'CREATE TEMP TABLE tt (a int) ON COMMIT DROP',
      two('CREATE TEMP TABLE tt (a int)'),
      'COMMIT',
      two('SELECT count(*) AS n FROM tt'),
    ],
  ],
];
for (const [name, steps] of TEMP) list.add(name, steps, T);

// --- settings per session
const SETTINGS: Array<[string, ProbeStep[]]> = [
  [
    'SET in one session leaves the other at the default',
    ["SET work_mem = '64MB'", two('SHOW work_mem'), 'SHOW work_mem'],
  ],
  [
    'set_config session-wide in one session only',
    [
      "SELECT set_config('search_path', 'pg_catalog', false) AS v",
      two('SHOW search_path'),
      'SHOW search_path',
    ],
  ],
  [
    'a custom setting in one session is missing in the other',
    ["SET app.tenant = 'acme'", two("SELECT current_setting('app.tenant')")],
  ],
  [
    'a custom setting missing_ok in the other session is null',
    [
      "SET app.tenant = 'acme'",
      two("SELECT current_setting('app.tenant', true) AS v"),
      "SELECT current_setting('app.tenant', true) AS v",
    ],
  ],
  [
    'a custom setting in both sessions keeps each value',
    [
      "SET app.tenant = 'acme'",
      two("SET app.tenant = 'beta'"),
      "SELECT current_setting('app.tenant') AS v",
      two("SELECT current_setting('app.tenant') AS v"),
    ],
  ],
  [
    'a custom setting set local reads empty after commit',
    [
      'BEGIN',
      "SET LOCAL app.x = 'y'",
      'COMMIT',
      "SELECT current_setting('app.x') AS v",
      "SELECT current_setting('app.x', true) AS w",
    ],
  ],
  ['a custom setting never set errors', ["SELECT current_setting('app.never')"]],
  ['a custom setting never set with missing_ok', ["SELECT current_setting('app.never', true) IS NULL AS n"]],
  ['SHOW of a custom setting never set', ['SHOW app.never']],
  ['SHOW of an unknown built-in setting', ['SHOW nosuch_setting']],
  ['SET of an unknown built-in setting', ['SET nosuch_setting = 1']],
  ['SET of a custom setting with a bad prefix', ['SET "1app".x = 1']],
  ['set_config of a setting without a dot', ["SELECT set_config('nodot', 'v', false)"]],
  [
    'set_config with null value',
    ["SELECT set_config('app.x', NULL, false) AS v", "SELECT current_setting('app.x') AS w"],
  ],
  ['set_config with null name', ["SELECT set_config(NULL, 'v', false) AS v"]],
  ['set_config returns the new value', ["SELECT set_config('work_mem', '2MB', false) AS v"]],
  [
    'set_config normalises the unit',
    ["SELECT set_config('work_mem', '2048kB', false) AS v", 'SHOW work_mem'],
  ],
  [
    'SET TIME ZONE in one session only',
    [
      "SET TIME ZONE 'UTC'",
      two("SET TIME ZONE 'Asia/Tokyo'"),
      "SELECT '2024-01-01 00:00:00+00'::timestamptz::text AS a",
      two("SELECT '2024-01-01 00:00:00+00'::timestamptz::text AS b"),
    ],
  ],
  [
    'RESET ALL in the other session keeps mine',
    [
      "SET work_mem = '64MB'",
      two("SET work_mem = '8MB'"),
      two('RESET ALL'),
      'SHOW work_mem',
      two('SHOW work_mem'),
    ],
  ],
  ['RESET of one setting', ["SET work_mem = '64MB'", 'RESET work_mem', 'SHOW work_mem']],
  ['SET TO DEFAULT', ["SET work_mem = '64MB'", 'SET work_mem TO DEFAULT', 'SHOW work_mem']],
  ['SET SESSION is SET', ["SET SESSION work_mem = '64MB'", 'SHOW work_mem']],
  ['SHOW ALL has rows', ['SELECT count(*) > 100 AS many FROM (SELECT 1) s']],
  ['current_setting of work_mem', ["SELECT current_setting('work_mem') AS v"]],
  [
    'pg_settings source after SET',
    [
      "SET work_mem = '64MB'",
      "SELECT setting, unit, source FROM pg_settings WHERE name = 'work_mem'",
      two("SELECT source FROM pg_settings WHERE name = 'work_mem'"),
    ],
  ],
  [
    'SET search_path in one session changes name resolution there only',
    [
      'CREATE SCHEMA s2',
      'CREATE TABLE s2.t (x int)',
      'SET search_path = s2, public',
      'SELECT count(*) AS n FROM t',
      two('SELECT count(*) AS n FROM t'),
    ],
  ],
  [
    'SET statement_timeout in the other session only',
    ["SET statement_timeout = '10ms'", two('SELECT pg_sleep(0.05) IS NULL AS slept'), 'SELECT 1 AS quick'],
  ],
  [
    'statement_timeout cancels this session statement',
    ["SET statement_timeout = '20ms'", 'SELECT pg_sleep(0.2)', 'SELECT 1 AS after'],
  ],
  [
    'SET LOCAL statement_timeout inside a transaction',
    [
      'BEGIN',
      "SET LOCAL statement_timeout = '20ms'",
      'SELECT pg_sleep(0.2)',
      'ROLLBACK',
      'SELECT pg_sleep(0.05) IS NULL AS ok',
    ],
  ],
  [
    'SET application_name is per session',
    ["SET application_name = 'one'", two("SELECT current_setting('application_name') = 'one' AS same")],
  ],
  [
    'SET ROLE in one session',
    [
      'CREATE ROLE h92_reader',
      'SET ROLE h92_reader',
      'SELECT current_user AS u',
      two('SELECT current_user = session_user AS own'),
      'RESET ROLE',
      'DROP ROLE h92_reader',
    ],
  ],
  ['SET a setting in an aborted transaction', ['BEGIN', 'SELECT 1/0', "SET work_mem = '1MB'", 'ROLLBACK']],
  ['SET of a bad value', ["SET work_mem = 'lots'"]],
  ['SET of a value out of range', ['SET work_mem = 1']],
  ['SET of a boolean with a bad value', ['SET enable_seqscan = maybe']],
  ['SET of a postmaster setting', ["SET shared_buffers = '1MB'"]],
  [
    'SET of a superuser-only setting as superuser',
    ["SET log_min_duration_statement = '1s'", 'SHOW log_min_duration_statement'],
  ],
  ['SET of an internal setting', ['SET server_version = 1']],
  ['SET with several values on a list setting', ['SET search_path = a, b, "C d"', 'SHOW search_path']],
  ['SET with several values on a scalar setting', ['SET work_mem = 1, 2']],
  [
    'SET in the other session inside a rolled back transaction',
    [two('BEGIN'), two("SET work_mem = '5MB'"), two('ROLLBACK'), two('SHOW work_mem')],
  ],
];
for (const [name, steps] of SETTINGS) list.add(name, steps, T);

// --- prepared statements per session
const PREP: Array<[string, ProbeStep[]]> = [
  [
    'a prepared statement is invisible to the other session',
    ['PREPARE p AS SELECT 1 AS x', two('EXECUTE p'), 'EXECUTE p'],
  ],
  [
    'each session may prepare the same name',
    ['PREPARE p AS SELECT 1 AS x', two('PREPARE p AS SELECT 2 AS y'), 'EXECUTE p', two('EXECUTE p')],
  ],
  ['PREPARE of a name already used', ['PREPARE p AS SELECT 1', 'PREPARE p AS SELECT 2']],
  ['DEALLOCATE of a missing name', ['DEALLOCATE nope']],
  ['DEALLOCATE PREPARE of a name', ['PREPARE p AS SELECT 1', 'DEALLOCATE PREPARE p', 'EXECUTE p']],
  [
    'DEALLOCATE ALL in the other session leaves mine',
    ['PREPARE p AS SELECT 1 AS x', two('DEALLOCATE ALL'), 'EXECUTE p'],
  ],
  ['DEALLOCATE of the other session name', ['PREPARE p AS SELECT 1 AS x', two('DEALLOCATE p'), 'EXECUTE p']],
  [
    'pg_prepared_statements per session',
    [
      'PREPARE p AS SELECT $1::int + 1',
      'SELECT name, parameter_types::text, from_sql FROM pg_prepared_statements',
      two('SELECT count(*) AS n FROM pg_prepared_statements'),
    ],
  ],
  [
    'PREPARE survives a rolled back transaction',
    ['BEGIN', 'PREPARE p AS SELECT 1 AS x', 'ROLLBACK', 'EXECUTE p'],
  ],
  [
    'DEALLOCATE in a rolled back transaction',
    ['PREPARE p AS SELECT 1 AS x', 'BEGIN', 'DEALLOCATE p', 'ROLLBACK', 'EXECUTE p'],
  ],
  [
    'EXECUTE with a wrong number of parameters',
    ['PREPARE p(int) AS SELECT $1 AS x', 'EXECUTE p', 'EXECUTE p(1, 2)'],
  ],
  ['EXECUTE with a parameter of the wrong type', ['PREPARE p(int) AS SELECT $1 AS x', "EXECUTE p('a')"]],
  ['EXECUTE with an expression parameter', ['PREPARE p(int) AS SELECT $1 * 2 AS x', 'EXECUTE p(20 + 1)']],
  [
    'PREPARE with an inferred parameter type',
    [
      "PREPARE p AS SELECT $1 || 'x' AS x",
      "EXECUTE p('a')",
      'SELECT parameter_types::text FROM pg_prepared_statements',
    ],
  ],
  ['PREPARE of a statement that fails analysis', ['PREPARE p AS SELECT nope FROM t']],
  [
    'PREPARE of an INSERT and EXECUTE',
    [
      'PREPARE p(int, text) AS INSERT INTO t VALUES ($1, $2)',
      "EXECUTE p(8, 'h')",
      'SELECT v FROM t WHERE id = 8',
    ],
  ],
  [
    'EXECUTE after the table changed',
    ['PREPARE p AS SELECT * FROM t WHERE id = 1', 'ALTER TABLE t ADD COLUMN w int', 'EXECUTE p'],
  ],
  [
    'EXECUTE after the table was dropped',
    ['PREPARE p AS SELECT * FROM t WHERE id = 1', 'DROP TABLE t', 'EXECUTE p'],
  ],
  ['PREPARE in an aborted transaction', ['BEGIN', 'SELECT 1/0', 'PREPARE p AS SELECT 1', 'ROLLBACK']],
  [
    'CREATE TABLE AS EXECUTE',
    [
      'PREPARE p AS SELECT id FROM t WHERE id < 3',
      'CREATE TEMP TABLE tt AS EXECUTE p',
      'SELECT count(*) AS n FROM tt',
    ],
  ],
  ['EXPLAIN of EXECUTE is not compared but its error is', ['EXPLAIN EXECUTE nope']],
  ['PREPARE of a utility statement', ['PREPARE p AS BEGIN']],
  ['PREPARE with too many declared types', ['PREPARE p(int, int) AS SELECT $1 AS x', 'EXECUTE p(1, 2)']],
  ['PREPARE with a gap in parameter numbers', ['PREPARE p AS SELECT $2::int AS x', 'EXECUTE p(1, 2)']],
  ['DISCARD PLANS keeps prepared statements', ['PREPARE p AS SELECT 1 AS x', 'DISCARD PLANS', 'EXECUTE p']],
  [
    'DISCARD ALL drops only this session prepared statements',
    [
      'PREPARE p AS SELECT 1 AS x',
      two('PREPARE p AS SELECT 2 AS x'),
      two('DISCARD ALL'),
      'EXECUTE p',
      two('EXECUTE p'),
    ],
  ],
];
for (const [name, steps] of PREP) list.add(name, steps, T);

// --- cursors
const CUR = 'DECLARE c SCROLL CURSOR FOR SELECT id FROM t ORDER BY id';
const CURSORS: Array<[string, ProbeStep[]]> = [
  ['DECLARE outside a transaction', ['DECLARE c CURSOR FOR SELECT 1']],
  [
    'DECLARE WITH HOLD outside a transaction',
    ['DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id', 'FETCH 2 FROM c', 'CLOSE c'],
  ],
  ['FETCH from a missing cursor', ['BEGIN', 'FETCH c', 'ROLLBACK']],
  ['CLOSE of a missing cursor', ['BEGIN', 'CLOSE c', 'ROLLBACK']],
  ['MOVE of a missing cursor', ['BEGIN', 'MOVE c', 'ROLLBACK']],
  ['FETCH outside a transaction', ['FETCH c']],
  [
    'DECLARE of a name already used',
    ['BEGIN', 'DECLARE c CURSOR FOR SELECT 1', 'DECLARE c CURSOR FOR SELECT 2', 'ROLLBACK'],
  ],
  [
    'FETCH forms on a scroll cursor',
    [
      'BEGIN',
      CUR,
      'FETCH NEXT FROM c',
      'FETCH PRIOR FROM c',
      'FETCH FIRST FROM c',
      'FETCH LAST FROM c',
      'FETCH ABSOLUTE 2 FROM c',
      'FETCH RELATIVE 2 FROM c',
      'FETCH ABSOLUTE -1 FROM c',
      'FETCH RELATIVE -10 FROM c',
      'FETCH FORWARD 2 FROM c',
      'COMMIT',
    ],
  ],
  [
    'FETCH counts on a scroll cursor',
    [
      'BEGIN',
      CUR,
      'FETCH 0 FROM c',
      'FETCH 3 FROM c',
      'FETCH 0 FROM c',
      'FETCH BACKWARD 2 FROM c',
      'FETCH BACKWARD ALL FROM c',
      'FETCH ALL FROM c',
      'FETCH FORWARD ALL IN c',
      'COMMIT',
    ],
  ],
  [
    'FETCH ABSOLUTE 0 and beyond',
    [
      'BEGIN',
      CUR,
      'FETCH ABSOLUTE 0 FROM c',
      'FETCH ABSOLUTE 99 FROM c',
      'FETCH PRIOR FROM c',
      'FETCH ABSOLUTE -99 FROM c',
      'FETCH NEXT FROM c',
      'COMMIT',
    ],
  ],
  [
    'FETCH RELATIVE 0 re-reads the current row',
    ['BEGIN', CUR, 'FETCH 2 FROM c', 'FETCH RELATIVE 0 FROM c', 'FETCH RELATIVE 0 FROM c', 'COMMIT'],
  ],
  ['FETCH RELATIVE 0 before the first row', ['BEGIN', CUR, 'FETCH RELATIVE 0 FROM c', 'COMMIT']],
  [
    'FETCH BACKWARD on a no scroll cursor',
    [
      'BEGIN',
      'DECLARE c NO SCROLL CURSOR FOR SELECT id FROM t ORDER BY id',
      'FETCH 2 FROM c',
      'FETCH BACKWARD 1 FROM c',
      'ROLLBACK',
    ],
  ],
  [
    'FETCH PRIOR on a default cursor over a simple plan',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id',
      'FETCH 2 FROM c',
      'FETCH PRIOR FROM c',
      'COMMIT',
    ],
  ],
  [
    'FETCH ABSOLUTE backwards on a no scroll cursor',
    [
      'BEGIN',
      'DECLARE c NO SCROLL CURSOR FOR SELECT id FROM t ORDER BY id',
      'FETCH 3 FROM c',
      'FETCH ABSOLUTE 1 FROM c',
      'ROLLBACK',
    ],
  ],
  [
    'FETCH FIRST on a no scroll cursor at the start',
    [
      'BEGIN',
      'DECLARE c NO SCROLL CURSOR FOR SELECT id FROM t ORDER BY id',
      'FETCH FIRST FROM c',
      'FETCH FIRST FROM c',
      'ROLLBACK',
    ],
  ],
  [
    'MOVE answers a count',
    [
      'BEGIN',
      CUR,
      'MOVE 2 IN c',
      'FETCH 1 FROM c',
      'MOVE LAST IN c',
      'MOVE FORWARD ALL IN c',
      'MOVE BACKWARD ALL IN c',
      'MOVE ABSOLUTE 3 IN c',
      'MOVE RELATIVE -1 IN c',
      'FETCH 1 FROM c',
      'COMMIT',
    ],
  ],
  [
    'MOVE past the end answers 0',
    ['BEGIN', CUR, 'MOVE 99 IN c', 'MOVE 1 IN c', 'FETCH PRIOR FROM c', 'COMMIT'],
  ],
  ['FETCH without a direction or FROM', ['BEGIN', CUR, 'FETCH c', 'FETCH IN c', 'FETCH FROM c', 'COMMIT']],
  ['FETCH with a negative count', ['BEGIN', CUR, 'FETCH ALL FROM c', 'FETCH -2 FROM c', 'COMMIT']],
  [
    'FETCH FORWARD with a negative count',
    ['BEGIN', CUR, 'FETCH 4 FROM c', 'FETCH FORWARD -2 FROM c', 'COMMIT'],
  ],
  ['FETCH BACKWARD with a negative count', ['BEGIN', CUR, 'FETCH BACKWARD -2 FROM c', 'COMMIT']],
  ['a cursor is closed at commit', ['BEGIN', CUR, 'COMMIT', 'BEGIN', 'FETCH c', 'ROLLBACK']],
  [
    'a cursor declared in a rolled back savepoint is gone',
    ['BEGIN', 'SAVEPOINT s', CUR, 'ROLLBACK TO s', 'FETCH c', 'ROLLBACK'],
  ],
  [
    'a cursor fetched in a rolled back savepoint keeps its position',
    ['BEGIN', CUR, 'SAVEPOINT s', 'FETCH 2 FROM c', 'ROLLBACK TO s', 'FETCH 1 FROM c', 'COMMIT'],
  ],
  [
    'a WITH HOLD cursor outlives commit',
    [
      'BEGIN',
      'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
      'FETCH 1 FROM c',
      'COMMIT',
      'FETCH 2 FROM c',
      'CLOSE c',
      'FETCH c',
    ],
  ],
  [
    'a WITH HOLD cursor does not outlive rollback',
    ['BEGIN', 'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id', 'ROLLBACK', 'FETCH c'],
  ],
  [
    'a WITH HOLD cursor is invisible to the other session',
    [
      'BEGIN',
      'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
      'COMMIT',
      two('FETCH c'),
      'FETCH c',
    ],
  ],
  [
    'each session may hold a cursor of one name',
    [
      'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS a',
      two('DECLARE c CURSOR WITH HOLD FOR SELECT 2 AS b'),
      'FETCH c',
      two('FETCH c'),
    ],
  ],
  [
    'a WITH HOLD cursor keeps its snapshot after commit',
    [
      'BEGIN',
      'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
      'COMMIT',
      'DELETE FROM t',
      'FETCH ALL FROM c',
    ],
  ],
  [
    'a cursor sees the snapshot of its DECLARE',
    ['BEGIN', CUR, 'DELETE FROM t WHERE id = 2', 'FETCH ALL FROM c', 'COMMIT'],
  ],
  [
    'a cursor in read committed does not see the other session commit',
    ['BEGIN', CUR, two('DELETE FROM t WHERE id = 3'), 'FETCH ALL FROM c', 'COMMIT'],
  ],
  [
    'pg_cursors lists this session cursors',
    [
      'BEGIN',
      CUR,
      'SELECT name, is_holdable, is_binary, is_scrollable FROM pg_cursors',
      'COMMIT',
      'SELECT count(*) AS n FROM pg_cursors',
    ],
  ],
  [
    'pg_cursors of the other session',
    [
      'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
      two('SELECT count(*) AS n FROM pg_cursors'),
      'SELECT name FROM pg_cursors',
    ],
  ],
  [
    'CLOSE ALL',
    [
      'BEGIN',
      CUR,
      'DECLARE d CURSOR FOR SELECT 1',
      'CLOSE ALL',
      'SELECT count(*) AS n FROM pg_cursors',
      'COMMIT',
    ],
  ],
  ['CLOSE ALL outside a transaction', ['CLOSE ALL']],
  ['CLOSE outside a transaction', ['CLOSE c']],
  [
    'UPDATE WHERE CURRENT OF',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id FOR UPDATE',
      'FETCH 2 FROM c',
      "UPDATE t SET v = 'cur' WHERE CURRENT OF c",
      'COMMIT',
      'SELECT id, v FROM t ORDER BY id',
    ],
  ],
  [
    'DELETE WHERE CURRENT OF',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t WHERE id > 2 FOR UPDATE',
      'FETCH 1 FROM c',
      'DELETE FROM t WHERE CURRENT OF c RETURNING id',
      'COMMIT',
    ],
  ],
  [
    'WHERE CURRENT OF before the first FETCH',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t FOR UPDATE',
      "UPDATE t SET v = 'x' WHERE CURRENT OF c",
      'ROLLBACK',
    ],
  ],
  [
    'WHERE CURRENT OF past the end',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t FOR UPDATE',
      'FETCH ALL FROM c',
      "UPDATE t SET v = 'x' WHERE CURRENT OF c",
      'ROLLBACK',
    ],
  ],
  ['WHERE CURRENT OF a missing cursor', ['BEGIN', "UPDATE t SET v = 'x' WHERE CURRENT OF nope", 'ROLLBACK']],
  [
    'WHERE CURRENT OF a cursor over another table',
    [
      'CREATE TABLE o (id int)',
      'INSERT INTO o VALUES (1)',
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM o',
      'FETCH c',
      "UPDATE t SET v = 'x' WHERE CURRENT OF c",
      'ROLLBACK',
    ],
  ],
  [
    'WHERE CURRENT OF a cursor with an aggregate',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT count(*) FROM t',
      'FETCH c',
      "UPDATE t SET v = 'x' WHERE CURRENT OF c",
      'ROLLBACK',
    ],
  ],
  [
    'WHERE CURRENT OF a held cursor',
    [
      'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
      'FETCH c',
      "UPDATE t SET v = 'x' WHERE CURRENT OF c",
    ],
  ],
  [
    'WHERE CURRENT OF with a parameter',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id FOR UPDATE',
      'FETCH c',
      withParams('UPDATE t SET v = $1 WHERE CURRENT OF c RETURNING id, v', 'p'),
      'COMMIT',
    ],
  ],
  [
    'DECLARE with a parameter',
    [
      'BEGIN',
      withParams('DECLARE c CURSOR FOR SELECT id FROM t WHERE id > $1 ORDER BY id', 3),
      'FETCH ALL FROM c',
      'COMMIT',
    ],
  ],
  [
    'FETCH with the extended protocol',
    [
      'BEGIN',
      CUR,
      withParams('FETCH 2 FROM c'),
      withParams('MOVE 1 IN c'),
      withParams('FETCH 1 FROM c'),
      'COMMIT',
    ],
  ],
  [
    'DECLARE of a non-select statement',
    ['BEGIN', "DECLARE c CURSOR FOR INSERT INTO t VALUES (9, 'z')", 'ROLLBACK'],
  ],
  [
    'DECLARE of a VALUES list',
    ['BEGIN', 'DECLARE c CURSOR FOR VALUES (1), (2)', 'FETCH ALL FROM c', 'COMMIT'],
  ],
  [
    'DECLARE of a failing query errors at FETCH',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT 1/(id - 3) FROM t ORDER BY id',
      'FETCH 1 FROM c',
      'FETCH 2 FROM c',
      'ROLLBACK',
    ],
  ],
  ['DECLARE of a missing table', ['BEGIN', 'DECLARE c CURSOR FOR SELECT * FROM nope', 'ROLLBACK']],
  [
    'DECLARE BINARY cursor',
    ['BEGIN', 'DECLARE c BINARY CURSOR FOR SELECT 1::int AS a', 'SELECT is_binary FROM pg_cursors', 'COMMIT'],
  ],
  [
    'DECLARE INSENSITIVE cursor',
    ['BEGIN', 'DECLARE c INSENSITIVE CURSOR FOR SELECT id FROM t ORDER BY id', 'FETCH 1 FROM c', 'COMMIT'],
  ],
  [
    'DECLARE ASENSITIVE cursor',
    ['BEGIN', 'DECLARE c ASENSITIVE CURSOR FOR SELECT id FROM t ORDER BY id', 'FETCH 1 FROM c', 'COMMIT'],
  ],
  [
    'DECLARE SCROLL FOR UPDATE',
    ['BEGIN', 'DECLARE c SCROLL CURSOR FOR SELECT id FROM t FOR UPDATE', 'ROLLBACK'],
  ],
  [
    'DECLARE WITH HOLD FOR UPDATE',
    ['BEGIN', 'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t FOR UPDATE', 'ROLLBACK'],
  ],
  ['DECLARE NO SCROLL SCROLL', ['BEGIN', 'DECLARE c NO SCROLL SCROLL CURSOR FOR SELECT 1', 'ROLLBACK']],
  [
    'a cursor holding FOR UPDATE locks rows it fetched',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id FOR UPDATE',
      'FETCH 1 FROM c',
      two('SELECT id FROM t WHERE id = 1 FOR UPDATE NOWAIT'),
      'COMMIT',
    ],
  ],
  ['a cursor in an aborted transaction', ['BEGIN', CUR, 'SELECT 1/0', 'FETCH c', 'ROLLBACK']],
  [
    'a cursor name is case folded',
    ['BEGIN', 'DECLARE MyCur CURSOR FOR SELECT 1 AS a', 'FETCH mycur', 'CLOSE MYCUR', 'COMMIT'],
  ],
  [
    'a quoted cursor name keeps case',
    ['BEGIN', 'DECLARE "MyCur" CURSOR FOR SELECT 1 AS a', 'FETCH mycur', 'ROLLBACK'],
  ],
  [
    'MOVE count on a no scroll cursor after the end',
    [
      'BEGIN',
      'DECLARE c NO SCROLL CURSOR FOR SELECT id FROM t',
      'MOVE ALL IN c',
      'MOVE NEXT IN c',
      'FETCH c',
      'COMMIT',
    ],
  ],
  [
    'FETCH result columns of a cursor over a join',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT a.id, b.v FROM t a JOIN t b ON a.id = b.id ORDER BY a.id',
      'FETCH 2 FROM c',
      'COMMIT',
    ],
  ],
  [
    'refcursor from a function',
    [
      "CREATE FUNCTION rc() RETURNS refcursor LANGUAGE plpgsql AS $$ DECLARE r refcursor := 'fc'; BEGIN OPEN r FOR SELECT id FROM t ORDER BY id; RETURN r; END $$",
      'BEGIN',
      'SELECT rc() AS name',
      'FETCH 2 FROM fc',
      'COMMIT',
    ],
  ],
  [
    'refcursor from a function outside a transaction',
    [
      "CREATE FUNCTION rc() RETURNS refcursor LANGUAGE plpgsql AS $$ DECLARE r refcursor := 'fc'; BEGIN OPEN r FOR SELECT id FROM t ORDER BY id; RETURN r; END $$",
      'SELECT rc() AS name',
      'FETCH 2 FROM fc',
    ],
  ],
  [
    'DISCARD ALL closes held cursors',
    ['DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS a', 'DISCARD ALL', 'FETCH c'],
  ],
];
for (const [name, steps] of CURSORS) list.add(name, steps, T);

// --- LISTEN / NOTIFY command results
const NOTIFY: Array<[string, ProbeStep[]]> = [
  ['LISTEN answers LISTEN', ['LISTEN chan', 'UNLISTEN chan']],
  ['NOTIFY answers NOTIFY', ['NOTIFY chan']],
  ['NOTIFY with a payload', ["NOTIFY chan, 'hello'"]],
  ['NOTIFY with an empty payload', ["NOTIFY chan, ''"]],
  ['NOTIFY with a payload too long', ["SELECT pg_notify('chan', repeat('x', 8000))"]],
  ['NOTIFY with a payload just short enough', ["SELECT pg_notify('chan', repeat('x', 7999)) AS v"]],
  ['NOTIFY with a non-literal payload', ["NOTIFY chan, 'a' || 'b'"]],
  ['pg_notify answers void', ["SELECT pg_notify('chan', 'p') AS v"]],
  ['pg_notify with a null channel', ["SELECT pg_notify(NULL, 'p') AS v"]],
  ['pg_notify with an empty channel', ["SELECT pg_notify('', 'p') AS v"]],
  ['pg_notify with a null payload', ["SELECT pg_notify('chan', NULL) AS v"]],
  ['pg_notify with a long channel name', ["SELECT pg_notify(repeat('c', 64), 'p') AS v"]],
  ['NOTIFY of a quoted channel', ['NOTIFY "Mixed Case"']],
  [
    'LISTEN of a long identifier is truncated with a notice',
    [`LISTEN ${'l'.repeat(70)}`, 'SELECT pg_listening_channels() AS c'],
  ],
  ['UNLISTEN of a channel not listened to', ['UNLISTEN nope']],
  [
    'UNLISTEN star',
    ['LISTEN a', 'LISTEN b', 'UNLISTEN *', 'SELECT count(*) AS n FROM pg_listening_channels()'],
  ],
  [
    'pg_listening_channels per session',
    [
      'LISTEN a',
      two('LISTEN b'),
      'SELECT pg_listening_channels() AS c',
      two('SELECT pg_listening_channels() AS c'),
      'UNLISTEN *',
      two('UNLISTEN *'),
    ],
  ],
  [
    'LISTEN in a rolled back transaction',
    ['BEGIN', 'LISTEN a', 'ROLLBACK', 'SELECT count(*) AS n FROM pg_listening_channels()'],
  ],
  [
    'LISTEN is seen inside its transaction only after commit',
    [
      'BEGIN',
      'LISTEN a',
      'SELECT count(*) AS n FROM pg_listening_channels()',
      'COMMIT',
      'SELECT pg_listening_channels() AS c',
      'UNLISTEN a',
    ],
  ],
  ['LISTEN twice lists once', ['LISTEN a', 'LISTEN a', 'SELECT pg_listening_channels() AS c', 'UNLISTEN a']],
  ['LISTEN with extended protocol', [withParams('LISTEN a'), withParams('UNLISTEN a')]],
  ['NOTIFY in an aborted transaction', ['BEGIN', 'SELECT 1/0', 'NOTIFY chan', 'ROLLBACK']],
  ['NOTIFY inside a transaction then rollback', ['BEGIN', "NOTIFY chan, 'x'", 'ROLLBACK', 'SELECT 1 AS x']],
  ['pg_notification_queue_usage', ['SELECT pg_notification_queue_usage() AS u']],
  ['NOTIFY with a parameter payload is a syntax error', [withParams('NOTIFY chan, $1', 'x')]],
  ['pg_notify with parameters', [withParams('SELECT pg_notify($1, $2) AS v', 'chan', 'x')]],
  ['LISTEN of a keyword channel', ['LISTEN select']],
  [
    'LISTEN of a quoted keyword channel',
    ['LISTEN "select"', 'SELECT pg_listening_channels() AS c', 'UNLISTEN "select"'],
  ],
  [
    'UNLISTEN in the other session leaves mine',
    ['LISTEN a', two('UNLISTEN *'), 'SELECT pg_listening_channels() AS c', 'UNLISTEN a'],
  ],
];
for (const [name, steps] of NOTIFY) list.add(name, steps, T);

// --- session state made in ways a statement's text does not show
const HIDDEN: Array<[string, ProbeStep[]]> = [
  [
    'a temp table made by EXECUTE in a DO block is the session own',
    [
      "DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE x (a int)'; END $$",
      'INSERT INTO x VALUES (1)',
      two('SELECT count(*) AS n FROM x'),
      'SELECT count(*) AS n FROM x',
    ],
  ],
  [
    'a temp table made inside a function is the session own',
    [
      'CREATE FUNCTION mk() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE y (a int); END $$',
      'SELECT mk()',
      two('SELECT count(*) AS n FROM y'),
      'SELECT count(*) AS n FROM y',
    ],
  ],
  [
    'SELECT INTO TEMP makes a session table',
    ['SELECT id INTO TEMP z FROM t', two('SELECT count(*) AS n FROM z'), 'SELECT count(*) AS n FROM z'],
  ],
  [
    'CREATE TEMP TABLE AS makes a session table',
    ['CREATE TEMP TABLE z AS SELECT id FROM t', two('SELECT count(*) AS n FROM z')],
  ],
  [
    'CREATE TEMPORARY VIEW is the session own',
    ['CREATE TEMPORARY VIEW w AS SELECT 1 AS a', two('SELECT a FROM w'), 'SELECT a FROM w'],
  ],
  [
    'a view over a temp view is temporary too',
    [
      'CREATE TEMP VIEW w AS SELECT 1 AS a',
      'CREATE VIEW w2 AS SELECT a FROM w',
      two('SELECT a FROM w2'),
      'SELECT a FROM w2',
    ],
  ],
  [
    'a view over a temp table in a multi-statement query',
    ['CREATE TEMP TABLE tt (a int); CREATE VIEW tv AS SELECT a FROM tt', two('SELECT count(*) AS n FROM tv')],
  ],
  [
    'a quoted view over a temp table',
    [
      'CREATE TEMP TABLE tt (a int)',
      'CREATE VIEW "Tv" AS SELECT a FROM tt',
      two('SELECT count(*) AS n FROM "Tv"'),
      'SELECT count(*) AS n FROM "Tv"',
    ],
  ],
  [
    'a view over a temp table with client_min_messages warning',
    [
      'SET client_min_messages = warning',
      'CREATE TEMP TABLE tt (a int)',
      'CREATE VIEW tv AS SELECT a FROM tt',
      two('SELECT count(*) AS n FROM tv'),
    ],
  ],
  [
    'a setting made by EXECUTE in a DO block stays in its session',
    ["DO $$ BEGIN EXECUTE 'SET work_mem = ''64MB'''; END $$", two('SHOW work_mem'), 'SHOW work_mem'],
  ],
  [
    'a setting made by a function SET clause does not outlive the call',
    [
      "CREATE FUNCTION wm() RETURNS text LANGUAGE sql SET work_mem = '8MB' AS $$ SELECT current_setting('work_mem') $$",
      'SELECT wm() AS inside',
      'SHOW work_mem',
      two('SHOW work_mem'),
    ],
  ],
  [
    'set_config by parameters stays in its session',
    [
      withParams('SELECT set_config($1, $2, false) AS v', 'work_mem', '64MB'),
      two('SHOW work_mem'),
      'SHOW work_mem',
    ],
  ],
  [
    'currval on the other session before its nextval',
    ['CREATE SEQUENCE s', "SELECT nextval('s') AS v", two("SELECT currval('s')")],
  ],
  [
    'lastval on the other session before any nextval',
    ['CREATE SEQUENCE s', "SELECT nextval('s') AS v", two('SELECT lastval()')],
  ],
  [
    'currval keeps this session value after the other session nextval',
    [
      'CREATE SEQUENCE s',
      "SELECT nextval('s') AS v",
      two("SELECT nextval('s') AS v"),
      "SELECT currval('s') AS c",
    ],
  ],
  [
    'currval after the other session setval',
    [
      'CREATE SEQUENCE s',
      "SELECT nextval('s') AS v",
      two("SELECT setval('s', 50) AS v"),
      "SELECT currval('s') AS c",
      "SELECT nextval('s') AS n",
    ],
  ],
  [
    'a serial insert leaves currval in its session only',
    [
      'CREATE TABLE q (id serial, a int)',
      'INSERT INTO q (a) VALUES (1)',
      two("SELECT currval('q_id_seq')"),
      "SELECT currval('q_id_seq') AS c",
    ],
  ],
  [
    'a LISTEN by EXECUTE in a DO block',
    [
      "DO $$ BEGIN EXECUTE 'LISTEN hidden'; END $$",
      'SELECT pg_listening_channels() AS c',
      two('SELECT count(*) AS n FROM pg_listening_channels()'),
      'UNLISTEN *',
    ],
  ],
  [
    'an advisory lock taken inside a function',
    [
      'CREATE FUNCTION take() RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_lock(77) $$',
      'SELECT take()',
      two('SELECT pg_try_advisory_lock(77) AS got'),
      'SELECT pg_advisory_unlock(77) AS freed',
    ],
  ],
  [
    'a custom setting made inside a function',
    [
      "CREATE FUNCTION tag() RETURNS text LANGUAGE sql AS $$ SELECT set_config('app.tag', 'x', false) $$",
      'SELECT tag()',
      two("SELECT current_setting('app.tag', true) AS v"),
      "SELECT current_setting('app.tag') AS v",
    ],
  ],
];
for (const [name, steps] of HIDDEN) list.add(name, steps, T);
export default list.cases;
