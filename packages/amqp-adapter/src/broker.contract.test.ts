import { describeBrokerContract } from '@seams/contracts';
import { FakeClock, InMemoryBroker } from '@seams/fakes';

describeBrokerContract({
  name: 'InMemoryBroker (@seams/fakes)',
  setup: () => {
    const clock = new FakeClock();
    const broker = new InMemoryBroker({ clock });
    const exchange = 'events';
    return {
      exchange,
      publisher: broker.createPublisher({ exchange }),
      consumer: broker.createConsumer(),
      topology: broker,
      name: (base: string) => base,
      advanceTime: (ms: number) => clock.advance(ms),
      teardown: () => broker.close(),
    };
  },
});
