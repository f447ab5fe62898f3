import type { Delivery } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// A consumer keeps making progress: after a message it gave up on, while its handlers wait on I/O,
// and across several consumers where one is full.

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });

let broker: InMemoryBroker;

afterEach(() => broker?.close());

async function brokerWithQueue() {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [
      { name: 'invoices', type: 'topic' },
      { name: 'dlx', type: 'topic' },
    ],
    queues: [
      { name: 'q', bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'dlx' },
      { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] },
    ],
  });
  const publisher = broker.createPublisher({ exchange: 'invoices' });
  return async (...ids: string[]) => {
    for (const id of ids) await publisher.publish(event(id));
  };
}

describe('consumer progress', () => {
  it('after giving up on a message at the delivery limit, a full consumer takes the next one', async () => {
    const publish = await brokerWithQueue();
    await publish('a', 'b');
    const attempts: string[] = [];
    await broker.createConsumer().consume(
      'q',
      (delivery) => {
        attempts.push(delivery.message.id);
        throw new Error('handler failed');
      },
      { prefetch: 1, maxDeliveries: 1 },
    );
    await broker.waitFor((b) => b.messages('dead').length === 2);
    expect(attempts).toEqual(['a', 'b']);
  });

  it('stop() waits for a handler that is waiting on I/O, then its ack settles the message', async () => {
    const publish = await brokerWithQueue();
    let finished = false;
    const subscription = await broker.createConsumer().consume('q', async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await new Promise<void>((resolve) => setImmediate(resolve));
      finished = true;
    });
    await publish('a');
    await broker.waitFor((b) => b.messages('q').length === 0);
    await subscription.stop();
    expect(finished).toBe(true);
  });

  it('round-robin resumes after the consumer that was served, not after a full one it skipped', async () => {
    const publish = await brokerWithQueue();
    const consumers = [1, 3, 3].map((prefetch) => ({ prefetch, held: [] as Delivery[] }));
    for (const consumer of consumers) {
      await broker.createConsumer().consume(
        'q',
        (delivery) => {
          consumer.held.push(delivery);
          return new Promise<void>(() => undefined);
        },
        { prefetch: consumer.prefetch },
      );
    }
    await publish('a', 'b', 'c', 'd', 'e');
    await broker.waitFor(() => consumers.reduce((n, c) => n + c.held.length, 0) === 5);
    // a, b, c one each; d skips the full first consumer to the second; e goes on to the third.
    expect(consumers.map((c) => c.held.map((d) => d.message.id))).toEqual([['a'], ['b', 'd'], ['c', 'e']]);
  });
});
