import type { Delivery, QueueType } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// The port: stop() "waits for in-flight handlers to settle", so every settlement a held handler
// makes after stop() was called counts. RabbitMQ 3.10 lost some of a long run of such acks on
// quorum queues until the AMQP adapter waited for the queue to apply them before closing its
// channel (settlements-applied.ts); the fake must keep to the port the same way.

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });

let broker: InMemoryBroker;

afterEach(() => broker?.close());

async function holdThenSettleAfterStop(
  type: QueueType,
  held: number,
  settle: (d: Delivery, i: number) => void,
) {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [
      { name: 'invoices', type: 'topic' },
      { name: 'dead', type: 'topic' },
    ],
    queues: [
      { name: 'q', type, deadLetterExchange: 'dead', bindings: [{ exchange: 'invoices', pattern: '#' }] },
      { name: 'dlq', type, bindings: [{ exchange: 'dead', pattern: '#' }] },
    ],
  });
  const publisher = broker.createPublisher({ exchange: 'invoices' });
  const ids = [
    ...Array.from({ length: held }, (_, i) => `m${i}`),
    ...Array.from({ length: held }, (_, i) => `n${i}`),
  ];
  await Promise.all(ids.map((id) => publisher.publish(event(id))));
  const holding: Delivery[] = [];
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const subscription = await broker.createConsumer().consume(
    'q',
    (delivery) => {
      holding.push(delivery);
      return gate;
    },
    { prefetch: held },
  );
  await broker.waitFor(() => holding.length === held);
  const stopping = subscription.stop();
  for (const [i, d] of holding.entries()) settle(d, i);
  open();
  await stopping;
  return {
    left: broker.inspect('q').map((m) => `${m.message.id}${m.redelivered ? ':redelivered' : ''}`),
    dead: broker.inspect('dlq').map((m) => m.message.id),
  };
}

describe('settlements made by held handlers after stop()', () => {
  it.each(['quorum', 'classic'] as const)('on a %s queue: two hundred acks all count', async (type) => {
    const { left, dead } = await holdThenSettleAfterStop(type, 200, (d) => d.ack());
    expect(left).toEqual(Array.from({ length: 200 }, (_, i) => `n${i}`));
    expect(dead).toEqual([]);
  });

  it.each(['quorum', 'classic'] as const)(
    'on a %s queue: acks and rejections alternating over 120 all count, in order',
    async (type) => {
      const { left, dead } = await holdThenSettleAfterStop(type, 120, (d, i) =>
        i % 2 === 0 ? d.ack() : d.nack({ requeue: false }),
      );
      expect(left).toEqual(Array.from({ length: 120 }, (_, i) => `n${i}`));
      expect(dead).toEqual(Array.from({ length: 60 }, (_, i) => `m${2 * i + 1}`));
    },
  );
});
