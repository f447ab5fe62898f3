// Round 24 probe, area E part 2: two connections: visibility, serialization failures that do not wait,
// NOWAIT / SKIP LOCKED across connections, advisory locks, sequences and identity across connections.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r24 E two: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const A = `CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL);
INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50), (3, 'cy', 0);`;
const S = `CREATE SEQUENCE seq; CREATE TABLE item (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
CREATE TABLE ser (id serial PRIMARY KEY, name text);`;

// --- visibility, where one connection has finished before the other reads
for (const level of ['READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE']) {
  const lc = level.toLowerCase();
  add(
    `${lc}: the other connection's committed insert seen by a new transaction`,
    [
      "INSERT INTO acct VALUES (4, 'dee', 5)",
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT id FROM acct ORDER BY id'),
      two('COMMIT'),
    ],
    A,
  );
  add(
    `${lc}: a rolled back insert is never seen`,
    [
      'BEGIN',
      "INSERT INTO acct VALUES (4, 'dee', 5)",
      'ROLLBACK',
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT count(*) FROM acct'),
      two('COMMIT'),
    ],
    A,
  );
  add(
    `${lc}: the second connection's own writes are seen by itself`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('UPDATE acct SET balance = 1 WHERE id = 1'),
      two('SELECT balance FROM acct WHERE id = 1'),
      two('COMMIT'),
      'SELECT balance FROM acct WHERE id = 1',
    ],
    A,
  );
  add(
    `${lc}: a committed delete by the second connection seen by the first`,
    [
      two('DELETE FROM acct WHERE id = 3'),
      `BEGIN ISOLATION LEVEL ${level}`,
      'SELECT id FROM acct ORDER BY id',
      'COMMIT',
    ],
    A,
  );
  add(
    `${lc}: a rolled back transaction of the second leaves nothing`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two("UPDATE acct SET owner = 'x'"),
      two('ROLLBACK'),
      'SELECT owner FROM acct ORDER BY id',
    ],
    A,
  );
  add(
    `${lc}: a failed transaction of the second leaves nothing`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two("INSERT INTO acct VALUES (9, 'z', 0)"),
      two('SELECT 1/0'),
      two('COMMIT'),
      'SELECT count(*) FROM acct',
    ],
    A,
  );
  add(
    `${lc}: transaction_isolation of one connection does not leak`,
    [
      `BEGIN ISOLATION LEVEL ${level}`,
      'SHOW transaction_isolation',
      'COMMIT',
      two('SHOW transaction_isolation'),
    ],
    A,
  );
  add(
    `${lc}: default_transaction_isolation is per connection`,
    [
      `SET default_transaction_isolation = '${lc}'`,
      two('SHOW default_transaction_isolation'),
      'SHOW default_transaction_isolation',
      two('BEGIN'),
      two('SHOW transaction_isolation'),
      two('COMMIT'),
    ],
    A,
  );
}
add(
  'read only: default_transaction_read_only on one connection does not bind the other',
  [
    'SET default_transaction_read_only = on',
    two("INSERT INTO acct VALUES (4, 'd', 0)"),
    "INSERT INTO acct VALUES (5, 'e', 0)",
    'SELECT count(*) FROM acct',
  ],
  A,
);
add(
  'read only: a read-only transaction of one connection, then the other writes',
  [
    'BEGIN READ ONLY',
    'SELECT count(*) FROM acct',
    'COMMIT',
    two('UPDATE acct SET balance = 0 WHERE id = 1'),
    'SELECT balance FROM acct WHERE id = 1',
  ],
  A,
);
add('DDL committed by one connection seen by the other', [
  'CREATE TABLE t2 (a int)',
  'INSERT INTO t2 VALUES (1)',
  two('SELECT a FROM t2'),
]);
add('DDL rolled back by one connection unknown to the other', [
  'BEGIN',
  'CREATE TABLE t3 (a int)',
  'ROLLBACK',
  two('SELECT a FROM t3'),
]);
add('a table dropped by the second is gone for the first', [two('DROP TABLE acct'), 'SELECT * FROM acct'], A);
add(
  'a column added by the second is seen by the first',
  [two("ALTER TABLE acct ADD COLUMN note text DEFAULT 'n'"), 'SELECT id, note FROM acct ORDER BY id'],
  A,
);
add('a temp table of one connection is not seen by the other', [
  'CREATE TEMP TABLE tmp (a int)',
  two('SELECT * FROM tmp'),
]);
add('two connections may each have a temp table of the same name', [
  'CREATE TEMP TABLE tmp (a int)',
  'INSERT INTO tmp VALUES (1)',
  two('CREATE TEMP TABLE tmp (b text)'),
  two("INSERT INTO tmp VALUES ('x')"),
  two('SELECT b FROM tmp'),
  'SELECT a FROM tmp',
]);
add(
  "a unique violation against the other connection's committed row",
  [two("INSERT INTO acct VALUES (4, 'd', 0)"), "INSERT INTO acct VALUES (4, 'e', 0)"],
  A,
);
add(
  "on conflict do nothing against the other connection's committed row",
  [
    two("INSERT INTO acct VALUES (4, 'd', 0)"),
    "INSERT INTO acct VALUES (4, 'e', 0) ON CONFLICT DO NOTHING RETURNING id",
    'SELECT owner FROM acct WHERE id = 4',
  ],
  A,
);
add(
  "upsert over the other connection's committed row",
  [
    two("INSERT INTO acct VALUES (4, 'd', 1)"),
    "INSERT INTO acct VALUES (4, 'e', 2) ON CONFLICT (id) DO UPDATE SET balance = acct.balance + excluded.balance RETURNING owner, balance",
  ],
  A,
);
add(
  'serializable: a transaction with only reads commits',
  [
    two('BEGIN ISOLATION LEVEL SERIALIZABLE'),
    two('SELECT sum(balance) FROM acct'),
    two('COMMIT'),
    'UPDATE acct SET balance = 0 WHERE id = 1',
  ],
  A,
);
add(
  'repeatable read: own update then read',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'UPDATE acct SET balance = balance - 10 WHERE id = 1 RETURNING balance',
    'SELECT balance FROM acct WHERE id = 1',
    'COMMIT',
    two('SELECT balance FROM acct WHERE id = 1'),
  ],
  A,
);
add('xact visibility functions: txid_current_if_assigned is null before a write', [
  'BEGIN',
  'SELECT txid_current_if_assigned() IS NULL AS v',
  'COMMIT',
]);
add('pg_current_xact_id_if_assigned is null in a read-only transaction', [
  'BEGIN',
  'SELECT pg_current_xact_id_if_assigned() IS NULL AS v',
  'COMMIT',
]);
add('pg_current_xact_id is stable in a transaction', [
  'BEGIN',
  'CREATE TEMP TABLE x AS SELECT pg_current_xact_id() AS a',
  'SELECT (SELECT a FROM x) = pg_current_xact_id() AS v',
  'COMMIT',
]);
add('two connections get different transaction ids', [
  'CREATE TABLE ids (x xid8)',
  'INSERT INTO ids VALUES (pg_current_xact_id())',
  two('INSERT INTO ids VALUES (pg_current_xact_id())'),
  'SELECT count(DISTINCT x::text) FROM ids',
]);
add('pg_xact_status of a committed xid', [
  'CREATE TABLE ids (x xid8)',
  'INSERT INTO ids VALUES (pg_current_xact_id())',
  two('SELECT pg_xact_status(x) FROM ids'),
]);
add('pg_xact_status of a rolled back xid', [
  'CREATE TABLE ids (x xid8)',
  'BEGIN',
  'CREATE TEMP TABLE keep (x xid8)',
  'ROLLBACK',
  'BEGIN',
  'INSERT INTO ids VALUES (pg_current_xact_id())',
  'COMMIT',
  'SELECT pg_xact_status(x) FROM ids',
]);

// --- row locks across connections after the holder finished (no wait)
for (const s of ['FOR UPDATE', 'FOR NO KEY UPDATE', 'FOR SHARE', 'FOR KEY SHARE']) {
  const l = s.toLowerCase();
  add(
    `${l}: a lock released by commit lets the other take it nowait`,
    [
      'BEGIN',
      `SELECT id FROM acct WHERE id = 1 ${s}`,
      'COMMIT',
      two('BEGIN'),
      two(`SELECT id, balance FROM acct WHERE id = 1 ${s} NOWAIT`),
      two('COMMIT'),
    ],
    A,
  );
  add(
    `${l}: a lock released by rollback lets the other skip nothing`,
    [
      'BEGIN',
      `SELECT id FROM acct ${s}`,
      'ROLLBACK',
      two('BEGIN'),
      two(`SELECT id FROM acct ORDER BY id ${s} SKIP LOCKED`),
      two('COMMIT'),
    ],
    A,
  );
  add(
    `${l}: autocommit lock is released at once`,
    [`SELECT id FROM acct WHERE id = 2 ${s}`, two(`SELECT id FROM acct WHERE id = 2 ${s} NOWAIT`)],
    A,
  );
}
add(
  'claim queue: two workers take consecutive batches',
  [
    'BEGIN',
    'SELECT id FROM acct ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED',
    "UPDATE acct SET owner = 'w1' WHERE id = 1",
    'COMMIT',
    two('BEGIN'),
    two("SELECT id FROM acct WHERE owner <> 'w1' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"),
    two('COMMIT'),
  ],
  A,
);
add(
  'for update of a row deleted by the other connection before is empty',
  [
    two('DELETE FROM acct WHERE id = 1'),
    'BEGIN',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT',
    'COMMIT',
  ],
  A,
);
add(
  'lock table released at commit, other connection nowait',
  [
    'BEGIN',
    'LOCK TABLE acct IN ACCESS EXCLUSIVE MODE',
    'COMMIT',
    two('BEGIN'),
    two('LOCK TABLE acct IN ACCESS EXCLUSIVE MODE NOWAIT'),
    two('COMMIT'),
  ],
  A,
);
add('lock table outside a transaction block on the second', [two('LOCK TABLE acct')], A);
add(
  'pg_locks shows no relation locks of the finished other connection',
  [
    'BEGIN',
    'LOCK TABLE acct IN SHARE MODE',
    'COMMIT',
    two("SELECT count(*) FROM pg_locks WHERE relation = 'acct'::regclass"),
  ],
  A,
);

// --- advisory locks across connections (session locks persist after the statement)
add('advisory: session lock blocks the other try', [
  'SELECT pg_advisory_lock(11)',
  two('SELECT pg_try_advisory_lock(11) AS got'),
]);
add('advisory: try on the other connection after unlock', [
  'SELECT pg_advisory_lock(11)',
  'SELECT pg_advisory_unlock(11)',
  two('SELECT pg_try_advisory_lock(11) AS got'),
]);
add('advisory: the other connection cannot unlock it', [
  'SELECT pg_advisory_lock(12)',
  two('SELECT pg_advisory_unlock(12) AS v'),
  'SELECT pg_advisory_unlock(12) AS v',
]);
add('advisory: shared locks are compatible across connections', [
  'SELECT pg_advisory_lock_shared(13)',
  two('SELECT pg_try_advisory_lock_shared(13) AS got'),
]);
add('advisory: shared blocks exclusive try', [
  'SELECT pg_advisory_lock_shared(14)',
  two('SELECT pg_try_advisory_lock(14) AS got'),
]);
add('advisory: exclusive blocks shared try', [
  'SELECT pg_advisory_lock(15)',
  two('SELECT pg_try_advisory_lock_shared(15) AS got'),
]);
add('advisory: two-key form distinct from one-key', [
  'SELECT pg_advisory_lock(1, 2)',
  two('SELECT pg_try_advisory_lock(1, 2) AS a, pg_try_advisory_lock(2, 1) AS b'),
]);
add('advisory: one key 0 and two keys 0,0 are distinct', [
  'SELECT pg_advisory_lock(0)',
  two('SELECT pg_try_advisory_lock(0, 0) AS got'),
]);
add('advisory: xact lock gone after autocommit statement', [
  'SELECT pg_advisory_xact_lock(16)',
  two('SELECT pg_try_advisory_lock(16) AS got'),
]);
add('advisory: xact lock gone after commit', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(17)',
  'COMMIT',
  two('SELECT pg_try_advisory_xact_lock(17) AS got'),
]);
add('advisory: try xact lock on the other while a session lock is held', [
  'SELECT pg_advisory_lock(18)',
  two('BEGIN'),
  two('SELECT pg_try_advisory_xact_lock(18) AS got'),
  two('COMMIT'),
]);
add('advisory: unlock_all frees for the other', [
  'SELECT pg_advisory_lock(19)',
  'SELECT pg_advisory_lock(20)',
  'SELECT pg_advisory_unlock_all()',
  two('SELECT pg_try_advisory_lock(19) AS a, pg_try_advisory_lock(20) AS b'),
]);
add('advisory: unlock_all on the other frees nothing of the first', [
  'SELECT pg_advisory_lock(21)',
  two('SELECT pg_advisory_unlock_all()'),
  two('SELECT pg_try_advisory_lock(21) AS got'),
]);
add('advisory: lock taken twice needs two unlocks before the other gets it', [
  'SELECT pg_advisory_lock(22)',
  'SELECT pg_advisory_lock(22)',
  'SELECT pg_advisory_unlock(22)',
  two('SELECT pg_try_advisory_lock(22) AS a'),
  'SELECT pg_advisory_unlock(22)',
  two('SELECT pg_try_advisory_lock(22) AS b'),
]);
add('advisory: unlock not held warns false', ['SELECT pg_advisory_unlock(23) AS v']);
add('advisory: unlock shared not held', ['SELECT pg_advisory_unlock_shared(24) AS v']);
add('advisory: unlock shared of an exclusive lock', [
  'SELECT pg_advisory_lock(25)',
  'SELECT pg_advisory_unlock_shared(25) AS v',
  'SELECT pg_advisory_unlock(25) AS w',
]);
add('advisory: unlock of two-key not held', ['SELECT pg_advisory_unlock(1, 1) AS v']);
add('advisory: the other connection blocking lock with nowait-equivalent lock_timeout', [
  'SELECT pg_advisory_lock(26)',
  two("SET lock_timeout = '100ms'"),
  two('SELECT pg_advisory_lock(26)'),
]);
add('advisory: both connections hold different keys', [
  'SELECT pg_advisory_lock(27)',
  two('SELECT pg_advisory_lock(28)'),
  'SELECT pg_try_advisory_lock(28) AS a',
  two('SELECT pg_try_advisory_lock(27) AS b'),
]);
add('advisory: the second holds, the first tries', [
  two('SELECT pg_advisory_lock(29)'),
  'SELECT pg_try_advisory_lock(29) AS got',
  two('SELECT pg_advisory_unlock(29)'),
  'SELECT pg_try_advisory_lock(29) AS again',
]);
add('advisory: bigint key limits', [
  'SELECT pg_advisory_lock(9223372036854775807)',
  two(
    'SELECT pg_try_advisory_lock(9223372036854775807) AS a, pg_try_advisory_lock(-9223372036854775808) AS b',
  ),
]);
add('advisory: hashtext key', [
  "SELECT pg_advisory_lock(hashtext('job:1'))",
  two("SELECT pg_try_advisory_lock(hashtext('job:1')) AS a, pg_try_advisory_lock(hashtext('job:2')) AS b"),
]);
add('advisory: parameter key on extended protocol', [
  withParams('SELECT pg_advisory_lock($1)', 31),
  { sql: 'SELECT pg_try_advisory_lock($1) AS got', params: [31], client: 'second' },
]);
add('advisory: int key out of range for two-key form', ['SELECT pg_advisory_lock(3000000000, 1)']);
add('advisory: null key', ['SELECT pg_try_advisory_lock(NULL) AS v']);
add('advisory: numeric key is ambiguous or cast', ['SELECT pg_try_advisory_lock(1.5) AS v']);
add('advisory: text key is refused', ["SELECT pg_try_advisory_lock('k') AS v"]);
add('advisory: pg_locks count of the other connection held locks', [
  'SELECT pg_advisory_lock(32)',
  'SELECT pg_advisory_lock_shared(33)',
  two("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"),
]);
add('advisory: try in a failed transaction', [
  'BEGIN',
  'SELECT 1/0',
  'SELECT pg_try_advisory_lock(34)',
  'ROLLBACK',
  two('SELECT pg_try_advisory_lock(34) AS got'),
]);
add('advisory: session lock taken in a rolled back transaction still blocks the other', [
  'BEGIN',
  'SELECT pg_advisory_lock(35)',
  'ROLLBACK',
  two('SELECT pg_try_advisory_lock(35) AS got'),
]);
add('advisory: xact shared lock with try variants', [
  'BEGIN',
  'SELECT pg_try_advisory_xact_lock_shared(36) AS a',
  'SELECT pg_try_advisory_xact_lock(36) AS b',
  'COMMIT',
]);
add('advisory: xact lock outside a block in a multi statement', [
  'SELECT pg_advisory_xact_lock(37); SELECT pg_try_advisory_lock(37) AS got',
  two('SELECT pg_try_advisory_lock(37) AS other'),
]);
add('advisory: unlock of a xact lock warns false', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(38)',
  'SELECT pg_advisory_unlock(38) AS v',
  'COMMIT',
]);
add('advisory: the result type is boolean and void', [
  'SELECT pg_typeof(pg_try_advisory_lock(39)) AS a, pg_typeof(pg_advisory_lock(40)) AS b',
]);

// --- sequences across connections
add(
  'seq: nextval on both connections',
  ["SELECT nextval('seq')", two("SELECT nextval('seq')"), "SELECT nextval('seq')"],
  S,
);
add('seq: currval before nextval in the session', ["SELECT nextval('seq')", two("SELECT currval('seq')")], S);
add(
  'seq: currval follows each session',
  [
    "SELECT nextval('seq')",
    two("SELECT nextval('seq')"),
    two("SELECT nextval('seq')"),
    "SELECT currval('seq')",
    two("SELECT currval('seq')"),
  ],
  S,
);
add('seq: lastval before any nextval in the session', ["SELECT nextval('seq')", two('SELECT lastval()')], S);
add(
  'seq: lastval is per session',
  [
    "SELECT nextval('seq')",
    two("INSERT INTO ser (name) VALUES ('a')"),
    'SELECT lastval()',
    two('SELECT lastval()'),
  ],
  S,
);
add(
  'seq: setval on one connection, nextval on the other',
  ["SELECT setval('seq', 100)", two("SELECT nextval('seq')")],
  S,
);
add(
  'seq: setval is_called false',
  ["SELECT setval('seq', 100, false)", two("SELECT nextval('seq')"), "SELECT nextval('seq')"],
  S,
);
add(
  'seq: setval does not change the other session currval',
  [
    "SELECT nextval('seq')",
    two("SELECT setval('seq', 50)"),
    "SELECT currval('seq')",
    two("SELECT currval('seq')"),
  ],
  S,
);
add(
  'seq: setval sets currval in its own session',
  [two("SELECT setval('seq', 42)"), two("SELECT currval('seq')"), two('SELECT lastval()')],
  S,
);
add(
  'seq: nextval in a rolled back transaction is not rolled back',
  ['BEGIN', "SELECT nextval('seq')", "SELECT nextval('seq')", 'ROLLBACK', two("SELECT nextval('seq')")],
  S,
);
add(
  'seq: setval in a rolled back transaction is not rolled back',
  ['BEGIN', "SELECT setval('seq', 70)", 'ROLLBACK', two("SELECT nextval('seq')")],
  S,
);
add(
  'seq: identity across connections',
  [
    "INSERT INTO item (name) VALUES ('a') RETURNING id",
    two("INSERT INTO item (name) VALUES ('b') RETURNING id"),
    "INSERT INTO item (name) VALUES ('c') RETURNING id",
  ],
  S,
);
add(
  'seq: identity gap after a rolled back insert on the other',
  [
    two('BEGIN'),
    two("INSERT INTO item (name) VALUES ('x') RETURNING id"),
    two('ROLLBACK'),
    "INSERT INTO item (name) VALUES ('y') RETURNING id",
  ],
  S,
);
add(
  'seq: identity gap after a failed insert',
  [
    "INSERT INTO ser (id, name) VALUES (1, 'x')",
    two("INSERT INTO ser (name) VALUES ('a') RETURNING id"),
    two("INSERT INTO ser (name) VALUES ('b') RETURNING id"),
  ],
  S,
);
add(
  'seq: serial after explicit ids inserted by the other',
  [
    two("INSERT INTO ser (id, name) VALUES (1, 'x'), (2, 'y')"),
    "INSERT INTO ser (name) VALUES ('z') RETURNING id",
  ],
  S,
);
add(
  'seq: pg_get_serial_sequence then setval on the other',
  [
    two("SELECT setval(pg_get_serial_sequence('ser', 'id'), 10)"),
    "INSERT INTO ser (name) VALUES ('z') RETURNING id",
  ],
  S,
);
add(
  'seq: identity currval via pg_get_serial_sequence per session',
  ["INSERT INTO item (name) VALUES ('a')", two("SELECT currval(pg_get_serial_sequence('item', 'id'))")],
  S,
);
add(
  'seq: last_value read from the sequence relation sees the other session',
  ["SELECT nextval('seq')", "SELECT nextval('seq')", two('SELECT last_value, is_called FROM seq')],
  S,
);
add('seq: cache 1 log of an untouched sequence', [two('SELECT last_value, is_called FROM seq')], S);
add('seq: pg_sequence_last_value', ["SELECT nextval('seq')", two("SELECT pg_sequence_last_value('seq')")], S);
add(
  'seq: pg_sequence_last_value of an unused sequence is null',
  [two("SELECT pg_sequence_last_value('seq') IS NULL AS v")],
  S,
);
add('seq: maxvalue reached on the second connection', [
  'CREATE SEQUENCE small MAXVALUE 2',
  "SELECT nextval('small')",
  two("SELECT nextval('small')"),
  "SELECT nextval('small')",
]);
add('seq: cycle across connections', [
  'CREATE SEQUENCE cyc MAXVALUE 2 CYCLE',
  "SELECT nextval('cyc')",
  two("SELECT nextval('cyc')"),
  "SELECT nextval('cyc')",
]);
add(
  'seq: alter sequence restart by the other',
  [
    "SELECT nextval('seq')",
    two('ALTER SEQUENCE seq RESTART WITH 500'),
    "SELECT nextval('seq')",
    "SELECT currval('seq')",
  ],
  S,
);
add(
  'seq: alter sequence increment by the other',
  ["SELECT nextval('seq')", two('ALTER SEQUENCE seq INCREMENT BY 10'), "SELECT nextval('seq')"],
  S,
);
add(
  'seq: drop sequence by the other, then currval',
  ["SELECT nextval('seq')", two('DROP SEQUENCE seq'), "SELECT currval('seq')"],
  S,
);
add(
  'seq: drop and recreate by the other, then currval',
  ["SELECT nextval('seq')", two('DROP SEQUENCE seq'), two('CREATE SEQUENCE seq'), "SELECT currval('seq')"],
  S,
);
add(
  'seq: lastval after the sequence was dropped',
  ["SELECT nextval('seq')", two('DROP SEQUENCE seq'), 'SELECT lastval()'],
  S,
);
add('seq: temporary sequence is per connection', [
  'CREATE TEMP SEQUENCE tseq',
  "SELECT nextval('tseq')",
  two("SELECT nextval('tseq')"),
]);
add(
  'seq: nextval in a read-only transaction of the other',
  ["SELECT nextval('seq')", two('BEGIN READ ONLY'), two("SELECT nextval('seq')"), two('ROLLBACK')],
  S,
);
add(
  'seq: currval in a read-only transaction after nextval',
  ["SELECT nextval('seq')", 'BEGIN READ ONLY', "SELECT currval('seq')", 'COMMIT'],
  S,
);
add('seq: setval in a read-only transaction', ['BEGIN READ ONLY', "SELECT setval('seq', 3)", 'ROLLBACK'], S);
add(
  'seq: discard sequences forgets currval',
  ["SELECT nextval('seq')", 'DISCARD SEQUENCES', "SELECT currval('seq')"],
  S,
);
add(
  'seq: discard sequences forgets lastval',
  ["SELECT nextval('seq')", 'DISCARD SEQUENCES', 'SELECT lastval()'],
  S,
);
add(
  'seq: discard all leaves the other session currval',
  ["SELECT nextval('seq')", two("SELECT nextval('seq')"), two('DISCARD ALL'), "SELECT currval('seq')"],
  S,
);
add(
  'seq: nextval with parameters on both',
  [
    withParams('SELECT nextval($1::regclass) AS v', 'seq'),
    { sql: 'SELECT nextval($1) AS v', params: ['seq'], client: 'second' },
  ],
  S,
);
add('seq: nextval of a missing sequence', [two("SELECT nextval('nope')")]);
add(
  'seq: identity insert overriding on the other then default',
  [
    two("INSERT INTO item (id, name) OVERRIDING SYSTEM VALUE VALUES (5, 'x')"),
    "INSERT INTO item (name) VALUES ('y') RETURNING id",
    "INSERT INTO item (name) VALUES ('z') RETURNING id",
  ],
  S,
);
add(
  'seq: identity restart by truncate on the other',
  [
    "INSERT INTO item (name) VALUES ('a'), ('b')",
    two('TRUNCATE item RESTART IDENTITY'),
    "INSERT INTO item (name) VALUES ('c') RETURNING id",
  ],
  S,
);
add(
  'seq: truncate continue identity on the other',
  [
    "INSERT INTO item (name) VALUES ('a'), ('b')",
    two('TRUNCATE item'),
    "INSERT INTO item (name) VALUES ('c') RETURNING id",
  ],
  S,
);
add(
  'seq: truncate restart identity rolled back keeps the sequence',
  [
    "INSERT INTO item (name) VALUES ('a'), ('b')",
    'BEGIN',
    'TRUNCATE item RESTART IDENTITY',
    'ROLLBACK',
    two("INSERT INTO item (name) VALUES ('c') RETURNING id"),
  ],
  S,
);
add(
  'seq: alter sequence in a rolled back transaction is undone',
  ['BEGIN', 'ALTER SEQUENCE seq RESTART WITH 900', 'ROLLBACK', two("SELECT nextval('seq')")],
  S,
);
add('seq: create sequence rolled back', [
  'BEGIN',
  'CREATE SEQUENCE s9',
  "SELECT nextval('s9')",
  'ROLLBACK',
  two("SELECT nextval('s9')"),
]);
add(
  'seq: lastval after rollback of a nextval transaction',
  ['BEGIN', "SELECT nextval('seq')", 'ROLLBACK', 'SELECT lastval()', "SELECT currval('seq')"],
  S,
);
add('seq: setval beyond maxvalue', [two("SELECT setval('seq', 0)")], S);
add(
  'seq: setval of identity sequence to max of the table',
  [
    "INSERT INTO item (id, name) OVERRIDING SYSTEM VALUE VALUES (40, 'x')",
    two("SELECT setval(pg_get_serial_sequence('item','id'), (SELECT max(id) FROM item))"),
    "INSERT INTO item (name) VALUES ('y') RETURNING id",
  ],
  S,
);

// --- LISTEN/NOTIFY, as far as SQL answers show
add('notify: pg_notify returns void', ["SELECT pg_notify('ch', 'hi')"]);
add('notify: listen on the second, notify on the first', [
  two('LISTEN ch'),
  "NOTIFY ch, 'payload'",
  two('SELECT 1 AS v'),
]);
add('notify: pg_listening_channels', [
  'LISTEN a',
  'LISTEN b',
  'SELECT pg_listening_channels() ORDER BY 1',
  two('SELECT count(*) FROM pg_listening_channels()'),
]);
add('notify: unlisten star', ['LISTEN a', 'UNLISTEN *', 'SELECT count(*) FROM pg_listening_channels()']);
add('notify: listen rolled back', [
  'BEGIN',
  'LISTEN a',
  'ROLLBACK',
  'SELECT count(*) FROM pg_listening_channels()',
]);
add('notify: payload too long', ["SELECT pg_notify('ch', repeat('x', 8000))"]);
add('notify: null channel', ["SELECT pg_notify(NULL, 'x')"]);
add('notify: empty channel', ["SELECT pg_notify('', 'x')"]);
add('notify: channel name too long is truncated or refused', ["SELECT pg_notify(repeat('c', 70), 'x')"]);
add('notify: notify with no payload', ['NOTIFY ch']);
add('notify: notify payload must be a literal', ["NOTIFY ch, 'a' || 'b'"]);
add('notify: in a read only transaction', ['BEGIN READ ONLY', "NOTIFY ch, 'x'", 'COMMIT']);
add('notify: pg_notification_queue_usage', ['SELECT pg_notification_queue_usage() AS v']);
add('notify: listen quoted name', ['LISTEN "Mixed"', 'SELECT pg_listening_channels()']);
add('notify: unlisten a channel not listened', [
  'UNLISTEN nothere',
  'SELECT count(*) FROM pg_listening_channels()',
]);

// --- prepared transactions on the second
add('2pc: prepare transaction on the second refused', [
  two('BEGIN'),
  two("PREPARE TRANSACTION 'x'"),
  'SELECT count(*) FROM pg_prepared_xacts',
]);
add('2pc: commit prepared of unknown gid', ["COMMIT PREPARED 'nope'"]);
add('2pc: max_prepared_transactions shown', [two('SHOW max_prepared_transactions')]);

export default list.cases;
