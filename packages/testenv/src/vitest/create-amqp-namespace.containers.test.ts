import amqp from 'amqplib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createAmqpNamespace } from './create-amqp-namespace.js';
import { rabbitmqUrl } from './server-urls.js';

/** Whether a queue or exchange exists: a passive declare of a missing one closes the channel with 404. */
async function exists(kind: 'queue' | 'exchange', name: string): Promise<boolean> {
  const connection = await amqp.connect(rabbitmqUrl());
  try {
    const channel = await connection.createChannel();
    channel.on('error', () => {});
    const check = kind === 'queue' ? channel.checkQueue(name) : channel.checkExchange(name);
    return await check.then(
      () => true,
      () => false,
    );
  } finally {
    await connection.close();
  }
}

describe('createAmqpNamespace', () => {
  it('names a test its own queues and exchanges, under a prefix no other test gets', async () => {
    const [namespace, other] = [await createAmqpNamespace(), await createAmqpNamespace()];
    const connection = await amqp.connect(rabbitmqUrl());
    onTestFinished(() => connection.close());
    const channel = await connection.createChannel();
    const queue = namespace.name('orders');
    await channel.assertQueue(queue);
    expect(queue.startsWith(namespace.prefix)).toBe(true);
    expect(other.prefix).not.toBe(namespace.prefix);
    expect(await exists('queue', queue)).toBe(true);
  });

  it('deletes the queues and exchanges it named once the test has finished', async () => {
    const made: { queue?: string; exchange?: string } = {};
    // Registered first, so it runs last: after createAmqpNamespace's own release.
    onTestFinished(async () => {
      const { queue = '', exchange = '' } = made;
      expect([queue, exchange]).not.toContain('');
      expect([await exists('queue', queue), await exists('exchange', exchange)]).toEqual([false, false]);
    });
    const namespace = await createAmqpNamespace();
    const connection = await amqp.connect(namespace.url);
    const channel = await connection.createChannel();
    made.queue = namespace.name('work');
    made.exchange = namespace.name('events');
    await channel.assertQueue(made.queue);
    await channel.assertExchange(made.exchange, 'topic');
    await connection.close();
    expect([await exists('queue', made.queue), await exists('exchange', made.exchange)]).toEqual([
      true,
      true,
    ]);
  });
});
