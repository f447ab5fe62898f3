import { abandon, begin, complete, idempotencyCases } from '../idempotency-case.js';

/** Begins each key in turn and lists what each begin answered: distinct keys all start. */
function beginAll(store: Parameters<typeof begin>[0], keys: readonly string[]) {
  return Promise.all(keys.map((key) => begin(store, key)));
}

/** Keys are byte strings on Redis (UTF-8 under the prefix) and Map keys in memory: each text its own key. */
export const keyCases = idempotencyCases('keys', {
  'the empty key is a key, distinct from a space': async ({ store }) => [
    await beginAll(store, ['', ' ', '']),
    await complete(store, '', { status: 204, body: '' }),
    await begin(store, ''),
    await begin(store, ' '),
  ],
  'keys are case-sensitive': async ({ store }) => beginAll(store, ['key-1', 'KEY-1', 'Key-1', 'key-1']),
  'NUL inside and at the end of a key makes another key': async ({ store }) =>
    beginAll(store, ['a', 'a\u0000', 'a\u0000b', '\u0000', 'a\u0000']),
  'keys differing in Unicode normalization are distinct': async ({ store }) =>
    beginAll(store, ['\u00e9', 'e\u0301', '\u00e9', '\u212b', '\u00c5']),
  'a byte-order mark or zero-width characters make another key': async ({ store }) =>
    beginAll(store, ['k', '\ufeffk', 'k\u200b', 'k\u200d', '\ufeffk']),
  'emoji and other astral keys begin, complete and replay': async ({ store }) => [
    await begin(store, '🧾🚀👩‍👩‍👧'),
    await complete(store, '🧾🚀👩‍👩‍👧', { status: 201, body: 'astral' }),
    await begin(store, '🧾🚀👩‍👩‍👧'),
    await begin(store, '🧾🚀👩‍👩'),
  ],
  'a key of 100,000 characters and the same key one shorter are two keys': async ({ store }) => {
    const long = 'k'.repeat(100_000);
    return [
      await begin(store, long),
      await begin(store, long.slice(1)),
      await complete(store, long, { status: 200, body: 'long' }),
      await begin(store, long),
      await begin(store, long.slice(1)),
    ];
  },
  'a key of a million CJK characters (3 MB of UTF-8) begins, completes and replays': async ({
    store,
    worker,
  }) => {
    const other = await worker();
    const huge = '注'.repeat(1_000_000);
    return [
      await begin(store, huge),
      await begin(other, huge),
      await complete(store, huge, { status: 200, body: 'huge key' }),
      await begin(other, huge),
      await begin(other, `${huge}文`),
    ];
  },
  'glob and separator characters in keys are literal': async ({ store }) => [
    await beginAll(store, ['*', '?', '[a]', 'a', 'a:*', 'a:b', '\\*', '*']),
    await abandon(store, '*'),
    await begin(store, '?'),
    await begin(store, '*'),
  ],
  'a key carrying a protocol line break and a command is one literal key': async ({ store }) => [
    await begin(store, 'k\r\nSET x y\r\n'),
    await begin(store, 'k'),
    await begin(store, 'k\r\nSET x y\r\n'),
  ],
  'keys that look like numbers are distinct texts': async ({ store }) =>
    beginAll(store, ['1', '01', '1.0', '1e0', ' 1', '1']),
  'noncharacters and the last code point are keys like any other': async ({ store }) => [
    await beginAll(store, ['\ufffe', '\uffff', '\udbff\udfff', '\ufffd', '\ufffe']),
    await complete(store, '\udbff\udfff', { status: 200, body: 'U+10FFFF' }),
    await begin(store, '\udbff\udfff'),
  ],
  'a thousand keys on one worker each start once': async ({ worker }) => {
    // A lease long enough that a loaded machine's first thousand begins cannot outlast it.
    const store = await worker({ leaseMs: 60_000 });
    const keys = Array.from({ length: 1_000 }, (_, i) => `order-${i}`);
    const first = await Promise.all(keys.map((key) => begin(store, key)));
    const again = await Promise.all(keys.map((key) => begin(store, key)));
    return { first: [...new Set(first.map(String))], again: [...new Set(again.map(String))] };
  },
  'a key that looks like the default prefix is just a key': async ({ store }) =>
    beginAll(store, ['idempotency:', 'idempotency:k', 'k', ':', '::']),
  'control characters and escapes in keys': async ({ store }) => [
    await beginAll(store, ['\t', '\n', '\u001b[31m', '\\n', '\u007f', '\t']),
    await complete(store, '\u001b[31m', { status: 200, body: 'ansi' }),
    await begin(store, '\u001b[31m'),
  ],
});
