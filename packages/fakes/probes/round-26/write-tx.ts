// Round 26 part C: transaction control around writes as PostgreSQL 15 runs it: a simple-protocol
// string of several statements is one implicit transaction (an error undoes the statements before
// it, unless a COMMIT inside the string ended that transaction), savepoints of the same name, the
// CHAIN forms, and the commands whose use outside a transaction only warns or fails.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r26 write tx: ');
const T = 'CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v >= 0)); INSERT INTO t VALUES (1, 1);';
const read = 'SELECT * FROM t ORDER BY id';
const add = (name: string, steps: string[], setup = T) => list.add(name, [...steps, read], setup);

add('multi-statement string, error undoes the earlier insert', [
  'INSERT INTO t VALUES (2, 2); INSERT INTO t VALUES (1, 1)',
]);
add('multi-statement string, error after an update', ['UPDATE t SET v = 5; INSERT INTO t VALUES (3, -1)']);
add('multi-statement string, error in the third', [
  'INSERT INTO t VALUES (2, 2); INSERT INTO t VALUES (3, 3); SELECT 1 / 0',
]);
add('multi-statement string with COMMIT inside', [
  'INSERT INTO t VALUES (2, 2); COMMIT; INSERT INTO t VALUES (1, 1)',
]);
add('multi-statement string with BEGIN and COMMIT', [
  'BEGIN; INSERT INTO t VALUES (2, 2); COMMIT; INSERT INTO t VALUES (1, 1)',
]);
add('multi-statement string with BEGIN left open', [
  'BEGIN; INSERT INTO t VALUES (2, 2)',
  'INSERT INTO t VALUES (3, 3)',
  'ROLLBACK',
]);
add('multi-statement string with BEGIN and an error', [
  'BEGIN; INSERT INTO t VALUES (2, 2); INSERT INTO t VALUES (1, 1)',
  'SELECT 1',
  'ROLLBACK',
]);
add('multi-statement string inside a transaction, error', [
  'BEGIN',
  'INSERT INTO t VALUES (2, 2); INSERT INTO t VALUES (1, 1)',
  'COMMIT',
]);
add('multi-statement string with ROLLBACK inside', [
  'INSERT INTO t VALUES (2, 2); ROLLBACK; INSERT INTO t VALUES (3, 3)',
]);
add('multi-statement string with a savepoint', [
  'BEGIN; INSERT INTO t VALUES (2, 2); SAVEPOINT s; INSERT INTO t VALUES (1, 1)',
  'ROLLBACK TO SAVEPOINT s',
  'COMMIT',
]);
add(
  'multi-statement string, sequence advance kept',
  ['INSERT INTO s (v) VALUES (1); INSERT INTO s (v) VALUES (-1)', "SELECT nextval('s_id_seq') AS n"],
  'CREATE TABLE s (id serial PRIMARY KEY, v int CHECK (v >= 0)); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add('same savepoint name twice, rollback to the newer', [
  'BEGIN',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (2, 2)',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (3, 3)',
  'ROLLBACK TO SAVEPOINT a',
  'COMMIT',
]);
add('same savepoint name twice, release the newer then rollback to the older', [
  'BEGIN',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (2, 2)',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (3, 3)',
  'RELEASE SAVEPOINT a',
  'ROLLBACK TO SAVEPOINT a',
  'COMMIT',
]);
add('release an outer savepoint releases the inner', [
  'BEGIN',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (2, 2)',
  'SAVEPOINT b',
  'RELEASE SAVEPOINT a',
  'ROLLBACK TO SAVEPOINT b',
  'COMMIT',
]);
add('rollback to an outer savepoint drops the inner', [
  'BEGIN',
  'SAVEPOINT a',
  'SAVEPOINT b',
  'INSERT INTO t VALUES (2, 2)',
  'ROLLBACK TO SAVEPOINT a',
  'ROLLBACK TO SAVEPOINT b',
  'COMMIT',
]);
add('rollback to keeps the savepoint', [
  'BEGIN',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (2, 2)',
  'ROLLBACK TO a',
  'INSERT INTO t VALUES (3, 3)',
  'ROLLBACK TO a',
  'INSERT INTO t VALUES (4, 4)',
  'COMMIT',
]);
add('error then rollback to savepoint then commit', [
  'BEGIN',
  'INSERT INTO t VALUES (2, 2)',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (1, 1)',
  'INSERT INTO t VALUES (3, 3)',
  'ROLLBACK TO SAVEPOINT a',
  'INSERT INTO t VALUES (4, 4)',
  'COMMIT',
]);
add('error then release savepoint', [
  'BEGIN',
  'SAVEPOINT a',
  'INSERT INTO t VALUES (1, 1)',
  'RELEASE SAVEPOINT a',
  'COMMIT',
]);
add('error then savepoint', ['BEGIN', 'INSERT INTO t VALUES (1, 1)', 'SAVEPOINT a', 'ROLLBACK']);
add('error then commit answers rollback', [
  'BEGIN',
  'INSERT INTO t VALUES (2, 2)',
  'INSERT INTO t VALUES (1, 1)',
  'COMMIT',
]);
add('error then end', ['BEGIN', 'INSERT INTO t VALUES (1, 1)', 'END']);
add('error then abort', ['BEGIN', 'INSERT INTO t VALUES (2, 2)', 'ABORT']);
add('savepoint outside a transaction', ['SAVEPOINT a']);
add('rollback to outside a transaction', ['ROLLBACK TO SAVEPOINT a']);
add('release outside a transaction', ['RELEASE SAVEPOINT a']);
add('rollback to an unknown savepoint', ['BEGIN', 'ROLLBACK TO SAVEPOINT nope', 'SELECT 1', 'ROLLBACK']);
add('release an unknown savepoint', [
  'BEGIN',
  'INSERT INTO t VALUES (2, 2)',
  'RELEASE SAVEPOINT nope',
  'COMMIT',
]);
add('commit outside a transaction', ['COMMIT']);
add('rollback outside a transaction', ['ROLLBACK']);
add('begin inside a transaction', ['BEGIN', 'INSERT INTO t VALUES (2, 2)', 'BEGIN', 'COMMIT']);
add('commit and chain', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  'INSERT INTO t VALUES (2, 2)',
  'COMMIT AND CHAIN',
  'SHOW transaction_isolation',
  'INSERT INTO t VALUES (3, 3)',
  'ROLLBACK',
]);
add('rollback and chain', [
  'BEGIN',
  'INSERT INTO t VALUES (2, 2)',
  'ROLLBACK AND CHAIN',
  'INSERT INTO t VALUES (3, 3)',
  'COMMIT',
]);
add('commit and chain outside a transaction', ['COMMIT AND CHAIN']);
add('commit and no chain', [
  'BEGIN',
  'INSERT INTO t VALUES (2, 2)',
  'COMMIT AND NO CHAIN',
  'INSERT INTO t VALUES (1, 1)',
]);
add('commit and chain after an error', [
  'BEGIN',
  'INSERT INTO t VALUES (1, 1)',
  'COMMIT AND CHAIN',
  'INSERT INTO t VALUES (3, 3)',
  'COMMIT',
]);
add('set transaction after a write', [
  'BEGIN',
  'INSERT INTO t VALUES (2, 2)',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  'COMMIT',
]);
add('set transaction read only then write', [
  'BEGIN',
  'SET TRANSACTION READ ONLY',
  'INSERT INTO t VALUES (2, 2)',
  'ROLLBACK',
]);
add('begin read only then write', ['BEGIN READ ONLY', 'UPDATE t SET v = 2', 'ROLLBACK']);
add('read only allows a temp table write', ['BEGIN READ ONLY', 'CREATE TEMP TABLE x (a int)', 'ROLLBACK']);
add('start transaction', ['START TRANSACTION', 'INSERT INTO t VALUES (2, 2)', 'COMMIT']);
add('begin work and commit work', ['BEGIN WORK', 'INSERT INTO t VALUES (2, 2)', 'COMMIT WORK']);
add('set constraints outside a transaction', ['SET CONSTRAINTS ALL IMMEDIATE']);
add('set constraints of a non-deferrable constraint', [
  'BEGIN',
  'SET CONSTRAINTS t_pkey DEFERRED',
  'ROLLBACK',
]);
add('set constraints of an unknown constraint', ['BEGIN', 'SET CONSTRAINTS nope DEFERRED', 'ROLLBACK']);
add(
  'deferred unique made immediate with a duplicate',
  ['BEGIN', 'INSERT INTO u VALUES (1)', 'SET CONSTRAINTS ALL IMMEDIATE', 'ROLLBACK'],
  'CREATE TABLE u (a int UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO u VALUES (1); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add(
  'deferred unique swapped in a transaction',
  ['BEGIN', 'UPDATE u SET a = 3 - a', 'COMMIT', 'SELECT * FROM u ORDER BY a'],
  'CREATE TABLE u (a int UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO u VALUES (1), (2); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add(
  'deferrable initially immediate unique swapped in one statement',
  ['UPDATE u SET a = 3 - a', 'SELECT * FROM u ORDER BY a'],
  'CREATE TABLE u (a int UNIQUE DEFERRABLE); INSERT INTO u VALUES (1), (2); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add(
  'deferred fk, parent inserted later in the transaction',
  ['BEGIN', 'INSERT INTO c VALUES (5)', 'INSERT INTO p VALUES (5)', 'COMMIT', 'SELECT * FROM c'],
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add(
  'deferred fk, child removed before commit',
  ['BEGIN', 'INSERT INTO c VALUES (5)', 'DELETE FROM c', 'COMMIT', 'SELECT * FROM c'],
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add(
  'deferred fk, rolled back savepoint forgets the check',
  [
    'BEGIN',
    'SAVEPOINT s',
    'INSERT INTO c VALUES (5)',
    'ROLLBACK TO SAVEPOINT s',
    'COMMIT',
    'SELECT * FROM c',
  ],
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add(
  'deferred fk, parent deleted with no action',
  ['BEGIN', 'DELETE FROM p', 'INSERT INTO p VALUES (1)', 'COMMIT', 'SELECT * FROM c'],
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add(
  'immediate no action fk, parent deleted and reinserted in one statement',
  ['WITH d AS (DELETE FROM p RETURNING id) INSERT INTO p SELECT id FROM d', 'SELECT * FROM c'],
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1); CREATE TABLE t (id int PRIMARY KEY, v int);',
);
add('deferred check constraint is refused', ['CREATE TABLE k (a int CHECK (a > 0) DEFERRABLE)']);
add('deferrable not null is refused', ['CREATE TABLE k (a int NOT NULL DEFERRABLE)']);
add('prepare transaction', ['BEGIN', 'INSERT INTO t VALUES (2, 2)', "PREPARE TRANSACTION 'x'", 'SELECT 1']);
add('lock table outside a transaction', ['LOCK TABLE t']);
add('lock table inside a transaction then write', [
  'BEGIN',
  'LOCK TABLE t IN EXCLUSIVE MODE',
  'INSERT INTO t VALUES (2, 2)',
  'COMMIT',
]);

export default list.cases;
