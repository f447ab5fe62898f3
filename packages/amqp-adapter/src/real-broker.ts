import { createAmqpNamespace } from '@seams/testenv/vitest';
import { AmqpConnection } from './amqp-connection.js';
import { AmqpEventConsumer } from './amqp-event-consumer.js';
import { AmqpEventPublisher } from './amqp-event-publisher.js';
import { AmqpTopology } from './amqp-topology.js';

/** Rewrites of the URL each side connects to (e.g. through a proxy that can cut it). */
export interface RealBrokerOptions {
  readonly publisherUrl?: (url: string) => string;
  readonly consumerUrl?: (url: string) => string;
}

/**
 * Test helper (not exported): adapters on real RabbitMQ for one test, names unique to it.
 * Publisher and consumer get separate connections, as in production (a blocked publishing
 * connection must not stall consumers); the topology goes through the consumer's connection so
 * the consumer knows each queue's dead-letter exchange.
 */
export async function realBroker(options: RealBrokerOptions = {}) {
  const namespace = await createAmqpNamespace();
  const publishing = new AmqpConnection({ url: options.publisherUrl?.(namespace.url) ?? namespace.url });
  const consuming = new AmqpConnection({ url: options.consumerUrl?.(namespace.url) ?? namespace.url });
  await Promise.all([publishing.connect(), consuming.connect()]);
  const exchange = namespace.name('events');
  const publisher = new AmqpEventPublisher({ connection: publishing, exchange, confirmTimeoutMs: 10_000 });
  const consumer = new AmqpEventConsumer({ connection: consuming });
  const consumers = [consumer];
  return {
    url: namespace.url,
    /** What `name()` puts before every name. */
    prefix: namespace.prefix,
    exchange,
    publisher,
    consumer,
    /** Another consumer on the consuming connection (it knows the declared queues); closed in teardown. */
    newConsumer: () => {
      const another = new AmqpEventConsumer({ connection: consuming });
      consumers.push(another);
      return another;
    },
    topology: new AmqpTopology({ connection: consuming }),
    name: (base: string) => namespace.name(base),
    connections: { publishing, consuming },
    teardown: async () => {
      await Promise.allSettled([publisher.close(), ...consumers.map((each) => each.close())]);
      await Promise.allSettled([publishing.close(), consuming.close()]);
    },
  };
}
