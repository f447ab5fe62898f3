import type { IdempotencyHolder, IdempotencyStore, JsonValue } from '@seams/ports';
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
  patient,
  patientWorkers,
  roundTrip,
  sortedKinds,
  tally,
  workers,
} from '../idempotency-case.js';

const ok = { status: 200, body: 'ok' };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Getters that note each read in `log` and answer `values[name]` in turn (an Error is thrown). */
function logging(log: string[], values: Readonly<Record<string, readonly unknown[]>>): object {
  const target = {};
  for (const [name, answers] of Object.entries(values)) {
    let reads = 0;
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        log.push(name);
        const value = answers[Math.min(reads, answers.length - 1)];
        reads += 1;
        if (value instanceof Error) throw value;
        return value;
      },
    });
  }
  return target;
}

/**
 * Round 17: the lifecycle through a lost script cache (Redis' `SCRIPT FLUSH`, as after a restart or
 * failover) and leases carried from one worker to another.
 */
const lifecycle = idempotencyCases('lifecycle', {
  'after SCRIPT FLUSH before every call, begin, complete, abandon and replay answer as before': async ({
    store,
    worker,
    flushScripts,
  }) => {
    const other = await worker();
    const answers: JsonValue[] = [];
    const flushed = async (call: () => Promise<JsonValue>) => {
      await flushScripts();
      answers.push(await call());
    };
    await flushed(() => begin(store, 'k'));
    await flushed(() => begin(other, 'k'));
    await flushed(() => complete(store, 'k', { status: 201, body: 'after flush' }));
    await flushed(() => begin(other, 'k'));
    await flushed(() => begin(other, 'k', 'fp-b'));
    await flushed(() => begin(store, 'j'));
    await flushed(() => abandon(other, 'j'));
    await flushed(() => begin(other, 'j', 'fp-b'));
    return answers;
  },
  'after SCRIPT FLUSH a held lease still completes the key, and a made-up one still does not': async ({
    store,
    flushScripts,
  }) => {
    const held = await beginHolding(store, 'k');
    await flushScripts();
    const forged = await complete(store, 'k', { status: 201, body: 'forged' }, { lease: 'made-up' });
    const running = await begin(store, 'k');
    await flushScripts();
    return [
      held.answer,
      forged,
      running,
      await complete(store, 'k', { status: 200, body: 'held' }, held.holder),
      await begin(store, 'k'),
    ];
  },
  'SCRIPT FLUSH between the steps of two retry cycles': async ({ store, worker, flushScripts }) => {
    const other = await worker();
    const first = await beginHolding(store, 'k', 'fp-a');
    await flushScripts();
    const freed = await abandon(store, 'k', first.holder);
    await flushScripts();
    const second = await beginHolding(other, 'k', 'fp-b');
    await flushScripts();
    const stored = await complete(other, 'k', { status: 202, body: 'second cycle' }, second.holder);
    await flushScripts();
    return [
      first.answer,
      freed,
      second.answer,
      stored,
      await begin(store, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
    ];
  },
  'a lease handed to another worker completes the key there': async ({ store, worker }) => {
    const other = await worker();
    const held = await beginHolding(store, 'k');
    return [
      held.answer,
      await complete(other, 'k', { status: 201, body: 'completed by the other' }, held.holder),
      await begin(store, 'k'),
      await complete(store, 'k', { status: 500, body: 'too late' }, held.holder),
      await begin(other, 'k'),
    ];
  },
  'a lease handed to another worker abandons the key there': async ({ store, worker }) => {
    const other = await worker();
    const held = await beginHolding(store, 'k');
    return [
      held.answer,
      await abandon(other, 'k', held.holder),
      await begin(store, 'k', 'fp-b'),
      await abandon(other, 'k', held.holder),
      await begin(store, 'k', 'fp-b'),
    ];
  },
  'twenty keys begun in flight on one worker each get a distinct UUID lease': async ({ store }) => {
    const held = await Promise.all(Array.from({ length: 20 }, (_, i) => beginHolding(store, `k-${i}`)));
    const leases = held.flatMap(({ holder }) => (holder.lease === undefined ? [] : [holder.lease]));
    return {
      answers: tally(held.map(({ answer }) => answer)),
      distinct: new Set(leases).size,
      uuids: leases.every((lease) => UUID_V4.test(lease)),
    };
  },
});

/**
 * Round 17: calls in flight together. On one worker they are sent in order on one connection, and
 * must be applied in that order even when the server lost its scripts; over several workers they
 * race, so only what every order agrees on is recorded.
 */
const concurrency = idempotencyCases('concurrency', {
  'after SCRIPT FLUSH with only complete reloaded: begin, complete, begin in flight answer in order': async ({
    store,
    flushScripts,
  }) => {
    await flushScripts();
    await complete(store, 'warm', ok);
    const inFlight = await Promise.all([
      begin(store, 'k'),
      complete(store, 'k', { status: 201, body: 'in flight' }),
      begin(store, 'k'),
    ]);
    return [inFlight, await begin(store, 'k')];
  },
  'after SCRIPT FLUSH with only begin reloaded: complete, begin, begin in flight answer in order': async ({
    store,
    flushScripts,
  }) => {
    await flushScripts();
    await begin(store, 'warm');
    const inFlight = await Promise.all([
      complete(store, 'k', { status: 201, body: 'before begin' }),
      begin(store, 'k'),
      begin(store, 'k'),
    ]);
    return [inFlight, await begin(store, 'k')];
  },
  'after SCRIPT FLUSH with only abandon reloaded: begin, abandon, begin, complete, begin in order': async ({
    store,
    flushScripts,
  }) => {
    await flushScripts();
    await abandon(store, 'warm');
    return Promise.all([
      begin(store, 'k'),
      abandon(store, 'k'),
      begin(store, 'k', 'fp-b'),
      complete(store, 'k', { status: 200, body: 'third' }),
      begin(store, 'k', 'fp-b'),
    ]);
  },
  'after SCRIPT FLUSH, 25 keys each begun, completed and replayed in flight on one worker, in order': async ({
    store,
    flushScripts,
  }) => {
    await flushScripts();
    const steps = await Promise.all(
      Array.from({ length: 25 }, (_, i) => [
        begin(store, `k-${i}`),
        complete(store, `k-${i}`, { status: 200, body: `body ${i}` }),
        begin(store, `k-${i}`),
      ]).flat(),
    );
    const perKey = Array.from({ length: 25 }, (_, i) =>
      JSON.stringify(steps.slice(3 * i, 3 * i + 3)).replace(`body ${i}`, 'own body'),
    );
    return tally(perKey);
  },
  'after SCRIPT FLUSH, 20 begins racing over 4 workers: exactly one starts': async (s) => {
    const pool = await patientWorkers(s, 4);
    await s.flushScripts();
    return tally(
      await Promise.all(Array.from({ length: 20 }, (_, i) => begin(pool[i % 4] as IdempotencyStore, 'k'))),
    );
  },
  'a SCRIPT FLUSH in the middle of 50 begins racing over 5 workers: exactly one starts': async (s) => {
    const pool = await patientWorkers(s, 5);
    const [answers] = await Promise.all([
      Promise.all(Array.from({ length: 50 }, (_, i) => begin(pool[i % 5] as IdempotencyStore, 'k'))),
      s.flushScripts(),
    ]);
    return tally(answers);
  },
  'begins with three fingerprints in flight on one worker: the first starts, the rest in order': async ({
    store,
  }) =>
    Promise.all([
      begin(store, 'k', 'fp-a'),
      begin(store, 'k', 'fp-b'),
      begin(store, 'k', 'fp-a'),
      begin(store, 'k', 'fp-c'),
      complete(store, 'k', ok),
      begin(store, 'k', 'fp-b'),
      begin(store, 'k', 'fp-a'),
    ]),
  'the holder completes and abandons at once from two workers: the key ends completed or free': async ({
    store,
    worker,
  }) => {
    const other = await worker();
    const held = await beginHolding(store, 'k');
    const done = await Promise.all([
      complete(store, 'k', { status: 200, body: 'kept' }, held.holder),
      abandon(other, 'k', held.holder),
    ]);
    const after = await store.begin('k', 'fp-a', HOUR);
    const ending =
      after.kind === 'completed' && after.response.body === 'kept'
        ? 'completed'
        : after.kind === 'started'
          ? 'free'
          : `unexpected ${after.kind}`;
    return { done, consistent: ending === 'completed' || ending === 'free' };
  },
  "a late complete under its lease races a takeover: either it is stored or it is dropped for the taker's":
    async ({ store, worker, leaseMs, advanceTime }) => {
      const other = await worker();
      const stale = await beginHolding(store, 'k');
      await advanceTime(leaseMs);
      const [late, takeover] = await Promise.all([
        complete(store, 'k', { status: 200, body: 'late' }, stale.holder),
        begin(other, 'k'),
      ]);
      const after = await begin(store, 'k');
      const lateStored = JSON.stringify({ completed: { status: 200, body: 'late' } });
      const completeFirst = JSON.stringify(takeover) === lateStored && JSON.stringify(after) === lateStored;
      const takeoverFirst = takeover === 'started' && after === 'in_progress';
      return { late, consistent: completeFirst || takeoverFirst };
    },
  'an abandon under the lease racing ten begins over five workers: at most one starts': async (s) => {
    const pool = await patientWorkers(s, 5);
    const held = await beginHolding(s.store, 'k');
    const [freed, ...answers] = await Promise.all([
      abandon(s.store, 'k', held.holder),
      ...Array.from({ length: 10 }, (_, i) => begin(pool[i % 5] as IdempotencyStore, 'k')),
    ]);
    const started = answers.filter((a) => a === 'started').length;
    return {
      freed,
      atMostOneStarted: started <= 1,
      othersRunning: answers.every((a) => a === 'started' || a === 'in_progress'),
    };
  },
  "a stale holder's complete races the new holder's abandon: nothing is stored, the key is free": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const [other, third] = [await worker(), await worker()];
    const stale = await beginHolding(store, 'k');
    await advanceTime(leaseMs);
    const current = await beginHolding(other, 'k');
    const done = await Promise.all([
      complete(store, 'k', { status: 200, body: 'stale' }, stale.holder),
      abandon(other, 'k', current.holder),
    ]);
    return [current.answer, done, await begin(third, 'k', 'fp-c')];
  },
  'keys differing only in case or normalization begun at once over four workers each start': async (s) => {
    const pool = await patientWorkers(s, 4);
    const keys = ['k', 'K', '\u00e9', 'e\u0301', '\u212b', '\u00c5', 'ss', '\u00df'];
    const answers = await Promise.all(keys.map((key, i) => begin(pool[i % 4] as IdempotencyStore, key)));
    return { started: tally(answers), again: sortedKinds(await beginAll(s.store, keys)) };
  },
});

/**
 * Round 17: TTLs and leases on the server's clock. Waits are the corpus's (whole periods, or 0.5 /
 * 0.7 of one, each real wait plus its margin), and sums of waits stay on one side of every boundary
 * on both stores.
 */
const expiry = idempotencyCases('expiry', {
  "a lease that outlives the TTL: after the TTL a new holder's response is safe from the old lease": async ({
    store,
    worker,
    advanceTime,
  }) => {
    const [long, other] = [await worker({ leaseMs: 10 * TTL }), await worker()];
    const held = await beginHolding(long, 'k', 'fp-a', TTL);
    await advanceTime(TTL);
    const taken = await beginHolding(other, 'k', 'fp-b', HOUR);
    return [
      held.answer,
      taken.answer,
      await complete(other, 'k', { status: 201, body: 'new holder' }, taken.holder),
      await abandon(long, 'k', held.holder),
      await complete(long, 'k', { status: 200, body: 'old lease' }, held.holder),
      await begin(store, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
    ];
  },
  "a mismatching begin does not extend a completed record's TTL": async ({ worker, advanceTime }) => {
    // The mismatch halfway through the TTL (at 0.7 of 400 ms it had 60 ms to spare), the check 1.2 in.
    const store = await worker({ leaseMs: WIDE });
    await begin(store, 'k', 'fp-a', WIDE);
    await complete(store, 'k', ok);
    await advanceTime(WIDE * 0.5);
    const mismatch = await begin(store, 'k', 'fp-b', HOUR);
    await advanceTime(WIDE * 0.7);
    return [mismatch, await begin(store, 'k', 'fp-b'), await begin(store, 'k', 'fp-b')];
  },
  "an in_progress begin with a longer TTL does not extend a started record's TTL": async ({
    worker,
    advanceTime,
  }) => {
    const [long, store] = [await worker({ leaseMs: 10 * WIDE }), await worker({ leaseMs: WIDE })];
    const first = await begin(long, 'k', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.5);
    const running = await begin(store, 'k', 'fp-a', HOUR);
    await advanceTime(WIDE * 0.7);
    return [first, running, await begin(store, 'k', 'fp-b'), await begin(long, 'k', 'fp-b')];
  },
  'an abandon under the lease partway through gives the next holder a full lease of its own': async ({
    worker,
    advanceTime,
  }) => {
    // The running check is 1.2 leases after the first begin (past its lease) and half a lease after
    // the next one (well within it); the last, 1.1 leases after the next begin.
    const leaseMs = WIDE;
    const [store, other] = [await worker({ leaseMs }), await worker({ leaseMs })];
    const held = await beginHolding(store, 'k');
    await advanceTime(leaseMs * 0.7);
    const freed = await abandon(store, 'k', held.holder);
    const next = await begin(other, 'k');
    await advanceTime(leaseMs * 0.5);
    const running = await begin(store, 'k');
    await advanceTime(leaseMs * 0.6);
    return [held.answer, freed, next, running, await begin(store, 'k')];
  },
  'records begun half a TTL apart expire in the order they were begun': async ({ worker, advanceTime }) => {
    const store = await worker({ leaseMs: WIDE });
    await begin(store, 'a', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.5);
    await begin(store, 'b', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.5);
    return [await begin(store, 'a', 'fp-b'), await begin(store, 'b', 'fp-b'), await begin(store, 'b')];
  },
  "a 1 ms lease's worker completing at once stores its response, kept for the TTL": async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const quick = await worker({ leaseMs: 1 });
    const first = await begin(quick, 'k');
    const stored = await complete(quick, 'k', { status: 201, body: 'quick' });
    await advanceTime(leaseMs * 0.7);
    return [first, stored, await begin(store, 'k'), await begin(store, 'k', 'fp-b')];
  },
  'a response whose TTL ran out is gone for every worker at once': async (s) => {
    const pool = await workers(s, 3);
    await begin(s.store, 'k', 'fp-a', TTL);
    await complete(s.store, 'k', ok);
    await s.advanceTime(TTL);
    const answers: JsonValue[] = [];
    for (const w of pool) answers.push(await begin(w, 'k', 'fp-b'));
    return answers;
  },
  'a takeover by a long-lease worker holds the key past the short lease it replaced': async ({
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const [quick, long] = [await worker({ leaseMs: 1 }), await worker({ leaseMs: 4 * leaseMs })];
    const first = await begin(quick, 'k');
    await advanceTime(leaseMs * 0.5);
    const taken = await begin(long, 'k');
    await advanceTime(leaseMs);
    return [first, taken, await begin(quick, 'k'), await begin(quick, 'k', 'fp-b')];
  },
  'a complete after SCRIPT FLUSH keeps the response a whole TTL from completion': async ({
    worker,
    advanceTime,
    flushScripts,
  }) => {
    // Kept 1.1 TTLs after the begin but half a TTL after the complete: a loaded machine's delays
    // (which only push the later steps later) cannot make the kept record look expired. The complete,
    // 0.6 of a TTL in and within the lease, has 420 ms to spare (at 400 ms, a slow flush had 100).
    const store = await worker({ leaseMs: WIDE });
    await begin(store, 'k', 'fp-a', WIDE);
    await advanceTime(WIDE * 0.6);
    await flushScripts();
    const stored = await complete(store, 'k', { status: 200, body: 'after flush' });
    await advanceTime(WIDE * 0.5);
    const kept = await begin(store, 'k', 'fp-b');
    await advanceTime(WIDE * 0.7);
    return [stored, kept, await begin(store, 'k', 'fp-b')];
  },
  'leases of 2^31 and 2^32 + 1 ms, past 32-bit timers, keep their keys running': async ({
    store,
    worker,
    leaseMs,
    advanceTime,
  }) => {
    const [wide, wider] = [await worker({ leaseMs: 2 ** 31 }), await worker({ leaseMs: 2 ** 32 + 1 })];
    const first = [await begin(wide, 'a'), await begin(wider, 'b')];
    await advanceTime(leaseMs);
    return [first, await begin(store, 'a'), await begin(store, 'b'), await begin(store, 'b', 'fp-b')];
  },
  'a SCRIPT FLUSH during a held lease neither frees nor extends it': async ({
    worker,
    advanceTime,
    flushScripts,
  }) => {
    // A 3 s lease, looked at after 0.3 of it and after all of it: with the corpus's 400 ms lease the
    // flushes and script reloads of a loaded CI machine passed the middle check's 140 ms of slack.
    const leaseMs = 3_000;
    const [holder, other] = [await worker({ leaseMs }), await worker({ leaseMs })];
    const first = await begin(holder, 'k');
    await flushScripts();
    await advanceTime(leaseMs * 0.3);
    const running = await begin(other, 'k');
    await flushScripts();
    await advanceTime(leaseMs * 0.7);
    return [first, running, await begin(other, 'k', 'fp-b')];
  },
});

/** Round 17: fingerprints the scripts compare as Lua strings, never as patterns, numbers or booleans. */
const fingerprints = idempotencyCases('fingerprints', {
  'fingerprints that are Lua patterns or format directives compare literally': async ({ store }) => [
    await begin(store, 'k', '.*'),
    await begin(store, 'k', '%d'),
    await begin(store, 'k', '%s%s'),
    await begin(store, 'k', '[a-z]+'),
    await begin(store, 'k', '.*'),
    await complete(store, 'k', ok),
    await begin(store, 'k', '.+'),
    await begin(store, 'k', '.*'),
  ],
  'fingerprints nil, false, 0 and the empty text are four texts': async ({ store }) => {
    const answers: JsonValue[] = [];
    for (const [i, fp] of ['nil', 'false', '0', ''].entries()) {
      answers.push(await begin(store, `k-${i}`, fp));
      for (const other of ['nil', 'false', '0', '']) answers.push(await begin(store, `k-${i}`, other));
    }
    return answers;
  },
  'a fingerprint of every Latin-1 character is kept exactly': async ({ store }) => {
    const all = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
    return [
      await begin(store, 'k', all),
      await begin(store, 'k', all),
      await begin(store, 'k', `${all.slice(0, 200)}?${all.slice(201)}`),
      await begin(store, 'k', all.slice(1)),
    ];
  },
  'an emoji fingerprint and its escaped spelling are different texts': async ({ store }) => [
    await begin(store, 'k', '\ud83d\ude00'),
    await begin(store, 'k', '\\ud83d\\ude00'),
    await begin(store, 'k', '&#x1F600;'),
    await begin(store, 'k', '\ud83d\ude00'),
  ],
});

/** Round 17: keys as literal bytes under the prefix, whatever Redis, Lua or RESP would make of them. */
const keys = idempotencyCases('keys', {
  'hash-tag braces in keys are literal': async ({ store }) =>
    beginAll(store, ['{k}', '{k}x', 'x{k}', '{}', '{k', 'k}', '{k}']),
  'keys that read as RESP, Lua or script arguments are literal': async ({ store }) =>
    beginAll(store, [
      '*1\r\n$4\r\nPING\r\n',
      "'); redis.call('FLUSHALL') --",
      'KEYS[1]',
      'ARGV[1]',
      '$-1',
      ':1',
      '*1\r\n$4\r\nPING\r\n',
    ]),
  'keys in many scripts begin, complete and replay': async ({ store, worker }) => {
    const other = await worker();
    const names = [
      '\u0645\u0641\u062a\u0627\u062d',
      '\u05de\u05e4\u05ea\u05d7',
      '\u0915\u0941\u0902\u091c\u0940',
      '\u0e01\u0e38\u0e0d\u0e41\u0e08',
      '\ud0a4',
      '\u043a\u043b\u044e\u0447',
      '\u9375',
      '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67',
      '\ud83c\uddeb\ud83c\uddf7',
    ];
    const answers: JsonValue[] = [];
    for (const [i, key] of names.entries()) {
      answers.push(await begin(store, key));
      answers.push(await complete(store, key, { status: 200, body: `key ${i}` }));
    }
    for (const key of names) answers.push(await begin(other, key));
    return answers;
  },
  'keys differing by a variation selector, ZWJ or ZWNJ are distinct': async ({ store }) =>
    beginAll(store, [
      '\u2764',
      '\u2764\ufe0f',
      '\u2764\ufe0e',
      '\ud83d\udc68\ud83d\udc69',
      '\ud83d\udc68\u200d\ud83d\udc69',
      '\ud83d\udc68\u200c\ud83d\udc69',
      '\u2764\ufe0f',
    ]),
  'a key of 250,000 emoji (1 MB of UTF-8) begins, completes and replays; one emoji fewer is another key':
    async ({ store, worker }) => {
      const key = '\ud83e\uddfe'.repeat(250_000);
      const other = await worker();
      return [
        await begin(store, key),
        await complete(store, key, { status: 200, body: 'receipts' }),
        await begin(other, key),
        await begin(other, key.slice(2)),
      ];
    },
  "keys named like the record's fields are ordinary keys": async ({ store }) => [
    await beginAll(store, ['v', 'state', 'fingerprint', 'ttl_ms', 'lease_until', 'lease_id', 'response']),
    await complete(store, 'state', { status: 200, body: 'state' }),
    await begin(store, 'state'),
    await begin(store, 'response'),
  ],
  'the empty key is one record for every worker': async ({ store, worker }) => {
    const other = await worker();
    return [
      await begin(store, ''),
      await begin(other, ''),
      await complete(other, '', { status: 200, body: 'empty key' }),
      await begin(store, ''),
      await begin(store, ' '),
    ];
  },
  'each ASCII punctuation character is a key of its own': async (s) => {
    // Each key's second begin comes 63 sequential begins after its first: an hour's lease, not 400 ms.
    const store = await patient(s);
    const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
    const first = await beginAll(store, punctuation);
    const again = await beginAll(store, punctuation);
    return { first: tally(first), again: tally(again) };
  },
});

/** Round 17: responses read once at the edge, and large or unusual ones replayed byte for byte. */
const responses = idempotencyCases('responses', {
  'a body of a million emoji (4 MB of UTF-8) replays byte for byte to another worker': async ({
    store,
    worker,
  }) => exactRoundTrip(store, { status: 200, body: '\ud83d\ude00'.repeat(1_000_000) }, await worker()),
  'a Proxy response is read once per field and stores what it read': async ({ store }) => {
    const reads: string[] = [];
    const target = { status: 200, body: 'target', headers: { a: 'b' } };
    const response = new Proxy(target, {
      get(t, property, receiver) {
        reads.push(String(property));
        return property === 'body' ? `read ${reads.length}` : Reflect.get(t, property, receiver);
      },
    });
    const trip = await roundTrip(store, response);
    return { trip, reads: reads.join(' ') };
  },
  'a frozen response with frozen headers replays as given': async ({ store }) =>
    roundTrip(store, Object.freeze({ status: 203, body: 'frozen', headers: Object.freeze({ etag: '"f"' }) })),
  'header values that read as JSON, numbers or booleans stay strings': async ({ store }) =>
    roundTrip(store, {
      status: 200,
      body: 'b',
      headers: { a: '1', b: 'true', c: 'null', d: '{"x":1}', e: '[1]', f: '1e999', g: '-0' },
    }),
  'headers without a prototype replay as plain headers': async ({ store }) =>
    roundTrip(store, {
      status: 200,
      body: 'b',
      headers: Object.assign(Object.create(null) as Record<string, string>, { etag: '"n"', 'x-a': 'a' }),
    }),
  'header getters are read once each, in order, and their first answers stored': async ({ store }) => {
    const log: string[] = [];
    const headers = logging(log, { etag: ['"1"', '"2"'], 'x-b': ['b1', 7] });
    const trip = await roundTrip(store, { status: 200, body: 'h', headers });
    return { trip, log: log.join(' ') };
  },
  'headers given as a class instance keep its own fields only': async ({ store }) => {
    class Headers {
      etag = '"c"';
      'x-own' = 'own';
      get computed(): string {
        return 'not own';
      }
      method(): string {
        return 'not a header';
      }
    }
    return roundTrip(store, { status: 200, body: 'c', headers: new Headers() });
  },
  'a header name of a million characters replays whole': async ({ store }) =>
    exactRoundTrip(store, { status: 200, body: 'n', headers: { ['h'.repeat(1_000_000)]: 'v' } }),
});

/** Round 17: refusals and their codes, and inputs read once whatever their getters do. */
const validation = idempotencyCases('validation', {
  'TTLs given as a numeric text, a BigInt, a Number object, a boolean or null are refused; 1e3 is not':
    async ({ store }) => {
      const ttls: unknown[] = ['1000', 1000n, new Number(1000), true, null, undefined, 1e3];
      const answers: JsonValue[] = [];
      for (const [i, ttl] of ttls.entries())
        answers.push(await attempt(() => store.begin(`k-${i}`, 'fp-a', loose<number>(ttl))));
      return answers;
    },
  'TTLs of -0, 2^53, the smallest positive double, the largest double and -Infinity are refused': async ({
    store,
  }) => {
    const answers: JsonValue[] = [];
    for (const ttl of [-0, 2 ** 53, Number.MIN_VALUE, Number.MAX_VALUE, Number.NEGATIVE_INFINITY])
      answers.push(await attempt(() => store.begin('k', 'fp-a', ttl)));
    answers.push(await begin(store, 'k', 'fp-b'));
    return answers;
  },
  'String, Number and Boolean objects and byte arrays are refused wherever text or a number is wanted':
    async ({ store }) => [
      await attempt(() => store.begin(loose(new String('k')), 'fp-a', HOUR)),
      await attempt(() => store.begin('k', loose(new String('fp-a')), HOUR)),
      await attempt(() => store.begin(loose(Buffer.from('k')), loose(new Uint8Array([102, 112])), HOUR)),
      await begin(store, 'k'),
      await complete(store, 'k', loose({ status: new Number(200), body: new String('b') })),
      await complete(
        store,
        'k',
        loose({ status: 200, body: 'b', headers: { a: new String('x'), b: new Boolean(true) } }),
      ),
      await abandon(store, 'k', loose({ lease: new String('l') })),
      await begin(store, 'k'),
    ],
  'a response getter that throws on its first read fails complete and changes nothing': async ({ store }) => {
    const exploding = () => logging([], { status: [200], body: [new RangeError('first read')] });
    await begin(store, 'running');
    return [
      await complete(store, 'running', loose(exploding())),
      await complete(store, 'never', loose(exploding())),
      await begin(store, 'running'),
      await begin(store, 'never'),
    ];
  },
  'a lease getter that throws on its first read fails complete and abandon and changes nothing': async ({
    store,
  }) => {
    const exploding = () => loose<IdempotencyHolder>(logging([], { lease: [new RangeError('first read')] }));
    await begin(store, 'running');
    return [
      await complete(store, 'running', ok, exploding()),
      await abandon(store, 'running', exploding()),
      await begin(store, 'running'),
    ];
  },
  "a Proxy holder's lease is read once": async ({ store }) => {
    const held = await beginHolding(store, 'k');
    const reads: string[] = [];
    const holder = new Proxy(
      {},
      {
        get(_, property) {
          reads.push(String(property));
          return reads.length === 1 ? held.holder.lease : 'another';
        },
      },
    ) as IdempotencyHolder;
    const stored = await complete(store, 'k', { status: 201, body: 'proxy holder' }, holder);
    return [held.answer, stored, reads.join(' '), await begin(store, 'k')];
  },
  'complete reads status, body, headers, each header, then the lease, once each': async ({ store }) => {
    const held = await beginHolding(store, 'k');
    const log: string[] = [];
    const headers = logging(log, { a: ['1', 2], b: ['2', 3] });
    const response = logging(log, { status: [201, 0], body: ['logged', 0], headers: [headers, 5] });
    const holder = logging(log, { lease: [held.holder.lease, 'bogus'] });
    const stored = await complete(store, 'k', loose(response), loose(holder));
    return { stored, log: log.join(' '), replay: await begin(store, 'k') };
  },
  'a headers getter answering a new object on each read: the first is stored': async ({ store }) => {
    let reads = 0;
    const response = {
      status: 200,
      body: 'b',
      get headers() {
        reads += 1;
        return { read: String(reads) };
      },
    };
    return { trip: await roundTrip(store, response), reads };
  },
  'a holder that is a function or a class instance acts under the lease it carries': async ({ store }) => {
    const fn = await beginHolding(store, 'fn');
    const asFunction = Object.assign(() => undefined, { lease: fn.holder.lease });
    const cls = await beginHolding(store, 'cls');
    class Holder {
      constructor(readonly held: string | undefined) {}
      get lease(): string | undefined {
        return this.held;
      }
    }
    return [
      await complete(store, 'fn', { status: 200, body: 'function' }, loose(asFunction)),
      await begin(store, 'fn'),
      await abandon(store, 'cls', new Holder('wrong')),
      await begin(store, 'cls'),
      await abandon(store, 'cls', new Holder(cls.holder.lease)),
      await begin(store, 'cls', 'fp-b'),
    ];
  },
});

/** Round 17 of the corpus: the port's contract and the Redis behaviour the adapter relies on. */
export const round17Cases = [
  ...lifecycle,
  ...concurrency,
  ...expiry,
  ...fingerprints,
  ...keys,
  ...responses,
  ...validation,
];
