import { boundQueue, declare } from '@seams/contracts';
import type { JsonValue } from '@seams/ports';
import { brokerCases, drainedIds, evt, outcome, publishAll } from '../broker-case.js';
import type { CorpusBroker } from '../corpus-broker.js';

/** One queue bound by `patterns`; each key published once: what each publish answered and what the queue holds. */
async function route(
  broker: CorpusBroker,
  patterns: readonly string[],
  keys: readonly string[],
): Promise<JsonValue> {
  const queue = boundQueue(broker, 'q', patterns);
  await declare(broker, [queue]);
  const published = await publishAll(
    broker,
    keys.map((key, i) => evt(`k${i}`, key)),
  );
  const held = await drainedIds(broker, queue.name);
  return keys.map((key, i) => ({ key, publish: published[i] ?? null, queued: held.includes(`k${i}`) }));
}

/** Topic routing, word by word, and what happens to what nothing matches. */
export const routingCases = brokerCases('routing', {
  'an exact pattern matches only its own key': (b) =>
    route(b, ['order.created'], ['order.created', 'order.paid', 'order.created.v2']),
  '* matches exactly one word': (b) =>
    route(b, ['order.*'], ['order', 'order.paid', 'order.paid.v2', 'orders.paid']),
  '# matches zero or more words': (b) =>
    route(b, ['order.#'], ['order', 'order.a', 'order.a.b.c', 'orders', 'xorder.a']),
  '# alone matches every key, the empty one and bare dots too': (b) =>
    route(b, ['#'], ['', 'a', 'a.b', '.', '..']),
  '* and the empty key or empty words': (b) => route(b, ['*'], ['', 'a', 'a.b', '.']),
  '* matches an empty word between dots': (b) => route(b, ['a.*.b'], ['a..b', 'a.b', 'a.x.b', 'a...b']),
  '# between words matches empty words too': (b) =>
    route(b, ['a.#.b'], ['a..b', 'a.b', 'a.x.y.b', 'a...b', 'a.b.']),
  'leading and trailing dots make empty words': (b) =>
    route(b, ['*.a', 'a.*'], ['.a', 'a.', '.a.', 'x.a', 'a']),
  '# in the middle: a.#.z': (b) => route(b, ['a.#.z'], ['a.z', 'a.b.z', 'a.b.c.z', 'a.z.z', 'a.b', 'z']),
  '#.# matches like #': (b) => route(b, ['#.#'], ['', 'a', 'a.b']),
  '#.* needs at least one word': (b) => route(b, ['#.*'], ['', 'a', 'a.b', '.']),
  '*.#.* needs at least two words': (b) => route(b, ['*.#.*'], ['a', 'a.b', 'a.b.c', '.']),
  'words compare exactly: case and accents matter': (b) =>
    route(b, ['ordre.*', 'Order.Paid'], ['ordre.payé', 'order.paid', 'Order.Paid', 'ORDRE.x']),
  'a * or # inside a key is a plain character': (b) =>
    route(b, ['a.b', 'c.x*'], ['a.*', 'a.#', 'c.x*', 'c.xy']),
  'fan-out: every matching queue gets its own copy': async (b) => {
    const queues = [
      boundQueue(b, 'exact', ['order.paid']),
      boundQueue(b, 'star', ['order.*']),
      boundQueue(b, 'all', ['#']),
      boundQueue(b, 'none', ['invoice.#']),
    ];
    await declare(b, queues);
    const published = await publishAll(b, [evt('p', 'order.paid'), evt('c', 'order.created')]);
    const held: Record<string, JsonValue> = {};
    for (const queue of queues) held[queue.name] = await drainedIds(b, queue.name);
    return { published, held };
  },
  'overlapping and repeated bindings still give one copy': async (b) => {
    const queue = boundQueue(b, 'q', ['order.*', 'order.#', 'order.*', '#']);
    await declare(b, [queue]);
    const published = await publishAll(b, [evt('a', 'order.paid'), evt('b', 'x')]);
    return { published, held: await drainedIds(b, queue.name) };
  },
  'a later declaration adds bindings; the old ones stay': async (b) => {
    const first = boundQueue(b, 'q', ['order.created']);
    await declare(b, [first]);
    const before = await publishAll(b, [evt('a', 'order.paid')]);
    await declare(b, [{ ...first, bindings: [{ exchange: b.exchange, pattern: 'order.paid' }] }]);
    const after = await publishAll(b, [evt('b', 'order.paid'), evt('c', 'order.created')]);
    return { before, after, held: await drainedIds(b, first.name) };
  },
  'publishing to an exchange nobody declared is unroutable, and the publisher recovers': async (b) => {
    const before = await outcome(b.publisher.publish(evt('a')));
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const after = await outcome(b.publisher.publish(evt('b')));
    return { before, after, held: await drainedIds(b, queue.name) };
  },
  'a leading # and a trailing # after *: #.z, a.*.#, a.#.*': async (b) => {
    const tail = boundQueue(b, 'tail', ['#.z']);
    const starHash = boundQueue(b, 'star-hash', ['a.*.#']);
    const hashStar = boundQueue(b, 'hash-star', ['a.#.*']);
    await declare(b, [tail, starHash, hashStar]);
    const keys = ['z', 'a.z', 'a.b.z', '.z', 'z.a', 'az', '', 'a', 'a.b', 'a.', 'a..', 'b.a.c'];
    const published = await publishAll(
      b,
      keys.map((key) => evt(`k-${key}`, key)),
    );
    return {
      published,
      tail: await drainedIds(b, tail.name),
      starHash: await drainedIds(b, starHash.name),
      hashStar: await drainedIds(b, hashStar.name),
    };
  },
  'routing keys of 255 bytes (multibyte, or all dots) route; one more byte is refused': async (b) => {
    const queue = boundQueue(b, 'q', ['#', '*.#']);
    await declare(b, [queue]);
    const published = await publishAll(b, [
      evt('multibyte', `${'é'.repeat(127)}a`),
      evt('dots', '.'.repeat(255)),
      evt('over', 'é'.repeat(128)),
    ]);
    return { published, held: await drainedIds(b, queue.name) };
  },
  'several # in one pattern: a.#.#, #.a.#, #.#.a over keys with empty words': async (b) => {
    const patterns = ['a.#.#', '#.a.#', '#.#.a'];
    const queues = patterns.map((p, i) => boundQueue(b, `q${i}`, [p]));
    await declare(b, queues);
    const keys = ['', '.', 'a', 'a.', '.a', 'a.a', 'b.a.b', 'b', 'a..b', 'b.b.a'];
    const published = await publishAll(
      b,
      keys.map((k, i) => evt(`k${i}`, k)),
    );
    const held: Record<string, JsonValue> = {};
    for (const [i, q] of queues.entries()) held[patterns[i] ?? ''] = await drainedIds(b, q.name);
    return { published, held };
  },
  'fifty concurrent publishes: all confirmed, the queue keeps publish order': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const ids = Array.from({ length: 50 }, (_, i) => `m${i}`);
    const outcomes = await Promise.all(ids.map((id) => outcome(b.publisher.publish(evt(id)))));
    return { outcomes: [...new Set(outcomes)], held: await drainedIds(b, queue.name, 50) };
  },
});
