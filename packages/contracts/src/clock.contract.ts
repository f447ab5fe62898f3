import type { Clock } from '@seams/ports';
import { expect } from 'vitest';
import { defineContract } from './define-contract.js';

/** What the Clock contract needs: the clock, and a way to let `ms` of its time pass. */
export interface ClockContractContext {
  readonly clock: Clock;
  /** Lets `ms` pass: `FakeClock.advance` for a fake, a real wait for the system clock. */
  readonly advance: (ms: number) => Promise<void>;
}

function settled(promise: Promise<unknown>): () => boolean {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  return () => done;
}

/** The Clock contract. */
export const clockContract = defineContract<ClockContractContext>()('Clock', {
  'now() returns a valid Date': ({ clock }) => {
    const now = clock.now();
    expect(now).toBeInstanceOf(Date);
    expect(Number.isNaN(now.getTime())).toBe(false);
  },
  'now() never goes backwards': async ({ clock, advance }) => {
    const first = clock.now().getTime();
    await advance(5);
    const second = clock.now().getTime();
    expect(second).toBeGreaterThanOrEqual(first + 4);
  },
  'now() returns a fresh Date each call, so callers cannot move the clock': ({ clock }) => {
    const a = clock.now();
    a.setFullYear(1970);
    expect(clock.now().getFullYear()).not.toBe(1970);
  },
  'sleep(ms) resolves only once ms has passed': async ({ clock, advance }) => {
    const isDone = settled(clock.sleep(60));
    await advance(20);
    expect(isDone()).toBe(false);
    await advance(80);
    expect(isDone()).toBe(true);
  },
  'sleep(0) resolves': async ({ clock }) => {
    await expect(clock.sleep(0)).resolves.toBeUndefined();
  },
  'sleep rejects with the reason when its signal aborts': async ({ clock }) => {
    const controller = new AbortController();
    const sleeping = clock.sleep(10_000, controller.signal);
    const reason = new Error('stop waiting');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  },
  'sleep rejects at once when its signal is already aborted': async ({ clock }) => {
    const reason = new Error('already aborted');
    await expect(clock.sleep(10, AbortSignal.abort(reason))).rejects.toBe(reason);
  },
});

/** Registers the Clock contract for one implementation. */
export const describeClockContract = clockContract.register;
