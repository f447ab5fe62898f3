import { hasErrorCode, type PublishError, type Topology } from '@seams/ports';
import { describe, expect, it, vi } from 'vitest';
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

  it('take empties a queue as basic.get would, oldest first, leaving later publishes to consumers', async () => {
    const { broker, publisher } = await setup();
    await publisher.publish(event('a'));
    await publisher.publish(event('b'));
    expect(broker.take('work').map((m) => [m.message.id, m.routingKey, m.redelivered])).toEqual([
      ['a', 'order.created', false],
      ['b', 'order.created', false],
    ]);
    expect(broker.messages('work')).toEqual([]);
    expect(broker.take('work')).toEqual([]);
    await publisher.publish(event('c'));
    const got: string[] = [];
    await broker.createConsumer().consume('work', ({ message }) => {
      got.push(message.id);
    });
    await broker.waitFor(() => got.length === 1);
    expect(got).toEqual(['c']);
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

  it('rejects publishes RabbitMQ would not route, saying why, and a closed publisher', async () => {
    const { broker, publisher } = await setup();
    const failure = (promise: Promise<void>) =>
      promise.then(
        () => undefined,
        (error: PublishError) => [error.reason, error.message],
      );
    expect(await failure(broker.createPublisher({ exchange: 'nowhere' }).publish(event('a')))).toEqual([
      'unroutable',
      'exchange nowhere does not exist',
    ]);
    expect(await failure(publisher.publish(event('b', 'invoice.sent')))).toEqual([
      'unroutable',
      'no queue is bound to orders for routing key invoice.sent',
    ]);
    await publisher.close();
    expect(await failure(publisher.publish(event('c')))).toEqual([
      'closed',
      'publisher for orders is closed',
    ]);
    expect(broker.published).toEqual([]);
  });

  it('failNextPublish defaults to one publish nacked', async () => {
    const { broker, publisher } = await setup();
    broker.failNextPublish();
    const first = await publisher.publish(event('a')).catch((error: PublishError) => error);
    expect([(first as PublishError).reason, (first as PublishError).message]).toEqual([
      'nacked',
      'injected publish failure (nacked)',
    ]);
    await publisher.publish(event('b'));
    expect(broker.messages('work').map((m) => m.id)).toEqual(['b']);
  });

  it('waitFor also sees conditions on the test state that change without the broker', async () => {
    const { broker } = await setup();
    let ready = false;
    const waiting = broker.waitFor(() => ready, 1_000);
    setTimeout(() => {
      ready = true;
    }, 5);
    await expect(waiting).resolves.toBeUndefined();
  });

  it('waitFor leaves no timer behind once it resolves or times out', async () => {
    const { broker, publisher } = await setup();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const published = broker.waitFor((b) => b.published.length === 1);
      const never = broker.waitFor(() => false, 50).catch((error: Error) => error.message);
      await publisher.publish(event('a'));
      await published;
      await vi.advanceTimersByTimeAsync(50);
      expect(await never).toBe('InMemoryBroker.waitFor: condition not met within 50 ms');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('messages and inspect of a queue never declared throw NotFoundError', async () => {
    const { broker } = await setup();
    expect(() => broker.messages('nope')).toThrow('queue nope was not found');
    expect(() => broker.inspect('nope')).toThrow('queue nope was not found');
  });

  it('carries a header of -0 as 0, as amqplib encodes it', async () => {
    const { broker, publisher } = await setup();
    await publisher.publish({ ...event('a'), headers: { offset: -0, name: 'x' } });
    expect(Object.is(broker.messages('work')[0]?.headers?.offset, 0)).toBe(true);
    expect(broker.messages('work')[0]?.headers?.name).toBe('x');
  });

  // Outside the port's types, as an untyped caller could send them: amqplib throws on some (after
  // taking a confirm slot: the adapter's channel closed) and RabbitMQ drops others, so the port's
  // validation refuses them all at the edge, on the fake as on the adapter.
  it('refuses ids, types and header values outside the port types with a ValidationError, and takes the next', async () => {
    const { broker, publisher } = await setup();
    const refused = [
      { ...event('a'), id: 5 },
      { ...event('b'), type: 7 },
      { ...event('c'), correlationId: 3 },
      { ...event('d'), headers: { h: 1n } },
      { ...event('e'), headers: { h: null } },
      { ...event('f'), headers: { h: new Date(0) } },
      { ...event('g'), headers: null },
      { ...event('h'), type: undefined },
    ];
    for (const message of refused) {
      await expect(publisher.publish(message as never)).rejects.toSatisfy((error) =>
        hasErrorCode(error, 'VALIDATION_FAILED'),
      );
    }
    await publisher.publish(event('ok'));
    expect(broker.messages('work').map((m) => m.id)).toEqual(['ok']);
  });

  it('a queue without a TTL puts no timer on the clock', async () => {
    const { clock, publisher } = await setup();
    await publisher.publish(event('a'));
    expect(clock.pendingTimers).toBe(0);
  });

  it('dropConsumerChannels(queue) drops only the subscriptions on that queue', async () => {
    const { broker, publisher } = await setup();
    await broker.declare({
      exchanges: [],
      queues: [{ name: 'audit', bindings: [{ exchange: 'orders', pattern: '#' }] }],
    });
    const seen: string[] = [];
    for (const queue of ['work', 'audit']) {
      await broker.createConsumer().consume(queue, async (delivery) => {
        seen.push(`${queue}:${delivery.message.id}:${delivery.redelivered}`);
        await new Promise<void>(() => undefined);
      });
    }
    await publisher.publish(event('a'));
    await broker.waitFor(() => seen.length === 2);
    broker.dropConsumerChannels('audit');
    expect([broker.messages('work'), broker.messages('audit').map((m) => m.id)]).toEqual([[], ['a']]);
    await broker.waitFor(() => seen.length === 3);
    expect(seen.sort()).toEqual(['audit:a:false', 'audit:a:true', 'work:a:false']);
  });

  it('inspect shows a fresh message as RabbitMQ hands it out: its exchange, routing key, no deaths', async () => {
    const { broker, publisher } = await setup();
    await publisher.publish(event('a', 'order.paid'));
    expect(broker.inspect('work')).toEqual([
      {
        message: event('a', 'order.paid'),
        routingKey: 'order.paid',
        exchange: 'orders',
        redelivered: false,
        brokerHeaders: { 'x-delivery-count': 0 },
      },
    ]);
  });

  it('drops a dead message when its queue has no dead-letter exchange, as RabbitMQ does', async () => {
    const clock = new FakeClock();
    const broker = new InMemoryBroker({ clock });
    await broker.declare({
      exchanges: topology.exchanges,
      queues: [
        { name: 'plain', bindings: [{ exchange: 'orders', pattern: '#' }], messageTtlMs: 10 },
        { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] },
      ],
    });
    const publisher = broker.createPublisher({ exchange: 'orders' });
    await publisher.publish(event('expires'));
    await clock.advance(10);
    const seen: string[] = [];
    await broker.createConsumer().consume(
      'plain',
      (delivery) => {
        seen.push(delivery.message.id);
        if (delivery.message.id === 'rejected') delivery.nack({ requeue: false });
        else throw new Error('handler failed');
      },
      { maxDeliveries: 1 },
    );
    await publisher.publish(event('rejected'));
    await publisher.publish(event('failed'));
    await broker.waitFor((b) => seen.length === 2 && b.messages('plain').length === 0);
    expect([broker.messages('plain'), broker.messages('dead')]).toEqual([[], []]);
  });

  it('a dead letter carries the deaths of every queue it died in, latest first', async () => {
    const clock = new FakeClock();
    const broker = new InMemoryBroker({ clock });
    await broker.declare({
      exchanges: [...topology.exchanges, { name: 'last', type: 'topic' }],
      queues: [
        { name: 'work', bindings: [{ exchange: 'orders', pattern: '#' }], deadLetterExchange: 'dlx' },
        {
          name: 'parked',
          bindings: [{ exchange: 'dlx', pattern: '#' }],
          deadLetterExchange: 'last',
          messageTtlMs: 10,
        },
        { name: 'final', bindings: [{ exchange: 'last', pattern: '#' }] },
      ],
    });
    await broker.createConsumer().consume('work', (delivery) => delivery.nack({ requeue: false }));
    await broker.createPublisher({ exchange: 'orders' }).publish(event('a'));
    await broker.waitFor((b) => b.messages('parked').length === 1);
    await clock.advance(10);
    expect(broker.inspect('final')[0]?.brokerHeaders).toEqual({
      'x-death': [
        { count: 1, reason: 'expired', queue: 'parked', exchange: 'dlx', 'routing-keys': ['order.created'] },
        {
          count: 1,
          reason: 'rejected',
          queue: 'work',
          exchange: 'orders',
          'routing-keys': ['order.created'],
        },
      ],
      'x-first-death-reason': 'rejected',
      'x-first-death-queue': 'work',
      'x-first-death-exchange': 'orders',
      'x-delivery-count': 0,
    });
    expect(broker.inspect('final')[0]?.exchange).toBe('last');
  });
});

describe('TopologyMismatchError', () => {
  it.each([
    [{ type: 'classic' as const }, 'type'],
    [{ deadLetterExchange: 'other' }, 'deadLetterExchange'],
    [{ messageTtlMs: 5 }, 'messageTtlMs'],
    [{ maxLength: 5 }, 'maxLength'],
  ])('a queue redeclared with %o is refused, naming %s, with the adapter code', async (change, argument) => {
    const { broker } = await setup();
    const redeclared = { ...topology.queues[0], name: 'work', bindings: [], ...change };
    const error = await broker.declare({ exchanges: [], queues: [redeclared] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TopologyMismatchError);
    expect(error).toMatchObject({
      name: 'TopologyMismatchError',
      code: 'AMQP_TOPOLOGY_REJECTED',
      queue: 'work',
      argument,
      message: `queue work already exists with a different ${argument}`,
    });
  });

  it('a redeclaration that spells out the defaults is the same queue', async () => {
    const { broker } = await setup();
    await expect(
      broker.declare({
        exchanges: [],
        queues: [{ name: 'dead', type: 'quorum', bindings: [{ exchange: 'dlx', pattern: '#' }] }],
      }),
    ).resolves.toBeUndefined();
  });
});
