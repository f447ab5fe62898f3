import type { IdempotencyStore } from '@seams/ports';
import { createRedisNamespace } from '@seams/testenv/vitest';
import type { Redis } from 'ioredis';
import { createRedisClient } from '../create-redis-client.js';
import { RedisIdempotencyStore } from '../redis-idempotency-store.js';
import type { CorpusStores } from './corpus-store.js';
import { CORPUS_LEASE_MS, REAL_MARGIN_MS } from './corpus-timing.js';

// Several cases store and replay responses of megabytes, and one sends half a gigabyte in one begin
// (about 8 s on a busy shared machine): the adapter's 1 s default is sized for production's small answers.
const COMMAND_TIMEOUT_MS = 25_000;

/**
 * How far a run on real time fell behind the timeline its waits intend: at every step, the time
 * since the first step less the waits asked for since (margins included). Connections, slow calls,
 * late timers and a loaded machine's stalls all add to it; only the worst moment is kept.
 */
class Lateness {
  #start: number | undefined;
  #intendedMs = 0;
  #worstMs = 0;

  /** Notes a step taken now. */
  mark(): void {
    const now = performance.now();
    this.#start ??= now;
    this.#worstMs = Math.max(this.#worstMs, now - this.#start - this.#intendedMs);
  }

  /** Notes a wait of `ms` the timeline intends. */
  waited(ms: number): void {
    this.#intendedMs += ms;
  }

  get worstMs(): number {
    return this.#worstMs;
  }

  /** `call` as one step: marked when it starts and when it settles. */
  async step<T>(call: () => Promise<T>): Promise<T> {
    this.mark();
    try {
      return await call();
    } finally {
      this.mark();
    }
  }
}

/** The stores a run on Redis drives, and what the run itself measured. */
export interface RealCorpusStores extends CorpusStores {
  readonly serverVersion: string;
  /** How far this run has fallen behind its intended timeline at its worst, in milliseconds. */
  lateMs(): number;
  teardown(): Promise<void>;
}

/**
 * The corpus's driver on Redis: every worker a `RedisIdempotencyStore` on a connection of its own
 * under the case's key prefix (default lease `leaseMs`), real time (each wait plus `REAL_MARGIN_MS`),
 * every call and wait measured against the timeline the case intends (`lateMs`).
 */
export async function realCorpusStores(leaseMs = CORPUS_LEASE_MS): Promise<RealCorpusStores> {
  const lateness = new Lateness();
  const timed = (store: IdempotencyStore): IdempotencyStore => ({
    begin: (...args) => lateness.step(() => store.begin(...args)),
    complete: (...args) => lateness.step(() => store.complete(...args)),
    abandon: (...args) => lateness.step(() => store.abandon(...args)),
  });
  const { url, prefix } = await createRedisNamespace();
  const clients: Redis[] = [];
  const connect = () => {
    // The socket timeout too: at its 5 s default a slow half-gigabyte write was cut and resent.
    const client = createRedisClient(url, {
      commandTimeoutMs: COMMAND_TIMEOUT_MS,
      socketTimeoutMs: COMMAND_TIMEOUT_MS,
    });
    clients.push(client);
    return client;
  };
  const onPrefix = (keyPrefix: string, lease = leaseMs) =>
    timed(new RedisIdempotencyStore({ redis: connect(), keyPrefix, leaseMs: lease }));
  const store = onPrefix(prefix);
  const info = await clients[0]?.info('server');
  return {
    store,
    leaseMs,
    serverVersion: `Redis ${/redis_version:(\S+)/.exec(info ?? '')?.[1] ?? 'unknown'}`,
    worker: async (options = {}) => lateness.step(async () => onPrefix(prefix, options.leaseMs)),
    prefixed: async (keyPrefix, options = {}) =>
      lateness.step(async () => onPrefix(`${prefix}${keyPrefix}`, options.leaseMs)),
    stranger: () => lateness.step(async () => onPrefix((await createRedisNamespace()).prefix)),
    advanceTime: (ms) =>
      lateness.step(async () => {
        await new Promise<void>((resolve) => setTimeout(resolve, ms + REAL_MARGIN_MS));
        lateness.waited(ms + REAL_MARGIN_MS);
      }),
    flushScripts: () =>
      lateness.step(async () => {
        await connect().script('FLUSH');
      }),
    lateMs: () => lateness.worstMs,
    teardown: async () => {
      await Promise.all(clients.map((client) => client.quit().catch(() => undefined)));
    },
  };
}
