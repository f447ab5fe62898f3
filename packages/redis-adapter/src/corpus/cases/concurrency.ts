import type { IdempotencyStore } from '@seams/ports';
import {
  abandon,
  begin,
  complete,
  idempotencyCases,
  patientWorkers,
  sortedKinds,
  tally,
  workers,
} from '../idempotency-case.js';

/** `calls` begins with one key, spread over `pool` round-robin, all in flight at once. */
function race(
  pool: readonly IdempotencyStore[],
  calls: number,
  key: string,
  fingerprint = (_i: number) => 'fp-a',
) {
  return Promise.all(
    Array.from({ length: calls }, (_, i) =>
      begin(pool[i % pool.length] as IdempotencyStore, key, fingerprint(i)),
    ),
  );
}

/**
 * Several callers at once. Calls on one worker are ordered (one connection on Redis, one call
 * stack on the fake), so their answers are recorded in order; calls spread over workers race in
 * any order on Redis, so only their tally is recorded.
 */
export const concurrencyCases = idempotencyCases('concurrency', {
  'of 50 concurrent begins over 5 workers exactly one starts': async (s) =>
    tally(await race(await patientWorkers(s, 5), 50, 'k')),
  '20 begins in flight on one worker: the first starts, the rest see it running': async (s) =>
    race([s.store], 20, 'k'),
  '10 workers racing with 10 fingerprints: one starts, nine mismatch': async (s) =>
    tally(await race(await patientWorkers(s, 10), 10, 'k', (i) => `fp-${i}`)),
  'two workers racing with two fingerprints: one starts, one mismatches': async (s) =>
    sortedKinds(await race(await patientWorkers(s, 2), 2, 'k', (i) => `fp-${i}`)),
  'one worker, in flight together: begin, complete, begin': async ({ store }) =>
    Promise.all([begin(store, 'k'), complete(store, 'k', { status: 200, body: 'x' }), begin(store, 'k')]),
  'one worker, in flight together: begin, abandon, begin': async ({ store }) =>
    Promise.all([begin(store, 'k'), abandon(store, 'k'), begin(store, 'k', 'fp-b')]),
  'one worker, in flight together: complete before begin stores nothing': async ({ store }) =>
    Promise.all([complete(store, 'k', { status: 200, body: 'x' }), begin(store, 'k'), begin(store, 'k')]),
  'one worker, in flight together: two completes, the first kept': async ({ store }) => {
    await begin(store, 'k');
    return Promise.all([
      complete(store, 'k', { status: 200, body: 'first' }),
      complete(store, 'k', { status: 201, body: 'second' }),
      begin(store, 'k'),
    ]);
  },
  'five workers completing one key at once: one response kept, the same for all': async (s) => {
    const pool = await workers(s, 5);
    await begin(s.store, 'k');
    const bodies = pool.map((_, i) => `from ${i}`);
    const completes = await Promise.all(
      pool.map((w, i) => complete(w, 'k', { status: 200, body: bodies[i] ?? '' })),
    );
    const replays = await Promise.all(pool.map((w) => begin(w, 'k')));
    const first = JSON.stringify(replays[0]);
    const body = (replays[0] as { completed?: { body?: string } }).completed?.body ?? '';
    return {
      completes,
      allAlike: replays.every((r) => JSON.stringify(r) === first),
      oneOfThem: bodies.includes(body),
    };
  },
  '100 different keys begun at once over 10 workers all start': async (s) => {
    const pool = await workers(s, 10);
    return tally(
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => begin(pool[i % 10] as IdempotencyStore, `k-${i}`)),
      ),
    );
  },
  'the winner completes, then every loser retries and gets its response': async (s) => {
    const pool = await patientWorkers(s, 4);
    const first = await race(pool, 12, 'k');
    const winner = pool[first.indexOf('started') % pool.length] as IdempotencyStore;
    await complete(winner, 'k', { status: 201, body: 'won' });
    return { first: tally(first), retries: tally(await race(pool, 12, 'k')) };
  },
  '20 concurrent begins on a completed key, mixed fingerprints': async (s) => {
    await begin(s.store, 'k');
    await complete(s.store, 'k', { status: 200, body: 'done' });
    return tally(await race(await workers(s, 4), 20, 'k', (i) => (i % 3 === 0 ? 'fp-other' : 'fp-a')));
  },
  'one worker, pipelined over two keys: every step in order': async ({ store }) =>
    Promise.all([
      begin(store, 'k1'),
      begin(store, 'k2'),
      complete(store, 'k1', { status: 200, body: 'one' }),
      abandon(store, 'k2'),
      begin(store, 'k1'),
      begin(store, 'k2', 'fp-b'),
      begin(store, 'k2'),
    ]),
  'a race after abandon: exactly one of the retriers starts': async (s) => {
    const pool = await patientWorkers(s, 6);
    await begin(s.store, 'k');
    await abandon(s.store, 'k');
    return tally(await race(pool, 30, 'k'));
  },
});
