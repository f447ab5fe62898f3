import type { Delivery } from '@seams/ports';
import { afterEach, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// A classic queue's delivery count is the consumer's own, keyed by message id, and the consumer
// works it out when a delivery reaches it. A redelivery reaches it a round trip after the nack, so
// an ack sent meanwhile (forgetting the id) counts. Measured on RabbitMQ 3.10.8: classic queue,
// prefetch 2, two messages sharing the id `dup`; the first copy nacked three times while the
// second is acked: 1, 1, then 2, 3, 4 (r19 corpus case "one id published twice").

let broker: InMemoryBroker;

afterEach(() => broker?.close());

it('counts a classic redelivery when it reaches the consumer, after the acks sent meanwhile', async () => {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [{ name: 'ex', type: 'topic' }],
    queues: [{ name: 'q', type: 'classic', bindings: [{ exchange: 'ex', pattern: '#' }] }],
  });
  const publisher = broker.createPublisher({ exchange: 'ex' });
  for (const n of [1, 2]) {
    await publisher.publish({ id: 'dup', type: 'a.b', payload: { n }, occurredAt: new Date(0) });
  }
  const seen: string[] = [];
  let nacks = 0;
  const subscription = await broker.createConsumer().consume(
    'q',
    (d: Delivery) => {
      const n = (d.message.payload as { n: number }).n;
      seen.push(`${n}:${d.deliveryCount}:${d.redelivered}`);
      if (n === 1 && nacks < 3) {
        nacks += 1;
        d.nack();
      }
    },
    { prefetch: 2 },
  );
  await broker.waitFor(() => seen.length >= 5);
  await subscription.stop();
  expect(seen).toEqual(['1:1:false', '2:1:false', '1:2:true', '1:3:true', '1:4:true']);
});
