import { boundQueue, collectingQueue, declare, eventually, latch, receive } from '@seams/contracts';
import type { Delivery, JsonValue } from '@seams/ports';
import { brokerCases, evt, outcome, publishAll, seen } from '../broker-case.js';
import type { CorpusBroker } from '../corpus-broker.js';

/** A queue bound to `#` holding `ids`, published in order. */
async function queueWith(broker: CorpusBroker, ids: readonly string[], extra = {}): Promise<string> {
  const queue = boundQueue(broker, 'q', ['#'], extra);
  await declare(broker, [queue]);
  await publishAll(
    broker,
    ids.map((id) => evt(id)),
  );
  return queue.name;
}

/** Consumes `queue` with `handler` until `count` deliveries arrived; what arrived, in order. */
async function consume(
  broker: CorpusBroker,
  queue: string,
  count: number,
  handler: (delivery: Delivery) => void | Promise<void>,
  options: { prefetch?: number; maxDeliveries?: number } = {},
): Promise<JsonValue> {
  const received = await receive(broker, queue, handler, options);
  await received.waitFor(count);
  await received.subscription.stop();
  return received.deliveries.map(seen);
}

/** Ack, nack and requeue as each queue type orders them; prefetch, cancel and consumer limits. */
export const settlementCases = brokerCases('settlement', {
  'a message nacked once with prefetch 1: where it comes back': async (b) => {
    const queue = await queueWith(b, ['a', 'b', 'c']);
    return consume(b, queue, 4, (d) => (d.message.id === 'a' && !d.redelivered ? d.nack() : undefined), {
      prefetch: 1,
    });
  },
  'with prefetch 2, the second message nacked while the first is acked': async (b) => {
    const queue = await queueWith(b, ['a', 'b', 'c', 'd']);
    return consume(b, queue, 5, (d) => (d.message.id === 'b' && !d.redelivered ? d.nack() : undefined), {
      prefetch: 2,
    });
  },
  'redelivered and the delivery count over three requeues': async (b) => {
    const queue = await queueWith(b, ['a']);
    return consume(b, queue, 4, (d) => (d.deliveryCount < 4 ? d.nack() : undefined));
  },
  'the first settlement wins: nack then ack, ack then nack': async (b) => {
    const queue = await queueWith(b, ['a', 'b']);
    return consume(b, queue, 3, (d) => {
      if (d.message.id === 'a' && !d.redelivered) {
        d.nack();
        d.ack();
      } else {
        d.ack();
        d.nack();
      }
    });
  },
  'a handler that throws is redelivered until maxDeliveries 3, then dead-lettered': async (b) => {
    const dlx = b.name('dlx');
    const dead = collectingQueue(b, 'dead', dlx);
    const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx });
    await declare(b, [queue, dead], [dlx]);
    await publishAll(b, [evt('a')]);
    const attempts = await receive(b, queue.name, () => Promise.reject(new Error('handler failed')), {
      maxDeliveries: 3,
    });
    const deadReceived = await receive(b, dead.name);
    await deadReceived.waitFor(1);
    return { attempts: attempts.deliveries.map(seen), dead: deadReceived.deliveries.map(seen) };
  },
  'maxDeliveries 1 dead-letters on the first failure': async (b) => {
    const dlx = b.name('dlx');
    const dead = collectingQueue(b, 'dead', dlx);
    const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx });
    await declare(b, [queue, dead], [dlx]);
    await publishAll(b, [evt('a')]);
    const attempts = await receive(b, queue.name, () => Promise.reject(new Error('no')), {
      maxDeliveries: 1,
    });
    const deadReceived = await receive(b, dead.name);
    await deadReceived.waitFor(1);
    return { attempts: attempts.deliveries.map(seen), dead: deadReceived.deliveries.map(seen) };
  },
  'at the delivery limit with no dead-letter exchange, the message is dropped': async (b) => {
    const queue = await queueWith(b, ['a', 'b']);
    let failures = 0;
    const received = await receive(
      b,
      queue,
      (d) => {
        if (d.message.id === 'a') {
          failures += 1;
          throw new Error('no');
        }
      },
      { maxDeliveries: 2, prefetch: 1 },
    );
    await received.waitFor(3);
    await publishAll(b, [evt('after')]);
    await eventually(() => received.ids().includes('after'), 'the message published after');
    await received.subscription.stop();
    return { failures, deliveries: received.deliveries.map(seen) };
  },
  'prefetch 2 holds two; a second consumer gets the third': async (b) => {
    const queue = await queueWith(b, ['a', 'b', 'c', 'd']);
    const hold = latch();
    const first = await receive(b, queue, () => hold.promise, { prefetch: 2 });
    await first.waitFor(2);
    const probe = await receive({ consumer: b.newConsumer() }, queue, () => undefined, { prefetch: 1 });
    await probe.waitFor(2);
    const heldByFirst = first.ids();
    hold.open();
    await first.subscription.stop();
    await probe.subscription.stop();
    return { first: heldByFirst, probe: probe.ids() };
  },
  'cancel while a handler runs: it still settles, and a new consumer gets the rest in order': async (b) => {
    const queue = await queueWith(b, ['a', 'b', 'c']);
    const hold = latch();
    const first = await receive(b, queue, () => hold.promise, { prefetch: 1 });
    await first.waitFor(1);
    const stopping = first.subscription.stop();
    hold.open();
    await stopping;
    return { first: first.deliveries.map(seen), second: await consume(b, queue, 2, () => undefined) };
  },
  'cancel while a handler runs that then requeues: where the message comes back': async (b) => {
    const queue = await queueWith(b, ['a', 'b', 'c']);
    const hold = latch();
    const first = await receive(
      b,
      queue,
      async (d) => {
        await hold.promise;
        d.nack();
      },
      { prefetch: 1 },
    );
    await first.waitFor(1);
    const stopping = first.subscription.stop();
    hold.open();
    await stopping;
    return {
      first: first.deliveries.map(seen),
      second: await consume(b, queue, 3, () => undefined, { prefetch: 1 }),
    };
  },
  'consuming a queue that does not exist, or with prefetch 0, is refused': async (b) => {
    const queue = await queueWith(b, []);
    return {
      missing: await outcome(b.consumer.consume(b.name('missing'), () => undefined)),
      prefetch0: await outcome(b.consumer.consume(queue, () => undefined, { prefetch: 0 })),
      prefetchHuge: await outcome(b.consumer.consume(queue, () => undefined, { prefetch: 70_000 })),
      maxDeliveries0: await outcome(b.consumer.consume(queue, () => undefined, { maxDeliveries: 0 })),
    };
  },
  'stop with three held that then requeue: the order the next consumer gets them in': async (b) => {
    const queue = await queueWith(b, ['a', 'b', 'c', 'd']);
    const hold = latch();
    const first = await receive(
      b,
      queue,
      async (d) => {
        await hold.promise;
        d.nack();
      },
      { prefetch: 3 },
    );
    await first.waitFor(3);
    const stopping = first.subscription.stop();
    hold.open();
    await stopping;
    return {
      first: first.deliveries.map(seen),
      next: await consume(b, queue, 4, () => undefined, { prefetch: 1 }),
    };
  },
  'a handler that nacks without requeue and then throws: rejected once, not retried': async (b) => {
    const dlx = b.name('dlx');
    const dead = collectingQueue(b, 'dead', dlx);
    const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx });
    await declare(b, [queue, dead], [dlx]);
    await publishAll(b, [evt('a'), evt('b')]);
    const attempts = await consume(
      b,
      queue.name,
      2,
      (d) => {
        d.nack({ requeue: false });
        throw new Error('after settling');
      },
      { prefetch: 1 },
    );
    return { attempts, dead: await consume(b, dead.name, 2, () => undefined) };
  },
  'four messages with prefetch 4, the third nacked once: where it comes back': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    await publishAll(
      b,
      ['m0', 'm1', 'm2', 'm3'].map((id) => evt(id)),
    );
    const received = await receive(
      b,
      queue.name,
      (d) => (d.message.id === 'm2' && !d.redelivered ? d.nack() : undefined),
      {
        prefetch: 4,
      },
    );
    await received.waitFor(5);
    await received.subscription.stop();
    return received.deliveries.map(seen);
  },
});
