import { describeIdempotencyStoreContract } from '@seams/contracts';
import { createRedisNamespace } from '@seams/testenv/vitest';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRedisClient } from './create-redis-client.js';
import { IdempotencyRecordError } from './redis-errors.js';
import { RedisIdempotencyStore } from './redis-idempotency-store.js';

// Short real lease and TTL so expiry cases wait well under a second; the margin absorbs Redis'
// millisecond rounding and a busy machine. Two connections: `peer` is another worker.
const LEASE_MS = 300;
const TTL_MS = 300;
const MARGIN_MS = 60;
// One case stores and replays a response of several megabytes: through Testcontainers' port proxy
// on a busy CI machine that write once outlasted the adapter's 1 s default, which is sized for the
// small answers of production. The fail-fast timeouts themselves are tested in create-redis-client.test.ts.
const COMMAND_TIMEOUT_MS = 10_000;

describeIdempotencyStoreContract({
  name: 'RedisIdempotencyStore on Redis',
  setup: async () => {
    const { url, prefix } = await createRedisNamespace();
    const clients = [
      createRedisClient(url, { commandTimeoutMs: COMMAND_TIMEOUT_MS }),
      createRedisClient(url, { commandTimeoutMs: COMMAND_TIMEOUT_MS }),
    ] as const;
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

describe('RedisIdempotencyStore records on Redis', () => {
  async function connected() {
    const { url, prefix } = await createRedisNamespace();
    const redis = createRedisClient(url);
    onTestFinished(() => redis.quit().then(() => undefined));
    return { redis, prefix, store: new RedisIdempotencyStore({ redis, keyPrefix: prefix, leaseMs: 5_000 }) };
  }

  it('keeps a versioned hash under the prefix, with the TTL given to begin', async () => {
    const { redis, prefix, store } = await connected();
    await store.begin('k-1', 'fp-a', 60_000);
    expect(await redis.hgetall(`${prefix}k-1`)).toMatchObject({
      v: '1',
      state: 'started',
      fingerprint: 'fp-a',
    });
    await store.complete('k-1', { status: 201, body: 'ok' });
    const record = await redis.hgetall(`${prefix}k-1`);
    expect(record).toStrictEqual({
      v: '1',
      state: 'completed',
      fingerprint: 'fp-a',
      ttl_ms: '60000',
      response: '{"v":1,"status":201,"body":"ok"}',
    });
    expect(await redis.pttl(`${prefix}k-1`)).toBeGreaterThan(50_000);
  });

  it('refuses a record of an unknown version instead of overwriting it', async () => {
    const { redis, prefix, store } = await connected();
    await redis.hset(`${prefix}k-1`, { v: '2', state: 'whatever' });
    await expect(store.begin('k-1', 'fp-a', 60_000)).rejects.toBeInstanceOf(IdempotencyRecordError);
    expect(await redis.hget(`${prefix}k-1`, 'v')).toBe('2');
  });
});
