import { FakePostgresError } from './fake-postgres-error.js';

/** Something that can hold the lock and say who it is in a timeout message. */
export interface LockOwner {
  describe(): string;
  /** True when the owner is giving the lock back (a released client rolling back): worth waiting for. */
  readonly releasing?: boolean;
}

interface Waiter {
  readonly owner: LockOwner;
  readonly shared: boolean;
  readonly grant: () => void;
}

/**
 * One lock for the whole fake database, granted in arrival order. A transaction holds it from
 * BEGIN to COMMIT/ROLLBACK; a statement outside a transaction holds it while it runs. A waiter
 * gives up after `timeoutMs` with 0A000 naming the holder, so a test that awaits a second
 * connection inside an open transaction fails with a reason instead of hanging. Not 55P03
 * (lock_not_available): code that retries on PostgreSQL's lock timeout would take the fake's limit
 * for contention and retry into it; this is a construct the fake cannot run, as every refusal is.
 *
 * Statements that cannot open a transaction may instead share it (`acquireShared`) on an engine
 * that runs what it is handed one at a time in arrival order (a worker thread's queue): several
 * are then in flight together, and a transaction waits until they are done, as they wait for it.
 */
export class DatabaseLock {
  #holder: LockOwner | undefined;
  readonly #sharers = new Set<LockOwner>();
  readonly #waiters: Waiter[] = [];

  constructor(readonly timeoutMs: number) {}

  /** Who holds the lock alone now (a transaction, a statement, a reset). */
  get holder(): LockOwner | undefined {
    return this.#holder;
  }

  /** Takes the lock at once if it is free and nobody queues; true when taken. */
  tryAcquire(owner: LockOwner): boolean {
    if (this.#holder || this.#sharers.size > 0 || this.#waiters.length > 0) return false;
    this.#holder = owner;
    return true;
  }

  /** Takes the lock, waiting for its turn up to `timeoutMs`. */
  acquire(owner: LockOwner): Promise<void> {
    if (this.tryAcquire(owner)) return Promise.resolve();
    return this.#wait(owner, false);
  }

  /** Shares the lock with other sharers, waiting for its turn (behind any transaction) up to `timeoutMs`. */
  acquireShared(owner: LockOwner): Promise<void> {
    if (!this.#holder && this.#waiters.length === 0) {
      this.#sharers.add(owner);
      return Promise.resolve();
    }
    return this.#wait(owner, true);
  }

  /** Releases the lock held (alone or shared) by `owner` and hands it to whoever is next. */
  release(owner: LockOwner): void {
    if (this.#holder === owner) this.#holder = undefined;
    else if (!this.#sharers.delete(owner)) return;
    this.#grantNext();
  }

  #grantNext(): void {
    while (!this.#holder) {
      const next = this.#waiters[0];
      if (!next) return;
      if (next.shared) {
        this.#sharers.add(next.owner);
      } else {
        if (this.#sharers.size > 0) return;
        this.#holder = next.owner;
      }
      this.#waiters.shift();
      next.grant();
    }
  }

  #wait(owner: LockOwner, shared: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        owner,
        shared,
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(this.#timeoutError(owner));
        // A waiter that gave up may have been all that kept sharers behind it waiting.
        this.#grantNext();
      }, this.timeoutMs);
      this.#waiters.push(waiter);
    });
  }

  #timeoutError(owner: LockOwner): FakePostgresError {
    const [sharer] = this.#sharers;
    const holder =
      this.#holder?.describe() ?? (sharer ? `${sharer.describe()} (a statement in flight)` : 'nobody');
    return new FakePostgresError(
      '0A000',
      `fake postgres: ${owner.describe()} waited ${this.timeoutMs} ms for the database lock held by ` +
        `${holder}. The fake (pg-mem and PGlite alike) runs one transaction at a time: a query ` +
        'awaited on another connection inside an open transaction waits for that transaction to end, ' +
        'where PostgreSQL would run it at once. Run tests of overlapping transactions on a real ' +
        'PostgreSQL (@seams/testenv).',
    );
  }
}
