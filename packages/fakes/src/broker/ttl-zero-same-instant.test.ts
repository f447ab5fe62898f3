import type { QueueType } from '@seams/ports';
import { afterEach, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// rabbit_fifo (quorum) gives a message of a TTL-0 queue the expiry "enqueue time + 1 ms": one
// enqueued in the same millisecond does not expire it, so over a length limit the older one dies
// `maxlen`. Two messages that expire together elsewhere arrive as dead letters in one millisecond.
// Measured on RabbitMQ 3.10.8 (round 30, generated seed 9023, six runs): quorum gave m0 maxlen, m1
// expired five times, and both expired once, when the two arrivals fell in two milliseconds (the
// fake's clock does not move within a synchronous run, so it answers the same-millisecond case);
// a classic queue drops each TTL-0 arrival no consumer takes at once: both expired.

let broker: InMemoryBroker;

afterEach(() => broker?.close());

it.each([
  ['quorum', ['m0:maxlen', 'm1:expired']],
  ['classic', ['m0:expired', 'm1:expired']],
] as const satisfies ReadonlyArray<readonly [QueueType, readonly string[]]>)(
  'two dead letters of one expiry reach a %s TTL-0 queue of max length 1 together: they die as %j',
  async (type, reasons) => {
    const clock = new FakeClock();
    broker = new InMemoryBroker({ clock });
    await broker.declare({
      exchanges: [
        { name: 'ex', type: 'topic' },
        { name: 'dlx', type: 'topic' },
        { name: 'end', type: 'topic' },
      ],
      queues: [
        {
          name: 'work',
          type,
          bindings: [{ exchange: 'ex', pattern: '#' }],
          messageTtlMs: 100,
          deadLetterExchange: 'dlx',
        },
        {
          name: 'chain',
          type,
          bindings: [{ exchange: 'dlx', pattern: '#' }],
          messageTtlMs: 0,
          maxLength: 1,
          deadLetterExchange: 'end',
        },
        { name: 'dead', type, bindings: [{ exchange: 'end', pattern: '#' }] },
      ],
    });
    const publisher = broker.createPublisher({ exchange: 'ex' });
    for (const id of ['m0', 'm1'])
      await publisher.publish({ id, type: 'a', payload: {}, occurredAt: new Date(0) });
    await clock.advance(100);
    await broker.waitFor((b) => b.inspect('dead').length === 2);
    const died = broker
      .inspect('dead')
      .map((m) => `${m.message.id}:${(m.brokerHeaders['x-death'] as Array<{ reason: string }>)[0]?.reason}`);
    expect([...died].sort()).toEqual(reasons);
    expect(broker.messages('chain')).toEqual([]);
  },
);

it('a quorum TTL-0 message published on its own still expires when the next one arrives a run later', async () => {
  const clock = new FakeClock();
  broker = new InMemoryBroker({ clock });
  await broker.declare({
    exchanges: [
      { name: 'ex', type: 'topic' },
      { name: 'dlx', type: 'topic' },
    ],
    queues: [
      {
        name: 'q',
        bindings: [{ exchange: 'ex', pattern: '#' }],
        messageTtlMs: 0,
        maxLength: 1,
        deadLetterExchange: 'dlx',
      },
      { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] },
    ],
  });
  const publisher = broker.createPublisher({ exchange: 'ex' });
  for (const id of ['m0', 'm1'])
    await publisher.publish({ id, type: 'a', payload: {}, occurredAt: new Date(0) });
  await broker.waitFor((b) => b.inspect('dead').length === 2);
  const died = broker
    .inspect('dead')
    .map((m) => `${m.message.id}:${(m.brokerHeaders['x-death'] as Array<{ reason: string }>)[0]?.reason}`);
  expect(died).toEqual(['m0:expired', 'm1:expired']);
});
