import type { Clock, QueueType } from '@seams/ports';
import { afterEach, expect, it } from 'vitest';
import { InMemoryBroker } from './in-memory-broker.js';

// A publish that finds the head past its TTL before the expiry timer fired (RabbitMQ's classic
// queue rounds its timer up to the next millisecond; a system clock's setTimeout runs late too).
// rabbit_amqqueue_process:deliver_or_enqueue enqueues, drops over the limit, then expires the head:
// the head dies `maxlen`. rabbit_fifo expires before it evaluates the limit: `expired`.

/** A clock moved by hand whose timers never fire: the window between a TTL and its timer, held open. */
class StalledClock implements Clock {
  at = 0;
  now(): Date {
    return new Date(this.at);
  }
  sleep(): Promise<void> {
    return new Promise<void>(() => undefined);
  }
}

let broker: InMemoryBroker;

afterEach(() => broker?.close());

it.each([
  ['classic', ['m0:maxlen'], ['m1']],
  ['quorum', ['m0:expired'], ['m1']],
] as const satisfies ReadonlyArray<readonly [QueueType, readonly string[], readonly string[]]>)(
  'a %s queue at its limit, its head past the TTL with the timer not yet fired: a publish kills the head as %j',
  async (type, dead, left) => {
    const clock = new StalledClock();
    broker = new InMemoryBroker({ clock });
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
          messageTtlMs: 100,
          maxLength: 1,
          deadLetterExchange: 'dlx',
        },
        { name: 'dead', type, bindings: [{ exchange: 'dlx', pattern: '#' }] },
      ],
    });
    const publisher = broker.createPublisher({ exchange: 'ex' });
    await publisher.publish({ id: 'm0', type: 'a', payload: {}, occurredAt: new Date(0) });
    clock.at = 150;
    await publisher.publish({ id: 'm1', type: 'a', payload: {}, occurredAt: new Date(0) });
    await broker.waitFor((b) => b.inspect('dead').length === 1);
    const reasons = broker
      .inspect('dead')
      .map((m) => `${m.message.id}:${(m.brokerHeaders['x-death'] as Array<{ reason: string }>)[0]?.reason}`);
    expect(reasons).toEqual(dead);
    expect(broker.messages('q').map((m) => m.id)).toEqual(left);
  },
);
