// Round 18 probe, repository writes part 4: constraint violations with their error fields,
// deferrable constraints, cascading foreign keys and multi-statement transactions with savepoints.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: constraints tx: ');

const ORG = `CREATE SCHEMA app;
CREATE TABLE app.orgs (id int PRIMARY KEY, slug text NOT NULL CONSTRAINT orgs_slug_key UNIQUE, plan text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro')));
CREATE TABLE app.users (
  id int PRIMARY KEY,
  org_id int NOT NULL REFERENCES app.orgs(id) ON DELETE CASCADE ON UPDATE CASCADE,
  manager_id int REFERENCES app.users(id) ON DELETE SET NULL,
  email text NOT NULL,
  age int CONSTRAINT users_age_range CHECK (age BETWEEN 0 AND 150),
  UNIQUE (org_id, email)
);
INSERT INTO app.orgs VALUES (1, 'acme', 'pro'), (2, 'globex', 'free');
INSERT INTO app.users VALUES (1, 1, NULL, 'boss@acme', 50), (2, 1, 1, 'dev@acme', 30), (3, 2, NULL, 'ceo@globex', 60);`;

// ---------------------------------------------------------------- error fields
list.add(
  'unique violation fields in a named schema',
  [withParams('INSERT INTO app.orgs (id, slug) VALUES ($1, $2)', 3, 'acme')],
  ORG,
);
list.add(
  'primary key violation fields',
  [withParams('INSERT INTO app.orgs (id, slug) VALUES ($1, $2)', 1, 'new')],
  ORG,
);
list.add(
  'composite unique violation detail lists both columns',
  [withParams('INSERT INTO app.users (id, org_id, email) VALUES ($1, $2, $3)', 9, 1, 'dev@acme')],
  ORG,
);
list.add(
  'foreign key violation on insert fields',
  [withParams('INSERT INTO app.users (id, org_id, email) VALUES ($1, $2, $3)', 9, 99, 'x')],
  ORG,
);
list.add(
  'self-referencing foreign key violation',
  [
    withParams(
      'INSERT INTO app.users (id, org_id, manager_id, email) VALUES ($1, $2, $3, $4)',
      9,
      1,
      77,
      'x',
    ),
  ],
  ORG,
);
list.add(
  'check violation with a named constraint',
  [withParams('INSERT INTO app.users (id, org_id, email, age) VALUES ($1, $2, $3, $4)', 9, 1, 'x', 200)],
  ORG,
);
list.add(
  'check violation of an IN list check',
  [withParams('UPDATE app.orgs SET plan = $1 WHERE id = $2', 'enterprise', 1)],
  ORG,
);
list.add(
  'not null violation in a named schema',
  [withParams('INSERT INTO app.users (id, org_id, email) VALUES ($1, $2, $3)', 9, 1, null)],
  ORG,
);
list.add(
  'not null violation on update in a named schema',
  [withParams('UPDATE app.users SET email = $1 WHERE id = $2', null, 2)],
  ORG,
);
list.add('foreign key violation on update of child', [`UPDATE app.users SET org_id = 5 WHERE id = 2`], ORG);
list.add(
  'unique violation detail with text containing quotes and commas',
  [
    `INSERT INTO app.orgs VALUES (3, 'a,b ''q"', 'free')`,
    `INSERT INTO app.orgs VALUES (4, 'a,b ''q"', 'free')`,
  ],
  ORG,
);
list.add('unique violation detail with a null in a composite key is impossible so insert succeeds', [
  'CREATE TABLE u (a int, b text, UNIQUE (a, b))',
  `INSERT INTO u VALUES (1, NULL), (1, NULL)`,
  'SELECT count(*) AS n FROM u',
]);
list.add('unique violation on an expression index names the expression', [
  'CREATE TABLE u (email text)',
  'CREATE UNIQUE INDEX u_lower_email ON u (lower(email))',
  `INSERT INTO u VALUES ('A@x')`,
  `INSERT INTO u VALUES ('a@X')`,
]);
list.add('unique violation on a partial index', [
  'CREATE TABLE u (email text, deleted boolean NOT NULL DEFAULT false)',
  'CREATE UNIQUE INDEX u_live ON u (email) WHERE NOT deleted',
  `INSERT INTO u VALUES ('a', true), ('a', false)`,
  `INSERT INTO u VALUES ('a', false)`,
]);
list.add('unique violation of a long text value detail', [
  'CREATE TABLE u (v text UNIQUE)',
  `INSERT INTO u SELECT repeat('x', 200)`,
  `INSERT INTO u SELECT repeat('x', 200)`,
]);
list.add('unique violation of a timestamptz key detail format', [
  'SET TIME ZONE UTC',
  'CREATE TABLE u (at timestamptz UNIQUE)',
  withParams('INSERT INTO u VALUES ($1)', new Date('2024-01-01T10:00:00.5Z')),
  withParams('INSERT INTO u VALUES ($1)', new Date('2024-01-01T10:00:00.5Z')),
]);
list.add('unique violation of a uuid and numeric key detail format', [
  'CREATE TABLE u (id uuid, n numeric, UNIQUE (id, n))',
  withParams('INSERT INTO u VALUES ($1, $2)', '0f8fad5b-d9cb-469f-a165-70867728950e', '1.50'),
  withParams('INSERT INTO u VALUES ($1, $2)', '0F8FAD5B-D9CB-469F-A165-70867728950E', 1.5),
]);
list.add('unique violation of a jsonb-free boolean and date key', [
  'CREATE TABLE u (d date, f boolean, PRIMARY KEY (d, f))',
  `INSERT INTO u VALUES ('2024-02-29', true)`,
  `INSERT INTO u VALUES ('2024-02-29', true)`,
]);
list.add('exclusion violation fields', [
  'CREATE EXTENSION IF NOT EXISTS btree_gist',
  'CREATE TABLE bookings (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&))',
  `INSERT INTO bookings VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')`,
  `INSERT INTO bookings VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)')`,
]);
list.add('exclusion on ranges alone passes for adjacent ranges', [
  'CREATE TABLE bookings (during tsrange, EXCLUDE USING gist (during WITH &&))',
  `INSERT INTO bookings VALUES ('[2024-01-01 10:00, 2024-01-01 12:00)'), ('[2024-01-01 12:00, 2024-01-01 13:00)')`,
  'SELECT count(*) AS n FROM bookings',
]);
list.add('domain check violation fields', [
  `CREATE DOMAIN positive_int AS int CONSTRAINT positive_int_check CHECK (VALUE > 0)`,
  'CREATE TABLE d (v positive_int)',
  withParams('INSERT INTO d VALUES ($1)', 0),
]);
list.add(
  'check violation on a multi-row insert reports the failing row',
  [`INSERT INTO app.users (id, org_id, email, age) VALUES (10, 1, 'a', 1), (11, 1, 'b', -5)`],
  ORG,
);
list.add('table check constraint involving two columns', [
  'CREATE TABLE r (lo int, hi int, CONSTRAINT r_order CHECK (lo <= hi))',
  'INSERT INTO r VALUES (2, 1)',
]);
list.add('check constraint with a function call', [
  `CREATE TABLE r (email text CHECK (position('@' in email) > 1))`,
  `INSERT INTO r VALUES ('@x')`,
]);
list.add('not valid check constraint is not enforced on old rows', [
  'CREATE TABLE r (v int)',
  'INSERT INTO r VALUES (-1)',
  'ALTER TABLE r ADD CONSTRAINT r_pos CHECK (v > 0) NOT VALID',
  'INSERT INTO r VALUES (-2)',
]);
list.add('validate constraint fails with existing bad rows', [
  'CREATE TABLE r (v int)',
  'INSERT INTO r VALUES (-1)',
  'ALTER TABLE r ADD CONSTRAINT r_pos CHECK (v > 0) NOT VALID',
  'ALTER TABLE r VALIDATE CONSTRAINT r_pos',
]);

// ---------------------------------------------------------------- cascading foreign keys
list.add(
  'on delete cascade removes children',
  [`DELETE FROM app.orgs WHERE id = 1 RETURNING id`, 'SELECT id FROM app.users ORDER BY id'],
  ORG,
);
list.add('on delete cascade rowCount counts only the parent', [`DELETE FROM app.orgs WHERE id = 1`], ORG);
list.add(
  'on update cascade updates children',
  [`UPDATE app.orgs SET id = 10 WHERE id = 1`, 'SELECT id, org_id FROM app.users ORDER BY id'],
  ORG,
);
list.add(
  'on delete set null clears the self reference',
  [`DELETE FROM app.users WHERE id = 1`, 'SELECT id, manager_id FROM app.users ORDER BY id'],
  ORG,
);
list.add('on delete restrict blocks', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (id int, p int REFERENCES p ON DELETE RESTRICT)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
]);
list.add('on delete no action blocks with 23503 fields', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (id int, p int REFERENCES p)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
]);
list.add('on delete set default uses the column default', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'INSERT INTO p VALUES (0), (1)',
  'CREATE TABLE c (id int, p int DEFAULT 0 REFERENCES p ON DELETE SET DEFAULT)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
  'SELECT id, p FROM c',
]);
list.add('on delete set default with a missing default parent is 23503', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'INSERT INTO p VALUES (1)',
  'CREATE TABLE c (id int, p int DEFAULT 0 REFERENCES p ON DELETE SET DEFAULT)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
]);
list.add('on delete set null with a column list', [
  'CREATE TABLE p (t int, id int, PRIMARY KEY (t, id))',
  'INSERT INTO p VALUES (1, 1)',
  'CREATE TABLE c (t int NOT NULL, pid int, FOREIGN KEY (t, pid) REFERENCES p ON DELETE SET NULL (pid))',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p',
  'SELECT t, pid FROM c',
]);
list.add('multi-level cascade', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (id int PRIMARY KEY, a int REFERENCES a ON DELETE CASCADE)',
  'CREATE TABLE c (id int PRIMARY KEY, b int REFERENCES b ON DELETE CASCADE)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1, 1), (2, 1)',
  'INSERT INTO c VALUES (1, 1), (2, 2)',
  'DELETE FROM a',
  'SELECT (SELECT count(*) FROM b) AS b, (SELECT count(*) FROM c) AS c',
]);
list.add('cascade blocked by a restrict grandchild', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (id int PRIMARY KEY, a int REFERENCES a ON DELETE CASCADE)',
  'CREATE TABLE c (id int PRIMARY KEY, b int REFERENCES b ON DELETE RESTRICT)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1, 1)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM a',
]);
list.add('foreign key with null child column is not checked', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (id int, p int REFERENCES p)',
  'INSERT INTO c VALUES (1, NULL) RETURNING id',
]);
list.add('foreign key match full with partial nulls is 23503', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH FULL)',
  'INSERT INTO c VALUES (1, NULL)',
]);
list.add('foreign key to a unique column not the primary key', [
  'CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE)',
  `INSERT INTO p VALUES (1, 'x')`,
  'CREATE TABLE c (code text REFERENCES p(code))',
  `INSERT INTO c VALUES ('x'), ('y')`,
]);
list.add(
  'insert parent and child in one statement via CTE',
  [
    `WITH o AS (INSERT INTO app.orgs (id, slug) VALUES (5, 'new') RETURNING id) INSERT INTO app.users (id, org_id, email) SELECT 50, id, 'a@new' FROM o RETURNING id, org_id`,
  ],
  ORG,
);

// ---------------------------------------------------------------- deferrable constraints
const DEF = `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE q (id int, pos int, CONSTRAINT q_pos_key UNIQUE (pos) DEFERRABLE INITIALLY IMMEDIATE);
INSERT INTO q VALUES (1, 1), (2, 2);`;
list.add(
  'deferred foreign key allows child before parent in a transaction',
  [
    'BEGIN',
    'INSERT INTO c VALUES (1, 1)',
    'INSERT INTO p VALUES (1)',
    'COMMIT',
    'SELECT count(*) AS n FROM c',
  ],
  DEF,
);
list.add(
  'deferred foreign key fails at commit',
  ['BEGIN', 'INSERT INTO c VALUES (1, 1)', 'COMMIT', 'SELECT count(*) AS n FROM c'],
  DEF,
);
list.add('deferred foreign key fails immediately in autocommit', ['INSERT INTO c VALUES (1, 1)'], DEF);
list.add(
  'set constraints all immediate checks pending rows',
  ['BEGIN', 'INSERT INTO c VALUES (1, 1)', 'SET CONSTRAINTS ALL IMMEDIATE', 'ROLLBACK'],
  DEF,
);
list.add(
  'set constraints by name deferred for a unique swap',
  [
    'BEGIN',
    'SET CONSTRAINTS q_pos_key DEFERRED',
    'UPDATE q SET pos = 2 WHERE id = 1',
    'UPDATE q SET pos = 1 WHERE id = 2',
    'COMMIT',
    'SELECT id, pos FROM q ORDER BY id',
  ],
  DEF,
);
list.add(
  'immediate deferrable unique swap in one statement succeeds',
  [`UPDATE q SET pos = 3 - pos`, 'SELECT id, pos FROM q ORDER BY id'],
  DEF,
);
list.add('non deferrable unique swap in one statement succeeds or fails like postgres', [
  'CREATE TABLE r (id int, pos int UNIQUE)',
  'INSERT INTO r VALUES (1, 1), (2, 2)',
  'UPDATE r SET pos = pos + 1',
]);
list.add(
  'deferred unique violation at commit',
  ['BEGIN', 'SET CONSTRAINTS q_pos_key DEFERRED', 'UPDATE q SET pos = 1 WHERE id = 2', 'COMMIT'],
  DEF,
);
list.add('set constraints on a non deferrable constraint is 55000', [
  'CREATE TABLE r (id int, pos int CONSTRAINT r_pos UNIQUE)',
  'BEGIN',
  'SET CONSTRAINTS r_pos DEFERRED',
]);
list.add('set constraints of a missing name is 42704', ['BEGIN', 'SET CONSTRAINTS nope DEFERRED']);
list.add(
  'deferred foreign key violated then fixed by delete before commit',
  [
    'BEGIN',
    'INSERT INTO c VALUES (1, 1)',
    'DELETE FROM c WHERE id = 1',
    'COMMIT',
    'SELECT count(*) AS n FROM c',
  ],
  DEF,
);

// ---------------------------------------------------------------- transactions and savepoints around writes
const TX = `CREATE TABLE acct (id int PRIMARY KEY, balance numeric(12,2) NOT NULL CHECK (balance >= 0));
INSERT INTO acct VALUES (1, 100), (2, 50);`;
list.add(
  'transfer in a transaction commits both updates',
  [
    'BEGIN',
    withParams('UPDATE acct SET balance = balance - $1 WHERE id = $2 RETURNING balance', 30, 1),
    withParams('UPDATE acct SET balance = balance + $1 WHERE id = $2 RETURNING balance', 30, 2),
    'COMMIT',
    'SELECT id, balance FROM acct ORDER BY id',
  ],
  TX,
);
list.add(
  'transfer overdraft aborts the transaction',
  [
    'BEGIN',
    withParams('UPDATE acct SET balance = balance - $1 WHERE id = $2', 500, 1),
    withParams('UPDATE acct SET balance = balance + $1 WHERE id = $2', 500, 2),
    'COMMIT',
    'SELECT id, balance FROM acct ORDER BY id',
  ],
  TX,
);
list.add(
  'commit of an aborted transaction reports ROLLBACK',
  ['BEGIN', 'INSERT INTO acct VALUES (1, 1)', 'COMMIT'],
  TX,
);
list.add(
  'savepoint rollback keeps earlier writes',
  [
    'BEGIN',
    'INSERT INTO acct VALUES (3, 10)',
    'SAVEPOINT s1',
    'INSERT INTO acct VALUES (3, 20)',
    'ROLLBACK TO SAVEPOINT s1',
    'INSERT INTO acct VALUES (4, 40)',
    'COMMIT',
    'SELECT id, balance FROM acct ORDER BY id',
  ],
  TX,
);
list.add(
  'savepoint release then commit',
  [
    'BEGIN',
    'SAVEPOINT a',
    'UPDATE acct SET balance = 1 WHERE id = 1',
    'RELEASE SAVEPOINT a',
    'COMMIT',
    'SELECT balance FROM acct WHERE id = 1',
  ],
  TX,
);
list.add(
  'nested savepoints rollback to the outer one',
  [
    'BEGIN',
    'SAVEPOINT a',
    'UPDATE acct SET balance = 1 WHERE id = 1',
    'SAVEPOINT b',
    'UPDATE acct SET balance = 2 WHERE id = 1',
    'ROLLBACK TO a',
    'COMMIT',
    'SELECT balance FROM acct WHERE id = 1',
  ],
  TX,
);
list.add(
  'rollback to a released savepoint is 3B001',
  ['BEGIN', 'SAVEPOINT a', 'RELEASE a', 'ROLLBACK TO a'],
  TX,
);
list.add('savepoint outside a transaction is 25P01', ['SAVEPOINT a'], TX);
list.add(
  'statements after an error in a transaction are 25P02',
  ['BEGIN', 'INSERT INTO acct VALUES (1, 1)', 'SELECT 1 AS one'],
  TX,
);
list.add(
  'rollback to savepoint recovers from a unique violation',
  [
    'BEGIN',
    'SAVEPOINT before_insert',
    'INSERT INTO acct VALUES (1, 1)',
    'ROLLBACK TO SAVEPOINT before_insert',
    'INSERT INTO acct VALUES (5, 5) RETURNING id',
    'COMMIT',
    'SELECT count(*) AS n FROM acct',
  ],
  TX,
);
list.add(
  'savepoint with the same name twice shadows the older one',
  [
    'BEGIN',
    'SAVEPOINT s',
    'INSERT INTO acct VALUES (3, 3)',
    'SAVEPOINT s',
    'INSERT INTO acct VALUES (4, 4)',
    'ROLLBACK TO s',
    'RELEASE s',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id FROM acct ORDER BY id',
  ],
  TX,
);
list.add('serial value used in a rolled back savepoint is not reused', [
  'CREATE TABLE s (id serial, v int)',
  'BEGIN',
  'SAVEPOINT a',
  'INSERT INTO s (v) VALUES (1)',
  'ROLLBACK TO a',
  'INSERT INTO s (v) VALUES (2) RETURNING id',
  'COMMIT',
]);
list.add(
  'uncommitted insert invisible to a second connection',
  [
    'BEGIN',
    'INSERT INTO acct VALUES (3, 3)',
    { sql: 'SELECT count(*) AS n FROM acct', client: 'second' },
    'COMMIT',
    { sql: 'SELECT count(*) AS n FROM acct', client: 'second' },
  ],
  TX,
);
list.add(
  'second connection update of a locked row with nowait is 55P03',
  [
    'BEGIN',
    'UPDATE acct SET balance = 1 WHERE id = 1',
    { sql: 'SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT', client: 'second' },
    'ROLLBACK',
  ],
  TX,
);
list.add(
  'second connection unique insert waits and times out with lock_timeout',
  [
    'BEGIN',
    'INSERT INTO acct VALUES (7, 7)',
    { sql: `SET lock_timeout = '50ms'`, client: 'second' },
    { sql: 'INSERT INTO acct VALUES (7, 8)', client: 'second' },
    'ROLLBACK',
  ],
  TX,
);
list.add(
  'second connection skip locked claims the other row',
  [
    'BEGIN',
    'SELECT id FROM acct WHERE id = 1 FOR UPDATE',
    {
      sql: 'UPDATE acct SET balance = 0 WHERE id = (SELECT id FROM acct ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id',
      client: 'second',
    },
    'COMMIT',
  ],
  TX,
);
list.add(
  'read only transaction rejects insert with 25006',
  ['BEGIN READ ONLY', 'INSERT INTO acct VALUES (3, 3)', 'ROLLBACK'],
  TX,
);
list.add(
  'set transaction read only after a write is 25001',
  ['BEGIN', 'INSERT INTO acct VALUES (3, 3)', 'SET TRANSACTION READ ONLY', 'ROLLBACK'],
  TX,
);
list.add(
  'serializable transaction write then commit',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    'UPDATE acct SET balance = 0 WHERE id = 2',
    'COMMIT',
    'SELECT balance FROM acct WHERE id = 2',
  ],
  TX,
);
list.add(
  'multi-statement simple query is one implicit transaction',
  ['INSERT INTO acct VALUES (3, 3); INSERT INTO acct VALUES (1, 1)', 'SELECT count(*) AS n FROM acct'],
  TX,
);
list.add(
  'multi-statement simple query with explicit commit keeps the first part',
  [
    'INSERT INTO acct VALUES (3, 3); COMMIT; INSERT INTO acct VALUES (1, 1)',
    'SELECT count(*) AS n FROM acct',
  ],
  TX,
);
list.add(
  'extended protocol error outside a transaction does not leak state',
  [
    withParams('INSERT INTO acct VALUES ($1, $2)', 1, 1),
    withParams('INSERT INTO acct VALUES ($1, $2) RETURNING id', 3, 3),
  ],
  TX,
);
list.add(
  'numeric check with a string parameter of many decimals rounds before the check',
  [withParams('UPDATE acct SET balance = $1 WHERE id = 1 RETURNING balance', '-0.004')],
  TX,
);
list.add(
  'numeric check with a negative rounding amount fails',
  [withParams('UPDATE acct SET balance = $1 WHERE id = 1', '-0.005')],
  TX,
);
list.add(
  'lock table in a transaction then write',
  ['BEGIN', 'LOCK TABLE acct IN EXCLUSIVE MODE', 'UPDATE acct SET balance = 5 RETURNING id', 'COMMIT'],
  TX,
);
list.add(
  'advisory xact lock around a write',
  ['BEGIN', 'SELECT pg_advisory_xact_lock(42) AS l', 'UPDATE acct SET balance = 5 WHERE id = 1', 'COMMIT'],
  TX,
);
list.add(
  'prepare transaction is refused when max_prepared_transactions is zero',
  ['BEGIN', 'INSERT INTO acct VALUES (3, 3)', `PREPARE TRANSACTION 'x'`],
  TX,
);

export default list.cases;
