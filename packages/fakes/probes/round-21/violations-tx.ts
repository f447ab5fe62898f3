// Round 21 probe (h119), violations part 6: transactions around failures (PostgreSQL 15 docs 3.4,
// SAVEPOINT, ROLLBACK TO, SET TRANSACTION, Appendix A classes 25 and 40): 25P02 after each kind of
// violation, 25006 read-only writes, 25001, 40001 from a second session without blocking, and
// what the tables hold after ROLLBACK TO SAVEPOINT / ROLLBACK / a failed COMMIT.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: tx: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });

const BASE = `CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int CHECK (balance >= 0), ref int REFERENCES acct, code varchar(4) UNIQUE);
INSERT INTO acct VALUES (1, 'ann', 100, NULL, 'A1'), (2, 'bob', 50, 1, 'B2');`;

const FAILS: readonly (readonly [string, string])[] = [
  ['unique', "INSERT INTO acct VALUES (3, 'cy', 0, NULL, 'A1')"],
  ['pk', "INSERT INTO acct VALUES (1, 'cy', 0, NULL, 'C3')"],
  ['not null', 'INSERT INTO acct (id) VALUES (3)'],
  ['check', 'UPDATE acct SET balance = balance - 75'],
  ['fk', "INSERT INTO acct VALUES (3, 'cy', 0, 9, 'C3')"],
  ['fk delete', 'DELETE FROM acct WHERE id = 1'],
  ['varchar', "UPDATE acct SET code = 'TOOLONG' WHERE id = 2"],
  ['int range', 'UPDATE acct SET balance = 2147483647 + balance'],
  ['division', 'UPDATE acct SET balance = balance / 0'],
  ['bad input', "UPDATE acct SET balance = 'lots'"],
  ['unknown column', 'UPDATE acct SET balanse = 0'],
  ['param bad input', 'SELECT $1::int'],
];
for (const [label, sql] of FAILS) {
  const failing: ProbeStep = sql.includes('$1') ? withParams(sql, 'x') : sql;
  add(
    `${label}: 25P02 then rollback keeps all`,
    [
      'BEGIN',
      "UPDATE acct SET owner = 'changed' WHERE id = 2",
      failing,
      'SELECT 1 AS x',
      'ROLLBACK',
      'SELECT id, owner, balance, code FROM acct ORDER BY id',
    ],
    BASE,
  );
  add(
    `${label}: rollback to savepoint keeps earlier work`,
    [
      'BEGIN',
      "UPDATE acct SET owner = 'changed' WHERE id = 2",
      'SAVEPOINT s',
      "INSERT INTO acct VALUES (5, 'eve', 1, NULL, 'E5')",
      failing,
      'ROLLBACK TO SAVEPOINT s',
      'COMMIT',
      'SELECT id, owner, balance, code FROM acct ORDER BY id',
    ],
    BASE,
  );
  add(
    `${label}: commit after error reports rollback`,
    [
      'BEGIN',
      "INSERT INTO acct VALUES (6, 'fay', 1, NULL, 'F6')",
      failing,
      'COMMIT',
      'SELECT count(*) AS n FROM acct',
    ],
    BASE,
  );
  add(
    `${label}: autocommit error changes nothing`,
    [failing, 'SELECT id, owner, balance, code FROM acct ORDER BY id'],
    BASE,
  );
}
add(
  '25P02 on extended protocol',
  ['BEGIN', 'SELECT 1/0', withParams('SELECT $1::int AS v', 1), 'ROLLBACK'],
  BASE,
);
add('25P02 on savepoint inside aborted', ['BEGIN', 'SELECT 1/0', 'SAVEPOINT s', 'ROLLBACK'], BASE);
add('25P02 rollback to savepoint created before error', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'SELECT 1/0',
  'ROLLBACK TO a',
  'SELECT 1 AS ok',
  'ROLLBACK TO b',
  'COMMIT',
]);
add('25P02 release after recovery', [
  'BEGIN',
  'SAVEPOINT a',
  'SELECT 1/0',
  'ROLLBACK TO a',
  'RELEASE a',
  'SELECT 1 AS ok',
  'COMMIT',
]);
add(
  '25P02 nested savepoints inner failure',
  [
    'BEGIN',
    "INSERT INTO acct VALUES (3, 'c', 1, NULL, 'C3')",
    'SAVEPOINT a',
    "INSERT INTO acct VALUES (4, 'd', 1, NULL, 'D4')",
    'SAVEPOINT b',
    "INSERT INTO acct VALUES (5, 'e', 1, NULL, 'A1')",
    'ROLLBACK TO b',
    'RELEASE a',
    'COMMIT',
    'SELECT id FROM acct ORDER BY id',
  ],
  BASE,
);
add(
  '25P02 same savepoint name reused',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO acct VALUES (3, 'c', 1, NULL, 'C3')",
    'SAVEPOINT s',
    "INSERT INTO acct VALUES (4, 'd', 1, NULL, 'A1')",
    'ROLLBACK TO s',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id FROM acct ORDER BY id',
  ],
  BASE,
);
add(
  '25P02 error in multi statement with begin leaves aborted',
  [
    "BEGIN; INSERT INTO acct VALUES (3, 'c', 1, NULL, 'C3'); SELECT 1/0",
    'SELECT 1',
    'ROLLBACK',
    'SELECT count(*) AS n FROM acct',
  ],
  BASE,
);
add(
  '25P02 multi statement with commit after error',
  [
    "BEGIN; INSERT INTO acct VALUES (3, 'c', 1, NULL, 'C3'); SELECT 1/0; COMMIT",
    'SELECT 1 AS x',
    'ROLLBACK',
    'SELECT count(*) AS n FROM acct',
  ],
  BASE,
);
add(
  '25P02 implicit transaction of multi statement rolled back',
  [
    "INSERT INTO acct VALUES (3, 'c', 1, NULL, 'C3'); INSERT INTO acct VALUES (4, 'd', 1, NULL, 'C3')",
    'SELECT count(*) AS n FROM acct',
  ],
  BASE,
);
add('25P02 rollback and chain after error', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  'SELECT 1/0',
  'ROLLBACK AND CHAIN',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('25P02 commit and chain after error', ['BEGIN', 'SELECT 1/0', 'COMMIT AND CHAIN', 'SELECT 1 AS x']);

// ---------------------------------------------------------------- read-only
const RO: readonly (readonly [string, string])[] = [
  ['insert', "INSERT INTO acct VALUES (9, 'z', 0, NULL, 'Z9')"],
  ['update', 'UPDATE acct SET balance = 0'],
  ['delete', 'DELETE FROM acct'],
  ['upsert', "INSERT INTO acct VALUES (1, 'z', 0, NULL, 'Z9') ON CONFLICT DO NOTHING"],
  ['truncate', 'TRUNCATE acct'],
  ['create table', 'CREATE TABLE r21_ro (a int)'],
  ['create temp table', 'CREATE TEMP TABLE r21_ro (a int)'],
  ['alter table', 'ALTER TABLE acct ADD COLUMN z int'],
  ['select for update', 'SELECT id FROM acct FOR UPDATE'],
  ['select for share', 'SELECT id FROM acct FOR SHARE'],
  ['nextval', "SELECT nextval('r21_h119_seq')"],
  ['setval', "SELECT setval('r21_h119_seq', 5)"],
  ['update no rows', 'UPDATE acct SET balance = 0 WHERE false'],
  ['cte insert', "WITH x AS (INSERT INTO acct VALUES (9, 'z', 0, NULL, 'Z9') RETURNING id) SELECT id FROM x"],
  ['comment on', "COMMENT ON TABLE acct IS 'x'"],
  ['create index', 'CREATE INDEX ON acct (owner)'],
  ['lock table share', 'LOCK TABLE acct IN ACCESS SHARE MODE'],
  ['lock table exclusive', 'LOCK TABLE acct IN EXCLUSIVE MODE'],
  ['do block writing', 'DO $$ BEGIN UPDATE acct SET balance = 1; END $$'],
  ['function writing', 'SELECT w()'],
];
const ROSETUP = `${BASE}
CREATE SEQUENCE r21_h119_seq;
CREATE FUNCTION w() RETURNS int LANGUAGE sql AS $$ UPDATE acct SET balance = 2 RETURNING 1 $$;`;
for (const [label, sql] of RO) {
  add(`25006 ${label} in read only transaction`, ['BEGIN READ ONLY', sql, 'ROLLBACK'], ROSETUP);
  add(
    `25006 ${label} with default_transaction_read_only`,
    ['SET default_transaction_read_only = on', sql, 'SELECT count(*) AS n FROM acct'],
    ROSETUP,
  );
}
add(
  '25006 set transaction read only then write',
  ['BEGIN', 'SET TRANSACTION READ ONLY', 'DELETE FROM acct', 'ROLLBACK'],
  BASE,
);
add(
  '25006 read only write on extended protocol',
  ['BEGIN READ ONLY', withParams('DELETE FROM acct WHERE id = $1', 1), 'ROLLBACK'],
  BASE,
);
add(
  '25006 read only with savepoint recovery',
  [
    'BEGIN READ ONLY',
    'SAVEPOINT s',
    'DELETE FROM acct',
    'ROLLBACK TO s',
    'SELECT count(*) AS n FROM acct',
    'COMMIT',
  ],
  BASE,
);
add('25001 set read write after query in read only', [
  'BEGIN READ ONLY',
  'SELECT 1',
  'SET TRANSACTION READ WRITE',
  'ROLLBACK',
]);
add('25001 set isolation after savepoint', [
  'BEGIN',
  'SAVEPOINT s',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK',
]);
add('25001 set read write in subtransaction of read only', [
  'BEGIN READ ONLY',
  'SAVEPOINT s',
  'SET TRANSACTION READ WRITE',
  'ROLLBACK',
]);
add(
  '25006 read write inside read only default set local',
  [
    'BEGIN',
    'SET LOCAL transaction_read_only = on',
    'INSERT INTO acct VALUES (9, $$z$$, 0, NULL, $$Z9$$)',
    'ROLLBACK',
  ],
  BASE,
);
add('read only select then commit ok', ['BEGIN READ ONLY', 'SELECT count(*) AS n FROM acct', 'COMMIT'], BASE);
add('25006 temp table write allowed in read only', [
  'CREATE TEMP TABLE tt (a int)',
  'BEGIN READ ONLY',
  'INSERT INTO tt VALUES (1)',
  'SELECT count(*) AS n FROM tt',
  'COMMIT',
]);

// ---------------------------------------------------------------- 40001 from a second session, no blocking
const SER = `CREATE TABLE ser (id int PRIMARY KEY, v int); INSERT INTO ser VALUES (1, 0), (2, 0);`;
add(
  '40001 repeatable read update of concurrently updated row',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT v FROM ser WHERE id = 1',
    two('UPDATE ser SET v = 5 WHERE id = 1'),
    'UPDATE ser SET v = v + 1 WHERE id = 1',
    'ROLLBACK',
    'SELECT v FROM ser WHERE id = 1',
  ],
  SER,
);
add(
  '40001 repeatable read delete of concurrently updated row',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT count(*) AS n FROM ser',
    two('UPDATE ser SET v = 5 WHERE id = 2'),
    'DELETE FROM ser WHERE id = 2',
    'ROLLBACK',
  ],
  SER,
);
add(
  '40001 serializable update of concurrently deleted row',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    'SELECT count(*) AS n FROM ser',
    two('DELETE FROM ser WHERE id = 2'),
    'UPDATE ser SET v = 1 WHERE id = 2',
    'ROLLBACK',
  ],
  SER,
);
add(
  '40001 repeatable read select for update of changed row',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT v FROM ser WHERE id = 1',
    two('UPDATE ser SET v = 7 WHERE id = 1'),
    'SELECT v FROM ser WHERE id = 1 FOR UPDATE',
    'ROLLBACK',
  ],
  SER,
);
add(
  'repeatable read snapshot hides second session insert',
  [
    'BEGIN ISOLATION LEVEL REPEATABLE READ',
    'SELECT count(*) AS n FROM ser',
    two('INSERT INTO ser VALUES (3, 0)'),
    'SELECT count(*) AS n FROM ser',
    'COMMIT',
    'SELECT count(*) AS n FROM ser',
  ],
  SER,
);
add(
  'read committed sees second session commit',
  [
    'BEGIN',
    'SELECT count(*) AS n FROM ser',
    two('INSERT INTO ser VALUES (3, 0)'),
    'SELECT count(*) AS n FROM ser',
    'COMMIT',
  ],
  SER,
);
add(
  'second session unique conflict after first committed',
  [
    'INSERT INTO ser VALUES (3, 0)',
    two('INSERT INTO ser VALUES (3, 1)'),
    two('SELECT v FROM ser WHERE id = 3'),
  ],
  SER,
);
add(
  '40001 serializable insert conflicting with concurrent committed insert',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    'SELECT count(*) AS n FROM ser WHERE id = 3',
    two('INSERT INTO ser VALUES (3, 0)'),
    'INSERT INTO ser VALUES (3, 1)',
    'ROLLBACK',
  ],
  SER,
);
add(
  'lock_timeout nowait 55P03',
  [
    two('BEGIN'),
    two('SELECT id FROM ser WHERE id = 1 FOR UPDATE'),
    'SELECT id FROM ser WHERE id = 1 FOR UPDATE NOWAIT',
    two('ROLLBACK'),
  ],
  SER,
);
add(
  'skip locked skips row locked by second session',
  [
    two('BEGIN'),
    two('SELECT id FROM ser WHERE id = 1 FOR UPDATE'),
    'SELECT id FROM ser ORDER BY id FOR UPDATE SKIP LOCKED',
    two('ROLLBACK'),
  ],
  SER,
);

// ---------------------------------------------------------------- failed COMMIT and deferred checks: what is left
add('failed commit of deferred unique leaves nothing', [
  'CREATE TABLE du (v int UNIQUE DEFERRABLE INITIALLY DEFERRED, note text)',
  "INSERT INTO du VALUES (1, 'kept')",
  'BEGIN',
  "INSERT INTO du VALUES (2, 'lost')",
  "INSERT INTO du VALUES (1, 'dup')",
  'COMMIT',
  'SELECT v, note FROM du ORDER BY v',
]);
add('failed commit then new transaction works', [
  'CREATE TABLE du (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO du VALUES (1)',
  'BEGIN',
  'INSERT INTO du VALUES (1)',
  'COMMIT',
  'BEGIN',
  'INSERT INTO du VALUES (2)',
  'COMMIT',
  'SELECT v FROM du ORDER BY v',
]);
add('failed commit on extended protocol then state idle', [
  'CREATE TABLE du (v int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO du VALUES (1)',
  'BEGIN',
  'INSERT INTO du VALUES (1)',
  withParams('COMMIT'),
  'SELECT 1 AS x',
]);
add('prepared statement survives rollback after error', [
  'PREPARE q(int) AS SELECT $1 * 2 AS v',
  'BEGIN',
  'SELECT 1/0',
  'ROLLBACK',
  'EXECUTE q(4)',
]);
add('prepared statement created in failed transaction is kept', [
  'BEGIN',
  'PREPARE q2(int) AS SELECT $1 AS v',
  'SELECT 1/0',
  'ROLLBACK',
  'EXECUTE q2(4)',
]);
add('sequence advance not rolled back', [
  'CREATE SEQUENCE r21_h119_s2',
  'BEGIN',
  "SELECT nextval('r21_h119_s2') AS v",
  'SELECT 1/0',
  'ROLLBACK',
  "SELECT nextval('r21_h119_s2') AS v",
]);
add('temp table created in failed transaction is gone', [
  'BEGIN',
  'CREATE TEMP TABLE gone (a int)',
  'SELECT 1/0',
  'ROLLBACK',
  'SELECT * FROM gone',
]);
add('ddl rolled back after constraint error', [
  'CREATE TABLE dd (a int UNIQUE)',
  'INSERT INTO dd VALUES (1)',
  'BEGIN',
  'ALTER TABLE dd ADD COLUMN b int',
  'INSERT INTO dd VALUES (1, 2)',
  'ROLLBACK',
  "SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'dd'",
]);
add('set local reverted after error rollback', [
  'BEGIN',
  "SET LOCAL search_path = 'nowhere'",
  'SELECT 1/0',
  'ROLLBACK',
  'SHOW search_path',
]);
add('set session in failed transaction reverted', [
  "SET statement_timeout = '5s'",
  'BEGIN',
  "SET statement_timeout = '9s'",
  'SELECT 1/0',
  'ROLLBACK',
  'SHOW statement_timeout',
]);
add('set in rolled back savepoint reverted', [
  'BEGIN',
  'SAVEPOINT s',
  "SET statement_timeout = '9s'",
  'SELECT 1/0',
  'ROLLBACK TO s',
  'SHOW statement_timeout',
  'COMMIT',
]);
add('cursor declared before savepoint survives rollback to', [
  'CREATE TABLE cc (a int)',
  'INSERT INTO cc VALUES (1), (2)',
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT a FROM cc ORDER BY a',
  'SAVEPOINT s',
  'SELECT 1/0',
  'ROLLBACK TO s',
  'FETCH 1 FROM c',
  'COMMIT',
]);
add('cursor declared after savepoint gone after rollback to', [
  'CREATE TABLE cc (a int)',
  'BEGIN',
  'SAVEPOINT s',
  'DECLARE c CURSOR FOR SELECT a FROM cc',
  'SELECT 1/0',
  'ROLLBACK TO s',
  'FETCH 1 FROM c',
  'ROLLBACK',
]);

export default list.cases;
