import {
  type ConsumeOptions,
  type DeliveryHandler,
  DependencyUnavailableError,
  type EventConsumer,
  type Subscription,
  validateConsumeOptions,
} from '@seams/ports';
import type { InMemorySubscription } from './in-memory-subscription.js';

/** Defaults shared with `AmqpEventConsumer`. */
export const DEFAULT_PREFETCH = 10;
export const DEFAULT_MAX_DELIVERIES = 5;

/** What a consumer needs from its broker. */
export interface ConsumerHost {
  subscribe(
    queue: string,
    handler: DeliveryHandler,
    prefetch: number,
    maxDeliveries: number,
  ): InMemorySubscription;
  /** Resolves once the consumers' connection is not coming back from a drop (at once when it is up). */
  resumed(): Promise<void>;
}

/** Consumes queues of an `InMemoryBroker`. */
export class InMemoryEventConsumer implements EventConsumer {
  readonly #subscriptions = new Set<InMemorySubscription>();
  #closed = false;

  constructor(private readonly host: ConsumerHost) {}

  /** Subscriptions not yet stopped, for failure injection. */
  get subscriptions(): readonly InMemorySubscription[] {
    return [...this.#subscriptions];
  }

  async consume(
    queue: string,
    handler: DeliveryHandler,
    options: ConsumeOptions = {},
  ): Promise<Subscription> {
    if (this.#closed) throw new DependencyUnavailableError('broker', 'the consumer is closed');
    validateConsumeOptions(options, queue);
    const prefetch = options.prefetch ?? DEFAULT_PREFETCH;
    const maxDeliveries = options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
    // RabbitMQ registers the consumer round trips after the call (a channel, basic.qos,
    // basic.consume), while a publish reaches the queue as soon as its frame arrives: measured on
    // 3.10.8, a publish made in the same tick as consume() into a max length 0 queue dies maxlen
    // instead of being delivered. So the fake attaches a turn later.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.#closed) {
      // close() came while this consume was on its way: the AMQP consumer's close() stops a
      // subscription still opening before it asks RabbitMQ for the queue, so nothing is consumed
      // and the consume resolves, even for a queue that does not exist (measured on 3.10.8).
      await this.host.resumed();
      return { stop: async () => undefined };
    }
    const subscription = this.host.subscribe(queue, handler, prefetch, maxDeliveries);
    this.#subscriptions.add(subscription);
    // Made while the consumers' connection is down, it resolves once the connection is back and
    // every subscription consumes again, as the AMQP consumer waits for the reconnect (so a queue
    // that does not exist is reported then): measured on RabbitMQ 3.10.8, with A and B consuming
    // and C made while the connection was down, six publishes made once C's consume resolved go
    // two to each; had it resolved at once, they would wait and go to A, back first, alone.
    await this.host.resumed();
    return {
      stop: async () => {
        this.#subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    const stopping = [...this.#subscriptions].map((subscription) => subscription.stop());
    this.#subscriptions.clear();
    await Promise.all(stopping);
  }
}
