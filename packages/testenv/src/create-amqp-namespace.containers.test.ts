import amqp from 'amqplib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createAmqpNamespace } from './create-amqp-namespace.js';
import { rabbitmqUrl } from './server-urls.js';

async function openChannel() {
  const connection = await amqp.connect(rabbitmqUrl());
  onTestFinished(() => connection.close());
  return { connection, channel: await connection.createChannel() };
}

/** Whether a queue exists: a passive declare of a missing queue closes the channel with 404. */
async function queueExists(name: string): Promise<boolean> {
  const { connection } = await openChannel();
  const channel = await connection.createChannel();
  channel.on('error', () => {});
  return channel.checkQueue(name).then(
    () => true,
    () => false,
  );
}

async function exchangeExists(name: string): Promise<boolean> {
  const { connection } = await openChannel();
  const channel = await connection.createChannel();
  channel.on('error', () => {});
  return channel.checkExchange(name).then(
    () => true,
    () => false,
  );
}

let first: { prefix: string; queue: string; exchange: string } | undefined;

describe('createAmqpNamespace', () => {
  it('names a test its own queues and exchanges', async () => {
    const namespace = await createAmqpNamespace();
    const { channel } = await openChannel();
    const queue = namespace.name('invoices');
    const exchange = namespace.name('events');
    await channel.assertQueue(queue);
    await channel.assertExchange(exchange, 'topic');
    expect(queue.startsWith(namespace.prefix)).toBe(true);
    expect(await queueExists(queue)).toBe(true);
    first = { prefix: namespace.prefix, queue, exchange };
  });

  it('gives the next test another prefix, and deleted the previous test’s queue and exchange', async () => {
    const namespace = await createAmqpNamespace();
    expect(namespace.prefix).not.toBe(first?.prefix);
    expect(await queueExists(first?.queue ?? '')).toBe(false);
    expect(await exchangeExists(first?.exchange ?? '')).toBe(false);
  });
});
