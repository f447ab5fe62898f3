// Round 24 probe, area E part 1: SELECT's locking clause on one connection (errors and answers),
// LOCK TABLE, SET TRANSACTION, read-only transactions, savepoints as ORMs drive them.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r24 E locking: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const J = `CREATE TABLE jobs (id int PRIMARY KEY, queue text NOT NULL, prio int NOT NULL, state text NOT NULL DEFAULT 'ready', owner text);
INSERT INTO jobs (id, queue, prio) VALUES (1,'a',3),(2,'a',1),(3,'b',2),(4,'a',5),(5,'b',4),(6,'a',2);
CREATE TABLE owners (name text PRIMARY KEY, team text);
INSERT INTO owners VALUES ('w1','x'),('w2','y');`;

const strengths = ['FOR UPDATE', 'FOR NO KEY UPDATE', 'FOR SHARE', 'FOR KEY SHARE'];
for (const s of strengths) {
  const l = s.toLowerCase();
  add(`${l} with GROUP BY is refused`, [`SELECT queue, count(*) FROM jobs GROUP BY queue ${s}`], J);
  add(`${l} with an aggregate is refused`, [`SELECT count(*) FROM jobs ${s}`], J);
  add(`${l} with DISTINCT is refused`, [`SELECT DISTINCT queue FROM jobs ${s}`], J);
  add(
    `${l} with UNION is refused`,
    [`SELECT id FROM jobs WHERE id = 1 UNION SELECT id FROM jobs WHERE id = 2 ${s}`],
    J,
  );
  add(`${l} with HAVING is refused`, [`SELECT queue FROM jobs GROUP BY queue HAVING count(*) > 1 ${s}`], J);
  add(
    `${l} with a window function is refused`,
    [`SELECT id, row_number() OVER (ORDER BY id) FROM jobs ${s}`],
    J,
  );
  add(
    `${l} with a set-returning function in the target list`,
    [`SELECT id, generate_series(1,2) AS g FROM jobs WHERE id = 1 ${s}`],
    J,
  );
  add(
    `${l} in a transaction returns the rows`,
    ['BEGIN', `SELECT id, prio FROM jobs WHERE queue = 'a' ORDER BY prio ${s}`, 'COMMIT'],
    J,
  );
  add(
    `${l} outside a transaction returns the rows`,
    [`SELECT id FROM jobs WHERE prio > 3 ORDER BY id ${s}`],
    J,
  );
  add(
    `${l} NOWAIT alone returns rows`,
    ['BEGIN', `SELECT id FROM jobs ORDER BY id LIMIT 2 ${s} NOWAIT`, 'ROLLBACK'],
    J,
  );
  add(
    `${l} SKIP LOCKED alone returns rows`,
    ['BEGIN', `SELECT id FROM jobs ORDER BY prio, id LIMIT 3 ${s} SKIP LOCKED`, 'ROLLBACK'],
    J,
  );
  add(`${l} OF an unknown table is refused`, [`SELECT id FROM jobs ${s} OF nosuch`], J);
  add(`${l} OF the table alias`, [`SELECT j.id FROM jobs j WHERE j.id = 1 ${s} OF j`], J);
  add(
    `${l} OF the table name when aliased is refused`,
    [`SELECT j.id FROM jobs j WHERE j.id = 1 ${s} OF jobs`],
    J,
  );
  add(
    `${l} on a join`,
    [`SELECT j.id, o.team FROM jobs j JOIN owners o ON o.name = 'w1' WHERE j.id < 3 ORDER BY j.id ${s}`],
    J,
  );
  add(
    `${l} OF one side of a left join`,
    [
      `SELECT j.id, o.team FROM jobs j LEFT JOIN owners o ON o.name = j.owner WHERE j.id < 3 ORDER BY j.id ${s} OF j`,
    ],
    J,
  );
  add(
    `${l} on the nullable side of an outer join is refused`,
    [`SELECT j.id FROM jobs j LEFT JOIN owners o ON o.name = j.owner ${s} OF o`],
    J,
  );
  add(`${l} on a VALUES list is refused`, [`SELECT * FROM (VALUES (1),(2)) v(x) ${s}`]);
  add(`${l} on a function in FROM is refused`, [`SELECT * FROM generate_series(1,3) g ${s}`]);
  add(
    `${l} in a subquery in FROM`,
    [`SELECT id FROM (SELECT id FROM jobs WHERE prio < 3 ${s}) s ORDER BY id`],
    J,
  );
  add(
    `${l} in a CTE`,
    [`WITH c AS (SELECT id FROM jobs WHERE queue = 'b' ${s}) SELECT id FROM c ORDER BY id`],
    J,
  );
  add(`${l} on a CTE reference`, [`WITH c AS (SELECT id FROM jobs) SELECT id FROM c ORDER BY id ${s}`], J);
  add(
    `${l} with an aggregate in a subquery of WHERE`,
    [`SELECT id FROM jobs WHERE prio = (SELECT max(prio) FROM jobs) ${s}`],
    J,
  );
  add(
    `${l} on a view`,
    [
      `CREATE VIEW ready AS SELECT id, prio FROM jobs WHERE state = 'ready'`,
      `SELECT id FROM ready WHERE prio > 2 ORDER BY id ${s}`,
    ],
    J,
  );
  add(
    `${l} on a view with an aggregate is refused`,
    [`CREATE VIEW per AS SELECT queue, count(*) AS n FROM jobs GROUP BY queue`, `SELECT * FROM per ${s}`],
    J,
  );
  add(`${l} on a sequence`, ['CREATE SEQUENCE s1', `SELECT last_value FROM s1 ${s}`]);
  add(
    `${l} in a read-only transaction`,
    ['BEGIN READ ONLY', `SELECT id FROM jobs WHERE id = 1 ${s}`, 'ROLLBACK'],
    J,
  );
  add(
    `${l} with parameters`,
    [
      'BEGIN',
      withParams(`SELECT id FROM jobs WHERE queue = $1 ORDER BY prio LIMIT $2 ${s} SKIP LOCKED`, 'a', 2),
      'COMMIT',
    ],
    J,
  );
  add(`${l} on a catalog table`, [`SELECT relname FROM pg_class WHERE relname = 'jobs' ${s}`], J);
}
add(
  'two locking clauses on the same table, the stronger wins',
  [`BEGIN`, `SELECT id FROM jobs WHERE id = 1 FOR SHARE OF jobs FOR UPDATE OF jobs`, 'COMMIT'],
  J,
);
add(
  'FOR UPDATE NOWAIT SKIP LOCKED is a syntax error',
  [`SELECT id FROM jobs FOR UPDATE NOWAIT SKIP LOCKED`],
  J,
);
add('FOR UPDATE before LIMIT', [`SELECT id FROM jobs ORDER BY id FOR UPDATE LIMIT 2`], J);
add('FOR UPDATE before ORDER BY is a syntax error', [`SELECT id FROM jobs FOR UPDATE ORDER BY id`], J);
add(
  'FOR UPDATE OF two tables',
  [`SELECT j.id FROM jobs j, owners o WHERE o.name = 'w1' AND j.id = 1 FOR UPDATE OF j, o`],
  J,
);
add('FOR READ ONLY is accepted', [`SELECT id FROM jobs WHERE id = 2 FOR READ ONLY`], J);
add('FOR UPDATE with OFFSET', [`SELECT id FROM jobs ORDER BY id LIMIT 2 OFFSET 3 FOR UPDATE`], J);
add('FOR UPDATE with FETCH FIRST', [`SELECT id FROM jobs ORDER BY id FETCH FIRST 2 ROWS ONLY FOR UPDATE`], J);
add(
  'FOR UPDATE on an INSERT RETURNING CTE is refused',
  [`WITH i AS (INSERT INTO owners VALUES ('w3','z') RETURNING name) SELECT name FROM i FOR UPDATE`],
  J,
);
add(
  'claim queue: update from a skip-locked subquery',
  [
    'BEGIN',
    `UPDATE jobs SET state = 'running', owner = 'w1' WHERE id IN (SELECT id FROM jobs WHERE state = 'ready' ORDER BY prio, id LIMIT 2 FOR UPDATE SKIP LOCKED) RETURNING id, prio`,
    'COMMIT',
    `SELECT id, state, owner FROM jobs ORDER BY id`,
  ],
  J,
);
add(
  'claim queue: CTE claim with returning',
  [
    `WITH c AS (SELECT id FROM jobs WHERE state = 'ready' AND queue = 'a' ORDER BY prio LIMIT 3 FOR UPDATE SKIP LOCKED) UPDATE jobs j SET state = 'running' FROM c WHERE j.id = c.id RETURNING j.id`,
    `SELECT count(*) FROM jobs WHERE state = 'running'`,
  ],
  J,
);
add(
  'claim queue: delete returning skip locked',
  [
    `DELETE FROM jobs WHERE id = (SELECT id FROM jobs ORDER BY prio DESC LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, prio`,
  ],
  J,
);
add(
  'claim queue: second worker claims the next batch after the first committed',
  [
    `UPDATE jobs SET state = 'running', owner = 'w1' WHERE id IN (SELECT id FROM jobs WHERE state = 'ready' ORDER BY prio, id LIMIT 2 FOR UPDATE SKIP LOCKED) RETURNING id`,
    {
      sql: `UPDATE jobs SET state = 'running', owner = 'w2' WHERE id IN (SELECT id FROM jobs WHERE state = 'ready' ORDER BY prio, id LIMIT 2 FOR UPDATE SKIP LOCKED) RETURNING id`,
      client: 'second',
    },
    `SELECT id, owner FROM jobs WHERE state = 'running' ORDER BY id`,
  ],
  J,
);

// --- lock_timeout / statement_timeout settings
add('lock_timeout shown with unit', ["SET lock_timeout = '250ms'", 'SHOW lock_timeout']);
add('lock_timeout integer is milliseconds', ['SET lock_timeout = 1500', 'SHOW lock_timeout']);
add('lock_timeout negative is refused', ['SET lock_timeout = -1']);
add('lock_timeout bad unit', ["SET lock_timeout = '5 parsecs'"]);
add('statement_timeout in minutes', ["SET statement_timeout = '2min'", 'SHOW statement_timeout']);
add('statement_timeout set local in transaction ends', [
  'BEGIN',
  "SET LOCAL statement_timeout = '3s'",
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('lock_timeout via set_config', [
  "SELECT set_config('lock_timeout', '10s', false) AS v",
  'SHOW lock_timeout',
]);
add('statement_timeout cancels pg_sleep', ["SET statement_timeout = '50ms'", 'SELECT pg_sleep(0.5)']);
add('statement_timeout cancel aborts the transaction', [
  'BEGIN',
  "SET LOCAL statement_timeout = '50ms'",
  'SELECT pg_sleep(0.5)',
  'SELECT 1',
  'ROLLBACK',
]);
add('lock_timeout current_setting', [
  "SET lock_timeout = '1s'",
  "SELECT current_setting('lock_timeout') AS v",
]);
add('lock_timeout 0 is off', ['SET lock_timeout = 0', 'SHOW lock_timeout']);
add('deadlock_timeout shown', ['SHOW deadlock_timeout']);

// --- LOCK TABLE on one connection
const modes = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
];
for (const m of modes) {
  add(
    `lock table in ${m.toLowerCase()} mode inside a transaction`,
    ['BEGIN', `LOCK TABLE jobs IN ${m} MODE`, 'SELECT count(*) FROM jobs', 'COMMIT'],
    J,
  );
  add(
    `lock table in ${m.toLowerCase()} mode nowait outside a transaction`,
    [`LOCK TABLE jobs IN ${m} MODE NOWAIT`],
    J,
  );
}
add(
  'lock table without mode is access exclusive, pg_locks mode',
  [
    'BEGIN',
    'LOCK jobs',
    "SELECT mode FROM pg_locks WHERE relation = 'jobs'::regclass AND locktype = 'relation'",
    'COMMIT',
  ],
  J,
);
add('lock two tables', ['BEGIN', 'LOCK TABLE jobs, owners IN SHARE MODE NOWAIT', 'COMMIT'], J);
add('lock table only', ['BEGIN', 'LOCK TABLE ONLY jobs IN EXCLUSIVE MODE', 'COMMIT'], J);
add(
  'lock a view',
  ['CREATE VIEW v AS SELECT id FROM jobs', 'BEGIN', 'LOCK TABLE v IN SHARE MODE', 'COMMIT'],
  J,
);
add('lock a sequence is refused', ['CREATE SEQUENCE sq', 'BEGIN', 'LOCK TABLE sq', 'ROLLBACK']);
add('lock a missing table', ['BEGIN', 'LOCK TABLE nope', 'ROLLBACK']);
add('lock bad mode', ['BEGIN', 'LOCK TABLE jobs IN WEIRD MODE', 'ROLLBACK'], J);
add(
  'lock table in a read-only transaction, access share ok',
  ['BEGIN READ ONLY', 'LOCK TABLE jobs IN ACCESS SHARE MODE', 'COMMIT'],
  J,
);
add(
  'lock table in a read-only transaction, exclusive refused',
  ['BEGIN READ ONLY', 'LOCK TABLE jobs IN EXCLUSIVE MODE', 'ROLLBACK'],
  J,
);
add(
  'lock table then second connection reads after commit',
  [
    'BEGIN',
    'LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE',
    'COMMIT',
    { sql: 'SELECT count(*) FROM jobs', client: 'second' },
  ],
  J,
);

// --- SET TRANSACTION / read only / deferrable
add(
  'read-only transaction refuses insert',
  ['BEGIN READ ONLY', "INSERT INTO owners VALUES ('z', null)", 'ROLLBACK'],
  J,
);
add(
  'read-only transaction refuses update',
  ['START TRANSACTION READ ONLY', 'UPDATE jobs SET prio = 0', 'ROLLBACK'],
  J,
);
add(
  'read-only transaction refuses delete',
  ['BEGIN', 'SET TRANSACTION READ ONLY', 'DELETE FROM jobs', 'ROLLBACK'],
  J,
);
add('read-only transaction refuses create table', ['BEGIN READ ONLY', 'CREATE TABLE t (a int)', 'ROLLBACK']);
add('read-only transaction refuses nextval', [
  'CREATE SEQUENCE sq',
  'BEGIN READ ONLY',
  "SELECT nextval('sq')",
  'ROLLBACK',
]);
add('read-only transaction allows temp table writes', [
  'BEGIN READ ONLY',
  'CREATE TEMP TABLE tt (a int)',
  'ROLLBACK',
]);
add(
  'read-only transaction refuses select for update',
  ['BEGIN READ ONLY', 'SELECT id FROM jobs WHERE id = 1 FOR UPDATE', 'ROLLBACK'],
  J,
);
add('read-only transaction refuses truncate', ['BEGIN READ ONLY', 'TRUNCATE jobs', 'ROLLBACK'], J);
add(
  'read-only transaction refuses insert via CTE',
  [
    'BEGIN READ ONLY',
    "WITH x AS (INSERT INTO owners VALUES ('q', null) RETURNING 1) SELECT * FROM x",
    'ROLLBACK',
  ],
  J,
);
add(
  'default_transaction_read_only session',
  ['SET default_transaction_read_only = on', "INSERT INTO owners VALUES ('z', null)"],
  J,
);
add(
  'default_transaction_read_only then begin read write',
  [
    'SET default_transaction_read_only = on',
    'BEGIN READ WRITE',
    "INSERT INTO owners VALUES ('z', null)",
    'COMMIT',
    'SELECT count(*) FROM owners',
  ],
  J,
);
add('transaction_read_only shown in read only', ['BEGIN READ ONLY', 'SHOW transaction_read_only', 'COMMIT']);
add('set transaction read write after a query in read only', [
  'BEGIN READ ONLY',
  'SELECT 1',
  'SET TRANSACTION READ WRITE',
  'ROLLBACK',
]);
add('set transaction read only after a query is allowed', [
  'BEGIN',
  'SELECT 1',
  'SET TRANSACTION READ ONLY',
  'SHOW transaction_read_only',
  'ROLLBACK',
]);
add('set transaction isolation after a query', [
  'BEGIN',
  'SELECT 1',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK',
]);
add('set transaction isolation first', [
  'BEGIN',
  'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('set transaction outside a block warns', [
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'SHOW transaction_isolation',
]);
add('set session characteristics', [
  'SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'SHOW default_transaction_isolation',
  'BEGIN',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('begin isolation level read uncommitted shows read uncommitted', [
  'BEGIN ISOLATION LEVEL READ UNCOMMITTED',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('begin serializable read only deferrable', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE',
  'SHOW transaction_deferrable',
  'SELECT 1 AS one',
  'COMMIT',
]);
add('begin deferrable alone', ['BEGIN DEFERRABLE', 'SHOW transaction_deferrable', 'COMMIT']);
add('begin not deferrable', ['BEGIN NOT DEFERRABLE', 'SHOW transaction_deferrable', 'COMMIT']);
add('set transaction snapshot bad id', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'",
  'ROLLBACK',
]);
add('set transaction snapshot in read committed', [
  'BEGIN',
  "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'",
  'ROLLBACK',
]);
add('current_setting transaction_isolation in serializable', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE',
  "SELECT current_setting('transaction_isolation') AS v",
  'COMMIT',
]);
add('set transaction_isolation via set', [
  'BEGIN',
  "SET transaction_isolation = 'repeatable read'",
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('isolation level bad', ['BEGIN ISOLATION LEVEL SNAPSHOT']);
add('set transaction twice before a query', [
  'BEGIN',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'SET TRANSACTION ISOLATION LEVEL READ COMMITTED',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('commit and chain keeps isolation', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  'COMMIT AND CHAIN',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('rollback and chain keeps read only', [
  'BEGIN READ ONLY',
  'ROLLBACK AND CHAIN',
  'SHOW transaction_read_only',
  'COMMIT',
]);
add('commit and chain outside a block', ['COMMIT AND CHAIN']);

// --- savepoints as ORMs drive them
add(
  'nested savepoints, roll back the inner',
  [
    'BEGIN',
    "INSERT INTO owners VALUES ('a', null)",
    'SAVEPOINT s1',
    "INSERT INTO owners VALUES ('b', null)",
    'SAVEPOINT s2',
    "INSERT INTO owners VALUES ('c', null)",
    'ROLLBACK TO SAVEPOINT s2',
    'RELEASE SAVEPOINT s1',
    'COMMIT',
    'SELECT name FROM owners ORDER BY name',
  ],
  J,
);
add(
  'error then rollback to then continue',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO owners VALUES ('w1', null)",
    'ROLLBACK TO SAVEPOINT a',
    "INSERT INTO owners VALUES ('w9', null)",
    'COMMIT',
    'SELECT name FROM owners ORDER BY name',
  ],
  J,
);
add('statement after error is 25P02', ['BEGIN', 'SELECT 1/0', 'SELECT 1', 'ROLLBACK'], J);
add(
  'commit of failed transaction answers rollback, nothing kept',
  ['BEGIN', "INSERT INTO owners VALUES ('n1', null)", 'SELECT 1/0', 'COMMIT', 'SELECT count(*) FROM owners'],
  J,
);
add('release unknown savepoint', ['BEGIN', 'RELEASE SAVEPOINT nope', 'ROLLBACK']);
add('rollback to unknown savepoint', ['BEGIN', 'ROLLBACK TO SAVEPOINT nope', 'ROLLBACK']);
add(
  'same savepoint name twice, rollback to the newest',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO owners VALUES ('a', null)",
    'SAVEPOINT s',
    "INSERT INTO owners VALUES ('b', null)",
    'ROLLBACK TO s',
    'RELEASE s',
    'RELEASE s',
    'COMMIT',
    'SELECT name FROM owners ORDER BY name',
  ],
  J,
);
add(
  'rollback to keeps the savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO owners VALUES ('a', null)",
    'ROLLBACK TO s',
    "INSERT INTO owners VALUES ('b', null)",
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT count(*) FROM owners',
  ],
  J,
);
add('release after error is 25P02', [
  'BEGIN',
  'SAVEPOINT s',
  'SELECT 1/0',
  'RELEASE SAVEPOINT s',
  'ROLLBACK',
]);
add('savepoint after error is 25P02', ['BEGIN', 'SELECT 1/0', 'SAVEPOINT s', 'ROLLBACK']);
add(
  'rollback to an outer savepoint after an inner error',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO owners VALUES ('k', null)",
    'SAVEPOINT b',
    "INSERT INTO owners VALUES ('k', null)",
    'ROLLBACK TO a',
    'SELECT count(*) FROM owners',
    'COMMIT',
  ],
  J,
);
add('sequence value used in rolled back savepoint is not reused', [
  'CREATE SEQUENCE sq',
  'BEGIN',
  'SAVEPOINT a',
  "SELECT nextval('sq')",
  'ROLLBACK TO a',
  "SELECT nextval('sq')",
  'COMMIT',
]);
add(
  'prepare transaction refused when max_prepared_transactions is 0',
  [
    'BEGIN',
    "INSERT INTO owners VALUES ('p', null)",
    "PREPARE TRANSACTION 'tx1'",
    'SELECT count(*) FROM owners',
  ],
  J,
);
add('prepare transaction ends the block', [
  'BEGIN',
  "PREPARE TRANSACTION 'tx2'",
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('prepare transaction in failed block', ['BEGIN', 'SELECT 1/0', "PREPARE TRANSACTION 'tx3'"]);
add(
  'savepoint with parameters in extended protocol',
  [
    'BEGIN',
    withParams('SELECT $1::int AS v', 5),
    'SAVEPOINT sp',
    withParams('INSERT INTO owners VALUES ($1, $2)', 'w1', 'x'),
    'ROLLBACK TO SAVEPOINT sp',
    withParams('SELECT count(*) FROM owners WHERE name = $1', 'w1'),
    'COMMIT',
  ],
  J,
);
add(
  'unique violation in savepoint keeps earlier rows',
  [
    'BEGIN',
    "INSERT INTO owners VALUES ('e1', null)",
    'SAVEPOINT x',
    "INSERT INTO owners VALUES ('e1', null)",
    'ROLLBACK TO SAVEPOINT x',
    'COMMIT',
    "SELECT name FROM owners WHERE name LIKE 'e%'",
  ],
  J,
);
add('rollback to savepoint undoes a DDL', [
  'BEGIN',
  'SAVEPOINT x',
  'CREATE TABLE z (a int)',
  'ROLLBACK TO x',
  'SELECT count(*) FROM z',
  'ROLLBACK',
]);
add('rollback to savepoint undoes an advisory xact lock? no', [
  'BEGIN',
  'SAVEPOINT x',
  'SELECT pg_advisory_xact_lock(7)',
  'ROLLBACK TO x',
  "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'",
  'COMMIT',
]);
add(
  'end is commit',
  ['BEGIN', "INSERT INTO owners VALUES ('e', null)", 'END', 'SELECT count(*) FROM owners'],
  J,
);
add(
  'abort is rollback',
  ['BEGIN', "INSERT INTO owners VALUES ('e', null)", 'ABORT', 'SELECT count(*) FROM owners'],
  J,
);
add('rollback to savepoint after a failed commit', [
  'BEGIN',
  'SAVEPOINT s',
  'SELECT 1/0',
  'COMMIT',
  'ROLLBACK TO s',
]);

export default list.cases;
