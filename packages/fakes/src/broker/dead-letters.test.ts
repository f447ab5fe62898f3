import type { Delivery, Subscription } from '@seams/ports';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// Dead-letter loops and the records RabbitMQ keeps on them (x-death, cycle detection, missing
// dead-letter exchanges), the adapter's own delivery-limit deaths, and waitFor's wake-ups.

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });

let broker: InMemoryBroker;
let clock: FakeClock;

afterEach(() => {
  vi.useRealTimers();
  broker?.close();
});

function newBroker() {
  clock = new FakeClock();
  broker = new InMemoryBroker({ clock });
  return broker;
}

const xDeath = (queue: string) =>
  broker.inspect(queue).map((m) => m.brokerHeaders['x-death'] as Array<Record<string, unknown>>);

describe('dead-letter loops', () => {
  // Measured on RabbitMQ 3.10 (quorum and classic): dying in work, h1, h2 in turn gives x-death
  // h2, work, h1. Each death puts its own entry first and the earlier ones in reverse order.
  // RabbitMQ's cycle check reads x-death in that order: after work (rejected), a and b (expired)
  // the list is b, work, a, so the way back to a passes the rejection and is not a cycle; every
  // later round keeps the rejection ahead of the queue it returns to. Measured: it loops on.
  it('an expiry loop that began with a rejection keeps looping, as the x-death order makes it', async () => {
    newBroker();
    await broker.declare({
      exchanges: ['invoices', 'xa', 'xb'].map((name) => ({ name, type: 'topic' as const })),
      queues: [
        { name: 'work', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'xa' },
        {
          name: 'a',
          bindings: [{ exchange: 'xa', pattern: '#' }],
          messageTtlMs: 10,
          deadLetterExchange: 'xb',
        },
        {
          name: 'b',
          bindings: [{ exchange: 'xb', pattern: '#' }],
          messageTtlMs: 10,
          deadLetterExchange: 'xa',
        },
        { name: 'witness', bindings: [{ exchange: 'xa', pattern: '#' }] },
      ],
    });
    const subscription = await broker.createConsumer().consume('work', (d) => d.nack({ requeue: false }));
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    await broker.waitFor((b) => b.messages('a').length === 1);
    await subscription.stop();
    for (let round = 0; round < 6; round += 1) await clock.advance(10);
    expect(broker.messages('witness').length).toBeGreaterThanOrEqual(3);
  });

  it('a chain of three deaths: x-death lists the latest first, then the others reversed', async () => {
    newBroker();
    const hop = (name: string, from: string, to?: string) => ({
      name,
      bindings: [{ exchange: from, pattern: '#' }],
      ...(to === undefined ? {} : { deadLetterExchange: to }),
    });
    await broker.declare({
      exchanges: ['invoices', 'x1', 'x2', 'x3'].map((name) => ({ name, type: 'topic' as const })),
      queues: [hop('work', 'invoices', 'x1'), hop('h1', 'x1', 'x2'), hop('h2', 'x2', 'x3'), hop('end', 'x3')],
    });
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    for (const queue of ['work', 'h1', 'h2']) {
      const subscription = await broker.createConsumer().consume(queue, (d) => d.nack({ requeue: false }));
      await broker.waitFor((b) => b.messages(queue).length === 0 && b.published.length === 1);
      await subscription.stop();
    }
    await broker.waitFor((b) => b.messages('end').length === 1);
    expect(xDeath('end')[0]?.map((entry) => entry.queue)).toEqual(['h2', 'work', 'h1']);
    expect(broker.inspect('end')[0]?.brokerHeaders['x-first-death-queue']).toBe('work');
  });

  it('a retry loop keeps one x-death entry per queue and reason, counting, the latest death first', async () => {
    newBroker();
    await broker.declare({
      exchanges: [
        { name: 'invoices', type: 'topic' },
        { name: 'retry', type: 'topic' },
      ],
      queues: [
        { name: 'work', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'retry' },
        {
          name: 'delay',
          bindings: [{ exchange: 'retry', pattern: '#' }],
          deadLetterExchange: 'invoices',
          messageTtlMs: 10,
        },
      ],
    });
    const rejections: number[] = [];
    const subscription = await broker.createConsumer().consume('work', (delivery) => {
      rejections.push(rejections.length + 1);
      delivery.nack({ requeue: false });
    });
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    await broker.waitFor((b) => b.messages('delay').length === 1);
    await clock.advance(10);
    await broker.waitFor((b) => rejections.length === 2 && b.messages('delay').length === 1);
    await subscription.stop();
    expect(xDeath('delay')).toEqual([
      [
        {
          count: 2,
          reason: 'rejected',
          queue: 'work',
          exchange: 'invoices',
          'routing-keys': ['invoice.issued'],
        },
        {
          count: 1,
          reason: 'expired',
          queue: 'delay',
          exchange: 'retry',
          'routing-keys': ['invoice.issued'],
        },
      ],
    ]);
    await clock.advance(10);
    expect(xDeath('work')).toEqual([
      [
        {
          count: 2,
          reason: 'expired',
          queue: 'delay',
          exchange: 'retry',
          'routing-keys': ['invoice.issued'],
        },
        {
          count: 2,
          reason: 'rejected',
          queue: 'work',
          exchange: 'invoices',
          'routing-keys': ['invoice.issued'],
        },
      ],
    ]);
    expect(broker.inspect('work')[0]?.brokerHeaders['x-first-death-reason']).toBe('rejected');
  });

  it('a queue dead-lettering into itself drops the message once it died there with no rejection since', async () => {
    newBroker();
    await broker.declare({
      exchanges: [
        { name: 'invoices', type: 'topic' },
        { name: 'dlx', type: 'topic' },
      ],
      queues: [
        { name: 'work', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'dlx' },
        {
          name: 'delay',
          bindings: [{ exchange: 'dlx', pattern: '#' }],
          deadLetterExchange: 'dlx',
          messageTtlMs: 10,
        },
      ],
    });
    await broker.createConsumer().consume('work', (delivery) => delivery.nack({ requeue: false }));
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    await broker.waitFor((b) => b.messages('delay').length === 1);
    // Its last death in `delay` would be the expiry itself: the rejection in `work` came before.
    await clock.advance(10);
    expect([broker.messages('delay'), broker.messages('work')]).toEqual([[], []]);
  });

  it('the consumer counts its own delivery-limit deaths per queue, and a delivery reports the latest death', async () => {
    newBroker();
    await broker.declare({
      exchanges: [
        { name: 'invoices', type: 'topic' },
        { name: 'retry', type: 'topic' },
      ],
      queues: [
        { name: 'work', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'retry' },
        {
          name: 'delay',
          bindings: [{ exchange: 'retry', pattern: '#' }],
          deadLetterExchange: 'invoices',
          messageTtlMs: 10,
        },
        { name: 'parked', bindings: [{ exchange: 'retry', pattern: '#' }] },
      ],
    });
    const seen: Array<Delivery['deadLetter']> = [];
    const failing = await broker.createConsumer().consume(
      'work',
      (delivery) => {
        seen.push(delivery.deadLetter);
        throw new Error('handler failed');
      },
      { maxDeliveries: 1 },
    );
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    await broker.waitFor((b) => b.messages('delay').length === 1);
    await clock.advance(10);
    await broker.waitFor((b) => b.messages('parked').length === 2);
    await failing.stop();
    expect(seen).toEqual([undefined, { reason: 'expired', queue: 'delay', count: 1 }]);
    const parked: Array<Delivery['deadLetter']> = [];
    await broker.createConsumer().consume('parked', (delivery) => {
      parked.push(delivery.deadLetter);
    });
    await broker.waitFor(() => parked.length === 2);
    expect(parked).toEqual([
      { reason: 'delivery_limit', queue: 'work', count: 1 },
      { reason: 'delivery_limit', queue: 'work', count: 2 },
    ]);
  });

  it('a dead-letter exchange that does not exist drops the message silently, as RabbitMQ does', async () => {
    newBroker();
    await broker.declare({
      exchanges: [{ name: 'invoices', type: 'topic' }],
      queues: [
        {
          name: 'expiring',
          bindings: [{ exchange: 'invoices', pattern: 'invoice.issued' }],
          deadLetterExchange: 'ghost',
          messageTtlMs: 10,
        },
        { name: 'failing', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'ghost' },
      ],
    });
    const attempts: string[] = [];
    await broker.createConsumer().consume(
      'failing',
      (delivery) => {
        attempts.push(delivery.message.id);
        throw new Error('handler failed');
      },
      { maxDeliveries: 1 },
    );
    const publisher = broker.createPublisher({ exchange: 'invoices' });
    await publisher.publish(event('a'));
    await clock.advance(10);
    // RabbitMQ drops what it dead-letters itself (the expired copy); at the delivery limit the AMQP
    // adapter finds `ghost` missing and rejects, which RabbitMQ drops too (broker corpus, r16).
    await broker.waitFor((b) => attempts.length === 1 && b.messages('failing').length === 0);
    // The consumer goes on: the next message is handled too.
    await publisher.publish({ ...event('b'), type: 'invoice.paid' });
    await broker.waitFor(() => attempts.length === 2);
    expect([broker.messages('expiring'), broker.messages('failing'), attempts]).toEqual([[], [], ['a', 'b']]);
  });
});

describe('delivery counts across consumers', () => {
  it.each([
    ['quorum', 3],
    ['classic', 2],
  ] as const)(
    'a %s queue: another consumer taking over a message requeued twice reports deliveryCount %i',
    async (type, expected) => {
      newBroker();
      await broker.declare({
        exchanges: [{ name: 'invoices', type: 'topic' }],
        queues: [{ name: 'q', type, bindings: [{ exchange: 'invoices', pattern: '#' }] }],
      });
      const first: number[] = [];
      let firstSubscription: Subscription | undefined;
      firstSubscription = await broker.createConsumer().consume('q', (delivery) => {
        first.push(delivery.deliveryCount);
        // quorum: the queue counts the returns; classic: only this consumer knew of them.
        if (first.length === 2) void firstSubscription?.stop();
        delivery.nack({ requeue: true });
      });
      await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
      await broker.waitFor(() => first.length === 2);
      const next: Delivery[] = [];
      await broker.createConsumer().consume('q', (delivery) => {
        next.push(delivery);
      });
      await broker.waitFor(() => next.length === 1);
      expect([first, next[0]?.redelivered, next[0]?.deliveryCount]).toEqual([[1, 2], true, expected]);
    },
  );
});

describe('settling from outside the handler', () => {
  it('nack() with no options, called after the handler returned, requeues', async () => {
    newBroker();
    await broker.declare({
      exchanges: [{ name: 'invoices', type: 'topic' }],
      queues: [{ name: 'q', bindings: [{ exchange: 'invoices', pattern: '#' }] }],
    });
    const held: Delivery[] = [];
    await broker.createConsumer().consume('q', (delivery) => {
      held.push(delivery);
      return new Promise<void>(() => undefined);
    });
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    await broker.waitFor(() => held.length === 1);
    held[0]?.nack();
    await broker.waitFor(() => held.length === 2);
    expect(held.map((d) => [d.message.id, d.redelivered])).toEqual([
      ['a', false],
      ['a', true],
    ]);
  });
});

describe('waitFor wakes on every change in the broker, not only on its poll', () => {
  /** Resolves `predicate` with waitFor's 10 ms poll frozen: only the broker's notifications can. */
  async function woken(predicate: (b: InMemoryBroker) => boolean, action: () => unknown): Promise<void> {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      const waiting = broker.waitFor(predicate);
      await action();
      await waiting;
    } finally {
      vi.useRealTimers();
    }
  }

  it('publish, delivery, settlement, expiry, dead-lettering and dropped channels each wake it', async () => {
    newBroker();
    await broker.declare({
      exchanges: [
        { name: 'invoices', type: 'topic' },
        { name: 'dlx', type: 'topic' },
      ],
      queues: [
        {
          name: 'q',
          bindings: [{ exchange: 'invoices', pattern: '#' }],
          deadLetterExchange: 'dlx',
          messageTtlMs: 100,
        },
        { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] },
      ],
    });
    const publisher = broker.createPublisher({ exchange: 'invoices' });
    await woken(
      (b) => b.messages('q').length === 1,
      () => publisher.publish(event('expires')),
    );
    await woken(
      (b) => b.messages('dead').length === 1,
      () => clock.advance(100),
    );
    const held: Delivery[] = [];
    await broker.createConsumer().consume(
      'q',
      (delivery) => {
        held.push(delivery);
        return new Promise<void>(() => undefined);
      },
      { prefetch: 1 },
    );
    await publisher.publish(event('a'));
    await woken(
      (b) => b.messages('q').length === 0,
      () => undefined,
    );
    await broker.waitFor(() => held.length === 1);
    await woken(
      (b) => b.messages('q').length === 1,
      () => broker.dropConsumerChannels(),
    );
    await broker.waitFor(() => held.length === 2);
    await woken(
      (b) => b.messages('dead').length === 2,
      () => held[1]?.nack({ requeue: false }),
    );
    await publisher.publish(event('b'));
    await broker.waitFor(() => held.length === 3);
    // An ack changes nothing a test can read from the broker, but it must still wake waitFor.
    let acking = false;
    await woken(
      () => acking,
      () => {
        acking = true;
        held[2]?.ack();
      },
    );
    expect([held.map((d) => d.message.id), broker.messages('dead').map((m) => m.id)]).toEqual([
      ['a', 'a', 'b'],
      ['expires', 'a'],
    ]);
  });
});

describe('dead letters caused by a publish', () => {
  // Measured on RabbitMQ 3.10 (quorum and classic): a queue that drops its head dead-letters it
  // as a new publish of its own, after the message that pushed it out reached every queue it was
  // routed to. A witness beside a max-length-1 queue dead-lettering into the same exchange gets
  // a, b, a (dead), c, b (dead); routed in the middle of the publish it would get a, a (dead), b.
  it('routes a max-length dead letter only after the publish reached all its queues', async () => {
    newBroker();
    await broker.declare({
      exchanges: [{ name: 'invoices', type: 'topic' }],
      queues: [
        {
          name: 'work',
          bindings: [{ exchange: 'invoices', pattern: '#' }],
          deadLetterExchange: 'invoices',
          maxLength: 1,
        },
        { name: 'witness', bindings: [{ exchange: 'invoices', pattern: '#' }] },
      ],
    });
    const publisher = broker.createPublisher({ exchange: 'invoices' });
    for (const id of ['a', 'b', 'c']) await publisher.publish(event(id));
    const witness = broker
      .inspect('witness')
      .map((m) => `${m.message.id}${m.brokerHeaders['x-death'] ? ' (dead)' : ''}`);
    expect(witness).toEqual(['a', 'b', 'a (dead)', 'c', 'b (dead)']);
    expect(broker.messages('work').map((m) => m.id)).toEqual(['c']);
  });

  // The same for a dead letter: RabbitMQ 3.10 quorum queues gave the witness rejected, then
  // maxlen, in every run; classic queues gave either order (two processes race), so this is one
  // of the orders RabbitMQ shows for both.
  it('a dead letter reaches all its queues before the deaths it causes there are routed', async () => {
    newBroker();
    await broker.declare({
      exchanges: ['invoices', 'dlx', 'dlx2'].map((name) => ({ name, type: 'topic' as const })),
      queues: [
        { name: 'work', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'dlx' },
        {
          name: 'full',
          bindings: [{ exchange: 'dlx', pattern: '#' }],
          deadLetterExchange: 'dlx2',
          maxLength: 0,
        },
        {
          name: 'seen',
          bindings: [
            { exchange: 'dlx', pattern: '#' },
            { exchange: 'dlx2', pattern: '#' },
          ],
        },
      ],
    });
    const subscription = await broker.createConsumer().consume('work', (d) => d.nack({ requeue: false }));
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    await broker.waitFor((b) => b.messages('seen').length === 2);
    await subscription.stop();
    const reasons = broker
      .inspect('seen')
      .map((m) => (m.brokerHeaders['x-death'] as Array<{ reason: string }>)[0]?.reason);
    expect(reasons).toEqual(['rejected', 'maxlen']);
  });
});

describe('returned by a dropped channel past their TTL and over the length limit', () => {
  // Measured on RabbitMQ 3.10.8 (broker corpus, r25): two held past a TTL of 300 ms, one waiting,
  // max length 1; the connection drops. rabbit_fifo expires before it evaluates the limit; a classic
  // queue's requeue_and_run drops over the limit before it expires.
  it.each([
    ['quorum', 'expired'],
    ['classic', 'maxlen'],
  ] as const)('%s: the returned ones die %s', async (type, reason) => {
    newBroker();
    await broker.declare({
      exchanges: ['invoices', 'dlx'].map((name) => ({ name, type: 'topic' as const })),
      queues: [
        {
          name: 'work',
          type,
          bindings: [{ exchange: 'invoices', pattern: '#' }],
          deadLetterExchange: 'dlx',
          messageTtlMs: 300,
          maxLength: 1,
        },
        { name: 'dead', type, bindings: [{ exchange: 'dlx', pattern: '#' }] },
      ],
    });
    const held = new Promise<void>(() => undefined);
    await broker.createConsumer().consume('work', () => held, { prefetch: 2 });
    const publisher = broker.createPublisher({ exchange: 'invoices' });
    await publisher.publish(event('m0'));
    await publisher.publish(event('m1'));
    await broker.waitFor((b) => b.messages('work').length === 0);
    await clock.advance(400);
    await publisher.publish(event('m2'));
    broker.dropConsumerChannels();
    await broker.waitFor((b) => b.messages('dead').length === 2);
    expect(broker.inspect('dead').map((m) => m.brokerHeaders['x-first-death-reason'])).toEqual([
      reason,
      reason,
    ]);
  });
});

describe('one returned past its TTL, one within it, over the length limit', () => {
  // Measured on RabbitMQ 3.10.8 (broker corpus, r25): m0 held past a TTL of 1,200 ms, m1 within it,
  // m2 waiting, max length 1; the connection drops. A quorum queue's one command sends the length
  // limit's dead letter before the expired one; a classic queue drops both over the limit, in order.
  it.each([
    ['quorum', ['m1:maxlen', 'm0:expired']],
    ['classic', ['m0:maxlen', 'm1:maxlen']],
  ] as const)('%s: dead letters %j', async (type, expected) => {
    newBroker();
    await broker.declare({
      exchanges: ['invoices', 'dlx'].map((name) => ({ name, type: 'topic' as const })),
      queues: [
        {
          name: 'work',
          type,
          bindings: [{ exchange: 'invoices', pattern: '#' }],
          deadLetterExchange: 'dlx',
          messageTtlMs: 1_200,
          maxLength: 1,
        },
        { name: 'dead', type, bindings: [{ exchange: 'dlx', pattern: '#' }] },
      ],
    });
    const held = new Promise<void>(() => undefined);
    await broker.createConsumer().consume('work', () => held, { prefetch: 2 });
    const publisher = broker.createPublisher({ exchange: 'invoices' });
    await publisher.publish(event('m0'));
    await clock.advance(700);
    await publisher.publish(event('m1'));
    await broker.waitFor((b) => b.messages('work').length === 0);
    await clock.advance(600);
    await publisher.publish(event('m2'));
    broker.dropConsumerChannels();
    await broker.waitFor((b) => b.messages('dead').length === 2);
    expect(
      broker.inspect('dead').map((m) => `${m.message.id}:${String(m.brokerHeaders['x-first-death-reason'])}`),
    ).toEqual(expected);
  });
});
