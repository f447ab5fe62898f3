// Round 28: advisory locks contended across two connections, with keys given plainly (literals,
// parameters): tries answered false, waits ended by lock_timeout or statement_timeout, distinct
// keys taken side by side, in and out of transactions. Every wait here ends on PostgreSQL: the
// waiting connection has a lock_timeout or a statement_timeout.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r28 advisory: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const twoParams = (sql: string, ...params: unknown[]): ProbeStep => ({ sql, params, client: 'second' });
const add = (name: string, steps: ProbeStep[]) => list.add(name, steps);

add('a distinct key beside the other connection', [
  'SELECT pg_advisory_lock(1)',
  two('SELECT pg_try_advisory_lock(2) AS got'),
  'SELECT pg_try_advisory_lock(2) AS got',
  two('SELECT pg_advisory_unlock(2) AS freed'),
  'SELECT pg_try_advisory_lock(2) AS again',
]);
add('a contended try answers false', [
  'SELECT pg_advisory_lock(1)',
  two('SELECT pg_try_advisory_lock(1)'),
  two('SELECT pg_try_advisory_lock(1) AS got'),
  two('select PG_TRY_ADVISORY_LOCK(1) "Got";'),
  'SELECT pg_advisory_unlock(1) AS freed',
  two('SELECT pg_try_advisory_lock(1) AS now_free'),
  'SELECT pg_try_advisory_lock(1) AS taken_by_other',
]);
add('a contended try with parameters', [
  'SELECT pg_advisory_lock(7)',
  'SELECT pg_advisory_lock(3, 4)',
  twoParams('SELECT pg_try_advisory_lock($1) AS got', 7),
  twoParams('SELECT pg_try_advisory_lock($1, $2) AS got', 3, 4),
  twoParams('SELECT pg_try_advisory_lock($1, $2) AS got', 4, 3),
  twoParams('SELECT pg_try_advisory_lock($1)', '8'),
]);
add('tries of several keys, some contended', [
  'SELECT pg_advisory_lock(1)',
  'SELECT pg_advisory_lock(3)',
  two('SELECT pg_try_advisory_lock(1) AS a, pg_try_advisory_lock(2) AS b, pg_try_advisory_lock(3) c'),
  'SELECT pg_try_advisory_lock(2) AS other_has_b',
  two('SELECT pg_advisory_unlock(2) AS freed'),
  'SELECT pg_try_advisory_lock(2) AS now_mine',
]);
add('a contended wait ends by lock_timeout', [
  'SELECT pg_advisory_lock(1)',
  two("SET lock_timeout = '50ms'"),
  two('SELECT pg_advisory_lock(1)'),
  two('SELECT pg_try_advisory_lock(2) AS after'),
]);
add('a contended wait ends by statement_timeout when sooner', [
  'SELECT pg_advisory_lock(1)',
  two("SET lock_timeout = '300ms'"),
  two("SET statement_timeout = '40ms'"),
  two('SELECT pg_advisory_lock(1)'),
  two('SHOW statement_timeout'),
]);
add('a contended wait with lock_timeout equal to statement_timeout', [
  'SELECT pg_advisory_lock(1)',
  two("SET lock_timeout = '60ms'"),
  two("SET statement_timeout = '60ms'"),
  two('SELECT pg_advisory_lock(1)'),
]);
add('a contended transaction lock fails the transaction', [
  'SELECT pg_advisory_lock(1)',
  two('BEGIN'),
  two("SET LOCAL lock_timeout = '50ms'"),
  two('SELECT pg_advisory_xact_lock(1)'),
  two('SELECT 1 AS v'),
  two('ROLLBACK'),
  two('SHOW lock_timeout'),
]);
add('a contended try of a transaction lock, then a free one', [
  'SELECT pg_advisory_lock(1)',
  two('BEGIN'),
  two('SELECT pg_try_advisory_xact_lock(1) AS a'),
  two('SELECT pg_try_advisory_xact_lock(2) AS b'),
  two('COMMIT'),
  'SELECT pg_try_advisory_lock(2) AS freed_at_commit',
]);
add('a shared lock against an exclusive try', [
  'SELECT pg_advisory_lock_shared(5)',
  two('SELECT pg_try_advisory_lock(5) AS excl'),
  two('SELECT pg_try_advisory_xact_lock(5) AS xact'),
]);
add('an exclusive lock against a shared try', [
  'SELECT pg_advisory_lock(5)',
  two('SELECT pg_try_advisory_lock_shared(5) AS shared'),
  two("SET lock_timeout = '30ms'"),
  two('SELECT pg_advisory_lock_shared(5)'),
]);
add('negative, large and two-part keys', [
  'SELECT pg_advisory_lock(-1)',
  'SELECT pg_advisory_lock(5000000000)',
  'SELECT pg_advisory_lock(1, 2)',
  two('SELECT pg_try_advisory_lock(-1) AS neg, pg_try_advisory_lock(5000000000) AS big'),
  two('SELECT pg_try_advisory_lock(4294967298) AS one_key, pg_try_advisory_lock(1, 2) AS two_keys'),
  two('SELECT pg_try_advisory_lock(-1, -1) AS neg_two, pg_try_advisory_lock(2, 1) AS swapped'),
]);
add('keys cast and quoted', [
  'SELECT pg_advisory_lock(9)',
  two("SELECT pg_try_advisory_lock(9::bigint) AS a, pg_try_advisory_lock('9') AS b"),
]);
add('the other connection releasing in a transaction lets the try through', [
  'SELECT pg_advisory_lock(1)',
  two('SELECT pg_try_advisory_lock(1) AS before'),
  'BEGIN',
  'SELECT pg_advisory_unlock(1) AS freed',
  'COMMIT',
  two('SELECT pg_try_advisory_lock(1) AS after'),
]);
add('a lock taken twice is held until unlocked twice', [
  'SELECT pg_advisory_lock(1)',
  'SELECT pg_advisory_lock(1)',
  'SELECT pg_advisory_unlock(1) AS once',
  two('SELECT pg_try_advisory_lock(1) AS still_held'),
  'SELECT pg_advisory_unlock(1) AS twice',
  two('SELECT pg_try_advisory_lock(1) AS free'),
]);
add('both connections hold keys and try each other', [
  'SELECT pg_advisory_lock(1)',
  two('SELECT pg_advisory_lock(2)'),
  'SELECT pg_try_advisory_lock(2) AS a_tries_b',
  two('SELECT pg_try_advisory_lock(1) AS b_tries_a'),
  'SELECT pg_advisory_unlock(1) AS a_frees',
  two('SELECT pg_try_advisory_lock(1) AS b_takes_a'),
  'SELECT pg_try_advisory_lock(1) AS a_again',
]);
add('a try in a where clause on another connection', [
  'SELECT pg_advisory_lock(1)',
  two('SELECT 1 AS v WHERE pg_try_advisory_lock(1)'),
]);
add('extended protocol try from the second', [
  'SELECT pg_advisory_lock(42)',
  twoParams('SELECT pg_try_advisory_lock(42) AS got'),
  withParams('SELECT pg_advisory_unlock($1) AS freed', 42),
  twoParams('SELECT pg_try_advisory_lock(42) AS got'),
]);

export default list.cases;
