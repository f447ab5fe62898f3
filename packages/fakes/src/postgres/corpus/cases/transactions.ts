import { defineGroup } from '../sql-case.js';

const ITEMS = 'CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);';
const STAMPS = 'CREATE TABLE stamps (n int, at timestamptz);';

/** Transaction control: commit, rollback, aborted transactions, savepoints, time within a transaction, SET LOCAL. */
export const transactionCases = defineGroup('transactions', [
  {
    name: 'a committed insert is seen by the next connection',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'a')",
      'COMMIT',
      { sql: 'SELECT id, name FROM items', client: 'second' },
    ],
  },
  {
    name: 'a rolled-back insert leaves nothing',
    setup: ITEMS,
    steps: ['BEGIN', "INSERT INTO items VALUES (1, 'a')", 'ROLLBACK', 'SELECT count(*) FROM items'],
  },
  {
    name: 'a transaction sees its own uncommitted writes',
    setup: ITEMS,
    steps: ['BEGIN', "INSERT INTO items VALUES (1, 'a')", 'SELECT count(*) FROM items', 'COMMIT'],
  },
  {
    name: 'after an error, statements fail with 25P02 and COMMIT reports ROLLBACK',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'a')",
      "INSERT INTO items VALUES (1, 'dup')",
      'SELECT 1',
      'COMMIT',
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'ROLLBACK after an error ends the failed transaction',
    setup: ITEMS,
    steps: ['BEGIN', 'SELECT 1 / 0', 'ROLLBACK', 'SELECT 1 AS ok'],
  },
  {
    name: 'ROLLBACK TO SAVEPOINT undoes only the work after the savepoint',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'kept')",
      'SAVEPOINT sp1',
      "INSERT INTO items VALUES (2, 'undone')",
      'ROLLBACK TO SAVEPOINT sp1',
      'COMMIT',
      'SELECT id, name FROM items ORDER BY id',
    ],
  },
  {
    name: 'ROLLBACK TO SAVEPOINT recovers a transaction from an error',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'a')",
      'SAVEPOINT before_dup',
      "INSERT INTO items VALUES (1, 'dup')",
      'ROLLBACK TO before_dup',
      "INSERT INTO items VALUES (2, 'b')",
      'COMMIT',
      'SELECT id FROM items ORDER BY id',
    ],
  },
  {
    name: 'RELEASE SAVEPOINT keeps the work done after it',
    setup: ITEMS,
    steps: [
      'BEGIN',
      'SAVEPOINT sp',
      "INSERT INTO items VALUES (1, 'a')",
      'RELEASE SAVEPOINT sp',
      'COMMIT',
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'nested savepoints roll back to the named level',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'a')",
      'SAVEPOINT outer_sp',
      "INSERT INTO items VALUES (2, 'b')",
      'SAVEPOINT inner_sp',
      "INSERT INTO items VALUES (3, 'c')",
      'ROLLBACK TO SAVEPOINT outer_sp',
      'COMMIT',
      'SELECT id FROM items ORDER BY id',
    ],
  },
  {
    name: 'ROLLBACK TO an unknown savepoint is 3B001',
    setup: ITEMS,
    steps: ['BEGIN', 'ROLLBACK TO SAVEPOINT nowhere', 'ROLLBACK'],
  },
  {
    name: 'SAVEPOINT outside a transaction block is 25P01',
    steps: ['SAVEPOINT lonely'],
  },
  {
    name: 'now() is fixed for the whole transaction',
    setup: STAMPS,
    steps: [
      'BEGIN',
      'INSERT INTO stamps VALUES (1, now())',
      { pauseMs: 5 },
      'INSERT INTO stamps VALUES (2, now())',
      'COMMIT',
      'SELECT count(DISTINCT at) AS distinct_times FROM stamps',
    ],
  },
  {
    name: 'now() moves between statements outside a transaction',
    setup: STAMPS,
    steps: [
      'INSERT INTO stamps VALUES (1, now())',
      { pauseMs: 5 },
      'INSERT INTO stamps VALUES (2, now())',
      'SELECT count(DISTINCT at) AS distinct_times FROM stamps',
    ],
  },
  {
    name: 'current_timestamp and transaction_timestamp() equal now() inside a transaction',
    steps: [
      'BEGIN',
      { pauseMs: 3 },
      'SELECT now() = current_timestamp AS a, now() = transaction_timestamp() AS b',
      'COMMIT',
    ],
  },
  {
    name: 'statement_timestamp() moves on within a transaction while now() stays',
    setup: STAMPS,
    steps: [
      'BEGIN',
      'INSERT INTO stamps VALUES (1, now())',
      { pauseMs: 5 },
      'SELECT statement_timestamp() > now() AS later, (SELECT at FROM stamps) = now() AS same_now',
      'COMMIT',
    ],
  },
  {
    name: 'clock_timestamp() is later than the transaction start',
    steps: ['BEGIN', { pauseMs: 3 }, 'SELECT clock_timestamp() > now() AS later', 'COMMIT'],
  },
  {
    name: 'SET LOCAL lasts until the end of the transaction',
    steps: [
      'BEGIN',
      "SET LOCAL statement_timeout = '5s'",
      'SHOW statement_timeout',
      'COMMIT',
      'SHOW statement_timeout',
    ],
  },
  {
    name: 'set_config(..., true) is transaction-local like SET LOCAL',
    steps: [
      'BEGIN',
      "SELECT set_config('app.tenant', 't-42', true) AS set",
      "SELECT current_setting('app.tenant') AS tenant",
      'COMMIT',
      "SELECT current_setting('app.tenant', true) AS tenant",
    ],
  },
  {
    name: 'BEGIN ISOLATION LEVEL SERIALIZABLE is reported by SHOW',
    steps: ['BEGIN ISOLATION LEVEL SERIALIZABLE', 'SHOW transaction_isolation', 'COMMIT'],
  },
  {
    name: 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ as the first statement',
    steps: [
      'BEGIN',
      'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
      'SHOW transaction_isolation',
      'COMMIT',
    ],
  },
  {
    name: 'a READ ONLY transaction refuses a write with 25006',
    setup: ITEMS,
    steps: ['BEGIN READ ONLY', "INSERT INTO items VALUES (1, 'a')", 'ROLLBACK'],
  },
  {
    name: 'COMMIT without a transaction succeeds with a warning',
    steps: ['COMMIT', 'ROLLBACK'],
  },
  {
    name: 'BEGIN inside a transaction only warns',
    setup: ITEMS,
    steps: ['BEGIN', 'BEGIN', "INSERT INTO items VALUES (1, 'a')", 'COMMIT', 'SELECT count(*) FROM items'],
  },
  {
    name: 'START TRANSACTION and END work like BEGIN and COMMIT',
    setup: ITEMS,
    steps: ['START TRANSACTION', "INSERT INTO items VALUES (1, 'a')", 'END', 'SELECT count(*) FROM items'],
  },
  {
    name: 'CREATE TABLE inside a rolled-back transaction is undone',
    steps: ['BEGIN', 'CREATE TABLE temp_table (id int)', 'ROLLBACK', 'SELECT * FROM temp_table'],
  },
  {
    name: 'a sequence is not rolled back with the transaction',
    setup: 'CREATE SEQUENCE ticket_seq;',
    steps: ['BEGIN', "SELECT nextval('ticket_seq')", 'ROLLBACK', "SELECT nextval('ticket_seq')"],
  },
  {
    name: 'a deferred foreign key is checked at COMMIT',
    setup: `CREATE TABLE parents (id int PRIMARY KEY);
            CREATE TABLE kids (id int PRIMARY KEY,
              parent_id int REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED);`,
    steps: [
      'BEGIN',
      'INSERT INTO kids VALUES (1, 7)',
      'SELECT count(*) FROM kids',
      'COMMIT',
      'SELECT count(*) FROM kids',
    ],
  },
  {
    name: 'a deferred foreign key satisfied before COMMIT passes',
    setup: `CREATE TABLE parents (id int PRIMARY KEY);
            CREATE TABLE kids (id int PRIMARY KEY,
              parent_id int REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED);`,
    steps: [
      'BEGIN',
      'INSERT INTO kids VALUES (1, 7)',
      'INSERT INTO parents VALUES (7)',
      'COMMIT',
      'SELECT count(*) FROM kids',
    ],
  },
  {
    name: 'LOCK TABLE inside a transaction is accepted',
    setup: ITEMS,
    steps: ['BEGIN', 'LOCK TABLE items IN SHARE ROW EXCLUSIVE MODE', 'COMMIT'],
  },
  {
    name: 'a transaction id stays the same within a transaction',
    steps: ['BEGIN', 'SELECT pg_current_xact_id() = pg_current_xact_id() AS same', 'COMMIT'],
  },
  {
    name: 'an error in a multi-statement simple query rolls back the whole string',
    setup: ITEMS,
    steps: [
      "INSERT INTO items VALUES (1, 'a'); INSERT INTO items VALUES (1, 'b');",
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'COMMIT AND CHAIN commits and starts a new transaction at once',
    setup: 'CREATE TABLE t (id int);',
    steps: [
      'BEGIN',
      'INSERT INTO t VALUES (1)',
      'COMMIT AND CHAIN',
      'INSERT INTO t VALUES (2)',
      'ROLLBACK',
      'SELECT id FROM t',
    ],
  },
  {
    name: 'ROLLBACK AND CHAIN rolls back and starts a new transaction at once',
    setup: 'CREATE TABLE t (id int);',
    steps: [
      'BEGIN',
      'INSERT INTO t VALUES (1)',
      'ROLLBACK AND CHAIN',
      'INSERT INTO t VALUES (2)',
      'ROLLBACK',
      'SELECT count(*) FROM t',
    ],
  },
  {
    name: 'BEGIN followed by a word that is no transaction mode is a syntax error',
    steps: ['BEGIN foo', 'SELECT 1 AS x'],
  },
  {
    name: 'START needs TRANSACTION, and BEGIN takes one of WORK or TRANSACTION',
    steps: ['START WORK', 'BEGIN TRANSACTION WORK', 'BEGIN ISOLATION LEVEL READ ONLY', 'SELECT 1 AS x'],
  },
  {
    name: 'COMMIT followed by garbage is a syntax error that aborts the open transaction',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'a')",
      'COMMIT now',
      'SELECT 1 AS x',
      'COMMIT',
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'COMMIT PREPARED inside a transaction fails and aborts it',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'a')",
      "COMMIT PREPARED 'x'",
      'COMMIT',
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'ROLLBACK PREPARED of an unknown transaction fails with 42704',
    steps: ["ROLLBACK PREPARED 'nope'", 'SELECT 1 AS x'],
  },
  {
    name: 'BEGIN takes the last of conflicting access modes, comma separated or not',
    setup: ITEMS,
    steps: [
      'BEGIN READ ONLY, READ WRITE',
      "INSERT INTO items VALUES (1, 'a')",
      'COMMIT',
      'BEGIN TRANSACTION READ WRITE READ ONLY',
      "INSERT INTO items VALUES (2, 'b')",
      'ROLLBACK',
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'BEGIN inside a transaction warns and still makes it read-only',
    setup: ITEMS,
    steps: [
      'BEGIN',
      "INSERT INTO items VALUES (1, 'a')",
      'START TRANSACTION READ ONLY',
      "INSERT INTO items VALUES (2, 'b')",
      'ROLLBACK',
    ],
  },
  {
    name: 'BEGIN READ WRITE inside a read-only transaction fails once a query ran',
    steps: ['BEGIN READ ONLY', 'SELECT 1 AS x', 'BEGIN READ WRITE', 'SELECT 2 AS y', 'ROLLBACK'],
  },
  {
    name: 'BEGIN with another isolation level fails once a query ran, and the same level does not',
    steps: [
      'BEGIN ISOLATION LEVEL SERIALIZABLE',
      'SELECT 1 AS x',
      'BEGIN ISOLATION LEVEL SERIALIZABLE',
      'BEGIN ISOLATION LEVEL REPEATABLE READ',
      'ROLLBACK',
    ],
  },
  {
    name: 'read-only set by BEGIN inside a savepoint ends with the savepoint',
    setup: ITEMS,
    steps: [
      'BEGIN',
      'SAVEPOINT s',
      'BEGIN READ ONLY',
      'RELEASE s',
      "INSERT INTO items VALUES (1, 'a')",
      'COMMIT',
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'BEGIN in a failed transaction fails with 25P02',
    steps: ['BEGIN', 'SELECT 1 / 0', 'BEGIN', 'ROLLBACK'],
  },
  {
    name: 'a read-only transaction refuses DDL before looking the table up',
    setup: ITEMS,
    steps: [
      'BEGIN READ ONLY',
      'DROP TABLE nope',
      'ROLLBACK',
      'BEGIN READ ONLY',
      'CREATE INDEX ON items (name)',
      'ROLLBACK',
    ],
  },
  {
    name: 'a read-only transaction refuses CREATE TABLE, CREATE SEQUENCE and CREATE TYPE',
    steps: [
      'BEGIN READ ONLY',
      'CREATE TABLE x (id int)',
      'ROLLBACK',
      'BEGIN READ ONLY',
      'CREATE SEQUENCE s2',
      'ROLLBACK',
      'BEGIN READ ONLY',
      "CREATE TYPE e AS ENUM ('a')",
      'ROLLBACK',
    ],
  },
  {
    name: 'a read-only transaction refuses nextval() and setval() but not currval()',
    setup: 'CREATE SEQUENCE s;',
    steps: [
      "SELECT nextval('s')",
      'BEGIN READ ONLY',
      "SELECT currval('s') AS c",
      "SELECT nextval('s')",
      'ROLLBACK',
      'BEGIN READ ONLY',
      "SELECT setval('s', 5)",
      'ROLLBACK',
      "SELECT nextval('s') AS n",
    ],
  },
  {
    name: 'a read-only transaction refuses SELECT FOR UPDATE and FOR SHARE',
    setup: ITEMS,
    steps: [
      'BEGIN READ ONLY',
      'SELECT * FROM items FOR UPDATE',
      'ROLLBACK',
      'BEGIN READ ONLY',
      'SELECT * FROM items FOR SHARE',
      'ROLLBACK',
    ],
  },
  {
    name: 'PREPARE with parameters prepares the statement',
    setup: ITEMS,
    steps: ['PREPARE q(int) AS SELECT name FROM items WHERE id = $1'],
  },
  {
    name: 'a setting belongs to the connection that set it',
    steps: [
      "SET TIME ZONE 'America/New_York'",
      { sql: 'SHOW TimeZone', client: 'second' },
      { sql: 'SET statement_timeout = 5000', client: 'second' },
      'SHOW statement_timeout',
      'SHOW TimeZone',
      { sql: 'SHOW statement_timeout', client: 'second' },
    ],
  },
  {
    name: 'SET in a rolled-back transaction is undone, SET LOCAL ends with its transaction',
    steps: [
      'BEGIN',
      "SET statement_timeout = '2s'",
      'SAVEPOINT s',
      'SET statement_timeout = 60000',
      'ROLLBACK TO SAVEPOINT s',
      'SHOW statement_timeout',
      'ROLLBACK',
      'SHOW statement_timeout',
      'BEGIN',
      "SET LOCAL application_name = 'batch'",
      'SHOW application_name',
      'COMMIT',
      'SHOW application_name',
    ],
  },
  {
    name: 'SET shows a duration in its largest whole unit, and refuses a bad one',
    steps: [
      'SET lock_timeout = 90000',
      'SHOW lock_timeout',
      "SET lock_timeout = '1.5s'",
      'SHOW lock_timeout',
      "SET lock_timeout = '10 parsecs'",
      'RESET lock_timeout',
      'SHOW lock_timeout',
      'SET search_path TO app, public',
      'SHOW search_path',
    ],
  },
  {
    name: 'statement_timeout cancels a statement that sleeps past it',
    steps: ["SET statement_timeout = '100ms'", 'SELECT pg_sleep(0.3)', 'SELECT 1 AS still_usable'],
  },
  {
    name: 'a temporary table is seen by its own connection only',
    steps: [
      'CREATE TEMP TABLE scratch (x int)',
      'INSERT INTO scratch VALUES (1)',
      { sql: 'SELECT x FROM scratch', client: 'second' },
      'SELECT x FROM scratch',
    ],
  },
  {
    name: 'a prepared statement belongs to the connection that prepared it',
    setup: ITEMS,
    steps: [
      'PREPARE find(int) AS SELECT name FROM items WHERE id = $1',
      { sql: 'EXECUTE find(1)', client: 'second' },
      { sql: 'PREPARE find(int) AS SELECT id FROM items WHERE id = $1', client: 'second' },
    ],
  },
  {
    name: 'a cursor WITH HOLD belongs to the connection that declared it',
    setup: ITEMS,
    steps: [
      'DECLARE rows CURSOR WITH HOLD FOR SELECT id FROM items ORDER BY id',
      { sql: 'FETCH 1 FROM rows', client: 'second' },
      'FETCH 1 FROM rows',
    ],
  },
  {
    name: 'a custom setting set on one connection is not defined on another',
    steps: [
      { sql: 'SELECT set_config($1, $2, false) AS tenant', params: ['app.tenant', 'acme'] },
      { sql: "SELECT current_setting('app.tenant', true) AS tenant", client: 'second' },
      "SELECT current_setting('app.tenant') AS tenant",
    ],
  },
  {
    name: 'transaction_timeout is an unrecognized setting, and aborts the open transaction',
    steps: ['BEGIN', 'SET transaction_timeout = 0', 'SELECT 1', 'ROLLBACK'],
  },
  {
    name: 'statements before an unrecognized setting run in the same implicit transaction',
    setup: 'CREATE TABLE k (a int)',
    steps: ['INSERT INTO k VALUES (1); SET enable_presorted_aggregate = off', 'SELECT count(*) FROM k'],
  },
  {
    name: 'current_setting of a 16+ setting is unrecognized, or null when missing is ok',
    steps: [
      "SELECT current_setting('transaction_timeout')",
      "SELECT current_setting('transaction_timeout', true)",
    ],
  },
  {
    name: "DISCARD ALL on one connection leaves another connection's prepared statement",
    steps: [
      'PREPARE one AS SELECT 1 AS v',
      {
        sql: 'DISCARD ALL',
        client: 'second',
      },
      'EXECUTE one',
    ],
  },
  {
    name: 'DISCARD ALL cannot run inside a transaction block',
    steps: ['BEGIN', 'DISCARD ALL', 'ROLLBACK'],
  },
  {
    name: 'now() has microseconds: rows inserted by successive statements get strictly increasing timestamps',
    setup: 'CREATE TABLE t (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())',
    steps: [
      ...Array.from({ length: 30 }, () => 'INSERT INTO t DEFAULT VALUES'),
      'SELECT bool_and(a.at < b.at) AS increasing FROM t a JOIN t b ON b.id = a.id + 1',
    ],
  },
  {
    name: 'now() and clock_timestamp() carry microseconds, not whole milliseconds',
    setup: 'CREATE TABLE t (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())',
    steps: [
      ...Array.from({ length: 30 }, () => 'INSERT INTO t DEFAULT VALUES'),
      'SELECT count(DISTINCT at) = 30 AS distinct_rows, bool_or(extract(microseconds FROM at)::int % 1000 <> 0) AS microseconds FROM t',
      'SELECT count(DISTINCT clock_timestamp()) > 1 AS clock_moves FROM generate_series(1, 2000)',
    ],
  },
  {
    name: 'rolled back non-hot update',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: [
      'BEGIN',
      'UPDATE t SET u = 22 WHERE id = 2',
      'ROLLBACK',
      'UPDATE t SET v = 20 WHERE id IN (5, 2)',
    ],
  },
  {
    name: 'analyze unknown',
    setup: 'CREATE TABLE acc (id int PRIMARY KEY, bal int); CREATE TABLE "Mixed" (id int);',
    steps: ['ANALYZE nope'],
  },
  {
    name: 'analyze in failed tx',
    setup: 'CREATE TABLE acc (id int PRIMARY KEY, bal int); CREATE TABLE "Mixed" (id int);',
    steps: ['BEGIN', 'SELECT 1/0', 'ANALYZE acc', 'ROLLBACK'],
  },
  {
    name: 'analyze verbose list',
    setup: 'CREATE TABLE acc (id int PRIMARY KEY, bal int); CREATE TABLE "Mixed" (id int);',
    steps: ['ANALYZE VERBOSE acc, "Mixed"'],
  },
]);
