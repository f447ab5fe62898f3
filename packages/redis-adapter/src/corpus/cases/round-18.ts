import { createHash } from 'node:crypto';
import type { IdempotencyStore, JsonValue } from '@seams/ports';
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
  patientWorkers,
  result,
  roundTrip,
  tally,
  workers,
} from '../idempotency-case.js';

const ok = { status: 200, body: 'ok' };

/**
 * Round 18: what a lease is bound to (its key, its prefix, its exact text). Cases that expect a key
 * still running after several calls hold it on a worker with an hour's lease, so a loaded machine's
 * slow calls cannot outlast the corpus's 400 ms one.
 */
const lifecycle = idempotencyCases('lifecycle', {
  'a lease is bound to its key: the lease of another key neither completes nor abandons it': async (s) => {
    const store = await s.worker({ leaseMs: HOUR });
    const a = await beginHolding(store, 'a');
    const b = await beginHolding(store, 'b');
    return [
      a.answer,
      b.answer,
      await complete(store, 'b', { status: 200, body: 'a lease on b' }, a.holder),
      await abandon(store, 'a', b.holder),
      await beginAll(store, ['a', 'b']),
      await complete(store, 'a', { status: 200, body: 'a' }, a.holder),
      await complete(store, 'b', { status: 200, body: 'b' }, b.holder),
      await beginAll(store, ['a', 'b']),
    ];
  },
  "a lease from the same key's record on another prefix does nothing here": async (s) => {
    const store = await s.worker({ leaseMs: HOUR });
    const other = await s.stranger();
    const there = await beginHolding(other, 'k');
    const here = await beginHolding(store, 'k');
    return [
      there.answer,
      here.answer,
      await complete(store, 'k', { status: 200, body: 'foreign lease' }, there.holder),
      await abandon(store, 'k', there.holder),
      await begin(store, 'k'),
      await complete(store, 'k', { status: 200, body: 'own lease' }, here.holder),
      await begin(store, 'k'),
      // Under its own lease, which stores whether or not that lease has run out by now.
      await complete(other, 'k', { status: 200, body: 'there' }, there.holder),
      await begin(other, 'k'),
    ];
  },
  'a lease in upper case, in braces, without dashes or with a space around it is another lease': async (
    s,
  ) => {
    const store = await s.worker({ leaseMs: HOUR });
    const held = await beginHolding(store, 'k');
    const lease = held.holder.lease ?? '';
    const variants = [lease.toUpperCase(), `{${lease}}`, lease.split('-').join(''), `${lease} `, ` ${lease}`];
    const answers: JsonValue[] = [held.answer];
    for (const variant of variants) {
      answers.push(await complete(store, 'k', { status: 200, body: 'variant' }, { lease: variant }));
      answers.push(await abandon(store, 'k', { lease: variant }));
    }
    answers.push(await begin(store, 'k'));
    answers.push(await complete(store, 'k', { status: 200, body: 'own' }, held.holder));
    answers.push(await begin(store, 'k'));
    return answers;
  },
  'a lease of a million characters is accepted and matches nothing': async (s) => {
    const store = await s.worker({ leaseMs: HOUR });
    const long = 'f'.repeat(1_000_000);
    const held = await beginHolding(store, 'k');
    return [
      held.answer,
      await complete(store, 'k', ok, { lease: long }),
      await abandon(store, 'k', { lease: long }),
      await begin(store, 'k'),
      await complete(store, 'k', ok, { lease: `${held.holder.lease}${long}` }),
      await begin(store, 'k'),
      await abandon(store, 'k', held.holder),
      await begin(store, 'k', 'fp-b'),
    ];
  },
  "begin's own result passed as the holder acts under its lease, and a stale one does nothing": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker({ leaseMs: HOUR });
    const stale = await store.begin('k', 'fp-a', HOUR);
    await advanceTime(leaseMs);
    const found = await other.begin('k', 'fp-a', HOUR);
    if (stale.kind !== 'started' || found.kind !== 'started') return [stale.kind, found.kind];
    return [
      stale.kind,
      found.kind,
      await complete(store, 'k', { status: 200, body: 'stale result' }, stale),
      await abandon(store, 'k', stale),
      await begin(store, 'k'),
      await complete(other, 'k', { status: 200, body: 'own result' }, found),
      await begin(store, 'k'),
    ];
  },
});

/**
 * Round 18: many workers on shared and separate keys. Races over several connections record only
 * tallies or what holds whatever order they ran in.
 */
const concurrency = idempotencyCases('concurrency', {
  'five workers each begin a shared key and a key of their own at once: one shared start, five own starts':
    async (s) => {
      const pool = await patientWorkers(s, 5);
      const shared = Promise.all(pool.map((w) => begin(w, 'shared')));
      const own = Promise.all(pool.map((w, i) => begin(w, `own-${i}`)));
      return { shared: tally(await shared), own: await own };
    },
  'ten workers each begin a key and complete it if they start: all replay the one response': async (s) => {
    const pool = await patientWorkers(s, 10);
    const tries = await Promise.all(
      pool.map(async (w, i) => {
        const found = await w.begin('k', 'fp-a', HOUR);
        if (found.kind !== 'started') return found.kind;
        await w.complete('k', { status: 200, body: `winner ${i}` }, { lease: found.lease });
        return 'started';
      }),
    );
    const replays = await Promise.all(pool.map((w) => w.begin('k', 'fp-a', HOUR)));
    const bodies = replays.map((found) => (found.kind === 'completed' ? found.response.body : found.kind));
    return {
      started: tries.filter((kind) => kind === 'started').length,
      othersWaitedOrReplayed: tries.every((kind) => ['started', 'in_progress', 'completed'].includes(kind)),
      oneResponse: new Set(bodies).size === 1,
      fromAWorker: /^winner \d$/.test(bodies[0] ?? ''),
    };
  },
  'ten replays of a 1 MB response at once over five workers each read it whole': async (s) => {
    const pool = await workers(s, 5);
    const body = 'a\u00e9\u4e2d\ud83d\ude80'.repeat(100_000);
    const first = await begin(s.store, 'k');
    const stored = await complete(s.store, 'k', { status: 200, body });
    const replays = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (pool[i % 5] as IdempotencyStore).begin('k', 'fp-a', HOUR)),
    );
    return {
      first,
      stored,
      replays: tally(replays.map(result)),
      whole: replays.every((found) => found.kind === 'completed' && found.response.body === body),
    };
  },
  'abandons from four workers at once on one started key leave it free': async (s) => {
    const pool = await patientWorkers(s, 4);
    const first = await begin(s.store, 'k');
    const freed = await Promise.all(pool.map((w) => abandon(w, 'k')));
    return [first, freed, await begin(pool[3] as IdempotencyStore, 'k', 'fp-b'), await begin(s.store, 'k')];
  },
  'a stranger racing four workers on one key starts on its own prefix: one start on each': async (s) => {
    const pool = await patientWorkers(s, 4);
    const other = await s.stranger();
    const here = Promise.all(pool.flatMap((w) => [begin(w, 'k'), begin(w, 'k')]));
    const there = Promise.all([begin(other, 'k'), begin(other, 'k')]);
    return { here: tally(await here), there: await there };
  },
  'ten begins racing a complete on other workers never start the key': async (s) => {
    const pool = await patientWorkers(s, 5);
    const held = await beginHolding(pool[0] as IdempotencyStore, 'k');
    const [stored, ...seen] = await Promise.all([
      complete(pool[0] as IdempotencyStore, 'k', { status: 201, body: 'done' }, held.holder),
      ...Array.from({ length: 10 }, (_, i) => begin(pool[1 + (i % 4)] as IdempotencyStore, 'k')),
    ]);
    const kinds = seen.map((answer) => (typeof answer === 'string' ? answer : 'completed'));
    return {
      held: held.answer,
      stored,
      unexpected: kinds.filter((kind) => kind !== 'in_progress' && kind !== 'completed'),
      after: await begin(pool[2] as IdempotencyStore, 'k'),
    };
  },
  "a stale holder and the new holder complete at once under their leases: the new holder's response is kept":
    async ({ store, worker, leaseMs, advanceTime }) => {
      const other = await worker({ leaseMs: HOUR });
      const stale = await beginHolding(store, 'k');
      await advanceTime(leaseMs);
      const fresh = await beginHolding(other, 'k');
      const both = await Promise.all([
        complete(store, 'k', { status: 200, body: 'stale' }, stale.holder),
        complete(other, 'k', { status: 200, body: 'fresh' }, fresh.holder),
      ]);
      return [stale.answer, fresh.answer, both, await begin(store, 'k'), await begin(other, 'k')];
    },
  'twenty workers begin twenty keys at once, each in another order: one start per key': async (s) => {
    const pool = await patientWorkers(s, 20);
    const names = Array.from({ length: 20 }, (_, i) => `k-${i}`);
    const calls = pool.flatMap((w, shift) =>
      names.map((_, i) => {
        const key = names[(i + shift) % names.length] as string;
        return begin(w, key).then((answer) => ({ key, answer }));
      }),
    );
    const byKey: Record<string, JsonValue[]> = {};
    for (const { key, answer } of await Promise.all(calls)) byKey[key] = [...(byKey[key] ?? []), answer];
    return tally(names.map((key) => tally(byKey[key] ?? [])));
  },
  'a complete and a mismatching begin racing on two workers: the mismatch never starts': async (s) => {
    const [holder, other] = await patientWorkers(s, 2);
    const held = await beginHolding(holder as IdempotencyStore, 'k');
    const raced = await Promise.all([
      complete(holder as IdempotencyStore, 'k', { status: 200, body: 'kept' }, held.holder),
      begin(other as IdempotencyStore, 'k', 'fp-b'),
    ]);
    return [held.answer, raced, await begin(other as IdempotencyStore, 'k')];
  },
});

/**
 * Round 18: takeovers and what a holder without its lease does after one, and whose TTL a record
 * lives by. Kept-checks wait at most 0.6 of a period past the write, gone-checks over a whole one.
 */
const expiry = idempotencyCases('expiry', {
  'an abandoned takeover leaves the key free for the first fingerprint': async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker({ leaseMs: HOUR });
    const first = await begin(store, 'k', 'fp-a');
    await advanceTime(leaseMs);
    return [
      first,
      await begin(other, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
      await abandon(other, 'k'),
      await begin(store, 'k', 'fp-a'),
      await begin(other, 'k', 'fp-b'),
    ];
  },
  "the holder's own begin after its lease ran out starts afresh with a new lease; the old lease then completes nothing":
    async ({ store, leaseMs, advanceTime }) => {
      const first = await beginHolding(store, 'k');
      await advanceTime(leaseMs);
      const again = await beginHolding(store, 'k');
      return [
        first.answer,
        again.answer,
        first.holder.lease !== again.holder.lease,
        await complete(store, 'k', { status: 200, body: 'old lease' }, first.holder),
        await abandon(store, 'k', first.holder),
        await begin(store, 'k'),
        await complete(store, 'k', { status: 200, body: 'new lease' }, again.holder),
        await begin(store, 'k'),
      ];
    },
  "without its lease, a worker whose key was taken over completes the new holder's key": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    const first = await begin(store, 'k');
    await advanceTime(leaseMs);
    const taken = await beginHolding(other, 'k');
    return [
      first,
      taken.answer,
      await complete(store, 'k', { status: 200, body: 'late, no lease' }),
      await complete(other, 'k', { status: 200, body: 'taker' }, taken.holder),
      await begin(other, 'k'),
    ];
  },
  "without its lease, a worker whose key was taken over frees the new holder's key": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    const first = await begin(store, 'k');
    await advanceTime(leaseMs);
    const taken = await beginHolding(other, 'k');
    return [
      first,
      taken.answer,
      await abandon(store, 'k'),
      await complete(other, 'k', { status: 200, body: 'taker' }, taken.holder),
      await begin(store, 'k', 'fp-b'),
      await begin(other, 'k'),
    ];
  },
  "a takeover's TTL replaces the first holder's: the taker's response lives the taker's TTL": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const other = await worker();
    const first = await begin(store, 'k', 'fp-a', HOUR);
    await advanceTime(leaseMs);
    const taken = await begin(other, 'k', 'fp-a', WIDE);
    const stored = await complete(other, 'k', { status: 200, body: 'taker' });
    await advanceTime(WIDE * 0.5);
    const kept = await begin(store, 'k', 'fp-b');
    await advanceTime(WIDE * 0.7);
    return [first, taken, stored, kept, await begin(store, 'k', 'fp-b')];
  },
  "a key abandoned and begun again lives the second cycle's TTL, shorter or longer": async ({
    store,
    advanceTime,
  }) => {
    const cycles = [
      await begin(store, 'shorter', 'fp-a', HOUR),
      await abandon(store, 'shorter'),
      await begin(store, 'shorter', 'fp-b', WIDE),
      await complete(store, 'shorter', { status: 200, body: 'shorter' }),
      await begin(store, 'longer', 'fp-a', WIDE),
      await abandon(store, 'longer'),
      await begin(store, 'longer', 'fp-b', HOUR),
      await complete(store, 'longer', { status: 200, body: 'longer' }),
    ];
    await advanceTime(WIDE * 0.5);
    const halfway = [await begin(store, 'shorter', 'fp-b'), await begin(store, 'longer', 'fp-b')];
    await advanceTime(WIDE * 0.7);
    return [cycles, halfway, await begin(store, 'shorter', 'fp-a'), await begin(store, 'longer', 'fp-b')];
  },
  'ten begins racing over five workers after a response expired: exactly one starts': async (s) => {
    const pool = await patientWorkers(s, 5);
    const first = await begin(s.store, 'k', 'fp-a', TTL);
    const stored = await complete(s.store, 'k', ok);
    await s.advanceTime(TTL);
    const raced = await Promise.all(
      Array.from({ length: 10 }, (_, i) => begin(pool[i % 5] as IdempotencyStore, 'k', 'fp-b')),
    );
    return [first, stored, tally(raced), await begin(s.store, 'k', 'fp-a')];
  },
  'leases begun half a lease apart run out in the order they were begun': async ({ worker, advanceTime }) => {
    // Checked half a lease after the second begin: 'a' has run out, 'b' has half a lease to go.
    const leaseMs = WIDE;
    const [store, other] = [await worker({ leaseMs }), await worker({ leaseMs })];
    const first = [await begin(store, 'a')];
    await advanceTime(leaseMs * 0.5);
    first.push(await begin(store, 'b'));
    await advanceTime(leaseMs * 0.5);
    return [first, await begin(other, 'a', 'fp-b'), await begin(other, 'b', 'fp-b'), await begin(other, 'b')];
  },
  // The no-op calls below answer the same whether or not a slow machine let the key expire before
  // them; only an extended TTL would keep the key past the final check, 1.2 TTLs in.
  "neither a second complete nor an abandon extends a completed key's TTL": async ({
    store,
    advanceTime,
  }) => {
    const first: JsonValue[] = [];
    for (const key of ['again', 'abandoned']) {
      first.push(await begin(store, key, 'fp-a', TTL));
      first.push(await complete(store, key, { status: 200, body: key }));
    }
    await advanceTime(TTL * 0.5);
    const noops = [
      await complete(store, 'again', { status: 200, body: 'second' }),
      await abandon(store, 'abandoned'),
    ];
    await advanceTime(TTL * 0.7);
    return [first, noops, await begin(store, 'again', 'fp-b'), await begin(store, 'abandoned', 'fp-b')];
  },
  'a begin with a longer TTL on a running key does not extend its TTL': async ({ worker, advanceTime }) => {
    // A lease far past the TTL, so only the TTL can free the key.
    const long = await worker({ leaseMs: 4 * WIDE });
    const first = await begin(long, 'k', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.5);
    const running = [await begin(long, 'k', 'fp-a', HOUR), await begin(long, 'k', 'fp-b', HOUR)];
    await advanceTime(WIDE * 0.7);
    return [first, running, await begin(long, 'k', 'fp-b')];
  },
  "a complete or abandon under a made-up lease does not extend a running key's TTL": async ({
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const long = await worker({ leaseMs: 4 * leaseMs });
    const first = await begin(long, 'k', 'fp-a', TTL);
    await advanceTime(TTL * 0.5);
    const forged = [
      await complete(long, 'k', ok, { lease: 'made-up' }),
      await abandon(long, 'k', { lease: 'made-up' }),
    ];
    await advanceTime(TTL * 0.7);
    return [first, forged, await begin(long, 'k', 'fp-b')];
  },
});

/** Round 18: fingerprints belong to their key, and the usual spellings of one digest differ. */
const fingerprints = idempotencyCases('fingerprints', {
  "fingerprints belong to their key: two keys with swapped fingerprints mismatch each other's": async ({
    store,
  }) => [
    await begin(store, 'a', 'fp-1'),
    await begin(store, 'b', 'fp-2'),
    await begin(store, 'a', 'fp-2'),
    await begin(store, 'b', 'fp-1'),
    await complete(store, 'a', { status: 200, body: 'a' }),
    await complete(store, 'b', { status: 200, body: 'b' }),
    await begin(store, 'a', 'fp-2'),
    await begin(store, 'b', 'fp-1'),
    await begin(store, 'a', 'fp-1'),
    await begin(store, 'b', 'fp-2'),
  ],
  'a SHA-256 in lower-case hex, upper-case hex, base64 and base64url is four fingerprints': async ({
    store,
  }) => {
    // Chosen so that its base64 holds `+` or `/`: base64url then spells it differently.
    let input = 0;
    let bytes = createHash('sha256').update(`{"amount":${input}}`).digest();
    while (!/[+/]/.test(bytes.toString('base64'))) {
      input += 1;
      bytes = createHash('sha256').update(`{"amount":${input}}`).digest();
    }
    const hex = bytes.toString('hex');
    const spellings = [hex, hex.toUpperCase(), bytes.toString('base64'), bytes.toString('base64url')];
    const answers: JsonValue[] = [];
    for (const [i, fingerprint] of spellings.entries()) {
      answers.push(await begin(store, `k-${i}`, fingerprint));
      for (const other of spellings) answers.push(await begin(store, `k-${i}`, other));
    }
    return answers;
  },
});

/** Round 18: keys as exact texts: prefixes of each other, a lease's text, every plane. */
const keys = idempotencyCases('keys', {
  'keys that are prefixes of each other are distinct records': async ({ worker }) => {
    const [store, other] = [await worker({ leaseMs: HOUR }), await worker({ leaseMs: HOUR })];
    const names = ['a', 'ab', 'abc', 'a:', 'a:b'];
    return [
      await beginAll(store, names),
      await complete(store, 'ab', { status: 200, body: 'ab' }),
      await abandon(store, 'a'),
      await beginAll(other, names),
    ];
  },
  "a key spelled as another key's lease is just a key": async ({ worker }) => {
    const [store, other] = [await worker({ leaseMs: HOUR }), await worker({ leaseMs: HOUR })];
    const held = await beginHolding(store, 'k');
    const lease = held.holder.lease ?? '';
    return [
      held.answer,
      await begin(other, lease),
      await complete(other, lease, { status: 200, body: 'lease as key' }),
      await begin(store, 'k'),
      await begin(store, lease),
      await complete(store, 'k', ok, { lease }),
      await begin(other, 'k'),
    ];
  },
  'a key of each of 511 code points across all seventeen planes starts once and replays its own response':
    async ({ store, worker }) => {
      const other = await worker();
      const names: string[] = [];
      for (let point = 0; point <= 0x10ffff; point += 2_179) {
        // A surrogate code point is no text (validation refuses it): skipped.
        if (point < 0xd800 || point > 0xdfff) names.push(String.fromCodePoint(point));
      }
      const started = await Promise.all(names.map((key) => begin(store, key)));
      const stored = await Promise.all(
        names.map((key, i) => complete(store, key, { status: 200, body: `${i}` })),
      );
      const replays = await Promise.all(names.map((key) => other.begin(key, 'fp-a', HOUR)));
      return {
        keys: names.length,
        started: tally(started),
        stored: tally(stored),
        own: replays.every((found, i) => found.kind === 'completed' && found.response.body === `${i}`),
      };
    },
});

/** Round 18: bodies mixing UTF-8 widths and surrogates, header names by case, headers of odd objects. */
const responses = idempotencyCases('responses', {
  'a body of mixed one- to four-byte UTF-8 characters (1 MB) replays byte for byte to another worker':
    async ({ store, worker }) =>
      exactRoundTrip(
        store,
        { status: 200, body: 'a\u00e9\u4e2d\ud83d\ude80'.repeat(100_000) },
        await worker(),
      ),
  'a body and headers with byte-order marks and a trailing NUL replay as given': async ({ store }) =>
    exactRoundTrip(store, {
      status: 200,
      body: '\ufeff{"a":1}\u0000',
      headers: { 'x-bom': '\ufeff', '\ufeffname': 'v', 'x-nul': 'v\u0000' },
    }),
  'header names differing only in case are sixteen headers, replayed in order': async ({ store, worker }) => {
    const headers: Record<string, string> = {};
    for (let mask = 0; mask < 16; mask += 1) {
      const name = [...'etag'].map((c, i) => (mask & (1 << i) ? c.toUpperCase() : c)).join('');
      headers[name] = `${mask}`;
    }
    return exactRoundTrip(store, { status: 200, body: 'x', headers }, await worker());
  },
  'a body of alternating low and high surrogates (pairs across the seams, lone at the ends) replays byte for byte':
    async ({ store }) => exactRoundTrip(store, { status: 200, body: '\ude00\ud83d'.repeat(100_000) }),
  'headers given as a Date, a RegExp, a String object or a byte array: their own entries decide': async ({
    store,
  }) => [
    await roundTrip(store, { status: 200, body: 'date', headers: new Date(0) }, 'date'),
    await roundTrip(store, { status: 200, body: 're', headers: /x/g }, 're'),
    await roundTrip(store, { status: 200, body: 'str', headers: new String('ab') }, 'str'),
    await roundTrip(store, { status: 200, body: 'bytes', headers: new Uint8Array([1, 2]) }, 'bytes'),
  ],
});

/** Round 18: which issue a refusal names when several inputs are bad, and far into long texts. */
const validation = idempotencyCases('validation', {
  'a bad fingerprint and a bad TTL on begin: only the fingerprint is listed': async ({ store }) => [
    await attempt(() => store.begin('k', loose('\ud800'), 0)),
    await attempt(() => store.begin('k', loose(42), Number.NaN)),
    await attempt(() => store.begin('k', loose(undefined), -1)),
    await begin(store, 'k'),
  ],
  'a lone surrogate at either end of a 100,000-character key or fingerprint is refused; a pair there is not':
    async ({ store }) => {
      const long = 'k'.repeat(99_999);
      return [
        await begin(store, `${long}\ud83d`),
        await begin(store, 'k', `${long}\udc00`),
        await attempt(() => store.complete(`${long}\ud83d`, ok)),
        await attempt(() => store.abandon(`\ude00${long}`)),
        await begin(store, `${long}\ud83d\ude00`),
        await begin(store, 'k', `${long}\ud83d\ude00`),
      ];
    },
  'each bad header value is named by its header, dotted, spaced and empty names included': async ({
    store,
  }) => [
    await begin(store, 'k'),
    await complete(
      store,
      'k',
      loose({
        status: 200,
        body: 'x',
        headers: { 'a.b': 1, '': null, ' x ': true, fine: 'ok', 'h\u00e9llo': undefined, '0': [] },
      }),
    ),
    await begin(store, 'k'),
  ],
});

export const round18Cases = [
  ...lifecycle,
  ...concurrency,
  ...expiry,
  ...fingerprints,
  ...keys,
  ...responses,
  ...validation,
];
