import { boundQueue, declare, receive } from '@seams/contracts';
import type { EventMessage, JsonValue } from '@seams/ports';
import { brokerCases, drainedIds, evt, outcome, publishAll } from '../broker-case.js';
import type { CorpusBroker } from '../corpus-broker.js';

/** The message as delivered, with dates as ISO text and -0 told apart from 0. */
function asDelivered(message: EventMessage): JsonValue {
  const headers = message.headers
    ? Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, Object.is(v, -0) ? '-0' : v]))
    : null;
  return {
    id: message.id,
    type: message.type,
    payload: message.payload,
    occurredAt: message.occurredAt.toISOString(),
    correlationId: message.correlationId ?? null,
    headers,
  };
}

/** Publishes `events` to a queue bound to `#` and returns each publish outcome and each delivered message. */
async function roundTrip(broker: CorpusBroker, events: readonly EventMessage[]): Promise<JsonValue> {
  const queue = boundQueue(broker, 'q', ['#']);
  await declare(broker, [queue]);
  const published = await publishAll(broker, events);
  const received = await receive(broker, queue.name);
  await received.waitFor(published.filter((o) => o === 'ok').length);
  return { published, delivered: received.deliveries.map((d) => asDelivered(d.message)) };
}

/** A payload of `bytes` characters, and what the corpus records of it: size and both ends. */
const bulky = (bytes: number) => ({ blob: 'ab'.repeat(bytes / 2) });
const fingerprint = (payload: JsonValue): JsonValue => {
  const text = JSON.stringify(payload);
  return { length: text.length, head: text.slice(0, 20), tail: text.slice(-20) };
};

const bytes255 = `${'é'.repeat(127)}x`;
const bytes256 = 'é'.repeat(128);

/** What a message carries across the broker, and what publishers may not send. */
const deliveredHeaders = async (b: CorpusBroker, events: readonly EventMessage[]): Promise<JsonValue> => {
  const queue = boundQueue(b, 'q', ['#']);
  await declare(b, [queue]);
  const published = await publishAll(b, events);
  const received = await receive(b, queue.name);
  await received.waitFor(published.filter((o) => o === 'ok').length);
  await received.subscription.stop();
  return {
    published,
    headers: received.deliveries.map((d) => (d.message.headers ? { ...d.message.headers } : null)),
    hasHeaders: received.deliveries.map((d) => 'headers' in d.message),
  };
};

export const propertiesCases = brokerCases('properties', {
  'every field round-trips: payload, time, correlation id, headers': (b) =>
    roundTrip(b, [
      evt('a', 'order.paid', {
        payload: { n: 4_997, s: 'ß-1 😀', list: [1, [2, [3]]], none: null, yes: true, f: 0.1 },
        correlationId: 'corr-é',
        headers: { 'x-tenant': 'acmé', 'x-n': 3, 'x-flag': false },
      }),
    ]),
  'header values keep their type: integers, floats, big and negative numbers, booleans, strings': (b) =>
    roundTrip(b, [
      evt('h', 'order.paid', {
        headers: {
          byte: 7,
          short: 300,
          int: 70_000,
          long: 2 ** 40,
          unsafe: 2 ** 53 + 2,
          huge: 2 ** 64,
          neg: -5,
          negLong: -(2 ** 40),
          float: 1.5,
          tiny: 5e-324,
          negZero: -0,
          yes: true,
          no: false,
          empty: '',
          unicode: 'acmé 😀',
          long10k: 'x'.repeat(10_000),
        },
      }),
    ]),
  'occurredAt keeps its milliseconds, at the epoch and far ahead': (b) =>
    roundTrip(b, [
      evt('t0', 'order.paid', { occurredAt: new Date(0) }),
      evt('t1', 'order.paid', { occurredAt: new Date(1) }),
      evt('t2', 'order.paid', { occurredAt: new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)) }),
    ]),
  'values JSON cannot hold arrive as JSON makes them': (b) =>
    roundTrip(b, [
      evt('j', 'order.paid', {
        payload: { nan: Number.NaN, inf: Number.POSITIVE_INFINITY, negZero: -0, text: '\u2028\u0000' },
      }),
    ]),
  'no correlation id and no headers: both absent on delivery': (b) =>
    roundTrip(b, [evt('bare', 'order.paid')]),
  'id, routing key, correlation id and header names of exactly 255 bytes go through': (b) =>
    roundTrip(b, [
      evt(bytes255, `k.${'k'.repeat(253)}`, {
        correlationId: bytes255,
        headers: { [`h${'h'.repeat(254)}`]: 1 },
      }),
    ]),
  'one byte more is refused before the wire, naming each field, and the next publish confirms': (b) =>
    roundTrip(b, [
      evt(bytes256),
      evt('rk', `k.${bytes256}`),
      evt('corr', 'order.paid', { correlationId: bytes256 }),
      evt('hn', 'order.paid', { headers: { [`h${'h'.repeat(255)}`]: 1 } }),
      evt('next', 'order.paid'),
    ]),
  'headers the broker or the adapter set are refused': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const names = [
      'x-delivery-count',
      'x-death',
      'x-first-death-queue',
      'x-last-death-reason',
      'x-seams-occurred-at',
      'CC',
      'BCC',
    ];
    const refused: Record<string, string> = {};
    for (const name of names)
      refused[name] = await outcome(
        b.publisher.publish(evt(name, 'order.paid', { headers: { [name]: 'forged' } })),
      );
    return refused;
  },
  'non-finite header numbers and a header table over 60 KiB are refused': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    return publishAll(b, [
      evt('nan', 'order.paid', { headers: { v: Number.NaN } }),
      evt('inf', 'order.paid', { headers: { v: Number.POSITIVE_INFINITY } }),
      evt('ninf', 'order.paid', { headers: { v: Number.NEGATIVE_INFINITY } }),
      evt('big', 'order.paid', { headers: { v: 'x'.repeat(62_000) } }),
      evt('ok', 'order.paid', { headers: { v: 'x'.repeat(60_000) } }),
    ]);
  },
  'an empty id, an invalid date or one before 1970 is refused': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    return publishAll(b, [
      evt(''),
      evt('nan-date', 'order.paid', { occurredAt: new Date(Number.NaN) }),
      evt('before-1970', 'order.paid', { occurredAt: new Date(-1) }),
    ]);
  },
  'a 1 MiB payload arrives whole': async (b) => {
    const result = (await roundTrip(b, [evt('big', 'order.paid', { payload: bulky(1 << 20) })])) as {
      published: JsonValue;
      delivered: Array<{ payload: JsonValue }>;
    };
    return { published: result.published, delivered: result.delivered.map((d) => fingerprint(d.payload)) };
  },
  'an 8 MiB payload arrives whole': async (b) => {
    const result = (await roundTrip(b, [evt('huge', 'order.paid', { payload: bulky(8 << 20) })])) as {
      published: JsonValue;
      delivered: Array<{ payload: JsonValue }>;
    };
    return { published: result.published, delivered: result.delivered.map((d) => fingerprint(d.payload)) };
  },
  // The adapter checks, validates and encodes before its first await: what happens after the call
  // (a close, a mutation of the event) cannot change what was published.
  'publish() then close() at once: the publish is confirmed and the message queued': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const published = b.publisher.publish(evt('a'));
    const closed = b.publisher.close();
    const result = { published: await outcome(published), closed: await outcome(closed) };
    return { ...result, held: await drainedIds(b, queue.name, 1) };
  },
  'mutating the event after publish(): the message as it was at the call arrives': async (b) => {
    const queue = boundQueue(b, 'q', ['order.*']);
    await declare(b, [queue]);
    const payload = { n: 1 };
    const headers: Record<string, string> = { h: 'before' };
    const event: { -readonly [K in keyof EventMessage]: EventMessage[K] } = evt('a', 'order.created', {
      payload,
      headers,
    });
    const publishing = b.publisher.publish(event);
    payload.n = 2;
    headers.h = 'after';
    event.type = 'other.key';
    event.id = 'changed';
    const published = await outcome(publishing);
    const received = await receive(b, queue.name);
    await received.waitFor(1);
    return { published, delivered: received.deliveries.map((d) => asDelivered(d.message)) };
  },
  'an empty headers object arrives as no headers; an undefined header value is not sent': async (b) => {
    const result = (await roundTrip(b, [
      evt('empty', 'order.paid', { headers: {} }),
      evt('undef', 'order.paid', { headers: { a: 1, gone: undefined as unknown as string } }),
    ])) as { published: JsonValue; delivered: JsonValue[] };
    const keys = result.delivered.map((d) => {
      const headers = (d as { headers: Record<string, unknown> | null }).headers;
      return headers === null ? null : Object.keys(headers);
    });
    return { ...result, keys };
  },
  // AMQP strings are UTF-8: RabbitMQ would hold U+FFFD, so ids x\ud800 and x\udc00 would be one.
  'unpaired UTF-16 surrogates in id, type, correlation id or headers are refused': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    return publishAll(b, [
      evt('lone\ud800', 'order.paid'),
      evt('t', 'order.\udc00'),
      evt('c', 'order.paid', { correlationId: 'c\ud800' }),
      evt('hv', 'order.paid', { headers: { h: 'v\udc00' } }),
      evt('hn', 'order.paid', { headers: { 'h\ud83d': 'v' } }),
      evt('pair\ud83d\ude00', 'order.\ud83d\ude00', { payload: { lone: '\ud800' } }),
    ]);
  },
  'payloads JSON cannot encode are refused; what JSON rewrites arrives rewritten': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const unencodable: Record<string, unknown> = { undefined: undefined, bigint: 10n, circular, fn: () => 1 };
    const refused: Record<string, string> = {};
    for (const [name, payload] of Object.entries(unencodable)) {
      refused[name] = await outcome(
        b.publisher.publish(evt(name, 'order.paid', { payload: payload as JsonValue })),
      );
    }
    const rewritten = {
      nested: { a: undefined, f: () => 1, n: Number.NaN },
      list: [undefined, Number.POSITIVE_INFINITY],
    };
    const published = await outcome(
      b.publisher.publish(evt('rewritten', 'order.paid', { payload: rewritten as unknown as JsonValue })),
    );
    const received = await receive(b, queue.name);
    await received.waitFor(1);
    return { refused, published, delivered: received.deliveries.map((d) => d.message.payload) };
  },
  'an empty correlation id, routing key, header name and header value arrive as sent': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const published = await publishAll(b, [
      evt('a', '', { correlationId: '', headers: { '': 'unnamed', empty: '' } }),
    ]);
    const received = await receive(b, queue.name);
    await received.waitFor(1);
    await received.subscription.stop();
    const message = received.deliveries[0]?.message;
    return {
      published,
      message: message ? asDelivered(message) : null,
      hasCorrelationId: message ? 'correlationId' in message : null,
    };
  },
  // Untyped callers' values RabbitMQ drops or amqplib cannot encode (it throws after taking a confirm
  // slot): the port's validation refuses them at the edge on both, and the next publish goes through.
  'fields outside the port types are refused before the wire, and the next publish is delivered': async (
    b,
  ) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const refused = [
      { ...evt('x'), id: 5 },
      evt('y', 'o.x', { headers: { h: 1n } as never }),
      evt('z', 'o.x', { headers: { n: null, d: new Date(0) } as never }),
      evt('w', 'o.x', { headers: null as never }),
    ];
    const outcomes: JsonValue[] = [];
    for (const message of refused) outcomes.push(await outcome(b.publisher.publish(message as EventMessage)));
    const next = await outcome(b.publisher.publish(evt('next')));
    return { outcomes, next, held: await drainedIds(b, queue.name, 1) };
  },
  'payload values JSON rewrites: Map and Set as {}, array holes as null, dates as text, -0 as 0': async (
    b,
  ) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point: JSON writes it as null
    const holes = [1, , 3];
    const payload = { m: new Map([[1, 2]]), s: new Set([1]), holes, at: new Date(1), z: -0 };
    const published = await publishAll(b, [evt('p', 'o.x', { payload: payload as unknown as JsonValue })]);
    const received = await receive(b, queue.name);
    await received.waitFor(1);
    await received.subscription.stop();
    return { published, payload: received.deliveries.map((d) => d.message.payload) };
  },
  'header numbers at the int32 and int64 edges keep their value': (b) =>
    deliveredHeaders(b, [
      evt('h', 'o.x', {
        headers: {
          a: 2 ** 31 - 1,
          b: -(2 ** 31),
          c: 2 ** 31,
          d: -(2 ** 31) - 1,
          e: Number.MAX_SAFE_INTEGER,
          f: 2 ** 63,
          g: 0.1 + 0.2,
        },
      }),
    ]),
});
