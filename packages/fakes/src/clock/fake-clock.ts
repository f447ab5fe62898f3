import type { Clock } from '@seams/ports';

interface Timer {
  /** The length asked for. */
  readonly ms: number;
  readonly dueAt: number;
  readonly seq: number;
  readonly fire: () => void;
}

/** Lets pending promise chains run, so code that awaits one sleep and starts another is seen. */
const flushMicrotasks = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A clock that moves only when told. `sleep` timers fire, in due order, as `advance` passes them.
 *
 * @example
 * const clock = new FakeClock('2026-01-01T00:00:00Z');
 * const waiting = clock.sleep(1_000);
 * await clock.advance(1_000); // `waiting` has resolved
 */
export class FakeClock implements Clock {
  #now: number;
  #seq = 0;
  #timers: Timer[] = [];
  #sleepWaiters: { readonly ms: number; readonly resolve: () => void }[] = [];

  constructor(start: Date | string | number = '2026-01-01T00:00:00.000Z') {
    this.#now = new Date(start).getTime();
    if (Number.isNaN(this.#now)) throw new RangeError(`FakeClock: invalid start instant ${String(start)}`);
  }

  now(): Date {
    return new Date(this.#now);
  }

  /** Number of sleeps waiting for time to pass. */
  get pendingTimers(): number {
    return this.#timers.length;
  }

  /** The length (ms, as asked) of each sleep still waiting, in the order they were asked for. */
  get pendingSleeps(): readonly number[] {
    return this.#timers.map((t) => t.ms);
  }

  /**
   * Resolves once a sleep of `ms` is waiting (at once if one already is). Code under test starts
   * its waits after I/O the test cannot see finish; the test awaits this, then advances past it.
   *
   * @example
   * const charging = gateway.charge(request); // first reply: 429 with Retry-After: 1
   * await clock.untilSleeping(1_000);
   * await clock.advance(1_000);
   */
  untilSleeping(ms: number): Promise<void> {
    if (this.#timers.some((t) => t.ms === ms)) return Promise.resolve();
    return new Promise((resolve) => this.#sleepWaiters.push({ ms, resolve }));
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const timer: Timer = {
        ms,
        dueAt: this.#now + Math.max(0, ms),
        seq: this.#seq++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.#timers = this.#timers.filter((t) => t !== timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (ms <= 0) timer.fire();
      else this.#arm(timer);
    });
  }

  #arm(timer: Timer): void {
    this.#timers.push(timer);
    const waiting = this.#sleepWaiters.filter((w) => w.ms === timer.ms);
    if (waiting.length === 0) return;
    this.#sleepWaiters = this.#sleepWaiters.filter((w) => w.ms !== timer.ms);
    for (const waiter of waiting) waiter.resolve();
  }

  /** Moves time forward by `ms`, firing every timer it passes in due order. */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`FakeClock.advance: ms must be >= 0, got ${ms}`);
    await this.#runUntil(this.#now + ms);
  }

  /** Moves time to `instant`; moving backwards fires nothing, as a wall clock stepping back would. */
  async set(instant: Date | string | number): Promise<void> {
    const target = new Date(instant).getTime();
    if (Number.isNaN(target)) throw new RangeError(`FakeClock.set: invalid instant ${String(instant)}`);
    if (target < this.#now) {
      this.#now = target;
      return;
    }
    await this.#runUntil(target);
  }

  /** Fires every pending timer, advancing time to the last one. */
  async runAll(): Promise<void> {
    await flushMicrotasks();
    while (this.#timers.length > 0) {
      const last = Math.max(...this.#timers.map((t) => t.dueAt));
      await this.#runUntil(last);
    }
  }

  async #runUntil(target: number): Promise<void> {
    await flushMicrotasks();
    for (;;) {
      const next = this.#nextDue(target);
      if (!next) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.#now = next.dueAt;
      next.fire();
      await flushMicrotasks();
    }
    this.#now = target;
  }

  #nextDue(target: number): Timer | undefined {
    let next: Timer | undefined;
    for (const timer of this.#timers) {
      if (timer.dueAt > target) continue;
      if (!next || timer.dueAt < next.dueAt || (timer.dueAt === next.dueAt && timer.seq < next.seq))
        next = timer;
    }
    return next;
  }
}
