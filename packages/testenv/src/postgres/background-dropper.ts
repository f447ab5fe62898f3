import { quoteDatabaseName } from './sql-identifier.js';

/** What the dropper needs of the admin pool (a `pg.Pool`). */
export interface DropConnection {
  query(text: string): Promise<unknown>;
}

/** Drops at once, at most: see `BackgroundDropper`. */
const CONCURRENT_DROPS = 2;

/**
 * Drops used databases off the tests' clock: a DROP costs tens of ms and sometimes far more, and no
 * test should wait for the previous one's clean-up. PostgreSQL 15's DROP DATABASE waits for an
 * immediate checkpoint, which on a busy server takes seconds; drops that run together share one
 * (six drops under write load: 0.73 s one after another, 0.21 s together), so two run at a time,
 * leaving the admin pool a connection for the clones being made.
 */
export class BackgroundDropper {
  private readonly queue: string[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly admin: DropConnection,
    private readonly concurrency = CONCURRENT_DROPS,
  ) {}

  drop(name: string): void {
    this.queue.push(name);
    if (this.running.size >= this.concurrency) return;
    const worker: Promise<void> = this.drain().finally(() => {
      this.running.delete(worker);
    });
    this.running.add(worker);
  }

  /** Resolves when every queued drop has run. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private async drain(): Promise<void> {
    for (let name = this.queue.shift(); name !== undefined; name = this.queue.shift()) {
      // FORCE: a test may leave a connection open. A failed drop is left to the run's teardown sweep.
      await this.admin
        .query(`DROP DATABASE IF EXISTS ${quoteDatabaseName(name)} WITH (FORCE)`)
        .catch(() => {});
    }
  }
}
