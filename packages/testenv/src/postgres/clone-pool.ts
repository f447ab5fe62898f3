/** Makes one database, named, from the pool's template. */
export type Cloner = (name: string) => Promise<void>;

interface Waiter {
  resolve(name: string): void;
  reject(error: unknown): void;
}

/**
 * Databases cloned ahead of demand for one template (as IntegreSQL does): `take()` hands out a
 * ready one at once and refills in the background. When none is ready, the taker gets the clone
 * already under way rather than starting a second one that would compete with it for the disk.
 */
export class ClonePool {
  private readonly ready: string[] = [];
  private readonly waiters: Waiter[] = [];
  private filling: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly clone: Cloner,
    private readonly nextName: () => string,
    private readonly size: number,
  ) {}

  /** A database no one else was given. */
  async take(): Promise<string> {
    const ready = this.ready.shift();
    if (ready !== undefined) {
      this.refill();
      return ready;
    }
    if (this.stopped || this.size === 0) return this.cloneNow();
    const next = new Promise<string>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.refill();
    return next;
  }

  /** Starts filling the pool unless it is already being filled. */
  refill(): void {
    if (this.filling || this.stopped) return;
    this.filling = this.fill().finally(() => {
      this.filling = undefined;
    });
  }

  /** Resolves once the pool is full (or a background clone failed). */
  async filled(): Promise<void> {
    this.refill();
    while (this.filling) await this.filling;
  }

  /** Stops refilling; hands back the databases still waiting, for the caller to drop. */
  async drain(): Promise<string[]> {
    this.stopped = true;
    await this.filling;
    return this.ready.splice(0);
  }

  private async cloneNow(): Promise<string> {
    const name = this.nextName();
    await this.clone(name);
    return name;
  }

  private async fill(): Promise<void> {
    while (!this.stopped && (this.waiters.length > 0 || this.ready.length < this.size)) {
      const name = this.nextName();
      try {
        await this.clone(name);
      } catch {
        // Never an unhandled rejection in the background: whoever waits clones for itself, so
        // the error (if it persists) reaches the test that needed the database.
        for (const waiter of this.waiters.splice(0)) this.cloneNow().then(waiter.resolve, waiter.reject);
        return;
      }
      const waiter = this.waiters.shift();
      if (waiter) waiter.resolve(name);
      else this.ready.push(name);
    }
    for (const waiter of this.waiters.splice(0)) this.cloneNow().then(waiter.resolve, waiter.reject);
  }
}
