import { type Delivery, hasErrorCode, type QueueType } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// What a consumer of the fake can rely on, as it can on AmqpEventConsumer over RabbitMQ: defaults,
// settlement (first call wins), delivery counts per queue type, dead-lettering, closed channels.

const event = (id: string) => ({ id, type: 'invoice.issued', payload: { id }, occurredAt: new Date(0) });

let broker: InMemoryBroker;

afterEach(() => broker?.close());

async function brokerWith(type: QueueType = 'quorum') {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [
      { name: 'invoices', type: 'topic' },
      { name: 'dlx', type: 'topic' },
    ],
    queues: [
      { name: 'q', type, bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'dlx' },
      { name: 'dead', bindings: [{ exchange: 'dlx', pattern: '#' }] },
    ],
  });
  const publisher = broker.createPublisher({ exchange: 'invoices' });
  return {
    publish: async (...ids: string[]) => {
      for (const id of ids) await publisher.publish(event(id));
    },
  };
}

const deadIds = () => broker.messages('dead').map((m) => m.id);

describe('InMemoryEventConsumer', () => {
  it('refuses to consume once closed', async () => {
    await brokerWith();
    const consumer = broker.createConsumer();
    await consumer.close();
    const refused = await consumer.consume('q', () => undefined).catch((error: unknown) => error);
    expect(hasErrorCode(refused, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    expect((refused as Error).message).toBe('the consumer is closed');
  });

  it('refuses a queue name AMQP cannot carry as a validation error naming the queue, as the adapter does; an empty one is not found', async () => {
    await brokerWith();
    const consumer = broker.createConsumer();
    const pathsOf = async (queue: unknown) => {
      const error = await consumer.consume(queue as string, () => undefined).catch((e: unknown) => e);
      if (!hasErrorCode(error, 'VALIDATION_FAILED'))
        return hasErrorCode(error, 'NOT_FOUND') ? 'NOT_FOUND' : error;
      return (error as { issues: ReadonlyArray<{ path: string; code: string }> }).issues.map(
        (issue) => `${issue.path}:${issue.code}`,
      );
    };
    expect(await pathsOf('q'.repeat(256))).toEqual(['queue:too_long']);
    expect(await pathsOf('q\ud800')).toEqual(['queue:not_well_formed']);
    expect(await pathsOf(7)).toEqual(['queue:invalid_type']);
    expect(await pathsOf('')).toBe('NOT_FOUND');
    expect(await pathsOf('q'.repeat(255))).toBe('NOT_FOUND');
  });

  it('holds at most 10 unacked deliveries by default, as AmqpEventConsumer asks RabbitMQ for', async () => {
    const { publish } = await brokerWith();
    const held: Delivery[] = [];
    await broker.createConsumer().consume('q', (delivery) => {
      held.push(delivery);
      return new Promise<void>(() => undefined);
    });
    await publish(...Array.from({ length: 12 }, (_, i) => `m${i}`));
    await broker.waitFor(() => held.length === 10);
    expect(broker.messages('q').map((m) => m.id)).toEqual(['m10', 'm11']);
  });

  it.each(['quorum', 'classic'] as const)(
    'a %s queue: a throwing handler gets 5 deliveries by default, counted 1 to 5, then the message is dead-lettered as delivery_limit',
    async (type) => {
      const { publish } = await brokerWith(type);
      const counts: number[] = [];
      await broker.createConsumer().consume('q', (delivery) => {
        counts.push(delivery.deliveryCount);
        throw new Error('handler failed');
      });
      await publish('a');
      await broker.waitFor(() => deadIds().length === 1);
      expect(counts).toEqual([1, 2, 3, 4, 5]);
      expect(broker.messages('q')).toEqual([]);
      const dead: Delivery[] = [];
      await broker.createConsumer().consume('dead', (delivery) => {
        dead.push(delivery);
      });
      await broker.waitFor(() => dead.length === 1);
      expect(dead[0]?.deadLetter).toEqual({ reason: 'delivery_limit', queue: 'q', count: 1 });
    },
  );

  it('subscriptions lists the live ones: a stopped subscription is not dropped with the others', async () => {
    const { publish } = await brokerWith();
    const consumer = broker.createConsumer();
    const stopped = await consumer.consume('q', () => undefined);
    await consumer.consume('dead', () => undefined);
    expect(consumer.subscriptions.map((s) => s.queueName)).toEqual(['q', 'dead']);
    await stopped.stop();
    expect(consumer.subscriptions.map((s) => s.queueName)).toEqual(['dead']);
    await consumer.close();
    expect(consumer.subscriptions).toEqual([]);
    await publish('a');
    expect(broker.messages('q').map((m) => m.id)).toEqual(['a']);
  });
});

describe('InMemoryDelivery settlement', () => {
  it('nack() without options requeues, as RabbitMQ basic.nack does by default', async () => {
    const { publish } = await brokerWith();
    const seen: Array<[string, boolean]> = [];
    await broker.createConsumer().consume('q', (delivery) => {
      seen.push([delivery.message.id, delivery.redelivered]);
      if (!delivery.redelivered) delivery.nack();
    });
    await publish('a');
    await broker.waitFor(() => seen.length === 2);
    expect(seen).toEqual([
      ['a', false],
      ['a', true],
    ]);
    expect(deadIds()).toEqual([]);
  });

  it('nack({ requeue: false }) dead-letters as rejected; a later ack or nack of it does nothing', async () => {
    const { publish } = await brokerWith();
    await broker.createConsumer().consume('q', (delivery) => {
      delivery.nack({ requeue: false });
      delivery.nack({ requeue: true });
      delivery.ack();
    });
    await publish('a');
    await broker.waitFor(() => deadIds().length === 1);
    expect(broker.messages('q')).toEqual([]);
    expect(broker.inspect('dead')[0]?.brokerHeaders['x-first-death-reason']).toBe('rejected');
  });

  it('a handler that requeues and then throws is requeued once, not settled again', async () => {
    const { publish } = await brokerWith();
    const counts: number[] = [];
    await broker.createConsumer().consume(
      'q',
      (delivery) => {
        counts.push(delivery.deliveryCount);
        if (delivery.deliveryCount === 1) {
          delivery.nack({ requeue: true });
          throw new Error('after the nack');
        }
      },
      { maxDeliveries: 1 },
    );
    await publish('a');
    await broker.waitFor(() => counts.length === 2 && broker.messages('q').length === 0);
    // maxDeliveries 1 would have dead-lettered it had the throw counted as a failure.
    expect([counts, deadIds()]).toEqual([[1, 2], []]);
  });

  it('each delivery has its own copy of the message: changing one does not change the redelivery', async () => {
    const { publish } = await brokerWith();
    const received: Delivery[] = [];
    await broker.createConsumer().consume('q', (delivery) => {
      received.push(delivery);
      if (received.length === 1) {
        (delivery.message.payload as { id: string }).id = 'changed';
        delivery.message.occurredAt.setTime(1);
        delivery.nack({ requeue: true });
      }
    });
    await publish('a');
    await broker.waitFor(() => received.length === 2);
    expect(received[1]?.message).toEqual(event('a'));
  });

  it.each(['quorum', 'classic'] as const)(
    'a %s queue counts every requeue in deliveryCount',
    async (type) => {
      const { publish } = await brokerWith(type);
      const counts: number[] = [];
      await broker.createConsumer().consume('q', (delivery) => {
        counts.push(delivery.deliveryCount);
        if (delivery.deliveryCount < 3) delivery.nack({ requeue: true });
      });
      await publish('a');
      await broker.waitFor(() => counts.length === 3 && broker.messages('q').length === 0);
      expect(counts).toEqual([1, 2, 3]);
    },
  );

  it('a handler that fails after its channel dropped neither dead-letters nor settles the returned message', async () => {
    const { publish } = await brokerWith();
    const attempts: number[] = [];
    let fail: (error: Error) => void = () => undefined;
    await broker.createConsumer().consume(
      'q',
      (delivery) => {
        attempts.push(delivery.deliveryCount);
        if (attempts.length > 1) return undefined;
        return new Promise<void>((_, reject) => {
          fail = reject;
        });
      },
      { maxDeliveries: 1 },
    );
    await publish('a');
    await broker.waitFor(() => attempts.length === 1);
    broker.dropConsumerChannels();
    fail(new Error('too late'));
    await broker.waitFor(() => attempts.length === 2 && broker.messages('q').length === 0);
    // The redelivery (count 2, over maxDeliveries 1) was handled, not given up on: the dead delivery was stale.
    expect([attempts, deadIds()]).toEqual([[1, 2], []]);
  });
});

describe('which consumer a requeued message goes to', () => {
  // Measured on RabbitMQ 3.10 with two consumers of prefetch 1: A holds m0, B acks m1 and waits;
  // A then nacks m0. A quorum queue serves consumers in the order they got room (B first); a
  // classic queue hands m0 back to A, the next in its round-robin.
  async function nackWhileOtherWaits(type: QueueType): Promise<string[]> {
    const { publish } = await brokerWith(type);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const got: string[] = [];
    const a = await broker.createConsumer().consume(
      'q',
      async (d) => {
        got.push(`A:${d.message.id}:${d.deliveryCount}`);
        if (d.message.id === 'm0' && !d.redelivered) {
          await held;
          d.nack();
        }
      },
      { prefetch: 1 },
    );
    const b = await broker.createConsumer().consume(
      'q',
      (d) => {
        got.push(`B:${d.message.id}:${d.deliveryCount}`);
      },
      { prefetch: 1 },
    );
    await publish('m0', 'm1');
    await broker.waitFor(() => got.length === 2);
    release();
    await broker.waitFor(() => got.length === 3);
    await a.stop();
    await b.stop();
    return got;
  }

  it('quorum: to the consumer that has waited longest with room', async () => {
    expect(await nackWhileOtherWaits('quorum')).toEqual(['A:m0:1', 'B:m1:1', 'B:m0:2']);
  });

  it('classic: back to the consumer that nacked it', async () => {
    expect(await nackWhileOtherWaits('classic')).toEqual(['A:m0:1', 'B:m1:1', 'A:m0:2']);
  });
});
