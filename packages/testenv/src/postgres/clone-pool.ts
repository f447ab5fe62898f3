/** Makes one database, named, from the pool's template. */
export type Cloner = (name: string) => Promise<void>;

/**
 * Databases cloned ahead of demand for one template (as IntegreSQL does): `take()` hands out a
 * ready one at once and refills in the background; only when the pool is empty does a test wait
 * for a clone of its own.
 */
export class ClonePool {
  private readonly ready: string[] = [];
  private filling: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly clone: Cloner,
    private readonly nextName: () => string,
    private readonly size: number,
  ) {}

  /** A database no one else was given: from the pool when one is ready, else cloned now. */
  async take(): Promise<string> {
    const ready = this.ready.shift();
    this.refill();
    if (ready !== undefined) return ready;
    const name = this.nextName();
    await this.clone(name);
    return name;
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

  private async fill(): Promise<void> {
    while (!this.stopped && this.ready.length < this.size) {
      const name = this.nextName();
      try {
        await this.clone(name);
      } catch {
        // A failed background clone must not crash the worker: the next take() clones in the
        // foreground and reports the error to the test that needed it.
        return;
      }
      this.ready.push(name);
    }
  }
}
