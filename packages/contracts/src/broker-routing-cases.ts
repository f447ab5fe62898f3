import { expect } from 'vitest';
import {
  awaitSentinel,
  type BrokerContractContext,
  boundQueue,
  brokerEvent,
  declare,
  receive,
} from './broker-contract-kit.js';
import type { ContractCase } from './contract-target.js';

/** Broker contract: topic routing, what a message carries, and order within a queue. */
export const brokerRoutingCases = {
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
    const sentinel = await awaitSentinel(context, received, 'order.sentinel');
    expect(received.ids()).toEqual([match.id, sentinel]);
  },
  'routes by # wildcard: zero or more words': async (context) => {
    const hash = boundQueue(context, 'hash', ['order.#']);
    await declare(context, [hash, boundQueue(context, 'all', ['#'])]);
    const events = ['order', 'order.a.b', 'orders.x', 'order.paid'].map((type) => brokerEvent(type));
    for (const event of events) await context.publisher.publish(event);
    const received = await receive(context, hash.name);
    await awaitSentinel(context, received, 'order.sentinel');
    expect(received.deliveries.map((d) => d.message.type)).toEqual([
      'order',
      'order.a.b',
      'order.paid',
      'order.sentinel',
    ]);
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
} satisfies Record<string, ContractCase<BrokerContractContext>>;
