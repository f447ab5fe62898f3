import type { ClaimedEvent, Clock, EventPublisher, OutboxStore } from '@seams/ports';

/** Where the relay reports failures; a pino logger fits. */
export interface RelayLogger {
  warn(fields: Readonly<Record<string, unknown>>, message: string): void;
  error(fields: Readonly<Record<string, unknown>>, message: string): void;
}

/** Configuration of `OutboxRelay`. */
export interface OutboxRelayConfig {
  readonly outbox: OutboxStore;
  readonly publisher: EventPublisher;
  /** Polling waits and back-off read this clock; a `FakeClock` drives them in tests. */
  readonly clock: Clock;
  /** Events claimed per round. Default 50. */
  readonly batchSize?: number;
  /** How long a claim keeps other relays off; longer than a publish can take. Default 60 s. */
  readonly leaseMs?: number;
  /** Wait between polls when nothing was due. Default 250 ms. */
  readonly pollIntervalMs?: number;
  /** First retry delay after a failed publish; doubles per attempt. Default 1 s. */
  readonly retryBaseMs?: number;
  /** Longest retry delay. Default 60 s. */
  readonly retryMaxMs?: number;
  /**
   * Longest wait between rounds while the outbox itself fails (the database is down): the poll
   * interval doubles per failed round up to this, and is back to normal after one good round.
   * Default 5 s, so the relay resumes within seconds of the database's return.
   */
  readonly outageBackoffMaxMs?: number;
  readonly logger?: RelayLogger;
}

/** What one round did. */
export interface RelayRound {
  readonly claimed: number;
  readonly published: number;
  readonly failed: number;
}

/**
 * Moves events from the outbox to the broker: claims a batch (leased, so relays in other
 * processes skip it), publishes each with a confirm, marks the others failed with a capped
 * exponential back-off, and hands the confirmed ones to the next claim, which marks them published
 * in the same statement (no round trip of its own; the loop's next poll is never more than
 * `pollIntervalMs` away, well inside the lease). `flush` marks them at once, and `stop` and `drain`
 * end with it. Delivery is at least once: a crash between the confirm and the mark republishes
 * after the lease, with the same `messageId`.
 *
 * @example
 * const relay = new OutboxRelay({ outbox, publisher, clock });
 * relay.start();            // background loop
 * await relay.stop();       // on shutdown: finish the round in flight
 * await relay.drain();      // then publish what is still due
 */
export class OutboxRelay {
  readonly #config: OutboxRelayConfig;
  #loop: Promise<void> | undefined;
  #running: AbortController | undefined;
  #nap: AbortController | undefined;
  #round: Promise<RelayRound> | undefined;
  // A wake that arrives mid-round must not be lost: the next wait then returns at once.
  #woken = false;
  // Confirmed by the broker, not yet marked published: the next claim (or `flush`) marks them.
  #unmarked: string[] = [];

  constructor(config: OutboxRelayConfig) {
    this.#config = config;
  }

  /** True while the background loop runs. */
  get running(): boolean {
    return this.#loop !== undefined;
  }

  /** One round: claim, publish, mark. Rounds of one relay never overlap. */
  runOnce(): Promise<RelayRound> {
    this.#round ??= this.#publishBatch().finally(() => {
      this.#round = undefined;
    });
    return this.#round;
  }

  /** Rounds until nothing is due (failed events wait for their retry time); returns how many were published. */
  async drain(maxRounds = 1_000): Promise<number> {
    let published = 0;
    for (let round = 0; round < maxRounds; round++) {
      const result = await this.runOnce();
      published += result.published;
      if (result.claimed === 0 || result.published === 0) break;
    }
    await this.flush();
    return published;
  }

  /** Marks published, now, the confirmed events the next claim would have marked. */
  async flush(): Promise<void> {
    await this.#round?.catch(() => undefined);
    const ids = this.#takeUnmarked();
    try {
      await this.#config.outbox.markPublished(ids);
    } catch (error) {
      this.#unmarked.unshift(...ids);
      throw error;
    }
  }

  /** Starts the background loop; a second call does nothing. */
  start(): void {
    if (this.#loop) return;
    const running = new AbortController();
    this.#running = running;
    this.#loop = this.#run(running.signal);
  }

  /** Cuts the current wait short: call it after a commit that wrote events. */
  wake(): void {
    this.#woken = true;
    this.#nap?.abort();
  }

  /** Stops the loop after the round in flight. */
  async stop(): Promise<void> {
    this.#running?.abort();
    this.#nap?.abort();
    await this.#loop;
    this.#loop = undefined;
    this.#running = undefined;
    await this.flush();
  }

  async #run(signal: AbortSignal): Promise<void> {
    const batchSize = this.#config.batchSize ?? 50;
    const pollMs = this.#config.pollIntervalMs ?? 250;
    let outageRounds = 0;
    while (!signal.aborted) {
      let round: RelayRound = { claimed: 0, published: 0, failed: 0 };
      try {
        round = await this.runOnce();
        if (outageRounds > 0)
          this.#config.logger?.warn({ failedRounds: outageRounds }, 'outbox relay: recovered');
        outageRounds = 0;
      } catch (error) {
        // The outbox itself failed (database down): back off, logging the first failure only.
        if (outageRounds === 0) this.#config.logger?.error({ err: error }, 'outbox relay: claiming failed');
        outageRounds += 1;
      }
      if (outageRounds > 0) {
        await this.#wait(this.outageDelay(outageRounds));
        continue;
      }
      if (round.claimed === batchSize && round.failed === 0) continue;
      await this.#wait(pollMs);
    }
  }

  /** The wait after `failedRounds` rounds in a row failed to reach the outbox. */
  outageDelay(failedRounds: number): number {
    const pollMs = this.#config.pollIntervalMs ?? 250;
    return Math.min(this.#config.outageBackoffMaxMs ?? 5_000, pollMs * 2 ** Math.min(failedRounds, 30));
  }

  async #wait(ms: number): Promise<void> {
    if (this.#woken) {
      this.#woken = false;
      return;
    }
    const nap = new AbortController();
    this.#nap = nap;
    try {
      await this.#config.clock.sleep(ms, nap.signal);
    } catch {
      // woken or stopped
    } finally {
      this.#woken = false;
      if (this.#nap === nap) this.#nap = undefined;
    }
  }

  async #publishBatch(): Promise<RelayRound> {
    const { outbox, publisher } = this.#config;
    const marking = this.#takeUnmarked();
    let events: ClaimedEvent[];
    try {
      events = await outbox.claim(this.#config.batchSize ?? 50, {
        leaseMs: this.#config.leaseMs ?? 60_000,
        markPublished: marking,
      });
    } catch (error) {
      // Marking again is harmless (only unpublished rows change): keep them for the next claim.
      this.#unmarked.unshift(...marking);
      throw error;
    }
    if (events.length === 0) return { claimed: 0, published: 0, failed: 0 };
    // Publishes are pipelined on the confirm channel; each settles on its own confirm.
    const outcomes = await Promise.allSettled(events.map((event) => publisher.publish(event)));
    const published: string[] = [];
    const failures: Array<{ event: ClaimedEvent; error: unknown }> = [];
    outcomes.forEach((outcome, index) => {
      const event = events[index] as ClaimedEvent;
      if (outcome.status === 'fulfilled') published.push(event.id);
      else failures.push({ event, error: outcome.reason });
    });
    this.#unmarked.push(...published);
    for (const { event, error } of failures) await this.#markFailed(event, error);
    return { claimed: events.length, published: published.length, failed: failures.length };
  }

  #takeUnmarked(): string[] {
    const ids = this.#unmarked;
    this.#unmarked = [];
    return ids;
  }

  async #markFailed(event: ClaimedEvent, error: unknown): Promise<void> {
    const retryInMs = this.retryDelay(event.attempts);
    const message = error instanceof Error ? error.message : String(error);
    this.#config.logger?.warn(
      { eventId: event.id, type: event.type, attempts: event.attempts + 1, retryInMs, error: message },
      'outbox relay: publish failed; will retry',
    );
    await this.#config.outbox.markFailed(event.id, { error: message, retryInMs });
  }

  /** The wait before the next publish of an event that failed `attempts` times before. */
  retryDelay(attempts: number): number {
    const base = this.#config.retryBaseMs ?? 1_000;
    const max = this.#config.retryMaxMs ?? 60_000;
    return Math.min(max, base * 2 ** Math.min(attempts, 30));
  }
}
