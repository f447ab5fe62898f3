import { describeBrokerContract } from '@seams/contracts';
import { realBroker } from './real-broker.js';

// Same cases as on InMemoryBroker; TTLs pass in real time.
describeBrokerContract({
  name: 'AmqpEventPublisher + AmqpEventConsumer on RabbitMQ',
  setup: async () => ({
    ...(await realBroker()),
    advanceTime: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  }),
  timeout: 20_000,
});
