import type { Delivery, QueueSpec, QueueType } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// Queue semantics a RabbitMQ user relies on, seen through the broker's public API: who gets which
// message, where returned messages go, what TTL and max length do to the ready messages.

const event = (id: string, type = 'invoice.issued') => ({
  id,
  type,
  payload: { id },
  occurredAt: new Date(0),
});

const never = () => new Promise<void>(() => undefined);

let broker: InMemoryBroker;
let clock: FakeClock;

afterEach(() => broker?.close());

async function brokerWith(queue: Omit<QueueSpec, 'name' | 'bindings'>) {
  clock = new FakeClock();
  broker = new InMemoryBroker({ clock });
  await broker.declare({
    exchanges: [
      { name: 'invoices', type: 'topic' },
      { name: 'dlx', type: 'topic' },
    ],
    queues: [
      { name: 'q', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'dlx', ...queue },
      { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] },
    ],
  });
  const publisher = broker.createPublisher({ exchange: 'invoices' });
  const publish = async (...ids: string[]) => {
    for (const id of ids) await publisher.publish(event(id));
  };
  return { publish };
}

/** A consumer whose handler holds every delivery until the test settles it. */
async function holdingConsumer(prefetch: number) {
  const held: Delivery[] = [];
  await broker.createConsumer().consume(
    'q',
    async (delivery) => {
      held.push(delivery);
      await never();
    },
    { prefetch },
  );
  return { held, ids: () => held.map((d) => d.message.id) };
}

const deadIds = () => broker.messages('dead').map((m) => m.id);

describe.each(['quorum', 'classic'] as const satisfies readonly QueueType[])('a %s queue', (type) => {
  it('hands messages round-robin to the consumers that have room, skipping a full one', async () => {
    const { publish } = await brokerWith({ type });
    const small = await holdingConsumer(1);
    const large = await holdingConsumer(3);
    await publish('a', 'b', 'c', 'd', 'e');
    await broker.waitFor(() => small.held.length + large.held.length === 4);
    expect([small.ids(), large.ids()]).toEqual([['a'], ['b', 'c', 'd']]);
    expect(broker.messages('q').map((m) => m.id)).toEqual(['e']);
  });

  it('alternates between consumers with equal room, in the order they subscribed', async () => {
    const { publish } = await brokerWith({ type });
    const consumers = [await holdingConsumer(2), await holdingConsumer(2), await holdingConsumer(2)];
    await publish('a', 'b', 'c', 'd', 'e', 'f', 'g');
    await broker.waitFor(() => consumers.every((c) => c.held.length === 2));
    expect(consumers.map((c) => c.ids())).toEqual([
      ['a', 'd'],
      ['b', 'e'],
      ['c', 'f'],
    ]);
    // The next free slot goes to the consumer that settles, whatever the turn.
    consumers[1]?.held[0]?.ack();
    await broker.waitFor(() => consumers[1]?.held.length === 3);
    expect(consumers.map((c) => c.held.length)).toEqual([2, 3, 2]);
  });

  it('delivers nothing more to a stopped subscription; the next consumer gets the rest', async () => {
    const { publish } = await brokerWith({ type });
    const seen: string[] = [];
    const subscription = await broker.createConsumer().consume('q', (delivery) => {
      seen.push(delivery.message.id);
    });
    await publish('a');
    await broker.waitFor(() => seen.length === 1);
    await subscription.stop();
    await publish('b', 'c');
    expect(broker.messages('q').map((m) => m.id)).toEqual(['b', 'c']);
    const next = await holdingConsumer(5);
    await broker.waitFor(() => next.held.length === 2);
    expect([seen, next.ids()]).toEqual([['a'], ['b', 'c']]);
  });

  it('expires each message its TTL after it was enqueued, on the injected clock, dead-lettering it as expired', async () => {
    const { publish } = await brokerWith({ type, messageTtlMs: 100 });
    await publish('a');
    await clock.advance(60);
    await publish('b');
    await clock.advance(40);
    expect([broker.messages('q').map((m) => m.id), deadIds()]).toEqual([['b'], ['a']]);
    expect(broker.inspect('dead')[0]?.brokerHeaders['x-first-death-reason']).toBe('expired');
    await clock.advance(59);
    expect(broker.messages('q').map((m) => m.id)).toEqual(['b']);
    await clock.advance(1);
    expect([broker.messages('q'), deadIds()]).toEqual([[], ['a', 'b']]);
  });

  it('does not deliver a message whose TTL passed while no consumer had room', async () => {
    const { publish } = await brokerWith({ type, messageTtlMs: 100 });
    const consumer = await holdingConsumer(1);
    await publish('a', 'b', 'c');
    await broker.waitFor(() => consumer.held.length === 1);
    // With the TTL timers cancelled, only the delivery after the ack can notice that b and c are dead.
    broker.close();
    await clock.advance(100);
    expect(broker.messages('q').map((m) => m.id)).toEqual(['b', 'c']);
    consumer.held[0]?.ack();
    await broker.waitFor(() => broker.messages('q').length === 0);
    expect([consumer.ids(), deadIds()]).toEqual([['a'], ['b', 'c']]);
  });

  it('close() cancels the TTL timers: the clock moving afterwards expires nothing, the state stays', async () => {
    const { publish } = await brokerWith({ type, messageTtlMs: 100 });
    await publish('a');
    broker.close();
    await clock.advance(1_000);
    expect([broker.messages('q').map((m) => m.id), deadIds()]).toEqual([['a'], []]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('max length counts only ready messages and drops the oldest ready one as maxlen', async () => {
    const { publish } = await brokerWith({ type, maxLength: 2 });
    const consumer = await holdingConsumer(1);
    await publish('a');
    await broker.waitFor(() => consumer.held.length === 1);
    await publish('b', 'c');
    expect([broker.messages('q').map((m) => m.id), deadIds()]).toEqual([['b', 'c'], []]);
    await publish('d');
    expect([broker.messages('q').map((m) => m.id), deadIds()]).toEqual([['c', 'd'], ['b']]);
    expect(broker.inspect('dead')[0]?.brokerHeaders['x-death']).toEqual([
      { count: 1, reason: 'maxlen', queue: 'q', exchange: 'invoices', 'routing-keys': ['invoice.issued'] },
    ]);
  });
});

describe.each(['quorum', 'classic'] as const satisfies readonly QueueType[])(
  'a %s queue with max length',
  (type) => {
    // Measured on RabbitMQ 3.10: a consumer with room (prefetch 2) takes a and b as they are
    // published back to back, so only c and d are ready, and d pushes c out.
    it('hands arriving messages to a consumer with room before counting the rest against the limit', async () => {
      const { publish } = await brokerWith({ type, maxLength: 1 });
      const consumer = await holdingConsumer(2);
      await publish('a', 'b', 'c', 'd');
      expect([consumer.ids(), broker.messages('q').map((m) => m.id), deadIds()]).toEqual([
        ['a', 'b'],
        ['d'],
        ['c'],
      ]);
    });
  },
);

describe('max length when a message is requeued (as measured on RabbitMQ 3.10)', () => {
  it.each([
    // classic: `a` goes back to the head, the queue is over its limit and drops it, then delivers b.
    ['classic', { ready: [], dead: ['a'] }],
    // quorum: `a` joins the back, b goes to the consumer whose window the nack opened, nothing is over.
    ['quorum', { ready: ['a'], dead: [] }],
  ] as const)('%s', async (type, expected) => {
    const { publish } = await brokerWith({ type, maxLength: 1 });
    const consumer = await holdingConsumer(1);
    await publish('a');
    await broker.waitFor(() => consumer.held.length === 1);
    await publish('b');
    consumer.held[0]?.nack({ requeue: true });
    await broker.waitFor(() => consumer.held.length === 2);
    expect(consumer.ids()).toEqual(['a', 'b']);
    expect({ ready: broker.messages('q').map((m) => m.id), dead: deadIds() }).toEqual(expected);
  });
});

describe('where a returned message goes', () => {
  it('quorum: channel-closed returns go ahead of the ready messages, in the order they come back', async () => {
    const { publish } = await brokerWith({ type: 'quorum' });
    const consumer = await holdingConsumer(2);
    await publish('a', 'b', 'c', 'd');
    await broker.waitFor(() => consumer.held.length === 2);
    consumer.held[1]?.nack({ requeue: true });
    await broker.waitFor(() => consumer.held.length === 3);
    // Held: a, c (b went to the back when nacked); ready: d, b.
    broker.dropConsumerChannels();
    expect(
      broker.inspect('q').map((m) => [m.message.id, m.redelivered, m.brokerHeaders['x-delivery-count']]),
    ).toEqual([
      ['a', true, 1],
      ['c', true, 1],
      ['d', false, 0],
      ['b', true, 1],
    ]);
  });

  it('classic: a returned message goes back to its place by publish order, among the later ones', async () => {
    const { publish } = await brokerWith({ type: 'classic' });
    const consumer = await holdingConsumer(2);
    await publish('a', 'b', 'c', 'd');
    await broker.waitFor(() => consumer.held.length === 2);
    consumer.held[1]?.nack({ requeue: true });
    // b is back at the head, so the freed slot takes it again.
    await broker.waitFor(() => consumer.held.length === 3);
    expect(consumer.ids()).toEqual(['a', 'b', 'b']);
    broker.dropConsumerChannels();
    expect(broker.inspect('q').map((m) => [m.message.id, m.redelivered])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
    expect(broker.inspect('q').some((m) => 'x-delivery-count' in m.brokerHeaders)).toBe(false);
  });

  it.each(['quorum', 'classic'] as const)(
    '%s: messages returned into an empty queue keep their publish order',
    async (type) => {
      const { publish } = await brokerWith({ type });
      const consumer = await holdingConsumer(3);
      await publish('a', 'b', 'c');
      await broker.waitFor(() => consumer.held.length === 3);
      broker.dropConsumerChannels();
      expect(broker.inspect('q').map((m) => m.message.id)).toEqual(['a', 'b', 'c']);
    },
  );
});

describe('max length when a closed channel returns several messages at once (as measured on RabbitMQ 3.10.8)', () => {
  it.each([
    // rabbit_fifo drops the returned messages in one pass and dead-letters them newest first.
    ['quorum', ['h2', 'h1', 'h0']],
    ['classic', ['h0', 'h1', 'h2']],
  ] as const)('a %s queue drops all of them and dead-letters them in RabbitMQ order', async (type, dead) => {
    const { publish } = await brokerWith({ type, maxLength: 1 });
    const consumer = await holdingConsumer(3);
    await publish('h0', 'h1', 'h2');
    await broker.waitFor(() => consumer.held.length === 3);
    await publish('r');
    broker.dropConsumerChannels('q');
    expect(deadIds()).toEqual(dead);
    expect(broker.messages('q').map((m) => m.id)).toEqual(['r']);
  });
});

describe('service order after consumers were found full', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  // Measured on RabbitMQ 3.10.8 (corpus case "three full consumers with one message waiting"):
  // both queue types set aside a consumer found full while a message waited, and serve it again
  // from the back once it has room: freed C, A, B, the next messages go C, A, B.
  it.each(['quorum', 'classic'] as const)(
    '%s: consumers set aside while a message waited are served in the order they were freed',
    async (type) => {
      const { publish } = await brokerWith({ type });
      const got: string[] = [];
      const held = new Map<string, Delivery>();
      for (const name of ['A', 'B', 'C']) {
        await broker.createConsumer().consume(
          'q',
          async (delivery) => {
            got.push(`${name}:${delivery.message.id}`);
            if (delivery.message.id.startsWith('m')) {
              held.set(name, delivery);
              await never();
            }
            if (delivery.message.id.startsWith('n')) await never();
          },
          { prefetch: 1 },
        );
      }
      await publish('m0', 'm1', 'm2');
      await settle();
      await publish('x0');
      await settle();
      for (const name of ['C', 'A', 'B']) {
        held.get(name)?.ack();
        await settle();
      }
      await publish('n0', 'n1', 'n2');
      await settle();
      expect(got).toEqual(['A:m0', 'B:m1', 'C:m2', 'C:x0', 'C:n0', 'A:n1', 'B:n2']);
    },
  );

  it('classic: consumers never found full keep their round-robin places, whatever order they were freed in', async () => {
    const { publish } = await brokerWith({ type: 'classic' });
    const got: string[] = [];
    const held = new Map<string, Delivery>();
    for (const name of ['A', 'B', 'C']) {
      await broker.createConsumer().consume(
        'q',
        async (delivery) => {
          got.push(`${name}:${delivery.message.id}`);
          if (delivery.message.id.startsWith('m')) {
            held.set(name, delivery);
            await never();
          }
          if (delivery.message.id.startsWith('n')) await never();
        },
        { prefetch: 1 },
      );
    }
    await publish('m0', 'm1', 'm2');
    await settle();
    for (const name of ['C', 'A', 'B']) {
      held.get(name)?.ack();
      await settle();
    }
    await publish('n0', 'n1', 'n2');
    await settle();
    expect(got).toEqual(['A:m0', 'B:m1', 'C:m2', 'A:n0', 'B:n1', 'C:n2']);
  });
});
