// Round 28: generated two-session interleavings. A seeded generator of what two connections of one
// service send: BEGIN at each isolation level, row locks (FOR UPDATE / NO KEY UPDATE / SHARE /
// KEY SHARE, with NOWAIT or SKIP LOCKED), writes and upserts, savepoints, COMMIT and ROLLBACK,
// advisory locks (session and transaction), SET [LOCAL] lock_timeout / statement_timeout, sequences
// (nextval kept across a rollback, currval per session), and reads of the rows at each step.
// PostgreSQL must never wait without end: both connections start with a session lock_timeout, and
// the generator never sets one of 0, so every statement that would wait for the other connection's
// lock fails with 55P03 after it. `turns` keeps one connection's transaction alone (the other acts
// only when it is idle), so that the fakes' answers are measured past the point where their
// one-transaction-at-a-time lock would refuse; `overlap` interleaves freely; `plain` takes turns
// without what one of the engines refuses as a whole (session advisory locks held across
// connections, lastval, a sequence read as a relation, WITH ... UPDATE, custom settings), so that
// what follows gets measured; `lean` also leaves out what pg-mem refuses (LOCK TABLE, SET
// TRANSACTION, pg_sleep, FOR UPDATE OF over a join, ...), for pg-mem's answers past them.
// Deterministic from the seed.

import { SeededRandom } from '@seams/contracts';
import type { ProbeCase, ProbeStep } from '../probe-kit.js';

export type Profile = 'turns' | 'overlap' | 'plain' | 'lean';
type Who = 'a' | 'b';

interface Session {
  readonly who: Who;
  inTx: boolean;
  failed: boolean;
  savepoints: number;
  stepsInTx: number;
}

export const SETUP = `CREATE TABLE job (id int PRIMARY KEY, state text NOT NULL DEFAULT 'new', owner text, n int NOT NULL DEFAULT 0);
INSERT INTO job (id, n) VALUES (1, 10), (2, 20), (3, 30), (4, 40);
CREATE SEQUENCE s;
CREATE TABLE ev (id serial PRIMARY KEY, note text NOT NULL UNIQUE);
CREATE TABLE item (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, k int UNIQUE);`;

const LEVELS = [
  'BEGIN',
  'BEGIN ISOLATION LEVEL READ COMMITTED',
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  'BEGIN ISOLATION LEVEL SERIALIZABLE',
  'START TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE',
  'BEGIN READ ONLY',
  'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  'BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE',
];
const ISOLATION = ['READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE'];
const TABLE_MODES = [
  'ACCESS SHARE',
  'ROW EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
];
const STRENGTHS = ['FOR UPDATE', 'FOR NO KEY UPDATE', 'FOR SHARE', 'FOR KEY SHARE'];
const WAITS = ['', ' NOWAIT', ' SKIP LOCKED'];

function step(who: Who, sql: string): ProbeStep {
  return who === 'b' ? { sql, client: 'second' } : sql;
}

/** A statement either connection may send, in or out of a transaction. */
function common(r: SeededRandom, who: Who): string {
  const k = r.int(1, 5);
  const menu: (() => string)[] = [
    () => 'SELECT id, state, owner, n FROM job ORDER BY id',
    () => 'SELECT count(*) AS c, sum(n) AS total FROM job',
    () => `SELECT n FROM job WHERE id = ${k}`,
    () => `UPDATE job SET n = n + 1 WHERE id = ${k} RETURNING id, n`,
    () => `UPDATE job SET state = 'done', owner = '${who}' WHERE id = ${k} RETURNING id, state, owner`,
    () => `DELETE FROM job WHERE id = ${k} RETURNING id`,
    () => `INSERT INTO job (id, owner) VALUES (${k}, '${who}') RETURNING id, state`,
    () =>
      `INSERT INTO job (id, owner) VALUES (${k}, '${who}') ON CONFLICT (id) DO UPDATE SET n = job.n + 100, owner = excluded.owner RETURNING id, n, owner`,
    () => `INSERT INTO job (id, owner) VALUES (${k}, '${who}') ON CONFLICT DO NOTHING RETURNING id`,
    () => "SELECT nextval('s') AS v",
    () => "SELECT currval('s') AS v",
    () => 'SELECT lastval() AS v',
    () => 'SELECT last_value, is_called FROM s',
    () => `INSERT INTO ev (note) VALUES ('${who}${k}') RETURNING id`,
    () => 'SELECT id, note FROM ev ORDER BY id',
    () =>
      `UPDATE job SET state = 'taken', owner = '${who}' WHERE id = (SELECT id FROM job WHERE state = 'new' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id`,
    () =>
      `WITH c AS (SELECT id FROM job WHERE state = 'new' ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED) UPDATE job SET state = 'taken', owner = '${who}' FROM c WHERE job.id = c.id RETURNING job.id`,
    () => `SELECT pg_try_advisory_xact_lock(${r.int(1, 3)}) AS got`,
    () => 'SHOW lock_timeout',
    () => 'SHOW transaction_isolation',
    () => 'SHOW transaction_read_only',
    () => `INSERT INTO ev (note) VALUES ('${who}${k}') ON CONFLICT (note) DO NOTHING RETURNING id`,
    () =>
      `INSERT INTO ev (note) VALUES ('${who}${k}') ON CONFLICT (note) DO UPDATE SET note = excluded.note || '+' RETURNING id, note`,
    () => `INSERT INTO item (k) VALUES (${k}) RETURNING id, k`,
    () => 'SELECT id, k FROM item ORDER BY id',
    () => `SELECT setval('s', ${10 * k}) AS v`,
    () => `SELECT setval('s', ${k}, false) AS v`,
    () =>
      `INSERT INTO job (id, owner) VALUES (${k}, '${who}') ON CONFLICT ON CONSTRAINT job_pkey DO UPDATE SET n = job.n + 1 WHERE job.state = 'new' RETURNING id, n`,
    () => `SELECT count(*) FROM job WHERE id <= ${k} ${r.pick(STRENGTHS)}`,
    () => `SELECT DISTINCT state FROM job ${r.pick(STRENGTHS)}`,
    () =>
      `SELECT j.id, e.id AS ev FROM job j LEFT JOIN ev e ON e.id = j.id WHERE j.id = ${k} FOR UPDATE OF j NOWAIT`,
    () => `SELECT pg_try_advisory_xact_lock(1, ${r.int(1, 3)}) AS got`,
    () => 'SELECT pg_sleep(0.15)',
  ];
  return r.pick(menu)();
}

function idle(r: SeededRandom, s: Session): string {
  const k = r.int(1, 3);
  if (r.chance(0.3)) {
    s.inTx = true;
    s.failed = false;
    s.savepoints = 0;
    s.stepsInTx = 0;
    return r.pick(LEVELS);
  }
  if (r.chance(0.3))
    return r.pick([
      `SELECT pg_advisory_lock(${k})`,
      `SELECT pg_try_advisory_lock(${k}) AS got`,
      `SELECT pg_advisory_unlock(${k}) AS freed`,
      'SELECT pg_advisory_unlock_all()',
      `SELECT pg_advisory_lock_shared(${k})`,
      `SELECT pg_try_advisory_lock_shared(${k}) AS got`,
      `SELECT pg_advisory_xact_lock(${k})`,
      `SET lock_timeout = '${r.pick(['60ms', '120ms'])}'`,
      "SET LOCAL lock_timeout = '70ms'",
      `SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL ${r.pick(ISOLATION)}`,
      `SET default_transaction_isolation = '${r.pick(ISOLATION).toLowerCase()}'`,
      `SET default_transaction_read_only = ${r.pick(['on', 'off'])}`,
      'SAVEPOINT sp1',
      'ROLLBACK TO SAVEPOINT sp1',
      'COMMIT',
      'ROLLBACK',
      `LOCK TABLE job IN ${r.pick(TABLE_MODES)} MODE`,
      `SET TRANSACTION ISOLATION LEVEL ${r.pick(ISOLATION)}`,
    ]);
  return common(r, s.who);
}

function inTransaction(r: SeededRandom, s: Session): string {
  s.stepsInTx += 1;
  const end = s.failed ? 0.5 : Math.min(0.6, 0.06 * s.stepsInTx);
  if (r.chance(end)) {
    s.inTx = false;
    return r.pick(s.failed ? ['ROLLBACK', 'COMMIT', 'ROLLBACK'] : ['COMMIT', 'COMMIT', 'ROLLBACK', 'END']);
  }
  const k = r.int(1, 5);
  const menu: (() => string)[] = [
    () => `SELECT id, n FROM job WHERE id = ${k} ${r.pick(STRENGTHS)}${r.pick(WAITS)}`,
    () =>
      `SELECT id FROM job WHERE state = 'new' ORDER BY id LIMIT ${r.int(1, 2)} ${r.pick(STRENGTHS)} SKIP LOCKED`,
    () => `SELECT id FROM job ORDER BY id ${r.pick(STRENGTHS)} NOWAIT`,
    () => {
      s.savepoints += 1;
      return `SAVEPOINT sp${s.savepoints}`;
    },
    () => {
      const target = r.int(1, Math.max(1, s.savepoints));
      if (target <= s.savepoints) s.failed = false;
      return `ROLLBACK TO SAVEPOINT sp${target}`;
    },
    () => `RELEASE SAVEPOINT sp${r.int(1, Math.max(1, s.savepoints))}`,
    () => `SET LOCAL lock_timeout = '${r.pick(['50ms', '80ms'])}'`,
    () => "SET LOCAL statement_timeout = '2s'",
    () => 'SHOW statement_timeout',
    () => `SELECT pg_advisory_xact_lock(${r.int(1, 3)})`,
    () => `SELECT pg_advisory_xact_lock_shared(${r.int(1, 3)})`,
    () => 'SELECT 1/0',
    () => 'SELECT txid_current_if_assigned() IS NULL AS unassigned',
    () => "SELECT set_config('app.who', 'x', true) AS v, current_setting('app.who', true) AS w",
    () => `SET TRANSACTION ISOLATION LEVEL ${r.pick(ISOLATION)}`,
    () => `SET TRANSACTION ${r.pick(['READ ONLY', 'READ WRITE'])}`,
    () => `LOCK TABLE job IN ${r.pick(TABLE_MODES)} MODE NOWAIT`,
    () => `LOCK TABLE job, ev IN ${r.pick(TABLE_MODES)} MODE`,
    () => r.pick(['BEGIN', 'START TRANSACTION']),
    () => "SET LOCAL statement_timeout = '40ms'",
    () => 'SELECT pg_sleep(0.15)',
  ];
  const sql = r.chance(0.55) ? common(r, s.who) : r.pick(menu)();
  if (sql === 'SELECT 1/0') s.failed = true;
  return sql;
}

// What `plain` leaves out: constructs one engine refuses whatever the interleaving.
const REFUSED_SOMEWHERE =
  /pg_advisory_lock|pg_try_advisory_lock|advisory_unlock|_shared\(|lastval|FROM s$|^WITH c|current_setting/;

const PG_MEM_REFUSES =
  /pg_sleep|FOR UPDATE OF|DEFERRABLE|txid_current|SET TRANSACTION|LOCK TABLE|default_transaction|ON CONSTRAINT|currval|SESSION CHARACTERISTICS|FOR KEY SHARE|FOR NO KEY|setval\('s', \d+, false\)/;

function leftOut(profile: Profile, sql: string): boolean {
  if (profile === 'plain') return REFUSED_SOMEWHERE.test(sql);
  if (profile === 'lean') return REFUSED_SOMEWHERE.test(sql) || PG_MEM_REFUSES.test(sql);
  return false;
}

/** A statement for `s`, drawn again (a bounded number of times) while `plain` leaves it out. */
function draw(r: SeededRandom, s: Session, profile: Profile): string {
  for (let attempt = 0; ; attempt += 1) {
    const before = { ...s };
    const sql = s.inTx ? inTransaction(r, s) : idle(r, s);
    if (!leftOut(profile, sql) || attempt >= 40) return sql;
    Object.assign(s, before);
  }
}

/** One case: both connections set a lock_timeout, then 6 to 16 statements, then each ends its transaction and the state is read back. */
export function generateCase(r: SeededRandom, profile: Profile): ProbeStep[] {
  const sessions: Record<Who, Session> = {
    a: { who: 'a', inTx: false, failed: false, savepoints: 0, stepsInTx: 0 },
    b: { who: 'b', inTx: false, failed: false, savepoints: 0, stepsInTx: 0 },
  };
  const steps: ProbeStep[] = [
    step('a', "SET lock_timeout = '100ms'"),
    step('b', "SET lock_timeout = '100ms'"),
  ];
  let current: Who = r.chance(0.5) ? 'a' : 'b';
  for (let n = r.int(6, 16); n > 0; n -= 1) {
    const other: Who = current === 'a' ? 'b' : 'a';
    if (profile === 'overlap' ? r.chance(0.4) : !sessions[current].inTx && r.chance(0.4)) current = other;
    const s = sessions[current];
    steps.push(step(current, draw(r, s, profile)));
  }
  for (const who of r.chance(0.5) ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
    if (sessions[who].inTx) steps.push(step(who, r.pick(['COMMIT', 'ROLLBACK'])));
  }
  steps.push(
    step(r.chance(0.5) ? 'a' : 'b', 'SELECT id, state, owner, n FROM job ORDER BY id'),
    step(
      r.chance(0.5) ? 'a' : 'b',
      "SELECT (SELECT id FROM ev ORDER BY id DESC LIMIT 1) AS ev, nextval('s') AS s",
    ),
  );
  if (profile !== 'plain' && profile !== 'lean' && r.chance(0.3))
    steps.push(
      step(
        'a',
        'SELECT pg_try_advisory_lock(1) AS a1, pg_try_advisory_lock(2) AS a2, pg_try_advisory_lock(3) AS a3',
      ),
      step(
        'b',
        'SELECT pg_try_advisory_lock(1) AS b1, pg_try_advisory_lock(2) AS b2, pg_try_advisory_lock(3) AS b3',
      ),
    );
  return steps;
}

export function generateSessionCases(
  prefix: string,
  seed: number,
  count: number,
  profile: Profile,
): ProbeCase[] {
  const r = new SeededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}${String(i + 1).padStart(3, '0')}`,
    setup: SETUP,
    steps: generateCase(r, profile),
  }));
}
