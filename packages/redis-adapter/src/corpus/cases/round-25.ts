import type { IdempotencyStore, JsonValue } from '@seams/ports';
import { HOUR, CORPUS_WIDE_PERIOD_MS as WIDE } from '../corpus-timing.js';
import {
  abandon,
  begin,
  beginHolding,
  complete,
  digest,
  exactRoundTrip,
  idempotencyCases,
  patient,
  patientWorkers,
  result,
  tally,
} from '../idempotency-case.js';

/**
 * Round 25 (all names start `r25 `): from Redis' pages on SET NX PX and key expiry, as the store's
 * scripts use them: which write sets a record's TTL (the begin that started its holder, the
 * complete that stored a response, never a begin that found it running, a replay, a mismatch, a
 * second complete), TTLs after a record is written anew (abandon and begin again, a takeover, a
 * begin after expiry), holders with and without leases across those rewrites, bursts that mix
 * every operation over many keys, and responses of tens of megabytes.
 */

const ok = { status: 200, body: 'ok' };

/** Begins `key` on each of `stores` at once: what each answered, in store order. */
const beginEach = (stores: readonly IdempotencyStore[], key: string, fingerprint = 'fp-a', ttlMs = HOUR) =>
  Promise.all(stores.map((store) => begin(store, key, fingerprint, ttlMs)));

const expiry = idempotencyCases('expiry', {
  'r25 a takeover with a shorter TTL: the response it completes expires a short TTL after completing':
    async ({ store, worker, leaseMs, advanceTime }) => {
      const taker = await worker({ leaseMs: HOUR });
      const first = await begin(store, 'k', 'fp-a', HOUR);
      await advanceTime(leaseMs);
      const taken = await beginHolding(taker, 'k', 'fp-a', WIDE);
      const stored = await complete(taker, 'k', ok, taken.holder);
      await advanceTime(WIDE * 0.3);
      const kept = await begin(store, 'k');
      await advanceTime(WIDE * 0.8);
      return [first, taken.answer, stored, kept, await begin(store, 'k', 'fp-b')];
    },
  'r25 a begin that finds the key running with a longer TTL leaves the TTL the complete uses': async (s) => {
    const [holder, other] = await patientWorkers(s, 2);
    const held = await beginHolding(holder as IdempotencyStore, 'k', 'fp-a', WIDE);
    const running = await begin(other as IdempotencyStore, 'k', 'fp-a', HOUR);
    const stored = await complete(holder as IdempotencyStore, 'k', ok, held.holder);
    await s.advanceTime(WIDE * 0.3);
    const kept = await begin(other as IdempotencyStore, 'k');
    await s.advanceTime(WIDE * 0.8);
    return [held.answer, running, stored, kept, await begin(other as IdempotencyStore, 'k', 'fp-b')];
  },
  'r25 abandoned and begun again with a shorter TTL: the new TTL decides when the response goes': async (
    s,
  ) => {
    const holder = await patient(s);
    const first = await beginHolding(holder, 'k', 'fp-a', HOUR);
    const freed = await abandon(holder, 'k', first.holder);
    const again = await beginHolding(holder, 'k', 'fp-a', WIDE);
    const stored = await complete(holder, 'k', ok, again.holder);
    await s.advanceTime(WIDE * 1.1);
    return [first.answer, freed, again.answer, stored, await begin(holder, 'k', 'fp-b')];
  },
  'r25 abandoned and begun again with a longer TTL: the record outlives the first TTL': async (s) => {
    const holder = await patient(s);
    const first = await beginHolding(holder, 'k', 'fp-a', WIDE);
    const freed = await abandon(holder, 'k', first.holder);
    const again = await beginHolding(holder, 'k', 'fp-a', HOUR);
    await s.advanceTime(WIDE * 1.1);
    const running = [await begin(holder, 'k'), await begin(holder, 'k', 'fp-b')];
    const stored = await complete(holder, 'k', ok, again.holder);
    return [first.answer, freed, again.answer, running, stored, await begin(holder, 'k')];
  },
  'r25 a second complete does not restart the TTL: the response goes a TTL after the first': async (s) => {
    const holder = await patient(s);
    const held = await beginHolding(holder, 'k', 'fp-a', WIDE);
    const first = await complete(holder, 'k', ok, held.holder);
    await s.advanceTime(WIDE * 0.5);
    const second = await complete(holder, 'k', { status: 201, body: 'second' });
    const kept = await begin(holder, 'k');
    await s.advanceTime(WIDE * 0.6);
    return [held.answer, first, second, kept, await begin(holder, 'k', 'fp-b')];
  },
  'r25 a mismatching begin halfway does not restart the TTL of a running key': async (s) => {
    const [holder, other] = await patientWorkers(s, 2);
    const held = await begin(holder as IdempotencyStore, 'k', 'fp-a', WIDE);
    await s.advanceTime(WIDE * 0.5);
    const mismatch = await begin(other as IdempotencyStore, 'k', 'fp-b', HOUR);
    await s.advanceTime(WIDE * 0.6);
    return [held, mismatch, await begin(other as IdempotencyStore, 'k', 'fp-b', HOUR)];
  },
  'r25 a completed key begun again after its TTL with another TTL and fingerprint: the new record rules':
    async (s) => {
      const holder = await patient(s);
      const first = await beginHolding(holder, 'k', 'fp-a', WIDE);
      const stored = await complete(holder, 'k', ok, first.holder);
      await s.advanceTime(WIDE * 1.1);
      const again = await beginHolding(holder, 'k', 'fp-b', HOUR);
      const storedAgain = await complete(holder, 'k', { status: 202, body: 'again' }, again.holder);
      await s.advanceTime(WIDE * 1.1);
      return [
        first.answer,
        stored,
        again.answer,
        storedAgain,
        await begin(holder, 'k', 'fp-b'),
        await begin(holder, 'k', 'fp-a'),
      ];
    },
  'r25 keys begun with TTLs of one and three periods, both completed at once: checked at 1.5 periods': async (
    s,
  ) => {
    const holder = await patient(s);
    const short = await beginHolding(holder, 'short', 'fp-a', WIDE);
    const long = await beginHolding(holder, 'long', 'fp-a', WIDE * 3);
    const stored = await Promise.all([
      complete(holder, 'short', ok, short.holder),
      complete(holder, 'long', ok, long.holder),
    ]);
    await s.advanceTime(WIDE * 1.5);
    return [
      short.answer,
      long.answer,
      stored,
      await begin(holder, 'short', 'fp-b'),
      await begin(holder, 'long', 'fp-b'),
      await begin(holder, 'long'),
    ];
  },
  'r25 after the lease ran out a takeover by another fingerprint, then the old holder without a lease completes':
    async ({ store, worker, leaseMs, advanceTime }) => {
      const taker = await worker({ leaseMs: HOUR });
      const held = await beginHolding(store, 'k', 'fp-a', HOUR);
      await advanceTime(leaseMs);
      const taken = await beginHolding(taker, 'k', 'fp-b', HOUR);
      // Without a lease complete acts on whoever holds the key: the old holder's response is stored
      // for the taker's fingerprint, and the taker's own complete then stores nothing.
      const stale = await complete(store, 'k', { status: 500, body: 'stale' });
      const own = await complete(taker, 'k', ok, taken.holder);
      return [
        held.answer,
        taken.answer,
        stale,
        own,
        await begin(store, 'k', 'fp-a'),
        await begin(store, 'k', 'fp-b'),
      ];
    },
  'r25 after the lease ran out a takeover, then the old holder abandons without a lease: the taker’s key is freed':
    async ({ store, worker, leaseMs, advanceTime }) => {
      const taker = await worker({ leaseMs: HOUR });
      const held = await beginHolding(store, 'k', 'fp-a', HOUR);
      await advanceTime(leaseMs);
      const taken = await beginHolding(taker, 'k', 'fp-b', HOUR);
      const freed = await abandon(store, 'k');
      const late = await complete(taker, 'k', ok, taken.holder);
      return [held.answer, taken.answer, freed, late, await begin(taker, 'k', 'fp-c')];
    },
});

const concurrency = idempotencyCases('concurrency', {
  'r25 sixty keys begun in flight over three workers, then completed, abandoned or left, then begun again':
    async (s) => {
      const workers = await patientWorkers(s, 3);
      const keys = Array.from({ length: 60 }, (_, i) => `k${i}`);
      const on = (i: number) => workers[i % 3] as IdempotencyStore;
      const started = await Promise.all(keys.map((key, i) => beginHolding(on(i), key)));
      const settled = await Promise.all(
        keys.map((key, i) => {
          const holder = started[i]?.holder ?? {};
          if (i % 3 === 0) return complete(on(i + 1), key, { status: 200, body: key }, holder);
          if (i % 3 === 1) return abandon(on(i + 2), key, holder);
          return Promise.resolve<JsonValue>('left');
        }),
      );
      const again = await Promise.all(keys.map((key, i) => begin(on(i + 1), key)));
      const own = again.filter(
        (found, i) => JSON.stringify(found) === JSON.stringify({ completed: { status: 200, body: `k${i}` } }),
      );
      return {
        started: tally(started.map((s) => s.answer)),
        settled: tally(settled),
        again: tally(again.map((found) => (typeof found === 'string' ? found : 'completed'))),
        own: own.length,
      };
    },
  'r25 a key begun on four workers at once with four TTLs: the starter’s TTL decides': async (s) => {
    const workers = await patientWorkers(s, 4);
    const ttls = [WIDE, HOUR, HOUR * 2, HOUR * 3];
    const answers = await Promise.all(
      workers.map((worker, i) => beginHolding(worker, 'k', 'fp-a', ttls[i] as number)),
    );
    const winner = answers.findIndex((a) => a.answer === 'started');
    const stored = await complete(workers[0] as IdempotencyStore, 'k', ok);
    await s.advanceTime(WIDE * 1.1);
    const after = await begin(workers[1] as IdempotencyStore, 'k', 'fp-b');
    return {
      answers: tally(answers.map((a) => a.answer)),
      stored,
      // Gone after one period only when the starter was the short TTL's worker.
      after: winner === 0 ? after === 'started' : after === 'mismatch',
    };
  },
  'r25 complete and abandon of one holder racing from two workers, each with the lease: ends completed or free':
    async (s) => {
      const [a, b, c] = await patientWorkers(s, 3);
      const held = await beginHolding(a as IdempotencyStore, 'k');
      const both = await Promise.all([
        complete(b as IdempotencyStore, 'k', ok, held.holder),
        abandon(c as IdempotencyStore, 'k', held.holder),
      ]);
      const after = await begin(a as IdempotencyStore, 'k', 'fp-b');
      return { held: held.answer, both, consistent: after === 'started' || after === 'mismatch' };
    },
  'r25 twenty begins on one key over four workers, then the starter abandons and twenty more race': async (
    s,
  ) => {
    const workers = await patientWorkers(s, 4);
    const round = (n: number) =>
      Promise.all(Array.from({ length: n }, (_, i) => beginHolding(workers[i % 4] as IdempotencyStore, 'k')));
    const first = await round(20);
    const starter = first.find((a) => a.answer === 'started');
    const freed = await abandon(workers[0] as IdempotencyStore, 'k', starter?.holder ?? {});
    const second = await round(20);
    return {
      first: tally(first.map((a) => a.answer)),
      freed,
      second: tally(second.map((a) => a.answer)),
    };
  },
  'r25 a replay to every worker while a stranger begins the same key at once': async (s) => {
    const workers = await patientWorkers(s, 3);
    const stranger = await s.stranger();
    const held = await beginHolding(workers[0] as IdempotencyStore, 'k');
    await complete(workers[0] as IdempotencyStore, 'k', ok, held.holder);
    const [replays, strange] = await Promise.all([beginEach(workers, 'k'), begin(stranger, 'k', 'fp-b')]);
    return { replays, strange };
  },
});

const responses = idempotencyCases('responses', {
  'r25 a body of 24 MiB of ASCII replays whole to another worker': async ({ store, worker }) => {
    const body = 'abcdefghijklmnop'.repeat(24 * 65_536);
    const found = await exactRoundTrip(store, { status: 200, body }, await worker());
    return { length: body.length, digest: digest(body), found };
  },
  'r25 a body of 6 MiB of four-byte characters with one header of 1 MiB replays byte for byte': async ({
    store,
    worker,
  }) => {
    const body = '\u{1F600}\u{10FFFF}'.repeat(786_432);
    const headers = { 'x-big': 'é'.repeat(1_048_576), 'x-small': 'v' };
    return exactRoundTrip(store, { status: 207, body, headers }, await worker());
  },
  'r25 a response completed on a worker and replayed by a peer while a third completes it again': async (
    s,
  ) => {
    const [a, b, c] = await patientWorkers(s, 3);
    const held = await beginHolding(a as IdempotencyStore, 'k');
    await complete(a as IdempotencyStore, 'k', { status: 201, body: 'first' }, held.holder);
    const [replay, again] = await Promise.all([
      (b as IdempotencyStore).begin('k', 'fp-a', HOUR).then(result),
      complete(c as IdempotencyStore, 'k', { status: 500, body: 'second' }),
    ]);
    return { replay, again, after: await begin(a as IdempotencyStore, 'k') };
  },
});

const keys = idempotencyCases('keys', {
  'r25 keys of private-use, unassigned and last-plane code points, each beside its neighbour, are records of their own':
    async ({ store, worker }) => {
      const points = [0xe000, 0xf8ff, 0xf0000, 0xffffd, 0x100000, 0x10fffd, 0x2fffe, 0xe01ef, 0x30000];
      const keyList = points.flatMap((p) => [String.fromCodePoint(p), String.fromCodePoint(p + 1)]);
      const reader = await worker();
      const started = await Promise.all(keyList.map((key) => begin(store, key)));
      await Promise.all(keyList.map((key, i) => complete(store, key, { status: 200, body: `${i}` })));
      const replays = await Promise.all(keyList.map((key) => reader.begin(key, 'fp-a', HOUR)));
      const own = replays.filter((found, i) => found.kind === 'completed' && found.response.body === `${i}`);
      return { keys: keyList.length, started: tally(started), own: own.length };
    },
  'r25 a key of 300,000 characters mixing every UTF-8 width completes on one worker and replays on another':
    async ({ store, worker }) => {
      const key = 'a\u00e9\u4e2d\u{1F600}'.repeat(60_000);
      const held = await beginHolding(store, key);
      const stored = await complete(store, key, ok, held.holder);
      const reader = await worker();
      return {
        held: held.answer,
        stored,
        replay: await begin(reader, key),
        shorter: await begin(reader, key.slice(0, -2)),
      };
    },
});

export const round25Cases = [...expiry, ...concurrency, ...responses, ...keys];
