import { describe, expect, it } from 'vitest';
import { IdempotencyRecordError } from './redis-errors.js';
import { RedisIdempotencyStore } from './redis-idempotency-store.js';
import type { RedisScriptClient } from './redis-script.js';

const replying = (reply: unknown): RedisScriptClient & { keys: unknown[] } => {
  const keys: unknown[] = [];
  const answer = async (_: string, __: number, ...rest: (string | number)[]) => {
    keys.push(rest[0]);
    return reply;
  };
  return { keys, evalsha: answer, eval: answer };
};

describe('RedisIdempotencyStore', () => {
  it('puts every key under its prefix, `idempotency:` by default', async () => {
    const redis = replying(['started']);
    await new RedisIdempotencyStore({ redis, keyPrefix: 'orders:idem:' }).begin('k-1', 'fp', 1_000);
    await new RedisIdempotencyStore({ redis }).abandon('k-2');
    expect(redis.keys).toEqual(['orders:idem:k-1', 'idempotency:k-2']);
  });

  it.each([0, -5, 2.5, Number.NaN])('refuses a lease of %s ms', (leaseMs) => {
    expect(() => new RedisIdempotencyStore({ redis: replying(null), leaseMs })).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path: 'leaseMs' })],
      }),
    );
  });

  it.each([
    [['completed', '{"v":9,"status":200,"body":""}'], /unsupported response version/],
    [['completed'], /unexpected reply to begin/],
    [['surprise'], /unexpected reply to begin/],
    [null, /unexpected reply to begin/],
  ])('refuses to guess when the record reads %j', async (reply, message) => {
    const store = new RedisIdempotencyStore({ redis: replying(reply) });
    const found = store.begin('k-1', 'fp', 1_000);
    await expect(found).rejects.toBeInstanceOf(IdempotencyRecordError);
    await expect(found).rejects.toThrow(message);
  });
});
