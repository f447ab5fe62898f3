import { defineGroup } from '../sql-case.js';

// Round 30's probes of pg-mem on ordinary repository SQL: each case is a silent answer the round
// found and fixed, recorded on PostgreSQL 15.

const ACCOUNTS = `
  CREATE TABLE users (id int PRIMARY KEY, tenant_id int NOT NULL, email text NOT NULL, active boolean NOT NULL DEFAULT true);
  INSERT INTO users VALUES (1, 1, 'ann@acme.io', true), (2, 1, 'bob@acme.io', false);`;

/** Parse comes before Bind: a failed transaction's 25P02 and analysis errors before the count of values. */
const parseBeforeBind = defineGroup('parameters', [
  {
    name: 'a statement with more values than placeholders and an unknown column is 42703, not 08P01',
    setup: ACCOUNTS,
    steps: [{ sql: 'SELECT nope FROM users WHERE tenant_id = 1', params: [1, 2] }],
  },
  {
    name: 'a statement with fewer values than placeholders and an unknown table is 42P01, not 08P01',
    setup: ACCOUNTS,
    steps: [{ sql: 'SELECT id FROM nowhere WHERE id = $1 AND tenant_id = $2', params: [1] }],
  },
  {
    name: 'an UPDATE of an unknown column sent with a value too few is 42703, not 08P01',
    setup: ACCOUNTS,
    steps: [{ sql: 'UPDATE users SET nope = $1 WHERE id = $2', params: [1] }],
  },
  {
    name: 'placeholders without values on the simple protocol name the first one analysis meets',
    setup: ACCOUNTS,
    steps: ['SELECT id FROM users WHERE id = $1 AND tenant_id = $2'],
  },
  {
    name: 'an unknown table is reported before a placeholder without a value on the simple protocol',
    setup: ACCOUNTS,
    steps: ['SELECT id FROM nowhere WHERE id = $1'],
  },
  {
    name: 'in a failed transaction a statement with the wrong count of values is 25P02',
    setup: ACCOUNTS,
    steps: [
      'BEGIN',
      'SELECT 1/0',
      { sql: 'SELECT id FROM users WHERE id = $1', params: [1, 2] },
      { sql: 'SELECT id FROM users WHERE id = $2', params: [1, 2, 3] },
      'ROLLBACK',
    ],
  },
  {
    name: 'the count of values is still 08P01 when the statement itself is sound',
    setup: ACCOUNTS,
    steps: [{ sql: 'SELECT id FROM users WHERE id = $1', params: [1, 2] }],
  },
]);

/** A written constant's input error (parse analysis) before the values' input and count (Bind). */
const constantBeforeValues = defineGroup('parameters', [
  {
    name: "a constant compared with an integer column fails its input before a value's own bad input",
    setup: ACCOUNTS,
    steps: [{ sql: "SELECT id FROM users WHERE id = $1 AND tenant_id > 'abc'", params: ['x'] }],
  },
  {
    name: 'a constant compared with a boolean column fails its input before the count of values',
    setup: ACCOUNTS,
    steps: [{ sql: "UPDATE users SET email = $1 WHERE active = 'maybe'", params: [1, 2] }],
  },
  {
    name: "a constant out of an integer column's range in VALUES fails before a bad value",
    setup: ACCOUNTS,
    steps: [
      { sql: "INSERT INTO users (id, tenant_id, email) VALUES ($1, '99999999999', 'e')", params: ['x'] },
    ],
  },
  {
    name: 'an impossible date constant fails before a bad value, a division by zero after it',
    setup: `${ACCOUNTS} CREATE TABLE days (id int PRIMARY KEY, day date);`,
    steps: [
      { sql: "SELECT id FROM days WHERE id = $1 AND day = '2024-02-30'", params: ['x'] },
      { sql: 'SELECT id FROM days WHERE id = $1 AND id > 1/0', params: ['x'] },
    ],
  },
]);

/** The stage of an error against Bind: analysis and the rewriter before it, the planner after it. */
const stageAgainstBind = defineGroup('parameters', [
  {
    name: 'an aggregate in WHERE is 42803 before a bad value and before the count of values',
    setup: ACCOUNTS,
    steps: [
      { sql: 'SELECT count(*) FROM users WHERE id = $1 AND count(*) > 1', params: ['x'] },
      { sql: 'SELECT count(*) FROM users WHERE id = $1 AND count(*) > 1', params: [1, 2] },
    ],
  },
  {
    name: 'a column assigned twice in UPDATE is 42601 before a bad value and before the count of values',
    setup: ACCOUNTS,
    steps: [
      { sql: 'UPDATE users SET active = true, active = false WHERE id = $1', params: ['x'] },
      { sql: 'UPDATE users SET email = $1, email = $2 WHERE id = 1', params: ['a'] },
    ],
  },
  {
    name: "ON CONFLICT without a matching unique key is the planner's 42P10, after a bad value and the count of values",
    setup: ACCOUNTS,
    steps: [
      {
        sql: "INSERT INTO users (id, tenant_id, email) VALUES ($1, 1, 'e') ON CONFLICT (email) DO NOTHING",
        params: ['x'],
      },
      {
        sql: "INSERT INTO users (id, tenant_id, email) VALUES ($1, 1, 'e') ON CONFLICT (email) DO NOTHING",
        params: [1, 2],
      },
      {
        sql: "INSERT INTO users (id, tenant_id, email) VALUES ($1, 1, 'e') ON CONFLICT (email) DO NOTHING",
        params: [3],
      },
    ],
  },
]);

/** An INSERT's VALUES row: its expressions are read before they are counted against the columns. */
const insertRowOrder = defineGroup('errors', [
  {
    name: 'an unknown column in a VALUES row with more expressions than target columns is 42703',
    setup: ACCOUNTS,
    steps: [
      'INSERT INTO users (id, tenant_id) VALUES (3, 1, nope)',
      'INSERT INTO users (id) VALUES (nope, 2)',
    ],
  },
  {
    name: 'a VALUES row with more expressions than columns names the first placeholder without a value',
    setup: ACCOUNTS,
    steps: ["INSERT INTO users (id, email) VALUES (3, $2, 'x')", 'INSERT INTO users (id) VALUES ($1, $2)'],
  },
]);

/** Bind reads the values in order: `$1`'s error though analysis met `$2` first. */
const bindReadsInOrder = defineGroup('parameters', [
  {
    name: "an UPDATE with bad values in SET and WHERE fails on $1's input, the first Bind reads",
    setup: `${ACCOUNTS} CREATE TABLE slots (id int PRIMARY KEY, si smallint, day date);`,
    steps: [
      { sql: 'UPDATE slots SET si = $1 WHERE id = $2', params: ['a', 'b'] },
      { sql: 'UPDATE slots SET si = $1 WHERE id = $2', params: ['99999', 'b'] },
      { sql: 'UPDATE slots SET day = $1 WHERE id = $2', params: ['2024-13-01', 'b'] },
    ],
  },
]);

/** OFFSET is read, and computed, before LIMIT. */
const offsetBeforeLimit = defineGroup('ordering-limits', [
  {
    name: 'a mistake in both LIMIT and OFFSET is reported for OFFSET, which PostgreSQL reads first',
    setup: ACCOUNTS,
    steps: [
      'SELECT id FROM users ORDER BY id LIMIT $1 OFFSET $2',
      'SELECT id FROM users ORDER BY id LIMIT nope OFFSET nope2',
      'SELECT id FROM users ORDER BY id LIMIT -1 OFFSET -1',
    ],
  },
]);

/** A constant failing its input at Parse, beside a value Bind would refuse: no engine frames in the error. */
const constantBeforeOutOfRangeValue = defineGroup('parameters', [
  {
    name: 'a constant that fails its input at Parse is the error, with no context, beside an out-of-range integer value',
    setup: 'CREATE TABLE acc (id int PRIMARY KEY, n int, at timestamptz);',
    steps: [
      { sql: "SELECT coalesce(n, 'x') FROM acc WHERE id = $1", params: ['99999999999'] },
      { sql: "UPDATE acc SET n = 'x' WHERE id = $1", params: ['99999999999'] },
      { sql: "SELECT id FROM acc WHERE id = $1 AND at > now() + 'x'", params: ['99999999999'] },
    ],
  },
]);

export const round30PgMemCases = [
  ...constantBeforeOutOfRangeValue,
  ...offsetBeforeLimit,
  ...parseBeforeBind,
  ...constantBeforeValues,
  ...stageAgainstBind,
  ...insertRowOrder,
  ...bindReadsInOrder,
];
