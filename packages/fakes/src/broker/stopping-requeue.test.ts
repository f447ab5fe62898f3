import type { Delivery, QueueType } from '@seams/ports';
import { afterEach, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// A subscription that is stopping nacks its two held messages back into a queue of max length 1
// while another consumer has room. RabbitMQ handles each nack on its own and hands the requeued
// message to the consumer with room before the next nack arrives, so both reach it (measured on
// 3.10.8, both queue types, r27 corpus). The fake used to deliver a stopping consumer's classic
// requeue a turn later: the second nack found the first still ready and dropped it (maxlen).

let broker: InMemoryBroker;

afterEach(() => broker?.close());

it.each(['classic', 'quorum'] as const satisfies readonly QueueType[])(
  'a %s queue: what a stopping consumer requeues over the limit goes to the consumer with room, none dropped',
  async (type) => {
    broker = new InMemoryBroker({ clock: new FakeClock() });
    await broker.declare({
      exchanges: [
        { name: 'ex', type: 'topic' },
        { name: 'dlx', type: 'topic' },
      ],
      queues: [
        {
          name: 'q',
          type,
          bindings: [{ exchange: 'ex', pattern: '#' }],
          maxLength: 1,
          deadLetterExchange: 'dlx',
        },
        { name: 'dead', type, bindings: [{ exchange: 'dlx', pattern: '#' }] },
      ],
    });
    const held: Delivery[] = [];
    const holding = await broker.createConsumer().consume(
      'q',
      (d) => {
        held.push(d);
        return new Promise<void>(() => undefined);
      },
      { prefetch: 2 },
    );
    const publisher = broker.createPublisher({ exchange: 'ex' });
    for (const id of ['m0', 'm1']) {
      await publisher.publish({ id, type: 'a', payload: {}, occurredAt: new Date(0) });
      await broker.waitFor(() => held.length === Number(id.slice(1)) + 1);
    }
    const other: string[] = [];
    const idle = await broker
      .createConsumer()
      .consume('q', (d) => void other.push(d.message.id), { prefetch: 2 });
    void holding.stop();
    for (const d of held) d.nack();
    await broker.waitFor(() => other.length === 2);
    await idle.stop();
    expect(other).toEqual(['m0', 'm1']);
    expect(broker.messages('dead')).toEqual([]);
  },
);
