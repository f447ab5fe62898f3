import { FakePostgresError } from './fake-postgres-error.js';

/** Something that can hold the lock and say who it is in a timeout message. */
export interface LockOwner {
  describe(): string;
  /** True when the owner is giving the lock back (a released client rolling back): worth waiting for. */
  readonly releasing?: boolean;
}

interface Waiter {
  readonly owner: LockOwner;
  readonly grant: () => void;
}

/**
 * One lock for the whole fake database, granted in arrival order. A transaction holds it from
 * BEGIN to COMMIT/ROLLBACK; a statement outside a transaction holds it while it runs. A waiter
 * gives up after `timeoutMs` with 55P03 naming the holder, so a test that awaits a second
 * connection inside an open transaction fails with a reason instead of hanging.
 */
export class DatabaseLock {
  #holder: LockOwner | undefined;
  readonly #waiters: Waiter[] = [];

  constructor(readonly timeoutMs: number) {}

  /** Who holds the lock now. */
  get holder(): LockOwner | undefined {
    return this.#holder;
  }

  /** Takes the lock at once if it is free and nobody queues; true when taken. */
  tryAcquire(owner: LockOwner): boolean {
    if (this.#holder || this.#waiters.length > 0) return false;
    this.#holder = owner;
    return true;
  }

  /** Takes the lock, waiting for its turn up to `timeoutMs`. */
  acquire(owner: LockOwner): Promise<void> {
    if (this.tryAcquire(owner)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        owner,
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(this.#timeoutError(owner));
      }, this.timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  /** Releases the lock held by `owner` and hands it to the next waiter. */
  release(owner: LockOwner): void {
    if (this.#holder !== owner) return;
    const next = this.#waiters.shift();
    this.#holder = next?.owner;
    next?.grant();
  }

  #timeoutError(owner: LockOwner): FakePostgresError {
    return new FakePostgresError(
      '55P03',
      `fake postgres: ${owner.describe()} waited ${this.timeoutMs} ms for the database lock held by ` +
        `${this.#holder?.describe() ?? 'nobody'}. The fake runs one transaction at a time: a query ` +
        'awaited on another connection inside an open transaction waits for that transaction to end.',
    );
  }
}
