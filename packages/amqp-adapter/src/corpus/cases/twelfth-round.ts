// The twelfth probe round (2026-12-05): scenarios beyond the other files, kept as corpus cases. Each
// ran on RabbitMQ 3.10 twice and on InMemoryBroker, on quorum and classic queues; the comment above a
// case gives its outcome ("SAME": both RabbitMQ runs agreed and the fake, after the round's fixes,
// answered the same on both queue types).
import {
  boundQueue,
  collectingQueue,
  declare,
  delayQueue,
  eventually,
  latch,
  receive,
} from '@seams/contracts';
import type { Delivery, EventMessage, JsonValue, QueueSpec } from '@seams/ports';
import {
  type BrokerCase,
  brokerCases,
  drainedIds,
  evt,
  ids,
  json,
  outcome,
  publishAll,
  publishPaced,
  seen,
} from '../broker-case.js';
import type { CorpusBroker } from '../corpus-broker.js';

const headerOf = (d: Delivery) => (d.message.headers ? { ...d.message.headers } : null);
const deaths = (m: { id: string; brokerHeaders: Readonly<Record<string, unknown>> }) => {
  const xDeath = m.brokerHeaders['x-death'] as ReadonlyArray<{ reason: string; queue: string }> | undefined;
  return xDeath ? `${m.id}:${xDeath.map((d) => `${d.queue}/${d.reason}`).join('>')}` : m.id;
};

/** A queue bound to `#` dead-lettering to `dlx` (with a collecting queue), holding m0..m(n-1). */
async function queueWith(b: CorpusBroker, n: number, extra: Omit<QueueSpec, 'name' | 'bindings'> = {}) {
  const dlx = b.name('dlx');
  const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx, ...extra });
  const dead = collectingQueue(b, 'dead', dlx);
  await declare(b, [queue, dead], [dlx]);
  await publishAll(
    b,
    ids(n).map((id) => evt(id)),
  );
  return { queue: queue.name, dead: dead.name };
}

const settlementProbe = brokerCases('settlement', {
  // SAME
  'stop() resolves only after the held handler finished, and its ack counts': async (b) => {
    const { queue } = await queueWith(b, 2);
    const hold = latch();
    const events: string[] = [];
    const received = await receive(
      b,
      queue,
      async () => {
        await hold.promise;
        events.push('handler-done');
      },
      { prefetch: 1 },
    );
    await received.waitFor(1);
    const stopping = received.subscription.stop().then(() => events.push('stop-resolved'));
    await b.advanceTime(50);
    events.push('released');
    hold.open();
    await stopping;
    return { events, got: received.ids(), left: await drainedIds(b, queue, 1) };
  },
  // SAME
  'stop() twice and stop() with nothing in flight both resolve; later publishes wait in the queue': async (
    b,
  ) => {
    const { queue } = await queueWith(b, 1);
    const received = await receive(b, queue);
    await received.waitFor(1);
    await Promise.all([received.subscription.stop(), received.subscription.stop()]);
    await received.subscription.stop();
    await publishAll(b, [evt('late1'), evt('late2')]);
    await b.advanceTime(50);
    return { got: received.ids(), left: await drainedIds(b, queue, 2) };
  },
  // SAME
  'deliveryCount after nack, throw, nack then ack': async (b) => {
    const { queue } = await queueWith(b, 1);
    const received = await receive(
      b,
      queue,
      (d) => {
        if (d.deliveryCount === 1) return d.nack();
        if (d.deliveryCount === 2) throw new Error('once');
        if (d.deliveryCount === 3) return d.nack({ requeue: true });
        return d.ack();
      },
      { prefetch: 1, maxDeliveries: 10 },
    );
    await received.waitFor(4);
    await received.subscription.stop();
    return received.deliveries.map(seen);
  },
  // SAME
  'a handler that acks then throws: acked, not retried; nack(requeue) then throws: requeued once': async (
    b,
  ) => {
    const { queue, dead } = await queueWith(b, 2);
    const received = await receive(
      b,
      queue,
      (d) => {
        if (d.message.id === 'm0') {
          d.ack();
          throw new Error('after ack');
        }
        if (d.message.id === 'm1' && !d.redelivered) {
          d.nack();
          throw new Error('after nack');
        }
      },
      { prefetch: 1, maxDeliveries: 1 },
    );
    await received.waitFor(3);
    await publishAll(b, [evt('sentinel')]);
    await eventually(() => received.ids().includes('sentinel'), 'sentinel');
    await received.subscription.stop();
    return { got: received.deliveries.map(seen), dead: await drainedIds(b, dead) };
  },
  // SAME
  'a nack storm: three messages with prefetch 3, each requeued twice, then acked': async (b) => {
    const { queue } = await queueWith(b, 3);
    const received = await receive(b, queue, (d) => (d.deliveryCount <= 2 ? d.nack() : undefined), {
      prefetch: 3,
    });
    await received.waitFor(9);
    await received.subscription.stop();
    const all = received.deliveries.map((d) => `${d.message.id}:${d.deliveryCount}:${d.redelivered}`);
    return { count: all.length, sorted: [...all].sort() };
  },
  // SAME
  'two consumers with prefetch 2 attached before publishing six: who holds what, the rest wait': async (
    b,
  ) => {
    const { queue } = await queueWith(b, 0);
    const hold = latch();
    const first = await receive(b, queue, () => hold.promise, { prefetch: 2 });
    const second = await receive({ consumer: b.newConsumer() }, queue, () => hold.promise, { prefetch: 2 });
    await publishAll(
      b,
      ids(6).map((id) => evt(id)),
    );
    await eventually(() => first.deliveries.length + second.deliveries.length === 4, 'four held');
    const held = [...first.ids(), ...second.ids()].sort();
    const counts = [first.deliveries.length, second.deliveries.length];
    const waiting = await drainedIds(b, queue, 2);
    hold.open();
    await first.subscription.stop();
    await second.subscription.stop();
    return { counts, held, waiting };
  },
  // SAME
  'consumer.close() while a handler is held: close waits; the next consumer gets the rest': async (b) => {
    const { queue } = await queueWith(b, 3);
    const hold = latch();
    const consumer = b.newConsumer();
    const events: string[] = [];
    const first = await receive(
      { consumer },
      queue,
      async () => {
        await hold.promise;
        events.push('handler-done');
      },
      { prefetch: 1 },
    );
    await first.waitFor(1);
    const closing = consumer.close().then(() => events.push('closed'));
    await b.advanceTime(30);
    hold.open();
    await closing;
    const afterClose = await outcome(consumer.consume(queue, () => undefined));
    const next = await receive(b, queue, () => undefined, { prefetch: 1 });
    await next.waitFor(2);
    await next.subscription.stop();
    return { events, first: first.ids(), afterClose, next: next.deliveries.map(seen) };
  },
  // SAME
  'stop then consume again on the same consumer: the rest arrive in order': async (b) => {
    const { queue } = await queueWith(b, 4);
    const hold = latch();
    const first = await receive(
      b,
      queue,
      async (d) => {
        if (d.message.id === 'm1') await hold.promise;
      },
      { prefetch: 1 },
    );
    await first.waitFor(2);
    const stopping = first.subscription.stop();
    hold.open();
    await stopping;
    const again = await receive(b, queue, () => undefined, { prefetch: 1 });
    await again.waitFor(2);
    await again.subscription.stop();
    return { first: first.deliveries.map(seen), again: again.deliveries.map(seen) };
  },
  // SAME
  'maxDeliveries 2 on a message requeued by nack before: the throw at count 2 dead-letters it': async (b) => {
    const { queue, dead } = await queueWith(b, 1);
    const received = await receive(
      b,
      queue,
      (d) => {
        if (d.deliveryCount === 1) return d.nack();
        throw new Error('fail');
      },
      { prefetch: 1, maxDeliveries: 2 },
    );
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    await deadGot.waitFor(1);
    await received.subscription.stop();
    return { work: received.deliveries.map(seen), dead: deadGot.deliveries.map(seen) };
  },
  // SAME
  'two consumers with prefetch 1, one fast and one held, five published after both attach': async (b) => {
    const { queue } = await queueWith(b, 0);
    const hold = latch();
    const fast = await receive(b, queue, () => undefined, { prefetch: 1 });
    const slow = await receive({ consumer: b.newConsumer() }, queue, () => hold.promise, { prefetch: 1 });
    await publishAll(
      b,
      ids(5).map((id) => evt(id)),
    );
    await eventually(() => fast.deliveries.length + slow.deliveries.length >= 5, 'five');
    const result = { fast: fast.ids(), slow: slow.ids() };
    hold.open();
    await fast.subscription.stop();
    await slow.subscription.stop();
    return result;
  },
  // SAME
  'stop while a held handler then throws, maxDeliveries 1: dead-lettered after stop': async (b) => {
    const { queue, dead } = await queueWith(b, 2);
    const hold = latch();
    const received = await receive(
      b,
      queue,
      async () => {
        await hold.promise;
        throw new Error('late failure');
      },
      { prefetch: 1, maxDeliveries: 1 },
    );
    await received.waitFor(1);
    const stopping = received.subscription.stop();
    hold.open();
    await stopping;
    return {
      got: received.deliveries.map(seen),
      dead: json(await b.drain(dead, 1)),
      left: await drainedIds(b, queue, 1),
    };
  },
  // SAME
  'a nacked message with a second consumer idle: who gets the redelivery': async (b) => {
    const { queue } = await queueWith(b, 0);
    const hold = latch();
    const a = await receive(
      b,
      queue,
      async (d) => {
        if (d.message.id === 'm0' && !d.redelivered) return d.nack();
        await hold.promise;
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('m0')]);
    await a.waitFor(1);
    const other = await receive({ consumer: b.newConsumer() }, queue, () => hold.promise, { prefetch: 1 });
    await eventually(() => a.deliveries.length + other.deliveries.length >= 2, 'redelivered');
    const result = { a: a.deliveries.map(seen), other: other.deliveries.map(seen) };
    hold.open();
    await a.subscription.stop();
    await other.subscription.stop();
    return result;
  },
  // SAME
  'three consumers with prefetch 1, 2 and 3 attached before ten publishes: who holds what': async (b) => {
    const { queue } = await queueWith(b, 0);
    const hold = latch();
    const cs = [
      await receive(b, queue, () => hold.promise, { prefetch: 1 }),
      await receive({ consumer: b.newConsumer() }, queue, () => hold.promise, { prefetch: 2 }),
      await receive({ consumer: b.newConsumer() }, queue, () => hold.promise, { prefetch: 3 }),
    ];
    await publishAll(
      b,
      ids(10).map((id) => evt(id)),
    );
    await eventually(() => cs.reduce((n, c) => n + c.deliveries.length, 0) === 6, 'six held');
    const split = cs.map((c) => c.ids());
    const waiting = await drainedIds(b, queue, 4);
    hold.open();
    for (const c of cs) await c.subscription.stop();
    return { split, waiting };
  },
  // SAME
  'prefetch 3, settled out of order (third, first, second): the window refills in queue order': async (b) => {
    const { queue } = await queueWith(b, 6);
    const gates = new Map(['m0', 'm1', 'm2'].map((id) => [id, latch()]));
    const received = await receive(b, queue, (d) => gates.get(d.message.id)?.promise, { prefetch: 3 });
    await received.waitFor(3);
    gates.get('m2')?.open();
    await received.waitFor(4);
    gates.get('m0')?.open();
    await received.waitFor(5);
    gates.get('m1')?.open();
    await received.waitFor(6);
    await received.subscription.stop();
    return received.ids();
  },
  // was SILENT on quorum (fake gave the redelivery back to the nacking consumer); fixed, now SAME
  'two consumers with prefetch 1: a nack by one goes to the other, which was waiting': async (b) => {
    const { queue } = await queueWith(b, 0);
    const hold = latch();
    const a = await receive(
      b,
      queue,
      async (d) => {
        if (d.message.id === 'm0') {
          await hold.promise;
          d.nack();
        }
      },
      { prefetch: 1 },
    );
    const other = await receive({ consumer: b.newConsumer() }, queue, () => undefined, { prefetch: 1 });
    await publishAll(b, [evt('m0'), evt('m1')]);
    await eventually(() => a.deliveries.length + other.deliveries.length >= 2, 'both delivered');
    hold.open();
    // Until the other consumer has it: a count of deliveries let a loaded machine stop both consumers
    // between a's second nack and the other's delivery.
    await eventually(() => other.deliveries.some((d) => d.message.id === 'm0'), 'the other has m0');
    await a.subscription.stop();
    await other.subscription.stop();
    return { a: a.deliveries.map(seen), other: other.deliveries.map(seen) };
  },
  // SAME
  'publishes during a stop() that waits on a held handler stay in the queue': async (b) => {
    const { queue } = await queueWith(b, 1);
    const hold = latch();
    const received = await receive(b, queue, () => hold.promise, { prefetch: 5 });
    await received.waitFor(1);
    const stopping = received.subscription.stop();
    await publishAll(b, [evt('x'), evt('y')]);
    await b.advanceTime(50);
    hold.open();
    await stopping;
    // Which of the two is left first is RabbitMQ's race, not the case: a publish routed before the
    // queue applied the cancel reaches the stopping consumer, which hands it back, behind the other
    // on a quorum queue (seen once in CI under load). The case is that both stay.
    return { got: received.ids(), left: (await drainedIds(b, queue, 2)).sort() };
  },
});

const propertiesProbe = brokerCases('properties', {
  // SAME
  'header floats at the edges: -0, 5e-324, MAX_VALUE, 0.1, 1e21, -1e-7, 2^53+2': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const headers = {
      negZero: -0,
      tiny: 5e-324,
      max: Number.MAX_VALUE,
      tenth: 0.1,
      big: 1e21,
      negSmall: -1e-7,
      over53: 2 ** 53 + 2,
      minSafe: Number.MIN_SAFE_INTEGER,
      t: true,
      f: false,
      empty: '',
    };
    const published = await publishAll(b, [evt('a', 'x', { headers })]);
    const received = await receive(b, queue.name);
    await received.waitFor(1);
    await received.subscription.stop();
    const got = headerOf(received.deliveries[0] as Delivery) ?? {};
    return {
      published,
      headers: Object.fromEntries(
        Object.entries(got).map(([k, v]) => [k, Object.is(v, -0) ? '-0' : `${typeof v}:${String(v)}`]),
      ),
    };
  },
  // SAME
  'headers with nested objects, arrays, null and dates are refused; the next publish is delivered': async (
    b,
  ) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const bad = {
      obj: { a: 1 },
      arr: [1, 2],
      nil: null,
      date: new Date(0),
    } as unknown as EventMessage['headers'];
    const published = await publishAll(b, [evt('a', 'x', { headers: bad }), evt('b')]);
    return { published, queued: await drainedIds(b, queue.name, 1) };
  },
  // SAME
  'payloads at the edges: null, 0, false, "", [], deep nesting, a 2 MiB multibyte string': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    let deep: JsonValue = 'leaf';
    for (let i = 0; i < 200; i += 1) deep = [deep];
    const payloads: JsonValue[] = [null, 0, false, '', [], {}, deep, 'é😀'.repeat(350_000)];
    const published = await publishAll(
      b,
      payloads.map((payload, i) => evt(`p${i}`, 'x', { payload })),
    );
    const received = await receive(b, queue.name);
    await received.waitFor(payloads.length);
    await received.subscription.stop();
    return {
      published,
      got: received.deliveries.map((d) => {
        const text = JSON.stringify(d.message.payload);
        return { id: d.message.id, length: text.length, head: text.slice(0, 12) };
      }),
    };
  },
});

const routingProbe = brokerCases('routing', {
  // SAME
  'a declared exchange whose only queue binds another pattern: unroutable; after a new binding, routed':
    async (b) => {
      const queue = boundQueue(b, 'q', ['invoice.*']);
      await declare(b, [queue]);
      const before = await publishAll(b, [evt('a', 'order.created')]);
      await declare(b, [
        { ...queue, bindings: [...queue.bindings, { exchange: b.exchange, pattern: 'order.#' }] },
      ]);
      const after = await publishAll(b, [evt('b', 'order.created'), evt('c', 'invoice.sent')]);
      return { before, after, queued: await drainedIds(b, queue.name, 2) };
    },
  // SAME
  'an exchange with no queue at all: unroutable; a queue with max length 0 and no dead-letter exchange: confirmed':
    async (b) => {
      await declare(b, []);
      const none = await publishAll(b, [evt('a')]);
      const queue = boundQueue(b, 'q', ['#'], { maxLength: 0 });
      await declare(b, [queue]);
      const full = await publishAll(b, [evt('b'), evt('c')]);
      return { none, full, queued: await drainedIds(b, queue.name) };
    },
});

const deadLettersProbe = brokerCases('dead-letters', {
  // SAME
  'an expiry chain of three hops into a consumed queue: deadLetter and x-death on arrival': async (b) => {
    const x1 = b.name('x1');
    const x2 = b.name('x2');
    const x3 = b.name('x3');
    const hop1 = boundQueue(b, 'hop1', ['#'], { messageTtlMs: 40, deadLetterExchange: x1 });
    const hop2 = delayQueue(b, 'hop2', { from: x1, ttlMs: 40, to: x2 });
    const hop3 = delayQueue(b, 'hop3', { from: x2, ttlMs: 40, to: x3 });
    const end = collectingQueue(b, 'end', x3);
    await declare(b, [hop1, hop2, hop3, end], [x1, x2, x3]);
    await publishAll(b, [evt('a'), evt('b')]);
    for (let i = 0; i < 4; i += 1) await b.advanceTime(60);
    const received = await receive(b, end.name);
    await received.waitFor(2);
    await received.subscription.stop();
    await publishAll(b, [evt('c')]);
    await b.advanceTime(60);
    await b.advanceTime(60);
    await b.advanceTime(60);
    return { got: received.deliveries.map(seen), peek: json(await b.drain(end.name, 1)) };
  },
  // SAME
  'max length 2 with a dead-letter exchange and a consumer holding one: six published': async (b) => {
    const { queue, dead } = await queueWith(b, 0, { maxLength: 2 });
    const hold = latch();
    const received = await receive(b, queue, () => hold.promise, { prefetch: 1 });
    await publishAll(b, [evt('h')]);
    await received.waitFor(1);
    await publishAll(
      b,
      ids(5).map((id) => evt(id)),
    );
    const deadIds = await drainedIds(b, dead, 3);
    hold.open();
    await received.waitFor(3);
    await received.subscription.stop();
    return { got: received.ids(), dead: deadIds };
  },
  // SAME
  'TTL with a consumer that requeues: the message is redelivered until the TTL passes, then dies expired':
    async (b) => {
      // Three deliveries of 60 ms each fit a 1 s TTL with 800 ms to spare: a 200 ms TTL left 20 ms,
      // which the round trips of a loaded machine took (two deliveries before it expired).
      const { queue, dead } = await queueWith(b, 0, { messageTtlMs: 1_000 });
      const received = await receive(
        b,
        queue,
        async (d) => {
          await b.advanceTime(60);
          d.nack();
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('a')]);
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      await deadGot.waitFor(1);
      await received.subscription.stop();
      const counts = received.deliveries.map((d) => d.deliveryCount);
      return { atLeast3: counts.length >= 3, dead: deadGot.deliveries.map(seen) };
    },
  // SAME
  'nack without requeue on a queue with no dead-letter exchange: dropped, the next message delivered': async (
    b,
  ) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    await publishAll(b, [evt('a'), evt('b')]);
    const received = await receive(b, queue.name, (d) =>
      d.message.id === 'a' ? d.nack({ requeue: false }) : undefined,
    );
    await received.waitFor(2);
    await received.subscription.stop();
    return { got: received.deliveries.map(seen), left: await drainedIds(b, queue.name) };
  },
  // SAME
  'one message dies in the same queue for two reasons: x-death keeps one entry per queue and reason': async (
    b,
  ) => {
    const x1 = b.name('x1');
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: x1, messageTtlMs: 80 });
    const park: QueueSpec = { ...collectingQueue(b, 'park', x1), deadLetterExchange: b.exchange };
    await declare(b, [work, park], [x1]);
    // Consuming before the publish: a consumer that attached later than 80 ms after it (a loaded CI machine)
    // found a already expired.
    const r1 = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
    await publishAll(b, [evt('a')]);
    await r1.waitFor(1);
    await r1.subscription.stop();
    // The second arrival (expired) is acked: rejected again it went round once more, and on a
    // loaded machine came back into park (80 ms later) before the drain below.
    const r2 = await receive({ consumer: b.newConsumer() }, park.name, (d) =>
      d.deadLetter?.reason === 'rejected' ? d.nack({ requeue: false }) : d.ack(),
    );
    await r2.waitFor(1);
    await b.advanceTime(150);
    await r2.waitFor(2);
    await r2.subscription.stop();
    return {
      work: r1.deliveries.map(seen),
      park: r2.deliveries.map(seen),
      left: json(await b.drain(park.name)),
    };
  },
  // was SILENT (both types): the fake routed the dead head before the new message reached the witness; fixed, now SAME
  'max length 1 dead-lettering into an exchange that routes back to the same queue; a witness too': async (
    b,
  ) => {
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: b.exchange, maxLength: 1 });
    const witness = boundQueue(b, 'witness', ['#']);
    await declare(b, [work, witness]);
    // Paced: back to back, c reached RabbitMQ's witness before the dead a once in CI (timing-only).
    await publishPaced(b, [evt('a'), evt('b'), evt('c')]);
    return { work: json(await b.drain(work.name, 1)), witness: json(await b.drain(witness.name, 5)) };
  },
  // SAME
  'a burst of 60 concurrent publishes into max length 5: the newest five stay, the rest die in order': async (
    b,
  ) => {
    const { queue, dead } = await queueWith(b, 0, { maxLength: 5 });
    const results = await Promise.all(ids(60).map((id) => b.publisher.publish(evt(id)).then(() => 'ok')));
    const deadIds = await drainedIds(b, dead, 55);
    return {
      confirmed: results.filter((r) => r === 'ok').length,
      live: await drainedIds(b, queue, 5),
      deadFirst: deadIds.slice(0, 3),
      deadCount: deadIds.length,
      inOrder: deadIds.join() === ids(55).join(),
    };
  },
  // SAME
  'delivery limit into a dead-letter queue that requeues it twice: counts there': async (b) => {
    const { queue, dead } = await queueWith(b, 1);
    const work = await receive(b, queue, () => Promise.reject(new Error('no')), { maxDeliveries: 2 });
    const dlq = await receive({ consumer: b.newConsumer() }, dead, (d) =>
      d.deliveryCount <= 2 ? d.nack() : undefined,
    );
    await dlq.waitFor(3);
    await work.subscription.stop();
    await dlq.subscription.stop();
    return { work: work.deliveries.map(seen), dead: dlq.deliveries.map(seen) };
  },
  // SAME
  'TTL expiry while a consumer is attached with a full window: the waiting ones die, later ones deliver':
    async (b) => {
      const { queue, dead } = await queueWith(b, 0, { messageTtlMs: 100 });
      const hold = latch();
      const received = await receive(b, queue, () => hold.promise, { prefetch: 2 });
      await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      await received.waitFor(2);
      await b.advanceTime(200);
      const deadIds = await drainedIds(b, dead, 3);
      await publishAll(b, [evt('late')]);
      hold.open();
      await received.waitFor(3);
      await received.subscription.stop();
      return { got: received.ids(), dead: deadIds };
    },
  // SAME after the dead-letter ordering fix (without the 200 ms gap classic RabbitMQ races: timing-only)
  'a rejected dead letter fans out to a full queue and a witness, rejections 200 ms apart': async (b) => {
    const dlx = b.name('dlx');
    const dlx2 = b.name('dlx2');
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
    const full: QueueSpec = { ...collectingQueue(b, 'full', dlx), deadLetterExchange: dlx2, maxLength: 0 };
    const seenQ: QueueSpec = {
      ...collectingQueue(b, 'seen', dlx),
      bindings: [
        { exchange: dlx, pattern: '#' },
        { exchange: dlx2, pattern: '#' },
      ],
    };
    await declare(b, [work, full, seenQ], [dlx, dlx2]);
    await publishAll(b, [evt('a'), evt('b')]);
    const r = await receive(
      b,
      work.name,
      async (d) => {
        if (d.message.id === 'b') await new Promise((resolve) => setTimeout(resolve, 200));
        d.nack({ requeue: false });
      },
      { prefetch: 1 },
    );
    await r.waitFor(2);
    await r.subscription.stop();
    return (await b.drain(seenQ.name, 4)).map(deaths);
  },
  // SAME
  'max length 2 beside a witness, dead-lettering into the witness exchange, with a consumer holding one':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx, maxLength: 2 });
      const witness: QueueSpec = {
        ...boundQueue(b, 'witness', ['#']),
        bindings: [
          { exchange: b.exchange, pattern: '#' },
          { exchange: dlx, pattern: '#' },
        ],
      };
      await declare(b, [work, witness], [dlx]);
      const hold = latch();
      const r = await receive(b, work.name, () => hold.promise, { prefetch: 1 });
      // Paced for the same reason as the max length 1 case above: m4 must not overtake the dead m1.
      await publishPaced(b, [evt('m0'), evt('m1'), evt('m2'), evt('m3'), evt('m4')]);
      await r.waitFor(1);
      const witnessed = (await b.drain(witness.name, 7)).map(deaths);
      hold.open();
      await r.waitFor(3);
      await r.subscription.stop();
      return { witnessed, got: r.deliveries.map(seen) };
    },
  // SAME
  'two held messages requeued at once over max length 1 with one waiting: what is delivered, what dies':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx, maxLength: 1 });
      const witness = collectingQueue(b, 'witness', dlx);
      await declare(b, [work, witness], [dlx]);
      const hold = latch();
      const acked: string[] = [];
      const r = await receive(
        b,
        work.name,
        async (d) => {
          if ((d.message.id === 'h0' || d.message.id === 'h1') && !d.redelivered) {
            await hold.promise;
            return d.nack();
          }
          acked.push(d.message.id);
        },
        { prefetch: 2 },
      );
      const dead = await receive({ consumer: b.newConsumer() }, witness.name);
      await publishAll(b, [evt('h0'), evt('h1')]);
      await r.waitFor(2);
      await publishAll(b, [evt('w')]);
      hold.open();
      await eventually(() => acked.length + dead.deliveries.length >= 3, 'all three settled');
      await r.subscription.stop();
      await dead.subscription.stop();
      return { got: r.deliveries.map(seen), dead: dead.deliveries.map(seen) };
    },
});

const topologyProbe = brokerCases('topology', {
  // SAME
  'redeclaring without the dead-letter exchange or max length it was declared with': async (b) => {
    const dlx = b.name('dlx');
    const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx, maxLength: 5 });
    await declare(b, [queue], [dlx]);
    const { deadLetterExchange: _d, ...noDlx } = queue;
    const { maxLength: _m, ...noMax } = queue;
    return {
      noDlx: await outcome(b.topology.declare({ exchanges: [], queues: [noDlx] })),
      noMax: await outcome(b.topology.declare({ exchanges: [], queues: [noMax] })),
      same: await outcome(b.topology.declare({ exchanges: [], queues: [queue] })),
    };
  },
  // SAME
  'redeclaring a queue with type left out: quorum is the default': async (b) => {
    const queue = boundQueue(b, 'q', ['#']);
    await declare(b, [queue]);
    const { type: _t, ...untyped } = queue;
    return { untyped: await outcome(b.topology.declare({ exchanges: [], queues: [untyped] })) };
  },
  // SAME
  'one declare with the same queue twice, differing: refused, and what is left': async (b) => {
    const a = boundQueue(b, 'q', ['a.#'], { messageTtlMs: 1000 });
    const a2 = { ...a, bindings: [{ exchange: b.exchange, pattern: 'b.#' }], messageTtlMs: 2000 };
    const result = await outcome(
      b.topology.declare({ exchanges: [{ name: b.exchange, type: 'topic' }], queues: [a, a2] }),
    );
    const published = await publishAll(b, [evt('x', 'a.1'), evt('y', 'b.1')]);
    return { result, published, queued: await drainedIds(b, a.name, 1) };
  },
  // SAME
  'a dead-letter exchange declared after the queue: dead letters flow once it exists': async (b) => {
    const dlx = b.name('dlx');
    const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx });
    await declare(b, [queue]);
    await publishAll(b, [evt('a')]);
    const first = await receive(b, queue.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
    await first.waitFor(1);
    await first.subscription.stop();
    const dead = collectingQueue(b, 'dead', dlx);
    await declare(b, [dead], [dlx]);
    await publishAll(b, [evt('b')]);
    const second = await receive(b, queue.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
    await second.waitFor(1);
    await second.subscription.stop();
    return { first: first.ids(), second: second.ids(), dead: await drainedIds(b, dead.name, 1) };
  },
});

/** Which consumer is served next: quorum in the order consumers got room, classic round-robin. */
const serviceOrderProbe = brokerCases('settlement', {
  // was SILENT on quorum before the service-order fix (fake: A, B, C; RabbitMQ quorum: C, A, B;
  // classic: A, B, C); now SAME
  'three consumers of prefetch 1 freed in the order C, A, B: who gets the next three': async (b) => {
    const { queue } = await queueWith(b, 0);
    const gates = { A: latch(), B: latch(), C: latch() };
    const got: string[] = [];
    const subs = [];
    for (const [name, gate] of Object.entries(gates)) {
      const consumer = name === 'A' ? b.consumer : b.newConsumer();
      subs.push(
        await receive(
          { consumer },
          queue,
          async (d) => {
            got.push(`${name}:${d.message.id}`);
            if (d.message.id.startsWith('m')) await gate.promise;
          },
          { prefetch: 1 },
        ),
      );
    }
    await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
    await eventually(() => got.length === 3, 'three held');
    const first = [...got];
    gates.C.open();
    await b.advanceTime(50);
    gates.A.open();
    await b.advanceTime(50);
    gates.B.open();
    await b.advanceTime(50);
    await publishAll(b, [evt('n0'), evt('n1'), evt('n2'), evt('n3')]);
    await eventually(() => got.length === 7, 'seven');
    for (const s of subs) await s.subscription.stop();
    return { first, next: got.slice(3) };
  },
  // SAME
  'two consumers of prefetch 2, A holding both of its own, B acking: six published after': async (b) => {
    const { queue } = await queueWith(b, 0);
    const hold = latch();
    const got: string[] = [];
    const a = await receive(
      b,
      queue,
      async (d) => {
        got.push(`A:${d.message.id}`);
        await hold.promise;
      },
      { prefetch: 2 },
    );
    const other = await receive(
      { consumer: b.newConsumer() },
      queue,
      (d) => {
        got.push(`B:${d.message.id}`);
      },
      { prefetch: 2 },
    );
    await publishAll(
      b,
      ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'].map((id) => evt(id)),
    );
    await eventually(() => got.length === 6, 'six');
    const result = [...got];
    hold.open();
    await a.subscription.stop();
    await other.subscription.stop();
    return result;
  },
  // SAME
  'a consumer attached while another waits with room: who gets the next publish': async (b) => {
    const { queue } = await queueWith(b, 0);
    const got: string[] = [];
    const a = await receive(
      b,
      queue,
      (d) => {
        got.push(`A:${d.message.id}`);
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('m0')]);
    await eventually(() => got.length === 1, 'one');
    const other = await receive(
      { consumer: b.newConsumer() },
      queue,
      (d) => {
        got.push(`B:${d.message.id}`);
      },
      { prefetch: 1 },
    );
    await b.advanceTime(30);
    await publishAll(b, [evt('m1')]);
    await eventually(() => got.length === 2, 'two');
    await publishAll(b, [evt('m2')]);
    await eventually(() => got.length === 3, 'three');
    await a.subscription.stop();
    await other.subscription.stop();
    return got;
  },
});

/** The twelfth round's cases, several groups. */
export const twelfthRoundCases: readonly BrokerCase[] = [
  ...serviceOrderProbe,
  ...settlementProbe,
  ...propertiesProbe,
  ...routingProbe,
  ...deadLettersProbe,
  ...topologyProbe,
];
