import type { EventMessage } from '@seams/ports';
import type { ConsumeMessage, MessageProperties } from 'amqplib';
import { describe, expect, it } from 'vitest';
import { deathHeaders, readDeadLetter } from './dead-letter-headers.js';
import { decodeDelivery, encodeEvent } from './event-codec.js';

const event: EventMessage = {
  id: 'e-1',
  type: 'order.paid',
  payload: { total: 10, lines: [{ sku: 'a' }] },
  occurredAt: new Date('2026-01-02T03:04:05.678Z'),
  correlationId: 'c-1',
  headers: { 'x-tenant': 'acme', 'x-n': 2, 'x-flag': true },
};

/** What amqplib hands a consumer for `event` as encoded, with `headers` merged in. */
function delivered(message: EventMessage, extra: Partial<MessageProperties> = {}): ConsumeMessage {
  const { content, options } = encodeEvent(message);
  const properties = {
    ...options,
    ...extra,
    headers: { ...options.headers, ...extra.headers },
  } as MessageProperties;
  const fields = {
    deliveryTag: 1,
    redelivered: false,
    exchange: 'orders',
    routingKey: message.type,
    consumerTag: 't',
  };
  return { content, fields, properties };
}

describe('encodeEvent', () => {
  it('publishes persistent, mandatory JSON with the event id as messageId and a seconds timestamp', () => {
    const { content, options } = encodeEvent(event);
    expect(JSON.parse(content.toString())).toEqual(event.payload);
    expect(options).toMatchObject({
      persistent: true,
      mandatory: true,
      contentType: 'application/json',
      messageId: 'e-1',
      type: 'order.paid',
      correlationId: 'c-1',
      timestamp: Math.floor(event.occurredAt.getTime() / 1000),
    });
  });
});

describe('decodeDelivery', () => {
  it('round-trips the event exactly, milliseconds included', () => {
    expect(decodeDelivery(delivered(event))).toEqual({ ok: true, message: event, deadLetter: undefined });
  });

  it('strips broker headers and values an event header cannot hold', () => {
    const raw = delivered(event, {
      headers: { 'x-delivery-count': 2, 'x-first-death-queue': 'q', 'x-obj': { a: 1 } },
    });
    const decoded = decodeDelivery(raw);
    expect(decoded.ok && decoded.message.headers).toEqual(event.headers);
  });

  it('falls back to the seconds timestamp and the routing key for messages from other publishers', () => {
    const raw = delivered(event, { headers: { 'x-seams-occurred-at': undefined }, type: undefined });
    const decoded = decodeDelivery(raw);
    expect(decoded.ok && decoded.message.occurredAt).toEqual(new Date('2026-01-02T03:04:05.000Z'));
    expect(decoded.ok && decoded.message.type).toBe('order.paid');
  });

  it('reports a body that is not JSON, or a missing messageId, instead of throwing', () => {
    const notJson = { ...delivered(event), content: Buffer.from('{oops') };
    expect(decodeDelivery(notJson)).toMatchObject({ ok: false, problem: expect.stringMatching(/not JSON/) });
    expect(decodeDelivery(delivered(event, { messageId: undefined }))).toEqual({
      ok: false,
      problem: 'no messageId',
    });
  });
});

describe('dead-letter headers', () => {
  const xDeath = (reason: string, count = 1) => [{ reason, queue: 'work', count, exchange: 'orders' }];

  it('reads the most recent broker death from x-death', () => {
    expect(readDeadLetter({ 'x-death': xDeath('expired', 2) })).toEqual({
      reason: 'expired',
      queue: 'work',
      count: 2,
    });
  });

  it('prefers the consumer-written death, unless the broker dead-lettered the message again since', () => {
    const ours = deathHeaders(
      { 'x-death': xDeath('rejected') },
      { reason: 'delivery_limit', queue: 'work', error: 'boom' },
    );
    expect(readDeadLetter(ours)).toEqual({ reason: 'delivery_limit', queue: 'work', count: 1 });
    expect(ours['x-seams-death-error']).toBe('boom');
    expect(readDeadLetter({ ...ours, 'x-death': xDeath('expired', 2) })?.reason).toBe('expired');
  });

  it('counts repeated deaths per queue and reason, across broker deaths in between, keeping the original headers', () => {
    const once = deathHeaders({ 'x-tenant': 'acme' }, { reason: 'delivery_limit', queue: 'work' });
    // A retry loop: the copy expires in a delay queue (a broker death), comes back, and dies again.
    const expired = { ...once, 'x-death': [{ reason: 'expired', queue: 'delay', count: 1 }] };
    expect(readDeadLetter(expired)).toEqual({ reason: 'expired', queue: 'delay', count: 1 });
    const twice = deathHeaders(expired, { reason: 'delivery_limit', queue: 'work' });
    expect(readDeadLetter(twice)).toEqual({ reason: 'delivery_limit', queue: 'work', count: 2 });
    expect(twice).toMatchObject({ 'x-tenant': 'acme', 'x-seams-death-after': 1 });
  });

  it('drops the delivery count of the queue the message died in', () => {
    expect(
      deathHeaders({ 'x-delivery-count': 4 }, { reason: 'unparseable', queue: 'work' }),
    ).not.toHaveProperty('x-delivery-count');
  });
});
