import { describe, expect, it } from 'vitest';
import { advisoryCalls, planAdvisory } from './advisory-calls.js';

describe('advisoryCalls', () => {
  it('reads keys as pg_locks identifies them: one bigint split in halves, two int4 keys', () => {
    const calls = advisoryCalls(
      "SELECT pg_advisory_lock(-1), pg_try_advisory_lock(5000000000), pg_advisory_lock_shared(-3, 4), PG_ADVISORY_XACT_LOCK('7'::bigint)",
    );
    expect(calls?.map(({ name, kind, mode, key }) => [name, kind, mode, key])).toEqual([
      ['pg_advisory_lock', 'lock', 'ExclusiveLock', '4294967295:4294967295:1'],
      ['pg_try_advisory_lock', 'try', 'ExclusiveLock', '1:705032704:1'],
      ['pg_advisory_lock_shared', 'lock', 'ShareLock', '4294967293:4:2'],
      ['pg_advisory_xact_lock', 'lock', 'ExclusiveLock', '0:7:1'],
    ]);
  });

  it('takes keys from parameters, and knows none from an expression, a NULL or a call without a key', () => {
    expect(advisoryCalls('SELECT pg_try_advisory_lock($2, $1)', ['1', '2'])?.[0]?.key).toBe('2:1:2');
    expect(advisoryCalls('SELECT pg_try_advisory_lock($1)', [null])).toBeUndefined();
    expect(advisoryCalls("SELECT pg_try_advisory_lock(hashtext('job'))")).toBeUndefined();
    expect(advisoryCalls('SELECT pg_advisory_unlock_all()')).toBeUndefined();
    expect(advisoryCalls("SELECT * FROM pg_locks WHERE locktype = 'advisory'")).toBeUndefined();
    expect(advisoryCalls('SELECT my_pg_advisory_lock(1)')).toBeUndefined();
  });
});

describe('planAdvisory', () => {
  const others = new Map([
    ['0:1:1', new Set(['ExclusiveLock'])],
    ['0:5:1', new Set(['ShareLock'])],
  ]);

  it('runs calls on keys nobody else holds', () => {
    expect(planAdvisory('SELECT pg_advisory_lock(2), pg_advisory_unlock(3)', undefined, others)).toEqual({
      kind: 'run',
    });
  });

  it('answers contended tries false in a select list, keeping names and parameters', () => {
    expect(
      planAdvisory('SELECT pg_try_advisory_lock(1), pg_try_advisory_lock(2) AS b;', undefined, others),
    ).toEqual({
      kind: 'rewrite',
      text: 'SELECT (false) AS pg_try_advisory_lock, pg_try_advisory_lock(2) AS b',
    });
    expect(planAdvisory('SELECT pg_try_advisory_lock($1) "Got"', ['1'], others)).toEqual({
      kind: 'rewrite',
      text: 'SELECT (false AND $1::bigint IS NULL) AS "Got"',
    });
  });

  it('ends a lone contended wait by the timeouts, and refuses what it cannot answer', () => {
    expect(planAdvisory('SELECT pg_advisory_xact_lock(5)', undefined, others)).toEqual({ kind: 'wait' });
    // Both shared: granted by PostgreSQL, but one engine session cannot hold the key for two.
    expect(planAdvisory('SELECT pg_try_advisory_lock_shared(5)', undefined, others)).toBeUndefined();
    // Another connection's lock: PostgreSQL warns and keeps it; the engine would free it.
    expect(planAdvisory('SELECT pg_advisory_unlock(1)', undefined, others)).toBeUndefined();
    expect(planAdvisory('SELECT 1 WHERE pg_try_advisory_lock(1)', undefined, others)).toBeUndefined();
    expect(
      planAdvisory('SELECT pg_advisory_lock(2), pg_advisory_lock(1)', undefined, others),
    ).toBeUndefined();
  });
});
