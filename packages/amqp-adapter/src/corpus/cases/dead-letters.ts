import {
  boundQueue,
  collectingQueue,
  declare,
  delayQueue,
  eventually,
  latch,
  receive,
} from '@seams/contracts';
import type { JsonValue, QueueSpec } from '@seams/ports';
import { brokerCases, drainedIds, evt, publishAll, seen } from '../broker-case.js';
import type { CorpusBroker } from '../corpus-broker.js';

/** A dead-letter exchange and a queue of the case's type collecting everything that dies into it. */
function deadLetters(broker: CorpusBroker, base = 'dead') {
  const exchange = broker.name(`${base}-x`);
  return { exchange, queue: collectingQueue(broker, base, exchange) };
}

/** Drains `queue` once `atLeast` messages are there: ids, routing and the broker's headers. */
async function deadOf(broker: CorpusBroker, queue: string, atLeast: number): Promise<JsonValue> {
  // Headers are JSON on both brokers; the round trip just says so to the type checker.
  return JSON.parse(JSON.stringify(await broker.drain(queue, atLeast))) as JsonValue;
}

/** Dead letters by reject, TTL and max length; x-death and x-first-death-*; cycles and dead ends. */
export const deadLetterCases = brokerCases('dead-letters', {
  'a rejected message arrives with x-death and x-first-death-*': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange });
    await declare(b, [work, dead.queue], [dead.exchange]);
    await publishAll(b, [evt('a', 'order.created')]);
    await receive(b, work.name, (d) => d.nack({ requeue: false }));
    return deadOf(b, dead.queue.name, 1);
  },
  'rejected after two requeues: the dead copy starts counting again': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange });
    await declare(b, [work, dead.queue], [dead.exchange]);
    await publishAll(b, [evt('a', 'order.created')]);
    const attempts = await receive(b, work.name, (d) => d.nack({ requeue: d.deliveryCount < 3 }));
    const dlq = await receive(b, dead.queue.name);
    await dlq.waitFor(1);
    return { attempts: attempts.deliveries.map(seen), dead: dlq.deliveries.map(seen) };
  },
  'TTL expiry dead-letters in order with reason expired': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange, messageTtlMs: 100 });
    await declare(b, [work, dead.queue], [dead.exchange]);
    await publishAll(b, [evt('a'), evt('b'), evt('c')]);
    await b.advanceTime(200);
    return { dead: await deadOf(b, dead.queue.name, 3), live: await drainedIds(b, work.name) };
  },
  'max length 2: the two oldest of four die with reason maxlen': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange, maxLength: 2 });
    await declare(b, [work, dead.queue], [dead.exchange]);
    const published = await publishAll(
      b,
      ['a', 'b', 'c', 'd'].map((id) => evt(id)),
    );
    return { published, dead: await deadOf(b, dead.queue.name, 2), live: await drainedIds(b, work.name) };
  },
  'max length 0: every message dies on arrival, and the publish is still confirmed': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange, maxLength: 0 });
    await declare(b, [work, dead.queue], [dead.exchange]);
    const published = await publishAll(b, [evt('a'), evt('b')]);
    return { published, dead: await drainedIds(b, dead.queue.name, 2), live: await drainedIds(b, work.name) };
  },
  'max length counts ready messages only: one held, two more published': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange, maxLength: 2 });
    await declare(b, [work, dead.queue], [dead.exchange]);
    await publishAll(b, [evt('a')]);
    const hold = latch();
    const received = await receive(b, work.name, () => hold.promise, { prefetch: 1 });
    await received.waitFor(1);
    await publishAll(b, [evt('b'), evt('c'), evt('d')]);
    const observed = { dead: await drainedIds(b, dead.queue.name, 1), live: await drainedIds(b, work.name) };
    hold.open();
    await received.subscription.stop();
    return { held: received.ids(), ...observed };
  },
  'max length 1 and a requeue: a quorum queue serves the freed slot first, a classic one drops the head':
    async (b) => {
      const dead = deadLetters(b);
      const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange, maxLength: 1 });
      await declare(b, [work, dead.queue], [dead.exchange]);
      await publishAll(b, [evt('a')]);
      const hold = latch();
      const received = await receive(
        b,
        work.name,
        async (d) => {
          if (d.message.id !== 'a' || d.redelivered) return;
          await hold.promise;
          d.nack();
        },
        { prefetch: 1 },
      );
      await received.waitFor(1);
      await publishAll(b, [evt('b')]);
      const dlq = await receive(b, dead.queue.name);
      hold.open();
      // Classic: a dies, b is delivered (2 + 1); quorum: b is delivered, then a again (3 + 0).
      await eventually(
        () => received.deliveries.length + dlq.deliveries.length >= 3,
        'the requeue to settle',
      );
      await received.subscription.stop();
      await dlq.subscription.stop();
      return {
        consumer: received.deliveries.map(seen),
        dead: dlq.deliveries.map(seen),
        live: await drainedIds(b, work.name),
      };
    },
  'dead letters keep their routing key: the dead-letter exchange routes by it': async (b) => {
    const exchange = b.name('dead-x');
    const created: QueueSpec = {
      name: b.name('created'),
      type: b.queueType,
      bindings: [{ exchange, pattern: 'order.created' }],
    };
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: exchange });
    await declare(b, [work, created], [exchange]);
    await publishAll(b, [evt('c', 'order.created'), evt('p', 'order.paid'), evt('s', 'order.created')]);
    const rejected = await receive(b, work.name, (d) => d.nack({ requeue: false }));
    await rejected.waitFor(3);
    return { dead: await deadOf(b, created.name, 2) };
  },
  'a dead-letter exchange with nothing bound, or never declared, drops the message': async (b) => {
    const empty = b.name('empty-x');
    const unbound = boundQueue(b, 'unbound', ['order.*'], { deadLetterExchange: empty });
    const missing = boundQueue(b, 'missing', ['order.*'], { deadLetterExchange: b.name('never-declared') });
    await declare(b, [unbound, missing], [empty]);
    await publishAll(b, [evt('a')]);
    const first = await receive(b, unbound.name, (d) => d.nack({ requeue: false }));
    const second = await receive(b, missing.name, (d) => d.nack({ requeue: false }));
    await first.waitFor(1);
    await second.waitFor(1);
    await publishAll(b, [evt('after')]);
    await eventually(
      () => first.ids().includes('after') && second.ids().includes('after'),
      'the message after',
    );
    return { unbound: first.deliveries.map(seen), missing: second.deliveries.map(seen) };
  },
  'a second death elsewhere: x-death lists both, most recent first; x-first-death stays': async (b) => {
    const last = deadLetters(b, 'last');
    const hop = b.name('hop-x');
    const delay = delayQueue(b, 'delay', { from: hop, ttlMs: 100, to: last.exchange });
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: hop });
    await declare(b, [work, delay, last.queue], [hop, last.exchange]);
    await publishAll(b, [evt('a')]);
    const rejected = await receive(b, work.name, (d) => d.nack({ requeue: false }));
    await rejected.waitFor(1);
    await b.advanceTime(150);
    return deadOf(b, last.queue.name, 1);
  },
  'a retry loop through a TTL queue: x-death counts each death per queue and reason': async (b) => {
    const retryExchange = b.name('retry-x');
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: retryExchange });
    const retry = delayQueue(b, 'retry', { from: retryExchange, ttlMs: 100, to: b.exchange });
    await declare(b, [work, retry], [retryExchange]);
    await publishAll(b, [evt('a')]);
    const received = await receive(b, work.name, (d) => d.nack({ requeue: false }));
    await received.waitFor(1);
    await b.advanceTime(150);
    await received.waitFor(2);
    await received.subscription.stop();
    await b.advanceTime(150);
    return { deliveries: received.deliveries.map(seen), back: await deadOf(b, work.name, 1) };
  },
  'an expiry cycle with no rejection is dropped where it would loop, delivered elsewhere': async (b) => {
    const back = b.name('back-x');
    const later = b.name('later-x');
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: later, messageTtlMs: 100 });
    const delay = delayQueue(b, 'delay', { from: later, ttlMs: 100, to: back });
    const witness = collectingQueue(b, 'witness', back);
    const loop = { ...work, bindings: [...work.bindings, { exchange: back, pattern: '#' }] };
    await declare(b, [loop, delay, witness], [back, later]);
    await publishAll(b, [evt('a')]);
    await b.advanceTime(150);
    await b.advanceTime(150);
    return {
      witness: await deadOf(b, witness.name, 1),
      work: await drainedIds(b, work.name),
      delay: await drainedIds(b, delay.name),
    };
  },
  "the consumer's own dead letters count per queue and reason across a retry loop": async (b) => {
    const retryExchange = b.name('retry-x');
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: retryExchange });
    const retry = delayQueue(b, 'retry', { from: retryExchange, ttlMs: 100, to: b.exchange });
    const dead = collectingQueue(b, 'dead', retryExchange);
    await declare(b, [work, retry, dead], [retryExchange]);
    await publishAll(b, [evt('a')]);
    const failing = await receive(b, work.name, () => Promise.reject(new Error('no')), { maxDeliveries: 1 });
    const dlq = await receive(b, dead.name);
    await dlq.waitFor(1);
    await b.advanceTime(150);
    await dlq.waitFor(2);
    await failing.subscription.stop();
    return { failing: failing.deliveries.map(seen).slice(0, 2), dead: dlq.deliveries.map(seen).slice(0, 2) };
  },
  // RabbitMQ delivers a message that expires on arrival to a consumer with room; only what no
  // consumer can take at once dies.
  'TTL 0: a consumer with room gets every message, nothing expires': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange, messageTtlMs: 0 });
    await declare(b, [work, dead.queue], [dead.exchange]);
    const received = await receive(b, work.name, () => undefined, { prefetch: 10 });
    const published = await publishAll(b, [evt('a'), evt('b'), evt('c')]);
    await received.waitFor(3);
    await received.subscription.stop();
    return { published, consumer: received.ids(), dead: await drainedIds(b, dead.queue.name) };
  },
  'TTL 0 with a consumer whose window is full: the rest expire': async (b) => {
    const dead = deadLetters(b);
    const work = boundQueue(b, 'work', ['order.*'], { deadLetterExchange: dead.exchange, messageTtlMs: 0 });
    await declare(b, [work, dead.queue], [dead.exchange]);
    const hold = latch();
    const received = await receive(b, work.name, () => hold.promise, { prefetch: 1 });
    const published = await publishAll(b, [evt('a'), evt('b'), evt('c')]);
    await received.waitFor(1);
    const deadIds = await drainedIds(b, dead.queue.name, 2);
    hold.open();
    await received.subscription.stop();
    return { published, consumer: received.ids(), dead: deadIds, live: await drainedIds(b, work.name) };
  },
  'a requeue after the queue TTL passed while the message was unacked: it dies expired': async (b) => {
    const dlx = b.name('dlx');
    const dead = collectingQueue(b, 'dead', dlx);
    const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx, messageTtlMs: 300 });
    await declare(b, [queue, dead], [dlx]);
    await publishAll(b, [evt('a')]);
    const hold = latch();
    const received = await receive(
      b,
      queue.name,
      async (d) => {
        await hold.promise;
        d.nack();
      },
      { prefetch: 1 },
    );
    await received.waitFor(1);
    await b.advanceTime(600);
    hold.open();
    const deadReceived = await receive(b, dead.name);
    await deadReceived.waitFor(1);
    await received.subscription.stop();
    return { main: received.deliveries.map(seen), dead: deadReceived.deliveries.map(seen) };
  },
  'dead letters keep headers, correlation id, type and time; no headers stay absent': async (b) => {
    const dlx = b.name('dlx');
    const dead = collectingQueue(b, 'dead', dlx);
    const queue = boundQueue(b, 'q', ['#'], { deadLetterExchange: dlx });
    await declare(b, [queue, dead], [dlx]);
    await publishAll(b, [
      evt('a', 'o.x', { correlationId: 'c-1', headers: { h: 1, s: 'v' } }),
      evt('b', 'o.y'),
    ]);
    const rejected = await receive(b, queue.name, (d) => d.nack({ requeue: false }));
    await rejected.waitFor(2);
    await rejected.subscription.stop();
    const deadReceived = await receive(b, dead.name);
    await deadReceived.waitFor(2);
    await deadReceived.subscription.stop();
    return deadReceived.deliveries.map((d) => ({
      ...(seen(d) as Record<string, JsonValue>),
      type: d.message.type,
      correlationId: d.message.correlationId ?? null,
      headers: d.message.headers ?? null,
      hasHeaders: 'headers' in d.message,
      occurredAt: d.message.occurredAt.toISOString(),
    }));
  },
  // Fixed: the fake held a and b as ready until a later turn, so back-to-back publishes pushed
  // them out by max length although a consumer had room for them; RabbitMQ hands them out on arrival.
  'max length 1 and a consumer with room for two: published back to back, only the third dies': async (b) => {
    const exchange = b.name('dead-x');
    const dead = collectingQueue(b, 'dead', exchange);
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: exchange, maxLength: 1 });
    await declare(b, [work, dead], [exchange]);
    const hold = latch();
    const received = await receive(b, work.name, () => hold.promise, { prefetch: 2 });
    await publishAll(
      b,
      ['a', 'b', 'c', 'd'].map((id) => evt(id)),
    );
    await received.waitFor(2);
    const deadIds = await drainedIds(b, dead.name, 1);
    hold.open();
    await received.waitFor(3);
    await received.subscription.stop();
    return { consumer: received.ids(), dead: deadIds };
  },
  // Fixed: the fake kept x-death strictly latest-first (h2, h1, work); RabbitMQ 3.10 regroups the
  // earlier entries with a prepending fold, reversing them on every death: h2, work, h1.
  'a chain of three dead-letter queues: x-death puts the latest first and reverses the others': async (b) => {
    const [x1, x2, x3] = [b.name('x1'), b.name('x2'), b.name('x3')];
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: x1 });
    const h1: QueueSpec = { ...collectingQueue(b, 'h1', x1), deadLetterExchange: x2 };
    const h2: QueueSpec = { ...collectingQueue(b, 'h2', x2), deadLetterExchange: x3 };
    const end = collectingQueue(b, 'end', x3);
    await declare(b, [work, h1, h2, end], [x1, x2, x3]);
    await publishAll(b, [evt('a', 'r.k')]);
    for (const queue of [work, h1, h2]) {
      const rejecting = await receive(b, queue.name, (d) => d.nack({ requeue: false }));
      await rejecting.waitFor(1);
      await rejecting.subscription.stop();
    }
    return JSON.parse(JSON.stringify(await b.drain(end.name, 1))) as JsonValue;
  },
  // Fixed with the x-death order: RabbitMQ's cycle check reads x-death as 3.10 orders it (b, work,
  // a), so the way back to a passes the rejection and the message loops on; the fake used to drop it.
  'an expiry loop between two TTL queues that began with a rejection keeps looping': async (b) => {
    const [xa, xb] = [b.name('xa'), b.name('xb')];
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: xa });
    const a: QueueSpec = { ...collectingQueue(b, 'a', xa), messageTtlMs: 50, deadLetterExchange: xb };
    const bq: QueueSpec = { ...collectingQueue(b, 'b', xb), messageTtlMs: 50, deadLetterExchange: xa };
    const witness = collectingQueue(b, 'witness', xa);
    await declare(b, [work, a, bq, witness], [xa, xb]);
    await publishAll(b, [evt('m', 'r.k')]);
    const rejecting = await receive(b, work.name, (d) => d.nack({ requeue: false }));
    await rejecting.waitFor(1);
    await rejecting.subscription.stop();
    for (let i = 0; i < 8; i++) await b.advanceTime(60);
    // Waits for the third round (bounded) rather than counting what 480 ms allowed: on a loaded
    // machine RabbitMQ's 50 ms expiries run late, and the case is about the loop, not its pace.
    return { atLeastThreeRounds: (await drainedIds(b, witness.name, 3)).length >= 3 };
  },
  'delivery_limit, then rejected in the dead-letter queue: deadLetter reports the broker death': async (
    b,
  ) => {
    const [x1, x2] = [b.name('x1'), b.name('x2')];
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: x1 });
    const hop: QueueSpec = { ...collectingQueue(b, 'hop', x1), deadLetterExchange: x2 };
    const end = collectingQueue(b, 'end', x2);
    await declare(b, [work, hop, end], [x1, x2]);
    await publishAll(b, [evt('a')]);
    const failing = await receive(b, work.name, () => Promise.reject(new Error('no')), { maxDeliveries: 1 });
    const rejecting = await receive(b, hop.name, (d) => d.nack({ requeue: false }));
    await rejecting.waitFor(1);
    const ended = await receive(b, end.name);
    await ended.waitFor(1);
    for (const r of [failing, rejecting, ended]) await r.subscription.stop();
    return { hop: rejecting.deliveries.map(seen), end: ended.deliveries.map(seen) };
  },
  'rejected three times through a retry loop: count climbs to 3 in both queues': async (b) => {
    const retryExchange = b.name('retry-x');
    const work = boundQueue(b, 'work', ['o.*'], { deadLetterExchange: retryExchange });
    const retry = delayQueue(b, 'retry', { from: retryExchange, ttlMs: 60, to: b.exchange });
    await declare(b, [work, retry], [retryExchange]);
    await publishAll(b, [evt('a', 'o.x')]);
    let rejections = 0;
    const received = await receive(b, work.name, (d) =>
      rejections++ < 3 ? d.nack({ requeue: false }) : undefined,
    );
    await eventually(
      async () => {
        await b.advanceTime(80);
        return received.deliveries.length >= 4;
      },
      'four deliveries',
      { timeoutMs: 10_000 },
    );
    await received.subscription.stop();
    return received.deliveries.map(seen);
  },
});
