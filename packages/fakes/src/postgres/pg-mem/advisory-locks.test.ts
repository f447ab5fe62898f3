import { describe, expect, it } from 'vitest';
import { AdvisoryLocks, type WaitLimits } from './pg-mem-functions.js';

describe('AdvisoryLocks', () => {
  function held(limits: WaitLimits): AdvisoryLocks {
    const locks = new AdvisoryLocks(() => limits);
    locks.current = 1;
    locks.lock('42', 'session');
    locks.current = 2;
    return locks;
  }

  it('ends a wait for another connection’s lock by the sooner of lock_timeout and statement_timeout', () => {
    expect(() => held({ lockMs: 50, statementMs: 0 }).lock('42', 'session')).toThrow(
      expect.objectContaining({ code: '55P03' }),
    );
    expect(() => held({ lockMs: 300, statementMs: 40 }).lock('42', 'transaction')).toThrow(
      expect.objectContaining({ code: '57014' }),
    );
    // A tie goes to statement_timeout: its clock started with the statement, before the wait.
    expect(() => held({ lockMs: 60, statementMs: 60 }).lock('42', 'session')).toThrow(
      expect.objectContaining({ code: '57014' }),
    );
  });

  it('refuses a wait without a timeout, which PostgreSQL would not end', () => {
    expect(() => held({ lockMs: 0, statementMs: 0 }).lock('42', 'session')).toThrow(
      expect.objectContaining({ code: '0A000' }),
    );
  });

  it('takes a free key and answers a contended try false without waiting', () => {
    const locks = held({ lockMs: 0, statementMs: 0 });
    expect(locks.tryLock('42', 'session')).toBe(false);
    expect(locks.lock('43', 'session')).toBeUndefined();
  });
});

describe('AdvisoryLocks in shared mode', () => {
  it('shares a key between connections, which an exclusive lock of either contends with', () => {
    const locks = new AdvisoryLocks();
    locks.current = 1;
    expect(locks.tryLock('5', 'session', 'shared')).toBe(true);
    locks.current = 2;
    expect(locks.tryLock('5', 'session', 'shared')).toBe(true);
    expect(locks.tryLock('5', 'session')).toBe(false);
    expect(locks.tryLock('5', 'transaction')).toBe(false);
    // The unlock of the other mode frees nothing; the shared unlock frees the shared hold.
    expect(locks.unlock('5')).toBe(false);
    expect(locks.unlock('5', 'shared')).toBe(true);
    locks.current = 1;
    expect(locks.tryLock('5', 'session')).toBe(true);
    locks.current = 2;
    expect(locks.tryLock('5', 'transaction', 'shared')).toBe(false);
  });
});
