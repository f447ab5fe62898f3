import type { Clock } from '@seams/ports';

interface Timer {
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

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const timer: Timer = {
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
      else this.#timers.push(timer);
    });
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
