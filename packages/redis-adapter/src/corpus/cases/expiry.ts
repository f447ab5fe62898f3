import { HOUR, CORPUS_TTL_MS as TTL, CORPUS_WIDE_PERIOD_MS as WIDE } from '../corpus-timing.js';
import { abandon, begin, beginHolding, complete, idempotencyCases } from '../idempotency-case.js';

const ok = { status: 200, body: 'ok' };

/**
 * Leases and TTLs running out. Waits are fractions of the corpus's lease and TTL (both
 * `CORPUS_LEASE_MS` / `CORPUS_TTL_MS`): a wait of a whole period passes it on both stores (the
 * fake's clock reaches the boundary, Redis' wait adds a margin), and a wait of 0.3 stays clear of
 * it however late Redis' timer fires. A case that looks at a key before its boundary waits on
 * `CORPUS_WIDE_PERIOD_MS` instead, so a loaded machine's delays cannot carry it past.
 */
export const expiryCases = idempotencyCases('expiry', {
  "a crashed worker's lease runs out: another worker starts, the first then sees it running": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    const first = await begin(store, 'k');
    await advanceTime(leaseMs);
    return [first, await begin(other, 'k'), await begin(store, 'k')];
  },
  'before its lease runs out a started key is still running': async ({ worker, advanceTime }) => {
    const [store, other] = [await worker({ leaseMs: WIDE }), await worker({ leaseMs: WIDE })];
    const first = await begin(store, 'k');
    await advanceTime(WIDE * 0.3);
    return [first, await begin(other, 'k'), await begin(other, 'k', 'fp-b')];
  },
  'after the lease runs out another fingerprint starts rather than mismatching': async ({
    store,
    leaseMs,
    advanceTime,
  }) => {
    const first = await begin(store, 'k', 'fp-a');
    await advanceTime(leaseMs);
    return [first, await begin(store, 'k', 'fp-b'), await begin(store, 'k', 'fp-a')];
  },
  'a worker finishing after its lease, before anyone took over, records its response': async ({
    store,
    leaseMs,
    advanceTime,
  }) => {
    const first = await begin(store, 'k');
    await advanceTime(leaseMs);
    return [first, await complete(store, 'k', { status: 201, body: 'late' }), await begin(store, 'k')];
  },
  "a worker finishing after another took over records its response over the new holder's claim": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    const first = await begin(store, 'k');
    await advanceTime(leaseMs);
    return [
      first,
      await begin(other, 'k'),
      await complete(store, 'k', { status: 200, body: 'late first' }),
      await complete(other, 'k', { status: 200, body: 'second' }),
      await begin(other, 'k'),
    ];
  },
  "an abandon after another took over frees the new holder's claim": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const [other, third] = [await worker(), await worker()];
    const first = await begin(store, 'k');
    await advanceTime(leaseMs);
    return [first, await begin(other, 'k'), await abandon(store, 'k'), await begin(third, 'k', 'fp-c')];
  },
  'releasing after the lease ran out, before anyone took over, frees the key': async ({
    store,
    leaseMs,
    advanceTime,
  }) => {
    const first = await begin(store, 'k');
    await advanceTime(leaseMs);
    return [first, await abandon(store, 'k'), await begin(store, 'k', 'fp-b')];
  },
  'releasing after the TTL ran out is a no-op': async ({ store, worker, advanceTime }) => {
    const longLease = await worker({ leaseMs: 10 * TTL });
    const first = await begin(longLease, 'k', 'fp-a', TTL);
    await advanceTime(TTL);
    return [first, await abandon(longLease, 'k'), await begin(store, 'k', 'fp-b')];
  },
  'completing after the TTL ran out stores nothing': async ({ store, worker, advanceTime }) => {
    const longLease = await worker({ leaseMs: 10 * TTL });
    const first = await begin(longLease, 'k', 'fp-a', TTL);
    await advanceTime(TTL);
    return [
      first,
      await complete(longLease, 'k', { status: 200, body: 'late' }),
      await begin(store, 'k', 'fp-b'),
    ];
  },
  'a started key whose TTL is shorter than its lease is freed at its TTL': async ({
    store,
    worker,
    advanceTime,
  }) => {
    const longLease = await worker({ leaseMs: 10 * WIDE });
    const first = await begin(longLease, 'k', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.3);
    const during = await begin(store, 'k');
    await advanceTime(WIDE * 0.7);
    return [first, during, await begin(store, 'k')];
  },
  'a completed response is kept within its TTL': async ({ store, advanceTime }) => {
    await begin(store, 'k', 'fp-a', WIDE);
    await complete(store, 'k', ok);
    await advanceTime(WIDE * 0.3);
    return [await begin(store, 'k'), await begin(store, 'k', 'fp-b')];
  },
  'a completed response is forgotten when its TTL runs out': async ({ store, advanceTime }) => {
    await begin(store, 'k', 'fp-a', TTL);
    await complete(store, 'k', ok);
    await advanceTime(TTL);
    return [await begin(store, 'k', 'fp-b'), await begin(store, 'k', 'fp-a')];
  },
  'complete restarts the TTL: the response is kept a full TTL from completion': async ({
    worker,
    advanceTime,
  }) => {
    // A lease as long as the TTL: the complete lands within it, as it did at 400 ms.
    const store = await worker({ leaseMs: WIDE });
    await begin(store, 'k', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.4);
    await complete(store, 'k', ok);
    await advanceTime(WIDE * 0.4);
    const within = await begin(store, 'k');
    await advanceTime(WIDE * 0.7);
    return [within, await begin(store, 'k', 'fp-b')];
  },
  'a begin that replays a completed key does not extend its TTL': async ({ store, advanceTime }) => {
    await begin(store, 'k', 'fp-a', WIDE);
    await complete(store, 'k', ok);
    await advanceTime(WIDE * 0.4);
    const replay = await begin(store, 'k', 'fp-a', HOUR);
    await advanceTime(WIDE * 0.7);
    return [replay, await begin(store, 'k', 'fp-b')];
  },
  "the response's TTL is the one given to begin, not to a later replaying begin": async ({
    store,
    advanceTime,
  }) => {
    await begin(store, 'k', 'fp-a', HOUR);
    await complete(store, 'k', ok);
    const replay = await begin(store, 'k', 'fp-a', 1);
    await advanceTime(TTL);
    return [replay, await begin(store, 'k')];
  },
  "the lease is the beginner's: a long-lease worker's key outlives a short lease": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const longLease = await worker({ leaseMs: 10 * leaseMs });
    const first = await begin(longLease, 'k');
    await advanceTime(leaseMs);
    return [first, await begin(store, 'k')];
  },
  "the lease is the beginner's: a short-lease worker's key is freed early": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const shortLease = await worker({ leaseMs: leaseMs / 4 });
    const first = await begin(shortLease, 'k');
    await advanceTime(leaseMs / 4);
    return [first, await begin(store, 'k'), await begin(shortLease, 'k')];
  },
  "a key taken over after its lease keeps the new begin's TTL": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker({ leaseMs: 10 * TTL });
    await begin(store, 'k', 'fp-a', HOUR);
    await advanceTime(leaseMs);
    const taken = await begin(other, 'k', 'fp-a', TTL);
    await complete(other, 'k', ok);
    await advanceTime(TTL);
    return [taken, await begin(store, 'k', 'fp-b')];
  },
  'a TTL of 1 ms: the started key is gone soon after': async ({ store, advanceTime }) => {
    const first = await begin(store, 'k', 'fp-a', 1);
    await advanceTime(TTL * 0.3);
    return [first, await begin(store, 'k', 'fp-b')];
  },
  'an expired response can be replaced by a new request': async ({ store, advanceTime }) => {
    await begin(store, 'k', 'fp-a', TTL);
    await complete(store, 'k', { status: 200, body: 'old' });
    await advanceTime(TTL);
    return [
      await begin(store, 'k', 'fp-b'),
      await complete(store, 'k', { status: 201, body: 'new' }),
      await begin(store, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
    ];
  },
  'a lease running out does not touch a completed key': async ({ store, leaseMs, advanceTime }) => {
    await begin(store, 'k');
    await complete(store, 'k', ok);
    await advanceTime(leaseMs);
    return [await begin(store, 'k'), await begin(store, 'k', 'fp-b')];
  },
  'under its lease, a worker whose key was taken over cannot complete it: the new holder answers': async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    const stale = await beginHolding(store, 'k', 'fp-a');
    await advanceTime(leaseMs);
    const current = await beginHolding(other, 'k', 'fp-b');
    return [
      stale.answer,
      current.answer,
      await complete(store, 'k', { status: 201, body: 'stale' }, stale.holder),
      await begin(other, 'k', 'fp-b'),
      await complete(other, 'k', { status: 200, body: 'holder' }, current.holder),
      await begin(store, 'k', 'fp-b'),
    ];
  },
  'under its lease, a worker whose key was taken over cannot abandon it: the key stays running': async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    const stale = await beginHolding(store, 'k');
    await advanceTime(leaseMs);
    const current = await beginHolding(other, 'k');
    return [
      stale.answer,
      current.answer,
      await abandon(store, 'k', stale.holder),
      await begin(store, 'k'),
      await abandon(other, 'k', current.holder),
      await begin(store, 'k'),
    ];
  },
  'under its own lease, a worker finishing after its lease with nobody taking over records its response':
    async ({ store, leaseMs, advanceTime }) => {
      const held = await beginHolding(store, 'k');
      await advanceTime(leaseMs);
      return [held.answer, await complete(store, 'k', ok, held.holder), await begin(store, 'k')];
    },
  'a mismatching begin after the lease ran out takes the key; the old holder then mismatches': async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    await begin(store, 'k', 'fp-a');
    await advanceTime(leaseMs);
    return [
      await begin(other, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
      await complete(store, 'k', { status: 200, body: 'old holder' }),
      await begin(other, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
    ];
  },
  'a lease of the largest safe integer never runs out within the case': async ({
    store,
    worker,
    advanceTime,
  }) => {
    const forever = await worker({ leaseMs: Number.MAX_SAFE_INTEGER });
    const first = await begin(forever, 'k');
    await advanceTime(TTL);
    return [first, await begin(store, 'k')];
  },
  'a TTL of the largest safe integer is accepted and the response replays': async ({ store }) => [
    await begin(store, 'k', 'fp-a', Number.MAX_SAFE_INTEGER),
    await complete(store, 'k', ok),
    await begin(store, 'k', 'fp-a', Number.MAX_SAFE_INTEGER),
  ],
});
