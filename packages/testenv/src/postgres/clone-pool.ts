/** Makes one database from the pool's template, ready to hand out. */
export type Preparer<T> = () => Promise<T>;

interface Waiter<T> {
  resolve(item: T): void;
  reject(error: unknown): void;
}

/**
 * Databases prepared ahead of demand for one template (as IntegreSQL does): `take()` hands out a
 * ready one at once and refills in the background. When none is ready, the taker gets the one
 * already under way rather than starting a second one that would compete with it for the disk.
 */
export class ClonePool<T> {
  private readonly ready: T[] = [];
  private readonly waiters: Waiter<T>[] = [];
  private filling: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly prepare: Preparer<T>,
    private readonly size: number,
  ) {}

  /** A database no one else was given. */
  async take(): Promise<T> {
    const ready = this.ready.shift();
    if (ready !== undefined) {
      this.refill();
      return ready;
    }
    if (this.stopped || this.size === 0) return this.prepare();
    const next = new Promise<T>((resolve, reject) => this.waiters.push({ resolve, reject }));
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

  /** Resolves once the pool is full (or a background preparation failed). */
  async filled(): Promise<void> {
    this.refill();
    while (this.filling) await this.filling;
  }

  /** Stops refilling; hands back the databases still waiting, for the caller to drop. */
  async drain(): Promise<T[]> {
    this.stopped = true;
    await this.filling;
    return this.ready.splice(0);
  }

  private async fill(): Promise<void> {
    while (!this.stopped && (this.waiters.length > 0 || this.ready.length < this.size)) {
      let item: T;
      try {
        item = await this.prepare();
      } catch {
        // Never an unhandled rejection in the background: whoever waits prepares for itself, so
        // the error (if it persists) reaches the test that needed the database.
        this.serveWaitersThemselves();
        return;
      }
      const waiter = this.waiters.shift();
      if (waiter) waiter.resolve(item);
      else this.ready.push(item);
    }
    this.serveWaitersThemselves();
  }

  private serveWaitersThemselves(): void {
    for (const waiter of this.waiters.splice(0)) this.prepare().then(waiter.resolve, waiter.reject);
  }
}
