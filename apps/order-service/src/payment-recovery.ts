import type { Clock } from '@seams/ports';

/** Configuration of `PaymentRecovery`. */
export interface PaymentRecoveryConfig {
  /** Resolves expired reservations: `OrderService.recoverPayments`. */
  readonly recover: (limit: number) => Promise<number>;
  /** Waits between rounds read this clock. */
  readonly clock: Clock;
  /** Wait between rounds. Default 5 s: a dead payer's charge is settled at most a lease plus this late. */
  readonly intervalMs?: number;
  /** Reservations resolved per round. Default 50. */
  readonly batchSize?: number;
  readonly logger?: { error(fields: Readonly<Record<string, unknown>>, message: string): void };
}

/**
 * Finds, in the background, payment reservations whose payer died (the lease ran out with no
 * settlement) and has them resolved: settled paid when the provider has the charge, else
 * released. Pays and cancels of such an order resolve it themselves; this covers the orders
 * nobody touches again.
 *
 * @example
 * const recovery = new PaymentRecovery({ recover: (n) => service.recoverPayments(n), clock });
 * recovery.start();
 * await recovery.stop(); // on shutdown, after the round in flight
 */
export class PaymentRecovery {
  readonly #config: PaymentRecoveryConfig;
  #loop: Promise<void> | undefined;
  #stop: AbortController | undefined;

  constructor(config: PaymentRecoveryConfig) {
    this.#config = config;
  }

  /** One round; resolves with how many reservations were resolved. */
  runOnce(): Promise<number> {
    return this.#config.recover(this.#config.batchSize ?? 50);
  }

  /** Starts the background loop; a second call does nothing. */
  start(): void {
    if (this.#loop) return;
    const stop = new AbortController();
    this.#stop = stop;
    this.#loop = this.#run(stop.signal);
  }

  /** Stops the loop after the round in flight. */
  async stop(): Promise<void> {
    this.#stop?.abort();
    await this.#loop;
    this.#loop = undefined;
    this.#stop = undefined;
  }

  async #run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.runOnce();
      } catch (error) {
        // The database is down, say: try again next round.
        this.#config.logger?.error({ err: error }, 'payment recovery: a round failed');
      }
      await this.#config.clock.sleep(this.#config.intervalMs ?? 5_000, signal).catch(() => undefined);
    }
  }
}
