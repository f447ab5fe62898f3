import { InMemoryIdempotencyStore } from '@seams/fakes';
import type { Clock, IdempotencyStore } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_CORPUS } from './cases/index.js';
import type { CorpusStores } from './corpus-store.js';
import {
  CORPUS_CASE_TIMEOUT_MS,
  CORPUS_LEASE_MS,
  CORPUS_STALL_TOLERANCE_MS,
  REAL_MARGIN_MS,
} from './corpus-timing.js';
import { runCase } from './run-case.js';

/**
 * How long a loaded CI machine may stall at any one step of a case (a slow connection, a script
 * reload, a garbage collection) without changing what the case answers on Redis. A check halfway
 * into a 400 ms lease had 140 ms of such slack, and flaked in CI. The real pass measures each run's
 * lateness against the same figure and runs a case again when it fell further behind.
 */
const STALL_MS = CORPUS_STALL_TOLERANCE_MS;

/**
 * The cases that let time pass (`advanceTime`, `IdempotencyCase.waits`): the others run on leases
 * of an hour (`caseLeaseMs`) and answer the same however slow the machine.
 */
const waiting = IDEMPOTENCY_CORPUS.filter((c) => c.waits);

/** The fake's driver as `fakeCorpusStores`, on Redis' timeline: each wait takes its margin too, and step `stallAt` comes `STALL_MS` late. */
function stalledCorpusStores(stallAt: number, steps: { count: number }): CorpusStores {
  let now = Date.UTC(2026, 0, 1);
  const clock: Clock = {
    now: () => new Date(now),
    sleep: () => Promise.reject(new Error('the corpus never sleeps on the store clock')),
  };
  // Every step of a case passes through here first: the stalled one finds the clock moved on.
  const step = <T>(call: () => T): T => {
    if (steps.count === stallAt) now += STALL_MS;
    steps.count += 1;
    return call();
  };
  const stalled = (store: InMemoryIdempotencyStore): IdempotencyStore => ({
    begin: (...args) => step(() => store.begin(...args)),
    complete: (...args) => step(() => store.complete(...args)),
    abandon: (...args) => step(() => store.abandon(...args)),
  });
  const root = new InMemoryIdempotencyStore({ clock, leaseMs: CORPUS_LEASE_MS, keyPrefix: 'idempotency:' });
  return {
    store: stalled(root),
    leaseMs: CORPUS_LEASE_MS,
    worker: async (options = {}) => step(() => stalled(root.peer(options))),
    prefixed: async (keyPrefix, options = {}) =>
      step(() => stalled(root.peer({ ...options, keyPrefix: `idempotency:${keyPrefix}` }))),
    stranger: async () =>
      step(() => stalled(new InMemoryIdempotencyStore({ clock, leaseMs: CORPUS_LEASE_MS }))),
    advanceTime: async (ms) =>
      step(() => {
        now += ms + REAL_MARGIN_MS;
      }),
    flushScripts: async () => step(() => undefined),
  };
}

// Replays each case on the fake with one step stalled, for each step in turn: the answer must not
// change. A check that must land before a lease or TTL runs out needs that much room before it.
describe('idempotency corpus timing', () => {
  it('finds the cases that wait', () => {
    expect(waiting.length).toBeGreaterThanOrEqual(90);
  });

  for (const idempotencyCase of waiting) {
    it(`${idempotencyCase.name} answers the same after a ${STALL_MS} ms stall at any step`, {
      timeout: CORPUS_CASE_TIMEOUT_MS,
    }, async () => {
      const steps = { count: 0 };
      const expected = await runCase(idempotencyCase, stalledCorpusStores(-1, steps));
      expect(steps.count).toBeGreaterThan(0);
      for (let stallAt = 0; stallAt < steps.count; stallAt += 1) {
        const stalled = await runCase(idempotencyCase, stalledCorpusStores(stallAt, { count: 0 }));
        expect(stalled, `stalled before step ${stallAt} of ${steps.count}`).toEqual(expected);
      }
    });
  }
});
