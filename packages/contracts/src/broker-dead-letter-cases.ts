import { expect } from 'vitest';
import {
  awaitSentinel,
  type BrokerContractContext,
  boundQueue,
  brokerEvent,
  collectingQueue,
  declare,
  delayQueue,
  receive,
} from './broker-contract-kit.js';
import type { ContractCase } from './contract-target.js';

/** A queue that dead-letters into `dlx`, and the queue that collects what dies there. */
export function withDeadLetters(
  context: BrokerContractContext,
  extra: { messageTtlMs?: number; maxLength?: number } = {},
) {
  const dlx = context.name('dlx');
  const work = boundQueue(context, 'work', ['order.*'], { deadLetterExchange: dlx, ...extra });
  const dead = collectingQueue(context, 'dead', dlx);
  return { dlx, work, dead, declareAll: () => declare(context, [work, dead], [dlx]) };
}

/** Broker contract: dead letters (reject, delivery limit, TTL, max length) and declarations. */
export const brokerDeadLetterCases = {
  'nack without requeue dead-letters with reason rejected and the original headers': async (context) => {
    const { work, dead, declareAll } = withDeadLetters(context);
    await declareAll();
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    await receive(context, work.name, (delivery) => delivery.nack({ requeue: false }));
    const dlq = await receive(context, dead.name);
    await dlq.waitFor(1);
    expect(dlq.deliveries[0]?.message).toEqual(event);
    expect(dlq.deliveries[0]?.deadLetter).toEqual({ reason: 'rejected', queue: work.name, count: 1 });
  },
  'a throwing handler is redelivered until maxDeliveries, then dead-lettered, counting from 1 again there':
    async (context) => {
      const { work, dead, declareAll } = withDeadLetters(context);
      await declareAll();
      const event = brokerEvent('order.created');
      await context.publisher.publish(event);
      const attempts = await receive(
        context,
        work.name,
        () => {
          throw new Error('handler failed');
        },
        { maxDeliveries: 3 },
      );
      const dlq = await receive(context, dead.name);
      await dlq.waitFor(1);
      expect(attempts.deliveries.map((d) => [d.deliveryCount, d.redelivered])).toEqual([
        [1, false],
        [2, true],
        [3, true],
      ]);
      const [deadDelivery] = dlq.deliveries;
      expect(deadDelivery?.message).toEqual(event);
      expect(deadDelivery?.deadLetter).toEqual({ reason: 'delivery_limit', queue: work.name, count: 1 });
      expect([deadDelivery?.deliveryCount, deadDelivery?.redelivered]).toEqual([1, false]);
    },
  'a retry loop through a TTL queue counts each death in that queue': async (context) => {
    const retryExchange = context.name('retry-x');
    const work = boundQueue(context, 'work', ['order.*'], { deadLetterExchange: retryExchange });
    const retry = delayQueue(context, 'retry', { from: retryExchange, ttlMs: 100, to: context.exchange });
    await declare(context, [work, retry], [retryExchange]);
    await context.publisher.publish(brokerEvent('order.created'));
    let arrivals = 0;
    const received = await receive(context, work.name, (delivery) => {
      arrivals += 1;
      if (arrivals < 3) delivery.nack({ requeue: false });
    });
    await received.waitFor(1);
    await context.advanceTime(150);
    await received.waitFor(2);
    await context.advanceTime(150);
    await received.waitFor(3);
    expect(received.deliveries.map((d) => [d.deliveryCount, d.redelivered, d.deadLetter])).toEqual([
      [1, false, undefined],
      [1, false, { reason: 'expired', queue: retry.name, count: 1 }],
      [1, false, { reason: 'expired', queue: retry.name, count: 2 }],
    ]);
  },
  'TTL expiry dead-letters with reason expired': async (context) => {
    const { work, dead, declareAll } = withDeadLetters(context, { messageTtlMs: 200 });
    await declareAll();
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    await context.advanceTime(400);
    const dlq = await receive(context, dead.name);
    await dlq.waitFor(1);
    expect(dlq.deliveries[0]?.message).toEqual(event);
    expect(dlq.deliveries[0]?.deadLetter).toEqual({ reason: 'expired', queue: work.name, count: 1 });
    const live = await receive(context, work.name);
    const sentinel = await awaitSentinel(context, live, 'order.sentinel');
    expect(live.ids()).toEqual([sentinel]);
  },
  'a message younger than the TTL is still delivered': async (context) => {
    const { work, declareAll } = withDeadLetters(context, { messageTtlMs: 60_000 });
    await declareAll();
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    await context.advanceTime(50);
    const received = await receive(context, work.name);
    await received.waitFor(1);
    expect(received.ids()).toEqual([event.id]);
  },
  'max length drops the oldest into the dead-letter queue with reason maxlen': async (context) => {
    const { work, dead, declareAll } = withDeadLetters(context, { maxLength: 2 });
    await declareAll();
    const events = [1, 2, 3].map(() => brokerEvent('order.created'));
    for (const event of events) await context.publisher.publish(event);
    const dlq = await receive(context, dead.name);
    await dlq.waitFor(1);
    expect(dlq.ids()).toEqual([events[0]?.id]);
    expect(dlq.deliveries[0]?.deadLetter?.reason).toBe('maxlen');
    const live = await receive(context, work.name);
    await live.waitFor(2);
    expect(live.ids()).toEqual([events[1]?.id, events[2]?.id]);
  },
  'declaring the same topology twice changes nothing': async (context) => {
    const { work, declareAll } = withDeadLetters(context, { messageTtlMs: 60_000, maxLength: 100 });
    await declareAll();
    await declareAll();
    const [event, paid] = [brokerEvent('order.created'), brokerEvent('order.paid')];
    await context.publisher.publish(event);
    await context.publisher.publish(paid);
    const received = await receive(context, work.name);
    const sentinel = await awaitSentinel(context, received, 'order.sentinel');
    expect(received.ids()).toEqual([event.id, paid.id, sentinel]);
  },
  'redeclaring a queue with other arguments is rejected and leaves it as it was': async (context) => {
    const { work, declareAll } = withDeadLetters(context, { messageTtlMs: 60_000 });
    await declareAll();
    const changed = { ...work, messageTtlMs: 1_000 };
    await expect(context.topology.declare({ exchanges: [], queues: [changed] })).rejects.toThrow();
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    await context.advanceTime(1_500);
    const received = await receive(context, work.name);
    await received.waitFor(1);
    expect(received.ids()).toEqual([event.id]);
  },
  'redeclaring a queue as the other queue type is rejected': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const other = {
      ...queue,
      type: context.queueType === 'quorum' ? ('classic' as const) : ('quorum' as const),
    };
    await expect(context.topology.declare({ exchanges: [], queues: [other] })).rejects.toThrow();
  },
} satisfies Record<string, ContractCase<BrokerContractContext>>;
