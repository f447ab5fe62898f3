import { hasErrorCode, type PublishError } from '@seams/ports';
import { expect } from 'vitest';
import {
  type BrokerContractContext,
  boundQueue,
  brokerEvent,
  declare,
  latch,
  quietPeriod,
  receive,
} from './broker-contract-kit.js';
import { defineContract } from './define-contract.js';

/** A queue that dead-letters into `dlx`, and the queue that collects what dies there. */
function withDeadLetters(
  context: BrokerContractContext,
  extra: { messageTtlMs?: number; maxLength?: number } = {},
) {
  const dlx = context.name('dlx');
  const work = boundQueue(context, 'work', ['order.*'], { deadLetterExchange: dlx, ...extra });
  const dead = { name: context.name('dead'), bindings: [{ exchange: dlx, pattern: '#' }] };
  return { dlx, work, dead, declareAll: () => declare(context, [work, dead], [dlx]) };
}

async function expectPublishError(promise: Promise<void>, reason: PublishError['reason']): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(hasErrorCode(error, 'PUBLISH_FAILED'), `expected a PublishError, got ${String(error)}`).toBe(true);
  expect((error as PublishError).reason).toBe(reason);
}

/** The broker contract: routing, properties, ordering, acknowledgement, dead-lettering, limits. */
export const brokerContract = defineContract<BrokerContractContext>()('EventBroker', {
  'routes by exact routing key': async (context) => {
    const queue = boundQueue(context, 'created', ['order.created']);
    await declare(context, [queue]);
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    const received = await receive(context, queue.name);
    await received.waitFor(1);
    expect(received.ids()).toEqual([event.id]);
  },
  'routes by * wildcard: exactly one word': async (context) => {
    const star = boundQueue(context, 'star', ['order.*']);
    await declare(context, [star, boundQueue(context, 'all', ['#'])]);
    const [tooDeep, tooShallow, match] = [
      brokerEvent('order.created.v2'),
      brokerEvent('order'),
      brokerEvent('order.paid'),
    ];
    for (const event of [tooDeep, tooShallow, match]) await context.publisher.publish(event);
    const received = await receive(context, star.name);
    await received.waitFor(1);
    await quietPeriod();
    expect(received.ids()).toEqual([match.id]);
  },
  'routes by # wildcard: zero or more words': async (context) => {
    const hash = boundQueue(context, 'hash', ['order.#']);
    await declare(context, [hash, boundQueue(context, 'all', ['#'])]);
    const events = ['order', 'order.a.b', 'orders.x', 'order.paid'].map((type) => brokerEvent(type));
    for (const event of events) await context.publisher.publish(event);
    const received = await receive(context, hash.name);
    await received.waitFor(3);
    await quietPeriod();
    expect(received.deliveries.map((d) => d.message.type)).toEqual(['order', 'order.a.b', 'order.paid']);
  },
  'does not deliver to a queue whose bindings do not match': async (context) => {
    const created = boundQueue(context, 'created', ['order.created']);
    const paid = boundQueue(context, 'paid', ['order.paid']);
    await declare(context, [created, paid]);
    const [first, second] = [brokerEvent('order.created'), brokerEvent('order.paid')];
    await context.publisher.publish(first);
    await context.publisher.publish(second);
    // FIFO: had `first` reached `paid`, it would arrive before `second`.
    const received = await receive(context, paid.name);
    await received.waitFor(1);
    expect(received.ids()).toEqual([second.id]);
  },
  'round-trips id, type, payload, timestamp, correlation id and headers': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const event = brokerEvent('order.paid');
    await context.publisher.publish(event);
    const received = await receive(context, queue.name);
    await received.waitFor(1);
    const delivery = received.deliveries[0];
    expect(delivery?.message).toEqual(event);
    expect(delivery?.queue).toBe(queue.name);
    expect(delivery?.redelivered).toBe(false);
    expect(delivery?.deliveryCount).toBe(1);
    expect(delivery?.deadLetter).toBeUndefined();
  },
  'omits correlation id and headers when the event has none': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const { correlationId: _c, headers: _h, ...bare } = brokerEvent('order.paid');
    await context.publisher.publish(bare);
    const received = await receive(context, queue.name);
    await received.waitFor(1);
    expect(received.deliveries[0]?.message).toEqual(bare);
  },
  'delivers in FIFO order within a queue, also for concurrent publishes': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const events = Array.from({ length: 40 }, () => brokerEvent('order.created'));
    await Promise.all(events.map((event) => context.publisher.publish(event)));
    const received = await receive(context, queue.name, undefined, { prefetch: 1 });
    await received.waitFor(events.length);
    expect(received.ids()).toEqual(events.map((event) => event.id));
  },
  'a handler that resolves acks: the message is not delivered again': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const [first, marker] = [brokerEvent('order.created'), brokerEvent('order.paid')];
    await context.publisher.publish(first);
    const once = await receive(context, queue.name);
    await once.waitFor(1);
    await once.subscription.stop();
    await context.publisher.publish(marker);
    const again = await receive(context, queue.name);
    await again.waitFor(1);
    expect(again.ids()).toEqual([marker.id]);
  },
  'ack() removes the message even when the handler then throws': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const [first, marker] = [brokerEvent('order.created'), brokerEvent('order.paid')];
    await context.publisher.publish(first);
    await context.publisher.publish(marker);
    const received = await receive(context, queue.name, (delivery) => {
      delivery.ack();
      throw new Error('after ack');
    });
    await received.waitFor(2);
    await quietPeriod();
    expect(received.ids()).toEqual([first.id, marker.id]);
  },
  'nack with requeue redelivers with redelivered = true and a higher delivery count': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    const received = await receive(context, queue.name, (delivery) => {
      if (delivery.deliveryCount === 1) delivery.nack({ requeue: true });
    });
    await received.waitFor(2);
    const [first, second] = received.deliveries;
    expect([first?.message.id, first?.redelivered, first?.deliveryCount]).toEqual([event.id, false, 1]);
    expect([second?.message.id, second?.redelivered, second?.deliveryCount]).toEqual([event.id, true, 2]);
    expect(second?.message).toEqual(event);
  },
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
  'a throwing handler is redelivered until maxDeliveries, then dead-lettered': async (context) => {
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
    expect(attempts.deliveries.map((d) => d.deliveryCount)).toEqual([1, 2, 3]);
    expect(dlq.deliveries[0]?.message).toEqual(event);
    expect(dlq.deliveries[0]?.deadLetter).toMatchObject({ reason: 'delivery_limit', queue: work.name });
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
    await quietPeriod();
    expect(live.deliveries).toEqual([]);
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
  'prefetch is never exceeded': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    await Promise.all(
      Array.from({ length: 10 }, () => context.publisher.publish(brokerEvent('order.created'))),
    );
    const hold = latch();
    let inFlight = 0;
    let most = 0;
    const received = await receive(
      context,
      queue.name,
      async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await hold.promise;
        inFlight -= 1;
      },
      { prefetch: 3 },
    );
    await received.waitFor(3);
    await quietPeriod();
    expect(received.deliveries).toHaveLength(3);
    hold.open();
    await received.waitFor(10);
    expect(most).toBe(3);
  },
  'stop() waits for in-flight handlers, whose outcome then settles the message': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const [event, marker] = [brokerEvent('order.created'), brokerEvent('order.paid')];
    await context.publisher.publish(event);
    const hold = latch();
    const received = await receive(context, queue.name, () => hold.promise);
    await received.waitFor(1);
    let stopped = false;
    const stopping = received.subscription.stop().then(() => {
      stopped = true;
    });
    await quietPeriod();
    expect(stopped).toBe(false);
    hold.open();
    await stopping;
    await context.publisher.publish(marker);
    const again = await receive(context, queue.name);
    await again.waitFor(1);
    expect(again.ids()).toEqual([marker.id]);
  },
  'declaring the same topology twice changes nothing': async (context) => {
    const { work, declareAll } = withDeadLetters(context, { messageTtlMs: 60_000, maxLength: 100 });
    await declareAll();
    await declareAll();
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    await context.publisher.publish(brokerEvent('order.paid'));
    const received = await receive(context, work.name);
    await received.waitFor(2);
    await quietPeriod();
    expect(received.ids()[0]).toBe(event.id);
    expect(received.deliveries).toHaveLength(2);
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
  'an unroutable publish is rejected with reason unroutable': async (context) => {
    await declare(context, [boundQueue(context, 'q', ['order.created'])]);
    await expectPublishError(context.publisher.publish(brokerEvent('order.nobody_listens')), 'unroutable');
  },
  'publish after close is rejected with reason closed; close is idempotent': async (context) => {
    await declare(context, [boundQueue(context, 'q', ['#'])]);
    await context.publisher.close();
    await context.publisher.close();
    await expectPublishError(context.publisher.publish(brokerEvent('order.created')), 'closed');
  },
  'consumer close stops every subscription and is idempotent': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const received = await receive(context, queue.name);
    await context.consumer.close();
    await context.consumer.close();
    await context.publisher.publish(brokerEvent('order.created'));
    await quietPeriod();
    expect(received.deliveries).toEqual([]);
  },
});

/** Registers the broker contract for one implementation (publisher, consumer, topology together). */
export const describeBrokerContract = brokerContract.register;

export {
  type BrokerContractContext,
  brokerEvent,
  eventually,
  type Received,
  receive,
} from './broker-contract-kit.js';
