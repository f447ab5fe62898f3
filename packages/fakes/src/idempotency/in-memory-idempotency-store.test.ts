import type { IdempotencyHolder, StoredResponse } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryIdempotencyStore } from './in-memory-idempotency-store.js';

// The shared behaviour is the IdempotencyStore contract (run in @seams/redis-adapter); these are the fake's own.
describe('InMemoryIdempotencyStore', () => {
  it('replays a copy: mutating what was stored or returned changes nothing', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const headers: Record<string, string> = { etag: 'a' };
    await store.begin('k', 'fp', 1_000);
    await store.complete('k', { status: 200, body: 'x', headers });
    headers.etag = 'changed';
    const first = await store.begin('k', 'fp', 1_000);
    if (first.kind === 'completed') (first.response.headers as Record<string, string>).etag = 'changed too';
    expect(await store.begin('k', 'fp', 1_000)).toEqual({
      kind: 'completed',
      response: { status: 200, body: 'x', headers: { etag: 'a' } },
    });
  });

  // The Redis adapter reads status, body and headers as properties and writes JSON of those: a
  // class's getters count, the response's own toJSON does not (the idempotency corpus, responses).
  it('stores what the properties say, not what the response serializes to', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const response = Object.create(
      { toJSON: () => ({ status: 500, body: 'from toJSON' }) },
      { status: { value: 202 }, body: { get: () => 'from a getter' } },
    ) as StoredResponse;
    await store.begin('k', 'fp', 1_000);
    await store.complete('k', response);
    expect(await store.begin('k', 'fp', 1_000)).toStrictEqual({
      kind: 'completed',
      response: { status: 202, body: 'from a getter' },
    });
  });

  it("replays the headers' own entries, not what an inherited toJSON makes of them, as Redis does", async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const headers = Object.create({ toJSON: () => 'text' }) as Record<string, string>;
    headers.etag = '"v1"';
    await store.begin('k', 'fp', 1_000);
    await store.complete('k', { status: 200, body: 'x', headers });
    expect(await store.begin('k', 'fp', 1_000)).toStrictEqual({
      kind: 'completed',
      response: { status: 200, body: 'x', headers: { etag: '"v1"' } },
    });
  });

  it('expires on its clock only: real time passing frees nothing', async () => {
    const clock = new FakeClock();
    const store = new InMemoryIdempotencyStore({ clock, leaseMs: 1 });
    await store.begin('k', 'fp', 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await store.begin('k', 'fp', 1)).toEqual({ kind: 'in_progress' });
    await clock.advance(1);
    expect(await store.begin('k', 'fp', 1)).toMatchObject({ kind: 'started' });
  });

  it('drops an expired record when touched', async () => {
    const clock = new FakeClock();
    const store = new InMemoryIdempotencyStore({ clock });
    await store.begin('k', 'fp', 10);
    expect(store.size).toBe(1);
    await clock.advance(10);
    await store.abandon('k');
    expect(store.size).toBe(0);
  });

  // A caller who waits a record's TTL finds it gone on Redis (its request lands after the key's
  // last millisecond), and the begin script frees a lease at `lease_until <= now`: both end on
  // their millisecond here, so `advance(ttl)` frees a key as waiting its TTL does.
  it('drops a record once its TTL has elapsed, and frees a lease once it has run out', async () => {
    const clock = new FakeClock();
    const store = new InMemoryIdempotencyStore({ clock, leaseMs: 50 });
    await store.begin('ttl', 'fp', 100);
    await store.complete('ttl', { status: 200, body: 'x' });
    await store.begin('lease', 'fp', 1_000);
    await clock.advance(49);
    expect(await store.begin('lease', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
    await clock.advance(1);
    expect(await store.begin('lease', 'fp', 1_000)).toMatchObject({ kind: 'started' });
    await clock.advance(49);
    expect(await store.begin('ttl', 'other', 1_000)).toEqual({ kind: 'mismatch' });
    await clock.advance(1);
    expect(await store.begin('ttl', 'other', 1_000)).toMatchObject({ kind: 'started' });
  });

  it('peer() shares records and clock, with its own lease; stores made with new share nothing', async () => {
    const clock = new FakeClock();
    const store = new InMemoryIdempotencyStore({ clock, leaseMs: 1_000 });
    const peer = store.peer({ leaseMs: 10 });
    const stranger = new InMemoryIdempotencyStore({ clock, leaseMs: 1_000 });
    const kinds = await Promise.all([store, peer, store, peer].map((s) => s.begin('k', 'fp', 60_000)));
    expect(kinds.map((result) => result.kind)).toEqual([
      'started',
      'in_progress',
      'in_progress',
      'in_progress',
    ]);
    expect(await stranger.begin('k', 'fp', 60_000)).toMatchObject({ kind: 'started' });
    await peer.begin('p', 'fp', 60_000);
    await clock.advance(10);
    expect(await store.begin('p', 'fp', 60_000)).toMatchObject({ kind: 'started' });
    await peer.complete('k', { status: 201, body: 'done' });
    expect(await store.begin('k', 'fp', 60_000)).toEqual({
      kind: 'completed',
      response: { status: 201, body: 'done' },
    });
  });

  /** A getter answering `values` in turn (an Error is thrown), counting its reads in `reads[name]`. */
  const reads: Record<string, number> = {};
  const shifting = (name: string, ...values: unknown[]) => {
    reads[name] = 0;
    return () => {
      const value = values[Math.min(reads[name] ?? 0, values.length - 1)];
      reads[name] = (reads[name] ?? 0) + 1;
      if (value instanceof Error) throw value;
      return value;
    };
  };
  const beganLease = async (store: InMemoryIdempotencyStore, key: string) => {
    const found = await store.begin(key, 'fp', 1_000);
    return found.kind === 'started' ? found.lease : '';
  };

  // As the Redis adapter: each input read once into the copy that is validated and stored, so a
  // getter answering otherwise later cannot store what was never validated (the corpus, round 17).
  it('reads each field of a response once and stores what it validated', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const headers = Object.defineProperty({}, 'etag', { enumerable: true, get: shifting('etag', 'a', 5) });
    const response = Object.defineProperties(
      {},
      {
        status: { enumerable: true, get: shifting('status', 200, Number.NaN) },
        body: { enumerable: true, get: shifting('body', 'first', 5) },
        headers: { enumerable: true, get: shifting('headers', headers, 'x') },
      },
    ) as StoredResponse;
    await store.begin('k', 'fp', 1_000);
    await store.complete('k', response);
    expect(reads).toMatchObject({ status: 1, body: 1, headers: 1, etag: 1 });
    expect(await store.begin('k', 'fp', 1_000)).toEqual({
      kind: 'completed',
      response: { status: 200, body: 'first', headers: { etag: 'a' } },
    });
  });

  it('never reads a response again after validating it: a getter throwing on a second read is not reached', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const response = Object.defineProperties(
      { body: 'b' },
      { status: { enumerable: true, get: shifting('status', 200, new RangeError('second read')) } },
    ) as StoredResponse;
    await store.complete('never-begun', response);
    expect(reads.status).toBe(1);
    expect(await store.begin('never-begun', 'fp', 1_000)).toMatchObject({ kind: 'started' });
  });

  it('reads the lease once: its first answer is the holder', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const lease = await beganLease(store, 'k');
    const holder = (...values: unknown[]) =>
      Object.defineProperty({}, 'lease', { get: shifting('lease', ...values) }) as IdempotencyHolder;
    await store.complete('k', { status: 201, body: 'bogus' }, holder('bogus', lease));
    expect(reads.lease).toBe(1);
    expect(await store.begin('k', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
    await store.abandon('k', holder('bogus', lease));
    expect(reads.lease).toBe(1);
    expect(await store.begin('k', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
    // Nothing, then a wrong lease: the first read (no lease) means any holder.
    await store.complete('k', { status: 200, body: 'any' }, holder(undefined, 'bogus'));
    expect(reads.lease).toBe(1);
    expect(await store.begin('k', 'fp', 1_000)).toEqual({
      kind: 'completed',
      response: { status: 200, body: 'any' },
    });
    await beganLease(store, 'j');
    await store.abandon('j', holder(lease, new RangeError('second read')));
    expect(await store.begin('j', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
  });

  it.each([0, -1, 0.5])('refuses a lease of %s ms', (leaseMs) => {
    expect(() => new InMemoryIdempotencyStore({ clock: new FakeClock(), leaseMs })).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path: 'leaseMs' })],
      }),
    );
  });

  // Redis refuses an argument over 512 MiB (`ERR Protocol error: invalid bulk length`, uncoded): a
  // key or response that large was kept here and replayed (the idempotency corpus, round 19).
  it("refuses keys and responses past Redis' largest argument, and the key stays running", {
    timeout: 60_000,
  }, async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const huge = '\u00e9'.repeat(268_435_456); // 512 MiB of UTF-8
    const tooLong = (path: string) =>
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path, code: 'too_long' })],
      });
    await expect(store.begin(huge, 'fp', 1_000)).rejects.toEqual(tooLong('key'));
    const found = await store.begin('k', 'fp', 1_000);
    await expect(store.complete('k', { status: 200, body: huge })).rejects.toEqual(tooLong('response'));
    expect(await store.begin('k', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
    await store.complete('k', { status: 200, body: 'small' }, found.kind === 'started' ? found : {});
    expect(await store.begin('k', 'fp', 1_000)).toEqual({
      kind: 'completed',
      response: { status: 200, body: 'small' },
    });
    expect(store.size).toBe(1);
  });

  // Redis takes prefix and key as one argument: under a prefix over 1 KiB, a key near the port's
  // limit got Redis' uncoded protocol error from the adapter while this store kept it.
  it("refuses a key its configured prefix takes past Redis' largest argument, on peers too", {
    timeout: 60_000,
  }, async () => {
    const key = '\u00e9'.repeat(268_433_920); // 512 MiB less 3 KiB of UTF-8
    const clock = new FakeClock();
    const prefixed = new InMemoryIdempotencyStore({ clock, keyPrefix: 'p'.repeat(4_096) });
    const tooLong = expect.objectContaining({
      code: 'VALIDATION_FAILED',
      issues: [expect.objectContaining({ path: 'key', code: 'too_long' })],
    });
    await expect(prefixed.begin(key, 'fp', 1_000)).rejects.toEqual(tooLong);
    await expect(prefixed.complete(key, { status: 200, body: '' })).rejects.toEqual(tooLong);
    await expect(prefixed.peer().abandon(key)).rejects.toEqual(tooLong);
    expect(await prefixed.begin('k', 'fp', 1_000)).toMatchObject({ kind: 'started' });
    const unprefixed = new InMemoryIdempotencyStore({ clock });
    expect(await unprefixed.begin(key, 'fp', 1_000)).toMatchObject({ kind: 'started' });
  });

  // Redis writes an unpaired surrogate as U+FFFD: there `p\ud800` and `p\udc00` are one prefix.
  it('refuses a key prefix with an unpaired surrogate, made with new or as a peer', () => {
    const refused = expect.objectContaining({
      issues: [expect.objectContaining({ path: 'keyPrefix', code: 'not_well_formed' })],
    });
    const clock = new FakeClock();
    expect(() => new InMemoryIdempotencyStore({ clock, keyPrefix: 'p\ud800' })).toThrowError(refused);
    expect(() => new InMemoryIdempotencyStore({ clock }).peer({ keyPrefix: 'p\udc00' })).toThrowError(
      refused,
    );
  });

  // Redis keeps prefix and key as one text: a store on `ns:x:` and one on `ns:` share `ns:x:k`.
  it('keeps records under prefix and key as one text, so overlapping prefixes meet as in Redis', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock(), keyPrefix: 'ns:' });
    const nested = store.peer({ keyPrefix: 'ns:x:' });
    expect(await store.begin('x:k', 'fp', 1_000)).toMatchObject({ kind: 'started' });
    expect(await nested.begin('k', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
    await nested.complete('k', { status: 201, body: 'nested' });
    expect(await store.begin('x:k', 'fp', 1_000)).toEqual({
      kind: 'completed',
      response: { status: 201, body: 'nested' },
    });
    expect(await nested.begin('x:k', 'fp', 1_000)).toMatchObject({ kind: 'started' });
    expect(await store.peer().begin('x:x:k', 'other', 1_000)).toEqual({ kind: 'mismatch' });
  });
});
