import type { Clock } from '@seams/ports';

/**
 * A clock whose sleeps return at once, moving its time forward and recording each wait: retry
 * loops run instantly while a test still asserts how long they would have waited. Not for code
 * that arms timeouts on its clock (`HttpPaymentGateway`): every such timeout would fire at once.
 * Use `FakeClock` there, and wherever the test itself must decide when time passes.
 *
 * It runs the Clock contract with two declared divergences, both from returning at once: a sleep
 * resolves before any other time passes, and a signal aborted after `sleep()` is called finds the
 * sleep already resolved (a signal aborted before the call still rejects with its reason).
 *
 * @example
 * const clock = new InstantClock();
 * await relay.runUntilIdle(); // sleeps 1 s between empty polls
 * expect(clock.slept).toEqual([1_000]);
 */
export class InstantClock implements Clock {
  #now: number;
  /** Every `sleep` asked for, in ms, in order. */
  readonly slept: number[] = [];

  constructor(start: Date | string | number = '2026-01-01T00:00:00.000Z') {
    this.#now = new Date(start).getTime();
    if (Number.isNaN(this.#now)) throw new RangeError(`InstantClock: invalid start instant ${String(start)}`);
  }

  now(): Date {
    return new Date(this.#now);
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.slept.push(ms);
    this.#now += Math.max(0, ms);
  }
}
