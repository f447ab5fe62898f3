import { describeBrokerContract } from '@seams/contracts';
import { FakeClock, InMemoryBroker } from '@seams/fakes';
import type { QueueType } from '@seams/ports';

for (const queueType of ['quorum', 'classic'] as const satisfies readonly QueueType[]) {
  describeBrokerContract({
    name: `InMemoryBroker (@seams/fakes), ${queueType} queues`,
    setup: () => {
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
        name: (base: string) => base,
        advanceTime: (ms: number) => clock.advance(ms),
        teardown: () => broker.close(),
      };
    },
  });
}
