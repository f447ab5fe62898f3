import type pg from 'pg';
import { quoteDatabaseName } from './sql-identifier.js';

/**
 * Drops used databases one after another, off the tests' clock: a DROP costs tens of ms and
 * sometimes far more, and no test should wait for the previous one's clean-up.
 */
export class BackgroundDropper {
  private readonly queue: string[] = [];
  private running: Promise<void> | undefined;

  constructor(private readonly admin: pg.Pool) {}

  drop(name: string): void {
    this.queue.push(name);
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when every queued drop has run. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
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
