import type { QueueType } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// A handler that settles at once makes the next delivery inside its own settlement. RabbitMQ puts
// a network round trip in between, so timers and I/O still run while such a loop goes on (and a
// test can stop it); the fake must not chain the whole loop on microtasks, which would starve
// every timer (an endless requeue loop would hang the test process for good).

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });
const LOOPS = 200;

let broker: InMemoryBroker;

afterEach(() => broker?.close());

async function brokerWith(type: QueueType, deadLetterExchange?: string) {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [{ name: 'invoices', type: 'topic' }],
    queues: [
      {
        name: 'q',
        type,
        bindings: [{ exchange: 'invoices', pattern: '#' }],
        ...(deadLetterExchange ? { deadLetterExchange } : {}),
      },
    ],
  });
  await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
}

/** How many deliveries the loop had made when a timer set at its start fired. */
async function deliveriesWhenATimerFires(nack: (count: number) => { requeue: boolean } | undefined) {
  let deliveries = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  const subscription = await broker.createConsumer().consume(
    'q',
    (delivery) => {
      deliveries += 1;
      const how = deliveries < LOOPS ? nack(delivery.deliveryCount) : undefined;
      if (how) delivery.nack(how);
      else done();
    },
    { prefetch: 1 },
  );
  const atTimer = await new Promise<number>((resolve) => setTimeout(() => resolve(deliveries), 0));
  await finished;
  await subscription.stop();
  return atTimer;
}

describe.each(['quorum', 'classic'] as const)('on a %s queue, a settlement loop', (type) => {
  it('lets timers run between a requeue and its redelivery', async () => {
    await brokerWith(type);
    expect(await deliveriesWhenATimerFires(() => ({ requeue: true }))).toBeLessThan(LOOPS);
  });

  it('lets timers run around a reject loop through a dead-letter exchange back into the queue', async () => {
    await brokerWith(type, 'invoices');
    expect(await deliveriesWhenATimerFires(() => ({ requeue: false }))).toBeLessThan(LOOPS);
  });

  it('lets timers run while a throwing handler is redelivered', async () => {
    await brokerWith(type);
    let calls = 0;
    const subscription = await broker.createConsumer().consume(
      'q',
      () => {
        calls += 1;
        if (calls < LOOPS) throw new Error('not yet');
      },
      { prefetch: 1, maxDeliveries: LOOPS + 1 },
    );
    const atTimer = await new Promise<number>((resolve) => setTimeout(() => resolve(calls), 0));
    await broker.waitFor(() => calls >= LOOPS);
    await subscription.stop();
    expect(atTimer).toBeLessThan(LOOPS);
  });
});
