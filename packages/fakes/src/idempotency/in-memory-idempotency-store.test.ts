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

  // The Redis adapter validates a response, then reads it again to encode it: a getter answering
  // otherwise the second time is stored as it then reads, and a replay Redis cannot read is refused
  // with IDEMPOTENCY_RECORD_UNREADABLE (the idempotency corpus, round 16).
  it('stores what a response reads after validation, and refuses an unreadable replay with a code', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const reads = ['first', 5];
    const response = {
      status: 200,
      get body() {
        return reads.shift();
      },
    } as unknown as StoredResponse;
    await store.begin('k', 'fp', 1_000);
    await store.complete('k', response);
    await expect(store.begin('k', 'fp', 1_000)).rejects.toMatchObject({
      name: 'IdempotencyRecordError',
      code: 'IDEMPOTENCY_RECORD_UNREADABLE',
      key: 'k',
    });
    expect(await store.begin('k', 'other', 1_000)).toEqual({ kind: 'mismatch' });
  });

  it('encodes the response before looking at the key, as Redis does: a throwing getter fails any complete', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    let read = 0;
    const response = {
      get status() {
        read += 1;
        if (read > 1) throw new RangeError('second read');
        return 200;
      },
      body: 'b',
    } as StoredResponse;
    await expect(store.complete('never-begun', response)).rejects.toThrow(RangeError);
    expect(await store.begin('never-begun', 'fp', 1_000)).toMatchObject({ kind: 'started' });
  });

  // The adapter reads `holder.lease` once to validate it and once to send it (`?? ''`, as ioredis
  // writes it): the second answer decides, and '' or null there means any holder.
  it('reads the lease once after validating it, an empty or null answer meaning any holder', async () => {
    const store = new InMemoryIdempotencyStore({ clock: new FakeClock() });
    const shifting = (...values: unknown[]) =>
      ({
        get lease() {
          return values.shift();
        },
      }) as IdempotencyHolder;
    const found = await store.begin('k', 'fp', 1_000);
    const lease = found.kind === 'started' ? found.lease : '';
    await store.complete('k', { status: 201, body: 'x' }, shifting(undefined, 'bogus', lease));
    expect(await store.begin('k', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
    await store.abandon('k', shifting(undefined, 'bogus', lease));
    expect(await store.begin('k', 'fp', 1_000)).toEqual({ kind: 'in_progress' });
    await store.complete('k', { status: 200, body: 'any' }, shifting(undefined, ''));
    expect(await store.begin('k', 'fp', 1_000)).toEqual({
      kind: 'completed',
      response: { status: 200, body: 'any' },
    });
    await store.begin('j', 'fp', 1_000);
    await store.abandon('j', shifting(undefined, null));
    expect(await store.begin('j', 'other', 1_000)).toMatchObject({ kind: 'started' });
  });

  it.each([0, -1, 0.5])('refuses a lease of %s ms', (leaseMs) => {
    expect(() => new InMemoryIdempotencyStore({ clock: new FakeClock(), leaseMs })).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path: 'leaseMs' })],
      }),
    );
  });
});
