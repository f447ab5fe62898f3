import type { Delivery, QueueType, Subscription } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// A settlement frees the window and RabbitMQ hands out the next message before it reads a cancel
// sent right after: that delivery reaches the AMQP consumer after stop(), which nacks it back
// (requeue) instead of running the handler. The fake must not run a handler after stop() either.

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });

let broker: InMemoryBroker;

afterEach(() => broker?.close());

async function settleThenStop(type: QueueType, ids: readonly string[], settle: (d: Delivery) => void) {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [{ name: 'invoices', type: 'topic' }],
    queues: [{ name: 'q', type, bindings: [{ exchange: 'invoices', pattern: '#' }] }],
  });
  const publisher = broker.createPublisher({ exchange: 'invoices' });
  for (const id of ids) await publisher.publish(event(id));
  const handled: string[] = [];
  let subscription: Subscription | undefined;
  let stopping: Promise<void> | undefined;
  let first = true;
  subscription = await broker.createConsumer().consume(
    'q',
    (delivery) => {
      handled.push(delivery.message.id);
      if (!first) return;
      first = false;
      settle(delivery);
      stopping = subscription?.stop();
    },
    { prefetch: 1 },
  );
  await broker.waitFor(() => stopping !== undefined);
  await stopping;
  const left = broker.inspect('q').map((m) => `${m.message.id}:${m.redelivered}`);
  const counts = broker.inspect('q').map((m) => m.brokerHeaders['x-delivery-count'] ?? '-');
  return { handled, left, counts };
}

describe('a handler that settles and then calls stop()', () => {
  it('on a quorum queue: the next message is handed back to the back of the queue, counted', async () => {
    expect(await settleThenStop('quorum', ['m0', 'm1', 'm2'], (d) => d.ack())).toEqual({
      handled: ['m0'],
      left: ['m2:false', 'm1:true'],
      counts: [0, 1],
    });
  });

  it('on a classic queue: the next message is handed back to its place, redelivered', async () => {
    expect(await settleThenStop('classic', ['m0', 'm1', 'm2'], (d) => d.ack())).toEqual({
      handled: ['m0'],
      left: ['m1:true', 'm2:false'],
      counts: ['-', '-'],
    });
  });

  it.each(['quorum', 'classic'] as const)(
    'on a %s queue, a requeue is not run again after stop()',
    async (type) => {
      const { handled, left } = await settleThenStop(type, ['m0', 'm1'], (d) => d.nack());
      expect(handled).toEqual(['m0']);
      expect(left).toEqual(type === 'quorum' ? ['m0:true', 'm1:true'] : ['m0:true', 'm1:false']);
    },
  );

  it('a delivery whose handler started before stop() still runs and settles', async () => {
    broker = new InMemoryBroker({ clock: new FakeClock() });
    await broker.declare({
      exchanges: [{ name: 'invoices', type: 'topic' }],
      queues: [{ name: 'q', bindings: [{ exchange: 'invoices', pattern: '#' }] }],
    });
    await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handled: string[] = [];
    const subscription = await broker.createConsumer().consume('q', async (delivery) => {
      handled.push(delivery.message.id);
      await held;
    });
    await broker.waitFor(() => handled.length === 1);
    const stopping = subscription.stop();
    release();
    await stopping;
    expect(broker.messages('q')).toEqual([]);
  });
});
