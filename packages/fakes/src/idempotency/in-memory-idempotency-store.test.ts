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

  it('expires on its clock only: real time passing frees nothing', async () => {
    const clock = new FakeClock();
    const store = new InMemoryIdempotencyStore({ clock, leaseMs: 1 });
    await store.begin('k', 'fp', 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await store.begin('k', 'fp', 1)).toEqual({ kind: 'in_progress' });
    await clock.advance(1);
    expect(await store.begin('k', 'fp', 1)).toEqual({ kind: 'started' });
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

  it.each([0, -1, 0.5])('refuses a lease of %s ms', (leaseMs) => {
    expect(() => new InMemoryIdempotencyStore({ clock: new FakeClock(), leaseMs })).toThrow(RangeError);
  });
});
