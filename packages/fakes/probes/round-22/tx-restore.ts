// Round 22 probe (h132), transactions part 5: what ROLLBACK, ROLLBACK TO SAVEPOINT and RELEASE
// restore of rows, settings, sequences, read-only mode and advisory locks, with the statements the
// pg-mem engine runs itself (PostgreSQL 15 docs SAVEPOINT, ROLLBACK TO SAVEPOINT, RELEASE SAVEPOINT,
// SET, 9.17 sequences, 9.27.10 advisory locks), on the simple and the extended protocol.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: restore: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const T = `CREATE TABLE t (a int PRIMARY KEY, b text NOT NULL, n int DEFAULT 0);
INSERT INTO t VALUES (1, 'x', 0), (2, 'y', 0);`;
const ROWS = 'SELECT a, b, n FROM t ORDER BY a';

// ---------------------------------------------------------------- rows
add(
  'rows: insert in savepoint rolled back',
  ['BEGIN', 'SAVEPOINT s', "INSERT INTO t VALUES (3, 'z')", 'ROLLBACK TO s', ROWS, 'COMMIT', ROWS],
  T,
);
add(
  'rows: update then savepoint update rolled back',
  [
    'BEGIN',
    'UPDATE t SET n = 1',
    'SAVEPOINT s',
    'UPDATE t SET n = 2 WHERE a = 1',
    'ROLLBACK TO s',
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: delete all rolled back to savepoint then insert',
  ['BEGIN', 'SAVEPOINT s', 'DELETE FROM t', 'ROLLBACK TO s', "INSERT INTO t VALUES (3, 'z')", 'COMMIT', ROWS],
  T,
);
add(
  'rows: update returning rolled back',
  ['BEGIN', "UPDATE t SET b = b || '!' RETURNING a, b", 'ROLLBACK', ROWS],
  T,
);
add(
  'rows: delete returning in savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    'DELETE FROM t WHERE a = 1 RETURNING a, b',
    'ROLLBACK TO s',
    'DELETE FROM t WHERE a = 2 RETURNING a',
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: upsert rolled back to savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (1, 'new') ON CONFLICT (a) DO UPDATE SET b = excluded.b, n = t.n + 1",
    'ROLLBACK TO s',
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: rollback to twice',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (3, 'z')",
    'ROLLBACK TO s',
    "INSERT INTO t VALUES (4, 'w')",
    'ROLLBACK TO s',
    "INSERT INTO t VALUES (5, 'v')",
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: release then whole rollback',
  ['BEGIN', 'SAVEPOINT s', "INSERT INTO t VALUES (3, 'z')", 'RELEASE s', 'ROLLBACK', ROWS],
  T,
);
add(
  'rows: release keeps work',
  ['BEGIN', 'SAVEPOINT s', "INSERT INTO t VALUES (3, 'z')", 'RELEASE SAVEPOINT s', 'COMMIT', ROWS],
  T,
);
add(
  'rows: error then recovery then error again',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (1, 'dup')",
    'ROLLBACK TO s',
    "INSERT INTO t VALUES (3, 'ok')",
    'SAVEPOINT s2',
    "INSERT INTO t VALUES (3, 'dup')",
    'ROLLBACK TO s2',
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: error after release is not recoverable by released name',
  ['BEGIN', 'SAVEPOINT s', 'RELEASE s', "INSERT INTO t VALUES (1, 'dup')", 'ROLLBACK TO s', 'ROLLBACK', ROWS],
  T,
);
add(
  'rows: recovery by outer savepoint after inner error',
  [
    'BEGIN',
    "INSERT INTO t VALUES (3, 'a')",
    'SAVEPOINT o',
    "INSERT INTO t VALUES (4, 'b')",
    'SAVEPOINT i',
    'SELECT 1/0',
    'ROLLBACK TO o',
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: savepoint name is case folded',
  ['BEGIN', 'SAVEPOINT Mark', "INSERT INTO t VALUES (3, 'z')", 'ROLLBACK TO mark', 'COMMIT', ROWS],
  T,
);
add('rows: quoted savepoint name differs', ['BEGIN', 'SAVEPOINT "Mark"', 'ROLLBACK TO mark', 'ROLLBACK'], T);
add(
  'rows: commit of failed transaction discards',
  ['BEGIN', "INSERT INTO t VALUES (3, 'z')", "INSERT INTO t VALUES (1, 'x')", 'COMMIT', ROWS],
  T,
);
add(
  'rows: not null error in block then rollback to',
  [
    'BEGIN',
    'SAVEPOINT s',
    'INSERT INTO t (a) VALUES (3)',
    'ROLLBACK TO s',
    "INSERT INTO t (a, b) VALUES (3, 'q')",
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: implicit multi statement rolled back as one',
  ["INSERT INTO t VALUES (3, 'z'); UPDATE t SET n = 9; DELETE FROM t WHERE a = 1; SELECT 1/0", ROWS],
  T,
);
add(
  'rows: implicit multi statement kept when it succeeds',
  ["INSERT INTO t VALUES (3, 'z'); UPDATE t SET n = 9 WHERE a = 3", ROWS],
  T,
);
add(
  'rows: extended protocol savepoint recovery',
  [
    withParams('BEGIN'),
    withParams('SAVEPOINT s'),
    withParams('INSERT INTO t VALUES ($1, $2)', 1, 'dup'),
    withParams('SELECT $1::int AS v', 1),
    withParams('ROLLBACK TO SAVEPOINT s'),
    withParams('INSERT INTO t VALUES ($1, $2)', 3, 'ok'),
    withParams('COMMIT'),
    ROWS,
  ],
  T,
);
add(
  'rows: extended protocol bad parameter in savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    withParams('UPDATE t SET n = $1 WHERE a = 1', 'nope'),
    'ROLLBACK TO s',
    withParams('UPDATE t SET n = $1 WHERE a = 1', 4),
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'rows: returning with params rolled back',
  ['BEGIN', withParams('INSERT INTO t VALUES ($1, $2) RETURNING a, b, n', 3, 'z'), 'ROLLBACK', ROWS],
  T,
);

// ---------------------------------------------------------------- settings pg-mem keeps
add('settings: set local application_name', [
  'BEGIN',
  "SET LOCAL application_name = 'inner'",
  'SHOW application_name',
  'COMMIT',
  'SHOW application_name',
]);
add('settings: set rolled back', [
  'BEGIN',
  "SET application_name = 'gone'",
  'ROLLBACK',
  'SHOW application_name',
]);
add('settings: set committed', ['BEGIN', "SET application_name = 'kept'", 'COMMIT', 'SHOW application_name']);
add('settings: set in savepoint rolled back to', [
  'BEGIN',
  "SET lock_timeout = '2s'",
  'SAVEPOINT s',
  "SET lock_timeout = '3s'",
  'ROLLBACK TO s',
  'SHOW lock_timeout',
  'COMMIT',
  'SHOW lock_timeout',
]);
add('settings: set in released savepoint kept', [
  'BEGIN',
  'SAVEPOINT s',
  "SET lock_timeout = '3s'",
  'RELEASE s',
  'COMMIT',
  'SHOW lock_timeout',
]);
add('settings: set local in released savepoint ends at commit', [
  'BEGIN',
  'SAVEPOINT s',
  "SET LOCAL lock_timeout = '3s'",
  'RELEASE s',
  'SHOW lock_timeout',
  'COMMIT',
  'SHOW lock_timeout',
]);
add('settings: set local then rollback to', [
  'BEGIN',
  "SET LOCAL statement_timeout = '4s'",
  'SAVEPOINT s',
  "SET LOCAL statement_timeout = '5s'",
  'ROLLBACK TO s',
  'SHOW statement_timeout',
  'ROLLBACK',
]);
add('settings: set then set local then commit', [
  'BEGIN',
  "SET statement_timeout = '4s'",
  "SET LOCAL statement_timeout = '5s'",
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('settings: set local then set then commit', [
  'BEGIN',
  "SET LOCAL statement_timeout = '5s'",
  "SET statement_timeout = '4s'",
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('settings: set local then reset then commit', [
  "SET statement_timeout = '4s'",
  'BEGIN',
  "SET LOCAL statement_timeout = '5s'",
  'RESET statement_timeout',
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('settings: reset in rolled back transaction', [
  "SET statement_timeout = '4s'",
  'BEGIN',
  'RESET statement_timeout',
  'ROLLBACK',
  'SHOW statement_timeout',
]);
add('settings: reset all rolled back', [
  "SET application_name = 'a'",
  "SET lock_timeout = '1s'",
  'BEGIN',
  'RESET ALL',
  'SHOW application_name',
  'ROLLBACK',
  'SHOW application_name',
  'SHOW lock_timeout',
]);
add('settings: set to default in savepoint', [
  "SET lock_timeout = '1s'",
  'BEGIN',
  'SAVEPOINT s',
  'SET lock_timeout TO DEFAULT',
  'SHOW lock_timeout',
  'ROLLBACK TO s',
  'SHOW lock_timeout',
  'COMMIT',
]);
add('settings: set local outside transaction', ["SET LOCAL application_name = 'x'", 'SHOW application_name']);
add('settings: set session inside transaction', [
  'BEGIN',
  "SET SESSION application_name = 's'",
  'COMMIT',
  'SHOW application_name',
]);
add('settings: failed transaction undoes set', [
  'BEGIN',
  "SET application_name = 'f'",
  'SELECT 1/0',
  'ROLLBACK',
  'SHOW application_name',
]);
add('settings: commit of failed transaction undoes set', [
  'BEGIN',
  "SET application_name = 'f'",
  'SELECT 1/0',
  'COMMIT',
  'SHOW application_name',
]);
add('settings: show in failed transaction', ['BEGIN', 'SELECT 1/0', 'SHOW application_name', 'ROLLBACK']);
add('settings: set in implicit multi statement that fails', [
  "SET application_name = 'm'; SELECT 1/0",
  'SHOW application_name',
]);
add('settings: set in implicit multi statement kept', [
  "SET application_name = 'm'; SELECT 1 AS x",
  'SHOW application_name',
]);
add('settings: current_setting after set local', [
  'BEGIN',
  "SET LOCAL lock_timeout = '7s'",
  "SELECT current_setting('lock_timeout') AS v",
  'COMMIT',
  "SELECT current_setting('lock_timeout') AS v",
]);
add('settings: set with params is a syntax error', [withParams('SET application_name = $1', 'x')]);
add('settings: client_min_messages local', [
  'BEGIN',
  'SET LOCAL client_min_messages = error',
  'SHOW client_min_messages',
  'COMMIT',
  'SHOW client_min_messages',
]);
add(
  'settings: search_path local to missing schema',
  [
    'BEGIN',
    'SET LOCAL search_path = nope',
    'SELECT count(*) AS n FROM t',
    'ROLLBACK',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('settings: timeout units after rollback to', [
  'BEGIN',
  'SET LOCAL lock_timeout = 1500',
  'SAVEPOINT s',
  'SET LOCAL lock_timeout = 60000',
  'SHOW lock_timeout',
  'ROLLBACK TO s',
  'SHOW lock_timeout',
  'COMMIT',
]);

// ---------------------------------------------------------------- sequences
const SEQ = 'CREATE SEQUENCE sq; CREATE TABLE s (id serial PRIMARY KEY, v text);';
add(
  'sequences: nextval in savepoint not rolled back',
  [
    'BEGIN',
    'SAVEPOINT s',
    "SELECT nextval('sq') AS v",
    'ROLLBACK TO s',
    "SELECT nextval('sq') AS v",
    'COMMIT',
  ],
  SEQ,
);
add(
  'sequences: setval is_called false rolled back',
  ['BEGIN', "SELECT setval('sq', 10, false) AS v", 'ROLLBACK', "SELECT nextval('sq') AS v"],
  SEQ,
);
add(
  'sequences: currval in next transaction',
  ['BEGIN', "SELECT nextval('sq') AS v", 'ROLLBACK', 'BEGIN', "SELECT currval('sq') AS v", 'COMMIT'],
  SEQ,
);
add(
  'sequences: serial in rolled back savepoint leaves gap',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO s (v) VALUES ('a') RETURNING id",
    'ROLLBACK TO s',
    "INSERT INTO s (v) VALUES ('b') RETURNING id",
    'COMMIT',
    'SELECT id, v FROM s',
  ],
  SEQ,
);
add(
  'sequences: nextval in implicit multi statement that fails',
  ["SELECT nextval('sq'); SELECT 1/0", "SELECT nextval('sq') AS v"],
  SEQ,
);
add(
  'sequences: nextval in failed transaction',
  ['BEGIN', 'SELECT 1/0', "SELECT nextval('sq')", 'ROLLBACK', "SELECT currval('sq')"],
  SEQ,
);
add(
  'sequences: nextval with params in savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    withParams('SELECT nextval($1) AS v', 'sq'),
    'ROLLBACK TO s',
    withParams('SELECT nextval($1::regclass) AS v', 'sq'),
    'COMMIT',
  ],
  SEQ,
);

// ---------------------------------------------------------------- modes
add('modes: read only restored by rollback to', [
  'BEGIN',
  'SAVEPOINT s',
  'SET TRANSACTION READ ONLY',
  'SHOW transaction_read_only',
  'ROLLBACK TO s',
  'SHOW transaction_read_only',
  'COMMIT',
]);
add('modes: read only restored by release', [
  'BEGIN',
  'SAVEPOINT s',
  'SET TRANSACTION READ ONLY',
  'RELEASE s',
  'SHOW transaction_read_only',
  'COMMIT',
]);
add(
  'modes: read only write in savepoint recovered',
  [
    'BEGIN READ ONLY',
    'SAVEPOINT s',
    "INSERT INTO t VALUES (3, 'z')",
    'ROLLBACK TO s',
    'SHOW transaction_read_only',
    'COMMIT',
    ROWS,
  ],
  T,
);
add(
  'modes: set transaction outside block',
  ['SET TRANSACTION READ ONLY', 'SHOW transaction_read_only', "INSERT INTO t VALUES (3, 'z')"],
  T,
);
add('modes: isolation after rollback', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK',
  'SHOW transaction_isolation',
]);
add('modes: isolation in failed transaction show', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  'SELECT 1/0',
  'SHOW transaction_isolation',
  'ROLLBACK',
]);
add(
  'modes: start transaction read only then set read write first',
  [
    'START TRANSACTION READ ONLY',
    'SET TRANSACTION READ WRITE',
    "INSERT INTO t VALUES (3, 'z')",
    'COMMIT',
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add('modes: begin read write read only last wins', [
  'BEGIN READ WRITE, READ ONLY',
  'SHOW transaction_read_only',
  'ROLLBACK',
]);
add('modes: begin isolation twice', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE ISOLATION LEVEL READ COMMITTED',
  'SHOW transaction_isolation',
  'ROLLBACK',
]);
add(
  'modes: read only after write allowed',
  [
    'BEGIN',
    "INSERT INTO t VALUES (3, 'z')",
    'SET TRANSACTION READ ONLY',
    "INSERT INTO t VALUES (4, 'w')",
    'ROLLBACK',
  ],
  T,
);

// ---------------------------------------------------------------- advisory locks in one session
add('advisory: xact lock unlock warns false', [
  'BEGIN',
  'SELECT pg_try_advisory_xact_lock(5) AS got',
  'SELECT pg_advisory_unlock(5) AS freed',
  'COMMIT',
]);
add('advisory: session lock unlock twice', [
  'SELECT pg_advisory_lock(6)',
  'SELECT pg_advisory_unlock(6) AS a',
  'SELECT pg_advisory_unlock(6) AS b',
]);
add('advisory: session lock counted twice', [
  'SELECT pg_advisory_lock(6)',
  'SELECT pg_try_advisory_lock(6) AS again',
  'SELECT pg_advisory_unlock(6) AS a',
  'SELECT pg_advisory_unlock(6) AS b',
  'SELECT pg_advisory_unlock(6) AS c',
]);
add('advisory: shared unlock of exclusive', [
  'SELECT pg_advisory_lock(6)',
  'SELECT pg_advisory_unlock_shared(6) AS s',
  'SELECT pg_advisory_unlock(6) AS e',
]);
add('advisory: session lock kept after rollback', [
  'BEGIN',
  'SELECT pg_advisory_lock(6)',
  'ROLLBACK',
  'SELECT pg_advisory_unlock(6) AS freed',
]);
add('advisory: xact lock types', [
  'SELECT pg_typeof(pg_advisory_xact_lock(1)) AS t, pg_typeof(pg_try_advisory_xact_lock(2)) AS u',
]);
add('advisory: unlock all returns void', [
  'SELECT pg_advisory_lock(1)',
  'SELECT pg_advisory_unlock_all() AS v',
  'SELECT pg_advisory_unlock(1) AS freed',
]);
add('advisory: bigint key', [
  'SELECT pg_try_advisory_xact_lock(9223372036854775807) AS got',
  'SELECT pg_try_advisory_lock(-1) AS got',
  'SELECT pg_advisory_unlock(-1) AS freed',
]);
add('advisory: with params', [
  withParams('SELECT pg_try_advisory_lock($1) AS got', 42),
  withParams('SELECT pg_advisory_unlock($1) AS freed', 42),
]);

// ---------------------------------------------------------------- transaction timestamps
add('time: now fixed in transaction', [
  'BEGIN',
  'SELECT now() = transaction_timestamp() AS a, now() = current_timestamp AS b',
  { pauseMs: 3 },
  'SELECT statement_timestamp() > now() AS later',
  'COMMIT',
]);
add('time: now equals statement start outside', ['SELECT now() = statement_timestamp() AS same']);

export default list.cases;
