import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// Declaring again, and the errors a caller branches on or reads: what was not found, which
// dependency is unavailable, which helper was misused.

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });

let broker: InMemoryBroker;

afterEach(() => broker?.close());

async function declared() {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [{ name: 'invoices', type: 'topic' }],
    queues: [{ name: 'q', bindings: [{ exchange: 'invoices', pattern: 'invoice.*' }] }],
  });
  return broker.createPublisher({ exchange: 'invoices' });
}

describe('InMemoryBroker topology', () => {
  it("refuses a publisher on the default exchange '' or an amq.* exchange, as AmqpEventPublisher does", async () => {
    await declared();
    for (const exchange of ['', 'amq.topic']) {
      expect(() => broker.createPublisher({ exchange })).toThrowError(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      );
    }
  });

  it('refuses to declare while the consumers’ connection is down, as AmqpTopology does on it', async () => {
    await declared();
    const fresh = { name: 'fresh', bindings: [{ exchange: 'invoices', pattern: '#' }] };
    broker.dropConsumerChannels();
    await expect(broker.declare({ exchanges: [], queues: [fresh] })).rejects.toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
    });
    await broker.waitFor((b) => !b.resubscribing);
    expect(() => broker.messages('fresh')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    await broker.declare({ exchanges: [], queues: [fresh] });
    // One queue's channels dropping is not the connection: declarations go on.
    broker.dropConsumerChannels('q');
    await broker.declare({ exchanges: [], queues: [fresh] });
    expect(broker.messages('fresh')).toEqual([]);
  });

  it('redeclaring an exchange keeps its bindings, as exchange.declare does on RabbitMQ', async () => {
    const publisher = await declared();
    await broker.declare({ exchanges: [{ name: 'invoices', type: 'topic' }], queues: [] });
    await publisher.publish(event('a'));
    expect(broker.messages('q').map((m) => m.id)).toEqual(['a']);
  });

  it('a declaration takes effect a turn after the call: a publish made in the same tick is routed before it', async () => {
    const publisher = await declared();
    await broker.declare({ exchanges: [{ name: 'orders', type: 'topic' }], queues: [] });
    const declaring = broker.declare({
      exchanges: [],
      queues: [
        { name: 'late', bindings: [{ exchange: 'invoices', pattern: '#' }] },
        { name: 'only', bindings: [{ exchange: 'orders', pattern: '#' }] },
      ],
    });
    const toInvoices = publisher.publish(event('a'));
    const toOrders = broker
      .createPublisher({ exchange: 'orders' })
      .publish(event('b'))
      .catch((error: unknown) => error);
    await declaring;
    await toInvoices;
    expect(await toOrders).toMatchObject({ code: 'PUBLISH_FAILED', reason: 'unroutable' });
    expect(broker.messages('q').map((m) => m.id)).toEqual(['a']);
    expect(broker.messages('late')).toEqual([]);
    await publisher.publish(event('c'));
    expect(broker.messages('late').map((m) => m.id)).toEqual(['c']);
  });

  it('binding to an exchange never declared fails with NotFoundError naming the exchange', async () => {
    await declared();
    const error = await broker
      .declare({
        exchanges: [],
        queues: [{ name: 'other', bindings: [{ exchange: 'missing', pattern: '#' }] }],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND', entity: 'exchange', id: 'missing' });
    expect((error as Error).message).toBe('exchange missing was not found');
  });
});

describe('errors a caller reads', () => {
  it('consuming on a closed consumer names the broker as the unavailable dependency', async () => {
    await declared();
    const consumer = broker.createConsumer();
    await consumer.close();
    const error = await consumer.consume('q', () => undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', dependency: 'broker' });
  });

  it('failNextPublish with a count that is not a whole number names itself in the RangeError', async () => {
    await declared();
    expect(() => broker.failNextPublish('nacked', 1.5)).toThrow(
      new RangeError('failNextPublish: count must be a whole number >= 0, got 1.5'),
    );
  });

  it('an event without a correlation id or headers is stored without those fields at all', async () => {
    const publisher = await declared();
    await publisher.publish(event('a'));
    expect(broker.messages('q')[0]).toStrictEqual(event('a'));
  });
});
