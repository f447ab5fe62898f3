import { boundQueue, collectingQueue, declare, eventually, latch, receive } from '@seams/contracts';
import type { Delivery, JsonValue, QueueSpec } from '@seams/ports';
import { type BrokerCase, brokerCases, drainedIds, evt, ids, publishAll, seen } from '../broker-case.js';
import type { CorpusBroker } from '../corpus-broker.js';

/** A queue bound to `#` (dead-lettering to `dlx` with a collecting queue when given) holding m0..m(n-1). */
async function queueWith(b: CorpusBroker, n: number, extra: Omit<QueueSpec, 'name' | 'bindings'> = {}) {
  const dlx = b.name('dlx');
  const queue = boundQueue(b, 'q', ['#'], { ...extra, deadLetterExchange: dlx });
  const dead = collectingQueue(b, 'dead', dlx);
  await declare(b, [queue, dead], [dlx]);
  await publishAll(
    b,
    ids(n).map((id) => evt(id)),
  );
  return { queue: queue.name, dead: dead.name };
}

const settlement = brokerCases('settlement', {
  // Pins the fake's delivery pacing: a requeue loop on microtasks alone starved every timer, so
  // `eventually` never looked again and stop() was never reached.
  'a handler that requeues every delivery keeps the process responsive; stop() ends the loop': async (b) => {
    const { queue } = await queueWith(b, 1);
    const received = await receive(b, queue, (d) => d.nack(), { prefetch: 1 });
    await received.waitFor(5);
    await received.subscription.stop();
    const waiting = await b.drain(queue, 1);
    return {
      counts: received.deliveries.slice(0, 5).map((d) => d.deliveryCount),
      redelivered: received.deliveries.slice(0, 5).map((d) => d.redelivered),
      waiting: waiting.map((m) => ({ id: m.id, redelivered: m.redelivered })),
    };
  },
  'prefetch 3 and five messages, the handler throws once on the second: where it comes back': async (b) => {
    const { queue } = await queueWith(b, 5);
    // m0 and m2 are held until m1 comes back, the sign its requeue reached the broker: acked
    // first, they would free the window for m3 while the nack was still on its way (RabbitMQ then
    // sent m3 before m1; seen in a CI rehearsal).
    const others = latch();
    const received = await receive(
      b,
      queue,
      async (d) => {
        if (d.message.id === 'm1' && !d.redelivered) throw new Error('once');
        if (d.message.id === 'm1') others.open();
        else if (!d.redelivered && (d.message.id === 'm0' || d.message.id === 'm2')) await others.promise;
      },
      { prefetch: 3 },
    );
    await received.waitFor(6);
    await received.subscription.stop();
    return received.deliveries.map(seen);
  },
  'maxDeliveries 2 with prefetch 3: a poison message between two good ones is dead-lettered, the others pass':
    async (b) => {
      const { queue, dead } = await queueWith(b, 0);
      await publishAll(b, [evt('good1'), evt('poison'), evt('good2')]);
      const received = await receive(
        b,
        queue,
        (d) => {
          if (d.message.id === 'poison') throw new Error('poison');
        },
        { prefetch: 3, maxDeliveries: 2 },
      );
      const dlq = await receive({ consumer: b.newConsumer() }, dead);
      await dlq.waitFor(1);
      await received.waitFor(4);
      await received.subscription.stop();
      return {
        poison: received.deliveries.filter((d) => d.message.id === 'poison').map(seen),
        others: received.deliveries.filter((d) => d.message.id !== 'poison').map((d) => d.message.id),
        dead: dlq.deliveries.map(seen),
      };
    },
  'stop with three held: one acks, one requeues, one rejects; the next consumer gets the requeued one in its place':
    async (b) => {
      const { queue, dead } = await queueWith(b, 5);
      const hold = latch();
      const first = await receive(
        b,
        queue,
        async (d) => {
          await hold.promise;
          if (d.message.id === 'm1') d.nack();
          else if (d.message.id === 'm2') d.nack({ requeue: false });
        },
        { prefetch: 3 },
      );
      await first.waitFor(3);
      const stopping = first.subscription.stop();
      hold.open();
      await stopping;
      const next = await receive({ consumer: b.newConsumer() }, queue, () => undefined, { prefetch: 1 });
      await next.waitFor(3);
      await next.subscription.stop();
      return {
        first: first.deliveries.map(seen),
        next: next.deliveries.map(seen),
        dead: await drainedIds(b, dead, 1),
      };
    },
  'three consumers with prefetch 1 attached before six publishes: one each, the rest wait in order': async (
    b,
  ) => {
    const { queue } = await queueWith(b, 0);
    const hold = latch();
    const consumers = [
      await receive(b, queue, () => hold.promise, { prefetch: 1 }),
      await receive({ consumer: b.newConsumer() }, queue, () => hold.promise, { prefetch: 1 }),
      await receive({ consumer: b.newConsumer() }, queue, () => hold.promise, { prefetch: 1 }),
    ];
    await publishAll(
      b,
      ids(6).map((id) => evt(id)),
    );
    await eventually(() => consumers.every((c) => c.deliveries.length === 1), 'one delivery each');
    const split = consumers.map((c) => c.ids());
    const waiting = await drainedIds(b, queue, 3);
    hold.open();
    for (const c of consumers) await c.subscription.stop();
    return { split, waiting };
  },
});

const deadLetters = brokerCases('dead-letters', {
  // Pins the pacing fix too: the loop runs through the broker, not the consumer.
  'a rejection loop through the main exchange back into the queue counts each death': async (b) => {
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: b.exchange });
    await declare(b, [work]);
    await publishAll(b, [evt('a')]);
    const received = await receive(b, work.name, (d) =>
      (d.deadLetter?.count ?? 0) >= 3 ? undefined : d.nack({ requeue: false }),
    );
    await received.waitFor(4);
    await received.subscription.stop();
    return received.deliveries.map(seen);
  },
  'an expiry loop through the main exchange back into the queue is dropped; another bound queue gets both copies':
    async (b) => {
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: b.exchange, messageTtlMs: 50 });
      const witness = boundQueue(b, 'witness', ['#']);
      await declare(b, [work, witness]);
      await publishAll(b, [evt('a')]);
      await b.advanceTime(150);
      await b.advanceTime(150);
      return {
        work: await drainedIds(b, work.name),
        witness: JSON.parse(JSON.stringify(await b.drain(witness.name, 2))) as JsonValue,
      };
    },
  'max length 0 and a consumer holding one: the next arrival is delivered, the rest die': async (b) => {
    const { queue, dead } = await queueWith(b, 1, { maxLength: 0 });
    const hold = latch();
    const received = await receive(b, queue, () => hold.promise, { prefetch: 1 });
    await publishAll(
      b,
      ['x1', 'x2', 'x3', 'x4'].map((id) => evt(id)),
    );
    await received.waitFor(1);
    const deadIds = await drainedIds(b, dead, 4);
    hold.open();
    await received.subscription.stop();
    return { held: received.ids(), dead: deadIds, live: await drainedIds(b, queue) };
  },
  'TTL and max length 2: four published, two die maxlen at once, the other two expire later': async (b) => {
    const { queue, dead } = await queueWith(b, 4, { messageTtlMs: 100, maxLength: 2 });
    await b.advanceTime(200);
    const died = (await b.drain(dead, 4)).map((m) => {
      const deaths = m.brokerHeaders['x-death'] as ReadonlyArray<{ reason: string }>;
      return `${m.id}:${deaths[0]?.reason}`;
    });
    return { dead: died, live: await drainedIds(b, queue) };
  },
  // The consumer must take the head before it expires: a 1 s TTL leaves its subscription the time a
  // loaded machine's round trips take (150 ms did not always).
  'TTL: a consumer holds the head; the two behind it expire, the held one is not touched': async (b) => {
    const { queue, dead } = await queueWith(b, 3, { messageTtlMs: 1_000 });
    const hold = latch();
    const received = await receive(b, queue, () => hold.promise, { prefetch: 1 });
    await received.waitFor(1);
    await b.advanceTime(1_100);
    const died = JSON.parse(JSON.stringify(await b.drain(dead, 2))) as JsonValue;
    hold.open();
    await received.subscription.stop();
    return { held: received.ids(), dead: died, live: await drainedIds(b, queue) };
  },
  // Delivered within a 1 s TTL (see above), held past it, then rejected.
  'TTL passed while unacked, then rejected: it dies rejected, not expired': async (b) => {
    const { queue, dead } = await queueWith(b, 1, { messageTtlMs: 1_000 });
    const hold = latch();
    const received = await receive(
      b,
      queue,
      async (d: Delivery) => {
        await hold.promise;
        d.nack({ requeue: false });
      },
      { prefetch: 1 },
    );
    await received.waitFor(1);
    await b.advanceTime(1_100);
    hold.open();
    await received.subscription.stop();
    return JSON.parse(JSON.stringify(await b.drain(dead, 1))) as JsonValue;
  },
  'rejected after three requeues: the dead copy as basic.get sees it': async (b) => {
    const { queue, dead } = await queueWith(b, 1);
    const received = await receive(b, queue, (d) => d.nack({ requeue: d.deliveryCount <= 3 }), {
      prefetch: 1,
    });
    await received.waitFor(4);
    await received.subscription.stop();
    return {
      deliveries: received.deliveries.map(seen),
      dead: JSON.parse(JSON.stringify(await b.drain(dead, 1))) as JsonValue,
    };
  },
  'rejected after two requeues into a dead-letter queue of the other type: headers and counts there': async (
    b,
  ) => {
    const dlx = b.name('dlx');
    const otherType = b.queueType === 'quorum' ? 'classic' : 'quorum';
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
    const dead: QueueSpec = { ...collectingQueue(b, 'dead', dlx), type: otherType };
    const peek: QueueSpec = { ...collectingQueue(b, 'peek', dlx), type: otherType };
    await declare(b, [work, dead, peek], [dlx]);
    await publishAll(b, [evt('a')]);
    const received = await receive(b, work.name, (d) => d.nack({ requeue: d.deliveryCount <= 2 }), {
      prefetch: 1,
    });
    await received.waitFor(3);
    const dlq = await receive({ consumer: b.newConsumer() }, dead.name, (d) =>
      d.redelivered ? undefined : d.nack(),
    );
    await dlq.waitFor(2);
    await dlq.subscription.stop();
    await received.subscription.stop();
    return {
      dead: dlq.deliveries.map(seen),
      peek: JSON.parse(JSON.stringify(await b.drain(peek.name, 1))) as JsonValue,
    };
  },
  'a dead-letter queue with max length 1: each new dead letter pushes out the one before': async (b) => {
    const dlx = b.name('dlx');
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
    const dead: QueueSpec = { ...collectingQueue(b, 'dead', dlx), maxLength: 1 };
    await declare(b, [work, dead], [dlx]);
    await publishAll(b, [evt('a'), evt('b'), evt('c')]);
    const rejected = await receive(b, work.name, (d) => d.nack({ requeue: false }));
    await rejected.waitFor(3);
    await rejected.subscription.stop();
    return JSON.parse(JSON.stringify(await b.drain(dead.name, 1))) as JsonValue;
  },
});

const topology = brokerCases('topology', {
  // The port's validateTopology refuses types it does not offer (VALIDATION_FAILED, `unsupported`)
  // on both sides, before the adapter opens a channel, rather than leaving RabbitMQ to answer 406.
  'a queue type RabbitMQ does not know is refused': async (b) => {
    const queue = { name: b.name('q'), type: 'bogus' as 'quorum', bindings: [] };
    await b.topology.declare({ exchanges: [], queues: [queue] });
    return 'declared';
  },
  'redeclaring the topic exchange as a fanout exchange is refused': async (b) => {
    await declare(b, []);
    await b.topology.declare({ exchanges: [{ name: b.exchange, type: 'fanout' as 'topic' }], queues: [] });
    return 'declared';
  },
});

/**
 * Handlers that wait while held, and the drop that ends the hold: the consumers' connection is cut
 * first, so what the held handlers then settle is lost on the closed channel, as after a network failure.
 */
function heldUntilDrop(b: CorpusBroker) {
  const hold = latch();
  let holding = true;
  return {
    whileHeld: async (): Promise<void> => {
      if (holding) await hold.promise;
    },
    dropThenRelease: async (): Promise<void> => {
      holding = false;
      await b.dropConsumerConnection();
      hold.open();
    },
  };
}

const connectionDrops = brokerCases('settlement', {
  // Pins the adapter's classic-queue count: a settlement that never reached the broker (its channel
  // closed) must not forget the count, or the redelivery after the reconnect counts from 1 again.
  'connection dropped while a message requeued once is held: it comes back counting on': async (b) => {
    const { queue } = await queueWith(b, 2);
    const held = heldUntilDrop(b);
    const received = await receive(
      b,
      queue,
      async (d) => {
        if (d.message.id === 'm0' && !d.redelivered) return d.nack();
        await held.whileHeld();
      },
      { prefetch: 2 },
    );
    await eventually(() => received.deliveries.length >= 3, 'three deliveries');
    await held.dropThenRelease();
    await eventually(() => received.deliveries.length >= 5, 'five deliveries', { timeoutMs: 10_000 });
    await received.subscription.stop();
    return received.deliveries.map(seen);
  },
  'connection dropped while a failing handler holds its message: maxDeliveries 2 dead-letters it on its return':
    async (b) => {
      const { queue, dead } = await queueWith(b, 1);
      const held = heldUntilDrop(b);
      const received = await receive(
        b,
        queue,
        async () => {
          await held.whileHeld();
          throw new Error('handler failed');
        },
        { prefetch: 1, maxDeliveries: 2 },
      );
      await received.waitFor(1);
      await held.dropThenRelease();
      const deadLetters = await receive({ consumer: b.newConsumer() }, dead);
      await deadLetters.waitFor(1);
      await received.subscription.stop();
      await deadLetters.subscription.stop();
      return { work: received.deliveries.map(seen), dead: deadLetters.deliveries.map(seen) };
    },
  // Pins the fake's quorum order: returned messages over the limit are dead-lettered newest first.
  'connection dropped with three held over a max length of 1: the order they are dead-lettered in': async (
    b,
  ) => {
    const { queue, dead } = await queueWith(b, 0, { maxLength: 1 });
    const held = heldUntilDrop(b);
    const received = await receive(b, queue, held.whileHeld, { prefetch: 3 });
    await publishAll(
      b,
      ['h0', 'h1', 'h2'].map((id) => evt(id)),
    );
    await received.waitFor(3);
    await publishAll(b, [evt('r')]);
    await held.dropThenRelease();
    await eventually(() => received.deliveries.length >= 4, 'one delivery after the drop', {
      timeoutMs: 10_000,
    });
    await received.subscription.stop();
    return { got: received.deliveries.map(seen), dead: await drainedIds(b, dead, 3) };
  },
});

/**
 * Settlement, limits and dead-lettering in combination, and a consumer connection dropped with
 * messages held: where the fake and the adapters were found to part (a requeue loop that starved
 * the fake's timers, quorum dead-letter order after a drop, the adapter's classic count lost when
 * a settlement never reached the broker).
 */
export const interactionCases: readonly BrokerCase[] = [
  ...settlement,
  ...connectionDrops,
  ...deadLetters,
  ...topology,
];
