// Round 18 probe, sessions part 1: chapter 13 (concurrency control) across two connections:
// isolation levels, row-level locks, LOCK TABLE and advisory locks. A step that would wait on
// PostgreSQL runs under NOWAIT, SKIP LOCKED or lock_timeout, so no case can hang.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 sessions: locks: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL);
INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50), (3, 'cy', 0);`;
const Q = `CREATE TABLE q (id int PRIMARY KEY, state text NOT NULL DEFAULT 'ready', prio int NOT NULL);
INSERT INTO q (id, prio) VALUES (1, 3), (2, 1), (3, 2), (4, 5), (5, 4);`;
const FK = `CREATE TABLE parent (id int PRIMARY KEY, name text);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent(id));
INSERT INTO parent VALUES (1, 'p1'), (2, 'p2'); INSERT INTO child VALUES (10, 1);`;
const sel = 'SELECT id, owner, balance FROM acct ORDER BY id';

// --- isolation levels: what the second session's transaction sees of the first's commits
for (const level of ['READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE']) {
  const lc = level.toLowerCase();
  list.add(
    `${lc}: a commit between two statements of the other transaction`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT sum(balance) AS total FROM acct'),
      'UPDATE acct SET balance = balance + 10 WHERE id = 3',
      two('SELECT sum(balance) AS total FROM acct'),
      two('COMMIT'),
      two('SELECT sum(balance) AS total FROM acct'),
    ],
    T,
  );
  list.add(
    `${lc}: a row inserted and committed by the other session before the first query is seen`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      "INSERT INTO acct VALUES (4, 'dee', 1)",
      two('SELECT count(*) AS n FROM acct'),
      two('COMMIT'),
    ],
    T,
  );
  list.add(
    `${lc}: a deleted row vanishes only for snapshots taken after the delete`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT id FROM acct ORDER BY id'),
      'DELETE FROM acct WHERE id = 2',
      two('SELECT id FROM acct ORDER BY id'),
      two('ROLLBACK'),
      two('SELECT id FROM acct ORDER BY id'),
    ],
    T,
  );
  list.add(
    `${lc}: an uncommitted update of the first session is not seen by the second`,
    [
      'BEGIN',
      'UPDATE acct SET balance = 0 WHERE id = 1',
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT balance FROM acct WHERE id = 1'),
      two('COMMIT'),
      'ROLLBACK',
      'SELECT balance FROM acct WHERE id = 1',
    ],
    T,
  );
  list.add(
    `${lc}: updating a row the other session updated and committed after the snapshot`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT balance FROM acct WHERE id = 1'),
      'UPDATE acct SET balance = balance + 1 WHERE id = 1',
      two('UPDATE acct SET balance = balance * 2 WHERE id = 1'),
      two('COMMIT'),
      'SELECT balance FROM acct WHERE id = 1',
    ],
    T,
  );
  list.add(
    `${lc}: deleting a row the other session updated and committed after the snapshot`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT count(*) AS n FROM acct'),
      'UPDATE acct SET balance = 7 WHERE id = 2',
      two('DELETE FROM acct WHERE id = 2'),
      two('ROLLBACK'),
      sel,
    ],
    T,
  );
  list.add(
    `${lc}: locking a row the other session deleted and committed after the snapshot`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT count(*) AS n FROM acct'),
      'DELETE FROM acct WHERE id = 3',
      two('SELECT id FROM acct WHERE id = 3 FOR UPDATE'),
      two('ROLLBACK'),
    ],
    T,
  );
  list.add(
    `${lc}: FOR SHARE of a row updated and committed after the snapshot`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT 1 AS started FROM acct LIMIT 1'),
      "UPDATE acct SET owner = 'zed' WHERE id = 1",
      two('SELECT owner FROM acct WHERE id = 1 FOR SHARE'),
      two('ROLLBACK'),
    ],
    T,
  );
  list.add(
    `${lc}: updating a row the other session only read is allowed`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT balance FROM acct WHERE id = 1'),
      'SELECT balance FROM acct WHERE id = 1',
      two('UPDATE acct SET balance = 5 WHERE id = 1'),
      two('COMMIT'),
      'SELECT balance FROM acct WHERE id = 1',
    ],
    T,
  );
  list.add(
    `${lc}: ON CONFLICT DO UPDATE over a row committed after the snapshot`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT count(*) AS n FROM acct'),
      "INSERT INTO acct VALUES (9, 'nine', 9)",
      two("INSERT INTO acct VALUES (9, 'x', 1) ON CONFLICT (id) DO UPDATE SET balance = excluded.balance"),
      two('ROLLBACK'),
    ],
    T,
  );
  list.add(
    `${lc}: ON CONFLICT DO NOTHING over a row committed after the snapshot`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT count(*) AS n FROM acct'),
      "INSERT INTO acct VALUES (9, 'nine', 9)",
      two("INSERT INTO acct VALUES (9, 'x', 1) ON CONFLICT DO NOTHING"),
      two('ROLLBACK'),
    ],
    T,
  );
  list.add(
    `${lc}: a plain insert of a key committed after the snapshot violates the key`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT count(*) AS n FROM acct'),
      "INSERT INTO acct VALUES (9, 'nine', 9)",
      two("INSERT INTO acct VALUES (9, 'x', 1)"),
      two('ROLLBACK'),
    ],
    T,
  );
  list.add(`${lc}: transaction_isolation seen from both sessions`, [
    `BEGIN ISOLATION LEVEL ${level}`,
    'SHOW transaction_isolation',
    two('SHOW transaction_isolation'),
    'COMMIT',
  ]);
  list.add(
    `${lc}: a transaction that only read commits with no error`,
    [
      two(`BEGIN ISOLATION LEVEL ${level}`),
      two('SELECT sum(balance) AS s FROM acct'),
      'UPDATE acct SET balance = 1',
      two('SELECT sum(balance) AS s FROM acct'),
      two('COMMIT'),
    ],
    T,
  );
  list.add(`${lc}: a second session's sequence values are not rolled back`, [
    'CREATE SEQUENCE s',
    two(`BEGIN ISOLATION LEVEL ${level}`),
    two("SELECT nextval('s') AS v"),
    two('ROLLBACK'),
    "SELECT nextval('s') AS v",
  ]);
}

// SERIALIZABLE: write skew and read/write dependencies
list.add(
  'serializable: write skew over two rows fails one transaction with 40001',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    two('BEGIN ISOLATION LEVEL SERIALIZABLE'),
    'SELECT sum(balance) AS s FROM acct WHERE id IN (1, 2)',
    two('SELECT sum(balance) AS s FROM acct WHERE id IN (1, 2)'),
    'UPDATE acct SET balance = balance - 150 WHERE id = 1',
    two('UPDATE acct SET balance = balance - 150 WHERE id = 2'),
    'COMMIT',
    two('COMMIT'),
    sel,
  ],
  T,
);
list.add('serializable: insert after reading an empty range conflicts with the other insert', [
  'CREATE TABLE dr (d int, name text)',
  'BEGIN ISOLATION LEVEL SERIALIZABLE',
  two('BEGIN ISOLATION LEVEL SERIALIZABLE'),
  'SELECT count(*) AS n FROM dr WHERE d = 1',
  two('SELECT count(*) AS n FROM dr WHERE d = 1'),
  "INSERT INTO dr VALUES (1, 'a')",
  two("INSERT INTO dr VALUES (1, 'b')"),
  'COMMIT',
  two('COMMIT'),
  'SELECT count(*) AS n FROM dr',
]);
list.add(
  'repeatable read: write skew is allowed',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    two('BEGIN ISOLATION LEVEL REPEATABLE READ'),
    'SELECT sum(balance) AS s FROM acct WHERE id IN (1, 2)',
    two('SELECT sum(balance) AS s FROM acct WHERE id IN (1, 2)'),
    'UPDATE acct SET balance = balance - 150 WHERE id = 1',
    two('UPDATE acct SET balance = balance - 150 WHERE id = 2'),
    'COMMIT',
    two('COMMIT'),
    sel,
  ],
  T,
);
list.add(
  'serializable: a read only transaction that read nothing the other wrote commits',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY',
    two('BEGIN ISOLATION LEVEL SERIALIZABLE'),
    'SELECT balance FROM acct WHERE id = 3',
    two('UPDATE acct SET balance = 1 WHERE id = 1'),
    two('COMMIT'),
    'COMMIT',
  ],
  T,
);
list.add(
  'serializable: the failed transaction is aborted afterwards',
  [
    two('BEGIN ISOLATION LEVEL SERIALIZABLE'),
    two('SELECT balance FROM acct WHERE id = 1'),
    'UPDATE acct SET balance = 0 WHERE id = 1',
    two('UPDATE acct SET balance = 1 WHERE id = 1'),
    two('SELECT 1 AS v'),
    two('COMMIT'),
    two('SELECT balance FROM acct WHERE id = 1'),
  ],
  T,
);
list.add(
  'repeatable read: a savepoint does not escape the concurrent update error',
  [
    two('BEGIN ISOLATION LEVEL REPEATABLE READ'),
    two('SELECT balance FROM acct WHERE id = 1'),
    'UPDATE acct SET balance = 0 WHERE id = 1',
    two('SAVEPOINT a'),
    two('UPDATE acct SET balance = 1 WHERE id = 1'),
    two('ROLLBACK TO SAVEPOINT a'),
    two('UPDATE acct SET balance = 2 WHERE id = 1'),
    two('ROLLBACK'),
  ],
  T,
);
list.add(
  'repeatable read: the snapshot is kept across a savepoint rollback',
  [
    two('BEGIN ISOLATION LEVEL REPEATABLE READ'),
    two('SAVEPOINT a'),
    two('SELECT count(*) AS n FROM acct'),
    two('ROLLBACK TO SAVEPOINT a'),
    "INSERT INTO acct VALUES (4, 'dee', 1)",
    two('SELECT count(*) AS n FROM acct'),
    two('COMMIT'),
  ],
  T,
);
list.add(
  'read committed: a statement in a function sees commits made before it',
  [
    'CREATE FUNCTION total() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT sum(balance) FROM acct $$',
    two('BEGIN'),
    two('SELECT total() AS t'),
    'UPDATE acct SET balance = 0',
    two('SELECT total() AS t'),
    two('COMMIT'),
  ],
  T,
);
list.add(
  'repeatable read: a function sees the transaction snapshot',
  [
    'CREATE FUNCTION total() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT sum(balance) FROM acct $$',
    two('BEGIN ISOLATION LEVEL REPEATABLE READ'),
    two('SELECT total() AS t'),
    'UPDATE acct SET balance = 0',
    two('SELECT total() AS t'),
    two('COMMIT'),
  ],
  T,
);

// --- row-level lock conflicts (docs table 13.3), probed with NOWAIT and SKIP LOCKED
const MODES = ['UPDATE', 'NO KEY UPDATE', 'SHARE', 'KEY SHARE'] as const;
for (const held of MODES) {
  for (const wanted of MODES) {
    list.add(
      `FOR ${held} held, FOR ${wanted} NOWAIT from the other session`,
      [
        'BEGIN',
        `SELECT id FROM acct WHERE id = 1 FOR ${held}`,
        two(`SELECT id, balance FROM acct WHERE id = 1 FOR ${wanted} NOWAIT`),
        'COMMIT',
      ],
      T,
    );
    list.add(
      `FOR ${held} held, FOR ${wanted} SKIP LOCKED from the other session`,
      [
        'BEGIN',
        `SELECT id FROM acct WHERE id = 1 FOR ${held}`,
        two(`SELECT id FROM acct ORDER BY id FOR ${wanted} SKIP LOCKED`),
        'ROLLBACK',
      ],
      T,
    );
  }
}
const WRITES: Array<[string, string]> = [
  ['update of a non-key column', 'UPDATE acct SET balance = 1 WHERE id = 1'],
  ['update of the key', 'UPDATE acct SET id = 11 WHERE id = 1'],
  ['delete', 'DELETE FROM acct WHERE id = 1'],
  ['upsert', "INSERT INTO acct VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET balance = 2"],
];
for (const [name, write] of WRITES) {
  for (const wanted of MODES) {
    list.add(
      `${name} held, FOR ${wanted} NOWAIT from the other session`,
      ['BEGIN', write, two(`SELECT id FROM acct WHERE id IN (1, 11) FOR ${wanted} NOWAIT`), 'ROLLBACK'],
      T,
    );
  }
  list.add(
    `${name} held, the other session's update waits out lock_timeout`,
    [
      'BEGIN',
      write,
      two("SET lock_timeout = '50ms'"),
      two('UPDATE acct SET owner = owner WHERE id IN (1, 11)'),
      two('SELECT 1 AS after'),
      'ROLLBACK',
    ],
    T,
  );
  list.add(
    `${name} held, the other session reads the old row without waiting`,
    ['BEGIN', write, two('SELECT id, balance FROM acct WHERE id IN (1, 11)'), 'ROLLBACK'],
    T,
  );
}
list.add(
  'NOWAIT failure inside the other transaction aborts it',
  [
    'BEGIN',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE',
    two('BEGIN'),
    two('SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT'),
    two('SELECT 1 AS v'),
    two('ROLLBACK'),
    'COMMIT',
  ],
  T,
);
list.add(
  'NOWAIT failure in a savepoint can be rolled back to',
  [
    'BEGIN',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE',
    two('BEGIN'),
    two('SAVEPOINT s'),
    two('SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT'),
    two('ROLLBACK TO SAVEPOINT s'),
    two('SELECT id FROM acct WHERE id = 2 FOR UPDATE NOWAIT'),
    two('COMMIT'),
    'COMMIT',
  ],
  T,
);
list.add(
  'a lock released by commit can be taken by the other session',
  [
    'BEGIN',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE',
    'COMMIT',
    two('SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT'),
  ],
  T,
);
list.add(
  'a lock taken in a rolled back savepoint is still held',
  [
    'BEGIN',
    'SAVEPOINT s',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE',
    'ROLLBACK TO SAVEPOINT s',
    two('SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT'),
    'ROLLBACK',
  ],
  T,
);
list.add(
  'FOR UPDATE outside a transaction holds nothing afterwards',
  ['SELECT id FROM acct WHERE id = 1 FOR UPDATE', two('SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT')],
  T,
);
list.add(
  'lock_timeout on the other session gives 55P03',
  [
    'BEGIN',
    'SELECT id FROM acct WHERE id = 2 FOR UPDATE',
    two("SET lock_timeout = '50ms'"),
    two('SELECT id FROM acct WHERE id = 2 FOR UPDATE'),
    two('SHOW lock_timeout'),
    'COMMIT',
  ],
  T,
);
list.add(
  'SET LOCAL lock_timeout in the other transaction',
  [
    'BEGIN',
    'UPDATE acct SET balance = 3 WHERE id = 3',
    two('BEGIN'),
    two("SET LOCAL lock_timeout = '50ms'"),
    two('DELETE FROM acct WHERE id = 3'),
    two('ROLLBACK'),
    two('SHOW lock_timeout'),
    'COMMIT',
  ],
  T,
);

// SKIP LOCKED queues
list.add(
  'SKIP LOCKED claims the next unlocked job in priority order',
  [
    'BEGIN',
    "SELECT id FROM q WHERE state = 'ready' ORDER BY prio LIMIT 1 FOR UPDATE SKIP LOCKED",
    two('BEGIN'),
    two("SELECT id FROM q WHERE state = 'ready' ORDER BY prio LIMIT 1 FOR UPDATE SKIP LOCKED"),
    two('COMMIT'),
    'COMMIT',
  ],
  Q,
);
list.add(
  'SKIP LOCKED in an UPDATE subquery claims a different job',
  [
    'BEGIN',
    "UPDATE q SET state = 'taken' WHERE id = (SELECT id FROM q WHERE state = 'ready' ORDER BY prio LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
    two(
      "UPDATE q SET state = 'taken' WHERE id = (SELECT id FROM q WHERE state = 'ready' ORDER BY prio LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
    ),
    'COMMIT',
    'SELECT id, state FROM q ORDER BY id',
  ],
  Q,
);
list.add(
  'SKIP LOCKED with every row locked returns nothing',
  ['BEGIN', 'SELECT id FROM q FOR UPDATE', two('SELECT id FROM q FOR UPDATE SKIP LOCKED'), 'ROLLBACK'],
  Q,
);
list.add(
  'SKIP LOCKED with LIMIT 2 skips two locked rows',
  [
    'BEGIN',
    'SELECT id FROM q WHERE id IN (2, 3) FOR NO KEY UPDATE',
    two('SELECT id FROM q ORDER BY prio LIMIT 2 FOR NO KEY UPDATE SKIP LOCKED'),
    'ROLLBACK',
  ],
  Q,
);
list.add(
  'SKIP LOCKED FOR SHARE skips nothing shared',
  [
    'BEGIN',
    'SELECT id FROM q FOR SHARE',
    two('SELECT id FROM q ORDER BY id FOR SHARE SKIP LOCKED'),
    'ROLLBACK',
  ],
  Q,
);
list.add(
  'SKIP LOCKED in a CTE deleting claimed jobs',
  [
    'BEGIN',
    'DELETE FROM q WHERE id = 2',
    two(
      'WITH c AS (SELECT id FROM q ORDER BY prio LIMIT 1 FOR UPDATE SKIP LOCKED) DELETE FROM q USING c WHERE q.id = c.id RETURNING q.id',
    ),
    'COMMIT',
    'SELECT id FROM q ORDER BY id',
  ],
  Q,
);
list.add(
  'SKIP LOCKED outside any concurrency returns all rows',
  ['SELECT id FROM q ORDER BY id FOR UPDATE SKIP LOCKED'],
  Q,
);
list.add(
  'NOWAIT outside any concurrency returns the row',
  ['SELECT id FROM q WHERE id = 1 FOR UPDATE NOWAIT'],
  Q,
);

// locking clause: single session forms and errors
const LOCKING_SHAPES: Array<[string, string]> = [
  ['FOR UPDATE OF the table', 'SELECT a.id FROM acct a FOR UPDATE OF a'],
  ['FOR UPDATE OF a table not in FROM', 'SELECT id FROM acct FOR UPDATE OF nope'],
  ['FOR UPDATE OF the table name behind an alias', 'SELECT a.id FROM acct a FOR UPDATE OF acct'],
  ['FOR UPDATE with GROUP BY', 'SELECT owner FROM acct GROUP BY owner FOR UPDATE'],
  ['FOR UPDATE with an aggregate', 'SELECT count(*) FROM acct FOR UPDATE'],
  ['FOR UPDATE with DISTINCT', 'SELECT DISTINCT owner FROM acct FOR UPDATE'],
  ['FOR UPDATE with UNION', 'SELECT id FROM acct UNION SELECT id FROM acct FOR UPDATE'],
  ['FOR UPDATE with a window function', 'SELECT id, row_number() OVER () FROM acct FOR UPDATE'],
  ['FOR SHARE with HAVING', 'SELECT owner FROM acct GROUP BY owner HAVING count(*) > 0 FOR SHARE'],
  [
    'FOR KEY SHARE with a set-returning function in FROM',
    'SELECT * FROM generate_series(1, 2) g FOR KEY SHARE',
  ],
  ['FOR UPDATE of VALUES', 'SELECT * FROM (VALUES (1)) v(x) FOR UPDATE'],
  [
    'FOR UPDATE on the nullable side of a left join',
    'SELECT a.id FROM acct a LEFT JOIN acct b ON b.id = a.id + 10 FOR UPDATE',
  ],
  [
    'FOR UPDATE OF the outer side of a left join',
    'SELECT a.id FROM acct a LEFT JOIN acct b ON b.id = a.id + 10 ORDER BY a.id FOR UPDATE OF a',
  ],
  [
    'FOR UPDATE OF the nullable side of a left join',
    'SELECT a.id FROM acct a LEFT JOIN acct b ON b.id = a.id FOR UPDATE OF b',
  ],
  [
    'FOR UPDATE with two clauses',
    'SELECT a.id FROM acct a, acct b WHERE a.id = b.id ORDER BY a.id FOR UPDATE OF a FOR SHARE OF b',
  ],
  ['FOR UPDATE NOWAIT SKIP LOCKED together', 'SELECT id FROM acct FOR UPDATE NOWAIT SKIP LOCKED'],
  ['FOR UPDATE before LIMIT', 'SELECT id FROM acct ORDER BY id FOR UPDATE LIMIT 1'],
  ['FOR UPDATE after LIMIT OFFSET', 'SELECT id FROM acct ORDER BY id LIMIT 1 OFFSET 1 FOR UPDATE'],
  ['FOR UPDATE of a subquery in FROM', 'SELECT s.id FROM (SELECT id FROM acct) s ORDER BY s.id FOR UPDATE'],
  [
    'FOR UPDATE of a subquery with an aggregate',
    'SELECT s.n FROM (SELECT count(*) AS n FROM acct) s FOR UPDATE',
  ],
  ['FOR UPDATE of a CTE', 'WITH c AS (SELECT id FROM acct) SELECT id FROM c ORDER BY id FOR UPDATE'],
  ['FOR UPDATE of a CTE by name', 'WITH c AS (SELECT id FROM acct) SELECT id FROM c FOR UPDATE OF c'],
  ['FOR UPDATE in a scalar subquery', 'SELECT (SELECT balance FROM acct WHERE id = 1 FOR UPDATE) AS b'],
  ['FOR UPDATE in EXISTS', 'SELECT EXISTS (SELECT 1 FROM acct WHERE id = 1 FOR UPDATE) AS e'],
  [
    'FOR UPDATE of a view',
    'CREATE VIEW v AS SELECT id, owner FROM acct; SELECT id FROM v ORDER BY id FOR UPDATE',
  ],
  [
    'FOR UPDATE of a view with an aggregate',
    'CREATE VIEW v AS SELECT count(*) AS n FROM acct; SELECT n FROM v FOR UPDATE',
  ],
  ['FOR UPDATE of a sequence', 'CREATE SEQUENCE s; SELECT last_value FROM s FOR UPDATE'],
  ['FOR UPDATE without FROM', 'SELECT 1 FOR UPDATE'],
  ['FOR UPDATE OF a qualified name', 'SELECT id FROM public.acct FOR UPDATE OF public.acct'],
  ['FOR READ ONLY', 'SELECT id FROM acct ORDER BY id FOR READ ONLY'],
  ['FOR UPDATE in a read only transaction', 'BEGIN READ ONLY; SELECT id FROM acct WHERE id = 1 FOR UPDATE'],
  ['FOR SHARE in a read only transaction', 'BEGIN READ ONLY; SELECT id FROM acct WHERE id = 1 FOR SHARE'],
  [
    'FOR UPDATE with ORDER BY random and LIMIT',
    'SELECT count(*) AS n FROM (SELECT id FROM acct ORDER BY random() LIMIT 2 FOR UPDATE) s',
  ],
  [
    'FOR NO KEY UPDATE OF two tables',
    'SELECT a.id FROM acct a JOIN acct b USING (id) ORDER BY 1 FOR NO KEY UPDATE OF a, b',
  ],
  [
    'FOR UPDATE with a returning-less DELETE in a CTE',
    'WITH d AS (DELETE FROM acct WHERE id = 3) SELECT id FROM acct ORDER BY id FOR UPDATE',
  ],
  ['FOR UPDATE in an INSERT SELECT', 'INSERT INTO acct SELECT id + 10, owner, 0 FROM acct FOR UPDATE'],
  [
    'FOR UPDATE on a prepared statement',
    'PREPARE p AS SELECT id FROM acct WHERE id = $1 FOR UPDATE; EXECUTE p(2)',
  ],
  ['FOR UPDATE with a parenthesized query', '(SELECT id FROM acct ORDER BY id LIMIT 1) FOR UPDATE'],
];
const PUSHED_DOWN: Array<[string, string]> = [
  ['a DISTINCT subquery', 'SELECT s.id FROM (SELECT DISTINCT id FROM acct) s FOR SHARE'],
  ['a grouped subquery', 'SELECT s.id FROM (SELECT id FROM acct GROUP BY id) s FOR KEY SHARE'],
  ['a UNION subquery', 'SELECT s.id FROM (SELECT id FROM acct UNION SELECT id FROM acct) s FOR UPDATE'],
  [
    'a subquery with a left join',
    'SELECT s.id FROM (SELECT a.id FROM acct a LEFT JOIN acct b ON b.id = a.id) s FOR UPDATE',
  ],
  [
    'a subquery of an aggregating subquery',
    'SELECT s.x FROM (SELECT x FROM (SELECT count(*) AS x FROM acct) i) s FOR UPDATE',
  ],
  [
    'a subquery with its own FOR SHARE',
    'SELECT s.id FROM (SELECT id FROM acct ORDER BY id FOR SHARE) s ORDER BY s.id FOR UPDATE',
  ],
  [
    'a subquery with a window function',
    'SELECT s.id FROM (SELECT id, row_number() OVER () AS r FROM acct) s FOR UPDATE',
  ],
  [
    'a plain subquery joined to the table',
    'SELECT a.id FROM acct a JOIN (SELECT id FROM acct WHERE balance > 0) s ON s.id = a.id ORDER BY a.id FOR UPDATE',
  ],
  [
    'an EXISTS with an aggregate',
    'SELECT id FROM acct WHERE EXISTS (SELECT count(*) FROM acct) ORDER BY id FOR UPDATE',
  ],
  [
    'an IN subquery with GROUP BY',
    'SELECT id FROM acct WHERE id IN (SELECT id FROM acct GROUP BY id) ORDER BY id FOR UPDATE',
  ],
];
for (const [name, sql] of PUSHED_DOWN) list.add(`a lock without OF reaches ${name}`, [sql], T);
for (const [name, sql] of LOCKING_SHAPES) list.add(name, [sql, 'ROLLBACK'], T);

// FK checks take FOR KEY SHARE on the parent row
list.add(
  'inserting a child while the parent row is FOR UPDATE locked waits',
  [
    'BEGIN',
    'SELECT id FROM parent WHERE id = 1 FOR UPDATE',
    two("SET lock_timeout = '50ms'"),
    two('INSERT INTO child VALUES (11, 1)'),
    'ROLLBACK',
  ],
  FK,
);
list.add(
  'inserting a child while the parent row is FOR NO KEY UPDATE locked goes through',
  [
    'BEGIN',
    'SELECT id FROM parent WHERE id = 1 FOR NO KEY UPDATE',
    two("SET lock_timeout = '50ms'"),
    two('INSERT INTO child VALUES (11, 1)'),
    'ROLLBACK',
    'SELECT id, parent_id FROM child ORDER BY id',
  ],
  FK,
);
list.add(
  "inserting a child while the parent's name is being updated goes through",
  [
    'BEGIN',
    "UPDATE parent SET name = 'x' WHERE id = 1",
    two("SET lock_timeout = '50ms'"),
    two('INSERT INTO child VALUES (11, 1)'),
    'COMMIT',
  ],
  FK,
);
list.add(
  "inserting a child while the parent's key is being updated waits",
  [
    'BEGIN',
    'UPDATE parent SET id = 3 WHERE id = 2',
    two("SET lock_timeout = '50ms'"),
    two('INSERT INTO child VALUES (11, 2)'),
    'ROLLBACK',
  ],
  FK,
);
list.add(
  'a child insert holds KEY SHARE: the parent key update NOWAIT fails',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 2)',
    two('SELECT id FROM parent WHERE id = 2 FOR UPDATE NOWAIT'),
    two('SELECT id FROM parent WHERE id = 2 FOR NO KEY UPDATE NOWAIT'),
    'ROLLBACK',
  ],
  FK,
);
list.add(
  'a child insert holds KEY SHARE: the other session may lock it FOR NO KEY UPDATE',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 2)',
    two('SELECT id FROM parent WHERE id = 2 FOR NO KEY UPDATE NOWAIT'),
    'ROLLBACK',
  ],
  FK,
);
list.add(
  'deleting a parent whose uncommitted child the other session inserted',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 2)',
    two("SET lock_timeout = '50ms'"),
    two('DELETE FROM parent WHERE id = 2'),
    'COMMIT',
    two('DELETE FROM parent WHERE id = 2'),
  ],
  FK,
);
list.add(
  'a parent deleted and committed before the child insert',
  ['DELETE FROM parent WHERE id = 2', two('INSERT INTO child VALUES (11, 2)')],
  FK,
);
list.add(
  'repeatable read: a child insert whose parent was deleted after the snapshot',
  [
    two('BEGIN ISOLATION LEVEL REPEATABLE READ'),
    two('SELECT count(*) AS n FROM parent'),
    'DELETE FROM parent WHERE id = 2',
    two('INSERT INTO child VALUES (11, 2)'),
    two('ROLLBACK'),
  ],
  FK,
);

// --- LOCK TABLE
const TABLE_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;
for (const held of TABLE_MODES) {
  for (const wanted of ['ACCESS SHARE', 'ROW EXCLUSIVE', 'SHARE', 'ACCESS EXCLUSIVE']) {
    list.add(
      `LOCK TABLE ${held} held, ${wanted} NOWAIT from the other session`,
      [
        'BEGIN',
        `LOCK TABLE acct IN ${held} MODE`,
        two('BEGIN'),
        two(`LOCK TABLE acct IN ${wanted} MODE NOWAIT`),
        two('ROLLBACK'),
        'ROLLBACK',
      ],
      T,
    );
  }
  list.add(
    `LOCK TABLE in ${held} MODE alone`,
    ['BEGIN', `LOCK TABLE acct IN ${held} MODE`, sel, 'COMMIT'],
    T,
  );
}
const LOCK_FORMS: Array<[string, ProbeStep[]]> = [
  ['LOCK TABLE outside a transaction', ['LOCK TABLE acct']],
  ['LOCK without TABLE keyword', ['BEGIN', 'LOCK acct IN SHARE MODE', 'COMMIT']],
  ['LOCK TABLE ONLY', ['BEGIN', 'LOCK TABLE ONLY acct IN SHARE MODE', 'COMMIT']],
  ['LOCK TABLE with a star', ['BEGIN', 'LOCK TABLE acct * IN SHARE MODE', 'COMMIT']],
  [
    'LOCK TABLE of two tables',
    ['CREATE TABLE b (x int)', 'BEGIN', 'LOCK TABLE acct, b IN EXCLUSIVE MODE', 'COMMIT'],
  ],
  ['LOCK TABLE of a missing table', ['BEGIN', 'LOCK TABLE nope', 'ROLLBACK']],
  ['LOCK TABLE of a sequence', ['CREATE SEQUENCE s', 'BEGIN', 'LOCK TABLE s', 'ROLLBACK']],
  [
    'LOCK TABLE of a view',
    ['CREATE VIEW v AS SELECT id FROM acct', 'BEGIN', 'LOCK TABLE v IN SHARE MODE', 'COMMIT'],
  ],
  ['LOCK TABLE of an index', ['BEGIN', 'LOCK TABLE acct_pkey', 'ROLLBACK']],
  ['LOCK TABLE in a bad mode', ['BEGIN', 'LOCK TABLE acct IN SUPER MODE', 'ROLLBACK']],
  [
    'LOCK TABLE in a read only transaction with ACCESS SHARE',
    ['BEGIN READ ONLY', 'LOCK TABLE acct IN ACCESS SHARE MODE', 'COMMIT'],
  ],
  [
    'LOCK TABLE in a read only transaction with ROW EXCLUSIVE',
    ['BEGIN READ ONLY', 'LOCK TABLE acct IN ROW EXCLUSIVE MODE', 'ROLLBACK'],
  ],
  [
    'LOCK TABLE in a read only transaction with ACCESS EXCLUSIVE',
    ['BEGIN READ ONLY', 'LOCK TABLE acct', 'ROLLBACK'],
  ],
  ['LOCK TABLE NOWAIT alone', ['BEGIN', 'LOCK TABLE acct IN ACCESS EXCLUSIVE MODE NOWAIT', 'COMMIT']],
  ['LOCK TABLE of a temporary table', ['CREATE TEMP TABLE tt (a int)', 'BEGIN', 'LOCK TABLE tt', 'COMMIT']],
  ['LOCK TABLE in a function outside a transaction block', ['DO $$ BEGIN LOCK TABLE acct; END $$']],
  ['LOCK TABLE with extended protocol', [withParams('LOCK TABLE acct')]],
  [
    'LOCK TABLE then write in the same transaction',
    ['BEGIN', 'LOCK TABLE acct IN SHARE MODE', 'UPDATE acct SET balance = 1 WHERE id = 1', 'COMMIT', sel],
  ],
  ['LOCK TABLE after an error', ['BEGIN', 'SELECT 1/0', 'LOCK TABLE acct', 'ROLLBACK']],
  [
    'LOCK TABLE in a savepoint then rollback to it',
    ['BEGIN', 'SAVEPOINT s', 'LOCK TABLE acct', 'ROLLBACK TO s', 'SELECT count(*) AS n FROM acct', 'COMMIT'],
  ],
  ['LOCK TABLE of a missing schema', ['BEGIN', 'LOCK TABLE nosuch.acct', 'ROLLBACK']],
];
for (const [name, steps] of LOCK_FORMS) list.add(name, steps, T);
list.add(
  'LOCK TABLE held: the other session reads with lock_timeout',
  [
    'BEGIN',
    'LOCK TABLE acct IN ACCESS EXCLUSIVE MODE',
    two("SET lock_timeout = '50ms'"),
    two('SELECT count(*) AS n FROM acct'),
    'COMMIT',
    two('SELECT count(*) AS n FROM acct'),
  ],
  T,
);
list.add(
  'LOCK TABLE EXCLUSIVE held: the other session still reads',
  ['BEGIN', 'LOCK TABLE acct IN EXCLUSIVE MODE', two(sel), 'COMMIT'],
  T,
);
list.add(
  'an open insert blocks SHARE lock NOWAIT from the other session',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (5, 'e', 1)",
    two('BEGIN'),
    two('LOCK TABLE acct IN SHARE MODE NOWAIT'),
    two('ROLLBACK'),
    'ROLLBACK',
  ],
  T,
);
list.add(
  'an open select blocks ACCESS EXCLUSIVE NOWAIT from the other session',
  [
    'BEGIN',
    'SELECT count(*) AS n FROM acct',
    two('BEGIN'),
    two('LOCK TABLE acct IN ACCESS EXCLUSIVE MODE NOWAIT'),
    two('ROLLBACK'),
    'COMMIT',
  ],
  T,
);
list.add(
  'an open select blocks ALTER TABLE under lock_timeout',
  [
    'BEGIN',
    'SELECT count(*) AS n FROM acct',
    two("SET lock_timeout = '50ms'"),
    two('ALTER TABLE acct ADD COLUMN extra int'),
    'COMMIT',
    two('ALTER TABLE acct ADD COLUMN extra int'),
  ],
  T,
);
list.add(
  'an open select blocks TRUNCATE under lock_timeout',
  [
    'BEGIN',
    'SELECT count(*) AS n FROM acct',
    two("SET lock_timeout = '50ms'"),
    two('TRUNCATE acct'),
    'ROLLBACK',
  ],
  T,
);
list.add('a table created in an open transaction is invisible to the other session', [
  'BEGIN',
  'CREATE TABLE fresh (a int)',
  two('SELECT * FROM fresh'),
  'COMMIT',
  two('SELECT * FROM fresh'),
]);
list.add(
  'a table dropped in an open transaction: the other session waits',
  [
    'BEGIN',
    'DROP TABLE acct',
    two("SET lock_timeout = '50ms'"),
    two('SELECT count(*) AS n FROM acct'),
    'ROLLBACK',
  ],
  T,
);
list.add(
  'pg_locks shows this session relation locks inside a transaction',
  [
    'BEGIN',
    'LOCK TABLE acct IN SHARE MODE',
    "SELECT mode, granted FROM pg_locks WHERE relation = 'acct'::regclass AND pid = pg_backend_pid() ORDER BY mode",
    'COMMIT',
    "SELECT count(*) AS n FROM pg_locks WHERE relation = 'acct'::regclass",
  ],
  T,
);
list.add(
  "pg_locks of the other session's table lock",
  [
    'BEGIN',
    'LOCK TABLE acct IN ROW EXCLUSIVE MODE',
    two(
      "SELECT mode, granted, pid <> pg_backend_pid() AS other FROM pg_locks WHERE relation = 'acct'::regclass",
    ),
    'COMMIT',
  ],
  T,
);

// --- advisory locks
const ADVISORY_PAIRS: Array<[string, string, string]> = [
  [
    'session lock blocks try from the other session',
    'SELECT pg_advisory_lock(1)',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'session lock: a different key is free',
    'SELECT pg_advisory_lock(1)',
    'SELECT pg_try_advisory_lock(2) AS got',
  ],
  [
    'session shared lock allows shared try',
    'SELECT pg_advisory_lock_shared(1)',
    'SELECT pg_try_advisory_lock_shared(1) AS got',
  ],
  [
    'session shared lock blocks exclusive try',
    'SELECT pg_advisory_lock_shared(1)',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'session exclusive lock blocks shared try',
    'SELECT pg_advisory_lock(1)',
    'SELECT pg_try_advisory_lock_shared(1) AS got',
  ],
  [
    'two-key lock blocks the same pair',
    'SELECT pg_advisory_lock(1, 2)',
    'SELECT pg_try_advisory_lock(1, 2) AS got',
  ],
  [
    'two-key lock leaves the swapped pair',
    'SELECT pg_advisory_lock(1, 2)',
    'SELECT pg_try_advisory_lock(2, 1) AS got',
  ],
  [
    'bigint key and int pair are different spaces',
    'SELECT pg_advisory_lock(1)',
    'SELECT pg_try_advisory_lock(0, 1) AS got',
  ],
  ['a negative key', 'SELECT pg_advisory_lock(-5)', 'SELECT pg_try_advisory_lock(-5) AS got'],
  [
    'a large key',
    'SELECT pg_advisory_lock(9223372036854775807)',
    'SELECT pg_try_advisory_lock(9223372036854775807) AS got',
  ],
  [
    'unlock by the other session fails',
    'SELECT pg_advisory_lock(1)',
    'SELECT pg_advisory_unlock(1) AS freed',
  ],
  [
    'unlock_all by the other session frees only its own',
    'SELECT pg_advisory_lock(1)',
    'SELECT pg_advisory_unlock_all()',
  ],
  [
    'the other session may take the same lock after unlock',
    'SELECT pg_advisory_lock(1), pg_advisory_unlock(1)',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'try lock taken then unlocked twice',
    'SELECT pg_try_advisory_lock(1), pg_advisory_unlock(1), pg_advisory_unlock(1)',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'a lock taken twice needs two unlocks',
    'SELECT pg_advisory_lock(1), pg_advisory_lock(1), pg_advisory_unlock(1)',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'a lock taken twice then unlocked twice is free',
    'SELECT pg_advisory_lock(1), pg_advisory_lock(1), pg_advisory_unlock(1), pg_advisory_unlock(1)',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'unlock_all frees for the other session',
    'SELECT pg_advisory_lock(1), pg_advisory_lock(2); SELECT pg_advisory_unlock_all()',
    'SELECT pg_try_advisory_lock(1) AS a, pg_try_advisory_lock(2) AS b',
  ],
  [
    'a transaction lock outside a transaction ends with the statement',
    'SELECT pg_advisory_xact_lock(1)',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'try transaction lock outside a transaction ends with the statement',
    'SELECT pg_try_advisory_xact_lock(1)',
    'SELECT pg_try_advisory_xact_lock(1) AS got',
  ],
  [
    'the lock is kept after an error in the session',
    'SELECT pg_advisory_lock(1); SELECT 1/0',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
  [
    'shared unlock of an exclusive lock',
    'SELECT pg_advisory_lock(1), pg_advisory_unlock_shared(1) AS freed',
    'SELECT pg_try_advisory_lock(1) AS got',
  ],
];
for (const [name, first, second] of ADVISORY_PAIRS)
  list.add(`advisory: ${name}`, [
    first,
    two(second),
    first.includes('unlock_all') ? 'SELECT 1 AS v' : 'SELECT pg_advisory_unlock_all()',
  ]);
list.add('advisory: a transaction lock held blocks the other session try', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(7)',
  two('SELECT pg_try_advisory_xact_lock(7) AS got'),
  'COMMIT',
  two('SELECT pg_try_advisory_xact_lock(7) AS got'),
]);
list.add('advisory: a transaction lock ends at rollback', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(7)',
  'ROLLBACK',
  two('SELECT pg_try_advisory_lock(7) AS got'),
  two('SELECT pg_advisory_unlock(7) AS freed'),
]);
list.add('advisory: a session lock taken in a rolled back transaction is kept', [
  'BEGIN',
  'SELECT pg_advisory_lock(8)',
  'ROLLBACK',
  two('SELECT pg_try_advisory_lock(8) AS got'),
  'SELECT pg_advisory_unlock(8) AS freed',
  two('SELECT pg_try_advisory_lock(8) AS got'),
  two('SELECT pg_advisory_unlock_all()'),
]);
list.add('advisory: a session lock taken in a rolled back savepoint is kept', [
  'BEGIN',
  'SAVEPOINT s',
  'SELECT pg_advisory_lock(8)',
  'ROLLBACK TO SAVEPOINT s',
  'COMMIT',
  'SELECT pg_advisory_unlock(8) AS freed',
]);
list.add('advisory: the other session lock_timeout on a held session lock', [
  'SELECT pg_advisory_lock(3)',
  two("SET lock_timeout = '50ms'"),
  two('SELECT pg_advisory_lock(3)'),
  'SELECT pg_advisory_unlock(3) AS freed',
  two('SELECT pg_advisory_lock(3)'),
  two('SELECT pg_advisory_unlock(3) AS freed'),
]);
list.add('advisory: pg_locks lists the held advisory lock', [
  'SELECT pg_advisory_lock(42)',
  "SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory'",
  two("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"),
  'SELECT pg_advisory_unlock_all()',
]);
list.add('advisory: pg_locks of a two-key shared lock', [
  'SELECT pg_advisory_lock_shared(3, 4)',
  "SELECT classid, objid, objsubid, mode FROM pg_locks WHERE locktype = 'advisory'",
  'SELECT pg_advisory_unlock_all()',
]);
const ADVISORY_SINGLE: Array<[string, string]> = [
  ['unlock of a lock not held warns and answers false', 'SELECT pg_advisory_unlock(99) AS freed'],
  ['shared unlock of a lock not held', 'SELECT pg_advisory_unlock_shared(99) AS freed'],
  ['two-key unlock of a lock not held', 'SELECT pg_advisory_unlock(1, 2) AS freed'],
  ['unlock_all with nothing held', 'SELECT pg_advisory_unlock_all()'],
  ['lock returns void', 'SELECT pg_advisory_lock(1) AS v'],
  ['try lock twice in one session', 'SELECT pg_try_advisory_lock(1) AS a, pg_try_advisory_lock(1) AS b'],
  [
    'shared then exclusive in one session',
    'SELECT pg_try_advisory_lock_shared(1) AS a, pg_try_advisory_lock(1) AS b',
  ],
  [
    'exclusive then unlock shared',
    'SELECT pg_advisory_lock(1), pg_advisory_unlock_shared(1) AS a, pg_advisory_unlock(1) AS b',
  ],
  ['null key', 'SELECT pg_try_advisory_lock(NULL) AS got'],
  ['null second key', 'SELECT pg_try_advisory_lock(1, NULL) AS got'],
  ['text key', "SELECT pg_try_advisory_lock('1') AS got"],
  ['numeric key', 'SELECT pg_try_advisory_lock(1.5) AS got'],
  ['int pair key out of int range', 'SELECT pg_try_advisory_lock(1, 3000000000) AS got'],
  ['hashtext key', "SELECT pg_try_advisory_lock(hashtext('migrations')) AS got"],
  [
    'xact lock inside a transaction then unlock',
    'BEGIN; SELECT pg_advisory_xact_lock(1); SELECT pg_advisory_unlock(1) AS freed; COMMIT',
  ],
  [
    'xact lock and session lock on the same key',
    'BEGIN; SELECT pg_advisory_xact_lock(1); SELECT pg_advisory_lock(1); COMMIT; SELECT pg_advisory_unlock(1) AS a, pg_advisory_unlock(1) AS b',
  ],
  ['try lock result type', 'SELECT pg_typeof(pg_try_advisory_lock(5)) AS t, pg_advisory_unlock(5) AS u'],
  [
    'lock in a read only transaction',
    'BEGIN READ ONLY; SELECT pg_advisory_lock(4); SELECT pg_advisory_unlock(4) AS freed; COMMIT',
  ],
  [
    'lock with parameters',
    'SELECT pg_advisory_lock(x) FROM (VALUES (1), (2), (1)) v(x); SELECT pg_advisory_unlock(1) AS a, pg_advisory_unlock(1) AS b, pg_advisory_unlock(1) AS c',
  ],
  ['xact unlock does not exist', 'SELECT pg_advisory_xact_unlock(1)'],
  ['lock in an aborted transaction', 'BEGIN; SELECT 1/0; SELECT pg_advisory_lock(1); ROLLBACK'],
];
for (const [name, sql] of ADVISORY_SINGLE) list.add(`advisory: ${name}`, [sql, 'SELECT 1 AS after']);
list.add('advisory: extended protocol try lock with a parameter', [
  { sql: 'SELECT pg_try_advisory_lock($1) AS got', params: ['12'] },
  two('SELECT pg_try_advisory_lock(12) AS got'),
  { sql: 'SELECT pg_advisory_unlock($1::bigint) AS freed', params: ['12'] },
]);
list.add('advisory: a lock is freed when the session ends', [
  two('SELECT pg_advisory_lock(5)'),
  'SELECT pg_try_advisory_lock(5) AS got',
]);

export default list.cases;
