// The outbox relay without ports: claim a leased batch (the service's two statements in one
// transaction), publish each on a confirm channel as AmqpEventPublisher encodes it, mark published.
import type { ConfirmChannel } from 'amqplib';
import type { Pool, QueryResultRow } from 'pg';
import { SQL } from './flat-statements.js';

const BATCH = 50;
const LEASE_MS = 60_000;
const POLL_MS = 250;

/** A relay loop with the service's defaults (batches of 50, 60 s lease, 250 ms poll, woken on commit). */
export class FlatRelay {
  readonly #pool: Pool;
  readonly #channel: ConfirmChannel;
  readonly #exchange: string;
  #running = false;
  #loop: Promise<void> | undefined;
  #woken = false;
  #wake: (() => void) | undefined;
  #unmarked: string[] = [];

  constructor(pool: Pool, channel: ConfirmChannel, exchange: string) {
    this.#pool = pool;
    this.#channel = channel;
    this.#exchange = exchange;
  }

  start(): void {
    this.#running = true;
    this.#loop = this.#run();
  }

  wake(): void {
    this.#woken = true;
    this.#wake?.();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    const marking = this.#unmarked;
    this.#unmarked = [];
    if (marking.length > 0) await this.#pool.query(SQL.markPublished, [new Date().toISOString(), marking]);
  }

  async #run(): Promise<void> {
    while (this.#running) {
      const claimed = await this.#round().catch((error: unknown) => {
        console.error('flat relay round failed', error);
        return 0;
      });
      if (claimed === BATCH) continue;
      if (this.#woken) {
        this.#woken = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
      this.#woken = false;
    }
  }

  async #round(): Promise<number> {
    const events = await this.#claim();
    if (events.length === 0) return 0;
    const outcomes = await Promise.allSettled(events.map((row) => this.#publish(row)));
    const published = events
      .filter((_, i) => outcomes[i]?.status === 'fulfilled')
      .map((row) => String(row.id));
    // Marked by the next claim, as OutboxRelay does; stop() marks the last batch.
    this.#unmarked.push(...published);
    return events.length;
  }

  async #claim(): Promise<QueryResultRow[]> {
    const now = new Date();
    const marking = this.#unmarked;
    this.#unmarked = [];
    try {
      const { rows } = await this.#pool.query(SQL.claim, [
        now.toISOString(),
        new Date(now.getTime() + LEASE_MS).toISOString(),
        BATCH,
        marking,
      ]);
      return rows;
    } catch (error) {
      this.#unmarked.unshift(...marking);
      throw error;
    }
  }

  #publish(row: QueryResultRow): Promise<void> {
    const occurredAt = row.occurred_at as Date;
    return new Promise((resolve, reject) => {
      this.#channel.publish(
        this.#exchange,
        String(row.type),
        Buffer.from(JSON.stringify(row.payload)),
        {
          persistent: true,
          mandatory: true,
          contentType: 'application/json',
          contentEncoding: 'utf-8',
          messageId: String(row.id),
          type: String(row.type),
          timestamp: Math.floor(occurredAt.getTime() / 1000),
          headers: { ...(row.headers as object | null), 'x-seams-occurred-at': occurredAt.toISOString() },
          ...(row.correlation_id === null ? {} : { correlationId: String(row.correlation_id) }),
        },
        (error: unknown) => (error ? reject(error) : resolve()),
      );
    });
  }
}
