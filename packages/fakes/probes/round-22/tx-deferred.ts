// Round 22 probe (h132), transactions part 1: deferrable constraints (PostgreSQL 15 docs 5.4, SET
// CONSTRAINTS, CREATE TABLE's DEFERRABLE, COMMIT), checks at COMMIT with their error fields, and
// PREPARE TRANSACTION / COMMIT PREPARED as far as a server without prepared transactions answers.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: deferred: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

const UQ = `CREATE TABLE u (id int PRIMARY KEY, v int CONSTRAINT u_v_key UNIQUE DEFERRABLE INITIALLY DEFERRED);
INSERT INTO u VALUES (1, 1), (2, 2);`;
const UQI = `CREATE TABLE u (id int PRIMARY KEY, v int CONSTRAINT u_v_key UNIQUE DEFERRABLE INITIALLY IMMEDIATE);
INSERT INTO u VALUES (1, 1), (2, 2);`;
const UQN = `CREATE TABLE u (id int PRIMARY KEY, v int CONSTRAINT u_v_key UNIQUE);
INSERT INTO u VALUES (1, 1), (2, 2);`;
const FK = `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, pid int CONSTRAINT c_pid_fkey REFERENCES p DEFERRABLE INITIALLY DEFERRED);
INSERT INTO p VALUES (1); INSERT INTO c VALUES (10, 1);`;
const FKI = `CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, pid int CONSTRAINT c_pid_fkey REFERENCES p DEFERRABLE);
INSERT INTO p VALUES (1); INSERT INTO c VALUES (10, 1);`;
const EX = `CREATE TABLE e (id int PRIMARY KEY, k int, CONSTRAINT e_k_excl EXCLUDE USING btree (k WITH =) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO e VALUES (1, 1), (2, 2);`;

// ---------------------------------------------------------------- deferred unique
add(
  'unique deferred duplicate fixed before commit',
  [
    'BEGIN',
    'INSERT INTO u VALUES (3, 1)',
    'UPDATE u SET v = 3 WHERE id = 3',
    'COMMIT',
    'SELECT id, v FROM u ORDER BY id',
  ],
  UQ,
);
add(
  'unique deferred duplicate fails at commit',
  [
    'BEGIN',
    'INSERT INTO u VALUES (3, 1)',
    'SELECT count(*) AS n FROM u WHERE v = 1',
    'COMMIT',
    'SELECT id, v FROM u ORDER BY id',
  ],
  UQ,
);
add(
  'unique deferred autocommit duplicate fails',
  ['INSERT INTO u VALUES (3, 2)', 'SELECT count(*) AS n FROM u'],
  UQ,
);
add('unique deferred swap by update', ['UPDATE u SET v = 3 - v', 'SELECT id, v FROM u ORDER BY id'], UQ);
add(
  'unique immediate deferrable shift by update',
  ['UPDATE u SET v = v + 1', 'SELECT id, v FROM u ORDER BY id'],
  UQI,
);
add(
  'unique not deferrable shift by update fails',
  ['UPDATE u SET v = v + 1', 'SELECT id, v FROM u ORDER BY id'],
  UQN,
);
add(
  'unique immediate deferrable duplicate fails at statement',
  ['BEGIN', 'INSERT INTO u VALUES (3, 1)', 'SELECT 1 AS x', 'ROLLBACK'],
  UQI,
);
add(
  'unique set constraints all deferred',
  [
    'BEGIN',
    'SET CONSTRAINTS ALL DEFERRED',
    'INSERT INTO u VALUES (3, 1)',
    'DELETE FROM u WHERE id = 1',
    'COMMIT',
    'SELECT id, v FROM u ORDER BY id',
  ],
  UQI,
);
add(
  'unique set constraints named deferred',
  [
    'BEGIN',
    'SET CONSTRAINTS u_v_key DEFERRED',
    'INSERT INTO u VALUES (3, 1)',
    'COMMIT',
    'SELECT id, v FROM u ORDER BY id',
  ],
  UQI,
);
add(
  'unique set constraints qualified name',
  [
    'BEGIN',
    'SET CONSTRAINTS public.u_v_key DEFERRED',
    'INSERT INTO u VALUES (3, 1)',
    'DELETE FROM u WHERE id = 3',
    'COMMIT',
  ],
  UQI,
);
add(
  'unique set constraints immediate with pending violation',
  ['BEGIN', 'INSERT INTO u VALUES (3, 1)', 'SET CONSTRAINTS ALL IMMEDIATE', 'SELECT 1 AS x', 'ROLLBACK'],
  UQ,
);
add(
  'unique set constraints immediate after fix',
  [
    'BEGIN',
    'INSERT INTO u VALUES (3, 1)',
    'DELETE FROM u WHERE id = 1',
    'SET CONSTRAINTS u_v_key IMMEDIATE',
    'INSERT INTO u VALUES (4, 2)',
    'ROLLBACK',
  ],
  UQ,
);
add(
  'unique set constraints immediate then duplicate fails now',
  ['BEGIN', 'SET CONSTRAINTS ALL IMMEDIATE', 'INSERT INTO u VALUES (3, 1)', 'ROLLBACK'],
  UQ,
);
add(
  'unique deferred violation then rollback',
  ['BEGIN', 'INSERT INTO u VALUES (3, 1)', 'ROLLBACK', 'SELECT count(*) AS n FROM u'],
  UQ,
);
add(
  'unique deferred violation rolled back to savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    'INSERT INTO u VALUES (3, 1)',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id, v FROM u ORDER BY id',
  ],
  UQ,
);
add(
  'unique deferred violation released savepoint fails commit',
  [
    'BEGIN',
    'SAVEPOINT s',
    'INSERT INTO u VALUES (3, 1)',
    'RELEASE s',
    'COMMIT',
    'SELECT count(*) AS n FROM u',
  ],
  UQ,
);
add(
  'unique deferred commit and chain failure',
  ['BEGIN', 'INSERT INTO u VALUES (3, 1)', 'COMMIT AND CHAIN', 'SELECT count(*) AS n FROM u', 'ROLLBACK'],
  UQ,
);
add(
  'unique deferred commit failure on extended protocol',
  [
    'BEGIN',
    withParams('INSERT INTO u VALUES ($1, $2)', 3, 2),
    withParams('COMMIT'),
    withParams('SELECT count(*) AS n FROM u'),
  ],
  UQ,
);
add(
  'unique deferred multi statement commit failure',
  ['BEGIN; INSERT INTO u VALUES (3, 1); COMMIT', 'SELECT count(*) AS n FROM u'],
  UQ,
);
add(
  'unique deferred implicit multi statement fails at end',
  ['INSERT INTO u VALUES (3, 1); SELECT count(*) AS n FROM u', 'SELECT count(*) AS n FROM u'],
  UQ,
);
add(
  'unique deferred upsert still checks arbiter',
  ['BEGIN', 'INSERT INTO u VALUES (3, 1) ON CONFLICT (v) DO NOTHING', 'ROLLBACK'],
  UQ,
);
add(
  'set constraints outside transaction',
  ['SET CONSTRAINTS ALL DEFERRED', 'INSERT INTO u VALUES (3, 1)'],
  UQI,
);
add('set constraints not deferrable', ['BEGIN', 'SET CONSTRAINTS u_v_key DEFERRED', 'ROLLBACK'], UQN);
add('set constraints missing name', ['BEGIN', 'SET CONSTRAINTS nope DEFERRED', 'ROLLBACK'], UQ);
add(
  'set constraints all on non deferrable ok',
  ['BEGIN', 'SET CONSTRAINTS ALL DEFERRED', 'INSERT INTO u VALUES (3, 1)', 'ROLLBACK'],
  UQN,
);
add(
  'set constraints several names',
  [
    'BEGIN',
    'SET CONSTRAINTS u_v_key, c_pid_fkey DEFERRED',
    'INSERT INTO u VALUES (3, 1)',
    'INSERT INTO c VALUES (11, 9)',
    'ROLLBACK',
  ],
  `${UQI}\n${FKI}`,
);
add('set constraints tag', ['BEGIN', 'SET CONSTRAINTS ALL IMMEDIATE', 'COMMIT'], UQ);
add(
  'set constraints does not outlive transaction',
  ['BEGIN', 'SET CONSTRAINTS ALL DEFERRED', 'COMMIT', 'BEGIN', 'INSERT INTO u VALUES (3, 1)', 'ROLLBACK'],
  UQI,
);
add(
  'set constraints in savepoint rolled back stays',
  [
    'BEGIN',
    'SAVEPOINT s',
    'SET CONSTRAINTS ALL DEFERRED',
    'ROLLBACK TO s',
    'INSERT INTO u VALUES (3, 1)',
    'ROLLBACK',
  ],
  UQI,
);

// ---------------------------------------------------------------- deferred foreign keys
add(
  'fk deferred child before parent',
  [
    'BEGIN',
    'INSERT INTO c VALUES (11, 2)',
    'INSERT INTO p VALUES (2)',
    'COMMIT',
    'SELECT id, pid FROM c ORDER BY id',
  ],
  FK,
);
add(
  'fk deferred missing parent fails at commit',
  ['BEGIN', 'INSERT INTO c VALUES (11, 2)', 'COMMIT', 'SELECT count(*) AS n FROM c'],
  FK,
);
add('fk deferred autocommit missing parent', ['INSERT INTO c VALUES (11, 2)'], FK);
add(
  'fk deferred delete parent then restore',
  ['BEGIN', 'DELETE FROM p WHERE id = 1', 'INSERT INTO p VALUES (1)', 'COMMIT', 'SELECT id FROM p'],
  FK,
);
add(
  'fk deferred delete parent fails at commit',
  ['BEGIN', 'DELETE FROM p WHERE id = 1', 'COMMIT', 'SELECT id FROM p'],
  FK,
);
add('fk immediate deferrable fails at statement', ['BEGIN', 'INSERT INTO c VALUES (11, 2)', 'ROLLBACK'], FKI);
add(
  'fk set constraints deferred by name',
  [
    'BEGIN',
    'SET CONSTRAINTS c_pid_fkey DEFERRED',
    'INSERT INTO c VALUES (11, 2)',
    'INSERT INTO p VALUES (2)',
    'COMMIT',
    'SELECT id, pid FROM c ORDER BY id',
  ],
  FKI,
);
add(
  'fk set constraints immediate with pending',
  ['BEGIN', 'INSERT INTO c VALUES (11, 2)', 'SET CONSTRAINTS c_pid_fkey IMMEDIATE', 'ROLLBACK'],
  FK,
);
add('fk deferred update child to missing', ['BEGIN', 'UPDATE c SET pid = 5', 'COMMIT'], FK);
add(
  'fk deferred with savepoint rollback',
  [
    'BEGIN',
    'SAVEPOINT s',
    'INSERT INTO c VALUES (11, 2)',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT count(*) AS n FROM c',
  ],
  FK,
);
add('fk deferred on delete cascade not deferred', [
  'CREATE TABLE p2 (id int PRIMARY KEY)',
  'CREATE TABLE c2 (id int, pid int REFERENCES p2 ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO p2 VALUES (1)',
  'INSERT INTO c2 VALUES (1, 1)',
  'BEGIN',
  'DELETE FROM p2',
  'SELECT count(*) AS n FROM c2',
  'COMMIT',
]);

// ---------------------------------------------------------------- deferred exclusion
add(
  'exclusion deferred fixed before commit',
  [
    'BEGIN',
    'INSERT INTO e VALUES (3, 1)',
    'UPDATE e SET k = 3 WHERE id = 3',
    'COMMIT',
    'SELECT id, k FROM e ORDER BY id',
  ],
  EX,
);
add(
  'exclusion deferred fails at commit',
  ['BEGIN', 'INSERT INTO e VALUES (3, 1)', 'COMMIT', 'SELECT count(*) AS n FROM e'],
  EX,
);
add('exclusion deferred autocommit', ['INSERT INTO e VALUES (3, 2)'], EX);

// ---------------------------------------------------------------- declarations
add('check deferrable rejected', ['CREATE TABLE x (a int CHECK (a > 0) DEFERRABLE)']);
add('not null deferrable rejected', ['CREATE TABLE x (a int NOT NULL DEFERRABLE)']);
add('initially deferred not deferrable rejected', [
  'CREATE TABLE x (a int UNIQUE NOT DEFERRABLE INITIALLY DEFERRED)',
]);
add('initially deferred implies deferrable', [
  'CREATE TABLE x (a int CONSTRAINT x_a_key UNIQUE INITIALLY DEFERRED)',
  "SELECT conname, condeferrable, condeferred FROM pg_constraint WHERE conrelid = 'x'::regclass",
]);
add(
  'pg_constraint deferrable flags',
  [
    "SELECT conname, contype, condeferrable, condeferred FROM pg_constraint WHERE conrelid IN ('u'::regclass, 'c'::regclass) ORDER BY conname",
  ],
  `${UQ}\n${FKI}`,
);
add(
  'information_schema deferrable columns',
  [
    "SELECT constraint_name, is_deferrable, initially_deferred FROM information_schema.table_constraints WHERE table_name IN ('u', 'c') AND constraint_type <> 'CHECK' ORDER BY constraint_name",
  ],
  `${UQ}\n${FKI}`,
);
add(
  'alter constraint to deferred',
  [
    'ALTER TABLE u ALTER CONSTRAINT u_v_key DEFERRABLE INITIALLY DEFERRED',
    'BEGIN',
    'INSERT INTO u VALUES (3, 1)',
    'DELETE FROM u WHERE id = 1',
    'COMMIT',
    'SELECT id, v FROM u ORDER BY id',
  ],
  UQN,
);
add(
  'alter constraint on unique not supported',
  ['ALTER TABLE u ALTER CONSTRAINT u_v_key NOT DEFERRABLE'],
  UQ,
);
add(
  'alter fk constraint deferrable',
  [
    'ALTER TABLE c ALTER CONSTRAINT c_pid_fkey DEFERRABLE INITIALLY DEFERRED',
    "SELECT condeferrable, condeferred FROM pg_constraint WHERE conname = 'c_pid_fkey'",
  ],
  FKI,
);
add('primary key deferrable', [
  'CREATE TABLE k (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED, tag text)',
  "INSERT INTO k VALUES (1, 'a')",
  'BEGIN',
  "INSERT INTO k VALUES (1, 'b')",
  "UPDATE k SET id = 2 WHERE tag = 'b'",
  'COMMIT',
  'SELECT id FROM k ORDER BY id',
]);
add(
  'deferrable unique cannot be conflict arbiter',
  ['INSERT INTO u VALUES (3, 1) ON CONFLICT (v) DO UPDATE SET id = 9'],
  UQ,
);

// ---------------------------------------------------------------- prepared transactions (disabled on a default server)
add(
  'prepare transaction disabled',
  ['BEGIN', 'INSERT INTO u VALUES (3, 3)', "PREPARE TRANSACTION 'r22_h132'", 'SELECT count(*) AS n FROM u'],
  UQ,
);
add('prepare transaction outside block', ["PREPARE TRANSACTION 'r22_h132'", 'SELECT 1 AS x']);
add('commit prepared missing', ["COMMIT PREPARED 'r22_h132_none'"]);
add('rollback prepared missing', ["ROLLBACK PREPARED 'r22_h132_none'"]);
add('commit prepared inside transaction', ['BEGIN', "COMMIT PREPARED 'r22_h132_none'", 'ROLLBACK']);
add('pg_prepared_xacts empty', ['SELECT count(*) AS n FROM pg_prepared_xacts']);
add('max_prepared_transactions', ['SHOW max_prepared_transactions']);

export default list.cases;
