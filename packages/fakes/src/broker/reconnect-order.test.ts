import type { Delivery, QueueType } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// Who consumes in which order after `dropConsumerChannels`, as measured on RabbitMQ 3.10.8 through
// the AMQP adapter (broker corpus, r16 cases): every channel closes, then each subscription
// consumes again as a new consumer, one after the other in the order they were first made, and
// one made while the connection was down comes last.

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });
const turn = () => new Promise((resolve) => setTimeout(resolve, 10));
// A signal, not a pause: under load a 10 ms timer can fire before the broker's next setImmediate,
// so "a turn later" is not "every subscription is back".
const resubscribed = () => broker.waitFor((b) => !b.resubscribing);

let broker: InMemoryBroker;

afterEach(() => broker?.close());

async function brokerWith(type: QueueType) {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [{ name: 'invoices', type: 'topic' }],
    queues: [{ name: 'q', type, bindings: [{ exchange: 'invoices', pattern: '#' }] }],
  });
  const publisher = broker.createPublisher({ exchange: 'invoices' });
  const got: string[] = [];
  const subscribe = (name: string, hold: (d: Delivery) => Promise<void> | undefined = () => undefined) =>
    broker.createConsumer().consume(
      'q',
      (d) => {
        got.push(`${name}:${d.message.id}:${d.redelivered}`);
        return hold(d);
      },
      { prefetch: 1 },
    );
  // One at a time, each settled before the next, as the corpus's paced publishes.
  const publish = async (...ids: string[]) => {
    for (const id of ids) {
      await publisher.publish(event(id));
      await turn();
    }
  };
  return { got, subscribe, publish };
}

describe.each(['quorum', 'classic'] as const)('%s: consumers after a dropped connection', (type) => {
  it('consume again in the order they were first made, whoever was served last', async () => {
    const { got, subscribe, publish } = await brokerWith(type);
    await subscribe('A');
    await subscribe('B');
    await publish('m0', 'm1', 'm2');
    broker.dropConsumerChannels();
    await resubscribed();
    await publish('n0', 'n1', 'n2');
    // Before the fix: B, A, B, as if the consumers had kept their places in the round-robin.
    expect(got.slice(3)).toEqual(['A:n0:false', 'B:n1:false', 'A:n2:false']);
  });

  it('a consume made while the connection is down resolves once every subscription is back', async () => {
    const { got, subscribe } = await brokerWith(type);
    await subscribe('A');
    await subscribe('B');
    broker.dropConsumerChannels();
    await subscribe('C');
    expect(broker.resubscribing).toBe(false);
    // Published back to back, not paced: all three consume already, so each gets two.
    const publisher = broker.createPublisher({ exchange: 'invoices' });
    for (const id of ['m0', 'm1', 'm2', 'm3', 'm4', 'm5']) await publisher.publish(event(id));
    await broker.waitFor(() => got.length === 6);
    expect(got.map((g) => g[0]).sort()).toEqual(['A', 'A', 'B', 'B', 'C', 'C']);
  });

  it('a consume that close() overtook while the connection was down consumes nothing', async () => {
    await brokerWith(type);
    broker.dropConsumerChannels();
    const consumer = broker.createConsumer();
    const got: string[] = [];
    const consuming = consumer.consume('q', (d) => void got.push(d.message.id));
    await consumer.close();
    await consuming;
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('m0'));
    await turn();
    expect(got).toEqual([]);
    expect(broker.messages('q').map((m) => m.id)).toEqual(['m0']);
  });

  it('a message held by the first consumer goes back to it, not to the idle second one', async () => {
    const { got, subscribe, publish } = await brokerWith(type);
    const held = new Promise<void>(() => undefined);
    await subscribe('A', (d) => (d.message.id === 'm0' && !d.redelivered ? held : undefined));
    await subscribe('B');
    await publish('m0');
    broker.dropConsumerChannels();
    await broker.waitFor(() => got.length === 2);
    await resubscribed();
    await publish('n0', 'n1');
    expect(got).toEqual(['A:m0:false', 'A:m0:true', 'A:n0:false', 'B:n1:false']);
  });

  it('a subscription made while the connection is down consumes after the ones coming back', async () => {
    const { got, subscribe, publish } = await brokerWith(type);
    await subscribe('A');
    await subscribe('B');
    await publish('m0', 'm1');
    broker.dropConsumerChannels();
    await subscribe('C');
    await resubscribed();
    await publish('n0', 'n1', 'n2', 'n3');
    expect(got.slice(2)).toEqual(['A:n0:false', 'B:n1:false', 'C:n2:false', 'A:n3:false']);
  });

  it('a subscription stopped while the connection is down does not come back', async () => {
    const { got, subscribe, publish } = await brokerWith(type);
    await subscribe('A');
    const b = await subscribe('B');
    await publish('m0', 'm1');
    broker.dropConsumerChannels();
    await b.stop();
    await resubscribed();
    await publish('n0', 'n1');
    expect(got.slice(2)).toEqual(['A:n0:false', 'A:n1:false']);
  });
});

describe.each(['quorum', 'classic'] as const)(
  '%s: a subscription stopping when the connection drops',
  (type) => {
    it('loses its channel too: the held message comes back and the late ack is ignored', async () => {
      const { got, subscribe, publish } = await brokerWith(type);
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const a = await subscribe('A', () => held);
      await publish('m0', 'm1');
      const stopping = a.stop();
      broker.dropConsumerChannels();
      release();
      await stopping;
      await turn();
      // Before the fix the stopping subscription kept its channel, and its late ack removed m0.
      expect(got).toEqual(['A:m0:false']);
      expect(broker.inspect('q').map((m) => `${m.message.id}:${m.redelivered}`)).toEqual([
        'm0:true',
        'm1:false',
      ]);
    });
  },
);

describe('a second drop while the subscriptions are still coming back', () => {
  it('changes nothing: each subscription comes back once', async () => {
    const { got, subscribe, publish } = await brokerWith('quorum');
    await subscribe('A');
    await subscribe('B');
    broker.dropConsumerChannels();
    broker.dropConsumerChannels();
    await resubscribed();
    await publish('n0', 'n1', 'n2', 'n3');
    expect(got).toEqual(['A:n0:false', 'B:n1:false', 'A:n2:false', 'B:n3:false']);
    expect(broker.inspect('q')).toEqual([]);
  });
});

describe('resubscribing', () => {
  it('is true from the drop until the last subscription consumes again', async () => {
    const { got, subscribe, publish } = await brokerWith('quorum');
    await subscribe('A');
    await subscribe('B');
    expect(broker.resubscribing).toBe(false);
    broker.dropConsumerChannels();
    expect(broker.resubscribing).toBe(true);
    await broker.waitFor((b) => !b.resubscribing);
    // Both are back: the next two publishes go one to each, in the order they came back.
    await publish('n0', 'n1');
    await broker.waitFor(() => got.length === 2);
    expect(got).toEqual(['A:n0:false', 'B:n1:false']);
  });
});
