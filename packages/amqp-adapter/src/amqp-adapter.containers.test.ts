import { eventually, receive } from '@seams/contracts';
import { hasErrorCode, type PublishError, type QueueType } from '@seams/ports';
import { startTcpProxy } from '@seams/testenv';
import { rabbitmqUrl } from '@seams/testenv/vitest';
import amqp from 'amqplib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AmqpTopologyError } from './amqp-errors.js';
import { realBroker } from './real-broker.js';

async function rawChannel(url: string) {
  const connection = await amqp.connect(url);
  onTestFinished(() => connection.close().catch(() => undefined));
  const channel = await connection.createConfirmChannel();
  channel.on('error', () => undefined);
  return channel;
}

async function brokerWithQueue(options: Parameters<typeof realBroker>[0] = {}, type: QueueType = 'quorum') {
  const broker = await realBroker(options);
  onTestFinished(broker.teardown);
  const queue = broker.name('work');
  const dlx = broker.name('dlx');
  const dead = broker.name('dead');
  await broker.topology.declare({
    exchanges: [
      { name: broker.exchange, type: 'topic' },
      { name: dlx, type: 'topic' },
    ],
    queues: [
      { name: queue, type, bindings: [{ exchange: broker.exchange, pattern: '#' }], deadLetterExchange: dlx },
      { name: dead, type, bindings: [{ exchange: dlx, pattern: '#' }] },
    ],
  });
  return { ...broker, queue, dlx, dead };
}

const event = { id: 'evt-1', type: 'order.paid', payload: { a: 1 }, occurredAt: new Date(1_700_000_000_123) };

describe('AmqpEventPublisher on RabbitMQ', () => {
  it('sets messageId, type, correlationId, JSON content type, persistence and a seconds timestamp', async () => {
    const { publisher, queue, url } = await brokerWithQueue();
    await publisher.publish({ ...event, correlationId: 'c-1', headers: { 'x-tenant': 't' } });
    const raw = await (await rawChannel(url)).get(queue, { noAck: true });
    if (!raw) throw new Error('no message in the queue');
    expect(raw.properties).toMatchObject({
      messageId: 'evt-1',
      type: 'order.paid',
      correlationId: 'c-1',
      contentType: 'application/json',
      deliveryMode: 2,
      timestamp: 1_700_000_000,
    });
    expect(raw.properties.headers).toMatchObject({
      'x-tenant': 't',
      'x-seams-occurred-at': '2023-11-14T22:13:20.123Z',
    });
    expect(JSON.parse(raw.content.toString())).toEqual({ a: 1 });
  });

  it('rejects a publish to a missing exchange as unroutable, then keeps publishing', async () => {
    const broker = await realBroker();
    onTestFinished(broker.teardown);
    const error = await broker.publisher.publish(event).catch((caught: unknown) => caught);
    expect(hasErrorCode(error, 'PUBLISH_FAILED')).toBe(true);
    expect((error as PublishError).reason).toBe('unroutable');
    const queue = broker.name('q');
    await broker.topology.declare({
      exchanges: [{ name: broker.exchange, type: 'topic' }],
      queues: [{ name: queue, bindings: [{ exchange: broker.exchange, pattern: '#' }] }],
    });
    await expect(broker.publisher.publish(event)).resolves.toBeUndefined();
  });
});

// An outbox relay may re-publish one event id concurrently. RabbitMQ acks a message routed to a
// quorum queue after the return and ack of an unroutable one published after it: matching the
// return by id alone failed a routed publish and resolved a dropped one.
describe.each(['quorum', 'classic'] as const)('concurrent publishes sharing one id (%s queue)', (type) => {
  it('each publish gets its own answer: routed ones resolve, unroutable ones reject', async () => {
    const broker = await realBroker();
    onTestFinished(broker.teardown);
    const queue = broker.name('orders');
    await broker.topology.declare({
      exchanges: [{ name: broker.exchange, type: 'topic' }],
      queues: [{ name: queue, type, bindings: [{ exchange: broker.exchange, pattern: 'order.*' }] }],
    });
    const events = Array.from({ length: 10 }, (_, i) => ({
      ...event,
      id: 'same',
      type: i % 2 ? 'nobody.here' : 'order.created',
      payload: { i },
    }));
    const outcomes = await Promise.all(
      events.map((e) =>
        broker.publisher.publish(e).then(
          () => 'ok',
          (error: unknown) =>
            hasErrorCode(error, 'PUBLISH_FAILED') ? (error as PublishError).reason : 'other',
        ),
      ),
    );
    expect(outcomes).toEqual(events.map((_, i) => (i % 2 ? 'unroutable' : 'ok')));
    const channel = await rawChannel(broker.url);
    const stored: unknown[] = [];
    for (
      let raw = await channel.get(queue, { noAck: true });
      raw;
      raw = await channel.get(queue, { noAck: true })
    ) {
      stored.push(JSON.parse(raw.content.toString()));
    }
    expect(stored).toEqual([{ i: 0 }, { i: 2 }, { i: 4 }, { i: 6 }, { i: 8 }]);
  });
});

describe('AmqpEventPublisher.probe on RabbitMQ', () => {
  it('confirms without delivering to queues bound elsewhere; fails on a partitioned link and recovers', async () => {
    const proxy = await startTcpProxy(rabbitmqUrl());
    onTestFinished(() => proxy.close());
    const broker = await realBroker({ publisherUrl: proxy.through });
    onTestFinished(broker.teardown);
    const queue = broker.name('paid');
    await broker.topology.declare({
      exchanges: [{ name: broker.exchange, type: 'topic' }],
      queues: [{ name: queue, bindings: [{ exchange: broker.exchange, pattern: 'order.#' }] }],
    });
    await expect(broker.publisher.probe({ timeoutMs: 2_000 })).resolves.toBeUndefined();
    await broker.publisher.publish(event);
    const channel = await rawChannel(broker.url);
    expect((await channel.checkQueue(queue)).messageCount).toBe(1);

    proxy.blackhole();
    const error = await broker.publisher.probe({ timeoutMs: 300 }).catch((caught: unknown) => caught);
    expect((error as PublishError).reason).toBe('timeout');
    proxy.heal();
    await expect(broker.publisher.probe({ timeoutMs: 2_000 })).resolves.toBeUndefined();
  });

  it('fails when the exchange is gone, as every publish would', async () => {
    const broker = await realBroker();
    onTestFinished(broker.teardown);
    const error = await broker.publisher.probe().catch((caught: unknown) => caught);
    expect(hasErrorCode(error, 'PUBLISH_FAILED')).toBe(true);
    expect((error as PublishError).reason).toBe('disconnected');
  });
});

describe('AmqpEventConsumer on RabbitMQ', () => {
  it('dead-letters a message whose body is not JSON at once, with reason unparseable and its headers', async () => {
    const { consumer, queue, dead, exchange, url } = await brokerWithQueue();
    const handled: unknown[] = [];
    await receive({ consumer }, queue, (delivery) => {
      handled.push(delivery);
    });
    const channel = await rawChannel(url);
    channel.publish(exchange, 'order.paid', Buffer.from('{not json'), {
      messageId: 'bad-1',
      headers: { 'x-tenant': 't' },
    });
    await channel.waitForConfirms();
    const raw = await waitForRaw(channel, dead);
    expect(handled).toEqual([]);
    expect(raw.content.toString()).toBe('{not json');
    expect(raw.properties.headers).toMatchObject({
      'x-tenant': 't',
      'x-seams-death': [{ reason: 'unparseable', queue, count: 1 }],
    });
    expect(String(raw.properties.headers?.['x-seams-death-error'])).toMatch(/not JSON/);
  });

  it.each(['quorum', 'classic'] as const)(
    'a forged x-delivery-count cannot change how often a %s queue delivers a message',
    async (type) => {
      const { consumer, queue, dead, exchange, url } = await brokerWithQueue({}, type);
      const channel = await rawChannel(url);
      const forged = { messageId: 'forged-1', headers: { 'x-delivery-count': 100 } };
      channel.publish(exchange, 'order.paid', Buffer.from('{}'), { ...forged, timestamp: 1 });
      await channel.waitForConfirms();
      const attempts = await receive(
        { consumer },
        queue,
        () => {
          throw new Error('handler failed');
        },
        { maxDeliveries: 3 },
      );
      const dlq = await receive({ consumer }, dead);
      await dlq.waitFor(1);
      expect(attempts.deliveries.map((d) => d.deliveryCount)).toEqual([1, 2, 3]);
      expect(dlq.deliveries[0]?.deadLetter).toEqual({ reason: 'delivery_limit', queue, count: 1 });
      expect(dlq.deliveries[0]?.deliveryCount).toBe(1);
    },
  );

  it('rejects consuming a queue that does not exist', async () => {
    const broker = await realBroker();
    onTestFinished(broker.teardown);
    await expect(broker.consumer.consume(broker.name('missing'), () => undefined)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('AmqpConnection on RabbitMQ', () => {
  it('re-declares its topology after a reconnect', async () => {
    const proxy = await startTcpProxy(rabbitmqUrl());
    onTestFinished(() => proxy.close());
    const { queue, connections, url } = await brokerWithQueue({ consumerUrl: proxy.through });
    const channel = await rawChannel(url);
    await channel.deleteQueue(queue);
    proxy.cut();
    await eventually(
      () => connections.consuming.state === 'reconnecting',
      'the consumer to see the loss',
      10_000,
    );
    await eventually(() => connections.consuming.state === 'connected', 'the consumer to reconnect', 10_000);
    await expect(channel.checkQueue(queue)).resolves.toMatchObject({ queue });
  });

  it('refuses a conflicting redeclaration with AmqpTopologyError', async () => {
    const { topology, queue } = await brokerWithQueue();
    const error = await topology
      .declare({ exchanges: [], queues: [{ name: queue, bindings: [], messageTtlMs: 5 }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AmqpTopologyError);
  });
});

async function waitForRaw(channel: amqp.ConfirmChannel, queue: string): Promise<amqp.GetMessage> {
  const got: amqp.GetMessage[] = [];
  await eventually(
    async () => {
      const raw = await channel.get(queue, { noAck: true });
      if (raw) got.push(raw);
      return got.length > 0;
    },
    `a message in ${queue}`,
    { timeoutMs: 10_000, intervalMs: 20 },
  );
  const [raw] = got;
  if (!raw) throw new Error(`nothing arrived in ${queue}`);
  return raw;
}
