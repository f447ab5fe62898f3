import type { IdempotencyHolder, IdempotencyStore, JsonValue, StoredResponse } from '@seams/ports';
import type { CorpusStores } from '../corpus-store.js';
import { HOUR, CORPUS_WIDE_PERIOD_MS as WIDE } from '../corpus-timing.js';
import {
  abandon,
  attempt,
  begin,
  beginAll,
  beginHolding,
  complete,
  digest,
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

/** One store and the key it names a record by. */
type Spelling = readonly [store: IdempotencyStore, key: string];

/** The full key every spelling names, after the case's own prefix. */
const FULL_KEY = 'ab:k';

/**
 * Four stores and keys naming one record: the case's prefix followed by `ab:k`, split between the
 * store's key prefix and the key after 0, 1, 3 and all 4 characters (the last with the empty key).
 * Redis keeps prefix and key as one text, so all four are one Redis key; on Redis each store is a
 * connection of its own.
 */
async function spellings(s: CorpusStores, leaseMs = HOUR): Promise<Spelling[]> {
  const made: Spelling[] = [];
  for (const cut of [0, 1, 3, 4]) {
    made.push([await s.prefixed(FULL_KEY.slice(0, cut), { leaseMs }), FULL_KEY.slice(cut)]);
  }
  return made;
}

/** The `i`th spelling (of four), for cases that rotate over them. */
const at = (all: readonly Spelling[], i: number): Spelling => all[i % all.length] as Spelling;

/** Whether `found` replays a response with `body`. */
const replays = (found: JsonValue, body: string): boolean =>
  typeof found === 'object' &&
  found !== null &&
  !Array.isArray(found) &&
  typeof found.completed === 'object' &&
  found.completed !== null &&
  !Array.isArray(found.completed) &&
  found.completed.body === body;

/**
 * Round 21 (all names start `r21 `): one record named four ways, a key prefix and a key joined
 * into one Redis key, as `RedisIdempotencyStoreConfig.keyPrefix` says; leases carried from one
 * spelling to another.
 */
const lifecycle = idempotencyCases('lifecycle', {
  "r21 one record spelled four ways (prefix and key split at each point): each spelling sees the others' begin, mismatch and replay":
    async (s) => {
      const all = await spellings(s);
      const [first, second, third, fourth] = all as [Spelling, Spelling, Spelling, Spelling];
      const answers: JsonValue[] = [
        await begin(...first),
        await begin(...second),
        await begin(third[0], third[1], 'fp-b'),
        await complete(fourth[0], fourth[1], { status: 201, body: 'one record', headers: { a: 'b' } }),
      ];
      for (const spelling of all) answers.push(await begin(...spelling));
      for (const spelling of all) answers.push(await begin(spelling[0], spelling[1], 'fp-b'));
      return answers;
    },
  'r21 a lease handed out on one spelling completes the record on another; abandon under it on a third then frees nothing':
    async (s) => {
      const [first, second, third, fourth] = (await spellings(s)) as [Spelling, Spelling, Spelling, Spelling];
      const held = await beginHolding(...second);
      return [
        held.answer,
        await complete(fourth[0], fourth[1], { status: 200, body: 'made-up' }, { lease: 'made-up' }),
        await complete(fourth[0], fourth[1], { status: 201, body: 'carried' }, held.holder),
        await abandon(third[0], third[1], held.holder),
        await abandon(third[0], third[1]),
        await begin(...first),
        await begin(first[0], first[1], 'fp-b'),
      ];
    },
  'r21 an abandon under the lease on another spelling frees the record; the next begin owns it with its fingerprint on every spelling':
    async (s) => {
      const all = await spellings(s);
      const [first, second, third, fourth] = all as [Spelling, Spelling, Spelling, Spelling];
      const held = await beginHolding(...first);
      const freed = await abandon(third[0], third[1], held.holder);
      const next = await beginHolding(fourth[0], fourth[1], 'fp-b');
      const running: JsonValue[] = [];
      for (const spelling of all) running.push(await begin(spelling[0], spelling[1], 'fp-b'));
      return [
        held.answer,
        freed,
        next.answer,
        running,
        await complete(second[0], second[1], { status: 200, body: 'old lease' }, held.holder),
        await complete(second[0], second[1], { status: 200, body: 'new lease' }, next.holder),
        await begin(...first),
        await begin(third[0], third[1], 'fp-b'),
      ];
    },
  'r21 a hundred begin-abandon cycles rotating over four spellings hand out a hundred distinct leases; only the last begin completes':
    async (s) => {
      const all = await spellings(s);
      const answers: JsonValue[] = [];
      const leases = new Set<string>();
      for (let i = 0; i < 100; i += 1) {
        const held = await beginHolding(...at(all, i));
        answers.push(held.answer);
        if (held.holder.lease !== undefined) leases.add(held.holder.lease);
        answers.push(await abandon(at(all, i + 1)[0], at(all, i + 1)[1], held.holder));
      }
      const old = [...leases].slice(-3);
      const last = await beginHolding(...at(all, 2));
      const stale: JsonValue[] = [];
      for (const [i, lease] of old.entries()) {
        stale.push(await complete(at(all, i)[0], at(all, i)[1], { status: 200, body: 'stale' }, { lease }));
      }
      return {
        cycles: tally(answers),
        distinct: leases.size,
        last: last.answer,
        stale: tally(stale),
        running: await begin(...at(all, 3)),
        stored: await complete(at(all, 1)[0], at(all, 1)[1], { status: 200, body: 'last' }, last.holder),
        replay: await begin(...at(all, 0)),
      };
    },
});

/**
 * Round 21: races over the four spellings of one record, each on its own connection: Redis runs one
 * script at a time, so no WATCH is needed; each is recorded as what holds whatever order the race takes.
 */
const concurrency = idempotencyCases('concurrency', {
  'r21 sixteen begins over four spellings of one record on eight workers race: exactly one starts': async (
    s,
  ) => {
    const all = [...(await spellings(s)), ...(await spellings(s))];
    const raced = await Promise.all(
      Array.from({ length: 16 }, (_, i) => begin(...(all[i % all.length] as Spelling))),
    );
    return tally(raced);
  },
  'r21 four spellings race with four fingerprints: one starts, three mismatch; after its complete only its fingerprint replays':
    async (s) => {
      const all = await spellings(s);
      const held = await Promise.all(
        all.map((spelling, i) => beginHolding(spelling[0], spelling[1], `fp-${i}`)),
      );
      const winner = held.findIndex((h) => h.answer === 'started');
      const [store, key] = at(all, winner + 1);
      const stored = await complete(store, key, { status: 200, body: 'winner' }, held[winner]?.holder);
      const after = await Promise.all(all.map((spelling, i) => begin(spelling[0], spelling[1], `fp-${i}`)));
      return {
        raced: tally(held.map((h) => h.answer)),
        stored,
        after: tally(after.map((found) => (replays(found, 'winner') ? 'winner replayed' : found))),
        winnerReplays: replays(after[winner] ?? null, 'winner'),
      };
    },
  'r21 after the lease ran out, eight begins over four spellings race to take over: exactly one starts':
    async (s) => {
      const held = await beginHolding(s.store, FULL_KEY);
      await s.advanceTime(s.leaseMs);
      const all = [...(await spellings(s)), ...(await spellings(s))];
      const raced = await Promise.all(all.map((spelling) => begin(...spelling)));
      return [
        held.answer,
        tally(raced),
        await complete(s.store, FULL_KEY, { status: 200, body: 'stale' }, held.holder),
        await begin(s.store, FULL_KEY),
      ];
    },
  "r21 the holder's complete on one spelling races begins on the other three: none starts, each sees it running or replays it":
    async (s) => {
      const all = [...(await spellings(s)), ...(await spellings(s))];
      const [holder, key] = all[0] as Spelling;
      const held = await beginHolding(holder, key);
      const [stored, raced] = await Promise.all([
        complete(holder, key, { status: 200, body: 'done' }, held.holder),
        Promise.all(all.slice(1).map((spelling) => begin(...spelling))),
      ]);
      return {
        held: held.answer,
        stored,
        each: raced.every((found) => found === 'in_progress' || replays(found, 'done')),
        after: tally(await Promise.all(all.map((spelling) => begin(...spelling)))),
      };
    },
  'r21 fifty keys each completed without a lease on one prefix while abandoned without a lease on another: each ends completed or free':
    async (s) => {
      const store = await patient(s);
      const [completer, freer] = [
        await s.prefixed('a', { leaseMs: HOUR }),
        await s.prefixed('ab', { leaseMs: HOUR }),
      ];
      const names = Array.from({ length: 50 }, (_, i) => `${i}`);
      const started = await Promise.all(names.map((name) => begin(store, `ab${name}`)));
      const [stored, freed] = await Promise.all([
        Promise.all(names.map((name) => complete(completer, `b${name}`, { status: 200, body: name }))),
        Promise.all(names.map((name) => abandon(freer, name))),
      ]);
      const after = await Promise.all(names.map((name) => begin(store, `ab${name}`)));
      return {
        started: tally(started),
        stored: tally(stored),
        freed: tally(freed),
        consistent: after.every((found, i) => found === 'started' || replays(found, `${i}`)),
      };
    },
  'r21 a hundred keys begun on the root while a nested prefix completes them without a lease: each ends running or replays the nested response':
    async (s) => {
      const store = await patient(s);
      const nested = await s.prefixed('x:', { leaseMs: HOUR });
      const names = Array.from({ length: 100 }, (_, i) => `k-${i}`);
      const [started, stored] = await Promise.all([
        Promise.all(names.map((name) => begin(store, `x:${name}`))),
        Promise.all(names.map((name) => complete(nested, name, { status: 200, body: name }))),
      ]);
      const after = await Promise.all(names.map((name) => begin(nested, name)));
      return {
        started: tally(started),
        stored: tally(stored),
        // A complete that ran first found nothing to complete: the key is still running.
        consistent: after.every((found, i) => found === 'in_progress' || replays(found, `k-${i}`)),
      };
    },
  'r21 the holder completes on one spelling and abandons on another at once under its lease: every spelling then agrees':
    async (s) => {
      const all = await spellings(s);
      const [first, second, third] = all as [Spelling, Spelling, Spelling];
      const held = await beginHolding(...first);
      const raced = await Promise.all([
        complete(second[0], second[1], { status: 200, body: 'done' }, held.holder),
        abandon(third[0], third[1], held.holder),
      ]);
      const seen = await Promise.all(all.map((spelling) => begin(spelling[0], spelling[1], 'fp-b')));
      const count = (kind: string) => seen.filter((found) => found === kind).length;
      return {
        held: held.answer,
        raced,
        // Completed first: every spelling mismatches fp-b. Freed first: one fp-b starts, the rest wait.
        consistent: count('mismatch') === 4 || (count('started') === 1 && count('in_progress') === 3),
      };
    },
  'r21 ten keys begun in flight on a nested-prefix worker and on the root at once: one start per key': async (
    s,
  ) => {
    const store = await patient(s);
    const nested = await s.prefixed('n:', { leaseMs: HOUR });
    const names = Array.from({ length: 10 }, (_, i) => `k-${i}`);
    const raced = await Promise.all([
      ...names.map((name) => begin(nested, name)),
      ...names.map((name) => begin(store, `n:${name}`)),
    ]);
    const perKey = names.map(
      (_, i) => [raced[i], raced[i + 10]].filter((found) => found === 'started').length,
    );
    return { raced: tally(raced), onePerKey: perKey.every((starts) => starts === 1) };
  },
  'r21 a SCRIPT FLUSH in the middle of twenty begins racing over four spellings: exactly one starts': async (
    s,
  ) => {
    const all = [...(await spellings(s)), ...(await spellings(s))];
    const raced = Array.from({ length: 10 }, (_, i) => begin(...(all[i % all.length] as Spelling)));
    await s.flushScripts();
    raced.push(...Array.from({ length: 10 }, (_, i) => begin(...(all[(i + 3) % all.length] as Spelling))));
    return tally(await Promise.all(raced));
  },
});

/**
 * Round 21: durations at the edges Redis' PEXPIRE takes, a lease past any TTL, and expiries across
 * spellings and a lost script cache. Checks before a boundary wait on `CORPUS_WIDE_PERIOD_MS`.
 */
const expiry = idempotencyCases('expiry', {
  'r21 TTLs of 1, 2, 10 and 100 ms are gone 300 ms later; a TTL of an hour is not': async (s) => {
    const store = await patient(s);
    const ttls = [1, 2, 10, 100, HOUR];
    const written: JsonValue[] = [];
    for (const ttl of ttls) {
      written.push(await begin(store, `ttl-${ttl}`, 'fp-a', ttl));
      // Stored or not (a 1 ms record may be gone already), the answer is the same.
      written.push(await complete(store, `ttl-${ttl}`, { status: 200, body: `${ttl}` }));
    }
    await s.advanceTime(300);
    return {
      written: tally(written),
      after: await Promise.all(ttls.map((ttl) => begin(store, `ttl-${ttl}`, 'fp-b'))),
    };
  },
  'r21 under the largest safe lease and a TTL of one period the key runs at 0.3 of it and is free after it':
    async ({ worker, advanceTime }) => {
      const [holder, other] = [
        await worker({ leaseMs: Number.MAX_SAFE_INTEGER }),
        await worker({ leaseMs: HOUR }),
      ];
      const held = await beginHolding(holder, 'k', 'fp-a', WIDE);
      await advanceTime(WIDE * 0.3);
      const running = [await begin(other, 'k'), await begin(other, 'k', 'fp-b')];
      await advanceTime(WIDE * 0.7);
      return [
        held.answer,
        running,
        await begin(other, 'k', 'fp-b'),
        await complete(holder, 'k', { status: 200, body: 'late' }, held.holder),
        await begin(holder, 'k', 'fp-a'),
      ];
    },
  "r21 after SCRIPT FLUSH a takeover after the lease ran out, and the old lease's complete, answer as without one":
    async ({ store, worker, leaseMs, advanceTime, flushScripts }) => {
      const taker = await worker({ leaseMs: HOUR });
      const held = await beginHolding(store, 'k');
      await flushScripts();
      await advanceTime(leaseMs);
      const taken = await beginHolding(taker, 'k', 'fp-b');
      await flushScripts();
      return [
        held.answer,
        taken.answer,
        await complete(store, 'k', { status: 200, body: 'stale' }, held.holder),
        await begin(store, 'k', 'fp-b'),
        await complete(taker, 'k', { status: 201, body: 'taker' }, taken.holder),
        await begin(store, 'k', 'fp-b'),
        await begin(store, 'k', 'fp-a'),
      ];
    },
  "r21 a takeover on another spelling after the lease ran out: the first spelling's lease then completes nothing":
    async (s) => {
      const short = await spellings(s, s.leaseMs);
      const all = await spellings(s);
      const held = await beginHolding(...at(short, 1));
      await s.advanceTime(s.leaseMs);
      const [takerStore, takerKey] = at(all, 2);
      const taken = await beginHolding(takerStore, takerKey, 'fp-b');
      return [
        held.answer,
        taken.answer,
        await complete(at(short, 1)[0], at(short, 1)[1], { status: 200, body: 'stale' }, held.holder),
        await abandon(at(short, 3)[0], at(short, 3)[1], held.holder),
        await begin(at(all, 0)[0], at(all, 0)[1], 'fp-b'),
        await complete(at(all, 3)[0], at(all, 3)[1], { status: 201, body: 'taker' }, taken.holder),
        await begin(at(all, 1)[0], at(all, 1)[1], 'fp-b'),
        await begin(...at(all, 1)),
      ];
    },
  'r21 a record begun on one spelling with a TTL of one period runs for every spelling at 0.3 of it and is gone for each after it':
    async (s) => {
      const all = await spellings(s);
      const first = await begin(at(all, 0)[0], at(all, 0)[1], 'fp-a', WIDE);
      await s.advanceTime(WIDE * 0.3);
      const running: JsonValue[] = [];
      for (const spelling of all) running.push(await begin(spelling[0], spelling[1], 'fp-a'));
      await s.advanceTime(WIDE * 0.7);
      const after: JsonValue[] = [];
      for (const spelling of [...all].reverse()) after.push(await begin(spelling[0], spelling[1], 'fp-b'));
      return [first, running, after];
    },
  'r21 TTLs of every power of two from 2^0 to 2^52 ms are taken; those of 2^22 ms (70 minutes) and more replay':
    async (s) => {
      const store = await patient(s);
      const powers = Array.from({ length: 53 }, (_, i) => i);
      const started = await Promise.all(powers.map((p) => begin(store, `p-${p}`, 'fp-a', 2 ** p)));
      const stored = await Promise.all(
        powers.map((p) => complete(store, `p-${p}`, { status: 200, body: `${p}` })),
      );
      // A record of a shorter TTL may be gone by now on a slow machine: only the long ones are asked.
      const long = powers.filter((p) => p >= 22);
      const replayed = await Promise.all(long.map((p) => begin(store, `p-${p}`)));
      return {
        started: tally(started),
        stored: tally(stored),
        asked: long.length,
        own: replayed.filter((found, i) => replays(found, `${long[i]}`)).length,
      };
    },
});

/** Round 21: fingerprints that read as RESP frames or as single bytes, and either side of the adapter's text-to-bytes switch. */
const fingerprints = idempotencyCases('fingerprints', {
  'r21 fingerprints that read as RESP2 and RESP3 reply frames are literal text, each replaying only its own key':
    async (s) => {
      const store = await patient(s);
      const frames = [
        '+OK',
        '+OK\r\n',
        '-ERR unknown',
        ':1',
        ':-1',
        '$-1',
        '$0\r\n\r\n',
        '*-1',
        '*0',
        '_',
        '#t',
        '#f',
        ',1.5',
        ',inf',
        '(12345678901234567890',
        '%0',
        '~0',
        '>2',
        '=7\r\ntxt:abc',
        '|1',
      ];
      await Promise.all(frames.map((fp, i) => begin(store, `k-${i}`, fp)));
      await Promise.all(frames.map((_, i) => complete(store, `k-${i}`, { status: 200, body: `${i}` })));
      const own = await Promise.all(frames.map((fp, i) => begin(store, `k-${i}`, fp)));
      const neighbour = await Promise.all(
        frames.map((_, i) => begin(store, `k-${i}`, frames[(i + 1) % frames.length] as string)),
      );
      return {
        frames: frames.length,
        own: own.filter((found, i) => replays(found, `${i}`)).length,
        neighbour: tally(neighbour),
      };
    },
  'r21 each of the 256 one-character fingerprints U+0000 to U+00FF on one key: the first starts, the rest mismatch, only the first replays':
    async (s) => {
      const store = await patient(s);
      const fps = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));
      const answers: JsonValue[] = [];
      for (const fp of fps) answers.push(await begin(store, 'k', fp));
      const stored = await complete(store, 'k', ok);
      const after = await Promise.all(fps.map((fp) => begin(store, 'k', fp)));
      return {
        first: answers[0] ?? null,
        rest: tally(answers.slice(1)),
        stored,
        replay: after[0] ?? null,
        others: tally(after.slice(1)),
        wide: await begin(store, 'k', '\u0100'),
      };
    },
  'r21 fingerprints either side of the 1 Mi code-unit mark (sent as text and as bytes) mismatch each other and match themselves':
    async (s) => {
      const store = await patient(s);
      // `LONGEST_STRING_ARGUMENT`: the adapter sends the first as text, the second as its UTF-8 bytes.
      const text = 'f'.repeat(1024 * 1024);
      const bytes = `${text}f`;
      return [
        await begin(store, 'k', text),
        await begin(store, 'k', bytes),
        await begin(store, 'k', text),
        await complete(store, 'k', ok),
        await begin(store, 'k', bytes),
        await begin(store, 'k', 'f'.repeat(1024 * 1024)),
        await begin(store, 'other', bytes),
        await begin(store, 'other', text),
        await begin(store, 'other', bytes),
      ];
    },
});

/**
 * Round 21: key prefixes joined to the key as Redis joins them (globs, emoji, NUL, hash tags), and
 * keys that spell bytes, escapes or redis-cli quoting as text.
 */
const keys = idempotencyCases('keys', {
  'r21 key prefixes that look like glob patterns ("*", "?", "[ab]", "\\\\*") share records only with their literal text':
    async (s) => {
      const store = await patient(s);
      await beginAll(store, ['ak', 'bk', 'xk']);
      const answers: JsonValue[] = [];
      for (const glob of ['*', '?', '[ab]', '\\*']) {
        const globbed = await s.prefixed(glob, { leaseMs: HOUR });
        answers.push([await begin(globbed, 'k', 'fp-b'), await begin(store, `${glob}k`, 'fp-c')]);
      }
      return [answers, await beginAll(store, ['ak', 'bk', 'xk', '*k'])];
    },
  "r21 an emoji key prefix joins the key into one text: a ZWJ sequence split between prefix and key is the whole sequence's record":
    async (s) => {
      const store = await patient(s);
      const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
      const split = await s.prefixed('\u{1f468}\u200d', { leaseMs: HOUR });
      const emoji = await s.prefixed('\u{1f9fe}', { leaseMs: HOUR });
      return [
        await begin(store, family),
        await begin(split, '\u{1f469}\u200d\u{1f467}', 'fp-b'),
        await begin(split, '\u{1f469}\u{1f467}'),
        await begin(emoji, 'k\u{1f600}'),
        await complete(store, '\u{1f9fe}k\u{1f600}', ok),
        await begin(emoji, 'k\u{1f600}'),
        await begin(store, '\u{1f9fe}k'),
      ];
    },
  'r21 a key prefix with a NUL, a CRLF and a space joins the key literally; the prefix without them is another record':
    async (s) => {
      const store = await patient(s);
      const odd = await s.prefixed('a\u0000b\r\n c', { leaseMs: HOUR });
      const plain = await s.prefixed('abc', { leaseMs: HOUR });
      return [
        await begin(odd, 'k'),
        await begin(store, 'a\u0000b\r\n ck', 'fp-b'),
        await begin(plain, 'k', 'fp-b'),
        await begin(store, 'abck', 'fp-c'),
        await complete(store, 'a\u0000b\r\n ck', ok),
        await begin(odd, 'k'),
        await begin(store, 'a\u0000b\r\nck'),
      ];
    },
  'r21 a hash-tag key prefix ("{user:1}:") shares records with the same text only, however it is split':
    async (s) => {
      const store = await patient(s);
      const tagged = await s.prefixed('{user:1}:', { leaseMs: HOUR });
      const braces = await s.prefixed('{user:1}', { leaseMs: HOUR });
      const other = await s.prefixed('{user:2}:', { leaseMs: HOUR });
      return [
        await begin(tagged, 'k'),
        await begin(braces, ':k', 'fp-b'),
        await begin(store, '{user:1}:k', 'fp-b'),
        await begin(other, 'k', 'fp-b'),
        await begin(store, 'user:1:k', 'fp-b'),
        await complete(braces, ':k', ok),
        await begin(store, '{user:1}:k'),
        await begin(other, 'k'),
      ];
    },
  'r21 keys spelling invalid UTF-8 as Latin-1 characters (overlong NUL, an encoded surrogate, past U+10FFFF) are records of their own':
    async ({ store, worker }) =>
      ownReplays(store, await worker(), [
        '\u00c0\u0080',
        '\u0000',
        '\u00ed\u00a0\u0080',
        '\ufffd',
        '\u00f4\u0090\u0080\u0080',
        '\u00ff\u00fe',
        '\ufeff',
        '\u00c3\u0028',
      ]),
  'r21 keys spelling byte escapes as text ("\\\\xff", "\\\\x00", "%00", "\\\\0") are distinct from the bytes they name':
    async ({ store, worker }) =>
      ownReplays(store, await worker(), [
        '\\xff',
        '\u00ff',
        '\\x00',
        '\u0000',
        '%00',
        '\\0',
        '\\\\x00',
        '\\u0000',
      ]),
  'r21 keys quoted as redis-cli prints them are other keys than the text they quote': async ({
    store,
    worker,
  }) =>
    ownReplays(store, await worker(), [
      'k',
      '"k"',
      "'k'",
      '"\\x00"',
      '"\\xe2\\x82\\xac"',
      '\u20ac',
      '(nil)',
      '(integer) 1',
    ]),
  "r21 keys a little under and a little over 1 Mi characters are two records across the adapter's text-to-bytes switch":
    async ({ store, worker }) => {
      // The full key (the case's prefix, then the key) of the longer goes to Redis as bytes. ASCII,
      // so each command carries one MiB: two-byte characters took Redis 45 ms per call on a loaded machine.
      const key = 'k'.repeat(1024 * 1024 - 64);
      return ownReplays(store, await worker(), [key, `${key}${'k'.repeat(128)}`]);
    },
});

/** Round 21: bodies and headers that read as RESP or Lua, many records, and a large one after a lost script cache. */
const responses = idempotencyCases('responses', {
  'r21 bodies that read as RESP frames ("-ERR x\\r\\n", "+OK", ":1", "$-1", "*-1", "_") replay as the text they are':
    async (s) => {
      const store = await patient(s);
      const bodies = [
        '-ERR x\r\n',
        '+OK',
        ':1',
        '$-1',
        '*-1',
        '_',
        '-NOSCRIPT No matching script',
        '-WRONGTYPE',
      ];
      const trips: JsonValue[] = [];
      for (const [i, body] of bodies.entries()) {
        await begin(store, `k-${i}`);
        await complete(store, `k-${i}`, { status: 200, body });
        trips.push(await begin(store, `k-${i}`));
      }
      return trips;
    },
  'r21 header values that read as RESP frames and headers named like Redis commands replay as given': async ({
    store,
    worker,
  }) =>
    exactRoundTrip(
      store,
      {
        status: 200,
        body: '',
        headers: { EVAL: '*1\r\n$4\r\nPING\r\n', FLUSHALL: '-ERR', 'SCRIPT FLUSH': ':0', PEXPIRE: '$-1' },
      },
      await worker(),
    ),
  'r21 bodies with Lua long brackets, string.format directives and a redis.call replay as given': async (
    s,
  ) => {
    const store = await patient(s);
    const bodies = [
      ']]',
      '[==[ x ]==]',
      '%d %s %q %%',
      "redis.call('DEL', KEYS[1])",
      '\\0\\ddd\\z',
      '--[[ comment',
    ];
    const trips: JsonValue[] = [];
    for (const [i, body] of bodies.entries()) {
      await begin(store, `k-${i}`);
      await complete(store, `k-${i}`, { status: 200, body });
      trips.push(await begin(store, `k-${i}`));
    }
    return trips;
  },
  'r21 a thousand records of 10 KiB each under one prefix all replay their own body (nothing is evicted)':
    async (s) => {
      const [store, reader] = (await patientWorkers(s, 2)) as [IdempotencyStore, IdempotencyStore];
      const names = Array.from({ length: 1_000 }, (_, i) => `k-${i}`);
      const body = (i: number) => `${i}:`.padEnd(10 * 1024, 'x');
      const started = await Promise.all(names.map((key) => begin(store, key)));
      const stored = await Promise.all(
        names.map((key, i) => complete(store, key, { status: 200, body: body(i) })),
      );
      const replayed = await Promise.all(names.map((key) => reader.begin(key, 'fp-a', HOUR)));
      return {
        started: tally(started),
        stored: tally(stored),
        own: replayed.filter((found, i) => found.kind === 'completed' && found.response.body === body(i))
          .length,
      };
    },
  'r21 a body of half a million four-byte characters (2 MB of UTF-8) completed after SCRIPT FLUSH replays whole on another spelling':
    async (s) => {
      const [first, second] = (await spellings(s)) as [Spelling, Spelling];
      const body = '\u{1f9fe}'.repeat(500_000);
      const held = await beginHolding(...first);
      await s.flushScripts();
      const stored = await complete(first[0], first[1], { status: 200, body }, held.holder);
      const found = await second[0].begin(second[1], 'fp-a', HOUR);
      return {
        held: held.answer,
        stored,
        whole: found.kind === 'completed' && found.response.body === body,
        digest: digest(body),
      };
    },
  'r21 replays on four spellings are equal and separate: changing one changes neither the others nor the record':
    async (s) => {
      const all = await spellings(s);
      await begin(...at(all, 0));
      await complete(at(all, 1)[0], at(all, 1)[1], { status: 200, body: 'kept', headers: { a: 'b' } });
      const seen = await Promise.all(all.map(([store, key]) => store.begin(key, 'fp-a', HOUR)));
      const [one] = seen;
      if (one?.kind === 'completed') {
        (one.response as { body: string }).body = 'changed';
        const headers = one.response.headers as Record<string, string> | undefined;
        if (headers) headers.a = 'changed';
      }
      return {
        others: seen.slice(1).map(result),
        again: result(await at(all, 2)[0].begin(at(all, 2)[1], 'fp-a', HOUR)),
      };
    },
});

/** Round 21: refusals on one spelling of a record, with their codes, leave it as it was for every spelling. */
const validation = idempotencyCases('validation', {
  'r21 refused calls on one spelling leave the record as it is for every other spelling': async (s) => {
    const all = await spellings(s);
    const held = await beginHolding(...at(all, 0));
    const refused = [
      await complete(at(all, 1)[0], at(all, 1)[1], { status: 99, body: 'x' }, held.holder),
      await abandon(at(all, 2)[0], at(all, 2)[1], { lease: '' }),
      await attempt(() => at(all, 3)[0].begin(at(all, 3)[1], 'fp-a', 0)),
      await attempt(() => at(all, 3)[0].begin(at(all, 3)[1], 'fp\ud800', HOUR)),
      await complete(at(all, 2)[0], at(all, 2)[1], loose<StoredResponse>({ status: 200 }), held.holder),
    ];
    const running: JsonValue[] = [];
    for (const spelling of all) running.push(await begin(...spelling));
    return [
      held.answer,
      refused,
      running,
      await complete(at(all, 3)[0], at(all, 3)[1], ok, held.holder),
      await begin(...at(all, 1)),
    ];
  },
  'r21 holders whose lease is a number, an object, empty, has a lone surrogate or is null are refused on each spelling with their codes':
    async (s) => {
      const all = await spellings(s);
      const held = await beginHolding(...at(all, 0));
      const bad = [5, { id: 'x' }, '', 'lease\udc00', null].map((lease) =>
        loose<IdempotencyHolder>({ lease }),
      );
      const answers: JsonValue[] = [];
      for (const [i, holder] of bad.entries()) {
        const [store, key] = at(all, i);
        answers.push([await complete(store, key, ok, holder), await abandon(store, key, holder)]);
      }
      return [held.answer, answers, await begin(...at(all, 2))];
    },
  'r21 the same bad calls on each spelling are refused with the same paths and codes': async (s) => {
    const all = await spellings(s);
    const refusals = async ([store, key]: Spelling): Promise<JsonValue> => [
      await attempt(() => store.begin(loose<string>(7), loose<string>(undefined), HOUR)),
      await attempt(() => store.begin(`${key}\ud800`, 'fp-a', 1.5)),
      await attempt(() => store.begin(key, 'fp-a', -1)),
      await complete(store, key, loose<StoredResponse>({ status: 600, body: 1, headers: { h: 2 } })),
      await abandon(store, loose<string>(null), { lease: '' }),
    ];
    const each: JsonValue[] = [];
    for (const spelling of all) each.push(await refusals(spelling));
    const [first] = each;
    return {
      first: first ?? null,
      same: each.every((answers) => JSON.stringify(answers) === JSON.stringify(first)),
      untouched: await begin(...at(all, 0)),
    };
  },
  'r21 a TTL or lease of 2^53 is refused and 2^53 - 1 taken on a nested prefix; the refusals write nothing':
    async (s) => {
      const made = (leaseMs: number) =>
        attempt(async () => (await s.prefixed('x:', { leaseMs })).begin('lease', 'fp-a', HOUR));
      const nested = await s.prefixed('x:', { leaseMs: HOUR });
      return [
        await made(2 ** 53),
        await made(2 ** 53 - 1),
        await attempt(() => nested.begin('ttl', 'fp-a', 2 ** 53)),
        await attempt(() => nested.begin('ttl', 'fp-b', 2 ** 53 - 1)),
        await begin(s.store, 'x:ttl'),
        await begin(s.store, 'x:lease'),
      ];
    },
});

export const round21Cases = [
  ...lifecycle,
  ...concurrency,
  ...expiry,
  ...fingerprints,
  ...keys,
  ...responses,
  ...validation,
];
