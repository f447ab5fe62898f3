// The twenty-first probe round (2026-12-06): scenarios written from RabbitMQ's pages on consumer
// acknowledgements and publisher confirms, prefetch, redelivery, dead lettering, length limits,
// TTL and quorum queues, aimed at features meeting: handlers that publish (pipelines, delay loops
// by republishing, follow-ups that are unroutable), dead-letter paths that cross queue types
// (a queue of the case's type beside one of the other type), deaths at scale (a burst over a
// length limit and a TTL at once), large bodies through several deaths, subscriptions cancelled
// while dead letters flow into them, settlements across subscriptions, and redeclarations while
// consuming. Each ran on RabbitMQ 3.10 at least four times and on InMemoryBroker, on quorum and
// classic queues: all SAME, no fake or adapter difference found. Cases publish before they
// subscribe wherever a handler's own publishes or requeues would otherwise race the publishing
// loop (three did on a first draft). Where RabbitMQ promises no order (two queues feeding one,
// concurrent handlers) the cases compare sets.
import {
  boundQueue,
  collectingQueue,
  declare,
  delayQueue,
  eventually,
  latch,
  receive,
} from '@seams/contracts';
import type { Delivery, EventMessage, JsonValue, QueueSpec, QueueType } from '@seams/ports';
import {
  type BrokerCase,
  brokerCases,
  deaths,
  drainedIds,
  evt,
  flags,
  ids,
  json,
  outcome,
  publishAll,
  queuePair,
  workAndDead,
} from '../broker-case.js';
import type { CorpusBroker, DrainedMessage } from '../corpus-broker.js';

/** `id:redelivered:count` of a delivery. */
const mark = (d: Delivery): string => `${d.message.id}:${d.redelivered}:${d.deliveryCount}`;

/** `mark` and, for a dead letter, `reason@queue*count`. */
const marked = (d: Delivery): string =>
  d.deadLetter
    ? `${mark(d)}|${d.deadLetter.reason}@${d.deadLetter.queue}*${d.deadLetter.count}`
    : `${mark(d)}|-`;

const fail = (): never => {
  throw new Error('poison');
};

/** The queue type the case is not about: a dead-letter path that crosses types. */
const otherType = (b: CorpusBroker): QueueType => (b.queueType === 'quorum' ? 'classic' : 'quorum');

/** A queue of `type` taking everything routed through `exchange`. */
const collecting = (b: CorpusBroker, base: string, exchange: string, type: QueueType): QueueSpec => ({
  ...collectingQueue(b, base, exchange),
  type,
});

/** A burst's wait: hundreds of round trips on a busy machine. */
const LONG = { timeoutMs: 20_000 };

/** Lets the broker's time pass in steps until `done()`: a fake clock advances, RabbitMQ's timers run. */
async function advanceUntil(b: CorpusBroker, done: () => boolean, what: string, stepMs = 50): Promise<void> {
  for (let step = 0; step < 200 && !done(); step += 1) await b.advanceTime(stepMs);
  await eventually(done, what, LONG);
}

/** Publishes `events` all at once (pipelined) and tallies the outcomes. */
async function burst(b: CorpusBroker, events: readonly EventMessage[]): Promise<Record<string, number>> {
  const outcomes = await Promise.all(events.map((event) => outcome(b.publisher.publish(event))));
  const tally: Record<string, number> = {};
  for (const o of outcomes) tally[o] = (tally[o] ?? 0) + 1;
  return tally;
}

/** `n` ids with a prefix: `p0` .. `p(n-1)`. */
const named = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Sorted copy. */
const sorted = (values: readonly string[]): string[] => [...values].sort();

/** A text of `bytes` bytes (ASCII with a multibyte run), and a cheap digest of a payload to compare. */
const bigText = (bytes: number): string => `${'é'.repeat(1000)}${'x'.repeat(bytes - 2000)}`;
const digest = (payload: JsonValue): string => {
  const text = JSON.stringify(payload);
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return `${text.length}:${hash}`;
};

/** The reason of a drained message's latest broker death. */
const lastReason = (m: DrainedMessage): string => {
  const xDeath = m.brokerHeaders['x-death'] as ReadonlyArray<{ reason: string }> | undefined;
  return xDeath?.[0]?.reason ?? '-';
};

const pipelines = brokerCases('settlement', {
  'r21 a handler of prefetch 1 publishes a follow-up for each message before it acks: the next stage gets them in order':
    async (b) => {
      const work = boundQueue(b, 'work', ['order.created']);
      const next = boundQueue(b, 'next', ['order.paid']);
      await declare(b, [work, next]);
      const followed: string[] = [];
      const r = await receive(
        b,
        work.name,
        async (d) => {
          followed.push(await outcome(b.publisher.publish(evt(`${d.message.id}-paid`, 'order.paid'))));
        },
        { prefetch: 1 },
      );
      const published = await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      await r.waitFor(5);
      await eventually(() => followed.length >= 5, 'five follow-ups');
      await r.subscription.stop();
      return { published, work: r.deliveries.map(mark), followed, next: await drainedIds(b, next.name, 5) };
    },
  'r21 a handler whose follow-up publish is unroutable throws: maxDeliveries 2 dead-letters it, the routed follow-ups arrive':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['order.created'], { deadLetterExchange: dlx });
      const dead = collectingQueue(b, 'dead', dlx);
      const next = boundQueue(b, 'next', ['order.paid']);
      await declare(b, [work, dead, next], [dlx]);
      await publishAll(
        b,
        ids(3).map((id) => evt(id)),
      );
      const log: string[] = [];
      const r = await receive(
        b,
        work.name,
        async (d) => {
          const key = d.message.id === 'm1' ? 'nowhere.at.all' : 'order.paid';
          const result = await outcome(b.publisher.publish(evt(`${d.message.id}-f${d.deliveryCount}`, key)));
          log.push(`${mark(d)}:${result}`);
          if (result !== 'ok') throw new Error(result);
        },
        { prefetch: 1, maxDeliveries: 2 },
      );
      const died = await b.drain(dead.name, 1);
      await eventually(() => log.length >= 4, 'four handler runs');
      await r.subscription.stop();
      return { log, dead: died.map(deaths), next: await drainedIds(b, next.name, 2) };
    },
  'r21 a handler nacks its message back after publishing a copy under the same id: both delivered, counted per queue type':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      await publishAll(b, [evt('m0'), evt('m1')]);
      const r = await receive(
        b,
        q.name,
        async (d) => {
          const copy = (d.message.payload as { copy?: boolean }).copy === true;
          if (copy || d.redelivered) return;
          await b.publisher.publish(evt(d.message.id, 'order.created', { payload: { copy: true } }));
          d.nack();
        },
        { prefetch: 1 },
      );

      await r.waitFor(6);
      await r.subscription.stop();
      return {
        order: r.deliveries.map((d) => `${mark(d)}:${JSON.stringify(d.message.payload)}`),
        left: await drainedIds(b, q.name),
      };
    },
  'r21 a delay loop by republishing: a handler sends each message under a new id through a TTL 300 queue, twice':
    async (b) => {
      const back = b.name('back');
      const work = {
        name: b.name('work'),
        type: b.queueType,
        bindings: [
          { exchange: b.exchange, pattern: 'order.created' },
          { exchange: back, pattern: 'delay.#' },
        ],
      };
      const delay = boundQueue(b, 'delay', ['delay.#'], { messageTtlMs: 300, deadLetterExchange: back });
      await declare(b, [work, delay], [back]);
      await publishAll(b, [evt('a'), evt('b')]);
      const republished: string[] = [];
      const r = await receive(
        b,
        work.name,
        async (d) => {
          const lap = d.message.id.split('.').length - 1;
          if (lap >= 2) return;
          republished.push(
            await outcome(b.publisher.publish(evt(`${d.message.id}.${lap + 1}`, 'delay.retry'))),
          );
        },
        { prefetch: 2 },
      );
      await advanceUntil(b, () => r.deliveries.length >= 6, 'six deliveries');
      await r.subscription.stop();
      return {
        republished,
        got: sorted(r.deliveries.map(marked)),
        firsts: r.deliveries.slice(0, 2).map((d) => d.message.id),
      };
    },
  'r21 handlers of prefetch 3 each publish a child until the fourth generation: each generation arrives once':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      await publishAll(
        b,
        ['a', 'b', 'c'].map((id) => evt(id)),
      );
      const r = await receive(
        b,
        q.name,
        async (d) => {
          if (d.message.id.length < 6) await b.publisher.publish(evt(`${d.message.id}.c`, 'order.child'));
        },
        { prefetch: 3 },
      );
      await r.waitFor(12);
      await r.subscription.stop();
      return {
        got: sorted(r.ids()),
        redelivered: r.deliveries.filter((d) => d.redelivered).length,
        rootsFirst: r.ids().slice(0, 3),
        left: await drainedIds(b, q.name),
      };
    },
  'r21 a handler publishes a follow-up and then throws with maxDeliveries 1: the follow-up stays, the message dies':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      await publishAll(b, [evt('m0'), evt('m1')]);
      const r = await receive(
        b,
        work,
        async (d) => {
          if (d.message.type !== 'order.created') return;
          await b.publisher.publish(evt(`${d.message.id}-after`, 'order.followed'));
          throw new Error('after the publish');
        },
        { prefetch: 1, maxDeliveries: 1 },
      );
      await r.waitFor(4);
      const died = await b.drain(dead, 2);
      await r.subscription.stop();
      return {
        work: r.deliveries.map(mark),
        dead: died.map(deaths),
        deadLetters: died.map((m) => m.routingKey),
      };
    },
  'r21 the same event republished by its own handler twice, acked each time: three deliveries, none redelivered':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      let copies = 0;
      const r = await receive(
        b,
        q.name,
        async (d) => {
          if (copies < 2) {
            copies += 1;
            await b.publisher.publish(evt(d.message.id));
          }
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('same')]);
      await r.waitFor(3);
      await r.subscription.stop();
      return { got: r.deliveries.map(mark), left: await drainedIds(b, q.name) };
    },
  'r21 a handler on one queue acks a delivery it kept from another queue’s held handler: both settled once':
    async (b) => {
      const a = boundQueue(b, 'a', ['a']);
      const c = boundQueue(b, 'c', ['c']);
      await declare(b, [a, c]);
      let kept: Delivery | undefined;
      const held = latch();
      const ra = await receive(
        b,
        a.name,
        (d) => {
          kept = d;
          return held.promise;
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('a0', 'a'), evt('a1', 'a')]);
      await ra.waitFor(1);
      const rc = await receive(
        { consumer: b.newConsumer() },
        c.name,
        () => {
          kept?.ack();
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('c0', 'c')]);
      await rc.waitFor(1);
      await ra.waitFor(2);
      held.open();
      await ra.subscription.stop();
      await rc.subscription.stop();
      return {
        a: ra.deliveries.map(mark),
        c: rc.deliveries.map(mark),
        leftA: await drainedIds(b, a.name),
        leftC: await drainedIds(b, c.name),
      };
    },
});

const crossTypes = brokerCases('dead-letters', {
  'r21 a retry loop across queue types: rejected into a TTL 300 queue of the other type and back, three laps':
    async (b) => {
      const retryX = b.name('retryx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: retryX });
      const retry = {
        ...delayQueue(b, 'retry', { from: retryX, ttlMs: 300, to: b.exchange }),
        type: otherType(b),
      };
      await declare(b, [work, retry], [retryX]);
      const r = await receive(
        b,
        work.name,
        (d) => ((d.deadLetter?.count ?? 0) < 3 ? d.nack({ requeue: false }) : undefined),
        { prefetch: 1 },
      );
      await publishAll(b, [evt('m0')]);
      await advanceUntil(b, () => r.deliveries.length >= 4, 'four laps');
      await r.subscription.stop();
      return r.deliveries.map(marked);
    },
  'r21 maxlen into a dead-letter queue of the other type, rejected there into a third: the drained headers':
    async (b) => {
      const dlx = b.name('dlx');
      const dlx2 = b.name('dlx2');
      const full = boundQueue(b, 'full', ['#'], { maxLength: 1, deadLetterExchange: dlx });
      const middle = { ...collecting(b, 'middle', dlx, otherType(b)), deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [full, middle, end], [dlx, dlx2]);
      await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
      const r = await receive(
        b,
        middle.name,
        (d) => (d.redelivered ? d.nack({ requeue: false }) : d.nack()),
        {
          prefetch: 1,
        },
      );
      await r.waitFor(4);
      const died = await b.drain(end.name, 2);
      await r.subscription.stop();
      return {
        middle: r.deliveries.map(marked),
        end: died.map((m) =>
          json({ deaths: deaths(m), flags: flags(m), first: m.brokerHeaders['x-first-death-reason'] }),
        ),
        left: await drainedIds(b, full.name, 1),
      };
    },
  'r21 one publish into a quorum and a classic queue sharing a dead-letter exchange, both TTL 300: one expired copy per queue':
    async (b) => {
      const dlx = b.name('dlx');
      const [qq, qc] = queuePair(b);
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(
        b,
        [
          { ...qq, messageTtlMs: 300, deadLetterExchange: dlx },
          { ...qc, messageTtlMs: 300, deadLetterExchange: dlx },
          dead,
        ],
        [dlx],
      );
      await publishAll(b, [evt('m0'), evt('m1')]);
      await b.advanceTime(700);
      const got = await b.drain(dead.name, 4);
      return sorted(got.map((m) => `${deaths(m)}|${m.routingKey}|${flags(m).split(':').slice(1).join(':')}`));
    },
  'r21 one publish into a quorum and a classic queue, one consumer throwing with maxDeliveries 2 on both: counts and deaths per queue':
    async (b) => {
      const dlx = b.name('dlx');
      const [qq, qc] = queuePair(b);
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [{ ...qq, deadLetterExchange: dlx }, { ...qc, deadLetterExchange: dlx }, dead], [dlx]);
      await publishAll(b, [evt('m0'), evt('m1')]);
      const rq = await receive(b, qq.name, fail, { prefetch: 1, maxDeliveries: 2 });
      const rc = await receive(b, qc.name, fail, { prefetch: 1, maxDeliveries: 2 });
      const rd = await receive({ consumer: b.newConsumer() }, dead.name, undefined, { prefetch: 5 });
      await rd.waitFor(4);
      await rq.subscription.stop();
      await rc.subscription.stop();
      await rd.subscription.stop();
      return {
        quorum: rq.deliveries.map(mark),
        classic: rc.deliveries.map(mark),
        dead: sorted(rd.deliveries.map(marked)),
      };
    },
  'r21 delivery_limit into a TTL 300 dead-letter queue of the other type that routes back: the message returns expired':
    async (b) => {
      const retryX = b.name('retryx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: retryX });
      const retry = {
        ...delayQueue(b, 'retry', { from: retryX, ttlMs: 300, to: b.exchange }),
        type: otherType(b),
      };
      await declare(b, [work, retry], [retryX]);
      const r = await receive(
        b,
        work.name,
        (d) => {
          if (d.deadLetter === undefined) throw new Error('first round');
        },
        { prefetch: 1, maxDeliveries: 2 },
      );
      await publishAll(b, [evt('m0')]);
      await advanceUntil(b, () => r.deliveries.length >= 3, 'three deliveries');
      await r.subscription.stop();
      return { work: r.deliveries.map(marked), left: await drainedIds(b, retry.name) };
    },
  'r21 three rejected into a dead-letter queue of the other type, read at prefetch 1 requeueing each once: the order there':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const dead = collecting(b, 'dead', dlx, otherType(b));
      await declare(b, [work, dead], [dlx]);
      const rw = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await publishAll(
        b,
        ids(3).map((id) => evt(id)),
      );
      await rw.waitFor(3);
      await b.advanceTime(300);
      const rd = await receive(
        { consumer: b.newConsumer() },
        dead.name,
        (d) => (d.redelivered ? undefined : d.nack()),
        {
          prefetch: 1,
        },
      );
      await rd.waitFor(6);
      await rw.subscription.stop();
      await rd.subscription.stop();
      return { work: rw.deliveries.map(mark), dead: rd.deliveries.map(marked) };
    },
  'r21 an expiry in a classic and a quorum hop of one chain, then rejected: x-death and x-first-death as drained':
    async (b) => {
      const h1 = b.name('h1x');
      const h2 = b.name('h2x');
      const endX = b.name('endx');
      const first = boundQueue(b, 'first', ['#'], { messageTtlMs: 0, deadLetterExchange: h1 });
      const hop1 = { ...delayQueue(b, 'hop1', { from: h1, ttlMs: 0, to: h2 }), type: otherType(b) };
      const hop2 = { ...collectingQueue(b, 'hop2', h2), deadLetterExchange: endX };
      const end = collectingQueue(b, 'end', endX);
      await declare(b, [first, hop1, hop2, end], [h1, h2, endX]);
      await publishAll(b, [evt('m0', 'order.chain')]);
      const r = await receive(b, hop2.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await r.waitFor(1);
      const died = await b.drain(end.name, 1);
      await r.subscription.stop();
      return {
        hop2: r.deliveries.map(marked),
        end: died.map((m) =>
          json({
            deaths: deaths(m),
            key: m.routingKey,
            first: [m.brokerHeaders['x-first-death-reason'], m.brokerHeaders['x-first-death-queue']],
          }),
        ),
      };
    },
});

const atScale = brokerCases('dead-letters', {
  'r21 a burst of 200 into max length 50 with TTL 2000: 150 die maxlen in order, then the newest 50 expire in order':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 50, messageTtlMs: 2000 });
      const tally = await burst(
        b,
        named('m', 200).map((id) => evt(id)),
      );
      await b.advanceTime(2600);
      const got = await b.drain(dead, 200);
      const maxlen = got.filter((m) => lastReason(m) === 'maxlen').map((m) => m.id);
      const expired = got.filter((m) => lastReason(m) === 'expired').map((m) => m.id);
      return {
        tally,
        maxlen: maxlen.length,
        maxlenInOrder: maxlen.join() === named('m', 150).join(),
        expired: expired.length,
        expiredInOrder: expired.join() === named('m', 200).slice(150).join(),
        maxlenBeforeExpired: got.findIndex((m) => lastReason(m) === 'expired') === 150,
        left: await drainedIds(b, work),
      };
    },
  'r21 a hundred and twenty rejected at prefetch 20 into a dead-letter queue of max length 40: the last forty stay':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const small = { ...collectingQueue(b, 'small', dlx), maxLength: 40 };
      await declare(b, [work, small], [dlx]);
      await burst(
        b,
        named('m', 120).map((id) => evt(id)),
      );
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 20 });
      await eventually(() => r.deliveries.length >= 120, '120 rejected', LONG);
      await b.advanceTime(300);
      await r.subscription.stop();
      const kept = await b.drain(small.name, 40);
      return {
        deliveredInOrder: r.ids().join() === named('m', 120).join(),
        kept: kept.length,
        keptInOrder: kept.map((m) => m.id).join() === named('m', 120).slice(80).join(),
        keptDeaths: [...new Set(kept.map((m) => deaths(m).split(':')[1] ?? '-'))],
      };
    },
  'r21 a burst of 100 into a quorum and a classic queue at once, each read at prefetch 5, every seventh nacked once':
    async (b) => {
      const [qq, qc] = queuePair(b);
      await declare(b, [qq, qc]);
      await burst(
        b,
        named('m', 100).map((id) => evt(id)),
      );
      const nackSeventh = (d: Delivery) =>
        !d.redelivered && Number(d.message.id.slice(1)) % 7 === 0 ? d.nack() : undefined;
      const rq = await receive(b, qq.name, nackSeventh, { prefetch: 5 });
      const rc = await receive(b, qc.name, nackSeventh, { prefetch: 5 });
      await eventually(() => rq.deliveries.length >= 115 && rc.deliveries.length >= 115, 'both', LONG);
      await rq.subscription.stop();
      await rc.subscription.stop();
      const summary = (r: { deliveries: Delivery[] }) => ({
        deliveries: r.deliveries.length,
        firstPassInOrder:
          r.deliveries
            .filter((d) => !d.redelivered)
            .map((d) => d.message.id)
            .join() === named('m', 100).join(),
        redelivered: sorted(r.deliveries.filter((d) => d.redelivered).map(mark)),
      });
      return {
        quorum: summary(rq),
        classic: summary(rc),
        // A quorum queue puts each at the back: all after the first pass.
        quorumAfterFirstPass: rq.deliveries.slice(100).every((d) => d.redelivered),
        left: [...(await drainedIds(b, qq.name)), ...(await drainedIds(b, qc.name))],
      };
    },
  'r21 sixty rejections while the dead-letter subscription is stopped half way: none lost, the rest wait in order':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const rd = await receive({ consumer: b.newConsumer() }, dead, undefined, { prefetch: 5 });
      await burst(
        b,
        named('m', 60).map((id) => evt(id)),
      );
      let stopping: Promise<void> | undefined;
      const rw = await receive(
        b,
        work,
        (d) => {
          if (d.message.id === 'm30') stopping = rd.subscription.stop();
          d.nack({ requeue: false });
        },
        { prefetch: 1 },
      );
      await eventually(() => rw.deliveries.length >= 60, 'sixty rejected', LONG);
      await stopping;
      await b.advanceTime(300);
      await rw.subscription.stop();
      const waiting = await b.drain(dead);
      const all = [...rd.ids(), ...waiting.map((m) => m.id)];
      // How many the subscription took before its stop() is a race; that none is lost or doubled is not.
      return {
        all: all.length,
        eachOnce: sorted(all).join() === sorted(named('m', 60)).join(),
        consumedInOrder: rd.ids().join() === named('m', rd.ids().length).join(),
      };
    },
});

const bodies = brokerCases('properties', {
  'r21 a 3 MiB payload expires from a TTL 300 queue, then is rejected in the next: arrives whole each time':
    async (b) => {
      const dlx = b.name('dlx');
      const dlx2 = b.name('dlx2');
      const work = boundQueue(b, 'work', ['#'], { messageTtlMs: 300, deadLetterExchange: dlx });
      const middle = { ...collectingQueue(b, 'middle', dlx), deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, middle, end], [dlx, dlx2]);
      const payload = { text: bigText(3 * 1024 * 1024) };
      const published = await publishAll(b, [evt('big', 'order.created', { payload })]);
      const rm = await receive(b, middle.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await advanceUntil(b, () => rm.deliveries.length >= 1, 'the expired copy');
      const re = await receive({ consumer: b.newConsumer() }, end.name, undefined, { prefetch: 1 });
      await re.waitFor(1);
      await rm.subscription.stop();
      await re.subscription.stop();
      const sent = digest(payload);
      return {
        published,
        middle: rm.deliveries.map((d) => `${marked(d)}:${digest(d.message.payload) === sent}`),
        end: re.deliveries.map((d) => `${marked(d)}:${digest(d.message.payload) === sent}`),
      };
    },
  'r21 empty and 4 MiB payloads interleaved into max length 1: the sizes that die maxlen and the one that stays':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 1 });
      const big = bigText(4 * 1024 * 1024);
      const payloads: JsonValue[] = ['', big, {}, big, []];
      const published = await publishAll(
        b,
        payloads.map((payload, i) => evt(`p${i}`, 'order.created', { payload })),
      );
      const died = await b.drain(dead, 4);
      const r = await receive({ consumer: b.newConsumer() }, work, undefined, { prefetch: 1 });
      await r.waitFor(1);
      await r.subscription.stop();
      return {
        published,
        dead: died.map(deaths),
        kept: r.deliveries.map((d) => `${mark(d)}:${JSON.stringify(d.message.payload)}`),
      };
    },
  'r21 headers of every port type through a delivery_limit death and then an expiry: values and types':
    async (b) => {
      const dlx = b.name('dlx');
      const dlx2 = b.name('dlx2');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const middle = { ...collectingQueue(b, 'middle', dlx), messageTtlMs: 300, deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, middle, end], [dlx, dlx2]);
      const headers = {
        s: 'text',
        empty: '',
        int: 42,
        neg: -7,
        big: 2 ** 40,
        float: 1.25,
        t: true,
        f: false,
        zero: 0,
        tiny: 5e-324,
      };
      await publishAll(b, [evt('h', 'order.created', { headers, correlationId: 'c-1' })]);
      const rw = await receive(b, work.name, fail, { prefetch: 1, maxDeliveries: 2 });
      await rw.waitFor(2);
      const re = await receive({ consumer: b.newConsumer() }, end.name, undefined, { prefetch: 1 });
      await advanceUntil(b, () => re.deliveries.length >= 1, 'the expired copy');
      await rw.subscription.stop();
      await re.subscription.stop();
      const typed = (d: Delivery) =>
        Object.entries(d.message.headers ?? {})
          .map(([k, v]) => `${k}=${typeof v}:${String(v)}`)
          .sort();
      return {
        work: rw.deliveries.map((d) => ({ mark: mark(d), headers: typed(d) })),
        end: re.deliveries.map((d) => ({
          mark: marked(d),
          headers: typed(d),
          correlationId: d.message.correlationId ?? null,
        })),
      };
    },
});

const timing = brokerCases('settlement', {
  'r21 a poison message on a TTL 2000 queue, each failing delivery taking 800 ms, maxDeliveries 5: it expires first':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 2000 });
      await publishAll(b, [evt('m0')]);
      const r = await receive(
        b,
        work,
        async () => {
          await b.advanceTime(800);
          throw new Error('slow poison');
        },
        { prefetch: 1, maxDeliveries: 5 },
      );
      const died = await b.drain(dead, 1);
      await r.subscription.stop();
      return { order: r.deliveries.map(mark), dead: died.map(deaths) };
    },
  // m0 comes back after m3 expired at the head: held 1.5 s past the TTL, so that a late expiry
  // timer on a loaded machine (RabbitMQ's runs on the same 2 cores as the tests) cannot swap them.
  'r21 prefetch 2 on a TTL 500 queue: m0 held 2000 ms then nacked back, m1 acked, m2 held, m3 waiting: the dead-letter order':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 500 });
      const held = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (d.message.id === 'm0') {
            await held.promise;
            d.nack();
          }
          if (d.message.id === 'm2') await held.promise;
        },
        { prefetch: 2 },
      );
      await publishAll(
        b,
        ids(4).map((id) => evt(id)),
      );
      await r.waitFor(3);
      await b.advanceTime(2000);
      held.open();
      const got = await b.drain(dead, 2);
      await r.subscription.stop();
      return { order: r.deliveries.map(mark), dead: got.map(deaths), left: await drainedIds(b, work) };
    },
  'r21 the connection drops while a message requeued once is held on a TTL 5000 queue: it comes back within the TTL and is acked':
    async (b) => {
      const { work, dead } = await workAndDead(b, { messageTtlMs: 5000 });
      const held = latch();
      const r = await receive(
        b,
        work,
        (d) => {
          if (d.deliveryCount === 1) return d.nack();
          return d.deliveryCount === 2 ? held.promise : undefined;
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('m0')]);
      await r.waitFor(2);
      await b.dropConsumerConnection();
      await b.consumersBack();
      await r.waitFor(3);
      held.open();
      await r.subscription.stop();
      return {
        order: r.deliveries.map(mark),
        dead: await drainedIds(b, dead),
        left: await drainedIds(b, work),
      };
    },
});

const cancellation = brokerCases('settlement', {
  'r21 consumer.close() while a held handler publishes a follow-up after close() was called: both confirmed and kept':
    async (b) => {
      const work = boundQueue(b, 'work', ['order.created']);
      const next = boundQueue(b, 'next', ['order.paid']);
      await declare(b, [work, next]);
      const consumer = b.newConsumer();
      const held = latch();
      let followed = 'none';
      const r = await receive({ consumer }, work.name, async (d) => {
        await held.promise;
        followed = await outcome(b.publisher.publish(evt(`${d.message.id}-paid`, 'order.paid')));
      });
      await publishAll(b, [evt('m0')]);
      await r.waitFor(1);
      const closing = consumer.close();
      held.open();
      await closing;
      const after = await publishAll(b, [evt('m1')]);
      return {
        followed,
        after,
        work: r.deliveries.map(mark),
        next: await drainedIds(b, next.name, 1),
        waiting: (await b.drain(work.name, 1)).map(flags),
      };
    },
  'r21 stop() of one queue’s subscription from a handler on another queue: the held message there still acks':
    async (b) => {
      const a = boundQueue(b, 'a', ['a']);
      const c = boundQueue(b, 'c', ['c']);
      await declare(b, [a, c]);
      const held = latch();
      const ra = await receive(b, a.name, () => held.promise, { prefetch: 1 });
      await publishAll(b, [evt('a0', 'a'), evt('a1', 'a')]);
      await ra.waitFor(1);
      let stopped = 'not yet';
      const rc = await receive(
        { consumer: b.newConsumer() },
        c.name,
        () => {
          const stopping = ra.subscription.stop().then(() => {
            stopped = 'stopped';
          });
          // The ack the held handler makes comes after the cancel has reached the broker.
          return b.advanceTime(100).then(() => {
            held.open();
            return stopping;
          });
        },
        { prefetch: 1 },
      );
      await publishAll(b, [evt('c0', 'c')]);
      await rc.waitFor(1);
      await eventually(() => stopped === 'stopped', 'the stop');
      await rc.subscription.stop();
      return {
        stopped,
        a: ra.deliveries.map(mark),
        c: rc.deliveries.map(mark),
        leftA: (await b.drain(a.name, 1)).map(flags),
        leftC: await drainedIds(b, c.name),
      };
    },
  'r21 a subscription stopped while its handler nacks back in a loop: stop() resolves, the message waits redelivered':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      const r = await receive(b, q.name, (d) => d.nack(), { prefetch: 1 });
      await publishAll(b, [evt('m0')]);
      await r.waitFor(5);
      await r.subscription.stop();
      const left = await b.drain(q.name, 1);
      return {
        atLeastFive: r.deliveries.length >= 5,
        countsClimb: r.deliveries.every((d, i) => d.deliveryCount === i + 1),
        left: left.map((m) => `${m.id}:${m.redelivered}`),
      };
    },
  'r21 two consumers of prefetch 1 on a dead-letter queue, one stopped while both hold: the other gets both and the rest':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const gateA = latch();
      const gateB = latch();
      const ra = await receive({ consumer: b.newConsumer() }, dead, () => gateA.promise, { prefetch: 1 });
      const rb = await receive(b, dead, () => gateB.promise, { prefetch: 1 });
      const rw = await receive({ consumer: b.newConsumer() }, work, (d) => d.nack({ requeue: false }), {
        prefetch: 1,
      });
      await publishAll(
        b,
        ids(4).map((id) => evt(id)),
      );
      await ra.waitFor(1);
      await rb.waitFor(1);
      await eventually(() => rw.deliveries.length >= 4, 'four rejected');
      const stopping = ra.subscription.stop();
      await b.advanceTime(100);
      const aHeld = ra.deliveries.map((d) => d.message.id);
      // A's held message goes back: it is nacked with requeue once A is told to stop.
      const first = ra.deliveries[0];
      first?.nack();
      gateA.open();
      await stopping;
      gateB.open();
      await rb.waitFor(4);
      await rb.subscription.stop();
      await rw.subscription.stop();
      return {
        aHeld,
        a: ra.deliveries.map(marked),
        b: sorted(rb.deliveries.map(marked)),
        left: await drainedIds(b, dead),
      };
    },
});

const lengths = brokerCases('topology', {
  'r21 max length 2 and TTL 600 with a consumer on the dead letters that requeues each once: deliveries and reasons':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 2, messageTtlMs: 600 });
      const rd = await receive(
        { consumer: b.newConsumer() },
        dead,
        (d) => (d.redelivered ? undefined : d.nack()),
        {
          prefetch: 1,
        },
      );
      await publishAll(
        b,
        ids(4).map((id) => evt(id)),
      );
      await advanceUntil(b, () => rd.deliveries.length >= 8, 'eight dead deliveries', 100);
      await rd.subscription.stop();
      // The maxlen deaths and the first requeues cross on the wire: compared as a set.
      return { dead: sorted(rd.deliveries.map(marked)), left: await drainedIds(b, work) };
    },
  'r21 max length 3 with three consumers of prefetch 1 all held: ten published, which three wait and which die':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 3 });
      const gate = latch();
      const subs = await Promise.all(
        [b.consumer, b.newConsumer(), b.newConsumer()].map((consumer) =>
          receive({ consumer }, work, () => gate.promise, { prefetch: 1 }),
        ),
      );
      await publishAll(
        b,
        ids(10).map((id) => evt(id)),
      );
      const died = await b.drain(dead, 4);
      const heldIds = sorted(subs.flatMap((s) => s.ids()));
      gate.open();
      await eventually(() => subs.reduce((n, s) => n + s.deliveries.length, 0) >= 6, 'six delivered');
      for (const s of subs) await s.subscription.stop();
      return {
        held: heldIds,
        dead: died.map(deaths),
        all: sorted(subs.flatMap((s) => s.deliveries.map(mark))),
      };
    },
  'r21 max length 1 on the dead-letter queue of a TTL 300 queue: of five expiries only the last stays':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { messageTtlMs: 300, deadLetterExchange: dlx });
      const small = { ...collectingQueue(b, 'small', dlx), maxLength: 1 };
      const witness = collectingQueue(b, 'witness', dlx);
      await declare(b, [work, small, witness], [dlx]);
      await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      await b.advanceTime(600);
      const seenDead = await b.drain(witness.name, 5);
      return { witness: seenDead.map(deaths), small: (await b.drain(small.name, 1)).map(deaths) };
    },
  'r21 max length 2 of the other queue type beside one of this type, both fed by a burst of six: each keeps its newest two':
    async (b) => {
      const dlx = b.name('dlx');
      const mine = boundQueue(b, 'mine', ['#'], { maxLength: 2, deadLetterExchange: dlx });
      const theirs = {
        ...boundQueue(b, 'theirs', ['#'], { maxLength: 2, deadLetterExchange: dlx }),
        type: otherType(b),
      };
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [mine, theirs, dead], [dlx]);
      await burst(
        b,
        ids(6).map((id) => evt(id)),
      );
      const died = await b.drain(dead.name, 8);
      return {
        mine: await drainedIds(b, mine.name, 2),
        theirs: await drainedIds(b, theirs.name, 2),
        dead: sorted(died.map(deaths)),
      };
    },
});

const confirms = brokerCases('routing', {
  'r21 publishes to keys routed only to a max length 0 queue, a TTL 0 queue and nowhere, pipelined: outcomes in order':
    async (b) => {
      const zero = boundQueue(b, 'zero', ['zero.#'], { maxLength: 0 });
      const ttl0 = boundQueue(b, 'ttl0', ['ttl.#'], { messageTtlMs: 0 });
      await declare(b, [zero, ttl0]);
      const keys = ['zero.a', 'ttl.a', 'none.a', 'zero.b', 'none.b', 'ttl.b'];
      const outcomes = await Promise.all(
        keys.map((key, i) => outcome(b.publisher.publish(evt(`k${i}`, key)))),
      );
      return {
        outcomes,
        zero: await drainedIds(b, zero.name),
        ttl0: await drainedIds(b, ttl0.name),
      };
    },
  'r21 a dead-letter exchange whose only queue binds another pattern: rejections vanish until a binding is added':
    async (b) => {
      const dlx = b.name('dlx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const dead = {
        name: b.name('dead'),
        type: b.queueType,
        bindings: [{ exchange: dlx, pattern: 'other.*' }],
      };
      await declare(b, [work, dead], [dlx]);
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await publishAll(b, [evt('m0', 'order.created')]);
      await r.waitFor(1);
      await b.advanceTime(200);
      await declare(b, [{ ...dead, bindings: [...dead.bindings, { exchange: dlx, pattern: 'order.#' }] }]);
      await publishAll(b, [evt('m1', 'order.created')]);
      await r.waitFor(2);
      const died = await b.drain(dead.name, 1);
      await r.subscription.stop();
      return died.map(deaths);
    },
  'r21 a publish routed to a queue of each type and a max length 0 one: confirmed once, one copy in each that keeps it':
    async (b) => {
      const [qq, qc] = queuePair(b, 'k.#');
      const zero = boundQueue(b, 'zero', ['k.#'], { maxLength: 0 });
      await declare(b, [qq, qc, zero]);
      const published = await publishAll(b, [evt('m0', 'k.a'), evt('m1', 'k.b')]);
      return {
        published,
        quorum: (await b.drain(qq.name, 2)).map(flags),
        classic: (await b.drain(qc.name, 2)).map(flags),
        zero: await drainedIds(b, zero.name),
      };
    },
});

const redelivery = brokerCases('settlement', {
  'r21 redelivered and counts of a message nacked by three subscriptions in turn, each of prefetch 1, then acked':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      await publishAll(b, [evt('m0')]);
      const seenBy: string[] = [];
      // Each nacks its delivery only once stop() has cancelled it, so the requeue goes to the next.
      for (const [i, consumer] of [b.consumer, b.newConsumer(), b.newConsumer()].entries()) {
        const gate = latch();
        const held: Delivery[] = [];
        const sub = await consumer.consume(
          q.name,
          (d) => {
            held.push(d);
            seenBy.push(`s${i}:${mark(d)}`);
            return gate.promise;
          },
          { prefetch: 1 },
        );
        await eventually(() => held.length >= 1, 'one held');
        const stopping = sub.stop();
        for (const d of held) d.nack();
        gate.open();
        await stopping;
      }
      const last = await receive({ consumer: b.newConsumer() }, q.name, undefined, { prefetch: 1 });
      await last.waitFor(1);
      await last.subscription.stop();
      return { seenBy, last: last.deliveries.map(mark) };
    },
  'r21 a dead letter requeued in its dead-letter queue keeps deadLetter; rejected there it dies again with both deaths':
    async (b) => {
      const dlx = b.name('dlx');
      const dlx2 = b.name('dlx2');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const middle = { ...collectingQueue(b, 'middle', dlx), deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, middle, end], [dlx, dlx2]);
      const rw = await receive(
        b,
        work.name,
        (d) => (d.deliveryCount < 2 ? d.nack() : d.nack({ requeue: false })),
        {
          prefetch: 1,
        },
      );
      const rm = await receive(
        { consumer: b.newConsumer() },
        middle.name,
        (d) => (d.deliveryCount < 3 ? d.nack() : d.nack({ requeue: false })),
        { prefetch: 1 },
      );
      await publishAll(b, [evt('m0')]);
      const died = await b.drain(end.name, 1);
      await rw.subscription.stop();
      await rm.subscription.stop();
      return {
        work: rw.deliveries.map(marked),
        middle: rm.deliveries.map(marked),
        end: died.map((m) => `${deaths(m)}|${flags(m)}`),
      };
    },
  'r21 maxDeliveries 3 where the handler throws on odd counts only: acked at 2; the next message is not held up':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
      const r = await receive(
        b,
        work,
        (d) => {
          if (d.deliveryCount % 2 === 1 && d.message.id === 'm0') throw new Error('odd');
        },
        { prefetch: 1, maxDeliveries: 3 },
      );
      await r.waitFor(4);
      await b.advanceTime(100);
      await r.subscription.stop();
      return { order: r.deliveries.map(mark), dead: await drainedIds(b, dead) };
    },
  'r21 prefetch 3: m0 thrown back (maxDeliveries 2), m1 nacked back, m2 rejected, all at once: the order after':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const gate = latch();
      const r = await receive(
        b,
        work,
        async (d) => {
          if (d.redelivered) return;
          await gate.promise;
          if (d.message.id === 'm0') throw new Error('first');
          if (d.message.id === 'm1') d.nack();
          if (d.message.id === 'm2') d.nack({ requeue: false });
        },
        { prefetch: 3, maxDeliveries: 2 },
      );
      await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      await r.waitFor(3);
      gate.open();
      await r.waitFor(7);
      const died = await b.drain(dead, 1);
      await r.subscription.stop();
      // Which deliveries came, not their order: m0's requeue goes through the adapter's error path,
      // a turn after m1's nack, and races the deliveries of m3 and m4 the freed slots start (under
      // load RabbitMQ delivered m4 before it in 2 of 3 CI rehearsals on 2026-12-06).
      return { order: r.deliveries.map(mark).sort(), dead: died.map(deaths) };
    },
});

const interplay = brokerCases('dead-letters', {
  'r21 pipelined publishes to routable and unroutable keys, then close() at once: each settles on its own, the next is closed':
    async (b) => {
      const q = boundQueue(b, 'q', ['ok.#']);
      await declare(b, [q]);
      const keys = ['ok.a', 'no.a', 'ok.b', 'no.b', 'ok.c'];
      const pending = keys.map((key, i) => outcome(b.publisher.publish(evt(`k${i}`, key))));
      const closing = outcome(b.publisher.close());
      const outcomes = await Promise.all(pending);
      const closed = await closing;
      const after = await outcome(b.publisher.publish(evt('late', 'ok.d')));
      return { outcomes, closed, after, got: await drainedIds(b, q.name, 3) };
    },
  'r21 a dead-letter consumer republishes each dead letter once under a new id: the retry arrives fresh and dies again':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      await publishAll(b, [evt('m0'), evt('m1')]);
      const rw = await receive(b, work, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      const republished: string[] = [];
      const rd = await receive(
        { consumer: b.newConsumer() },
        dead,
        async (d) => {
          if (d.message.id.endsWith('-r')) return;
          republished.push(await outcome(b.publisher.publish({ ...d.message, id: `${d.message.id}-r` })));
        },
        { prefetch: 1 },
      );
      await rd.waitFor(4);
      await rw.subscription.stop();
      await rd.subscription.stop();
      return { republished, work: rw.deliveries.map(marked), dead: rd.deliveries.map(marked) };
    },
  'r21 always failing with maxDeliveries 1, retried through a TTL 300 queue of the other type: deadLetter counts each lap':
    async (b) => {
      const retryX = b.name('retryx');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: retryX });
      const retry = {
        ...delayQueue(b, 'retry', { from: retryX, ttlMs: 300, to: b.exchange }),
        type: otherType(b),
      };
      await declare(b, [work, retry], [retryX]);
      await publishAll(b, [evt('m0')]);
      const r = await receive(
        b,
        work.name,
        (d) => {
          if ((d.deadLetter?.count ?? 0) < 2) throw new Error('not yet');
        },
        { prefetch: 1, maxDeliveries: 1 },
      );
      await advanceUntil(b, () => r.deliveries.length >= 3, 'three laps');
      await r.subscription.stop();
      return { work: r.deliveries.map(marked), left: await drainedIds(b, retry.name) };
    },
  'r21 a rejection ping-pong between a queue of each type, acked on the third arrival: deadLetter each time, x-death as seen':
    async (b) => {
      const xa = b.name('xa');
      const xb = b.name('xb');
      const qa: QueueSpec = {
        name: b.name('qa'),
        type: b.queueType,
        bindings: [
          { exchange: b.exchange, pattern: '#' },
          { exchange: xa, pattern: '#' },
        ],
        deadLetterExchange: xb,
      };
      const qb = { ...collecting(b, 'qb', xb, otherType(b)), deadLetterExchange: xa };
      const witness = collectingQueue(b, 'witness', xb);
      await declare(b, [qa, qb, witness], [xa, xb]);
      await publishAll(b, [evt('m0')]);
      let arrivals = 0;
      const ra = await receive(
        b,
        qa.name,
        (d) => {
          arrivals += 1;
          return arrivals < 3 ? d.nack({ requeue: false }) : undefined;
        },
        { prefetch: 1 },
      );
      const rb = await receive({ consumer: b.newConsumer() }, qb.name, (d) => d.nack({ requeue: false }), {
        prefetch: 1,
      });
      await ra.waitFor(3);
      await rb.waitFor(2);
      await ra.subscription.stop();
      await rb.subscription.stop();
      return {
        a: ra.deliveries.map(marked),
        b: rb.deliveries.map(marked),
        witness: (await b.drain(witness.name, 2)).map(
          (m) => `${deaths(m)}|${String(m.brokerHeaders['x-first-death-queue'])}`,
        ),
      };
    },
  'r21 an expiry cycle through a TTL 0 queue of each type: dropped where it would come round; a witness sees both hops':
    async (b) => {
      const xa = b.name('xa');
      const xb = b.name('xb');
      const qa: QueueSpec = {
        name: b.name('qa'),
        type: b.queueType,
        bindings: [
          { exchange: b.exchange, pattern: '#' },
          { exchange: xa, pattern: '#' },
        ],
        messageTtlMs: 0,
        deadLetterExchange: xb,
      };
      const qb = { ...collecting(b, 'qb', xb, otherType(b)), messageTtlMs: 0, deadLetterExchange: xa };
      const witness: QueueSpec = {
        name: b.name('witness'),
        type: b.queueType,
        bindings: [
          { exchange: xa, pattern: '#' },
          { exchange: xb, pattern: '#' },
        ],
      };
      await declare(b, [qa, qb, witness], [xa, xb]);
      await publishAll(b, [evt('m0')]);
      await b.advanceTime(400);
      const seenThere = await b.drain(witness.name, 2);
      await b.advanceTime(200);
      return {
        witness: seenThere.map((m) => `${deaths(m)}|${m.exchange === xa ? 'xa' : 'xb'}`),
        qa: await drainedIds(b, qa.name),
        qb: await drainedIds(b, qb.name),
      };
    },
  'r21 max length 5 with a consumer of prefetch 20 holding all it gets, a burst of 50: twenty held, twenty-five die, five wait':
    async (b) => {
      const { work, dead } = await workAndDead(b, { maxLength: 5 });
      const gate = latch();
      const r = await receive(b, work, () => gate.promise, { prefetch: 20 });
      const tally = await burst(
        b,
        named('m', 50).map((id) => evt(id)),
      );
      await r.waitFor(20);
      const died = await b.drain(dead, 25);
      const held = r.ids();
      gate.open();
      await r.waitFor(25);
      await r.subscription.stop();
      return {
        tally,
        heldInOrder: held.join() === named('m', 20).join(),
        dead: died.map((m) => m.id).join() === named('m', 50).slice(20, 45).join() || died.map((m) => m.id),
        after: r.ids().slice(20),
      };
    },
});

const redeclares = brokerCases('topology', {
  'r21 the same topology declared again while a consumer holds two and three wait: nothing redelivered, nothing lost':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      const gate = latch();
      const r = await receive(b, q.name, () => gate.promise, { prefetch: 2 });
      await r.waitFor(2);
      const again = await outcome(declare(b, [q]));
      gate.open();
      await r.waitFor(5);
      await r.subscription.stop();
      return { again, got: r.deliveries.map(mark), left: await drainedIds(b, q.name) };
    },
  'r21 a redeclare with another dead-letter exchange is refused while consuming: dead letters still go to the first one':
    async (b) => {
      const dlx = b.name('dlx');
      const other = b.name('other');
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const dead = collectingQueue(b, 'dead', dlx);
      const elsewhere = collectingQueue(b, 'elsewhere', other);
      await declare(b, [work, dead, elsewhere], [dlx, other]);
      const r = await receive(
        b,
        work.name,
        (d) => (d.message.id === 'm0' ? d.nack({ requeue: false }) : fail()),
        {
          prefetch: 1,
          maxDeliveries: 1,
        },
      );
      const refused = await outcome(declare(b, [{ ...work, deadLetterExchange: other }], [dlx, other]));
      await publishAll(b, [evt('m0'), evt('m1')]);
      await r.waitFor(2);
      const died = await b.drain(dead.name, 2);
      await b.advanceTime(200);
      await r.subscription.stop();
      return {
        refused,
        work: r.deliveries.map(mark),
        dead: sorted(died.map(deaths)),
        elsewhere: await drainedIds(b, elsewhere.name),
      };
    },
  'r21 a subscription on a queue with no bindings gets publishes once a redeclare adds one; unroutable before':
    async (b) => {
      const q: QueueSpec = { name: b.name('q'), type: b.queueType, bindings: [] };
      await declare(b, [q]);
      const r = await receive(b, q.name, undefined, { prefetch: 1 });
      const before = await publishAll(b, [evt('m0', 'k')]);
      const again = await outcome(declare(b, [{ ...q, bindings: [{ exchange: b.exchange, pattern: 'k' }] }]));
      const after = await publishAll(b, [evt('m1', 'k'), evt('m2', 'other')]);
      await r.waitFor(1);
      await b.advanceTime(100);
      await r.subscription.stop();
      return { before, again, after, got: r.deliveries.map(mark) };
    },
  'r21 one publish fanned out to eight TTL 0 queues of both types sharing a dead-letter exchange: one expired copy from each':
    async (b) => {
      const dlx = b.name('dlx');
      const queues: QueueSpec[] = Array.from({ length: 8 }, (_, i) => ({
        name: b.name(`q${i}`),
        type: i % 2 === 0 ? b.queueType : otherType(b),
        bindings: [{ exchange: b.exchange, pattern: '#' }],
        messageTtlMs: 0,
        deadLetterExchange: dlx,
      }));
      const dead = collectingQueue(b, 'dead', dlx);
      await declare(b, [...queues, dead], [dlx]);
      const published = await publishAll(b, [evt('m0', 'fan.out')]);
      await b.advanceTime(300);
      const died = await b.drain(dead.name, 8);
      return {
        published,
        dead: sorted(
          died.map((m) => `${deaths(m)}|${String(m.brokerHeaders['x-first-death-queue'])}|${m.routingKey}`),
        ),
      };
    },
});

export const twentyFirstRoundCases: readonly BrokerCase[] = [
  ...pipelines,
  ...crossTypes,
  ...atScale,
  ...bodies,
  ...timing,
  ...cancellation,
  ...lengths,
  ...confirms,
  ...redelivery,
  ...interplay,
  ...redeclares,
];
