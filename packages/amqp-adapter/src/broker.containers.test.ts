import { describeBrokerContract } from '@seams/contracts';
import type { QueueType } from '@seams/ports';
import { realBroker } from './real-broker.js';

// Same cases as on InMemoryBroker, for both queue types; TTLs pass in real time.
for (const queueType of ['quorum', 'classic'] as const satisfies readonly QueueType[]) {
  describeBrokerContract({
    name: `AmqpEventPublisher + AmqpEventConsumer on RabbitMQ, ${queueType} queues`,
    setup: async () => ({
      ...(await realBroker()),
      queueType,
      advanceTime: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    }),
    timeout: 20_000,
  });
}
