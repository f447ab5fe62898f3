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
 * The corpus's driver on Redis: every worker a `RedisIdempotencyStore` on a connection of its own
 * under the case's key prefix (default lease `leaseMs`), real time (each wait plus `REAL_MARGIN_MS`).
 */
export async function realCorpusStores(
  leaseMs = CORPUS_LEASE_MS,
): Promise<CorpusStores & { serverVersion: string; teardown(): Promise<void> }> {
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
    new RedisIdempotencyStore({ redis: connect(), keyPrefix, leaseMs: lease });
  const store = onPrefix(prefix);
  const info = await clients[0]?.info('server');
  return {
    store,
    leaseMs,
    serverVersion: `Redis ${/redis_version:(\S+)/.exec(info ?? '')?.[1] ?? 'unknown'}`,
    worker: async (options = {}) => onPrefix(prefix, options.leaseMs),
    prefixed: async (keyPrefix, options = {}) => onPrefix(`${prefix}${keyPrefix}`, options.leaseMs),
    stranger: async () => onPrefix((await createRedisNamespace()).prefix),
    advanceTime: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms + REAL_MARGIN_MS)),
    flushScripts: async () => {
      await connect().script('FLUSH');
    },
    teardown: async () => {
      await Promise.all(clients.map((client) => client.quit().catch(() => undefined)));
    },
  };
}
