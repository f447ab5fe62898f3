// The eighteenth probe round (2026-12-05): scenarios written from RabbitMQ's pages on consumer
// prefetch, acknowledgements, dead lettering, TTL and length limits, and from the port's documented
// defaults (prefetch 10, maxDeliveries 5): the header table as the broker rewrites it, the
// consumer's own dead letters meeting the broker's (maxlen, expired) further on, delivery counts
// across subscriptions, large batches rejected or expiring together, queues of both types in one
// case, and settlements lost to a dropped connection. Each ran on RabbitMQ 3.10 three times and on
// InMemoryBroker, on quorum and classic queues; the comment above a case gives its outcome. They
// wait for signals (a delivery, a drained count), not fixed sleeps.
import { boundQueue, collectingQueue, declare, eventually, latch, receive } from '@seams/contracts';
import type { Delivery, EventMessage, QueueSpec, Subscription } from '@seams/ports';
import {
  type BrokerCase,
  brokerCases,
  deaths,
  drainedIds,
  evt,
  flags,
  ids,
  outcome,
  publishAll,
  queuePair,
  seen,
  whole,
  workAndDead,
} from '../broker-case.js';
import type { CorpusBroker, DrainedMessage } from '../corpus-broker.js';

/** A richly described event: headers of each type, a correlation id, a nested payload. */
const rich = (id: string, type = 'order.created'): EventMessage =>
  evt(id, type, {
    correlationId: `corr-${id}`,
    headers: { 'x-tenant': 'acmé', 'x-n': 7, 'x-flag': true },
    payload: { id, lines: [{ sku: 'ß-1', qty: 2 }], nested: { deep: [1, 'two', false] } },
  });

/** Headers in an order no sort gives, integer-like names among them. */
const UNSORTED_HEADERS = {
  zeta: 1,
  alpha: 'a',
  Mid: true,
  '10': 'ten',
  '2': 'two',
  'b-x': 'bx',
  _u: 'u',
  Zeta: 2,
};

/** The header names of a delivery, in the order the handler sees them. */
const headerOrder = (d: Delivery): string => Object.keys(d.message.headers ?? {}).join(',');

/** `x-first-death-*` of a drained message, sorted. */
const firsts = (m: DrainedMessage): string[] =>
  Object.entries(m.brokerHeaders)
    .filter(([k]) => k.startsWith('x-first-death-'))
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort();

/** Lets the broker's time pass in steps until `done()`: a fake clock advances, RabbitMQ's timers run. */
async function advanceUntil(b: CorpusBroker, done: () => boolean, what: string, stepMs = 50): Promise<void> {
  for (let step = 0; step < 100 && !done(); step += 1) await b.advanceTime(stepMs);
  await eventually(done, what);
}

const fail = (): never => {
  throw new Error('always');
};

const propertiesRound = brokerCases('properties', {
  // SILENT before this round's fix (the fake kept the published header order), now SAME
  'r18 header order as published, after a requeue and in the dead-letter queue after a rejection': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    await publishAll(b, [evt('a', 'order.created', { headers: UNSORTED_HEADERS })]);
    const r = await receive(b, work, (d) => (d.deliveryCount === 1 ? d.nack() : d.nack({ requeue: false })), {
      prefetch: 1,
    });
    await deadGot.waitFor(1);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    return { work: r.deliveries.map(headerOrder), dead: deadGot.deliveries.map(headerOrder) };
  },
  // SILENT before this round's fix (the fake kept the published header order), now SAME
  'r18 header order after a delivery-limit death, and after a connection drop returned the message': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const hold = latch();
    const deadGot = await receive(
      { consumer: b.newConsumer() },
      dead,
      async (d) => {
        if (!d.redelivered) await hold.promise;
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('a', 'order.created', { headers: UNSORTED_HEADERS })]);
    const r = await receive(b, work, fail, { prefetch: 1, maxDeliveries: 1 });
    await deadGot.waitFor(1);
    // Stopped first: stop() waits for the dead copy's confirm and the original's ack.
    await r.subscription.stop();
    await b.dropConsumerConnection();
    await deadGot.waitFor(2);
    hold.open();
    await deadGot.subscription.stop();
    return { work: r.deliveries.map(headerOrder), dead: deadGot.deliveries.map(headerOrder) };
  },
  // SAME (copies)
  "r18 one publish into two queues, one delivery's payload and headers mutated: the other copy and the redelivery are untouched":
    async (b) => {
      const qa = boundQueue(b, 'qa', ['#']);
      const qb = boundQueue(b, 'qb', ['#']);
      await declare(b, [qa, qb]);
      await publishAll(b, [rich('a')]);
      const ra = await receive(
        b,
        qa.name,
        (d) => {
          if (d.deliveryCount > 1) return;
          const payload = d.message.payload as { lines: unknown[]; nested: { deep: unknown[] } };
          payload.lines.push('extra');
          payload.nested.deep.length = 0;
          const headers = d.message.headers as Record<string, unknown> | undefined;
          if (headers) headers['x-n'] = 99;
          d.nack();
        },
        { prefetch: 1 },
      );
      await ra.waitFor(2);
      const rb = await receive({ consumer: b.newConsumer() }, qb.name);
      await rb.waitFor(1);
      await ra.subscription.stop();
      await rb.subscription.stop();
      return { redelivered: whole(ra.deliveries[1] as Delivery), other: rb.deliveries.map(whole) };
    },
  // SAME (types)
  'r18 one publish into a quorum and a classic queue, m0 nacked once in each with prefetch 1: the order in each':
    async (b) => {
      const [qq, qc] = queuePair(b);
      await declare(b, [qq, qc]);
      await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
      const handler = (d: Delivery) =>
        d.message.id === 'm0' && d.deliveryCount === 1 ? d.nack() : undefined;
      const rq = await receive(b, qq.name, handler, { prefetch: 1 });
      const rc = await receive({ consumer: b.newConsumer() }, qc.name, handler, { prefetch: 1 });
      await rq.waitFor(4);
      await rc.waitFor(4);
      await rq.subscription.stop();
      await rc.subscription.stop();
      const show = (d: Delivery) => `${d.message.id}:${d.deliveryCount}:${d.redelivered}`;
      return { quorum: rq.deliveries.map(show), classic: rc.deliveries.map(show) };
    },
});

const headerRound = brokerCases('properties', {
  // SILENT before this round's fix (the fake kept the published header order), now SAME
  'r18 unicode header names after an expiry and a maxlen death: sorted by UTF-8 bytes': async (b) => {
    const dlx = b.name('dlx');
    const copy = boundQueue(b, 'copy', ['#']);
    const ttl0 = boundQueue(b, 'ttl0', ['t.*'], { messageTtlMs: 0, deadLetterExchange: dlx });
    const max0 = boundQueue(b, 'max0', ['m.*'], { maxLength: 0, deadLetterExchange: dlx });
    const dead = collectingQueue(b, 'dead', dlx);
    await declare(b, [copy, ttl0, max0, dead], [dlx]);
    const headers = { ü: 1, z: 2, Ω: 3, '\uFF01x': 4, '😀': 5, a: 6, É: 7, ' sp': 8 };
    const deadGot = await receive({ consumer: b.newConsumer() }, dead.name);
    await publishAll(b, [evt('t', 't.x', { headers }), evt('m', 'm.x', { headers })]);
    const copies = await receive(b, copy.name);
    await copies.waitFor(2);
    await deadGot.waitFor(2);
    await copies.subscription.stop();
    await deadGot.subscription.stop();
    const show = (d: Delivery) => `${d.message.id}:${d.deadLetter?.reason ?? '-'}:${headerOrder(d)}`;
    // Sorted: the two dead letters come from two queues, and RabbitMQ promises no order between them.
    return { copies: copies.deliveries.map(show), dead: deadGot.deliveries.map(show).sort() };
  },
  // SILENT before this round's fix (the fake kept the published header order), now SAME
  'r18 header order of a delivery-limit dead letter after two deliveries, per queue type': async (b) => {
    const { work, dead } = await workAndDead(b);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    await publishAll(b, [evt('a', 'order.created', { headers: UNSORTED_HEADERS })]);
    const r = await receive(b, work, fail, { prefetch: 1, maxDeliveries: 2 });
    await deadGot.waitFor(1);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    return { work: r.deliveries.map(headerOrder), dead: deadGot.deliveries.map(headerOrder) };
  },
  // SAME (header values)
  'r18 header values of each type after a requeue and a rejection: values and types unchanged': async (b) => {
    const { work, dead } = await workAndDead(b);
    const headers = {
      i32max: 2 ** 31 - 1,
      i32min: -(2 ** 31),
      over32: 2 ** 31,
      safe: 2 ** 53 - 1,
      negSafe: -(2 ** 53 - 1),
      half: -1.5,
      tenth: 0.1,
      huge: 1e300,
      tiny: 5e-324,
      t: true,
      f: false,
      empty: '',
      text: 'ß😀',
    };
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    await publishAll(b, [evt('a', 'order.created', { headers })]);
    const r = await receive(b, work, (d) => (d.deliveryCount === 1 ? d.nack() : d.nack({ requeue: false })), {
      prefetch: 1,
    });
    await deadGot.waitFor(1);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    const typed = (d: Delivery) =>
      Object.entries(d.message.headers ?? {})
        .map(([k, v]) => `${k}=${typeof v}:${String(v)}`)
        .sort();
    return { work: r.deliveries.map(typed), dead: deadGot.deliveries.map(typed) };
  },
});

const defaultsRound = brokerCases('settlement', {
  // SAME (defaults)
  'r18 consume with no options: ten handlers at once (prefetch 10); a second consumer gets the other two':
    async (b) => {
      const { work } = await workAndDead(b);
      await publishAll(
        b,
        ids(12).map((id) => evt(id)),
      );
      const hold = latch();
      const r = await receive(b, work, () => hold.promise);
      await r.waitFor(10);
      const other = await receive({ consumer: b.newConsumer() }, work, () => undefined, { prefetch: 1 });
      await other.waitFor(2);
      const held = r.ids();
      hold.open();
      await r.subscription.stop();
      await other.subscription.stop();
      return { held, other: other.ids(), total: r.ids().length };
    },
  // SAME (defaults)
  'r18 consume with no options: an always-throwing handler sees counts 1 to 5, then the message is dead-lettered':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      await publishAll(b, [evt('a')]);
      const r = await receive(b, work, fail);
      await deadGot.waitFor(1);
      await r.subscription.stop();
      await deadGot.subscription.stop();
      return { work: r.deliveries.map(seen), dead: deadGot.deliveries.map(seen) };
    },
  // SAME (order)
  'r18 thirty messages each nacked once with prefetch 1: the delivery order, per queue type': async (b) => {
    const { work } = await workAndDead(b);
    const published = await Promise.all(ids(30).map((id) => outcome(b.publisher.publish(evt(id)))));
    const r = await receive(b, work, (d) => (d.deliveryCount === 1 ? d.nack() : undefined), { prefetch: 1 });
    await r.waitFor(60);
    await r.subscription.stop();
    return {
      confirmed: published.filter((p) => p === 'ok').length,
      order: r.deliveries.map((d) => `${d.message.id}:${d.deliveryCount}`).join(' '),
    };
  },
  // SAME (load)
  'r18 three hundred messages over three consumers of prefetch 10 attached first: each once, each share in order':
    async (b) => {
      const { work } = await workAndDead(b);
      const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
      const rs = [
        await receive(b, work, tick, { prefetch: 10 }),
        await receive({ consumer: b.newConsumer() }, work, tick, { prefetch: 10 }),
        await receive({ consumer: b.newConsumer() }, work, tick, { prefetch: 10 }),
      ];
      const published = await Promise.all(ids(300).map((id) => outcome(b.publisher.publish(evt(id)))));
      await eventually(() => rs.reduce((n, r) => n + r.deliveries.length, 0) >= 300, '300 deliveries');
      await Promise.all(rs.map((r) => r.subscription.stop()));
      const all = rs.flatMap((r) => r.ids());
      const num = (id: string) => Number(id.slice(1));
      return {
        confirmed: published.filter((p) => p === 'ok').length,
        total: all.length,
        unique: new Set(all).size,
        eachInOrder: rs.map((r) =>
          r.ids().every((id, i, list) => i === 0 || num(id) > num(list[i - 1] as string)),
        ),
        everyoneServed: rs.map((r) => r.deliveries.length > 0),
        redelivered: rs.reduce((n, r) => n + r.deliveries.filter((d) => d.redelivered).length, 0),
        left: await drainedIds(b, work),
      };
    },
  // SAME (counts across subscriptions)
  'r18 a handler calls stop() and then throws: requeued once; a second consumer with maxDeliveries 3 counts on':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const consumerA = b.newConsumer();
      const first: string[] = [];
      let stopping: Promise<void> | undefined;
      let subscription: Subscription | undefined;
      subscription = await consumerA.consume(
        work,
        (d) => {
          first.push(`${d.message.id}:${d.deliveryCount}:${d.redelivered}`);
          stopping = subscription?.stop();
          throw new Error('first');
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('a')]);
      await eventually(() => stopping !== undefined, 'stop() called');
      await stopping;
      const deadGot = await receive({ consumer: b.newConsumer() }, dead);
      const r = await receive(b, work, fail, { prefetch: 1, maxDeliveries: 3 });
      await deadGot.waitFor(1);
      await r.subscription.stop();
      await deadGot.subscription.stop();
      return { first, second: r.deliveries.map(seen), dead: deadGot.deliveries.map(seen) };
    },
  // SAME (counts across subscriptions)
  'r18 nacked twice, then stop() and a throw on the third delivery: the same consumer subscribed again counts on':
    async (b) => {
      const { work } = await workAndDead(b);
      const first: string[] = [];
      let stopping: Promise<void> | undefined;
      let subscription: Subscription | undefined;
      subscription = await b.consumer.consume(
        work,
        (d) => {
          first.push(`${d.deliveryCount}:${d.redelivered}`);
          if (d.deliveryCount < 3) return d.nack();
          stopping = subscription?.stop();
          throw new Error('third');
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('a')]);
      await eventually(() => stopping !== undefined, 'stop() called');
      await stopping;
      const r = await receive(b, work, () => undefined, { prefetch: 1 });
      await r.waitFor(1);
      await r.subscription.stop();
      return { first, again: r.deliveries.map(seen) };
    },
  // SAME (close)
  'r18 consumer.close() with three queues holding two each that then requeue: each queue keeps its order':
    async (b) => {
      const queues = ['a', 'b', 'c'].map((k) => boundQueue(b, `q${k}`, [`${k}.*`]));
      await declare(b, queues);
      await publishAll(
        b,
        ['a', 'b', 'c'].flatMap((k) => [evt(`${k}0`, `${k}.x`), evt(`${k}1`, `${k}.x`)]),
      );
      const consumer = b.newConsumer();
      const hold = latch();
      const got: string[] = [];
      for (const q of queues) {
        await consumer.consume(
          q.name,
          async (d) => {
            got.push(d.message.id);
            await hold.promise;
            d.nack();
          },
          { prefetch: 2 },
        );
      }
      await eventually(() => got.length >= 6, 'six held');
      const closing = consumer.close();
      hold.open();
      await closing;
      const left: Record<string, string[]> = {};
      for (const q of queues) left[q.name] = (await b.drain(q.name, 2)).map(flags);
      return { got: got.sort(), left };
    },
});

const deadLetterRound = brokerCases('dead-letters', {
  // SAME (consumer then broker death)
  'r18 delivery_limit into a dead-letter queue of max length 0 that dead-letters on: deadLetter names maxlen':
    async (b) => {
      const [dlx, dlx2] = [b.name('dlx'), b.name('dlx2')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const full = { ...collectingQueue(b, 'full', dlx), maxLength: 0, deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, full, end], [dlx, dlx2]);
      const endGot = await receive({ consumer: b.newConsumer() }, end.name);
      await publishAll(b, [rich('a')]);
      const r = await receive(b, work.name, fail, { prefetch: 1, maxDeliveries: 1 });
      await endGot.waitFor(1);
      await r.subscription.stop();
      await endGot.subscription.stop();
      return { work: r.deliveries.map(seen), end: endGot.deliveries.map(whole) };
    },
  // SAME (consumer then broker death, drained)
  'r18 delivery_limit, then maxlen in the next queue: x-death and x-first-death as basic.get sees them':
    async (b) => {
      const [dlx, dlx2] = [b.name('dlx'), b.name('dlx2')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const full = { ...collectingQueue(b, 'full', dlx), maxLength: 0, deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, full, end], [dlx, dlx2]);
      await publishAll(b, [evt('a', 'order.paid')]);
      const r = await receive(b, work.name, fail, { prefetch: 1, maxDeliveries: 1 });
      const got = await b.drain(end.name, 1);
      await r.subscription.stop();
      return got.map((m) => ({
        deaths: deaths(m),
        firsts: firsts(m),
        key: m.routingKey,
        exchange: m.exchange,
        flags: flags(m),
      }));
    },
  // SAME (consumer death drained)
  'r18 a delivery_limit dead letter as basic.get sees it: no x-death, its routing key and exchange': async (
    b,
  ) => {
    const { work, dead, dlx } = await workAndDead(b);
    await publishAll(b, [evt('a', 'order.paid')]);
    const r = await receive(b, work, fail, { prefetch: 1, maxDeliveries: 2 });
    const got = await b.drain(dead, 1);
    await r.subscription.stop();
    return {
      work: r.deliveries.map(seen),
      dead: got.map((m) => ({
        deaths: deaths(m),
        firsts: firsts(m),
        key: m.routingKey,
        viaDlx: m.exchange === dlx,
        flags: flags(m),
      })),
    };
  },
  // SAME (consumer then broker death)
  'r18 delivery_limit, then expired in a TTL dead-letter queue: deadLetter says expired': async (b) => {
    const [dlx, dlx2] = [b.name('dlx'), b.name('dlx2')];
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
    const ttl = { ...collectingQueue(b, 'ttl', dlx), messageTtlMs: 100, deadLetterExchange: dlx2 };
    const end = collectingQueue(b, 'end', dlx2);
    await declare(b, [work, ttl, end], [dlx, dlx2]);
    const endGot = await receive({ consumer: b.newConsumer() }, end.name);
    await publishAll(b, [rich('a')]);
    const r = await receive(b, work.name, fail, { prefetch: 1, maxDeliveries: 1 });
    await advanceUntil(b, () => endGot.deliveries.length >= 1, 'a expired');
    await r.subscription.stop();
    await endGot.subscription.stop();
    return endGot.deliveries.map(whole);
  },
  // SAME (consumer death loop)
  'r18 delivery_limit straight back into the same queue: the count climbs to 3 and the loop ends': async (
    b,
  ) => {
    const retry = b.name('retry');
    const work: QueueSpec = {
      name: b.name('work'),
      type: b.queueType,
      bindings: [
        { exchange: b.exchange, pattern: '#' },
        { exchange: retry, pattern: '#' },
      ],
      deadLetterExchange: retry,
    };
    await declare(b, [work], [retry]);
    await publishAll(b, [evt('a')]);
    const r = await receive(
      b,
      work.name,
      (d) => {
        // Only `a` loops: a sentinel that failed too would loop on behind the stop, as fast as the
        // machine lets it, and what is left in the queue would depend on the load.
        if (d.message.id === 'a' && (d.deadLetter?.count ?? 0) < 3) throw new Error('again');
      },
      { prefetch: 1, maxDeliveries: 1 },
    );
    await r.waitFor(4);
    await publishAll(b, [evt('sentinel')]);
    await r.waitFor(5);
    await r.subscription.stop();
    return { got: r.deliveries.map(seen), left: await drainedIds(b, work.name) };
  },
  // SAME (expiry order)
  'r18 two TTL queues of 600 ms and 50 ms into one dead-letter queue: dead letters arrive by expiry': async (
    b,
  ) => {
    const dlx = b.name('dlx');
    const slow = boundQueue(b, 'slow', ['slow.*'], { messageTtlMs: 600, deadLetterExchange: dlx });
    const fast = boundQueue(b, 'fast', ['fast.*'], { messageTtlMs: 50, deadLetterExchange: dlx });
    const dead = collectingQueue(b, 'dead', dlx);
    await declare(b, [slow, fast, dead], [dlx]);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead.name);
    const published = await publishAll(b, [
      evt('a', 'slow.x'),
      evt('b', 'fast.x'),
      evt('c', 'slow.x'),
      evt('d', 'fast.x'),
    ]);
    await advanceUntil(b, () => deadGot.deliveries.length >= 4, 'four expired');
    await deadGot.subscription.stop();
    return {
      published,
      dead: deadGot.deliveries.map((d) => `${d.message.id}:${d.deadLetter?.reason}/${d.deadLetter?.queue}`),
    };
  },
  // SAME (batches)
  'r18 a hundred messages all rejected with prefetch 10: the dead-letter queue keeps their order': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const published = await Promise.all(ids(100).map((id) => outcome(b.publisher.publish(evt(id)))));
    const r = await receive(b, work, (d) => d.nack({ requeue: false }), { prefetch: 10 });
    const got = await b.drain(dead, 100);
    await r.subscription.stop();
    const order = r.ids();
    return {
      confirmed: published.filter((p) => p === 'ok').length,
      deliveredInOrder: order.every((id, i) => id === `m${i}`),
      dead: got.map((m) => m.id).join(','),
      sample: got.slice(0, 2).map(deaths),
    };
  },
  // SAME (batches)
  'r18 a hundred messages expiring together with no consumer: the dead-letter queue gets them in publish order':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 100 });
      const published = await Promise.all(ids(100).map((id) => outcome(b.publisher.publish(evt(id)))));
      await b.advanceTime(150);
      const got = await b.drain(dead, 100);
      return {
        confirmed: published.filter((p) => p === 'ok').length,
        dead: got.map((m) => m.id).join(','),
        sample: got.slice(0, 2).map(deaths),
        left: await drainedIds(b, work),
      };
    },
  // SAME (batches)
  'r18 a consumer on the dead-letter queue during forty rejections: it gets them in rejection order': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead, () => undefined, { prefetch: 50 });
    await publishAll(
      b,
      ids(40).map((id) => evt(id)),
    );
    const r = await receive(b, work, (d) => d.nack({ requeue: false }), { prefetch: 5 });
    await deadGot.waitFor(40);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    return {
      rejected: r.ids().join(','),
      dead: deadGot.ids().join(','),
      counts: [...new Set(deadGot.deliveries.map((d) => `${d.deliveryCount}:${d.deadLetter?.count}`))],
    };
  },
});

const cycleRound = brokerCases('dead-letters', {
  // SAME (cycles)
  'r18 a rejection ping-pong between two queues: deadLetter on each arrival until the first gives up': async (
    b,
  ) => {
    const [toB, toA] = [b.name('toB'), b.name('toA')];
    const qa: QueueSpec = {
      name: b.name('qa'),
      type: b.queueType,
      bindings: [
        { exchange: b.exchange, pattern: '#' },
        { exchange: toA, pattern: '#' },
      ],
      deadLetterExchange: toB,
    };
    const qb = { ...collectingQueue(b, 'qb', toB), deadLetterExchange: toA };
    await declare(b, [qa, qb], [toA, toB]);
    const ra = await receive(
      b,
      qa.name,
      (d) =>
        d.message.id === 'a' && (d.deadLetter?.count ?? 0) < 2 ? d.nack({ requeue: false }) : undefined,
      { prefetch: 1 },
    );
    const rb = await receive({ consumer: b.newConsumer() }, qb.name, (d) => d.nack({ requeue: false }), {
      prefetch: 1,
    });
    await publishAll(b, [evt('a')]);
    await ra.waitFor(3);
    await publishAll(b, [evt('sentinel', 'order.end')]);
    await ra.waitFor(4);
    await ra.subscription.stop();
    await rb.subscription.stop();
    return { a: ra.deliveries.map(seen), b: rb.deliveries.map(seen) };
  },
  // SAME (overlapping bindings on a dead-letter exchange)
  'r18 a dead-letter queue bound by three overlapping patterns, beside another: one copy each per death':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const many: QueueSpec = {
        name: b.name('many'),
        type: b.queueType,
        bindings: ['#', 'order.*', '*.created'].map((pattern) => ({ exchange: dlx, pattern })),
      };
      const other = collectingQueue(b, 'other', dlx);
      await declare(b, [work, many, other], [dlx]);
      await publishAll(b, [evt('a', 'order.created'), evt('b', 'order.paid'), evt('c', 'x.y')]);
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      const manyGot = await b.drain(many.name, 3);
      const otherGot = await b.drain(other.name, 3);
      await r.subscription.stop();
      return { many: manyGot.map(deaths), other: otherGot.map(deaths) };
    },
});

const bulkStopRound = brokerCases('settlement', {
  // SAME (bulk requeue)
  'r18 stop() while the default prefetch holds ten that then requeue: the order the next consumer gets fifteen in':
    async (b) => {
      const { work } = await workAndDead(b);
      await publishAll(
        b,
        ids(15).map((id) => evt(id)),
      );
      const hold = latch();
      const consumer = b.newConsumer();
      const first = await receive({ consumer }, work, async (d) => {
        await hold.promise;
        d.nack();
      });
      await first.waitFor(10);
      const stopping = first.subscription.stop();
      hold.open();
      await stopping;
      const next = await receive(b, work, () => undefined, { prefetch: 1 });
      await next.waitFor(15);
      await next.subscription.stop();
      return {
        first: first.ids().join(','),
        next: next.deliveries.map((d) => `${d.message.id}:${d.deliveryCount}`).join(' '),
      };
    },
});

const loadRound = brokerCases('settlement', {
  // SAME (confirms and close)
  'r18 fifty publishes then close() at once: every one confirmed and queued in order; the next is refused':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      const publishing = ids(50).map((id) => outcome(b.publisher.publish(evt(id))));
      const closing = outcome(b.publisher.close());
      const published = await Promise.all(publishing);
      const closed = await closing;
      const after = await outcome(b.publisher.publish(evt('late')));
      const left = await drainedIds(b, q.name, 50);
      return {
        confirmed: published.filter((p) => p === 'ok').length,
        closed,
        after,
        inOrder: left.every((id, i) => id === `m${i}`),
        count: left.length,
      };
    },
  // SAME (length limit under load)
  'r18 thirty concurrent publishes into max length 5 while a consumer of prefetch 2 holds its first two':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 5 });
      const hold = latch();
      const r = await receive(b, work, () => hold.promise, { prefetch: 2 });
      const published = await Promise.all(ids(30).map((id) => outcome(b.publisher.publish(evt(id)))));
      const died = await b.drain(dead, 23);
      await r.waitFor(2);
      const held = r.ids();
      const stopping = r.subscription.stop();
      hold.open();
      await stopping;
      return {
        confirmed: published.filter((p) => p === 'ok').length,
        held,
        died: died.map((m) => m.id).join(','),
        reasons: [...new Set(died.map(deaths).map((d) => d.split(':')[1] ?? ''))],
        left: await drainedIds(b, work, 5),
      };
    },
});

const connectionRound = brokerCases('settlement', {
  // SAME (lost settlement)
  'r18 a late nack(requeue false) after the connection dropped is lost: the returned copy is acked, nothing dead':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      await publishAll(b, [evt('a')]);
      const hold = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (d.redelivered) return;
          await hold.promise;
          d.nack({ requeue: false });
        },
        { prefetch: 1 },
      );
      await r.waitFor(1);
      await b.dropConsumerConnection();
      await r.waitFor(2);
      hold.open();
      await publishAll(b, [evt('sentinel')]);
      await r.waitFor(3);
      await r.subscription.stop();
      return {
        got: r.deliveries.map(seen),
        left: await drainedIds(b, work),
        dead: await drainedIds(b, dead),
      };
    },
  // SAME (lost settlement)
  'r18 a late nack(requeue) after the connection dropped is lost: the message is delivered twice, not three times':
    async (b) => {
      const { work } = await workAndDead(b);
      await publishAll(b, [evt('a'), evt('b')]);
      const hold = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (d.message.id !== 'a' || d.redelivered) return;
          await hold.promise;
          d.nack();
        },
        { prefetch: 1 },
      );
      await r.waitFor(1);
      await b.dropConsumerConnection();
      await r.waitFor(3);
      hold.open();
      await publishAll(b, [evt('sentinel')]);
      await r.waitFor(4);
      await r.subscription.stop();
      return { got: r.deliveries.map(seen), left: await drainedIds(b, work) };
    },
  // SAME (types)
  'r18 the connection drops while a quorum and a classic queue each hold one with one waiting: counts after':
    async (b) => {
      const [qq, qc] = queuePair(b, 'q.*', 'c.*');
      await declare(b, [qq, qc]);
      await publishAll(b, [evt('q0', 'q.x'), evt('q1', 'q.x'), evt('c0', 'c.x'), evt('c1', 'c.x')]);
      const hold = latch();
      const handler = async (d: Delivery) => {
        if (!d.redelivered) await hold.promise;
      };
      const rq = await receive(b, qq.name, handler, { prefetch: 1 });
      const rc = await receive(b, qc.name, handler, { prefetch: 1 });
      await rq.waitFor(1);
      await rc.waitFor(1);
      await b.dropConsumerConnection();
      await rq.waitFor(2);
      await rc.waitFor(2);
      hold.open();
      await rq.waitFor(3);
      await rc.waitFor(3);
      await rq.subscription.stop();
      await rc.subscription.stop();
      return { quorum: rq.deliveries.map(seen), classic: rc.deliveries.map(seen) };
    },
  // SAME (defaults under a drop)
  'r18 the connection drops while the default prefetch holds ten of fifteen: the order after': async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(
      b,
      ids(15).map((id) => evt(id)),
    );
    const hold = latch();
    const r = await receive(b, work, async (d) => {
      if (!d.redelivered) await hold.promise;
    });
    await r.waitFor(10);
    await b.dropConsumerConnection();
    await r.waitFor(20);
    const after = r.deliveries
      .slice(10, 20)
      .map((d) => `${d.message.id}:${d.redelivered}:${d.deliveryCount}`);
    hold.open();
    await r.waitFor(25);
    await r.subscription.stop();
    return { first: r.ids().slice(0, 10), after, rest: r.ids().slice(20) };
  },
});

const topologyRound = brokerCases('topology', {
  // SAME (empty declare)
  'r18 an empty declare resolves; exchanges alone route nothing; a queue declared later routes': async (
    b,
  ) => {
    const empty = await outcome(b.topology.declare({ exchanges: [], queues: [] }));
    const exchangesOnly = await outcome(declare(b, []));
    const before = await publishAll(b, [evt('a')]);
    const q = boundQueue(b, 'q', ['#']);
    const later = await outcome(declare(b, [q]));
    const after = await publishAll(b, [evt('b')]);
    return { empty, exchangesOnly, before, later, after, left: await drainedIds(b, q.name, 1) };
  },
});

/** The eighteenth round's cases, several groups. */
export const eighteenthRoundCases: readonly BrokerCase[] = [
  ...propertiesRound,
  ...headerRound,
  ...defaultsRound,
  ...deadLetterRound,
  ...cycleRound,
  ...bulkStopRound,
  ...loadRound,
  ...connectionRound,
  ...topologyRound,
];
