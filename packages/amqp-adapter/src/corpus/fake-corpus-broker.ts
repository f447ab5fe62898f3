import { FakeClock, InMemoryBroker } from '@seams/fakes';
import type { QueueType } from '@seams/ports';
import type { CorpusBroker } from './corpus-broker.js';

/** The corpus's driver on `InMemoryBroker`: names as given, time on a `FakeClock`. */
export function fakeCorpusBroker(queueType: QueueType): CorpusBroker & { teardown(): void } {
  const clock = new FakeClock();
  const broker = new InMemoryBroker({ clock });
  const exchange = 'events';
  return {
    exchange,
    queueType,
    publisher: broker.createPublisher({ exchange }),
    consumer: broker.createConsumer(),
    newConsumer: () => broker.createConsumer(),
    topology: broker,
    name: (base) => base,
    advanceTime: (ms) => clock.advance(ms),
    async drain(queue, atLeast = 0) {
      await broker.waitFor((b) => b.inspect(queue).length >= atLeast, 5_000);
      // Taken out, as RabbitMQ's basic.get takes them: a case may consume the queue afterwards.
      return broker.take(queue).map((queued) => ({
        id: queued.message.id,
        routingKey: queued.routingKey,
        exchange: queued.exchange,
        redelivered: queued.redelivered,
        brokerHeaders: queued.brokerHeaders,
      }));
    },
    dropConsumerConnection: async () => broker.dropConsumerChannels(),
    consumersBack: () => broker.waitFor((b) => !b.resubscribing, 5_000),
    teardown: () => broker.close(),
  };
}
