import type { IdempotencyStore, JsonValue } from '@seams/ports';
import {
  attempt,
  begin,
  complete,
  digest,
  idempotencyCases,
  result,
  roundTrip,
} from '../idempotency-case.js';

/** The keys of the replayed response and of its headers, in the order the store hands them back. */
async function replayShape(store: IdempotencyStore, key = 'k'): Promise<JsonValue> {
  const found = await store.begin(key, 'fp-a', 3_600_000);
  if (found.kind !== 'completed') return found.kind;
  return {
    keys: Object.keys(found.response),
    headerKeys: found.response.headers === undefined ? null : Object.keys(found.response.headers),
  };
}

/** A JavaScript response class: status and body are prototype getters, `toJSON` says something else. */
class ResponseLike {
  readonly #status: number;
  constructor(status: number) {
    this.#status = status;
  }
  get status(): number {
    return this.#status;
  }
  get body(): string {
    return 'from a getter';
  }
  toJSON(): JsonValue {
    return { status: 500, body: 'from toJSON' };
  }
}

/** Headers whose JSON form is not their own properties. */
class HeadersLike {
  readonly etag = 'a';
  readonly #json: JsonValue;
  constructor(json: JsonValue) {
    this.#json = json;
  }
  toJSON(): JsonValue {
    return this.#json;
  }
}

const awkwardBody =
  '{"id":"o-1","note":"Grüße, 注文, 🧾"}\r\n\t\u0000\u0001\u007f\u00ff \\ " \\u00e9 / </script> ' +
  '\udc00 lone low, \ud83d lone high, \u2028\u2029 end';

/** What `complete` stores and `begin` replays, byte for byte. */
export const responseCases = idempotencyCases('responses', {
  'a response without headers replays without headers': async ({ store }) => [
    await roundTrip(store, { status: 200, body: 'ok' }),
    await replayShape(store),
  ],
  'empty headers replay as empty headers': async ({ store }) => [
    await roundTrip(store, { status: 200, body: 'ok', headers: {} }),
    await replayShape(store),
  ],
  'headers: undefined replays without headers': async ({ store }) => [
    await roundTrip(store, { status: 200, body: 'ok', headers: undefined }),
    await replayShape(store),
  ],
  'an empty body replays as an empty body': async ({ store }) => [
    await roundTrip(store, { status: 204, body: '' }),
    await roundTrip(store, { status: 200, body: '', headers: { 'content-length': '0' } }, 'k2'),
  ],
  'status codes at the edges of each class replay as given': async ({ store }) => {
    const statuses = [
      100, 101, 103, 199, 200, 201, 204, 299, 300, 304, 399, 400, 418, 429, 499, 500, 503, 599,
    ];
    const answers: JsonValue[] = [];
    for (const status of statuses)
      answers.push(await roundTrip(store, { status, body: `${status}` }, `k-${status}`));
    return answers;
  },
  'a status written 1e2 or 200.0 is the integer it equals': async ({ store }) => [
    await roundTrip(store, { status: 1e2, body: 'a' }, 'a'),
    await roundTrip(store, { status: 200.0, body: 'b' }, 'b'),
  ],
  'control characters, NUL and CRLF in a body replay as given': async ({ store }) =>
    roundTrip(store, { status: 200, body: '\u0000\u0001\r\n\t\u001b[0m\u007f\u0085' }),
  'a body with lone surrogates, escapes and line separators replays byte for byte': async ({ store }) => {
    await begin(store, 'k');
    await complete(store, 'k', { status: 201, body: awkwardBody });
    const found = await store.begin('k', 'fp-a', 3_600_000);
    return {
      replay: result(found),
      exact: found.kind === 'completed' && digest(found.response.body) === digest(awkwardBody),
    };
  },
  'a JSON body is stored as text, not re-encoded': async ({ store }) =>
    roundTrip(store, { status: 200, body: '{ "b" : 1,\n "a" : [ 1.0, 1e3, "\\u00e9" ] }' }),
  'a body of 4 million characters replays whole': async ({ store, worker }) => {
    const other = await worker();
    const body = '€🚀ü\u0000'.repeat(800_000);
    await begin(store, 'k');
    const stored = await complete(store, 'k', { status: 200, body, headers: { 'x-h': 'ü'.repeat(1_000) } });
    return { stored, replay: await begin(other, 'k'), expected: digest(body) };
  },
  'header names keep their case and Unicode; values keep theirs': async ({ store }) =>
    roundTrip(store, {
      status: 200,
      body: 'h',
      headers: {
        'Content-Type': 'text/plain',
        'content-type': 'application/json',
        'x-note': 'çà 🚀',
        'X-注': '文',
      },
    }),
  'header names like __proto__, constructor and toString are ordinary headers': async ({ store }) => {
    const headers = JSON.parse('{"__proto__":"p","constructor":"c","toString":"t","hasOwnProperty":"h"}');
    return [await roundTrip(store, { status: 200, body: 'x', headers }), await replayShape(store)];
  },
  'a thousand headers replay whole': async ({ store }) => {
    const headers = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`x-h-${i}`, `v${i}`]));
    await begin(store, 'k');
    await complete(store, 'k', { status: 200, body: 'many', headers });
    const found = await store.begin('k', 'fp-a', 3_600_000);
    return {
      count: found.kind === 'completed' ? Object.keys(found.response.headers ?? {}).length : found.kind,
      same: found.kind === 'completed' && JSON.stringify(found.response.headers) === JSON.stringify(headers),
    };
  },
  'empty header names and values replay': async ({ store }) =>
    roundTrip(store, { status: 200, body: 'x', headers: { '': '', 'x-empty': '' } }),
  'headers named like numbers come back in JavaScript property order': async ({ store }) => [
    await roundTrip(store, { status: 200, body: 'x', headers: { b: '1', '10': '2', a: '3', '2': '4' } }),
    await replayShape(store),
  ],
  'lone surrogates in header names and values replay': async ({ store }) =>
    roundTrip(store, { status: 200, body: 'x', headers: { 'x-\ud800': 'v\udfff', 'x-pair-🚀': '\ud83d' } }),
  'fields beyond status, body and headers are not stored': async ({ store }) => [
    await roundTrip(store, { status: 200, body: 'x', headers: { a: 'b' }, extra: 'dropped', v: 9 }),
    await replayShape(store),
  ],
  'a response whose status and body are prototype getters stores what they return': async ({ store }) => [
    await roundTrip(store, new ResponseLike(202)),
    await replayShape(store),
  ],
  'a response with non-enumerable status and body stores them': async ({ store }) => {
    const response = {};
    Object.defineProperty(response, 'status', { value: 203, enumerable: false });
    Object.defineProperty(response, 'body', { value: 'hidden', enumerable: false });
    return [await roundTrip(store, response), await replayShape(store)];
  },
  'a response made with Object.create stores its inherited status and body': async ({ store }) =>
    roundTrip(store, Object.create({ status: 200, body: 'inherited', headers: { a: 'b' } })),
  "a response's own toJSON is not what is stored": async ({ store }) =>
    roundTrip(store, { status: 200, body: 'real', toJSON: () => ({ status: 500, body: 'toJSON' }) }),
  "headers with a toJSON that returns other headers store their own entries, not toJSON's": async ({
    store,
  }) => roundTrip(store, { status: 200, body: 'x', headers: new HeadersLike({ 'x-from-json': 'yes' }) }),
  'headers with a toJSON that returns text store their own entries, and the replay reads them': async ({
    store,
  }) => [
    await roundTrip(store, { status: 200, body: 'x', headers: new HeadersLike('not headers') }),
    await begin(store, 'k', 'fp-b'),
  ],
  'headers given as a Map or with symbol keys keep only own string properties': async ({ store }) => [
    await roundTrip(store, { status: 200, body: 'map', headers: new Map([['a', 'b']]) }, 'map'),
    await roundTrip(
      store,
      { status: 200, body: 'sym', headers: { [Symbol('s')]: 'gone', a: 'kept' } },
      'sym',
    ),
    await roundTrip(store, { status: 200, body: 'inh', headers: Object.create({ inherited: 'x' }) }, 'inh'),
  ],
  'mutating the stored or the replayed response changes nothing stored': async ({ store }) => {
    const headers: Record<string, string> = { etag: 'a' };
    const response = { status: 200, body: 'x', headers };
    await begin(store, 'k');
    await complete(store, 'k', response);
    headers.etag = 'changed';
    response.body = 'changed';
    const first = await store.begin('k', 'fp-a', 3_600_000);
    if (first.kind === 'completed') (first.response.headers as Record<string, string>).etag = 'changed too';
    return attempt(() => store.begin('k', 'fp-a', 3_600_000));
  },
  'a response is replayed to a worker on another connection exactly as stored': async ({ store, worker }) => {
    const other = await worker();
    await begin(store, 'k');
    await complete(store, 'k', { status: 299, body: '\ud83d\ude00 \u0000', headers: { z: '1', a: '2' } });
    return [await begin(other, 'k'), await replayShape(other)];
  },
});
