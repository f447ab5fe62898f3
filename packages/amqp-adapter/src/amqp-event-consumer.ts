import {
  type ConsumeOptions,
  type DeliveryHandler,
  DependencyUnavailableError,
  type EventConsumer,
  type Subscription,
  validateConsumeOptions,
} from '@seams/ports';
import type { AmqpConnection } from './amqp-connection.js';
import { AmqpSubscription } from './amqp-subscription.js';

/** Configuration of `AmqpEventConsumer`. */
export interface AmqpEventConsumerConfig {
  /** Declare the consumed queues' topology through this same connection: that tells the consumer each dead-letter exchange. */
  readonly connection: AmqpConnection;
  /** Default `prefetch` for `consume`; 10. */
  readonly prefetch?: number;
  /** Default `maxDeliveries` for `consume`; 5. */
  readonly maxDeliveries?: number;
}

/**
 * Consumes quorum and classic queues. A handler that resolves acks; one that throws is requeued
 * until `maxDeliveries`, then dead-lettered with reason `delivery_limit`; a body that cannot be
 * decoded is dead-lettered at once (`unparseable`). Subscriptions resume after reconnects.
 * Declare the queues through the same connection: the consumer learns each queue's type and
 * dead-letter exchange from it (an undeclared queue is taken for a quorum queue without one).
 */
export class AmqpEventConsumer implements EventConsumer {
  readonly #subscriptions = new Set<AmqpSubscription>();
  #closed = false;

  constructor(private readonly config: AmqpEventConsumerConfig) {}

  async consume(
    queue: string,
    handler: DeliveryHandler,
    options: ConsumeOptions = {},
  ): Promise<Subscription> {
    if (this.#closed) throw new DependencyUnavailableError('rabbitmq', 'the consumer is closed');
    validateConsumeOptions(options, queue);
    const subscription = new AmqpSubscription(this.config.connection, {
      queue,
      handler,
      prefetch: options.prefetch ?? this.config.prefetch ?? 10,
      maxDeliveries: options.maxDeliveries ?? this.config.maxDeliveries ?? 5,
    });
    // In the set while it starts (which waits for a reconnect to finish): close() stops it too.
    this.#subscriptions.add(subscription);
    try {
      await subscription.start();
    } catch (error) {
      this.#subscriptions.delete(subscription);
      throw error;
    }
    return {
      stop: async () => {
        this.#subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  /** Stops every subscription, waiting for in-flight handlers; idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    const stopping = [...this.#subscriptions].map((subscription) => subscription.stop());
    this.#subscriptions.clear();
    await Promise.all(stopping);
  }
}
