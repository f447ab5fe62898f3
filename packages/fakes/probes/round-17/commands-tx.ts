// Round 17 probe, commands part 1: chapter 13 (concurrency control) with one and two sessions.
// A step that would wait on PostgreSQL runs under lock_timeout, NOWAIT or SKIP LOCKED instead.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 commands: tx: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL);
INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50), (3, 'cy', 0);`;
const J = `CREATE TABLE jobs (id serial PRIMARY KEY, state text NOT NULL DEFAULT 'ready', worker text, prio int NOT NULL DEFAULT 0);
INSERT INTO jobs (prio) VALUES (3), (1), (2), (5), (4);`;
const FK = `CREATE TABLE parent (id int PRIMARY KEY, name text);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent(id));
INSERT INTO parent VALUES (1, 'p1'), (2, 'p2'); INSERT INTO child VALUES (10, 1);`;
const sel = 'SELECT id, owner, balance FROM acct ORDER BY id';

// --- snapshots: what a second session sees before and after the first commits
for (const level of ['READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE']) {
  list.add(
    `${level}: second sees committed rows only`,
    [
      'BEGIN',
      'UPDATE acct SET balance = 999 WHERE id = 1',
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two(sel),
      'COMMIT',
      two(sel),
      two('COMMIT'),
      two(sel),
    ],
    T,
  );
  list.add(
    `${level}: snapshot taken at first query not at BEGIN`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      "INSERT INTO acct VALUES (4, 'dee', 5)",
      two('SELECT count(*) AS n FROM acct'),
      "INSERT INTO acct VALUES (5, 'eve', 6)",
      two('SELECT count(*) AS n FROM acct'),
      two('COMMIT'),
    ],
    T,
  );
  list.add(
    `${level}: own writes visible`,
    [`BEGIN ISOLATION LEVEL ${level}`, 'UPDATE acct SET balance = balance + 1', sel, 'ROLLBACK', sel],
    T,
  );
  list.add(`${level}: show transaction_isolation`, [
    `BEGIN ISOLATION LEVEL ${level}`,
    'SHOW transaction_isolation',
    "SELECT current_setting('transaction_isolation') AS v",
    'COMMIT',
    'SHOW transaction_isolation',
  ]);
  list.add(`${level}: SET TRANSACTION first statement`, [
    'BEGIN',
    `SET TRANSACTION ISOLATION LEVEL ${level}`,
    'SHOW transaction_isolation',
    'COMMIT',
  ]);
  list.add(`${level}: SET TRANSACTION after a query`, [
    'BEGIN',
    'SELECT 1 AS one',
    `SET TRANSACTION ISOLATION LEVEL ${level}`,
    'SHOW transaction_isolation',
    'ROLLBACK',
  ]);
  list.add(`${level}: SET TRANSACTION outside a transaction`, [
    `SET TRANSACTION ISOLATION LEVEL ${level}`,
    'SHOW transaction_isolation',
  ]);
  list.add(`${level}: START TRANSACTION form`, [
    `START TRANSACTION ISOLATION LEVEL ${level}, READ WRITE`,
    'SHOW transaction_isolation',
    'SHOW transaction_read_only',
    'END',
  ]);
  list.add(`${level}: default_transaction_isolation`, [
    `SET default_transaction_isolation = '${level.toLowerCase()}'`,
    'BEGIN',
    'SHOW transaction_isolation',
    'COMMIT',
    'RESET default_transaction_isolation',
    'SHOW default_transaction_isolation',
  ]);
  list.add(`${level}: SET SESSION CHARACTERISTICS`, [
    `SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL ${level}`,
    'SHOW default_transaction_isolation',
    'BEGIN',
    'SHOW transaction_isolation',
    'COMMIT',
  ]);
  list.add(
    `${level}: update blocked by other writer nowait-ish`,
    [
      'BEGIN',
      'UPDATE acct SET balance = 1 WHERE id = 1',
      two("SET lock_timeout = '100ms'"),
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('UPDATE acct SET balance = 2 WHERE id = 1'),
      two('ROLLBACK'),
      'COMMIT',
      sel,
    ],
    T,
  );
  list.add(
    `${level}: second updates other row while first holds one`,
    [
      'BEGIN',
      'UPDATE acct SET balance = 1 WHERE id = 1',
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('UPDATE acct SET balance = 2 WHERE id = 2'),
      two('COMMIT'),
      'COMMIT',
      sel,
    ],
    T,
  );
  list.add(
    `${level}: read-only BEGIN rejects writes`,
    [
      `BEGIN ISOLATION LEVEL ${level} READ ONLY`,
      'SELECT count(*) AS n FROM acct',
      "INSERT INTO acct VALUES (9, 'z', 0)",
      'ROLLBACK',
    ],
    T,
  );
}

// --- serialization failures (40001)
list.add(
  'repeatable read: update of row changed after snapshot is 40001',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT balance AS b FROM acct WHERE id = 1',
    two('UPDATE acct SET balance = 7 WHERE id = 1'),
    'UPDATE acct SET balance = balance + 1 WHERE id = 1',
    'SELECT 1 AS after_error',
    'ROLLBACK',
    sel,
  ],
  T,
);
list.add(
  'repeatable read: delete of row changed after snapshot is 40001',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT count(*) AS n FROM acct',
    two('UPDATE acct SET balance = 7 WHERE id = 2'),
    'DELETE FROM acct WHERE id = 2',
    'ROLLBACK',
  ],
  T,
);
list.add(
  'repeatable read: select for update of changed row is 40001',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT count(*) AS n FROM acct',
    two('UPDATE acct SET balance = 7 WHERE id = 2'),
    'SELECT id FROM acct WHERE id = 2 FOR UPDATE',
    'ROLLBACK',
  ],
  T,
);
list.add(
  'repeatable read: row inserted after snapshot not seen',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT count(*) AS n FROM acct',
    two("INSERT INTO acct VALUES (4, 'dee', 1)"),
    'SELECT count(*) AS n FROM acct',
    'COMMIT',
    'SELECT count(*) AS n FROM acct',
  ],
  T,
);
list.add(
  'read committed: row inserted by other commit seen on next statement',
  [
    'BEGIN',
    'SELECT count(*) AS n FROM acct',
    two("INSERT INTO acct VALUES (4, 'dee', 1)"),
    'SELECT count(*) AS n FROM acct',
    'COMMIT',
  ],
  T,
);
list.add(
  'read committed: update of row changed by other commit re-evaluates',
  [
    'BEGIN',
    'SELECT balance AS b FROM acct WHERE id = 1',
    two('UPDATE acct SET balance = 7 WHERE id = 1'),
    'UPDATE acct SET balance = balance + 1 WHERE id = 1 RETURNING balance',
    'COMMIT',
  ],
  T,
);
list.add(
  'serializable: write skew is 40001 at commit or write',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    'SELECT sum(balance) AS s FROM acct WHERE id IN (1, 2)',
    two('BEGIN ISOLATION LEVEL SERIALIZABLE'),
    two('SELECT sum(balance) AS s FROM acct WHERE id IN (1, 2)'),
    two('UPDATE acct SET balance = balance - 100 WHERE id = 2'),
    'UPDATE acct SET balance = balance - 100 WHERE id = 1',
    'COMMIT',
    two('COMMIT'),
  ],
  T,
);
list.add(
  'serializable: read only deferrable begin',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE',
    'SELECT count(*) AS n FROM acct',
    'SHOW transaction_deferrable',
    'COMMIT',
  ],
  T,
);
list.add('deferrable outside serializable is allowed', [
  'BEGIN DEFERRABLE',
  'SHOW transaction_deferrable',
  'COMMIT',
]);
list.add('conflicting isolation options', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE ISOLATION LEVEL READ COMMITTED',
]);
list.add('read uncommitted is read committed', [
  'BEGIN ISOLATION LEVEL READ UNCOMMITTED',
  'SHOW transaction_isolation',
  'COMMIT',
]);
list.add('bad isolation level name', ['BEGIN ISOLATION LEVEL SNAPSHOT']);
list.add('set transaction_isolation via SET in tx after query', [
  'BEGIN',
  'SELECT 1 AS x',
  "SET transaction_isolation = 'serializable'",
  'ROLLBACK',
]);
list.add('set transaction_isolation via SET first', [
  'BEGIN',
  "SET transaction_isolation = 'repeatable read'",
  'SHOW transaction_isolation',
  'COMMIT',
]);
list.add('set transaction read write inside read only tx after query', [
  'BEGIN READ ONLY',
  'SELECT 1 AS x',
  'SET TRANSACTION READ WRITE',
  'ROLLBACK',
]);
list.add('set transaction read only inside tx after query is allowed', [
  'BEGIN',
  'SELECT 1 AS x',
  'SET TRANSACTION READ ONLY',
  'SHOW transaction_read_only',
  'CREATE TABLE nope (a int)',
  'ROLLBACK',
]);
list.add('set transaction snapshot without transaction', ["SET TRANSACTION SNAPSHOT '00000003-0000001B-1'"]);

// --- READ ONLY (25006)
for (const [name, sql] of [
  ['insert', "INSERT INTO acct VALUES (9, 'z', 0)"],
  ['update', 'UPDATE acct SET balance = 0'],
  ['delete', 'DELETE FROM acct'],
  ['create table', 'CREATE TABLE x (a int)'],
  ['create temp table', 'CREATE TEMP TABLE x (a int)'],
  ['insert into temp table', 'CREATE TEMP TABLE IF NOT EXISTS tt (a int)'],
  ['select for update', 'SELECT id FROM acct WHERE id = 1 FOR UPDATE'],
  ['select for share', 'SELECT id FROM acct WHERE id = 1 FOR SHARE'],
  ['nextval', "SELECT nextval('s1') AS v"],
  ['setval', "SELECT setval('s1', 5) AS v"],
  ['truncate', 'TRUNCATE acct'],
  ['lock table exclusive', 'LOCK TABLE acct IN EXCLUSIVE MODE'],
  ['lock table access share', 'LOCK TABLE acct IN ACCESS SHARE MODE'],
  ['lock table row exclusive', 'LOCK TABLE acct IN ROW EXCLUSIVE MODE'],
  ['select only', 'SELECT count(*) AS n FROM acct'],
  ['advisory lock', 'SELECT pg_advisory_xact_lock(1) AS v'],
  ['set config', "SELECT set_config('application_name', 'ro', true) AS v"],
  ['cte update', 'WITH u AS (UPDATE acct SET balance = 1 RETURNING id) SELECT count(*) AS n FROM u'],
  ['insert returning', "INSERT INTO acct VALUES (9, 'z', 0) RETURNING id"],
  ['comment on', "COMMENT ON TABLE acct IS 'x'"],
] as const) {
  list.add(
    `read only transaction: ${name}`,
    ['BEGIN READ ONLY', sql, 'ROLLBACK'],
    `${T} CREATE SEQUENCE s1;`,
  );
}
list.add(
  'default_transaction_read_only on',
  [
    'SET default_transaction_read_only = on',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    'SHOW transaction_read_only',
    'SET default_transaction_read_only = off',
    "INSERT INTO acct VALUES (9, 'z', 0)",
  ],
  T,
);
list.add('set transaction_read_only off in read only after query', [
  'BEGIN READ ONLY',
  'SELECT 1 AS x',
  'SET transaction_read_only = off',
  'ROLLBACK',
]);
list.add('read only then read write on begin', ['BEGIN READ ONLY, READ WRITE']);

// --- aborted transaction state (25P02)
for (const [name, after] of [
  ['select', 'SELECT 1 AS x'],
  ['insert', "INSERT INTO acct VALUES (9, 'z', 0)"],
  ['show', 'SHOW search_path'],
  ['set', "SET application_name = 'x'"],
  ['savepoint', 'SAVEPOINT s'],
  ['release', 'RELEASE SAVEPOINT s'],
  ['begin', 'BEGIN'],
  ['commit', 'COMMIT'],
  ['end', 'END'],
  ['rollback', 'ROLLBACK'],
  ['abort', 'ABORT'],
  ['prepare', 'PREPARE p AS SELECT 1'],
  ['deallocate', 'DEALLOCATE ALL'],
  ['empty statement', ';'],
] as const) {
  list.add(
    `aborted transaction then ${name}`,
    ['BEGIN', 'SELECT 1/0 AS boom', after, 'SELECT count(*) AS n FROM acct', 'ROLLBACK'],
    T,
  );
}
list.add(
  'aborted then commit reports ROLLBACK and undoes',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    "INSERT INTO acct VALUES (9, 'z', 0)",
    'COMMIT',
    'SELECT count(*) AS n FROM acct',
  ],
  T,
);
list.add(
  'aborted then rollback to savepoint recovers',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO acct VALUES (1, 'dup', 0)",
    'SELECT 1 AS x',
    'ROLLBACK TO SAVEPOINT a',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    'COMMIT',
    'SELECT count(*) AS n FROM acct',
  ],
  T,
);
list.add('aborted then rollback to unknown savepoint', [
  'BEGIN',
  'SELECT 1/0 AS x',
  'ROLLBACK TO SAVEPOINT nosuch',
  'ROLLBACK',
]);
list.add('aborted then commit and chain', [
  'BEGIN',
  'SELECT 1/0 AS x',
  'COMMIT AND CHAIN',
  'SELECT 1 AS x',
  'ROLLBACK',
]);

// --- commit/rollback outside a transaction, nesting
list.add('commit without transaction', ['COMMIT', 'SELECT 1 AS x']);
list.add('rollback without transaction', ['ROLLBACK', 'SELECT 1 AS x']);
list.add('begin inside transaction warns', ['BEGIN', 'BEGIN', 'SELECT 1 AS x', 'COMMIT', 'COMMIT']);
list.add('end and abort synonyms', [
  'BEGIN WORK',
  'SELECT 1 AS x',
  'END TRANSACTION',
  'START TRANSACTION',
  'ABORT WORK',
]);
list.add('commit work and rollback transaction', [
  'BEGIN TRANSACTION',
  'COMMIT WORK',
  'BEGIN',
  'ROLLBACK TRANSACTION',
]);
list.add('commit and no chain', ['BEGIN', 'COMMIT AND NO CHAIN', 'SELECT 1 AS x']);
list.add('rollback and chain outside tx', ['ROLLBACK AND CHAIN']);
list.add('commit and chain outside tx', ['COMMIT AND CHAIN']);

// --- COMMIT AND CHAIN
list.add(
  'commit and chain keeps isolation',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    'COMMIT AND CHAIN',
    'SHOW transaction_isolation',
    "INSERT INTO acct VALUES (10, 'y', 0)",
    'ROLLBACK',
    'SELECT count(*) AS n FROM acct',
  ],
  T,
);
list.add(
  'commit and chain keeps read only',
  [
    'BEGIN READ ONLY',
    'COMMIT AND CHAIN',
    'SHOW transaction_read_only',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    'ROLLBACK',
  ],
  T,
);
list.add(
  'rollback and chain',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    'ROLLBACK AND CHAIN',
    'SHOW transaction_isolation',
    'SELECT count(*) AS n FROM acct',
    'COMMIT',
  ],
  T,
);
list.add(
  'commit and chain then second sees committed part',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    'COMMIT AND CHAIN',
    "INSERT INTO acct VALUES (10, 'y', 0)",
    two('SELECT count(*) AS n FROM acct'),
    'COMMIT',
  ],
  T,
);
list.add('end and chain', ['BEGIN', 'END AND CHAIN', 'SELECT 1 AS x', 'END']);

// --- savepoints
list.add('savepoint outside transaction', ['SAVEPOINT a', 'SELECT 1 AS x']);
list.add('release outside transaction', ['RELEASE SAVEPOINT a']);
list.add('rollback to outside transaction', ['ROLLBACK TO SAVEPOINT a']);
list.add('release unknown savepoint aborts', [
  'BEGIN',
  'RELEASE SAVEPOINT nope',
  'SELECT 1 AS x',
  'ROLLBACK',
]);
list.add('rollback to unknown savepoint aborts', ['BEGIN', 'ROLLBACK TO nope', 'SELECT 1 AS x', 'ROLLBACK']);
list.add(
  'savepoint same name twice rolls to newest',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (4, 'a', 0)",
    'SAVEPOINT s',
    "INSERT INTO acct VALUES (5, 'b', 0)",
    'SAVEPOINT s',
    "INSERT INTO acct VALUES (6, 'c', 0)",
    'ROLLBACK TO SAVEPOINT s',
    'SELECT id FROM acct ORDER BY id',
    'RELEASE SAVEPOINT s',
    'ROLLBACK TO SAVEPOINT s',
    'SELECT id FROM acct ORDER BY id',
    'COMMIT',
    'SELECT id FROM acct ORDER BY id',
  ],
  T,
);
list.add('release destroys later savepoints', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'RELEASE SAVEPOINT a',
  'ROLLBACK TO SAVEPOINT b',
  'ROLLBACK',
]);
list.add(
  'rollback to keeps the savepoint',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO acct VALUES (4, 'a', 0)",
    'ROLLBACK TO a',
    "INSERT INTO acct VALUES (5, 'b', 0)",
    'ROLLBACK TO a',
    'SELECT count(*) AS n FROM acct',
    'RELEASE a',
    'COMMIT',
  ],
  T,
);
list.add('rollback to destroys later savepoints', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'ROLLBACK TO a',
  'RELEASE b',
  'ROLLBACK',
]);
list.add('savepoint undoes settings', [
  'BEGIN',
  "SET application_name = 'outer'",
  'SAVEPOINT a',
  "SET application_name = 'inner'",
  'ROLLBACK TO a',
  'SHOW application_name',
  'COMMIT',
  'SHOW application_name',
]);
list.add('released savepoint keeps settings', [
  'BEGIN',
  'SAVEPOINT a',
  "SET application_name = 'inner'",
  'RELEASE a',
  'SHOW application_name',
  'ROLLBACK',
  'SHOW application_name',
]);
list.add(
  'savepoint undoes sequence? no',
  [
    'BEGIN',
    'SAVEPOINT a',
    "SELECT nextval('s1') AS v",
    'ROLLBACK TO a',
    "SELECT nextval('s1') AS v",
    'COMMIT',
  ],
  'CREATE SEQUENCE s1',
);
list.add(
  'savepoint after error in subtransaction keeps outer rows',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (4, 'a', 0)",
    'SAVEPOINT s',
    "INSERT INTO acct VALUES (4, 'a', 0)",
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id FROM acct ORDER BY id',
  ],
  T,
);
list.add('release savepoint without keyword', ['BEGIN', 'SAVEPOINT x', 'RELEASE x', 'COMMIT']);
list.add('savepoint quoted name case', ['BEGIN', 'SAVEPOINT "Mixed"', 'ROLLBACK TO mixed', 'ROLLBACK']);
list.add('savepoint quoted name match', [
  'BEGIN',
  'SAVEPOINT "Mixed"',
  'ROLLBACK TO "Mixed"',
  'RELEASE "Mixed"',
  'COMMIT',
]);
list.add(
  'deep savepoints',
  [
    'BEGIN',
    ...Array.from({ length: 5 }, (_, i) => `SAVEPOINT s${i}`),
    "INSERT INTO acct VALUES (4, 'a', 0)",
    'ROLLBACK TO s2',
    'RELEASE s1',
    'SELECT count(*) AS n FROM acct',
    'COMMIT',
  ],
  T,
);
list.add('savepoint inside read only tx', [
  'BEGIN READ ONLY',
  'SAVEPOINT a',
  'SELECT 1 AS x',
  'RELEASE a',
  'COMMIT',
]);
list.add('set transaction after savepoint', [
  'BEGIN',
  'SAVEPOINT a',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK',
]);
list.add(
  'commit and chain after savepoint',
  [
    'BEGIN',
    'SAVEPOINT a',
    "INSERT INTO acct VALUES (4, 'a', 0)",
    'COMMIT AND CHAIN',
    'ROLLBACK TO a',
    'ROLLBACK',
    'SELECT count(*) AS n FROM acct',
  ],
  T,
);

// --- prepared transactions
list.add(
  'prepare transaction disabled',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (9, 'z', 0)",
    "PREPARE TRANSACTION 'tx1'",
    'SELECT count(*) AS n FROM acct',
  ],
  T,
);
list.add('prepare transaction outside transaction', ["PREPARE TRANSACTION 'tx1'"]);
list.add('commit prepared unknown', ["COMMIT PREPARED 'nope'"]);
list.add('rollback prepared unknown', ["ROLLBACK PREPARED 'nope'"]);
list.add('commit prepared in transaction', ['BEGIN', "COMMIT PREPARED 'nope'", 'ROLLBACK']);
list.add('show max_prepared_transactions', ['SHOW max_prepared_transactions']);
list.add('pg_prepared_xacts is empty', ['SELECT count(*) AS n FROM pg_prepared_xacts']);

// --- row locks: FOR UPDATE / NO KEY UPDATE / SHARE / KEY SHARE with NOWAIT and SKIP LOCKED
const strengths = ['UPDATE', 'NO KEY UPDATE', 'SHARE', 'KEY SHARE'];
for (const held of strengths) {
  for (const want of strengths) {
    list.add(
      `row lock FOR ${held} vs FOR ${want} NOWAIT`,
      [
        'BEGIN',
        `SELECT id FROM acct WHERE id = 1 FOR ${held}`,
        two(`SELECT id FROM acct WHERE id = 1 FOR ${want} NOWAIT`),
        'COMMIT',
      ],
      T,
    );
    list.add(
      `row lock FOR ${held} vs FOR ${want} SKIP LOCKED`,
      [
        'BEGIN',
        `SELECT id FROM acct WHERE id = 1 FOR ${held}`,
        two(`SELECT id FROM acct ORDER BY id FOR ${want} SKIP LOCKED`),
        'COMMIT',
      ],
      T,
    );
  }
}
for (const held of strengths) {
  for (const [what, sql] of [
    ['update non-key column', 'UPDATE acct SET balance = 5 WHERE id = 1'],
    ['update key column', 'UPDATE acct SET id = 11 WHERE id = 1'],
    ['delete', 'DELETE FROM acct WHERE id = 1'],
  ] as const) {
    list.add(
      `row lock FOR ${held} vs ${what} under lock_timeout`,
      [
        'BEGIN',
        `SELECT id FROM acct WHERE id = 1 FOR ${held}`,
        two("SET lock_timeout = '100ms'"),
        two(sql),
        'ROLLBACK',
        two(sql),
      ],
      T,
    );
  }
}
list.add(
  'for update nowait on free rows',
  ['BEGIN', 'SELECT id FROM acct ORDER BY id FOR UPDATE NOWAIT', 'COMMIT'],
  T,
);
list.add(
  'for update skip locked on free rows',
  ['BEGIN', 'SELECT id FROM acct ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED', 'COMMIT'],
  T,
);
list.add(
  'for update of table name',
  ['BEGIN', 'SELECT a.id FROM acct a WHERE a.id = 1 FOR UPDATE OF a', 'COMMIT'],
  T,
);
list.add('for update of unknown table', ['SELECT id FROM acct FOR UPDATE OF nope'], T);
list.add('for update of real name when aliased', ['SELECT a.id FROM acct a FOR UPDATE OF acct'], T);
list.add('for update with aggregate', ['SELECT count(*) AS n FROM acct FOR UPDATE'], T);
list.add('for update with distinct', ['SELECT DISTINCT owner FROM acct FOR UPDATE'], T);
list.add('for update with group by', ['SELECT owner FROM acct GROUP BY owner FOR UPDATE'], T);
list.add('for update with union', ['SELECT id FROM acct UNION SELECT id FROM acct FOR UPDATE'], T);
list.add('for update with window', ['SELECT id, row_number() OVER () AS r FROM acct FOR UPDATE'], T);
list.add('for update on values', ['SELECT * FROM (VALUES (1)) v(a) FOR UPDATE']);
list.add('for update outside tx is fine', ['SELECT id FROM acct WHERE id = 2 FOR UPDATE'], T);
list.add(
  'for update on left join nullable side',
  [
    'SELECT p.id AS p, c.id AS c FROM parent p LEFT JOIN child c ON c.parent_id = p.id ORDER BY p.id FOR UPDATE',
  ],
  FK,
);
list.add(
  'for update of one side of left join',
  [
    'SELECT p.id AS p, c.id AS c FROM parent p LEFT JOIN child c ON c.parent_id = p.id ORDER BY p.id FOR UPDATE OF p',
  ],
  FK,
);
list.add(
  'multiple locking clauses',
  [
    'BEGIN',
    'SELECT p.id AS p FROM parent p JOIN child c ON c.parent_id = p.id FOR UPDATE OF p FOR SHARE OF c',
    'COMMIT',
  ],
  FK,
);
list.add('for update nowait skip locked both', ['SELECT id FROM acct FOR UPDATE NOWAIT SKIP LOCKED'], T);
list.add(
  'for update in subquery',
  [
    'BEGIN',
    'SELECT id FROM (SELECT id FROM acct ORDER BY id LIMIT 1 FOR UPDATE) s',
    two('SELECT id FROM acct ORDER BY id FOR UPDATE SKIP LOCKED'),
    'COMMIT',
  ],
  T,
);
list.add(
  'for update in cte',
  [
    'BEGIN',
    'WITH c AS (SELECT id FROM acct WHERE id = 2 FOR UPDATE) SELECT id FROM c',
    two('SELECT id FROM acct WHERE id = 2 FOR UPDATE NOWAIT'),
    'COMMIT',
  ],
  T,
);
list.add(
  'row lock released by rollback to savepoint? no',
  [
    'BEGIN',
    'SAVEPOINT a',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE',
    'ROLLBACK TO a',
    two('SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT'),
    'COMMIT',
  ],
  T,
);
list.add(
  'row lock held by update',
  [
    'BEGIN',
    'UPDATE acct SET balance = 0 WHERE id = 3',
    two('SELECT id FROM acct ORDER BY id FOR UPDATE SKIP LOCKED'),
    two('SELECT id FROM acct ORDER BY id FOR KEY SHARE SKIP LOCKED'),
    two('SELECT id FROM acct ORDER BY id FOR SHARE SKIP LOCKED'),
    'COMMIT',
  ],
  T,
);
list.add(
  'row lock held by delete',
  [
    'BEGIN',
    'DELETE FROM acct WHERE id = 3',
    two('SELECT id FROM acct ORDER BY id FOR KEY SHARE SKIP LOCKED'),
    two('SELECT id FROM acct ORDER BY id'),
    'COMMIT',
    two('SELECT id FROM acct ORDER BY id'),
  ],
  T,
);
list.add(
  'row lock held by insert not visible',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (4, 'dee', 0)",
    two('SELECT id FROM acct ORDER BY id FOR UPDATE SKIP LOCKED'),
    'COMMIT',
  ],
  T,
);
list.add(
  'insert duplicate key vs uncommitted insert under lock_timeout',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (4, 'dee', 0)",
    two("SET lock_timeout = '100ms'"),
    two("INSERT INTO acct VALUES (4, 'dup', 0)"),
    'ROLLBACK',
    two("INSERT INTO acct VALUES (4, 'dup', 0)"),
  ],
  T,
);
list.add(
  'on conflict do nothing vs uncommitted insert under lock_timeout',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (4, 'dee', 0)",
    two("SET lock_timeout = '100ms'"),
    two("INSERT INTO acct VALUES (4, 'dup', 0) ON CONFLICT DO NOTHING"),
    'COMMIT',
    two("INSERT INTO acct VALUES (4, 'dup', 0) ON CONFLICT DO NOTHING"),
  ],
  T,
);

// --- row locks vs FK checks
list.add(
  'fk insert takes key share on parent: for update nowait fails',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 2)',
    two('SELECT id FROM parent WHERE id = 2 FOR UPDATE NOWAIT'),
    'COMMIT',
  ],
  FK,
);
list.add(
  'fk insert takes key share on parent: no key update ok',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 2)',
    two('SELECT id FROM parent WHERE id = 2 FOR NO KEY UPDATE NOWAIT'),
    'COMMIT',
  ],
  FK,
);
list.add(
  'fk insert vs parent non-key update succeeds',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 2)',
    two("SET lock_timeout = '100ms'"),
    two("UPDATE parent SET name = 'x' WHERE id = 2"),
    'COMMIT',
    'SELECT id, name FROM parent ORDER BY id',
  ],
  FK,
);
list.add(
  'fk insert vs parent delete blocks',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 2)',
    two("SET lock_timeout = '100ms'"),
    two('DELETE FROM parent WHERE id = 2'),
    'COMMIT',
    two('DELETE FROM parent WHERE id = 2'),
  ],
  FK,
);
list.add(
  'parent locked for update blocks fk insert',
  [
    'BEGIN',
    'SELECT id FROM parent WHERE id = 2 FOR UPDATE',
    two("SET lock_timeout = '100ms'"),
    two('INSERT INTO child VALUES (11, 2)'),
    'COMMIT',
    two('INSERT INTO child VALUES (11, 2)'),
  ],
  FK,
);
list.add(
  'parent locked for no key update allows fk insert',
  [
    'BEGIN',
    'SELECT id FROM parent WHERE id = 2 FOR NO KEY UPDATE',
    two("SET lock_timeout = '100ms'"),
    two('INSERT INTO child VALUES (11, 2)'),
    'COMMIT',
  ],
  FK,
);
list.add(
  'parent deleted uncommitted: fk insert blocks',
  [
    'BEGIN',
    'DELETE FROM parent WHERE id = 2',
    two("SET lock_timeout = '100ms'"),
    two('INSERT INTO child VALUES (11, 2)'),
    'COMMIT',
    two('INSERT INTO child VALUES (11, 2)'),
  ],
  FK,
);
list.add(
  'parent inserted uncommitted: fk insert in second fails',
  [
    'BEGIN',
    "INSERT INTO parent VALUES (3, 'p3')",
    two('INSERT INTO child VALUES (11, 3)'),
    'COMMIT',
    two('INSERT INTO child VALUES (11, 3)'),
  ],
  FK,
);

// --- LOCK TABLE modes
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
for (const held of modes) {
  for (const want of modes) {
    list.add(
      `lock table ${held} vs ${want} nowait`,
      [
        'BEGIN',
        `LOCK TABLE acct IN ${held} MODE`,
        two('BEGIN'),
        two(`LOCK TABLE acct IN ${want} MODE NOWAIT`),
        two('ROLLBACK'),
        'COMMIT',
      ],
      T,
    );
  }
}
for (const held of ['ACCESS SHARE', 'ROW EXCLUSIVE', 'SHARE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE']) {
  list.add(
    `lock table ${held}: second reads under lock_timeout`,
    [
      'BEGIN',
      `LOCK TABLE acct IN ${held} MODE`,
      two("SET lock_timeout = '100ms'"),
      two('SELECT count(*) AS n FROM acct'),
      'COMMIT',
    ],
    T,
  );
  list.add(
    `lock table ${held}: second inserts under lock_timeout`,
    [
      'BEGIN',
      `LOCK TABLE acct IN ${held} MODE`,
      two("SET lock_timeout = '100ms'"),
      two("INSERT INTO acct VALUES (4, 'x', 0)"),
      'COMMIT',
    ],
    T,
  );
}
list.add('lock table outside transaction', ['LOCK TABLE acct'], T);
list.add(
  'lock table default mode is access exclusive',
  [
    'BEGIN',
    'LOCK TABLE acct',
    two('BEGIN'),
    two('LOCK TABLE acct IN ACCESS SHARE MODE NOWAIT'),
    two('ROLLBACK'),
    'COMMIT',
  ],
  T,
);
list.add('lock table unknown', ['BEGIN', 'LOCK TABLE nope', 'ROLLBACK']);
list.add(
  'lock table several tables',
  ['BEGIN', 'LOCK TABLE acct, parent IN SHARE MODE', 'COMMIT'],
  `${T}${FK}`,
);
list.add('lock table only', ['BEGIN', 'LOCK TABLE ONLY acct IN SHARE MODE', 'COMMIT'], T);
list.add('lock table bad mode', ['BEGIN', 'LOCK TABLE acct IN WRITE MODE', 'ROLLBACK'], T);
list.add(
  'lock a view',
  ['BEGIN', 'LOCK TABLE v IN SHARE MODE', 'COMMIT'],
  `${T} CREATE VIEW v AS SELECT * FROM acct;`,
);
list.add('lock a sequence', ['BEGIN', 'LOCK TABLE s1', 'ROLLBACK'], 'CREATE SEQUENCE s1');
list.add(
  'lock table in read committed after select',
  ['BEGIN', 'SELECT 1 AS x', 'LOCK TABLE acct IN SHARE MODE', 'COMMIT'],
  T,
);
list.add(
  'pg_locks shows own table lock',
  [
    'BEGIN',
    'LOCK TABLE acct IN SHARE MODE',
    "SELECT mode, granted FROM pg_locks WHERE locktype = 'relation' AND relation = 'acct'::regclass ORDER BY mode",
    'COMMIT',
  ],
  T,
);
list.add(
  'lock table second session nowait after commit',
  [
    'BEGIN',
    'LOCK TABLE acct IN ACCESS EXCLUSIVE MODE',
    'COMMIT',
    two('BEGIN'),
    two('LOCK TABLE acct IN ACCESS EXCLUSIVE MODE NOWAIT'),
    two('COMMIT'),
  ],
  T,
);

// --- advisory locks
const adv: Array<[string, ProbeStep[]]> = [
  ['lock then unlock', ['SELECT pg_advisory_lock(1) AS l', 'SELECT pg_advisory_unlock(1) AS u']],
  ['unlock not held warns false', ['SELECT pg_advisory_unlock(42) AS u']],
  ['shared unlock not held', ['SELECT pg_advisory_unlock_shared(42) AS u']],
  [
    'try lock true',
    [
      'SELECT pg_try_advisory_lock(1) AS t',
      'SELECT pg_try_advisory_lock(1) AS t2',
      'SELECT pg_advisory_unlock(1) AS u1',
      'SELECT pg_advisory_unlock(1) AS u2',
      'SELECT pg_advisory_unlock(1) AS u3',
    ],
  ],
  [
    'reentrant lock counts',
    [
      'SELECT pg_advisory_lock(5) AS a',
      'SELECT pg_advisory_lock(5) AS b',
      'SELECT pg_advisory_unlock(5) AS u1',
      'SELECT pg_advisory_unlock(5) AS u2',
      'SELECT pg_advisory_unlock(5) AS u3',
    ],
  ],
  [
    'two key form',
    [
      'SELECT pg_advisory_lock(1, 2) AS a',
      'SELECT pg_advisory_unlock(1, 2) AS u',
      'SELECT pg_advisory_unlock(1, 2) AS u2',
    ],
  ],
  [
    'two key vs one key are different',
    [
      'SELECT pg_advisory_lock(1, 2) AS a',
      'SELECT pg_advisory_unlock(1) AS u',
      'SELECT pg_advisory_unlock_all() AS x',
    ],
  ],
  [
    'unlock all returns void',
    [
      'SELECT pg_advisory_lock(1) AS a',
      'SELECT pg_advisory_unlock_all() AS x',
      'SELECT pg_advisory_unlock(1) AS u',
    ],
  ],
  [
    'shared then exclusive unlock',
    [
      'SELECT pg_advisory_lock_shared(3) AS a',
      'SELECT pg_advisory_unlock(3) AS u',
      'SELECT pg_advisory_unlock_shared(3) AS us',
    ],
  ],
  [
    'xact lock released at commit',
    ['BEGIN', 'SELECT pg_advisory_xact_lock(7) AS a', 'COMMIT', 'SELECT pg_advisory_unlock(7) AS u'],
  ],
  [
    'xact lock outside transaction',
    [
      'SELECT pg_advisory_xact_lock(7) AS a',
      'SELECT pg_try_advisory_lock(7) AS t',
      'SELECT pg_advisory_unlock(7) AS u',
    ],
  ],
  [
    'unlock of xact lock',
    ['BEGIN', 'SELECT pg_advisory_xact_lock(7) AS a', 'SELECT pg_advisory_unlock(7) AS u', 'COMMIT'],
  ],
  [
    'try xact lock',
    [
      'BEGIN',
      'SELECT pg_try_advisory_xact_lock(8) AS a',
      'SELECT pg_try_advisory_xact_lock_shared(8) AS b',
      'COMMIT',
    ],
  ],
  [
    'session lock survives rollback',
    ['BEGIN', 'SELECT pg_advisory_lock(9) AS a', 'ROLLBACK', 'SELECT pg_advisory_unlock(9) AS u'],
  ],
  [
    'bigint key',
    [
      'SELECT pg_advisory_lock(9223372036854775807) AS a',
      'SELECT pg_advisory_unlock(9223372036854775807) AS u',
    ],
  ],
  ['negative key', ['SELECT pg_try_advisory_lock(-1) AS a', 'SELECT pg_advisory_unlock(-1) AS u']],
  ['null key', ['SELECT pg_advisory_lock(NULL) AS a']],
  [
    'hashtext key',
    [
      "SELECT pg_try_advisory_lock(hashtext('jobs')) AS a",
      "SELECT pg_advisory_unlock(hashtext('jobs')) AS u",
    ],
  ],
  ['text key no function', ["SELECT pg_advisory_lock('jobs') AS a"]],
  ['numeric key', ['SELECT pg_advisory_lock(1.5) AS a']],
  ['int4 pair out of range', ['SELECT pg_advisory_lock(3000000000, 1) AS a']],
  [
    'pg_locks advisory row',
    [
      'SELECT pg_advisory_lock(11) AS a',
      "SELECT locktype, objid::text AS objid, mode, granted FROM pg_locks WHERE locktype = 'advisory' ORDER BY objid",
      'SELECT pg_advisory_unlock_all() AS x',
    ],
  ],
  [
    'lock in where clause',
    [
      'SELECT id FROM acct WHERE pg_try_advisory_lock(id) ORDER BY id',
      'SELECT pg_advisory_unlock_all() AS x',
    ],
  ],
  [
    'lock result type',
    ['SELECT pg_typeof(pg_try_advisory_lock(1))::text AS t, pg_typeof(pg_advisory_lock(2))::text AS u'],
  ],
];
for (const [name, steps] of adv) list.add(`advisory: ${name}`, steps, T);
list.add('advisory: other session try lock false', [
  'SELECT pg_advisory_lock(1) AS a',
  two('SELECT pg_try_advisory_lock(1) AS t'),
  two('SELECT pg_advisory_unlock(1) AS u'),
  'SELECT pg_advisory_unlock(1) AS u',
  two('SELECT pg_try_advisory_lock(1) AS t'),
]);
list.add('advisory: shared locks coexist', [
  'SELECT pg_advisory_lock_shared(1) AS a',
  two('SELECT pg_try_advisory_lock_shared(1) AS t'),
  two('SELECT pg_try_advisory_lock(1) AS x'),
]);
list.add('advisory: blocking lock under lock_timeout', [
  'SELECT pg_advisory_lock(1) AS a',
  two("SET lock_timeout = '100ms'"),
  two('SELECT pg_advisory_lock(1) AS b'),
]);
list.add('advisory: xact lock blocks other session until commit', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(2) AS a',
  two('SELECT pg_try_advisory_lock(2) AS t'),
  'COMMIT',
  two('SELECT pg_try_advisory_lock(2) AS t'),
]);
list.add('advisory: two key lock other session', [
  'SELECT pg_advisory_lock(1, 1) AS a',
  two('SELECT pg_try_advisory_lock(1, 1) AS t'),
  two('SELECT pg_try_advisory_lock(1, 2) AS t2'),
]);

// --- claim queues
list.add(
  'claim: update with subquery skip locked',
  [
    "UPDATE jobs SET state = 'running', worker = 'w1' WHERE id = (SELECT id FROM jobs WHERE state = 'ready' ORDER BY prio DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, prio",
    'SELECT id, state, worker FROM jobs ORDER BY id',
  ],
  J,
);
list.add(
  'claim: two workers with skip locked',
  [
    'BEGIN',
    "SELECT id FROM jobs WHERE state = 'ready' ORDER BY prio DESC LIMIT 2 FOR UPDATE SKIP LOCKED",
    two('BEGIN'),
    two("SELECT id FROM jobs WHERE state = 'ready' ORDER BY prio DESC LIMIT 2 FOR UPDATE SKIP LOCKED"),
    two('COMMIT'),
    'COMMIT',
  ],
  J,
);
list.add(
  'claim: cte update returning',
  [
    "WITH next AS (SELECT id FROM jobs WHERE state = 'ready' ORDER BY prio, id LIMIT 2 FOR UPDATE SKIP LOCKED) UPDATE jobs j SET state = 'running' FROM next WHERE j.id = next.id RETURNING j.id",
    "SELECT count(*) AS n FROM jobs WHERE state = 'running'",
  ],
  J,
);
list.add(
  'claim: in subquery skip locked',
  [
    "UPDATE jobs SET state = 'done' WHERE id IN (SELECT id FROM jobs ORDER BY id LIMIT 3 FOR UPDATE SKIP LOCKED) RETURNING id",
  ],
  J,
);
list.add(
  'claim: delete returning skip locked',
  [
    'DELETE FROM jobs WHERE id = (SELECT id FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, prio',
    'SELECT count(*) AS n FROM jobs',
  ],
  J,
);
list.add(
  'claim: nothing left returns no rows',
  [
    "UPDATE jobs SET state = 'x'",
    "UPDATE jobs SET state = 'running' WHERE id = (SELECT id FROM jobs WHERE state = 'ready' LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
  ],
  J,
);
list.add(
  'claim: with params',
  [
    withParams(
      "UPDATE jobs SET state = 'running', worker = $1 WHERE id IN (SELECT id FROM jobs WHERE state = $2 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING id, worker",
      'w9',
      'ready',
      2,
    ),
  ],
  J,
);
list.add(
  'claim: second worker while first holds',
  [
    'BEGIN',
    "UPDATE jobs SET state = 'running' WHERE id = (SELECT id FROM jobs WHERE state = 'ready' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
    two(
      "UPDATE jobs SET state = 'running' WHERE id = (SELECT id FROM jobs WHERE state = 'ready' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
    ),
    'COMMIT',
  ],
  J,
);
list.add(
  'claim: advisory lock claim',
  ["SELECT id FROM jobs WHERE state = 'ready' AND pg_try_advisory_xact_lock(id) ORDER BY id LIMIT 1"],
  J,
);

export default list.cases;
