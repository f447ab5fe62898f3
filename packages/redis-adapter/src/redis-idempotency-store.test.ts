import type { IdempotencyHolder, StoredResponse } from '@seams/ports';
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
  return { keys, eval: answer };
};

/** A stub that records every script call's arguments after the key, and answers `reply`. */
const recording = (reply: unknown): RedisScriptClient & { calls: (string | number)[][] } => {
  const calls: (string | number)[][] = [];
  const answer = async (_: string, __: number, ...rest: (string | number)[]) => {
    calls.push(rest.slice(1));
    return reply;
  };
  return { calls, eval: answer };
};

/** An object whose properties are getters answering their values in turn, counting reads. */
function counting(values: Record<string, readonly unknown[]>) {
  const reads: Record<string, number> = {};
  const target = {};
  for (const [name, answers] of Object.entries(values)) {
    reads[name] = 0;
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        const value = answers[Math.min(reads[name] ?? 0, answers.length - 1)];
        reads[name] = (reads[name] ?? 0) + 1;
        if (value instanceof Error) throw value;
        return value;
      },
    });
  }
  return { target, reads };
}

describe('RedisIdempotencyStore reads each input once', () => {
  it('sends the response and lease it validated, having read each getter once', async () => {
    const redis = recording(1);
    const headers = counting({ etag: ['"a"', 7] });
    const response = counting({
      status: [201, Number.NaN],
      body: ['first', 5],
      headers: [headers.target, undefined],
    });
    const holder = counting({ lease: ['l-1', 'l-2'] });
    await new RedisIdempotencyStore({ redis }).complete(
      'k',
      response.target as StoredResponse,
      holder.target as IdempotencyHolder,
    );
    expect({ ...response.reads, ...headers.reads, ...holder.reads }).toEqual({
      status: 1,
      body: 1,
      headers: 1,
      etag: 1,
      lease: 1,
    });
    expect(redis.calls).toEqual([
      ['{"v":1,"status":201,"body":"first","headers":{"etag":"\\"a\\""}}', 'l-1'],
    ]);
  });

  it('never reaches a getter that throws on its second read', async () => {
    const redis = recording(1);
    const store = new RedisIdempotencyStore({ redis });
    const response = counting({ status: [200, new RangeError('second')], body: ['b'] });
    const holder = () => counting({ lease: ['l-1', new RangeError('second')] });
    const [forComplete, forAbandon] = [holder(), holder()];
    await store.complete('k', response.target as StoredResponse, forComplete.target as IdempotencyHolder);
    await store.abandon('k', forAbandon.target as IdempotencyHolder);
    expect(response.reads).toEqual({ status: 1, body: 1 });
    expect([forComplete.reads.lease, forAbandon.reads.lease]).toEqual([1, 1]);
    expect(redis.calls.map((args) => args.at(-1))).toEqual(['l-1', 'l-1']);
  });

  it('refuses what its one read found, without asking Redis', async () => {
    const redis = recording(1);
    const store = new RedisIdempotencyStore({ redis });
    const response = counting({ status: [Number.NaN, 200], body: ['b'] });
    await expect(store.complete('k', response.target as StoredResponse)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const holder = counting({ lease: ['', 'l-1'] });
    await expect(store.abandon('k', holder.target as IdempotencyHolder)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect([response.reads.status, holder.reads.lease, redis.calls.length]).toEqual([1, 1, 0]);
  });

  it('sends no lease as any holder, whatever a later read would answer', async () => {
    const redis = recording(1);
    const holder = counting({ lease: [undefined, 'l-1'] });
    await new RedisIdempotencyStore({ redis }).abandon('k', holder.target as IdempotencyHolder);
    expect(redis.calls).toEqual([['']]);
  });
});

describe('RedisIdempotencyStore', () => {
  it('puts every key under its prefix, `idempotency:` by default', async () => {
    const redis = replying(['started']);
    await new RedisIdempotencyStore({ redis, keyPrefix: 'orders:idem:' }).begin('k-1', 'fp', 1_000);
    await new RedisIdempotencyStore({ redis }).abandon('k-2');
    expect(redis.keys).toEqual(['orders:idem:k-1', 'idempotency:k-2']);
  });

  // Redis answered a full key past 512 MiB (a prefix over 1 KiB, a key near the port's limit) with
  // an uncoded `ERR Protocol error: invalid bulk length`.
  it("refuses a key its prefix takes past Redis' largest argument, without asking Redis", {
    timeout: 60_000,
  }, async () => {
    const key = '\u00e9'.repeat(268_433_920); // 512 MiB less 3 KiB of UTF-8
    const redis = recording(1);
    const prefixed = new RedisIdempotencyStore({ redis, keyPrefix: 'p'.repeat(4_096) });
    const tooLong = expect.objectContaining({
      code: 'VALIDATION_FAILED',
      issues: [expect.objectContaining({ path: 'key', code: 'too_long' })],
    });
    await expect(prefixed.begin(key, 'fp', 1_000)).rejects.toEqual(tooLong);
    await expect(prefixed.complete(key, { status: 200, body: '' })).rejects.toEqual(tooLong);
    await expect(prefixed.abandon(key)).rejects.toEqual(tooLong);
    expect(redis.calls).toEqual([]);
    await new RedisIdempotencyStore({ redis }).abandon(key);
    expect(redis.calls).toEqual([['']]);
  });

  // Redis writes an unpaired surrogate as U+FFFD: stores on `p\ud800` and `p\udc00` shared records.
  it('refuses a key prefix with an unpaired surrogate when it is made', () => {
    expect(() => new RedisIdempotencyStore({ redis: replying(null), keyPrefix: 'p\ud800' })).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: 'keyPrefix', code: 'not_well_formed' })],
      }),
    );
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

  // Redis 7.0 answers an argument over 512 MiB with `ERR Protocol error: invalid bulk length`, an
  // uncoded ReplyError, after the client spent seconds sending it: refused here, nothing sent.
  it("refuses keys and responses past Redis' largest argument without calling Redis", {
    timeout: 60_000,
  }, async () => {
    const redis = recording(['started']);
    const store = new RedisIdempotencyStore({ redis });
    const huge = '\u00e9'.repeat(268_435_456); // 512 MiB of UTF-8
    const tooLong = (path: string) =>
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path, code: 'too_long' })],
      });
    await expect(store.begin(huge, 'fp', 1_000)).rejects.toEqual(tooLong('key'));
    await expect(store.begin('k', huge, 1_000)).rejects.toEqual(tooLong('fingerprint'));
    await expect(store.complete('k', { status: 200, body: huge })).rejects.toEqual(tooLong('response'));
    await expect(store.abandon('k', { lease: huge })).rejects.toEqual(tooLong('lease'));
    expect(redis.calls).toEqual([]);
  });
});
