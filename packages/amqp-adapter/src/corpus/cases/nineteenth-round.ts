// The nineteenth probe round (2026-12-05): scenarios written from RabbitMQ's pages on publisher
// confirms, consumer prefetch and acknowledgements, dead lettering (cycles, x-death across laps),
// TTL, length limits (messages, not bytes), topic routing and reconnection, as the port exposes
// them: header values at the AMQP table's edges, header names JavaScript treats specially,
// falsy and large payloads, bindings changing between and during publishes, several consumers
// requeueing, and subscriptions across a dropped connection. Each ran on RabbitMQ 3.10 three times
// and on InMemoryBroker, on quorum and classic queues; the comment above a case gives its outcome.
// Where RabbitMQ promises no order (several consumers, two queues feeding one) they compare sets.
import {
  boundQueue,
  collectingQueue,
  declare,
  delayQueue,
  eventually,
  latch,
  receive,
} from '@seams/contracts';
import type { Delivery, JsonValue, QueueSpec } from '@seams/ports';
import {
  type BrokerCase,
  brokerCases,
  deaths,
  drainedIds,
  evt,
  flags,
  ids,
  json,
  outcome,
  publishAll,
  queuePair,
  routeTable,
  seen,
  workAndDead,
} from '../broker-case.js';
import type { CorpusBroker, DrainedMessage } from '../corpus-broker.js';

/** Lets the broker's time pass in steps until `done()`: a fake clock advances, RabbitMQ's timers run. */
async function advanceUntil(b: CorpusBroker, done: () => boolean, what: string, stepMs = 50): Promise<void> {
  for (let step = 0; step < 100 && !done(); step += 1) await b.advanceTime(stepMs);
  await eventually(done, what);
}

/**
 * Lets up to `steps` × 50 ms of the broker's time pass, stopping early once `done()`: for a case
 * whose answer may be that something never arrives (a dead letter dropped as a cycle).
 */
async function settleFor(b: CorpusBroker, done: () => boolean, steps: number): Promise<void> {
  for (let step = 0; step < steps && !done(); step += 1) await b.advanceTime(50);
}

const fail = (): never => {
  throw new Error('always');
};

/** Header name=type:value, sorted: what a handler sees of each header. */
const typed = (d: Delivery): string[] =>
  Object.entries(d.message.headers ?? {})
    .map(([k, v]) => `${k}=${typeof v}:${String(v)}`)
    .sort();

/** Headers parsed from JSON: names such as `__proto__` become own properties, as a decoded table's would. */
const parsedHeaders = (text: string): Record<string, string | number | boolean> =>
  JSON.parse(text) as Record<string, string | number | boolean>;

/** `x-first-death-*` of a drained message, sorted. */
const firsts = (m: DrainedMessage): string[] =>
  Object.entries(m.brokerHeaders)
    .filter(([k]) => k.startsWith('x-first-death-'))
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort();

/** A queue of the case's type bound to the case's exchange and to `more` exchanges by `#`. */
function multiBound(b: CorpusBroker, base: string, more: readonly string[], extra: Partial<QueueSpec> = {}) {
  const bindings = [b.exchange, ...more].map((exchange) => ({ exchange, pattern: '#' }));
  return { name: b.name(base), type: b.queueType, bindings, ...extra } satisfies QueueSpec;
}

const propertiesRound = brokerCases('properties', {
  // SILENT before this round's fix (amqplib cannot encode an integer below -2^63: RabbitMQ's
  // adapter failed the publish as disconnected, the fake confirmed it), now SAME: refused before the wire
  'r19 header numbers below -2^63 are refused before the wire; -2^63 itself and 2^63 are carried': async (
    b,
  ) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    const published: Record<string, string> = {};
    const values: Record<string, number> = {
      minInt64: -(2 ** 63),
      belowMin: -(2 ** 63) - 4096,
      minus1e20: -1e20,
      minus1e300: -1e300,
      maxDouble: -Number.MAX_VALUE,
      twoTo63: 2 ** 63,
      plus1e300: 1e300,
    };
    for (const [name, value] of Object.entries(values)) {
      published[name] = await outcome(b.publisher.publish(evt(name, 'h.x', { headers: { n: value } })));
    }
    published.after = await outcome(b.publisher.publish(evt('after', 'h.x', { headers: { n: 1 } })));
    const r = await receive(b, q.name);
    await r.waitFor(Object.values(published).filter((p) => p === 'ok').length);
    await r.subscription.stop();
    return { published, got: r.deliveries.map((d) => `${d.message.id}:${typed(d).join(',')}`) };
  },
  // SAME (amqplib's decoder drops a `__proto__` header by assigning it; the fake's copy does too)
  'r19 a header named __proto__ alone, and beside constructor and toString: first delivery, redelivery, dead letter':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      await publishAll(b, [
        evt('alone', 'order.created', { headers: parsedHeaders('{"__proto__":"p"}') }),
        evt('beside', 'order.created', {
          headers: parsedHeaders('{"__proto__":1,"constructor":"c","toString":"t","valueOf":false}'),
        }),
      ]);
      const r = await receive(b, work, (d) => (d.redelivered ? d.nack({ requeue: false }) : d.nack()), {
        prefetch: 1,
      });
      await deadGot.waitFor(2);
      await r.subscription.stop();
      await deadGot.subscription.stop();
      const show = (d: Delivery) =>
        json({
          id: d.message.id,
          headers: d.message.headers ?? null,
          own: Object.keys(d.message.headers ?? {}),
        });
      return { work: r.deliveries.map(show), dead: deadGot.deliveries.map(show) };
    },
  // SAME (falsy payloads)
  'r19 falsy and empty payloads through a requeue and a rejection: null, "", 0, false, [], {}': async (b) => {
    const { work, dead } = await workAndDead(b);
    const payloads: JsonValue[] = [null, '', 0, false, [], {}, [[]], { '': '' }];
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    const published = await publishAll(
      b,
      payloads.map((payload, i) => evt(`p${i}`, 'order.created', { payload })),
    );
    const r = await receive(b, work, (d) => (d.redelivered ? d.nack({ requeue: false }) : d.nack()), {
      prefetch: 1,
    });
    await deadGot.waitFor(payloads.length);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    const show = (d: Delivery) => `${d.message.id}:${JSON.stringify(d.message.payload)}`;
    return { published, work: r.deliveries.map(show), dead: deadGot.deliveries.map(show).sort() };
  },
  // SAME (names by bytes)
  'r19 header names é precomposed and decomposed are two headers; after a rejection they sort by UTF-8 bytes':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const headers = {
        '\u00e9': 'nfc',
        'e\u0301': 'nfd',
        e: 'plain',
        '\u00c9': 'upper',
        '\u1e9e': 'capital sharp s',
      };
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      await publishAll(b, [evt('a', 'order.created', { headers })]);
      const r = await receive(b, work, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await deadGot.waitFor(1);
      await r.subscription.stop();
      await deadGot.subscription.stop();
      const order = (d: Delivery) =>
        Object.entries(d.message.headers ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${String(v)}`);
      return { work: r.deliveries.map(order), dead: deadGot.deliveries.map(order) };
    },
  // SAME (text fields)
  'r19 ids, types and correlation ids with combining marks, RTL text and ZWJ emoji survive two deaths':
    async (b) => {
      const [dlx, dlx2] = [b.name('dlx'), b.name('dlx2')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const ttl = { ...collectingQueue(b, 'ttl', dlx), messageTtlMs: 50, deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, ttl, end], [dlx, dlx2]);
      const endGot = await receive({ consumer: b.newConsumer() }, end.name);
      const texts = [
        'a\u0308\u0301',
        '\u05e9\u05dc\u05d5\u05dd.\u0645\u0631\u062d\u0628\u0627',
        '👩‍👩‍👧.🏳️‍🌈',
      ];
      const published = await publishAll(
        b,
        texts.map((text, i) => evt(`${text}#${i}`, text, { correlationId: `c:${text}` })),
      );
      const r = await receive(b, work.name, fail, { prefetch: 1, maxDeliveries: 1 });
      await advanceUntil(b, () => endGot.deliveries.length >= texts.length, 'three expired');
      await r.subscription.stop();
      await endGot.subscription.stop();
      return {
        published,
        end: endGot.deliveries
          .map((d) => `${d.message.id}|${d.message.type}|${d.message.correlationId}|${d.deadLetter?.reason}`)
          .sort(),
      };
    },
  // SAME (length in messages)
  'r19 max length 2 counts messages, not bytes: a 1 MiB payload and three empty ones': async (b) => {
    const { work, dead } = await workAndDead(b, { maxLength: 2 });
    const big = 'x'.repeat(1024 * 1024);
    const published = await publishAll(b, [
      evt('big', 'order.created', { payload: big }),
      evt('e1', 'order.created', { payload: '' }),
      evt('e2', 'order.created', { payload: '' }),
      evt('e3', 'order.created', { payload: '' }),
    ]);
    const died = await b.drain(dead, 2);
    return { published, died: died.map(deaths), left: await drainedIds(b, work, 2) };
  },
  // SAME (numbers through the broker's re-encoding)
  'r19 header numbers after a requeue and two deaths: 1e21, 2^63, -2^63, 2^53 + 2, -5e-324, 1e-7, -2^31 - 1':
    async (b) => {
      const [dlx, dlx2] = [b.name('dlx'), b.name('dlx2')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const max0 = { ...collectingQueue(b, 'max0', dlx), maxLength: 0, deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, max0, end], [dlx, dlx2]);
      const headers = {
        big: 1e21,
        two63: 2 ** 63,
        minus63: -(2 ** 63),
        even: 2 ** 53 + 2,
        negTiny: -5e-324,
        small: 1e-7,
        belowInt32: -(2 ** 31) - 1,
      };
      const endGot = await receive({ consumer: b.newConsumer() }, end.name);
      await publishAll(b, [evt('a', 'order.created', { headers })]);
      const r = await receive(b, work.name, (d) => (d.redelivered ? d.nack({ requeue: false }) : d.nack()), {
        prefetch: 1,
      });
      await endGot.waitFor(1);
      await r.subscription.stop();
      await endGot.subscription.stop();
      return { work: r.deliveries.map(typed), end: endGot.deliveries.map(typed) };
    },
  // SAME (large payloads dead-lettered)
  'r19 a 2 MiB payload dead-lettered by max length and by the delivery limit arrives whole both times':
    async (b) => {
      const dlx = b.name('dlx');
      const max1 = boundQueue(b, 'max1', ['m.*'], { maxLength: 1, deadLetterExchange: dlx });
      const work = boundQueue(b, 'work', ['w.*'], { deadLetterExchange: dlx });
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [max1, work, dead], [dlx]);
      const text = 'ß😀'.repeat(350_000);
      const deadGot = await receive({ consumer: b.newConsumer() }, dead.name);
      await publishAll(b, [
        evt('m0', 'm.x', { payload: { text } }),
        evt('m1', 'm.x', { payload: { text } }),
        evt('w0', 'w.x', { payload: { text } }),
      ]);
      const r = await receive(b, work.name, fail, { prefetch: 1, maxDeliveries: 2 });
      await deadGot.waitFor(2);
      await r.subscription.stop();
      await deadGot.subscription.stop();
      const show = (d: Delivery) => {
        const payload = d.message.payload as { text?: string };
        return `${d.message.id}:${d.deadLetter?.reason}:${payload.text === text}`;
      };
      return { dead: deadGot.deliveries.map(show).sort(), left: await drainedIds(b, max1.name, 1) };
    },
});

const stars = (n: number): string => Array.from({ length: n }, () => '*').join('.');
const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join('.');

const routingRound = brokerCases('routing', {
  // SAME (wildcards)
  'r19 *.#.* and its kin against zero to five words, empty words and bare dots': (b) =>
    routeTable(
      b,
      ['*.#.*', '*.#.*.#.*', '#.#.#', '*.*.#.#', '#.*.#', '*.#.#.*'],
      ['', 'a', 'a.b', 'a.b.c', 'a.b.c.d.e', '.', '..', 'a..', '..a', 'a..b'],
    ),
  // SAME (# as zero words)
  'r19 # as zero words at the front, middle and end: #.a.b, a.#.b, a.b.#, #.a.#.b.#': (b) =>
    routeTable(
      b,
      ['#.a.b', 'a.#.b', 'a.b.#', '#.a.#.b.#', 'a.#.#.b'],
      ['a.b', 'a.x.b', 'x.a.b', 'a.b.x', 'a.a.b.b', 'b.a', 'ab', 'a.b.a.b', '.a.b.'],
    ),
  // SAME (separators)
  'r19 look-alike separators are word characters: fullwidth and ideographic stops, middle dot, slash, colon':
    (b) =>
      routeTable(
        b,
        ['*', '*.*', 'a.*', 'a\uff0eb', '#.b'],
        ['a\uff0eb', 'a\u3002b', 'a\u00b7b', 'a/b', 'a:b', 'a.b', 'a\u2024b'],
      ),
  // SAME (long keys)
  'r19 keys of 19 to 22 words against twenty stars, twenty stars and #, # and twenty stars': (b) =>
    routeTable(
      b,
      [stars(20), `${stars(20)}.#`, `#.${stars(20)}`, `w0.#.${stars(19)}`, `#.w19.#`],
      [words(19), words(20), words(21), words(22)],
      24,
    ),
  // SAME (bindings between publishes)
  'r19 a binding added between publishes routes only the later ones; the first queue has all': async (b) => {
    const first = boundQueue(b, 'first', ['order.*']);
    await declare(b, [first]);
    const before = await publishAll(b, [evt('m0'), evt('m1'), evt('x0', 'other.created')]);
    const second = boundQueue(b, 'second', ['order.*', 'other.*']);
    await declare(b, [second]);
    const after = await publishAll(b, [evt('m2'), evt('x1', 'other.created')]);
    return {
      before,
      after,
      first: await drainedIds(b, first.name, 3),
      second: await drainedIds(b, second.name, 2),
    };
  },
  // SILENT before this round's fix (the fake's declare took effect in the call), now SAME
  'r19 declare() of the only queue and publish() in the same tick: the publish is unroutable, the next routes':
    async (b) => {
      await declare(b, []);
      const q = boundQueue(b, 'q', ['#']);
      const declaring = outcome(declare(b, [q]));
      const publishing = outcome(b.publisher.publish(evt('a')));
      const [declared, published] = [await declaring, await publishing];
      const next = await publishAll(b, [evt('b')]);
      return { declared, published, next, left: await drainedIds(b, q.name, 1) };
    },
  // SILENT before this round's fix (the fake's declare took effect in the call), now SAME
  'r19 publish() and a new binding declared in the same tick: the new queue misses it, the old one has it':
    async (b) => {
      const first = boundQueue(b, 'first', ['#']);
      await declare(b, [first]);
      const second = boundQueue(b, 'second', ['#']);
      const publishing = outcome(b.publisher.publish(evt('a')));
      const declaring = outcome(declare(b, [second]));
      const [published, declared] = [await publishing, await declaring];
      const next = await publishAll(b, [evt('b')]);
      return {
        published,
        declared,
        next,
        first: await drainedIds(b, first.name, 2),
        second: await drainedIds(b, second.name, 1),
      };
    },
  // SAME (a binding added during a burst: the new queue gets a tail, in order)
  'r19 a queue bound during a burst of forty pipelined publishes gets a tail of them, in order': async (
    b,
  ) => {
    const first = boundQueue(b, 'first', ['#']);
    await declare(b, [first]);
    const second = boundQueue(b, 'second', ['#']);
    const publishing = ids(40).map((id) => outcome(b.publisher.publish(evt(id))));
    const declared = await outcome(declare(b, [second]));
    const published = await Promise.all(publishing);
    const tail = await publishAll(b, [evt('last')]);
    const all = await drainedIds(b, first.name, 41);
    const got = await drainedIds(b, second.name, 1);
    const start = all.indexOf(got[0] as string);
    return {
      declared,
      confirmed: published.filter((p) => p === 'ok').length,
      tail,
      firstInOrder: all.join(',') === [...ids(40), 'last'].join(','),
      secondIsTail: start >= 0 && got.join(',') === all.slice(start).join(','),
    };
  },
  // SAME (a message and its own dead letter in one queue)
  'r19 one queue bound on the main and the dead-letter exchange gets a message and then its own dead letter':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dlx });
      const both: QueueSpec = {
        name: b.name('both'),
        type: b.queueType,
        bindings: [
          { exchange: b.exchange, pattern: 'order.*' },
          { exchange: dlx, pattern: '#' },
        ],
      };
      await declare(b, [work, both], [dlx]);
      await publishAll(b, [evt('a'), evt('b', 'order.paid')]);
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await r.waitFor(2);
      const got = await b.drain(both.name, 4);
      await r.subscription.stop();
      return got.map((m) => `${deaths(m)}@${m.exchange === dlx ? 'dlx' : 'main'}:${m.routingKey}`);
    },
  // SAME (confirms follow the bindings)
  'r19 a key bound only on the dead-letter exchange is unroutable; bound on the main exchange later, it confirms':
    async (b) => {
      const dlx = b.name('dlx');
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [dead], [dlx]);
      const before = await publishAll(b, [evt('a', 'x.y')]);
      const main = boundQueue(b, 'main', ['x.*']);
      await declare(b, [main], [dlx]);
      const after = await publishAll(b, [evt('b', 'x.y'), evt('c', 'y.x')]);
      return { before, after, main: await drainedIds(b, main.name, 1), dead: await drainedIds(b, dead.name) };
    },
});

const deadLetterRound = brokerCases('dead-letters', {
  // SAME (x-death across laps)
  'r19 a cycle of reject, expire, expire run four laps: x-death order and counts at each return': async (
    b,
  ) => {
    const [toHop1, toHop2, back] = [b.name('toHop1'), b.name('toHop2'), b.name('back')];
    const work = multiBound(b, 'work', [back], { deadLetterExchange: toHop1 });
    const hop1 = delayQueue(b, 'hop1', { from: toHop1, ttlMs: 30, to: toHop2 });
    const hop2 = delayQueue(b, 'hop2', { from: toHop2, ttlMs: 30, to: back });
    const witness = collectingQueue(b, 'witness', back);
    await declare(b, [work, hop1, hop2, witness], [toHop1, toHop2, back]);
    await publishAll(b, [evt('a')]);
    let laps = 0;
    const r = await receive(
      b,
      work.name,
      (d) => {
        if (laps >= 4) return;
        laps += 1;
        d.nack({ requeue: false });
      },
      { prefetch: 1 },
    );
    // RabbitMQ drops a dead letter whose x-death shows an expiry-only cycle: the lap may end early.
    await settleFor(b, () => r.deliveries.length >= 5, 30);
    await r.subscription.stop();
    const back4 = await b.drain(witness.name, r.deliveries.length - 1);
    return {
      work: r.deliveries.map(seen),
      witness: back4.map((m) => ({ deaths: deaths(m), firsts: firsts(m) })),
    };
  },
  // SAME (a maxlen cycle)
  'r19 two max length 1 queues dead-lettering into each other: the maxlen cycle is dropped': async (b) => {
    const [toA, toB] = [b.name('toA'), b.name('toB')];
    const qa = multiBound(b, 'qa', [toA], { maxLength: 1, deadLetterExchange: toB });
    const qb = { ...collectingQueue(b, 'qb', toB), maxLength: 1, deadLetterExchange: toA };
    const witness = collectingQueue(b, 'witness', toA);
    await declare(b, [qa, qb, witness], [toA, toB]);
    const published = await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
    const w = await b.drain(witness.name, 1);
    return {
      published,
      witness: w.map(deaths),
      a: (await b.drain(qa.name, 1)).map(deaths),
      b: (await b.drain(qb.name, 1)).map(deaths),
    };
  },
  // SAME (a dead-letter exchange gains a queue)
  'r19 a dead-letter exchange gains a queue between two deaths: only the later dead letter reaches it':
    async (b) => {
      const { work, dead, dlx } = await workAndDead(b);
      const r = await receive(b, work, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await publishAll(b, [evt('a')]);
      await r.waitFor(1);
      const early = await b.drain(dead, 1);
      const late = collectingQueue(b, 'late', dlx);
      await declare(b, [late], [dlx]);
      await publishAll(b, [evt('b')]);
      await r.waitFor(2);
      const lateGot = await b.drain(late.name, 1);
      await r.subscription.stop();
      return { early: early.map(deaths), dead: await drainedIds(b, dead, 1), late: lateGot.map(deaths) };
    },
  // SAME (four reasons in a row)
  'r19 rejected, expired, maxlen, then the delivery limit: deadLetter at the end and the broker headers':
    async (b) => {
      const [d1, d2, d3, d4] = [b.name('d1'), b.name('d2'), b.name('d3'), b.name('d4')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: d1 });
      const ttl = delayQueue(b, 'ttl', { from: d1, ttlMs: 30, to: d2 });
      const max0 = { ...collectingQueue(b, 'max0', d2), maxLength: 0, deadLetterExchange: d3 };
      const last = { ...collectingQueue(b, 'last', d3), deadLetterExchange: d4 };
      const end = collectingQueue(b, 'end', d4);
      await declare(b, [work, ttl, max0, last, end], [d1, d2, d3, d4]);
      await publishAll(b, [evt('a')]);
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      const rl = await receive({ consumer: b.newConsumer() }, last.name, fail, {
        prefetch: 1,
        maxDeliveries: 2,
      });
      await advanceUntil(b, () => rl.deliveries.length >= 2, 'two deliveries in last');
      const got = await b.drain(end.name, 1);
      await r.subscription.stop();
      await rl.subscription.stop();
      return {
        last: rl.deliveries.map(seen),
        end: got.map((m) => ({ deaths: deaths(m), firsts: firsts(m), flags: flags(m), key: m.routingKey })),
      };
    },
  // SAME (the other type's dead-letter queue)
  'r19 a delivery-limit dead letter in a dead-letter queue of the other type, drained: flags and x-death':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const dead: QueueSpec = {
        ...collectingQueue(b, 'dead', dlx),
        type: b.queueType === 'quorum' ? 'classic' : 'quorum',
      };
      await declare(b, [work, dead], [dlx]);
      await publishAll(b, [evt('a', 'order.created', { headers: { z: 1, a: 2 } })]);
      const r = await receive(b, work.name, fail, { prefetch: 1, maxDeliveries: 3 });
      const got = await b.drain(dead.name, 1);
      await r.subscription.stop();
      return {
        work: r.deliveries.map(
          (d) => `${d.deliveryCount}:${d.redelivered}:${Object.keys(d.message.headers ?? {})}`,
        ),
        dead: got.map((m) => ({ flags: flags(m), deaths: deaths(m), firsts: firsts(m) })),
      };
    },
  // SAME (TTL with several held)
  'r19 TTL 100 with two consumers of prefetch 1 both holding: three waiting expire in order, the held two survive':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 100 });
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      const hold = latch();
      const ra = await receive(b, work, () => hold.promise, { prefetch: 1 });
      const rb = await receive({ consumer: b.newConsumer() }, work, () => hold.promise, { prefetch: 1 });
      await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      await ra.waitFor(1);
      await rb.waitFor(1);
      await advanceUntil(b, () => deadGot.deliveries.length >= 3, 'three expired');
      hold.open();
      await ra.subscription.stop();
      await rb.subscription.stop();
      await deadGot.subscription.stop();
      return {
        held: [...ra.ids(), ...rb.ids()].sort(),
        dead: deadGot.deliveries.map((d) => `${d.message.id}:${d.deadLetter?.reason}`),
        left: await drainedIds(b, work),
      };
    },
  // SAME (expiries while the consumers are away)
  'r19 a dead-letter subscription across a dropped connection: expiries made meanwhile arrive with deadLetter':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 150 });
      const deadGot = await receive(b, dead);
      await publishAll(b, [evt('a'), evt('b')]);
      await b.dropConsumerConnection();
      await publishAll(b, [evt('c')]);
      await b.consumersBack();
      await advanceUntil(b, () => deadGot.deliveries.length >= 3, 'three expired');
      await deadGot.subscription.stop();
      return {
        dead: deadGot.deliveries
          .map((d) => `${d.message.id}:${d.deadLetter?.reason}/${d.deadLetter?.count}`)
          .sort(),
        left: await drainedIds(b, work),
      };
    },
});

const settlementRound = brokerCases('settlement', {
  // SAME (counts across two consumers)
  'r19 two consumers of prefetch 1 that always throw, maxDeliveries 3: the counts seen, then the dead letter':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      const ra = await receive(b, work, fail, { prefetch: 1, maxDeliveries: 3 });
      const rb = await receive({ consumer: b.newConsumer() }, work, fail, { prefetch: 1, maxDeliveries: 3 });
      await publishAll(b, [evt('a')]);
      await deadGot.waitFor(1);
      await ra.subscription.stop();
      await rb.subscription.stop();
      await deadGot.subscription.stop();
      const all = [...ra.deliveries, ...rb.deliveries].map((d) => `${d.deliveryCount}:${d.redelivered}`);
      return { counts: all.sort(), total: all.length, dead: deadGot.deliveries.map(seen) };
    },
  // SAME (order)
  'r19 ten messages with prefetch 1, every odd one nacked once: the delivery order, per queue type': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    await publishAll(
      b,
      ids(10).map((id) => evt(id)),
    );
    const r = await receive(
      b,
      work,
      (d) => (Number(d.message.id.slice(1)) % 2 === 1 && !d.redelivered ? d.nack() : undefined),
      { prefetch: 1 },
    );
    await r.waitFor(15);
    await r.subscription.stop();
    return r.deliveries.map((d) => `${d.message.id}:${d.redelivered ? 'r' : ''}`).join(' ');
  },
  // SAME (a window's redeliveries, as a set)
  'r19 prefetch 3 over nine messages, every third nacked once: each delivered, the nacked ones twice': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    await publishAll(
      b,
      ids(9).map((id) => evt(id)),
    );
    const r = await receive(
      b,
      work,
      (d) => (Number(d.message.id.slice(1)) % 3 === 0 && !d.redelivered ? d.nack() : undefined),
      { prefetch: 3 },
    );
    await r.waitFor(12);
    await r.subscription.stop();
    // Sorted: where a redelivery lands among the next window's depends on when RabbitMQ reads the
    // nack against the acks sent with it (measured both ways on classic queues).
    const order = r.deliveries.map((d) => d.message.id);
    return {
      deliveries: r.deliveries.map((d) => `${d.message.id}:${d.deliveryCount}:${d.redelivered}`).sort(),
      redeliveredAfterFirst: ['m0', 'm3', 'm6'].map((id) => order.lastIndexOf(id) > order.indexOf(id)),
    };
  },
  // SAME (sets: several consumers requeueing)
  'r19 three consumers of prefetch 2 each requeue every first delivery: twenty messages, each delivered twice':
    async (b) => {
      const { work } = await workAndDead(b);
      const handler = (d: Delivery) => (d.redelivered ? undefined : d.nack());
      const rs = [
        await receive(b, work, handler, { prefetch: 2 }),
        await receive({ consumer: b.newConsumer() }, work, handler, { prefetch: 2 }),
        await receive({ consumer: b.newConsumer() }, work, handler, { prefetch: 2 }),
      ];
      const published = await publishAll(
        b,
        ids(20).map((id) => evt(id)),
      );
      await eventually(() => rs.reduce((n, r) => n + r.deliveries.length, 0) >= 40, '40 deliveries');
      await Promise.all(rs.map((r) => r.subscription.stop()));
      const all = rs.flatMap((r) => r.deliveries);
      const per = new Map<string, string[]>();
      for (const d of all) per.set(d.message.id, [...(per.get(d.message.id) ?? []), String(d.redelivered)]);
      return {
        published: published.filter((p) => p === 'ok').length,
        total: all.length,
        perMessage: [...new Set([...per.values()].map((v) => v.sort().join(',')))],
        quorumCounts: [...new Set(all.filter((d) => d.redelivered).map((d) => d.deliveryCount))],
        left: await drainedIds(b, work),
      };
    },
  // SAME (sets: one of three stops while holding)
  'r19 three consumers share thirty messages; one stops holding two that it then requeues: each acked once':
    async (b) => {
      const { work } = await workAndDead(b);
      const hold = latch();
      const acked: string[] = [];
      const ra = await receive(
        b,
        work,
        async (d) => {
          await hold.promise;
          d.nack();
        },
        { prefetch: 2 },
      );
      const ack = (d: Delivery) => {
        acked.push(d.message.id);
      };
      const rb = await receive({ consumer: b.newConsumer() }, work, ack, { prefetch: 2 });
      const rc = await receive({ consumer: b.newConsumer() }, work, ack, { prefetch: 2 });
      await publishAll(
        b,
        ids(30).map((id) => evt(id)),
      );
      await ra.waitFor(2);
      const stopping = ra.subscription.stop();
      hold.open();
      await stopping;
      await eventually(() => acked.length >= 30, 'thirty acked');
      await rb.subscription.stop();
      await rc.subscription.stop();
      const back = ra.ids();
      return {
        acked: acked.length,
        unique: new Set(acked).size,
        returnedRedelivered: [...rb.deliveries, ...rc.deliveries]
          .filter((d) => back.includes(d.message.id))
          .map((d) => d.redelivered),
        left: await drainedIds(b, work),
      };
    },
  // SAME (stop, then a length limit while nobody consumes)
  'r19 stop(), five published into max length 2, then a new subscription: the newest two, three dead in order':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 2 });
      const first = await receive(b, work);
      await publishAll(b, [evt('s')]);
      await first.waitFor(1);
      await first.subscription.stop();
      await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      const died = await b.drain(dead, 3);
      const next = await receive({ consumer: b.newConsumer() }, work);
      await next.waitFor(2);
      await next.subscription.stop();
      return { died: died.map(deaths), next: next.deliveries.map(seen) };
    },
  // SAME (max length meets returned messages)
  'r19 stop() waits on two held, the connection drops: they return over max length 3 with two waiting':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 3 });
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      const hold = latch();
      const r = await receive(b, work, () => hold.promise, { prefetch: 2 });
      await publishAll(
        b,
        ids(4).map((id) => evt(id)),
      );
      await r.waitFor(2);
      const stopping = r.subscription.stop();
      await b.dropConsumerConnection();
      await b.consumersBack();
      await deadGot.waitFor(1);
      await publishAll(b, [evt('m4')]);
      await deadGot.waitFor(2);
      hold.open();
      await stopping;
      const got = await b.drain(work, 3);
      await deadGot.subscription.stop();
      return {
        dead: deadGot.deliveries.map((d) => `${d.message.id}:${d.deadLetter?.reason}`),
        left: got.map(flags),
      };
    },
});

const reconnectRound = brokerCases('topology', {
  // SAME (topology after a reconnect)
  'r19 after a dropped connection the queues still route and the resumed subscription gets every publish':
    async (b) => {
      const [qq, qc] = queuePair(b, 'q.*', 'c.*');
      await declare(b, [qq, qc]);
      const rq = await receive(b, qq.name);
      const rc = await receive(b, qc.name);
      // Nothing delivered before the drop: an ack still on its way would be lost with it, and the
      // message redelivered or not by a race.
      await b.dropConsumerConnection();
      const early = await publishAll(b, [evt('q0', 'q.x'), evt('c0', 'c.x')]);
      const during = await publishAll(b, [evt('q1', 'q.x'), evt('c1', 'c.x')]);
      await b.consumersBack();
      const after = await publishAll(b, [evt('q2', 'q.x'), evt('c2', 'c.x'), evt('none', 'n.x')]);
      await rq.waitFor(3);
      await rc.waitFor(3);
      await rq.subscription.stop();
      await rc.subscription.stop();
      return { early, during, after, quorum: rq.deliveries.map(seen), classic: rc.deliveries.map(seen) };
    },
  // SAME (the publisher is its own connection)
  'r19 publishes right after the consumer connection dropped confirm; the resumed subscription gets them after the held one':
    async (b) => {
      const { work } = await workAndDead(b);
      const hold = latch();
      // Prefetch 1: m0's ack has reached the broker once h is delivered; h is held, so the drop
      // returns exactly h.
      const r = await receive(
        b,
        work,
        async (d) => {
          if (d.message.id === 'h') await hold.promise;
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('m0'), evt('h')]);
      await r.waitFor(2);
      await b.dropConsumerConnection();
      const published = await publishAll(b, [evt('m1'), evt('m2')]);
      await b.consumersBack();
      await r.waitFor(3);
      const returned = seen(r.deliveries[2] as Delivery);
      hold.open();
      await r.waitFor(5);
      await r.subscription.stop();
      return { published, returned, got: r.deliveries.map(seen) };
    },
  // SAME (redeclare after a reconnect)
  'r19 after a dropped connection, declaring the same topology again is a no-op and a changed one is refused':
    async (b) => {
      const q = boundQueue(b, 'q', ['#'], { messageTtlMs: 60_000 });
      await declare(b, [q]);
      await b.dropConsumerConnection();
      await b.consumersBack();
      const same = await outcome(declare(b, [q]));
      const changed = await outcome(declare(b, [{ ...q, messageTtlMs: 1 }]));
      const published = await publishAll(b, [evt('a')]);
      return { same, changed, published, left: await drainedIds(b, q.name, 1) };
    },
});

/** Each `x-death` entry of a drained message with the exchange and routing keys it keeps. */
const deathEntries = (m: DrainedMessage, names: Readonly<Record<string, string>>): string[] => {
  const xDeath = (m.brokerHeaders['x-death'] ?? []) as ReadonlyArray<Record<string, unknown>>;
  const label = (exchange: unknown) => names[String(exchange)] ?? String(exchange);
  return xDeath.map(
    (d) =>
      `${String(d.queue)}/${String(d.reason)}*${String(d.count)}@${label(d.exchange)}[${String(d['routing-keys'])}]`,
  );
};

const moreDeadLetters = brokerCases('dead-letters', {
  // SAME (x-death order down a long chain)
  'r19 rejected, then five TTL 0 hops: the x-death order at the end, as basic.get sees it': async (b) => {
    const exchanges = [1, 2, 3, 4, 5, 6].map((i) => b.name(`x${i}`));
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: exchanges[0] });
    const hops = [1, 2, 3, 4, 5].map((i) =>
      delayQueue(b, `h${i}`, { from: exchanges[i - 1] as string, ttlMs: 0, to: exchanges[i] as string }),
    );
    const end = collectingQueue(b, 'end', exchanges[5] as string);
    await declare(b, [work, ...hops, end], exchanges);
    await publishAll(b, [evt('a', 'k.1')]);
    const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
    const got = await b.drain(end.name, 1);
    await r.subscription.stop();
    return got.map((m) => ({ deaths: deaths(m), firsts: firsts(m), key: m.routingKey }));
  },
  // SAME (x-death entries keep their first exchange)
  'r19 rejected twice in one queue, entering it through two exchanges: each x-death entry with its exchange':
    async (b) => {
      const [toRetry, back] = [b.name('toRetry'), b.name('back')];
      const work = multiBound(b, 'work', [back], { deadLetterExchange: toRetry });
      const retry = delayQueue(b, 'retry', { from: toRetry, ttlMs: 30, to: back });
      const witness = collectingQueue(b, 'witness', toRetry);
      await declare(b, [work, retry, witness], [toRetry, back]);
      await publishAll(b, [evt('a', 'k.x')]);
      const r = await receive(
        b,
        work.name,
        (d) => (d.redelivered || (d.deadLetter?.count ?? 0) >= 2 ? undefined : d.nack({ requeue: false })),
        {
          prefetch: 1,
        },
      );
      await advanceUntil(b, () => r.deliveries.length >= 3, 'three arrivals');
      await r.subscription.stop();
      const got = await b.drain(witness.name, 2);
      const names = { [b.exchange]: 'main', [toRetry]: 'toRetry', [back]: 'back' };
      return {
        work: r.deliveries.map(seen),
        witness: got.map((m) => ({
          entries: deathEntries(m, names),
          firsts: firsts(m),
          via: names[m.exchange] ?? '?',
        })),
      };
    },
  // SAME (consumer deaths back and forth)
  'r19 a delivery-limit ping-pong between two queues: deadLetter on each arrival until the second lap':
    async (b) => {
      const [toB, toA] = [b.name('toB'), b.name('toA')];
      const qa = multiBound(b, 'qa', [toA], { deadLetterExchange: toB });
      const qb = { ...collectingQueue(b, 'qb', toB), deadLetterExchange: toA };
      await declare(b, [qa, qb], [toA, toB]);
      const failUntil = (d: Delivery) => {
        if (d.message.id === 'a' && (d.deadLetter?.count ?? 0) < 2) throw new Error('again');
      };
      const ra = await receive(b, qa.name, failUntil, { prefetch: 1, maxDeliveries: 1 });
      const rb = await receive({ consumer: b.newConsumer() }, qb.name, fail, {
        prefetch: 1,
        maxDeliveries: 1,
      });
      await publishAll(b, [evt('a')]);
      await ra.waitFor(3);
      await ra.subscription.stop();
      await rb.subscription.stop();
      return { a: ra.deliveries.map(seen), b: rb.deliveries.map(seen) };
    },
  // SAME (consumer and broker deaths alternating)
  'r19 delivery limit in one queue, rejection in the next, twice round: deadLetter each time and x-death at the end':
    async (b) => {
      const [toB, toA] = [b.name('toB'), b.name('toA')];
      const qa = multiBound(b, 'qa', [toA], { deadLetterExchange: toB });
      const qb = { ...collectingQueue(b, 'qb', toB), deadLetterExchange: toA };
      const witness = collectingQueue(b, 'witness', toA);
      await declare(b, [qa, qb, witness], [toA, toB]);
      let laps = 0;
      const ra = await receive(
        b,
        qa.name,
        (d) => {
          if (laps >= 2) return;
          laps += d.deadLetter ? 1 : 0;
          if (laps < 2 || !d.deadLetter) throw new Error('again');
        },
        { prefetch: 1, maxDeliveries: 1 },
      );
      const rb = await receive({ consumer: b.newConsumer() }, qb.name, (d) => d.nack({ requeue: false }), {
        prefetch: 1,
      });
      await publishAll(b, [evt('a')]);
      await ra.waitFor(3);
      await ra.subscription.stop();
      await rb.subscription.stop();
      const got = await b.drain(witness.name, 2);
      return {
        a: ra.deliveries.map(seen),
        b: rb.deliveries.map(seen),
        witness: got.map((m) => ({ deaths: deaths(m), firsts: firsts(m) })),
      };
    },
  // SAME (one dead letter fanned out, one copy dying again)
  'r19 one rejection fanned out by the dead-letter exchange to three queues, one of max length 0 dead-lettering on':
    async (b) => {
      const [dlx, dlx2] = [b.name('dlx'), b.name('dlx2')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const d1 = collectingQueue(b, 'd1', dlx);
      const d2: QueueSpec = {
        name: b.name('d2'),
        type: b.queueType,
        bindings: [{ exchange: dlx, pattern: 'order.*' }],
      };
      const d3 = { ...collectingQueue(b, 'd3', dlx), maxLength: 0, deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, d1, d2, d3, end], [dlx, dlx2]);
      await publishAll(b, [evt('a'), evt('b', 'other.x')]);
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      const endGot = await b.drain(end.name, 2);
      await r.subscription.stop();
      return {
        d1: (await b.drain(d1.name, 2)).map(deaths),
        d2: (await b.drain(d2.name, 1)).map(deaths),
        end: endGot.map(deaths),
      };
    },
});

const moreSettlement = brokerCases('settlement', {
  // SILENT before this round's fix (the fake counted a classic redelivery when the queue sent it,
  // before the ack of the other copy had made the consumer forget the id: 1, 2, 2, 3), now SAME
  'r19 one id published twice with prefetch 2, the first copy nacked three times: the counts seen': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    await publishAll(b, [
      evt('dup', 'order.created', { payload: { n: 1 } }),
      evt('dup', 'order.created', { payload: { n: 2 } }),
    ]);
    let nacks = 0;
    const r = await receive(
      b,
      work,
      (d) => {
        const n = (d.message.payload as { n: number }).n;
        if (n === 1 && nacks < 3) {
          nacks += 1;
          d.nack();
        }
      },
      { prefetch: 2 },
    );
    await r.waitFor(5);
    await r.subscription.stop();
    return r.deliveries.map(
      (d) => `${(d.message.payload as { n: number }).n}:${d.deliveryCount}:${d.redelivered}`,
    );
  },
  // SILENT before this round's fix (the fake's consume() attached in the call), now SAME
  'r19 consume() and a publish into a classic max length 0 queue in the same tick: the message dies maxlen, the next is delivered':
    async (b) => {
      // Classic on both passes: a quorum queue orders the publish and the consumer through its
      // Raft log, where the same race came out both ways (with TTL 0) in three runs.
      const { work, dead } = await workAndDead(b, { maxLength: 0, type: 'classic' });
      const got: string[] = [];
      const consuming = b.consumer.consume(work, (d) => {
        got.push(d.message.id);
      });
      const published = await outcome(b.publisher.publish(evt('a')));
      const subscription = await consuming;
      const next = await publishAll(b, [evt('b')]);
      await eventually(() => got.length >= 1, 'b delivered');
      await subscription.stop();
      return { published, next, got, dead: (await b.drain(dead, 1)).map(deaths) };
    },
  // SAME (confirms around close)
  'r19 close() right after an unroutable and a routable publish: each keeps its answer, close resolves':
    async (b) => {
      const q = boundQueue(b, 'q', ['order.*']);
      await declare(b, [q]);
      const unroutable = outcome(b.publisher.publish(evt('u', 'nowhere.x')));
      const routable = outcome(b.publisher.publish(evt('r')));
      const closed = await outcome(b.publisher.close());
      return {
        unroutable: await unroutable,
        routable: await routable,
        closed,
        after: await outcome(b.publisher.publish(evt('late'))),
        left: await drainedIds(b, q.name, 1),
      };
    },
});

/** The nineteenth round's cases, several groups. */
export const nineteenthRoundCases: readonly BrokerCase[] = [
  ...propertiesRound,
  ...routingRound,
  ...deadLetterRound,
  ...settlementRound,
  ...reconnectRound,
  ...moreDeadLetters,
  ...moreSettlement,
];
