import { describeIdempotencyStoreContract } from '@seams/contracts';
import { createRedisNamespace } from '@seams/testenv';
import { createRedisClient } from './create-redis-client.js';
import { RedisIdempotencyStore } from './redis-idempotency-store.js';

// Short real lease and TTL so expiry cases wait well under a second; the margin absorbs Redis'
// millisecond rounding and a busy machine. Two connections: `peer` is another worker.
const LEASE_MS = 300;
const TTL_MS = 300;
const MARGIN_MS = 60;

describeIdempotencyStoreContract({
  name: 'RedisIdempotencyStore on Redis',
  setup: async () => {
    const { url, prefix } = await createRedisNamespace();
    const clients = [createRedisClient(url), createRedisClient(url)] as const;
    const store = new RedisIdempotencyStore({ redis: clients[0], keyPrefix: prefix, leaseMs: LEASE_MS });
    const peer = new RedisIdempotencyStore({ redis: clients[1], keyPrefix: prefix, leaseMs: LEASE_MS });
    return {
      store,
      peer,
      leaseMs: LEASE_MS,
      ttlMs: TTL_MS,
      advanceTime: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms + MARGIN_MS)),
      teardown: async () => {
        await Promise.all(clients.map((client) => client.quit()));
      },
    };
  },
});
