import { createHash } from 'node:crypto';
import type { IdempotencyStore, JsonValue, StoredResponse } from '@seams/ports';
import { HOUR, CORPUS_TTL_MS as TTL, CORPUS_WIDE_PERIOD_MS as WIDE } from '../corpus-timing.js';
import {
  abandon,
  attempt,
  begin,
  beginAll,
  beginHolding,
  complete,
  exactRoundTrip,
  idempotencyCases,
  loose,
  ownReplays,
  patient,
  patientWorkers,
  result,
  tally,
} from '../idempotency-case.js';

const ok = { status: 200, body: 'ok' };

/**
 * Round 19 (all names start `r19 `): the lifecycle's repeated and out-of-order calls, as the port's
 * TSDoc allows them (abandon twice, complete after abandon, every holder form on a completed key).
 */
const lifecycle = idempotencyCases('lifecycle', {
  'r19 abandon twice under its lease, then another fingerprint starts and the old lease touches nothing':
    async (s) => {
      const store = await patient(s);
      const first = await beginHolding(store, 'k');
      const answers: JsonValue[] = [
        first.answer,
        await abandon(store, 'k', first.holder),
        await abandon(store, 'k', first.holder),
      ];
      const second = await beginHolding(store, 'k', 'fp-b');
      answers.push(
        second.answer,
        await complete(store, 'k', { status: 200, body: 'old lease' }, first.holder),
        await abandon(store, 'k', first.holder),
        await begin(store, 'k', 'fp-b'),
        await begin(store, 'k', 'fp-a'),
        await complete(store, 'k', { status: 201, body: 'new lease' }, second.holder),
        await begin(store, 'k', 'fp-b'),
        await begin(store, 'k', 'fp-a'),
      );
      return answers;
    },
  'r19 complete under a lease after abandoning under it stores nothing; the next begin gets another lease':
    async (s) => {
      const store = await patient(s);
      const first = await beginHolding(store, 'k');
      const answers: JsonValue[] = [
        first.answer,
        await abandon(store, 'k', first.holder),
        await complete(store, 'k', { status: 200, body: 'after abandon' }, first.holder),
      ];
      const second = await beginHolding(store, 'k');
      answers.push(
        second.answer,
        second.holder.lease !== first.holder.lease,
        await begin(store, 'k'),
        await complete(store, 'k', { status: 200, body: 'first lease again' }, first.holder),
        await begin(store, 'k'),
      );
      return answers;
    },
  'r19 ten begin-abandon cycles hand out ten leases; none completes the eleventh cycle, its own does': async (
    s,
  ) => {
    const store = await patient(s);
    const old: string[] = [];
    const cycles: JsonValue[] = [];
    for (let i = 0; i < 10; i += 1) {
      const held = await beginHolding(store, 'k', `fp-${i}`);
      cycles.push(held.answer, await abandon(store, 'k', held.holder));
      old.push(held.holder.lease ?? '');
    }
    const last = await beginHolding(store, 'k', 'fp-last');
    const stale: JsonValue[] = [];
    for (const lease of old) {
      stale.push(await complete(store, 'k', { status: 200, body: `stale ${lease}` }, { lease }));
      stale.push(await abandon(store, 'k', { lease }));
    }
    return {
      cycles: tally(cycles),
      distinct: new Set([...old, last.holder.lease]).size,
      last: last.answer,
      stale: tally(stale),
      running: await begin(store, 'k', 'fp-last'),
      stored: await complete(store, 'k', { status: 201, body: 'eleventh' }, last.holder),
      replay: await begin(store, 'k', 'fp-last'),
    };
  },
  'r19 a completed key ignores complete and abandon in every holder form': async (s) => {
    const store = await patient(s);
    const held = await beginHolding(store, 'k');
    const holders = [undefined, {}, held.holder, { lease: 'made-up' }, loose({ lease: undefined })];
    const answers: JsonValue[] = [
      held.answer,
      await complete(store, 'k', { status: 201, body: 'first' }, held.holder),
    ];
    for (const [i, holder] of holders.entries()) {
      answers.push(await complete(store, 'k', { status: 500, body: `again ${i}` }, loose(holder)));
      answers.push(await abandon(store, 'k', loose(holder)));
    }
    answers.push(await begin(store, 'k'), await begin(store, 'k', 'fp-b'));
    return answers;
  },
  // A result without a lease is a holder without one: it acts on whoever holds the key (the port's
  // IdempotencyHolder), so a caller passing an in_progress answer along completes another's key.
  'r19 an in_progress or mismatch answer passed as the holder acts as any holder': async (s) => {
    const [holder, other] = (await patientWorkers(s, 2)) as [IdempotencyStore, IdempotencyStore];
    const held = await beginHolding(holder, 'a');
    await begin(holder, 'b');
    const waiting = await other.begin('a', 'fp-a', HOUR);
    const mismatched = await other.begin('b', 'fp-b', HOUR);
    return [
      held.answer,
      waiting.kind,
      mismatched.kind,
      await complete(other, 'a', { status: 200, body: 'via in_progress' }, loose(waiting)),
      await abandon(other, 'b', loose(mismatched)),
      await begin(holder, 'a'),
      await begin(other, 'b', 'fp-b'),
      await complete(holder, 'a', { status: 201, body: 'holder' }, held.holder),
      await begin(holder, 'a'),
    ];
  },
  'r19 after abandon the next cycle keeps its own fingerprint and response for every worker': async (s) => {
    const [one, two, three] = (await patientWorkers(s, 3)) as [
      IdempotencyStore,
      IdempotencyStore,
      IdempotencyStore,
    ];
    return [
      await begin(one, 'k', 'fp-a'),
      await begin(two, 'k', 'fp-b'),
      await abandon(two, 'k'),
      await begin(three, 'k', 'fp-c'),
      await begin(one, 'k', 'fp-a'),
      await complete(one, 'k', { status: 200, body: 'completed by the first worker' }),
      await begin(two, 'k', 'fp-c'),
      await begin(three, 'k', 'fp-a'),
      await abandon(one, 'k'),
      await begin(one, 'k', 'fp-c'),
    ];
  },
});

/**
 * Round 19: calls in flight on one worker (answered in order) and races over patient workers
 * (hour-long leases), recorded as tallies or as what holds in every order.
 */
const concurrency = idempotencyCases('concurrency', {
  'r19 one worker, in flight together: abandon twice, begin, complete, begin, abandon, begin': async (s) => {
    const store = await patient(s);
    return Promise.all([
      abandon(store, 'k'),
      abandon(store, 'k'),
      begin(store, 'k'),
      complete(store, 'k', { status: 201, body: 'in flight' }),
      begin(store, 'k'),
      abandon(store, 'k'),
      begin(store, 'k', 'fp-b'),
    ]);
  },
  'r19 one worker, in flight together: begin, mismatch, complete, abandon, then each fingerprint': async (
    s,
  ) => {
    const store = await patient(s);
    return Promise.all([
      begin(store, 'k', 'fp-a'),
      begin(store, 'k', 'fp-b'),
      complete(store, 'k', { status: 200, body: 'a' }),
      abandon(store, 'k'),
      begin(store, 'k', 'fp-b'),
      begin(store, 'k', 'fp-a'),
      begin(store, 'k', 'fp-c'),
    ]);
  },
  'r19 complete, abandon and a mismatching begin racing on three workers: the key ends consistent': async (
    s,
  ) => {
    const [holder, freer, other] = (await patientWorkers(s, 3)) as [
      IdempotencyStore,
      IdempotencyStore,
      IdempotencyStore,
    ];
    const held = await beginHolding(holder, 'k');
    const [stored, freed, raced] = await Promise.all([
      complete(holder, 'k', { status: 200, body: 'kept' }, held.holder),
      abandon(freer, 'k'),
      begin(other, 'k', 'fp-b'),
    ]);
    const final = await begin(holder, 'k');
    const kept = JSON.stringify(final) === JSON.stringify({ completed: { status: 200, body: 'kept' } });
    // fp-b started only after the abandon freed the key: it then holds it. Otherwise the key ends
    // completed (complete before abandon) or free (abandon before complete).
    const consistent =
      (raced === 'started' && final === 'mismatch') ||
      (raced === 'mismatch' && (kept || final === 'started'));
    return { held: held.answer, stored, freed, consistent };
  },
  'r19 fifty keys each raced by two workers: one start per key': async (s) => {
    const pool = await patientWorkers(s, 2);
    const names = Array.from({ length: 50 }, (_, i) => `k-${i}`);
    const perKey = await Promise.all(
      names.map(async (key) => tally(await Promise.all(pool.map((w) => begin(w, key))))),
    );
    return tally(perKey);
  },
  "r19 the holder's complete races completes under made-up leases on four workers: only the holder's is kept":
    async (s) => {
      const pool = await patientWorkers(s, 5);
      const holder = pool[0] as IdempotencyStore;
      const held = await beginHolding(holder, 'k');
      const raced = await Promise.all([
        complete(holder, 'k', { status: 201, body: 'holder' }, held.holder),
        ...pool
          .slice(1)
          .map((w, i) => complete(w, 'k', { status: 200, body: `forged ${i}` }, { lease: `forged-${i}` })),
      ]);
      return [held.answer, raced, tally(await Promise.all(pool.map((w) => begin(w, 'k'))))];
    },
  "r19 abandons under made-up leases race the holder's abandon; then ten begins over five workers: one starts":
    async (s) => {
      const pool = await patientWorkers(s, 5);
      const holder = pool[0] as IdempotencyStore;
      const held = await beginHolding(holder, 'k');
      const freed = await Promise.all([
        abandon(holder, 'k', held.holder),
        ...pool.slice(1).map((w, i) => abandon(w, 'k', { lease: `forged-${i}` })),
      ]);
      const raced = await Promise.all(
        Array.from({ length: 10 }, (_, i) => begin(pool[i % 5] as IdempotencyStore, 'k', 'fp-b')),
      );
      return [held.answer, freed, tally(raced)];
    },
  'r19 a hundred fingerprints racing over five workers: one starts, 99 mismatch': async (s) => {
    const pool = await patientWorkers(s, 5);
    const raced = await Promise.all(
      Array.from({ length: 100 }, (_, i) => begin(pool[i % 5] as IdempotencyStore, 'k', `fp-${i}`)),
    );
    return tally(raced);
  },
  "r19 two holders complete each other's key under their own leases at once: neither is stored": async (
    s,
  ) => {
    const [one, two] = (await patientWorkers(s, 2)) as [IdempotencyStore, IdempotencyStore];
    const a = await beginHolding(one, 'a');
    const b = await beginHolding(two, 'b');
    const crossed = await Promise.all([
      complete(one, 'b', { status: 200, body: 'a on b' }, a.holder),
      complete(two, 'a', { status: 200, body: 'b on a' }, b.holder),
      abandon(one, 'b', a.holder),
      abandon(two, 'a', b.holder),
    ]);
    return [a.answer, b.answer, crossed, await beginAll(one, ['a', 'b']), await beginAll(two, ['a', 'b'])];
  },
  'r19 a completed response replayed by twenty begins over four workers while five more keys complete':
    async (s) => {
      const pool = await patientWorkers(s, 4);
      const first = pool[0] as IdempotencyStore;
      await begin(first, 'k');
      await complete(first, 'k', { status: 200, body: 'done', headers: { etag: '"1"' } });
      const others = Array.from({ length: 5 }, (_, i) => `other-${i}`);
      await Promise.all(others.map((key) => begin(first, key)));
      const [replays, stored] = await Promise.all([
        Promise.all(Array.from({ length: 20 }, (_, i) => begin(pool[i % 4] as IdempotencyStore, 'k'))),
        Promise.all(others.map((key, i) => complete(pool[i % 4] as IdempotencyStore, key, ok))),
      ]);
      return { replays: tally(replays), stored: tally(stored), after: tally(await beginAll(first, others)) };
    },
});

/**
 * Round 19: a TTL against the lease (equal, shorter, longer), completes and takeovers across it,
 * and leases of an expired cycle. Kept-checks at most 0.6 of a period past the write, gone-checks
 * after a whole one.
 */
const expiry = idempotencyCases('expiry', {
  'r19 a TTL equal to the lease: running at half, free for any fingerprint after one period': async ({
    worker,
    advanceTime,
  }) => {
    const store = await worker({ leaseMs: WIDE });
    const first = await begin(store, 'k', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.5);
    const half = [await begin(store, 'k', 'fp-b')];
    await advanceTime(WIDE * 0.7);
    return [first, half, await begin(store, 'k', 'fp-b'), await begin(store, 'k', 'fp-a')];
  },
  'r19 a complete after the lease ran out, within a TTL of two leases, is kept a whole TTL from completing':
    async ({ store, leaseMs, advanceTime }) => {
      const ttl = 2 * TTL;
      const first = await begin(store, 'k', 'fp-a', ttl);
      await advanceTime(leaseMs);
      const stored = await complete(store, 'k', { status: 200, body: 'late but kept' });
      await advanceTime(ttl * 0.5);
      const kept = await begin(store, 'k', 'fp-b');
      await advanceTime(ttl * 0.7);
      return [first, stored, kept, await begin(store, 'k', 'fp-b')];
    },
  "r19 a taker with an hour's lease and a short TTL loses the key at its TTL": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const long = await worker({ leaseMs: HOUR });
    const first = await begin(store, 'k', 'fp-a', HOUR);
    await advanceTime(leaseMs);
    const taken = await begin(long, 'k', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.5);
    const half = [await begin(long, 'k', 'fp-b'), await begin(store, 'k', 'fp-a')];
    await advanceTime(WIDE * 0.7);
    return [first, taken, half, await begin(store, 'k', 'fp-b')];
  },
  'r19 after a response expired, its lease neither completes nor abandons the next cycle': async ({
    worker,
    advanceTime,
  }) => {
    const store = await worker({ leaseMs: HOUR });
    const first = await beginHolding(store, 'k', 'fp-a', TTL);
    const stored = await complete(store, 'k', { status: 200, body: 'expires' }, first.holder);
    await advanceTime(TTL);
    const second = await beginHolding(store, 'k', 'fp-b');
    return [
      first.answer,
      stored,
      second.answer,
      await complete(store, 'k', { status: 200, body: 'expired lease' }, first.holder),
      await abandon(store, 'k', first.holder),
      await begin(store, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
      await complete(store, 'k', { status: 201, body: 'second cycle' }, second.holder),
      await begin(store, 'k', 'fp-b'),
    ];
  },
  'r19 three completed keys with TTLs of 0.3, 1 and 3 periods: checked at 0.6 and 1.5 periods': async ({
    store,
    advanceTime,
  }) => {
    const ttls = { short: Math.round(WIDE * 0.3), one: WIDE, three: WIDE * 3 };
    const written: JsonValue[] = [];
    for (const [key, ttl] of Object.entries(ttls)) {
      written.push(await begin(store, key, 'fp-a', ttl));
      written.push(await complete(store, key, { status: 200, body: key }));
    }
    await advanceTime(WIDE * 0.6);
    const early = await beginAll(store, ['one', 'three']);
    const shortGone = await begin(store, 'short', 'fp-b');
    await advanceTime(WIDE * 0.9);
    return [
      written,
      early,
      shortGone,
      await begin(store, 'one', 'fp-b'),
      await begin(store, 'three', 'fp-b'),
    ];
  },
  'r19 a running key whose TTL and lease both ran out starts afresh for its own worker, not replayed':
    async ({ store, leaseMs, advanceTime }) => {
      const first = await beginHolding(store, 'k', 'fp-a', TTL);
      await advanceTime(Math.max(TTL, leaseMs));
      const again = await beginHolding(store, 'k', 'fp-a', HOUR);
      // No running-key check in between: the new 400 ms lease may run out on a slow machine, and a
      // complete under it stores all the same.
      return [
        first.answer,
        again.answer,
        again.holder.lease !== first.holder.lease,
        await complete(store, 'k', { status: 200, body: 'first lease' }, first.holder),
        await complete(store, 'k', { status: 200, body: 'second lease' }, again.holder),
        await complete(store, 'k', { status: 200, body: 'first lease again' }, first.holder),
        await begin(store, 'k'),
      ];
    },
  'r19 abandon after the lease ran out, before a takeover, frees the key; the late complete then stores nothing':
    async ({ store, worker, leaseMs, advanceTime }) => {
      const other = await worker({ leaseMs: HOUR });
      const held = await beginHolding(store, 'k');
      await advanceTime(leaseMs);
      return [
        held.answer,
        await abandon(store, 'k', held.holder),
        await complete(store, 'k', { status: 200, body: 'late' }, held.holder),
        await complete(store, 'k', { status: 200, body: 'late, no lease' }),
        await begin(other, 'k', 'fp-b'),
        await begin(store, 'k', 'fp-a'),
      ];
    },
  'r19 a replayed response is the same at every check until its TTL, then gone for every worker': async ({
    store,
    worker,
    advanceTime,
  }) => {
    // An hour's lease: the last begin finds the key fp-b started just before still running, however
    // long a loaded machine (or a neighbour's large write on the shared Redis) held the two apart.
    const other = await worker({ leaseMs: HOUR });
    const first = await begin(store, 'k', 'fp-a', WIDE);
    const stored = await complete(store, 'k', { status: 203, body: 'within', headers: { a: 'b' } });
    const checks: JsonValue[] = [await begin(other, 'k')];
    await advanceTime(WIDE * 0.15);
    checks.push(await begin(store, 'k'));
    await advanceTime(WIDE * 0.15);
    checks.push(await begin(other, 'k'));
    await advanceTime(WIDE * 0.8);
    return [first, stored, tally(checks), await begin(other, 'k', 'fp-b'), await begin(store, 'k', 'fp-b')];
  },
});

/** Round 19: fingerprints of requests that look equal, and one fingerprint on many keys. */
const fingerprints = idempotencyCases('fingerprints', {
  'r19 fingerprints of equal-looking bodies are distinct: key order, spacing, number spellings and escapes':
    async (s) => {
      const bodies = [
        '{"a":1,"b":"\u00e9"}',
        '{"b":"\u00e9","a":1}',
        '{ "a": 1, "b": "\u00e9" }',
        '{"a":1.0,"b":"\u00e9"}',
        '{"a":1e0,"b":"\u00e9"}',
        '{"a":1,"b":"\\u00e9"}',
        '{"a":1,"b":"e\u0301"}',
        '{"a":1,"b":"\u00e9"}\n',
      ];
      const digests = bodies.map((body) => createHash('sha256').update(body).digest('hex'));
      const store = await patient(s);
      const answers: JsonValue[] = [];
      for (const [name, fingerprints] of Object.entries({ raw: bodies, sha256: digests })) {
        answers.push(await begin(store, name, fingerprints[0]));
        for (const fingerprint of fingerprints.slice(1)) answers.push(await begin(store, name, fingerprint));
        answers.push(await begin(store, name, fingerprints[0]));
      }
      return answers;
    },
  'r19 numbers spelled as fingerprints are texts: -0 and 0, 2^53 and 2^53 + 1, 1e21 and its digits': async (
    s,
  ) => {
    const store = await patient(s);
    const pairs = [
      ['0', '-0'],
      ['9007199254740992', '9007199254740993'],
      ['1e21', '1000000000000000000000'],
      ['0.1', '.1'],
      ['1', '01'],
    ];
    const answers: JsonValue[] = [];
    for (const [i, [a, b]] of pairs.entries()) {
      answers.push(await begin(store, `k-${i}`, a), await begin(store, `k-${i}`, b));
      answers.push(await complete(store, `k-${i}`, { status: 200, body: a ?? '' }));
      answers.push(await begin(store, `k-${i}`, b), await begin(store, `k-${i}`, a));
    }
    return answers;
  },
  'r19 one fingerprint on a hundred keys: each key its own record, each mismatching another fingerprint':
    async (s) => {
      const [store, other] = (await patientWorkers(s, 2)) as [IdempotencyStore, IdempotencyStore];
      const names = Array.from({ length: 100 }, (_, i) => `order-${i}`);
      const started = await Promise.all(names.map((key) => begin(store, key, 'same')));
      const stored = await Promise.all(
        names.filter((_, i) => i % 2 === 0).map((key) => complete(store, key, { status: 200, body: key })),
      );
      const mismatched = await Promise.all(names.map((key) => begin(other, key, 'different')));
      const replays = await Promise.all(names.map((key) => other.begin(key, 'same', HOUR)));
      const own = replays.filter((found, i) =>
        i % 2 === 0
          ? found.kind === 'completed' && found.response.body === `order-${i}`
          : found.kind === 'in_progress',
      );
      return {
        started: tally(started),
        stored: tally(stored),
        mismatched: tally(mismatched),
        own: own.length,
      };
    },
  'r19 a fingerprint of a million characters differing in the middle mismatches; the same million matches':
    async (s) => {
      const store = await patient(s);
      const half = 'x'.repeat(500_000);
      const fingerprint = `${half}${half}`;
      return [
        await begin(store, 'k', fingerprint),
        await begin(store, 'k', `${half.slice(1)}y${half}`),
        await begin(store, 'k', `${'x'.repeat(500_000)}${'x'.repeat(500_000)}`),
        await complete(store, 'k', ok),
        await begin(store, 'k', `${half}\u0000${half.slice(1)}`),
        await begin(store, 'k', fingerprint),
      ];
    },
});

/** Round 19: keys of every Latin-1 code unit, of every short length, at size boundaries, and prefixes. */
const keys = idempotencyCases('keys', {
  'r19 each of the 256 one-character keys U+0000 to U+00FF starts once and replays its own response': async ({
    store,
    worker,
  }) =>
    ownReplays(
      store,
      await worker(),
      Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)),
    ),
  'r19 keys of every length from 0 to 100 of one character are 101 records': async ({ store, worker }) =>
    ownReplays(
      store,
      await worker(),
      Array.from({ length: 101 }, (_, i) => 'a'.repeat(i)),
    ),
  'r19 keys of 65,535 to 65,537 characters and of as many UTF-8 bytes are six records': async ({
    store,
    worker,
  }) => {
    // 21,845 three-byte characters are 65,535 bytes; one or two ASCII characters more cross 2^16.
    const wide = '\u4e2d'.repeat(21_845);
    return ownReplays(store, await worker(), [
      'k'.repeat(65_535),
      'k'.repeat(65_536),
      'k'.repeat(65_537),
      wide,
      `${wide}k`,
      `${wide}kk`,
    ]);
  },
  'r19 keys written as JSON escape text and the characters they name are distinct keys': async ({
    store,
    worker,
  }) =>
    ownReplays(store, await worker(), [
      '\\u00e9',
      '\u00e9',
      '\\n',
      '\n',
      '\\u0000',
      '\u0000',
      '\\ud83d\\ude00',
      '\ud83d\ude00',
      '\\"',
      '"',
      '\\\\',
      '\\',
    ]),
  'r19 a thousand keys sharing a 10,000-character prefix each keep their own response': async ({
    store,
    worker,
  }) => {
    const shared = 'p'.repeat(10_000);
    return ownReplays(
      store,
      await worker(),
      Array.from({ length: 1_000 }, (_, i) => `${shared}${i}`),
    );
  },
  "r19 fifty keys completed on a stranger are free here, and this prefix's responses never replay there":
    async ({ store, stranger }) => {
      const other = await stranger();
      const names = Array.from({ length: 50 }, (_, i) => `k-${i}`);
      await Promise.all(names.map((key) => begin(other, key)));
      const there = await Promise.all(
        names.map((key) => complete(other, key, { status: 200, body: `there ${key}` })),
      );
      const here = await Promise.all(names.map((key) => begin(store, key, 'fp-b')));
      await Promise.all(names.map((key) => complete(store, key, { status: 201, body: `here ${key}` })));
      const replaysThere = await Promise.all(names.map((key) => other.begin(key, 'fp-a', HOUR)));
      const replaysHere = await Promise.all(names.map((key) => store.begin(key, 'fp-b', HOUR)));
      return {
        there: tally(there),
        here: tally(here),
        thereOwn: replaysThere.every(
          (found, i) => found.kind === 'completed' && found.response.body === `there k-${i}`,
        ),
        hereOwn: replaysHere.every(
          (found, i) => found.kind === 'completed' && found.response.body === `here k-${i}`,
        ),
      };
    },
  'r19 three thousand keys begun in flight on one worker each start once and replay their own response':
    async ({ store, worker }) =>
      ownReplays(
        store,
        await worker(),
        Array.from({ length: 3_000 }, (_, i) => `key-${i.toString(36)}`),
      ),
});

/** Round 19: bodies and headers as JSON texts of every value kind, deep, at size boundaries; every status. */
const responses = idempotencyCases('responses', {
  'r19 a JSON body of every value kind (-0, 2^53 + 1, 1e308, escapes, empty containers) replays as the same text':
    async ({ store, worker }) => {
      const body =
        '{"null":null,"t":true,"f":false,"zero":-0,"neg":-0.0,"big":9007199254740993,"huge":1e308,' +
        '"tiny":5e-324,"exp":1E+2,"frac":0.1000000000000000055511151231257827,"s":"","esc":"\\"\\\\\\/\\b\\f\\n\\r\\t",' +
        '"u":"\\u0000\\u001f\\u00e9\\ud83d\\ude00\\u2028\\u2029\\ud800","raw":"\u00e9\ud83d\ude00\u2028","a":[],' +
        '"o":{},"nested":[[[{"k":[1,[2,[3]]]}]]],"dup":1,"dup":2}';
      return exactRoundTrip(
        store,
        { status: 200, body, headers: { 'content-type': 'application/json' } },
        await worker(),
      );
    },
  'r19 a JSON body nested 100,000 levels deep replays as given (nothing parses it)': async ({
    store,
    worker,
  }) =>
    exactRoundTrip(
      store,
      {
        status: 200,
        body: `${'['.repeat(50_000)}${'{"a":'.repeat(50_000)}null${'}'.repeat(50_000)}${']'.repeat(50_000)}`,
        headers: { 'x-deep': `${'['.repeat(1_001)}${']'.repeat(1_001)}` },
      },
      await worker(),
    ),
  'r19 bodies of 65,535 to 65,537 and 524,287 to 524,289 characters replay whole': async ({
    store,
    worker,
  }) => {
    const reader = await worker();
    const lengths = [65_535, 65_536, 65_537, 524_287, 524_288, 524_289];
    const answers: JsonValue[] = [];
    for (const length of lengths) {
      const body = `${'b'.repeat(length - 1)}\u00e9`;
      await begin(store, `k-${length}`);
      answers.push(await complete(store, `k-${length}`, { status: 200, body }));
      const found = await reader.begin(`k-${length}`, 'fp-a', HOUR);
      answers.push(found.kind === 'completed' && found.response.body === body);
    }
    return answers;
  },
  'r19 each status from 100 to 599 replays as given on its own key': async ({ store, worker }) => {
    const reader = await worker();
    const statuses = Array.from({ length: 500 }, (_, i) => 100 + i);
    await Promise.all(statuses.map((status) => begin(store, `s-${status}`)));
    const stored = await Promise.all(
      statuses.map((status) => complete(store, `s-${status}`, { status, body: `${status}` })),
    );
    const replays = await Promise.all(statuses.map((status) => reader.begin(`s-${status}`, 'fp-a', HOUR)));
    return {
      stored: tally(stored),
      own: replays.filter(
        (found, i) =>
          found.kind === 'completed' &&
          found.response.status === 100 + i &&
          found.response.body === `${100 + i}`,
      ).length,
    };
  },
  'r19 header names and values with quotes, backslashes, controls and escape text replay as given': async ({
    store,
    worker,
  }) =>
    exactRoundTrip(
      store,
      {
        status: 200,
        body: 'h',
        headers: {
          '"quoted"': '"v"',
          'back\\slash': 'C:\\path\\',
          'tab\tname': 'line\nfeed\r',
          '\\u0041': '\\u0041',
          A: 'A',
          '\u0000\u001f\u007f': '\u0000\u001f\u007f',
          '\u2028': '\u2029',
          '{"a":1}': '[1,2]',
        },
      },
      await worker(),
    ),
  'r19 a body of escape text ("\\u00e9") and a body of the character itself are two bodies': async ({
    store,
  }) => {
    const keysAndBodies = [
      ['escaped', '\\u00e9'],
      ['character', '\u00e9'],
      ['surrogate escape', '\\ud83d\\ude00'],
      ['emoji', '\ud83d\ude00'],
    ] as const;
    const answers: JsonValue[] = [];
    for (const [key, body] of keysAndBodies) {
      await begin(store, key);
      await complete(store, key, { status: 200, body });
      const found = await store.begin(key, 'fp-a', HOUR);
      answers.push(result(found), found.kind === 'completed' && found.response.body === body);
    }
    return answers;
  },
  'r19 two hundred headers of 10,000 characters each (2 MB) replay whole and in order': async ({
    store,
    worker,
  }) => {
    const headers: Record<string, string> = {};
    for (let i = 0; i < 200; i += 1) headers[`x-h-${i}`] = `${i}`.padEnd(10_000, '\u00e9');
    return exactRoundTrip(store, { status: 200, body: '', headers }, await worker());
  },
});

/** Round 19: each refusal names its field, and leaves nothing behind. */
const validation = idempotencyCases('validation', {
  'r19 complete with one bad response field at a time names only that field; the key then completes': async (
    s,
  ) => {
    const store = await patient(s);
    const bad: unknown[] = [
      { status: null, body: 'x' },
      { status: '200', body: 'x' },
      { status: 200.5, body: 'x' },
      { status: 99, body: 'x' },
      { status: 600, body: 'x' },
      { status: 200 },
      { status: 200, body: null },
      { status: 200, body: ['x'] },
      { status: 200, body: 'x', headers: null },
      { status: 200, body: 'x', headers: 'a: b' },
      { status: 200, body: 'x', headers: { a: 'ok', b: 2 } },
      { status: 200, body: 'x', headers: { nested: { c: 'd' } } },
    ];
    const answers: JsonValue[] = [await begin(store, 'k')];
    for (const response of bad) answers.push(await complete(store, 'k', loose<StoredResponse>(response)));
    answers.push(await begin(store, 'k'), await complete(store, 'k', ok), await begin(store, 'k'));
    return answers;
  },
  'r19 every operation names its bad field: key, fingerprint, ttlMs, response, lease': async (s) => {
    const store = await patient(s);
    return [
      await attempt(() => store.begin(loose(null), 'fp-a', HOUR)),
      await attempt(() => store.begin('k', loose(null), HOUR)),
      await attempt(() => store.begin('k', 'fp-a', loose(null))),
      await attempt(() => store.begin('k', 'fp-a', 0)),
      await attempt(() => store.complete(loose(null), ok)),
      await attempt(() => store.complete('k', loose(null))),
      await attempt(() => store.complete('k', ok, { lease: '' })),
      await attempt(() => store.abandon(loose(null))),
      await attempt(() => store.abandon('k', loose({ lease: 0 }))),
      await begin(store, 'k', 'fp-b'),
    ];
  },
  // Redis takes no argument over 512 MiB (`proto-max-bulk-len`): it answered an uncoded
  // `ERR Protocol error: invalid bulk length` after seconds of sending, where the fake kept the text.
  'r19 a key, fingerprint, lease or stored response of 512 MiB of UTF-8 is refused, naming it': async (s) => {
    const store = await patient(s);
    const huge = '\u00e9'.repeat(268_435_456);
    const held = await beginHolding(store, 'k');
    return [
      await attempt(() => store.begin(huge, 'fp-a', HOUR)),
      await attempt(() => store.begin('k', huge, HOUR)),
      held.answer,
      await complete(store, 'k', { status: 200, body: huge }, held.holder),
      await complete(store, 'k', ok, { lease: huge }),
      await abandon(store, 'k', { lease: huge }),
      await attempt(() => store.abandon(huge)),
      await begin(store, 'k'),
      await complete(store, 'k', ok, held.holder),
      await begin(store, 'k'),
    ];
  },
  'r19 refused begins on a completed, a running and a free key change none of them': async (s) => {
    const store = await patient(s);
    await begin(store, 'done');
    await complete(store, 'done', ok);
    await begin(store, 'running');
    const refused: JsonValue[] = [];
    for (const key of ['done', 'running', 'free']) {
      refused.push(await attempt(() => store.begin(key, 'fp-b', -1)));
      refused.push(await attempt(() => store.begin(key, loose(undefined), HOUR)));
      refused.push(await attempt(() => store.begin(key, 'fp-\ud800', HOUR)));
    }
    return [refused, await beginAll(store, ['done', 'running', 'free']), await begin(store, 'free', 'fp-b')];
  },
});

export const round19Cases = [
  ...lifecycle,
  ...concurrency,
  ...expiry,
  ...fingerprints,
  ...keys,
  ...responses,
  ...validation,
];
