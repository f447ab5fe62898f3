import { abandon, begin, complete, idempotencyCases } from '../idempotency-case.js';

const ok = { status: 200, body: 'ok' };

/** One key, another request body: fingerprints compared as exact text. */
export const fingerprintCases = idempotencyCases('fingerprints', {
  'another fingerprint while the key is running answers mismatch': async ({ store, worker }) => {
    const other = await worker();
    return [
      await begin(store, 'k', 'fp-a'),
      await begin(store, 'k', 'fp-b'),
      await begin(other, 'k', 'fp-b'),
    ];
  },
  'another fingerprint after completion answers mismatch; the first still replays': async ({ store }) => [
    await begin(store, 'k', 'fp-a'),
    await complete(store, 'k', ok),
    await begin(store, 'k', 'fp-b'),
    await begin(store, 'k', 'fp-a'),
  ],
  'a mismatch changes nothing: the holder completes and its fingerprint replays': async ({
    store,
    worker,
  }) => {
    const other = await worker();
    return [
      await begin(store, 'k', 'fp-a'),
      await begin(other, 'k', 'fp-b'),
      await begin(store, 'k', 'fp-a'),
      await complete(store, 'k', ok),
      await begin(other, 'k', 'fp-b'),
      await begin(other, 'k', 'fp-a'),
    ];
  },
  'abandon after a mismatching begin frees the key': async ({ store }) => [
    await begin(store, 'k', 'fp-a'),
    await begin(store, 'k', 'fp-b'),
    await abandon(store, 'k'),
    await begin(store, 'k', 'fp-b'),
  ],
  'the empty fingerprint is a fingerprint like any other': async ({ store }) => [
    await begin(store, 'k', ''),
    await begin(store, 'k', ''),
    await begin(store, 'k', ' '),
    await complete(store, 'k', ok),
    await begin(store, 'k', ''),
    await begin(store, 'k', 'x'),
  ],
  'fingerprints are case-sensitive': async ({ store }) => [
    await begin(store, 'k', 'SHA256-ABC'),
    await begin(store, 'k', 'sha256-abc'),
    await begin(store, 'k', 'SHA256-ABC'),
  ],
  'fingerprints differing in Unicode normalization mismatch': async ({ store }) => [
    await begin(store, 'k', 'caf\u00e9'),
    await begin(store, 'k', 'cafe\u0301'),
    await begin(store, 'k', 'caf\u00e9'),
  ],
  'a trailing space, NUL or newline makes another fingerprint': async ({ store }) => [
    await begin(store, 'k', 'fp'),
    await begin(store, 'k', 'fp '),
    await begin(store, 'k', 'fp\u0000'),
    await begin(store, 'k', 'fp\n'),
    await begin(store, 'k', 'fp'),
  ],
  'numeric-looking fingerprints compare as text': async ({ store }) => [
    await begin(store, 'k', '1'),
    await begin(store, 'k', '01'),
    await begin(store, 'k', '1.0'),
    await begin(store, 'k', '1'),
  ],
  'a fingerprint of a million characters matches itself and not one that differs at the end': async ({
    store,
  }) => {
    const long = `${'f'.repeat(999_999)}a`;
    return [
      await begin(store, 'k', long),
      await complete(store, 'k', ok),
      await begin(store, 'k', long),
      await begin(store, 'k', `${long.slice(0, -1)}b`),
      await begin(store, 'k', long.slice(0, -1)),
    ];
  },
  'fingerprints with emoji, CJK and right-to-left text': async ({ store }) => [
    await begin(store, 'k', '🧾 注文 שלום'),
    await complete(store, 'k', ok),
    await begin(store, 'k', '🧾 注文 שלום'),
    await begin(store, 'k', '🧾 注文 שלום '),
  ],
  'a JSON-looking fingerprint is not parsed: key order matters': async ({ store }) => [
    await begin(store, 'k', '{"a":1,"b":2}'),
    await begin(store, 'k', '{"b":2,"a":1}'),
    await begin(store, 'k', '{"a":1,"b":2}'),
  ],
  'a mismatching begin on a completed key does not replay the response': async ({ store, worker }) => {
    const other = await worker();
    await begin(store, 'k', 'fp-a');
    await complete(store, 'k', { status: 200, body: 'secret' });
    return [await begin(other, 'k', 'fp-b'), await begin(other, 'k', 'fp-b')];
  },
});
