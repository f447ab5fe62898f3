import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  DivergenceMismatchError,
  DivergenceResolvedError,
  DivergentCaseStillRunningError,
} from './divergence-errors.js';
import { assertionFailure } from './expected-failure.js';
import { settleDivergentCase } from './settle-divergent-case.js';

const labels = { port: 'SelfTest', target: 'toy', caseName: 'adds' };
const limits = { budgetMs: 1_000, graceMs: 1_000, stop: () => {} };

class LockTimeoutError extends Error {
  readonly code = '55P03';
}

/** A case that waits until `stop` releases it, then fails with 'released': what a held lock looks like. */
function waitUntilStopped() {
  let release: (error: Error) => void = () => {};
  const waiting = new Promise<void>((_, reject) => {
    release = reject;
  });
  return { run: () => waiting, stop: vi.fn(() => release(new Error('released'))) };
}

describe('settleDivergentCase', () => {
  it.each([
    ['its error class', LockTimeoutError],
    ['a parent class', Error],
    ['its code', { code: '55P03' }],
    ['a predicate', { description: 'a lock timeout', test: (e: unknown) => e instanceof LockTimeoutError }],
  ])('resolves with the failure when the case fails as declared by %s', async (_, fails) => {
    const thrown = new LockTimeoutError('waited 1000 ms for the lock');
    const run = async () => {
      throw thrown;
    };
    await expect(settleDivergentCase(labels, fails, run, limits)).resolves.toBe(thrown);
  });

  it('resolves for a failed assertion matching assertionFailure, and rejects another assertion', async () => {
    const run = () => expect(1 + 1).toBe(3);
    await expect(
      settleDivergentCase(labels, assertionFailure(/expected 2 to be 3/), run, limits),
    ).resolves.toMatchObject({ name: 'AssertionError' });
    await expect(
      settleDivergentCase(labels, assertionFailure(/expected 2 to be 4/), run, limits),
    ).rejects.toThrow(
      /expected: assertion \/expected 2 to be 4\/\n\s+actual: {3}AssertionError: expected 2 to be 3/,
    );
  });

  it('throws DivergenceResolvedError, naming the case, once the case passes', async () => {
    const settling = settleDivergentCase(labels, { code: '55P03' }, async () => {}, limits);
    await expect(settling).rejects.toBeInstanceOf(DivergenceResolvedError);
    await expect(settling).rejects.toThrow(/toy now passes "adds" of the SelfTest contract/);
  });

  it('throws DivergenceMismatchError with expected and actual, and the failure as cause, on another failure', async () => {
    const actual = new TypeError('cannot read properties of undefined');
    const settling = settleDivergentCase(
      labels,
      { code: '55P03' },
      () => {
        throw actual;
      },
      limits,
    );
    const error = await settling.catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DivergenceMismatchError);
    expect(error).toMatchObject({
      code: 'DIVERGENCE_MISMATCH',
      expected: 'code 55P03',
      actual: 'TypeError: cannot read properties of undefined',
      cause: actual,
      message:
        'toy fails "adds" of the SelfTest contract, but not as declared\n' +
        '  expected: code 55P03\n' +
        '  actual:   TypeError: cannot read properties of undefined',
    });
  });

  it('never takes a code on another error for the declared one', async () => {
    const run = async () => {
      throw Object.assign(new Error('duplicate'), { code: '23505' });
    };
    await expect(settleDivergentCase(labels, { code: '55P03' }, run, limits)).rejects.toThrow(
      /actual: {3}Error \[code 23505\]: duplicate/,
    );
  });

  it('resolves a declared timeout once the hung case stops at teardown, and calls teardown once', async () => {
    const { run, stop } = waitUntilStopped();
    await expect(
      settleDivergentCase(labels, 'timeout', run, { budgetMs: 20, graceMs: 1_000, stop }),
    ).resolves.toBe('timeout');
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('throws DivergentCaseStillRunningError when a hung case does not stop after teardown', async () => {
    const stop = vi.fn();
    const settling = settleDivergentCase(labels, 'timeout', () => new Promise(() => {}), {
      budgetMs: 20,
      graceMs: 20,
      stop,
    });
    await expect(settling).rejects.toBeInstanceOf(DivergentCaseStillRunningError);
    await expect(settling).rejects.toThrow(
      /hung past its 20 ms budget as declared, but was still running 20 ms/,
    );
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('throws a mismatch when a case declared to time out fails at once instead', async () => {
    const run = async () => {
      throw new LockTimeoutError('no wait at all');
    };
    await expect(settleDivergentCase(labels, 'timeout', run, limits)).rejects.toThrow(
      /expected: timeout \(a hang past its 1000 ms budget\)\n\s+actual: {3}Error \[code 55P03\]: no wait at all/,
    );
  });

  it('throws a mismatch when a case declared to throw hangs instead, after stopping it', async () => {
    const { run, stop } = waitUntilStopped();
    await expect(
      settleDivergentCase(labels, { code: '55P03' }, run, { budgetMs: 20, graceMs: 1_000, stop }),
    ).rejects.toThrow(
      /expected: code 55P03\n\s+actual: {3}hung past its 20 ms budget, then stopped at teardown/,
    );
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('says so when a case declared to throw hangs and outlives its teardown', async () => {
    await expect(
      settleDivergentCase(labels, { code: '55P03' }, () => new Promise(() => {}), {
        budgetMs: 20,
        graceMs: 20,
        stop: () => {},
      }),
    ).rejects.toThrow(/actual: {3}hung past its 20 ms budget, and was still running after teardown/);
  });

  it('leaves no timer behind once the case has settled', async () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const run = async () => {
      throw new LockTimeoutError('quick');
    };
    await settleDivergentCase(labels, LockTimeoutError, run, limits);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never stops a case that settles within its budget', async () => {
    const stop = vi.fn();
    const run = async () => {
      throw new LockTimeoutError('quick');
    };
    await settleDivergentCase(labels, LockTimeoutError, run, { budgetMs: 1_000, graceMs: 20, stop });
    expect(stop).not.toHaveBeenCalled();
  });
});
