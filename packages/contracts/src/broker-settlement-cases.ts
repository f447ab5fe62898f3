import { expect } from 'vitest';
import {
  awaitSentinel,
  type BrokerContractContext,
  boundQueue,
  brokerEvent,
  declare,
  latch,
  receive,
} from './broker-contract-kit.js';
import type { ContractCase } from './contract-target.js';
import { eventually } from './eventually.js';

/** Broker contract: ack, nack and requeue as each queue type does them, prefetch, stop and close. */
export const brokerSettlementCases = {
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
    const sentinel = await awaitSentinel(context, received, 'order.sentinel');
    expect(received.ids()).toEqual([first.id, marker.id, sentinel]);
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
  'a requeued message goes where its queue type puts it: quorum at the back, classic in its place': async (
    context,
  ) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const [a, b, c] = [
      brokerEvent('order.created'),
      brokerEvent('order.created'),
      brokerEvent('order.created'),
    ];
    for (const event of [a, b, c]) await context.publisher.publish(event);
    const received = await receive(
      context,
      queue.name,
      (delivery) => {
        if (delivery.message.id === a.id && !delivery.redelivered) delivery.nack({ requeue: true });
      },
      { prefetch: 1 },
    );
    await received.waitFor(4);
    const expected = context.queueType === 'quorum' ? [a, b, c, a] : [a, a, b, c];
    expect(received.ids()).toEqual(expected.map((event) => event.id));
    expect(received.deliveries.map((d) => d.deliveryCount)).toEqual(
      context.queueType === 'quorum' ? [1, 1, 1, 2] : [1, 2, 1, 1],
    );
  },
  'prefetch is never exceeded': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const events = Array.from({ length: 10 }, () => brokerEvent('order.created'));
    for (const event of events) await context.publisher.publish(event);
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
    // A second consumer gets the fourth message: the first one, full, was not given it.
    const probe = await receive({ consumer: context.newConsumer() }, queue.name, () => hold.promise, {
      prefetch: 1,
    });
    await probe.waitFor(1);
    expect(probe.ids()).toEqual([events[3]?.id]);
    expect(received.deliveries).toHaveLength(3);
    hold.open();
    const total = () => received.deliveries.length + probe.deliveries.length;
    await eventually(() => total() === events.length, 'every message to reach one of the consumers');
    expect(most).toBe(3);
  },
  'stop() waits for in-flight handlers, whose outcome then settles the message': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const [event, marker] = [brokerEvent('order.created'), brokerEvent('order.paid')];
    await context.publisher.publish(event);
    const hold = latch();
    let handlerDone = false;
    const received = await receive(context, queue.name, async () => {
      await hold.promise;
      handlerDone = true;
    });
    await received.waitFor(1);
    const stopping = received.subscription.stop().then(() => handlerDone);
    // A broker round trip while the handler is held: a stop that did not wait would be done by now.
    await context.publisher.publish(marker);
    hold.open();
    expect(await stopping).toBe(true);
    const again = await receive(context, queue.name);
    await again.waitFor(1);
    expect(again.ids()).toEqual([marker.id]);
  },
  'consumer close stops every subscription and is idempotent': async (context) => {
    const queue = boundQueue(context, 'q', ['order.*']);
    await declare(context, [queue]);
    const received = await receive(context, queue.name);
    await context.consumer.close();
    await context.consumer.close();
    const event = brokerEvent('order.created');
    await context.publisher.publish(event);
    // Another consumer gets it: the closed one did not take it.
    const other = await receive({ consumer: context.newConsumer() }, queue.name);
    await other.waitFor(1);
    expect(other.ids()).toEqual([event.id]);
    expect(received.deliveries).toEqual([]);
  },
} satisfies Record<string, ContractCase<BrokerContractContext>>;
