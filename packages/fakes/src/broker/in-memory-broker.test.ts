import { hasErrorCode, type PublishError, type Topology } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';
import { TopologyMismatchError } from './topology-mismatch-error.js';

const topology: Topology = {
  exchanges: [
    { name: 'orders', type: 'topic' },
    { name: 'dlx', type: 'topic' },
  ],
  queues: [
    { name: 'work', bindings: [{ exchange: 'orders', pattern: 'order.#' }], deadLetterExchange: 'dlx' },
    { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] },
  ],
};

const event = (id: string, type = 'order.created') => ({
  id,
  type,
  payload: { id },
  occurredAt: new Date(0),
});

async function setup() {
  const clock = new FakeClock();
  const broker = new InMemoryBroker({ clock });
  await broker.declare(topology);
  return { clock, broker, publisher: broker.createPublisher({ exchange: 'orders' }) };
}

describe('InMemoryBroker helpers', () => {
  it('lists accepted messages in publish order with the queues they reached, not rejected ones', async () => {
    const { broker, publisher } = await setup();
    await publisher.publish(event('a'));
    await publisher.publish(event('x', 'invoice.sent')).catch(() => undefined);
    await publisher.publish(event('b', 'order.paid'));
    expect(broker.published.map((p) => [p.message.id, p.routingKey, p.queues])).toEqual([
      ['a', 'order.created', ['work']],
      ['b', 'order.paid', ['work']],
    ]);
    expect(broker.messages('work').map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('keeps what was published safe from later mutation by the publisher', async () => {
    const { broker, publisher } = await setup();
    const payload = { n: 1 };
    await publisher.publish({ ...event('a'), payload });
    payload.n = 2;
    expect(broker.messages('work')[0]?.payload).toEqual({ n: 1 });
  });

  it('waitFor resolves when the condition becomes true and rejects after its timeout', async () => {
    const { broker, publisher } = await setup();
    const waiting = broker.waitFor((b) => b.published.length === 2);
    await publisher.publish(event('a'));
    await publisher.publish(event('b'));
    await expect(waiting).resolves.toBeUndefined();
    await expect(broker.waitFor(() => false, 20)).rejects.toThrow(/within 20 ms/);
  });

  it('failNextPublish rejects the next publishes with the given reason, then publishing works again', async () => {
    const { broker, publisher } = await setup();
    broker.failNextPublish('disconnected', 2);
    const reasons = await Promise.all(
      ['a', 'b'].map((id) => publisher.publish(event(id)).catch((error: PublishError) => error.reason)),
    );
    expect(reasons).toEqual(['disconnected', 'disconnected']);
    await expect(publisher.publish(event('c'))).resolves.toBeUndefined();
    expect(broker.published.map((p) => p.message.id)).toEqual(['c']);
  });

  it('dropConsumerChannels requeues unacked messages as redelivered and ignores the old handler acks', async () => {
    const { broker, publisher } = await setup();
    await publisher.publish(event('a'));
    const seen: Array<[string, boolean]> = [];
    let release: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    await broker.createConsumer().consume('work', async (delivery) => {
      seen.push([delivery.message.id, delivery.redelivered]);
      if (!delivery.redelivered) await firstHeld;
    });
    await broker.waitFor(() => seen.length === 1);
    broker.dropConsumerChannels('work');
    release();
    await broker.waitFor(() => seen.length === 2);
    expect(seen).toEqual([
      ['a', false],
      ['a', true],
    ]);
    await broker.waitFor((b) => b.messages('work').length === 0);
  });

  it('expires messages on the injected clock only', async () => {
    const clock = new FakeClock();
    const broker = new InMemoryBroker({ clock });
    const ttl = {
      name: 'ttl',
      bindings: [{ exchange: 'orders', pattern: '#' }],
      deadLetterExchange: 'dlx',
      messageTtlMs: 1_000,
    };
    await broker.declare({
      exchanges: topology.exchanges,
      queues: [ttl, { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] }],
    });
    await broker.createPublisher({ exchange: 'orders' }).publish(event('a'));
    await clock.advance(999);
    expect(broker.messages('ttl')).toHaveLength(1);
    await clock.advance(1);
    expect(broker.messages('ttl')).toHaveLength(0);
    expect(broker.messages('dead').map((m) => m.id)).toEqual(['a']);
  });

  it('refuses unknown queues and exchanges and conflicting redeclarations, as RabbitMQ does', async () => {
    const { broker } = await setup();
    await expect(broker.createConsumer().consume('nope', () => undefined)).rejects.toSatisfy((e) =>
      hasErrorCode(e, 'NOT_FOUND'),
    );
    await expect(
      broker.declare({
        exchanges: [],
        queues: [{ name: 'q', bindings: [{ exchange: 'missing', pattern: '#' }] }],
      }),
    ).rejects.toSatisfy((e) => hasErrorCode(e, 'NOT_FOUND'));
    await expect(
      broker.declare({ exchanges: [], queues: [{ name: 'work', bindings: [], messageTtlMs: 5 }] }),
    ).rejects.toBeInstanceOf(TopologyMismatchError);
  });

  it.each([
    ['quorum', ['b', 'c', 'a']],
    ['classic', ['a', 'b', 'c']],
  ] as const)(
    'a %s queue takes a channel-dropped message back as RabbitMQ 3.10 does',
    async (type, order) => {
      const broker = new InMemoryBroker({ clock: new FakeClock() });
      await broker.declare({
        exchanges: [{ name: 'orders', type: 'topic' }],
        queues: [{ name: 'q', type, bindings: [{ exchange: 'orders', pattern: '#' }] }],
      });
      const publisher = broker.createPublisher({ exchange: 'orders' });
      for (const id of ['a', 'b', 'c']) await publisher.publish(event(id));
      const held: string[] = [];
      await broker.createConsumer().consume(
        'q',
        async (delivery) => {
          held.push(delivery.message.id);
          if (delivery.message.id === 'a' && !delivery.redelivered) delivery.nack({ requeue: true });
          await new Promise<void>(() => undefined);
        },
        { prefetch: 1 },
      );
      await broker.waitFor(() => held.length === 2);
      // quorum: `a` went to the back when nacked; classic: back in its place, so it is delivered again.
      broker.dropConsumerChannels('q');
      expect(broker.inspect('q').map((m) => m.message.id)).toEqual(
        type === 'quorum' ? ['b', 'c', 'a'] : order,
      );
      expect(broker.inspect('q').map((m) => [m.redelivered, m.brokerHeaders['x-delivery-count']])).toEqual(
        type === 'quorum'
          ? [
              [true, 1],
              [false, 0],
              [true, 1],
            ]
          : [
              [true, undefined],
              [false, undefined],
              [false, undefined],
            ],
      );
    },
  );

  it('writes x-death and x-first-death-* as RabbitMQ does, and drops a dead letter that would cycle without a rejection', async () => {
    const clock = new FakeClock();
    const broker = new InMemoryBroker({ clock });
    await broker.declare({
      exchanges: [
        { name: 'orders', type: 'topic' },
        { name: 'later', type: 'topic' },
      ],
      queues: [
        {
          name: 'work',
          bindings: [{ exchange: 'orders', pattern: 'order.*' }],
          deadLetterExchange: 'later',
          messageTtlMs: 10,
        },
        {
          name: 'delay',
          bindings: [{ exchange: 'later', pattern: '#' }],
          deadLetterExchange: 'orders',
          messageTtlMs: 10,
        },
      ],
    });
    await broker.createPublisher({ exchange: 'orders' }).publish(event('a'));
    await clock.advance(10);
    expect(broker.inspect('delay')[0]?.brokerHeaders).toEqual({
      'x-death': [
        { count: 1, reason: 'expired', queue: 'work', exchange: 'orders', 'routing-keys': ['order.created'] },
      ],
      'x-first-death-reason': 'expired',
      'x-first-death-queue': 'work',
      'x-first-death-exchange': 'orders',
      'x-delivery-count': 0,
    });
    expect(broker.inspect('delay')[0]?.exchange).toBe('later');
    // Expiring from `delay` back into `work`, where it already expired with no rejection since: dropped.
    await clock.advance(10);
    expect([broker.messages('work'), broker.messages('delay')]).toEqual([[], []]);
  });
});
