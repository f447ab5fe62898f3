import { describeIdempotencyStoreContract } from '@seams/contracts';
import { createRedisNamespace } from '@seams/testenv/vitest';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRedisClient } from './create-redis-client.js';
import { IdempotencyRecordError } from './redis-errors.js';
import { RedisIdempotencyStore } from './redis-idempotency-store.js';
import type { RedisScriptClient } from './redis-script.js';

// A real lease and TTL short enough that the expiry cases wait a few seconds in all, long enough
// that a check 0.4 of a period before the deadline keeps 540 ms of room: at 300 ms a loaded CI
// machine (the Testcontainers pass beside the Node 20 one) stalled 120 ms between a complete and
// the begin that must still find it. The margin absorbs Redis' millisecond rounding. Two
// connections: `peer` is another worker.
const LEASE_MS = 1_000;
const TTL_MS = 1_000;
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

  // ioredis resends the commands in flight after a reconnect: a begin whose first send had run (a
  // socket timeout on a 540 MB write, the idempotency corpus, round 20) answered its caller in_progress.
  it('answers a begin resent after it ran as started, under the lease it handed out', async () => {
    const { redis, prefix } = await connected();
    const resending: RedisScriptClient = {
      eval: async (source, numKeys, ...rest) => {
        await redis.eval(source, numKeys, ...rest);
        return redis.eval(source, numKeys, ...rest);
      },
    };
    const store = new RedisIdempotencyStore({ redis: resending, keyPrefix: prefix, leaseMs: 5_000 });
    const found = await store.begin('k', 'fp-a', 60_000);
    expect(found.kind).toBe('started');
    expect(await redis.hget(`${prefix}k`, 'lease_id')).toBe(found.kind === 'started' ? found.lease : '');
    const other = new RedisIdempotencyStore({ redis, keyPrefix: prefix, leaseMs: 5_000 });
    expect(await other.begin('k', 'fp-a', 60_000)).toEqual({ kind: 'in_progress' });
    expect(await other.begin('k', 'fp-b', 60_000)).toEqual({ kind: 'mismatch' });
  });

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
