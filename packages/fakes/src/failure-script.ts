/**
 * Failures a fake injects into its next calls, in order: the one mechanism behind every fake's
 * `failNext`, so each validates and consumes its script the same way.
 */
export class FailureScript<Failure> {
  readonly #queue: Failure[] = [];

  /** `method` names the caller in the error a bad `count` gets. */
  constructor(private readonly method: string) {}

  /** Queues `failure` for the next `count` calls. */
  add(count: number, failure: Failure): void {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`${this.method}: count must be a whole number >= 0, got ${count}`);
    }
    for (let i = 0; i < count; i++) this.#queue.push(failure);
  }

  /** The failure scripted for this call, if any; each is used once. */
  take(): Failure | undefined {
    return this.#queue.shift();
  }

  /** Failures still waiting for a call. */
  get pending(): number {
    return this.#queue.length;
  }
}
