// The twenty-fifth probe round (2026-12-06): scenarios written from RabbitMQ's pages on the AMQP
// 0-9-1 model, consumer acknowledgements and publisher confirms, negative acknowledgements and
// requeueing, prefetch, dead lettering, TTL, length limits and quorum queues, aimed at what earlier
// rounds left single: a requeue over a length limit with several consumers, a TTL meeting a
// hand-back by stop() or a dropped connection, topology declared while the consumers' connection
// (which carries the topology, as in production) is down, and dead-letter paths through limits.
import { boundQueue, collectingQueue, declare, eventually, latch, receive } from '@seams/contracts';
import type { Delivery, QueueSpec } from '@seams/ports';
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
  publishPaced,
  workAndDead,
} from '../broker-case.js';

/** `id:redelivered:count` of a delivery. */
const mark = (d: Delivery): string => `${d.message.id}:${d.redelivered}:${d.deliveryCount}`;

/** `mark` and, for a dead letter, `reason@queue*count`. */
const marked = (d: Delivery): string =>
  d.deadLetter
    ? `${mark(d)}|${d.deadLetter.reason}@${d.deadLetter.queue}*${d.deadLetter.count}`
    : `${mark(d)}|-`;

const topologyWhileDown = brokerCases('topology', {
  'r25 the same topology declared right after the consumers’ connection dropped, and again once it is back':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      const r = await receive(b, q.name);
      await b.dropConsumerConnection();
      const during = await outcome(declare(b, [q]));
      await b.consumersBack();
      const after = await outcome(declare(b, [q]));
      const published = await publishAll(b, [evt('a')]);
      await r.waitFor(1);
      await r.subscription.stop();
      return { during, after, published, got: r.deliveries.map(mark) };
    },
  'r25 a new queue declared right after the consumers’ connection dropped: refused or made, and routed after':
    async (b) => {
      const q = boundQueue(b, 'q', ['a.#']);
      await declare(b, [q]);
      const r = await receive(b, q.name);
      await b.dropConsumerConnection();
      const fresh = boundQueue(b, 'fresh', ['b.#']);
      const during = await outcome(declare(b, [q, fresh]));
      await b.consumersBack();
      const published = await publishAll(b, [evt('x', 'b.one'), evt('y', 'a.one')]);
      await r.waitFor(1);
      await r.subscription.stop();
      return { during, published, got: r.ids() };
    },
  'r25 consume of a queue that does not exist while the consumers’ connection is down: the others come back':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      const r = await receive(b, q.name);
      await b.dropConsumerConnection();
      const missing = await outcome(b.consumer.consume(b.name('nowhere'), () => undefined));
      const back = await outcome(b.consumersBack());
      const published = await publishAll(b, [evt('a')]);
      const got = await outcome(r.waitFor(1));
      await r.subscription.stop();
      return { missing, back, published, got, ids: r.ids() };
    },
  'r25 the same new queue declared twice at once: both resolve, one queue, one copy per publish': async (
    b,
  ) => {
    const q = boundQueue(b, 'q', ['#']);
    const both = await Promise.all([outcome(declare(b, [q])), outcome(declare(b, [q]))]);
    const published = await publishAll(b, [evt('a')]);
    return { both, published, left: await drainedIds(b, q.name, 1) };
  },
  'r25 a new queue declared twice at once with two TTLs: which one it gets': async (b) => {
    const q = boundQueue(b, 'q', ['#']);
    const both = await Promise.all([
      outcome(declare(b, [{ ...q, messageTtlMs: 60_000 }])),
      outcome(declare(b, [{ ...q, messageTtlMs: 120_000 }])),
    ]);
    const again = await Promise.all([
      outcome(declare(b, [{ ...q, messageTtlMs: 60_000 }])),
      outcome(declare(b, [{ ...q, messageTtlMs: 120_000 }])),
    ]);
    return { both, again };
  },
  'r25 a topology declared right after a drop with no subscription to bring back': async (b) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    await b.dropConsumerConnection();
    const during = await outcome(declare(b, [q]));
    await b.consumersBack();
    const after = await outcome(declare(b, [q]));
    const published = await publishAll(b, [evt('a')]);
    return { during, after, published, left: await drainedIds(b, q.name, 1) };
  },
});

const whileReconnecting = brokerCases('settlement', {
  'r25 a third consumer made while the connection is down; six publishes once its consume resolved: the shares':
    async (b) => {
      const { work } = await workAndDead(b);
      const got: string[] = [];
      const handler = (name: string) => (d: Delivery) => {
        got.push(`${name}:${d.message.id}:${d.redelivered}`);
      };
      const a = await b.consumer.consume(work, handler('A'), { prefetch: 1 });
      const c2 = b.newConsumer();
      const s2 = await c2.consume(work, handler('B'), { prefetch: 1 });
      await b.dropConsumerConnection();
      const c3 = b.newConsumer();
      const s3 = await c3.consume(work, handler('C'), { prefetch: 1 });
      const published = await publishAll(
        b,
        ids(6).map((id) => evt(id)),
      );
      await eventually(() => got.length >= 6, 'six delivered');
      for (const s of [a, s2, s3]) await s.stop();
      return { published, got: [...got].sort() };
    },
  'r25 a consume while the connection is down, then a publish: delivered once, not redelivered': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    await b.dropConsumerConnection();
    const r = await receive(b, work, () => undefined, { prefetch: 1 });
    const published = await publishAll(b, [evt('m0'), evt('m1')]);
    await r.waitFor(2);
    await r.subscription.stop();
    return { published, got: r.deliveries.map(mark), back: await outcome(b.consumersBack()) };
  },
  'r25 consumer.close() while its consume waits for the connection: nothing consumed, messages wait': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    const r = await receive(b, work, () => undefined, { prefetch: 1 });
    await b.dropConsumerConnection();
    const other = b.newConsumer();
    const got: string[] = [];
    const consuming = outcome(other.consume(work, (d) => void got.push(d.message.id), { prefetch: 5 }));
    const closed = await outcome(other.close());
    const consumed = await consuming;
    await b.consumersBack();
    await r.subscription.stop();
    const published = await publishAll(b, [evt('m0'), evt('m1')]);
    return { consumed, closed, published, got, left: await drainedIds(b, work, 2) };
  },
  'r25 a declare with a bad name while the connection is down: which refusal comes first': async (b) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    await b.dropConsumerConnection();
    const bad = await outcome(declare(b, [{ ...q, name: '' }]));
    await b.consumersBack();
    const after = await outcome(declare(b, [{ ...q, name: '' }]));
    return { bad, after };
  },
  'r25 a missing queue consumed while down, declared once the connection is back, consumed again': async (
    b,
  ) => {
    const q = boundQueue(b, 'late', ['#']);
    const witness = boundQueue(b, 'witness', ['#']);
    await declare(b, [witness]);
    const w = await receive(b, witness.name);
    await b.dropConsumerConnection();
    const missing = await outcome(b.consumer.consume(q.name, () => undefined));
    await b.consumersBack();
    const declared = await outcome(declare(b, [q]));
    const r = await receive(b, q.name);
    const published = await publishAll(b, [evt('a')]);
    await r.waitFor(1);
    await w.waitFor(1);
    await r.subscription.stop();
    await w.subscription.stop();
    return { missing, declared, published, got: r.ids(), witness: w.ids() };
  },
  'r25 the connection dropped twice in a row before it is back: one return, counted once': async (b) => {
    const { work } = await workAndDead(b);
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (!d.redelivered) await gate.promise;
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('m0')]);
    await r.waitFor(1);
    await b.dropConsumerConnection();
    await b.dropConsumerConnection();
    gate.open();
    await b.consumersBack();
    await r.waitFor(2);
    const published = await publishAll(b, [evt('m1')]);
    await r.waitFor(3);
    await r.subscription.stop();
    return { published, got: r.deliveries.map(mark) };
  },
});

const declaredWhileDropping = brokerCases('topology', {
  'r25 the connection drops while a declare() is on its way: what it answers, and what routes once back':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      const declaring = outcome(declare(b, [q]));
      await b.dropConsumerConnection();
      const declared = await declaring;
      await b.consumersBack();
      const published = await publishAll(b, [evt('a')]);
      const again = await outcome(declare(b, [q]));
      return {
        declared,
        published,
        again,
        left: await drainedIds(b, q.name, published[0] === 'ok' ? 1 : 0),
      };
    },
  'r25 the connection drops while a redeclare with another TTL is on its way: refused, as without the drop':
    async (b) => {
      const q = boundQueue(b, 'q', ['#'], { messageTtlMs: 60_000 });
      await declare(b, [q]);
      const declaring = outcome(declare(b, [{ ...q, messageTtlMs: 1 }]));
      await b.dropConsumerConnection();
      const declared = await declaring;
      await b.consumersBack();
      const published = await publishAll(b, [evt('a')]);
      return { declared, published, left: await drainedIds(b, q.name, 1) };
    },
});

const droppedWhileStarting = brokerCases('settlement', {
  'r25 the connection drops while a consume() is on its way: it consumes once the connection is back': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    const got: string[] = [];
    const consuming = outcome(b.consumer.consume(work, (d) => void got.push(mark(d)), { prefetch: 1 }));
    await b.dropConsumerConnection();
    const consumed = await consuming;
    const back = await outcome(b.consumersBack());
    const published = await publishAll(b, [evt('m0'), evt('m1')]);
    const arrived = await outcome(eventually(() => got.length >= 2, 'both delivered'));
    await b.consumer.close();
    return { consumed, back, published, arrived, got };
  },
  'r25 the connection drops while a consume() of a missing queue is on its way: refused, the others come back':
    async (b) => {
      const { work } = await workAndDead(b);
      const r = await receive(b, work);
      const missing = outcome(b.newConsumer().consume(b.name('nowhere'), () => undefined));
      await b.dropConsumerConnection();
      const refused = await missing;
      const back = await outcome(b.consumersBack());
      const published = await publishAll(b, [evt('m0')]);
      const arrived = await outcome(r.waitFor(1));
      await r.subscription.stop();
      return { refused, back, published, arrived, got: r.deliveries.map(mark) };
    },
});

const closingWhileStarting = brokerCases('settlement', {
  'r25 consumer.close() right after consume() with three waiting: nothing consumed, none redelivered': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    const published = await publishAll(
      b,
      ids(3).map((id) => evt(id)),
    );
    const other = b.newConsumer();
    const got: string[] = [];
    const consuming = outcome(other.consume(work, (d) => void got.push(d.message.id), { prefetch: 2 }));
    const closed = await outcome(other.close());
    const consumed = await consuming;
    await b.advanceTime(200);
    return { published, consumed, closed, got, left: (await b.drain(work, 3)).map(flags) };
  },
  'r25 consumer.close() right after consume() of a queue that does not exist: what the consume answers':
    async (b) => {
      const { work } = await workAndDead(b);
      const other = b.newConsumer();
      const consuming = outcome(other.consume(b.name('nowhere'), () => undefined));
      const closed = await outcome(other.close());
      const consumed = await consuming;
      const published = await publishAll(b, [evt('m0')]);
      return { consumed, closed, published, left: await drainedIds(b, work, 1) };
    },
  'r25 consumer.close() right after consume() of a missing queue while the connection is down': async (b) => {
    const { work } = await workAndDead(b);
    const r = await receive(b, work);
    await b.dropConsumerConnection();
    const other = b.newConsumer();
    const consuming = outcome(other.consume(b.name('nowhere'), () => undefined));
    const closed = await outcome(other.close());
    const consumed = await consuming;
    const back = await outcome(b.consumersBack());
    const published = await publishAll(b, [evt('m0')]);
    await r.waitFor(1);
    await r.subscription.stop();
    return { consumed, closed, back, published, got: r.ids() };
  },
  'r25 consumer.close() right after two consume() calls on two queues: neither consumes': async (b) => {
    const one = boundQueue(b, 'one', ['a.#']);
    const two = boundQueue(b, 'two', ['b.#']);
    await declare(b, [one, two]);
    const other = b.newConsumer();
    const got: string[] = [];
    const both = [one, two].map((q) => outcome(other.consume(q.name, (d) => void got.push(d.message.id))));
    const closed = await outcome(other.close());
    const consumed = await Promise.all(both);
    const published = await publishAll(b, [evt('x', 'a.x'), evt('y', 'b.y')]);
    await b.advanceTime(200);
    return {
      consumed,
      closed,
      published,
      got,
      one: await drainedIds(b, one.name, 1),
      two: await drainedIds(b, two.name, 1),
    };
  },
  'r25 publishes into a TTL 0 queue and a max length 0 queue while the only consumers are down': async (
    b,
  ) => {
    const dlx = b.name('dlx');
    const ttl = boundQueue(b, 'ttl', ['t.#'], { deadLetterExchange: dlx, messageTtlMs: 0 });
    const max = boundQueue(b, 'max', ['m.#'], { deadLetterExchange: dlx, maxLength: 0 });
    const dead = collectingQueue(b, 'dead', dlx);
    await declare(b, [ttl, max, dead], [dlx]);
    const got: string[] = [];
    const subs = await Promise.all(
      [ttl, max].map((q) => b.consumer.consume(q.name, (d) => void got.push(d.message.id))),
    );
    await b.dropConsumerConnection();
    const published = await publishAll(b, [evt('t0', 't.x'), evt('m0', 'm.x')]);
    await b.consumersBack();
    const after = await publishAll(b, [evt('t1', 't.x'), evt('m1', 'm.x')]);
    await eventually(() => got.length >= 2, 'the later two delivered');
    for (const sub of subs) await sub.stop();
    return {
      published,
      after,
      got: [...got].sort(),
      dead: (await b.drain(dead.name, 2)).map(deaths).sort(),
    };
  },
});

const publishingAround = brokerCases('routing', {
  'r25 five publishes pipelined to an exchange not yet declared, then five more once it is: outcomes in order':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      const before = await Promise.all(ids(5).map((id) => outcome(b.publisher.publish(evt(id)))));
      await declare(b, [q]);
      const after = await Promise.all(
        ['n0', 'n1', 'n2', 'n3', 'n4'].map((id) => outcome(b.publisher.publish(evt(id)))),
      );
      return { before, after, left: await drainedIds(b, q.name, 5) };
    },
  'r25 publishes pipelined across the moment the only queue is declared: none lost, each answered': async (
    b,
  ) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, []);
    const early = ids(3).map((id) => outcome(b.publisher.publish(evt(id))));
    const declaring = outcome(declare(b, [q]));
    const declared = await declaring;
    const late = ['n0', 'n1', 'n2'].map((id) => outcome(b.publisher.publish(evt(id))));
    const answers = { early: await Promise.all(early), declared, late: await Promise.all(late) };
    return { ...answers, left: await drainedIds(b, q.name, 3) };
  },
});

const requeueOverLimits = brokerCases('dead-letters', {
  'r25 max length 1, two consumers of prefetch 1 holding one each, one waiting: the first nacks back': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b, { maxLength: 1 });
    const gate = latch();
    const log: string[] = [];
    const handler = (who: string) => async (d: Delivery) => {
      log.push(`${who}:${mark(d)}`);
      if (d.message.id === 'm0' && !d.redelivered) {
        await gate.promise;
        d.nack();
      }
    };
    const a = await receive(b, work, handler('A'), { prefetch: 1 });
    await publishPaced(b, [evt('m0')]);
    await a.waitFor(1);
    const other = b.newConsumer();
    const held = latch();
    const bLog: string[] = [];
    const second = await other.consume(
      work,
      async (d) => {
        bLog.push(`B:${mark(d)}`);
        await held.promise;
      },
      { prefetch: 1 },
    );
    await publishPaced(b, [evt('m1'), evt('m2')]);
    await eventually(() => bLog.length >= 1, 'B holds m1');
    gate.open();
    await eventually(() => log.length >= 2, 'A gets another');
    // A quorum queue hands the requeued m0 to A once A acks m2: stopping A at once raced that
    // delivery (RabbitMQ's reached A after stop() and was handed back, to B). A pause settles it.
    await b.advanceTime(200);
    held.open();
    await a.subscription.stop();
    await second.stop();
    return {
      a: log,
      b: bLog,
      dead: (await b.drain(dead)).map(deaths),
      left: (await b.drain(work)).map(flags),
    };
  },
  'r25 max length 2, prefetch 2 holding two with two waiting: both nacked back in one turn': async (b) => {
    const { work, dead } = await workAndDead(b, { maxLength: 2 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (d.redelivered) return;
        if (d.message.id === 'm0' || d.message.id === 'm1') {
          await gate.promise;
          d.nack();
        }
      },
      { prefetch: 2 },
    );
    await publishPaced(b, [evt('m0'), evt('m1')]);
    await r.waitFor(2);
    await publishPaced(b, [evt('m2'), evt('m3')]);
    gate.open();
    await eventually(() => r.deliveries.length >= 4, 'four deliveries');
    await b.advanceTime(200);
    await r.subscription.stop();
    return {
      got: r.deliveries.map(mark),
      dead: (await b.drain(dead)).map(deaths),
      left: (await b.drain(work)).map(flags),
    };
  },
  'r25 max length 1: a held message rejected while one waits; the waiting one is delivered next': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b, { maxLength: 1 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (d.message.id === 'm0') {
          await gate.promise;
          d.nack({ requeue: false });
        }
      },
      { prefetch: 1 },
    );
    await publishPaced(b, [evt('m0')]);
    await r.waitFor(1);
    await publishPaced(b, [evt('m1'), evt('m2')]);
    gate.open();
    await r.waitFor(2);
    await r.subscription.stop();
    return {
      got: r.deliveries.map(mark),
      dead: (await b.drain(dead, 2)).map(deaths),
      left: (await b.drain(work)).map(flags),
    };
  },
  'r25 max length 1 and prefetch 3: three held requeued newest first after stop(), one waiting': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b, { maxLength: 1 });
    const gates = new Map(['m0', 'm1', 'm2'].map((id) => [id, latch()]));
    const r = await receive(
      b,
      work,
      async (d) => {
        await gates.get(d.message.id)?.promise;
        d.nack();
      },
      { prefetch: 3 },
    );
    await publishPaced(b, [evt('m0'), evt('m1'), evt('m2')]);
    await r.waitFor(3);
    await publishPaced(b, [evt('m3')]);
    const stopping = r.subscription.stop();
    const got = [];
    for (const id of ['m2', 'm1', 'm0']) {
      gates.get(id)?.open();
      got.push(...(await b.drain(dead, 1)).map(deaths));
    }
    await stopping;
    return { dead: got, left: (await b.drain(work, 1)).map(flags) };
  },
  'r25 max length 2 and a dead-letter queue of max length 1: four rejected in turn, one by one': async (
    b,
  ) => {
    const dlx = b.name('dlx');
    const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx, maxLength: 2 });
    const dead: QueueSpec = { ...collectingQueue(b, 'dead', dlx), maxLength: 1 };
    await declare(b, [work, dead], [dlx]);
    await publishPaced(
      b,
      ids(4).map((id) => evt(id)),
    );
    const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
    await r.waitFor(2);
    await b.advanceTime(200);
    await r.subscription.stop();
    return { got: r.deliveries.map(mark), dead: (await b.drain(dead.name, 1)).map(deaths) };
  },
});

const ttlMeetsHandBack = brokerCases('dead-letters', {
  'r25 TTL 300: a message held past its TTL and thrown back after stop() was called dies expired': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b, { messageTtlMs: 300 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async () => {
        await gate.promise;
        throw new Error('later');
      },
      { prefetch: 1, maxDeliveries: 5 },
    );
    await publishAll(b, [evt('m0')]);
    await r.waitFor(1);
    await b.advanceTime(500);
    const stopping = r.subscription.stop();
    gate.open();
    await stopping;
    return {
      got: r.deliveries.map(mark),
      dead: (await b.drain(dead, 1)).map(deaths),
      left: await drainedIds(b, work),
    };
  },
  'r25 TTL 1500: the connection drops while two are held past their TTL and one waits within it': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b, { messageTtlMs: 1_500 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (!d.redelivered) await gate.promise;
      },
      { prefetch: 2 },
    );
    await publishAll(b, [evt('m0'), evt('m1')]);
    await r.waitFor(2);
    await b.advanceTime(1_600);
    await publishAll(b, [evt('m2')]);
    await b.dropConsumerConnection();
    gate.open();
    await b.consumersBack();
    await eventually(() => r.ids().includes('m2'), 'm2 delivered');
    await r.subscription.stop();
    return {
      got: r.deliveries.map(mark),
      dead: (await b.drain(dead, 2)).map(deaths),
    };
  },
  'r25 TTL 0: the connection drops while one is held; it comes back expired and dies': async (b) => {
    const { work, dead } = await workAndDead(b, { messageTtlMs: 0 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (!d.redelivered) await gate.promise;
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('m0')]);
    await r.waitFor(1);
    await b.dropConsumerConnection();
    gate.open();
    await b.consumersBack();
    const gone = (await b.drain(dead, 1)).map(deaths);
    await publishAll(b, [evt('m1')]);
    await eventually(() => r.ids().includes('m1'), 'm1 delivered');
    await r.subscription.stop();
    return { got: r.deliveries.map(mark), dead: gone };
  },
  'r25 TTL 1500 and max length 2: a held message nacked back after its TTL with two waiting': async (b) => {
    const { work, dead } = await workAndDead(b, { messageTtlMs: 1_500, maxLength: 2 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (d.message.id === 'm0' && !d.redelivered) {
          await gate.promise;
          d.nack();
        }
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('m0')]);
    await r.waitFor(1);
    await b.advanceTime(1_200);
    await publishPaced(b, [evt('m1'), evt('m2')]);
    await b.advanceTime(400);
    gate.open();
    await eventually(() => r.deliveries.length >= 2, 'another delivery');
    await b.advanceTime(100);
    await r.subscription.stop();
    return {
      got: r.deliveries.map(mark),
      dead: (await b.drain(dead, 1)).map(deaths),
      left: (await b.drain(work)).map(flags),
    };
  },
});

const consumerDeaths = brokerCases('dead-letters', {
  'r25 the delivery limit before and after its dead-letter exchange is declared: dropped, then dead-lettered':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      await declare(b, [work]);
      const seenIds: string[] = [];
      const r = await receive(
        b,
        work.name,
        (d) => {
          seenIds.push(mark(d));
          throw new Error('poison');
        },
        { prefetch: 1, maxDeliveries: 1 },
      );
      await publishAll(b, [evt('m0')]);
      await eventually(() => seenIds.length >= 1, 'm0 delivered');
      await b.advanceTime(200);
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [dead], [dlx]);
      await publishAll(b, [evt('m1')]);
      const gone = (await b.drain(dead.name, 1)).map(deaths);
      await r.subscription.stop();
      return { seen: seenIds, dead: gone, left: await drainedIds(b, work.name) };
    },
  'r25 delivery-limit dead copies into a dead-letter exchange bound for one key only: the other key vanishes':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const dead: QueueSpec = {
        name: b.name('dead'),
        type: b.queueType,
        bindings: [{ exchange: dlx, pattern: 'order.*' }],
      };
      await declare(b, [work, dead], [dlx]);
      const r = await receive(
        b,
        work.name,
        () => {
          throw new Error('poison');
        },
        { prefetch: 2, maxDeliveries: 1 },
      );
      await publishAll(b, [evt('a', 'invoice.sent'), evt('b', 'order.paid'), evt('c', '')]);
      await r.waitFor(3);
      const got = await b.drain(dead.name, 1);
      await b.advanceTime(200);
      await r.subscription.stop();
      return { got: got.map((m) => `${m.id}@${m.routingKey}`), left: await drainedIds(b, work.name) };
    },
  'r25 a delivery-limit dead copy with an empty routing key reaches a dead-letter queue bound by #': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const r = await receive(
      b,
      work,
      () => {
        throw new Error('poison');
      },
      { prefetch: 1, maxDeliveries: 2 },
    );
    await publishAll(b, [evt('m0', '')]);
    const got = await b.drain(dead, 1);
    await r.subscription.stop();
    return { seen: r.deliveries.map(mark), got: got.map((m) => `${m.id}@${JSON.stringify(m.routingKey)}`) };
  },
  'r25 TTL 1500 and max length 1: the connection drops while two are held past their TTL and one waits':
    async (b) => {
      // m2 has its whole TTL for the reconnect (with 300 ms, a slow reconnect let it expire).
      const { work, dead } = await workAndDead(b, { messageTtlMs: 1_500, maxLength: 1 });
      const gate = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (!d.redelivered) await gate.promise;
        },
        { prefetch: 2 },
      );
      await publishAll(b, [evt('m0'), evt('m1')]);
      await r.waitFor(2);
      await b.advanceTime(1_600);
      await publishAll(b, [evt('m2')]);
      await b.dropConsumerConnection();
      gate.open();
      await b.consumersBack();
      await eventually(() => r.ids().includes('m2'), 'm2 delivered');
      await r.subscription.stop();
      return { got: r.deliveries.map(mark), dead: (await b.drain(dead, 2)).map(deaths) };
    },
});

const expiryMeetsLimit = brokerCases('dead-letters', {
  'r25 TTL 2000 and max length 1: the connection drops holding one past its TTL and one within, one waiting':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 2_000, maxLength: 1 });
      const gate = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (!d.redelivered) await gate.promise;
        },
        { prefetch: 2 },
      );
      await publishAll(b, [evt('m0')]);
      await r.waitFor(1);
      await b.advanceTime(1_300);
      await publishAll(b, [evt('m1')]);
      await r.waitFor(2);
      await b.advanceTime(800);
      await publishAll(b, [evt('m2')]);
      await b.dropConsumerConnection();
      gate.open();
      await b.consumersBack();
      const gone = (await b.drain(dead, 1)).map(deaths);
      await b.advanceTime(200);
      gone.push(...(await b.drain(dead)).map(deaths));
      await r.subscription.stop();
      return { got: r.deliveries.map(mark), dead: gone, left: await drainedIds(b, work) };
    },
  'r25 TTL 1000 and max length 2: three held past their TTL are nacked back at once with one waiting': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b, { messageTtlMs: 1_000, maxLength: 2 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (d.redelivered || d.message.id === 'm3') return;
        await gate.promise;
        d.nack();
      },
      { prefetch: 3 },
    );
    await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
    await r.waitFor(3);
    await b.advanceTime(1_100);
    await publishAll(b, [evt('m3')]);
    gate.open();
    const gone = (await b.drain(dead, 3)).map(deaths);
    await eventually(() => r.ids().includes('m3'), 'm3 delivered');
    await r.subscription.stop();
    return { got: r.deliveries.map(mark), dead: gone };
  },
  'r25 TTL 300: stop() with two held past their TTL that then requeue, and a new subscription': async (b) => {
    const { work, dead } = await workAndDead(b, { messageTtlMs: 300 });
    const gate = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        await gate.promise;
        d.nack();
      },
      { prefetch: 2 },
    );
    await publishAll(b, [evt('m0'), evt('m1')]);
    await r.waitFor(2);
    await b.advanceTime(400);
    const stopping = r.subscription.stop();
    gate.open();
    await stopping;
    const gone = (await b.drain(dead, 2)).map(deaths);
    const next = await receive(b, work);
    await publishAll(b, [evt('m2')]);
    await next.waitFor(1);
    await next.subscription.stop();
    return { dead: gone, next: next.deliveries.map(mark) };
  },
  'r25 max length 2 and TTL 5000: the connection drops holding three within their TTL with two waiting':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 5_000, maxLength: 2 });
      const gate = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (!d.redelivered) await gate.promise;
        },
        { prefetch: 3 },
      );
      await publishAll(
        b,
        ids(3).map((id) => evt(id)),
      );
      await r.waitFor(3);
      await publishPaced(b, [evt('m3'), evt('m4')]);
      await b.dropConsumerConnection();
      gate.open();
      const gone = (await b.drain(dead, 3)).map(deaths);
      await b.consumersBack();
      await eventually(() => r.deliveries.length >= 5, 'the rest delivered');
      await r.subscription.stop();
      return { got: r.deliveries.map(mark), dead: gone };
    },
});

const expiryMeetsLimitMore = brokerCases('dead-letters', {
  'r25 TTL 2000 and max length 1: the connection drops holding two past their TTL and two within, one waiting':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 2_000, maxLength: 1 });
      const gate = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (!d.redelivered) await gate.promise;
        },
        { prefetch: 4 },
      );
      await publishAll(b, [evt('m0'), evt('m1')]);
      await r.waitFor(2);
      await b.advanceTime(1_300);
      await publishAll(b, [evt('m2'), evt('m3')]);
      await r.waitFor(4);
      await b.advanceTime(800);
      await publishAll(b, [evt('m4')]);
      await b.dropConsumerConnection();
      gate.open();
      const gone = (await b.drain(dead, 4)).map(deaths);
      await b.consumersBack();
      await eventually(() => r.ids().includes('m4'), 'm4 delivered');
      await r.subscription.stop();
      return { got: r.deliveries.map(mark), dead: gone };
    },
  'r25 TTL 2000 and max length 1: stop() with one held past its TTL and one within, both requeued, one waiting':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 2_000, maxLength: 1 });
      const gate = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          await gate.promise;
          d.nack();
        },
        { prefetch: 2 },
      );
      await publishAll(b, [evt('m0')]);
      await r.waitFor(1);
      await b.advanceTime(1_300);
      await publishAll(b, [evt('m1')]);
      await r.waitFor(2);
      await b.advanceTime(100);
      await publishAll(b, [evt('m2')]);
      await b.advanceTime(700);
      const stopping = r.subscription.stop();
      gate.open();
      await stopping;
      const gone = (await b.drain(dead, 2)).map(deaths);
      return { dead: gone, left: (await b.drain(work, 1)).map(flags) };
    },
});

const expiryMeetsLimitLast = brokerCases('dead-letters', {
  'r25 TTL 2000 and max length 3: the connection drops holding two past their TTL and one within, one waiting':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 2_000, maxLength: 3 });
      const gate = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (!d.redelivered) await gate.promise;
        },
        { prefetch: 3 },
      );
      await publishAll(b, [evt('m0'), evt('m1')]);
      await r.waitFor(2);
      await b.advanceTime(1_300);
      await publishAll(b, [evt('m2')]);
      await r.waitFor(3);
      await b.advanceTime(800);
      await publishAll(b, [evt('m3')]);
      await b.dropConsumerConnection();
      gate.open();
      const gone = (await b.drain(dead, 2)).map(deaths);
      await b.consumersBack();
      await eventually(() => r.ids().includes('m3'), 'm3 delivered');
      await r.subscription.stop();
      return { got: r.deliveries.map(mark), dead: gone };
    },
});

const dropFromHandlers = brokerCases('settlement', {
  'r25 a handler drops the connection and throws at the delivery limit: the dead copy is made on its return':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      let dropped = false;
      const r = await receive(
        b,
        work,
        (d) => {
          if (d.deliveryCount === 2 && !dropped) {
            dropped = true;
            void b.dropConsumerConnection();
          }
          throw new Error('poison');
        },
        { prefetch: 1, maxDeliveries: 2 },
      );
      await publishAll(b, [evt('m0')]);
      const gone = (await b.drain(dead, 1)).map(deaths);
      await b.consumersBack();
      await r.subscription.stop();
      return { got: r.deliveries.map(marked), dead: gone };
    },
  'r25 a handler drops the connection, then acks: the ack is lost and the message comes back once': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    let dropped = false;
    const r = await receive(
      b,
      work,
      (d) => {
        if (!dropped) {
          dropped = true;
          void b.dropConsumerConnection();
        }
        d.ack();
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('m0')]);
    await b.consumersBack();
    await r.waitFor(2);
    const published = await publishAll(b, [evt('m1')]);
    await r.waitFor(3);
    await r.subscription.stop();
    return { published, got: r.deliveries.map(mark) };
  },
});

const limitsAndCounts = brokerCases('settlement', {
  'r25 maxDeliveries 2: thrown once, handed back by stop(), taken by a new subscription that throws': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const first = latch();
    const log: string[] = [];
    const r = await receive(
      b,
      work,
      async (d) => {
        log.push(`A:${mark(d)}`);
        if (d.deliveryCount === 1) throw new Error('once');
        await first.promise;
        throw new Error('twice');
      },
      { prefetch: 1, maxDeliveries: 5 },
    );
    await publishAll(b, [evt('m0')]);
    await eventually(() => log.length >= 2, 'two deliveries on A');
    const stopping = r.subscription.stop();
    first.open();
    await stopping;
    const other = b.newConsumer();
    const bLog: string[] = [];
    const s = await other.consume(
      work,
      (d) => {
        bLog.push(`B:${marked(d)}`);
        throw new Error('again');
      },
      { prefetch: 1, maxDeliveries: 2 },
    );
    const gone = (await b.drain(dead, 1)).map(deaths);
    await s.stop();
    return { a: log, b: bLog, dead: gone };
  },
  'r25 the connection drops between two throws of maxDeliveries 3: the count carries over the drop': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const hold = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (d.deliveryCount === 2) await hold.promise;
        throw new Error('poison');
      },
      { prefetch: 1, maxDeliveries: 3 },
    );
    await publishAll(b, [evt('m0')]);
    await r.waitFor(2);
    await b.dropConsumerConnection();
    hold.open();
    await b.consumersBack();
    const gone = (await b.drain(dead, 1)).map(deaths);
    await r.subscription.stop();
    return { got: r.deliveries.map(marked), dead: gone };
  },
});

export const twentyFifthRoundCases: readonly BrokerCase[] = [
  ...topologyWhileDown,
  ...publishingAround,
  ...whileReconnecting,
  ...closingWhileStarting,
  ...droppedWhileStarting,
  ...declaredWhileDropping,
  ...requeueOverLimits,
  ...ttlMeetsHandBack,
  ...limitsAndCounts,
  ...consumerDeaths,
  ...expiryMeetsLimit,
  ...expiryMeetsLimitMore,
  ...dropFromHandlers,
  ...expiryMeetsLimitLast,
];
