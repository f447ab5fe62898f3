import type { StoredResponse } from '@seams/ports';
import { abandon, attempt, begin, complete, idempotencyCases } from '../idempotency-case.js';

const HOUR = 3_600_000;
const ok = { status: 200, body: 'ok' };
/** For inputs the types forbid: what untyped callers (JSON from elsewhere, JavaScript) can pass. */
const loose = <T>(value: unknown) => value as T;

/**
 * Inputs the port refuses: `ValidationError` (code `VALIDATION_FAILED`, with the issues' paths and
 * codes) for keys, fingerprints, responses, TTLs and leases. Each is refused
 * before the store is touched, so the key is as it was.
 */
export const validationCases = idempotencyCases('validation', {
  'a key with an unpaired surrogate is refused by every operation': async ({ store }) => [
    await begin(store, 'k\ud800'),
    await begin(store, '\udc00k'),
    await complete(store, 'k\udbff', ok),
    await abandon(store, '\ud83d'),
    await begin(store, 'k'),
  ],
  'a fingerprint with an unpaired surrogate is refused': async ({ store }) => [
    await begin(store, 'k', 'fp-\udfff'),
    await begin(store, 'k', '\ud800'),
    await begin(store, 'k', 'fp-ok'),
  ],
  'a well-formed surrogate pair in key and fingerprint is accepted': async ({ store }) => [
    await begin(store, 'k\ud83d\ude00', 'fp-\ud83d\ude00'),
    await begin(store, 'k\ud83d\ude00', 'fp-\ud83d\ude00'),
  ],
  'keys that are not strings are refused, whatever their type': async ({ store }) => {
    const keys: unknown[] = [5, 0, null, undefined, true, {}, ['k'], new String('k'), Symbol('k'), 5n];
    const answers = [];
    for (const key of keys) answers.push(await begin(store, loose<string>(key)));
    return answers;
  },
  'fingerprints that are not strings are refused, a missing one included': async ({ store }) => {
    const fingerprints: unknown[] = [undefined, null, 1, {}, new String('fp'), false];
    const answers = [];
    for (const fingerprint of fingerprints) answers.push(await begin(store, 'k', loose<string>(fingerprint)));
    answers.push(await begin(store, 'k'));
    return answers;
  },
  'a bad key and a bad fingerprint are both listed': async ({ store }) => [
    await begin(store, loose<string>(1), loose<string>(null)),
    await begin(store, 'k\ud800', 'f\udc00'),
  ],
  'a bad key is reported before a bad TTL': async ({ store }) => [
    await begin(store, loose<string>(1), 'fp', 0),
    await begin(store, 'k', loose<string>(2), -1),
  ],
  'TTLs that are not positive safe integers are refused': async ({ store }) => {
    const ttls: unknown[] = [
      0,
      -1,
      -0,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.MAX_SAFE_INTEGER + 1,
      '1000',
      1000n,
      null,
      undefined,
    ];
    const answers = [];
    for (const ttl of ttls) answers.push(await attempt(() => store.begin('k', 'fp-a', loose<number>(ttl))));
    answers.push(await begin(store, 'k', 'fp-a'));
    return answers;
  },
  'leases that are not non-empty well-formed strings are refused by complete and abandon': async ({
    store,
  }) => {
    const leases: unknown[] = ['', 'l\ud800', 5, null, {}, ['l']];
    const answers = [await begin(store, 'k')];
    for (const lease of leases) {
      answers.push(await attempt(() => store.complete('k', ok, { lease: loose<string>(lease) })));
      answers.push(await attempt(() => store.abandon('k', { lease: loose<string>(lease) })));
    }
    answers.push(await begin(store, 'k'));
    return answers;
  },
  'a refused begin creates no record: the next begin with any fingerprint starts': async ({ store }) => [
    await attempt(() => store.begin('k', 'fp-a', 0)),
    await begin(store, 'k', loose<string>(null)),
    await begin(store, 'k', 'fp-b'),
  ],
  'leases that are not positive safe integers are refused when the store is made': async ({ worker }) => {
    const answers = [];
    for (const leaseMs of [0, -5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
      answers.push(await attempt(async () => void (await worker({ leaseMs }))));
    return answers;
  },
  'statuses outside 100-599 or not integers are refused': async ({ store }) => {
    await begin(store, 'k');
    const statuses: unknown[] = [
      99,
      600,
      0,
      -200,
      -0,
      200.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '200',
      200n,
      null,
      undefined,
      new Number(200),
    ];
    const answers = [];
    for (const status of statuses) answers.push(await complete(store, 'k', loose({ status, body: 'b' })));
    answers.push(await begin(store, 'k'));
    return answers;
  },
  'bodies that are not strings are refused': async ({ store }) => {
    await begin(store, 'k');
    const bodies: unknown[] = [undefined, null, 3, {}, Buffer.from('b'), new String('b'), ['b']];
    const answers = [];
    for (const body of bodies) answers.push(await complete(store, 'k', loose({ status: 200, body })));
    answers.push(await begin(store, 'k'));
    return answers;
  },
  'headers that are not an object of strings are refused, each bad value named': async ({ store }) => {
    await begin(store, 'k');
    const headers: unknown[] = [
      null,
      ['a'],
      'a: b',
      5,
      { gone: undefined },
      { n: 1 },
      { nested: { a: 'b' } },
      { list: ['a', 'b'] },
      { ok: 'x', bad: null, worse: false },
      { fn: () => 'x' },
    ];
    const answers = [];
    for (const value of headers)
      answers.push(await complete(store, 'k', loose({ status: 200, body: 'b', headers: value })));
    answers.push(await begin(store, 'k'));
    return answers;
  },
  'responses that are not objects are refused': async ({ store }) => {
    await begin(store, 'k');
    const responses: unknown[] = [null, undefined, [], 'ok', 200, true];
    const answers = [];
    for (const response of responses)
      answers.push(await complete(store, 'k', loose<StoredResponse>(response)));
    answers.push(await begin(store, 'k'));
    return answers;
  },
  'a response with several problems lists each': async ({ store }) => [
    await begin(store, 'k'),
    await complete(store, 'k', loose({ status: 700, body: 1, headers: { a: 1, b: 'ok', c: null } })),
    await complete(store, 'k', loose({})),
  ],
  'a bad key is reported before a bad response': async ({ store }) => [
    await complete(store, loose<string>(7), loose({ status: 0 })),
    await complete(store, 'k\ud800', loose(null)),
  ],
  'a bad response for a key never begun is refused all the same': async ({ store }) => [
    await complete(store, 'never', loose({ status: 99, body: 'b' })),
    await begin(store, 'never'),
  ],
  'abandon refuses keys that are not strings': async ({ store }) => [
    await abandon(store, loose<string>(undefined)),
    await abandon(store, loose<string>(42)),
    await abandon(store, loose<string>({ key: 'k' })),
  ],
  'after each refusal the started key is still running and completes normally': async ({ store }) => [
    await begin(store, 'k'),
    await complete(store, 'k', loose({ status: 600, body: 'x' })),
    await attempt(() => store.begin('k', 'fp-a', -1)),
    await begin(store, 'k', 'fp-\ud800'),
    await begin(store, 'k'),
    await complete(store, 'k', { status: 599, body: '' }),
    await begin(store, 'k', 'fp-a', HOUR),
  ],
});
