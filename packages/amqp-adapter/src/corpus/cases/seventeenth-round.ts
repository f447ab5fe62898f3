// The seventeenth probe round (2026-12-05): scenarios written from the Broker port's contract and
// RabbitMQ's pages on publisher confirms, consumer acknowledgements and prefetch, the redelivered
// flag, dead lettering and x-death, TTL, length limits, ordering, connection loss, message
// properties and handler concurrency, kept as corpus cases. Each ran on RabbitMQ 3.10 three times
// and on InMemoryBroker, on quorum and classic queues; the comment above a case gives its outcome
// ("SAME": RabbitMQ's runs agreed and the fake, after the round's fixes, answered the same on both
// queue types). They wait for signals (a delivery, a sentinel, a drained count), not fixed sleeps,
// except where a sleep is the point and says so.
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
  pause,
  publishAll,
  routeTable,
  seen,
  whole,
  workAndDead,
} from '../broker-case.js';
import type { CorpusBroker, DrainedMessage } from '../corpus-broker.js';

/** A richly described event: headers of each type, a correlation id, a nested payload. */
const rich = (id: string, type = 'order.created'): EventMessage =>
  evt(id, type, {
    correlationId: `corr-${id}`,
    headers: { 'x-tenant': 'acmé', 'x-n': 7, 'x-ratio': 0.25, 'x-flag': true, 'x-empty': '' },
    payload: { id, lines: [{ sku: 'ß-1', qty: 2 }], note: null, nested: { deep: [1, 'two', false] } },
  });

/**
 * Lets the broker's time pass in steps until `done()`: a fake clock advances, RabbitMQ's timers run
 * on their own. A TTL case waits for what the expiry causes, not for a fixed time.
 */
async function advanceUntil(b: CorpusBroker, done: () => boolean, what: string, stepMs = 50): Promise<void> {
  for (let step = 0; step < 100 && !done(); step += 1) await b.advanceTime(stepMs);
  await eventually(done, what);
}

const words = (n: number, word = 'w') => Array.from({ length: n }, () => word).join('.');

const routingRound = brokerCases('routing', {
  // SAME
  'r17 # beside a whole key: order.created.#, #.order.created, #.order.#, order.#.created': (b) =>
    routeTable(
      b,
      ['order.created.#', '#.order.created', '#.order.#', 'order.#.created'],
      [
        'order.created',
        'order.created.v2',
        'eu.order.created',
        'eu.order.created.v2',
        'order',
        'order.x.created',
        'order..created',
        'created.order',
      ],
      40,
    ),
  // SAME
  'r17 a.*.*.b, a.#.b and a.*.#.b against zero to three words between, empty ones too': (b) =>
    routeTable(
      b,
      ['a.*.*.b', 'a.#.b', 'a.*.#.b'],
      ['a.b', 'a.x.b', 'a.x.y.b', 'a.x.y.z.b', 'a..b', 'a...b', 'a.b.b', 'b.a.b'],
      40,
    ),
  // SAME
  'r17 *.a.#, #.a.*, #.a and a.# with the word a in each of four places': (b) =>
    routeTable(
      b,
      ['*.a.#', '#.a.*', '#.a', 'a.#'],
      ['a.x.x.x', 'x.a.x.x', 'x.x.a.x', 'x.x.x.a', 'a', 'x.a', 'a.x'],
      40,
    ),
  // SAME
  'r17 words with hyphens, underscores, digits and leading zeros': (b) =>
    routeTable(
      b,
      ['order-v2.*', '*.created_at', '#.2', '01.#', 'order_v2.#'],
      ['order-v2.created_at', 'order_v2.created-at', '01.2', '1.2', '01.02', 'order-v2', 'order_v2'],
      40,
    ),
  // SAME
  'r17 #.*.#.*.#, *.*.# and #.*.* against zero to three words and bare dots': (b) =>
    routeTable(b, ['#.*.#.*.#', '*.*.#', '#.*.*'], ['', 'a', 'a.b', 'a.b.c', '.', '..'], 40),
  // SAME
  'r17 a pattern of 100 literal words around a # against keys of 99, 100, 101 and 127 words': (b) =>
    routeTable(
      b,
      [`${words(50)}.#.${words(50)}`, `${words(50)}.*.${words(49)}`, words(100)],
      [words(99), words(100), words(101), words(127)],
      40,
    ),
});

const publishingRound = brokerCases('properties', {
  // SAME
  'r17 one event id published three times: three confirms, three copies in order': async (b) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    const published = await publishAll(b, [evt('dup'), evt('dup', 'order.paid'), evt('dup')]);
    const left = await b.drain(q.name, 3);
    return { published, left: left.map((m) => `${m.id}:${m.routingKey}:${m.redelivered}`) };
  },
  // SAME
  'r17 one event id published at once to routable and unroutable keys: each gets its own answer': async (
    b,
  ) => {
    const q = boundQueue(b, 'q', ['order.*']);
    await declare(b, [q]);
    const keys = ['order.a', 'nowhere.x', 'order.b', 'nowhere.y', 'order.c'];
    const published = await Promise.all(keys.map((key) => outcome(b.publisher.publish(evt('same', key)))));
    const left = await b.drain(q.name, 3);
    return { published, left: left.map((m) => m.routingKey) };
  },
  // SAME
  'r17 identical publishes at once, two unroutable and two routable: both unroutable fail, both others confirm':
    async (b) => {
      const q = boundQueue(b, 'q', ['order.*']);
      await declare(b, [q]);
      const events = [evt('x', 'nowhere.k'), evt('x', 'order.k'), evt('x', 'nowhere.k'), evt('x', 'order.k')];
      const published = await Promise.all(events.map((e) => outcome(b.publisher.publish(e))));
      return { published, left: (await b.drain(q.name, 2)).map((m) => m.routingKey) };
    },
  // SAME
  'r17 ninety concurrent publishes to two queues and to no queue: outcomes and each queue in order': async (
    b,
  ) => {
    const qa = boundQueue(b, 'qa', ['a.*']);
    const qb = boundQueue(b, 'qb', ['b.*']);
    await declare(b, [qa, qb]);
    const keys = ['a.x', 'b.x', 'none.x'];
    const published = await Promise.all(
      ids(90).map((id, i) => outcome(b.publisher.publish(evt(id, keys[i % 3])))),
    );
    const failed = published.flatMap((result, i) => (result === 'ok' ? [] : [`${i}:${result}`]));
    return {
      confirmed: published.filter((result) => result === 'ok').length,
      failedEveryThird: failed.every((f) => Number(f.split(':')[0]) % 3 === 2) && failed.length === 30,
      qa: (await drainedIds(b, qa.name, 30)).join(','),
      qb: (await drainedIds(b, qb.name, 30)).join(','),
    };
  },
  // SAME
  'r17 five hundred pipelined publishes drained by a consumer of prefetch 50: FIFO, none redelivered': async (
    b,
  ) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    const published = await Promise.all(ids(500).map((id) => outcome(b.publisher.publish(evt(id)))));
    const r = await receive(b, q.name, () => undefined, { prefetch: 50 });
    await r.waitFor(500);
    await r.subscription.stop();
    const got = r.ids();
    return {
      confirmed: published.filter((p) => p === 'ok').length,
      inOrder: got.every((id, i) => id === `m${i}`),
      redelivered: r.deliveries.filter((d) => d.redelivered).length,
      counts: [...new Set(r.deliveries.map((d) => d.deliveryCount))],
    };
  },
  // SAME
  'r17 payloads across the 128 KiB frame: bodies of 131,064 to 131,074 and 262,201 bytes arrive whole':
    async (b) => {
      const q = boundQueue(b, 'q', ['#']);
      await declare(b, [q]);
      // The body is the payload's JSON: n characters, the last of two bytes, and two quotes: n + 3 bytes.
      const sizes = [131_061, 131_062, 131_063, 131_070, 131_071, 262_198];
      const published = await publishAll(
        b,
        sizes.map((n, i) => evt(`s${i}`, 'order.created', { payload: `${'x'.repeat(n - 1)}é` })),
      );
      const r = await receive(b, q.name);
      await r.waitFor(sizes.length);
      await r.subscription.stop();
      return {
        published,
        got: r.deliveries.map((d) => {
          const text = d.message.payload as string;
          return `${d.message.id}:${text.length}:${text.endsWith('xé')}`;
        }),
      };
    },
  // SAME
  'r17 a 14 MiB payload of multibyte text arrives whole': async (b) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    const text = 'añ😀'.repeat(2 * 1024 * 1024);
    const published = await publishAll(b, [evt('big', 'order.created', { payload: { text } })]);
    const r = await receive(b, q.name);
    await r.waitFor(1);
    await r.subscription.stop();
    const got = (r.deliveries[0]?.message.payload as { text?: string } | undefined)?.text ?? '';
    return { published, same: got === text, length: got.length };
  },
  // SAME
  'r17 payload numbers keep their JSON value: 2^53 + 1, 1e308, 5e-324, 0.1 + 0.2, -0, 1e-7': async (b) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    const payload = [2 ** 53 + 1, 1e308, 5e-324, 0.1 + 0.2, -0, 1e-7, -1e21, 123456789.12345679];
    await publishAll(b, [evt('n', 'order.created', { payload })]);
    const r = await receive(b, q.name);
    await r.waitFor(1);
    await r.subscription.stop();
    return JSON.stringify(r.deliveries[0]?.message.payload);
  },
  // SAME
  'r17 header values that look like other types: "1", "true", "", "null", 1.0, 0, false': async (b) => {
    const q = boundQueue(b, 'q', ['#']);
    await declare(b, [q]);
    const headers = { s1: '1', strue: 'true', sempty: '', snull: 'null', n1: 1.0, n0: 0, f: false, t: true };
    await publishAll(b, [evt('h', 'order.created', { headers })]);
    const r = await receive(b, q.name);
    await r.waitFor(1);
    await r.subscription.stop();
    const got = r.deliveries[0]?.message.headers ?? {};
    return Object.entries(got)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, v]) => `${k}=${typeof v}:${String(v)}`);
  },
  // SAME
  'r17 headers named like reserved ones but not: X-Death, cc, bcc, x-deaths, x-seams (no dash)': async (
    b,
  ) => {
    const q = boundQueue(b, 'q', ['order.*']);
    const other = boundQueue(b, 'other', ['other.key']);
    await declare(b, [q, other]);
    const headers = {
      'X-Death': 'mine',
      cc: 'other.key',
      bcc: 'other.key',
      'x-deaths': 1,
      'x-seams': 'no dash',
      'X-Delivery-Count': 9,
    };
    const published = await publishAll(b, [evt('h', 'order.created', { headers }), evt('end', 'other.key')]);
    const r = await receive(b, q.name);
    await r.waitFor(1);
    await r.subscription.stop();
    return {
      published,
      headers: Object.keys(r.deliveries[0]?.message.headers ?? {}).sort(),
      count: r.deliveries[0]?.deliveryCount ?? null,
      other: await drainedIds(b, other.name, 1),
    };
  },
  // SAME
  'r17 a requeued message keeps its payload, headers, correlation id and time': async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(b, [rich('a')]);
    const r = await receive(b, work, (d) => (d.deliveryCount === 1 ? d.nack() : undefined), { prefetch: 1 });
    await r.waitFor(2);
    await r.subscription.stop();
    return r.deliveries.map(whole);
  },
  // SAME
  'r17 a delivery_limit dead letter keeps payload, headers, correlation id, type and time': async (b) => {
    const { work, dead } = await workAndDead(b);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    await publishAll(b, [rich('a', 'order.paid')]);
    const r = await receive(
      b,
      work,
      () => {
        throw new Error('no');
      },
      { prefetch: 1, maxDeliveries: 2 },
    );
    await deadGot.waitFor(1);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    return { work: r.deliveries.map(seen), dead: deadGot.deliveries.map(whole) };
  },
  // SAME
  'r17 a message returned by a dropped connection keeps payload, headers and correlation id': async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(b, [rich('a')]);
    const hold = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (!d.redelivered) await hold.promise;
      },
      { prefetch: 1 },
    );
    await r.waitFor(1);
    await b.dropConsumerConnection();
    await r.waitFor(2);
    hold.open();
    await r.subscription.stop();
    return r.deliveries.map(whole);
  },
  // SAME
  'r17 a header table just under 60 KiB through two delivery-limit deaths in a retry loop: arrives whole':
    async (b) => {
      const [dlx, retry] = [b.name('dlx'), b.name('retry')];
      const work: QueueSpec = {
        name: b.name('work'),
        type: b.queueType,
        bindings: [
          { exchange: b.exchange, pattern: '#' },
          { exchange: retry, pattern: '#' },
        ],
        deadLetterExchange: dlx,
      };
      const delay = { ...collectingQueue(b, 'delay', dlx), messageTtlMs: 50, deadLetterExchange: retry };
      await declare(b, [work, delay], [dlx, retry]);
      const headers: Record<string, string> = {};
      for (let i = 0; i < 59; i += 1) headers[`h${String(i).padStart(2, '0')}`] = 'v'.repeat(1_000);
      const published = await publishAll(b, [evt('big', 'order.created', { headers })]);
      const r = await receive(
        b,
        work.name,
        (d) => {
          if (d.deadLetter === undefined || d.deadLetter.count < 2) throw new Error('é'.repeat(600));
        },
        { prefetch: 1, maxDeliveries: 1 },
      );
      await advanceUntil(b, () => r.deliveries.some((d) => d.deadLetter?.count === 2), 'the third arrival');
      await r.subscription.stop();
      return {
        published,
        got: r.deliveries.map((d) => ({
          ...(seen(d) as object),
          headers: Object.keys(d.message.headers ?? {}).length,
          same: JSON.stringify(d.message.headers) === JSON.stringify(headers),
        })),
      };
    },
});

const settlementRound = brokerCases('settlement', {
  // SAME
  'r17 prefetch 5 with ten waiting, released newest first: the order the window refills in': async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(
      b,
      ids(10).map((id) => evt(id)),
    );
    const gates = new Map(ids(10).map((id) => [id, latch()]));
    const r = await receive(b, work, async (d) => gates.get(d.message.id)?.promise, { prefetch: 5 });
    await r.waitFor(5);
    const after: string[] = [];
    for (const [i, id] of ['m4', 'm3', 'm2', 'm1', 'm0'].entries()) {
      gates.get(id)?.open();
      await r.waitFor(6 + i);
      after.push(`${id}->${r.ids()[5 + i]}`);
    }
    for (const gate of gates.values()) gate.open();
    await r.subscription.stop();
    return {
      first: r.ids().slice(0, 5),
      after,
      redelivered: r.deliveries.filter((d) => d.redelivered).length,
    };
  },
  // SAME
  "r17 m1's handler acks the held m0; m0's handler resolving later changes nothing": async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
    const hold = latch();
    // Its own list: deliveries can come before receive() returns `r`.
    const delivered: Delivery[] = [];
    const r = await receive(
      b,
      work,
      async (d) => {
        delivered.push(d);
        if (d.message.id === 'm0') await hold.promise;
        if (d.message.id === 'm1') delivered[0]?.ack();
      },
      { prefetch: 2 },
    );
    await r.waitFor(3);
    hold.open();
    await publishAll(b, [evt('sentinel')]);
    await r.waitFor(4);
    await r.subscription.stop();
    return { got: r.deliveries.map(seen), left: await drainedIds(b, work) };
  },
  // SAME
  "r17 m1's handler nacks the held m0 back: where m0 comes back, per queue type": async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
    const hold = latch();
    const delivered: Delivery[] = [];
    const r = await receive(
      b,
      work,
      async (d) => {
        delivered.push(d);
        if (d.message.id === 'm0' && !d.redelivered) await hold.promise;
        if (d.message.id === 'm1') delivered[0]?.nack();
      },
      { prefetch: 2 },
    );
    await r.waitFor(4);
    hold.open();
    await publishAll(b, [evt('sentinel')]);
    await r.waitFor(5);
    await r.subscription.stop();
    return { got: r.deliveries.map(seen), left: await drainedIds(b, work) };
  },
  // SAME
  'r17 a nack() from outside after the handler resolved changes nothing': async (b) => {
    const { work, dead } = await workAndDead(b);
    await publishAll(b, [evt('a')]);
    const r = await receive(b, work, () => undefined, { prefetch: 1 });
    await r.waitFor(1);
    // The handler resolved, so `a` is acked; these come after it and must be ignored.
    r.deliveries[0]?.nack();
    r.deliveries[0]?.nack({ requeue: false });
    await publishAll(b, [evt('sentinel')]);
    await r.waitFor(2);
    await r.subscription.stop();
    return { got: r.deliveries.map(seen), left: await drainedIds(b, work), dead: await drainedIds(b, dead) };
  },
  // SAME
  'r17 nack({}) and nack({ requeue: undefined }) requeue; nack({ requeue: false }) rejects': async (b) => {
    const { work, dead } = await workAndDead(b);
    await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
    const r = await receive(
      b,
      work,
      (d) => {
        if (d.deliveryCount > 1) return;
        if (d.message.id === 'm0') d.nack({});
        else if (d.message.id === 'm1') d.nack({ requeue: undefined });
        else d.nack({ requeue: false });
      },
      { prefetch: 1 },
    );
    const deadOnes = await b.drain(dead, 1);
    await r.waitFor(5);
    await r.subscription.stop();
    return { got: r.deliveries.map(seen), dead: deadOnes.map(deaths) };
  },
  // SAME
  'r17 a synchronous throw and a rejected promise both count toward maxDeliveries 2': async (b) => {
    const { work, dead } = await workAndDead(b);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    await publishAll(b, [evt('sync'), evt('async')]);
    const r = await receive(
      b,
      work,
      (d) => {
        if (d.message.id === 'sync') throw new Error('sync');
        return Promise.reject(new Error('async'));
      },
      { prefetch: 1, maxDeliveries: 2 },
    );
    await deadGot.waitFor(2);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    return { work: r.deliveries.map(seen), dead: deadGot.deliveries.map(seen) };
  },
  // SAME
  'r17 handlers that throw a string, undefined and null are retried and dead-lettered like errors': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead);
    await publishAll(b, [evt('str'), evt('undef'), evt('nul')]);
    const r = await receive(
      b,
      work,
      (d) => {
        if (d.message.id === 'str') throw 'a string';
        if (d.message.id === 'undef') throw undefined;
        throw null;
      },
      { prefetch: 1, maxDeliveries: 2 },
    );
    await deadGot.waitFor(3);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    return { work: r.deliveries.map(seen), dead: deadGot.deliveries.map(seen) };
  },
  // SAME
  'r17 five messages always failing with maxDeliveries 3 and prefetch 5: counts seen and the dead letters':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const deadGot = await receive({ consumer: b.newConsumer() }, dead, () => undefined, { prefetch: 10 });
      await publishAll(
        b,
        ids(5).map((id) => evt(id)),
      );
      const r = await receive(
        b,
        work,
        () => {
          throw new Error('always');
        },
        { prefetch: 5, maxDeliveries: 3 },
      );
      await deadGot.waitFor(5);
      await r.subscription.stop();
      await deadGot.subscription.stop();
      const perId = Object.fromEntries(
        ids(5).map((id) => [
          id,
          r.deliveries
            .filter((d) => d.message.id === id)
            .map((d) => `${d.deliveryCount}${d.redelivered ? 'r' : ''}`)
            .join(','),
        ]),
      );
      const deadSeen = deadGot.deliveries
        .map(
          (d) =>
            `${d.message.id}:${d.deliveryCount}:${d.deadLetter?.reason}/${d.deadLetter?.queue}*${d.deadLetter?.count}`,
        )
        .sort();
      return { perId, dead: deadSeen, left: await drainedIds(b, work) };
    },
  // SAME
  'r17 prefetch 4 runs four handlers at once; prefetch 1 never two': async (b) => {
    const q4 = boundQueue(b, 'q4', ['four.*']);
    const q1 = boundQueue(b, 'q1', ['one.*']);
    await declare(b, [q4, q1]);
    await publishAll(b, [
      ...ids(8).map((id) => evt(id, 'four.x')),
      ...ids(4).map((id) => evt(`o${id}`, 'one.x')),
    ]);
    let inFlight = 0;
    let most4 = 0;
    const full = latch();
    const r4 = await receive(
      b,
      q4.name,
      async () => {
        inFlight += 1;
        most4 = Math.max(most4, inFlight);
        if (inFlight === 4) full.open();
        await full.promise;
        inFlight -= 1;
      },
      { prefetch: 4 },
    );
    await r4.waitFor(8);
    await r4.subscription.stop();
    let busy = 0;
    let most1 = 0;
    const r1 = await receive(
      b,
      q1.name,
      async () => {
        busy += 1;
        most1 = Math.max(most1, busy);
        await new Promise<void>((resolve) => setImmediate(resolve));
        busy -= 1;
      },
      { prefetch: 1 },
    );
    await r1.waitFor(4);
    await r1.subscription.stop();
    return { most4, most1, order4: r4.ids(), order1: r1.ids() };
  },
  // SAME
  'r17 a held subscription on one queue does not hold up the same consumer on another': async (b) => {
    const qa = boundQueue(b, 'qa', ['a.*']);
    const qb = boundQueue(b, 'qb', ['b.*']);
    await declare(b, [qa, qb]);
    const hold = latch();
    const ra = await receive(b, qa.name, () => hold.promise, { prefetch: 1 });
    const rb = await receive(b, qb.name, () => undefined, { prefetch: 1 });
    await publishAll(b, [
      evt('a0', 'a.x'),
      evt('a1', 'a.x'),
      evt('b0', 'b.x'),
      evt('b1', 'b.x'),
      evt('b2', 'b.x'),
    ]);
    await rb.waitFor(3);
    const whileHeld = { a: ra.ids(), b: rb.ids() };
    hold.open();
    await ra.waitFor(2);
    await Promise.all([ra.subscription.stop(), rb.subscription.stop()]);
    return { whileHeld, a: ra.ids(), b: rb.ids() };
  },
  // SAME
  'r17 consume options at the edges: prefetch 65535, 65536, 1.5, -1, NaN; maxDeliveries 1.5, 2^53': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    const options = [
      { prefetch: 65_535 },
      { prefetch: 65_536 },
      { prefetch: 1.5 },
      { prefetch: -1 },
      { prefetch: Number.NaN },
      { maxDeliveries: 1.5 },
      { maxDeliveries: 2 ** 53 },
      { maxDeliveries: 2 ** 53 - 1 },
    ];
    const results: string[] = [];
    for (const option of options) {
      const consumer = b.newConsumer();
      try {
        const sub = await consumer.consume(work, () => undefined, option);
        results.push('ok');
        await sub.stop();
      } catch (error) {
        results.push(await outcome(Promise.reject(error)));
      }
    }
    return results;
  },
  // SAME
  'r17 a dead letter held by the dead-letter consumer is nacked back: deadLetter and counts on its return':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      await publishAll(b, [evt('a'), evt('b')]);
      const r = await receive(b, work, (d) => d.nack({ requeue: false }), { prefetch: 2 });
      const deadGot = await receive(
        { consumer: b.newConsumer() },
        dead,
        (d) => (d.message.id === 'a' && d.deliveryCount === 1 ? d.nack() : undefined),
        { prefetch: 1 },
      );
      await deadGot.waitFor(3);
      await r.subscription.stop();
      await deadGot.subscription.stop();
      return deadGot.deliveries.map(seen);
    },
});

const deadLetterRound = brokerCases('dead-letters', {
  // SAME
  'r17 three deaths of three reasons in three queues: rejected, expired, maxlen; x-death and x-first-death':
    async (b) => {
      const [dlx1, dlx2, dlx3] = [b.name('dlx1'), b.name('dlx2'), b.name('dlx3')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx1 });
      const ttl = { ...collectingQueue(b, 'ttl', dlx1), messageTtlMs: 100, deadLetterExchange: dlx2 };
      const short = { ...collectingQueue(b, 'short', dlx2), maxLength: 1, deadLetterExchange: dlx3 };
      const witness = collectingQueue(b, 'witness', dlx2);
      const last = collectingQueue(b, 'last', dlx3);
      await declare(b, [work, ttl, short, witness, last], [dlx1, dlx2, dlx3]);
      const w = await receive({ consumer: b.newConsumer() }, witness.name);
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await publishAll(b, [evt('a', 'order.one')]);
      await advanceUntil(b, () => w.deliveries.length >= 1, 'a expired');
      await publishAll(b, [evt('b', 'order.two')]);
      await advanceUntil(b, () => w.deliveries.length >= 2, 'b expired');
      const gone = await b.drain(last.name, 1);
      await r.subscription.stop();
      await w.subscription.stop();
      const firsts = (m: DrainedMessage) =>
        Object.entries(m.brokerHeaders)
          .filter(([k]) => k.startsWith('x-first-death-'))
          .map(([k, v]) => `${k}=${String(v)}`)
          .sort();
      return {
        last: gone.map((m) => ({
          deaths: deaths(m),
          firsts: firsts(m),
          key: m.routingKey,
          exchange: m.exchange,
        })),
        short: (await b.drain(short.name, 1)).map(deaths),
        witness: w.deliveries.map(seen),
      };
    },
  // SAME
  'r17 queue names with unicode and spaces: deadLetter and x-death name them': async (b) => {
    const dlx = b.name('dlx');
    const work = boundQueue(b, 'wörk 😀', ['#'], { deadLetterExchange: dlx });
    const dead = collectingQueue(b, 'déad', dlx);
    await declare(b, [work, dead], [dlx]);
    const deadGot = await receive({ consumer: b.newConsumer() }, dead.name);
    await publishAll(b, [evt('a')]);
    const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
    await deadGot.waitFor(1);
    await r.subscription.stop();
    await deadGot.subscription.stop();
    return deadGot.deliveries.map(seen);
  },
  // SAME
  'r17 a chain of two TTL 0 queues into a third: two expired deaths, most recent first': async (b) => {
    const [d1, d2] = [b.name('d1'), b.name('d2')];
    const first = boundQueue(b, 'first', ['#'], { messageTtlMs: 0, deadLetterExchange: d1 });
    const second = { ...collectingQueue(b, 'second', d1), messageTtlMs: 0, deadLetterExchange: d2 };
    const end = collectingQueue(b, 'end', d2);
    await declare(b, [first, second, end], [d1, d2]);
    const published = await publishAll(b, [evt('a'), evt('b')]);
    const got = await b.drain(end.name, 2);
    return { published, end: got.map(deaths), keys: got.map((m) => m.routingKey) };
  },
  // SAME
  'r17 max length 1 and TTL 0 with no consumer: each message dies expired, none maxlen': async (b) => {
    const { work, dead } = await workAndDead(b, { maxLength: 1, messageTtlMs: 0 });
    // One at a time: a quorum queue under load may still hold a when b arrives, and drop a as maxlen.
    const published: string[] = [];
    const died: string[] = [];
    for (const id of ['a', 'b', 'c']) {
      published.push(...(await publishAll(b, [evt(id)])));
      died.push(...(await b.drain(dead, 1)).map(deaths));
    }
    return { published, dead: died, left: await drainedIds(b, work) };
  },
  // SAME
  'r17 a rejected dead letter whose own dead-letter queue has max length 1: the older one moves on, maxlen':
    async (b) => {
      const [dlx, dlx2] = [b.name('dlx'), b.name('dlx2')];
      const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx });
      const dead = { ...collectingQueue(b, 'dead', dlx), maxLength: 1, deadLetterExchange: dlx2 };
      const end = collectingQueue(b, 'end', dlx2);
      await declare(b, [work, dead, end], [dlx, dlx2]);
      const r = await receive(b, work.name, (d) => d.nack({ requeue: false }), { prefetch: 1 });
      await publishAll(b, [evt('a')]);
      await r.waitFor(1);
      await publishAll(b, [evt('b')]);
      const ended = await b.drain(end.name, 1);
      await r.subscription.stop();
      return { end: ended.map(deaths), dead: (await b.drain(dead.name, 1)).map(deaths) };
    },
  // SAME
  'r17 a dead-letter queue of a TTL queue gets expiries in publish order with their keys': async (b) => {
    const { dead } = await workAndDead(b, { messageTtlMs: 100 });
    const published = await publishAll(b, [evt('a', 'k.1'), evt('b', 'k.2'), evt('c', 'k.3')]);
    // The messages are in the queue once confirmed: on the fake clock they expire with this advance.
    await b.advanceTime(100);
    const got = await b.drain(dead, 3);
    return { published, got: got.map((m) => `${deaths(m)}@${m.routingKey}`) };
  },
  // SAME
  'r17 maxlen 2: a requeued held message and four published; which die and what is left': async (b) => {
    const { work, dead } = await workAndDead(b, { maxLength: 2 });
    await publishAll(b, [evt('h')]);
    const hold = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        await hold.promise;
        d.nack();
      },
      { prefetch: 1 },
    );
    await r.waitFor(1);
    const published = await publishAll(b, [evt('a'), evt('b'), evt('c'), evt('d')]);
    const deadEarly = await b.drain(dead, 2);
    const stopping = r.subscription.stop();
    hold.open();
    await stopping;
    const deadLate = await b.drain(dead, 1);
    return {
      published,
      dead: [...deadEarly, ...deadLate].map(deaths),
      left: (await b.drain(work, 2)).map(flags),
    };
  },
  // SAME
  'r17 a TTL queue whose consumer requeues twice before acking inside the TTL: nothing dies': async (b) => {
    const { work, dead } = await workAndDead(b, { messageTtlMs: 60_000 });
    await publishAll(b, [evt('a'), evt('b')]);
    const r = await receive(
      b,
      work,
      (d) => (d.message.id !== 'sentinel' && d.deliveryCount <= 2 ? d.nack() : undefined),
      { prefetch: 1 },
    );
    await r.waitFor(6);
    await publishAll(b, [evt('sentinel')]);
    await r.waitFor(7);
    await r.subscription.stop();
    return { got: r.deliveries.map(seen), dead: await drainedIds(b, dead) };
  },
});

const connectionRound = brokerCases('settlement', {
  // SAME
  'r17 the connection drops with nothing held: the next three arrive once, not redelivered': async (b) => {
    const { work, dead } = await workAndDead(b);
    // With prefetch 1, `x` comes only after `m0`'s ack reached RabbitMQ, and its rejection shows in
    // the dead-letter queue: then nothing is held when the connection drops.
    const r = await receive(b, work, (d) => (d.message.id === 'x' ? d.nack({ requeue: false }) : undefined), {
      prefetch: 1,
    });
    await publishAll(b, [evt('m0'), evt('x')]);
    const rejected = await drainedIds(b, dead, 1);
    await b.dropConsumerConnection();
    await publishAll(b, [evt('m1'), evt('m2'), evt('m3')]);
    await r.waitFor(5);
    await r.subscription.stop();
    return { got: r.deliveries.map(seen), rejected, left: await drainedIds(b, work) };
  },
  // SAME
  'r17 the connection drops twice while a message is held: its count after each return': async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(b, [evt('a'), evt('b')]);
    const hold = latch();
    let arrivals = 0;
    const r = await receive(
      b,
      work,
      async (d) => {
        if (d.message.id === 'a' && ++arrivals < 3) await hold.promise;
      },
      { prefetch: 1 },
    );
    await r.waitFor(1);
    await b.dropConsumerConnection();
    await r.waitFor(2);
    await b.dropConsumerConnection();
    await eventually(() => r.ids().includes('b'), 'b delivered');
    hold.open();
    await r.subscription.stop();
    return r.deliveries.map(seen);
  },
  // SAME
  'r17 a dead letter held when the connection drops comes back with its deadLetter': async (b) => {
    const { work, dead } = await workAndDead(b);
    await publishAll(b, [evt('a')]);
    const hold = latch();
    const rw = await receive(b, work, (d) => d.nack({ requeue: false }), { prefetch: 1 });
    const rd = await receive(
      b,
      dead,
      async (d) => {
        if (!d.redelivered) await hold.promise;
      },
      { prefetch: 1 },
    );
    await rd.waitFor(1);
    await b.dropConsumerConnection();
    await rd.waitFor(2);
    hold.open();
    await Promise.all([rw.subscription.stop(), rd.subscription.stop()]);
    return { work: rw.deliveries.map(seen), dead: rd.deliveries.map(seen) };
  },
  // SAME
  'r17 publishes confirmed while the consumers are reconnecting reach the resumed subscription in order':
    async (b) => {
      const { work } = await workAndDead(b);
      const r = await receive(b, work, () => undefined, { prefetch: 3 });
      await b.dropConsumerConnection();
      const published = await publishAll(
        b,
        ids(6).map((id) => evt(id)),
      );
      await r.waitFor(6);
      await r.subscription.stop();
      return { published, got: r.deliveries.map(seen) };
    },
  // SAME
  'r17 the connection drops with prefetch 3 holding m0..m2 and m3, m4 waiting: the order after': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    await publishAll(
      b,
      ids(5).map((id) => evt(id)),
    );
    const hold = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (!d.redelivered) await hold.promise;
      },
      { prefetch: 3 },
    );
    await r.waitFor(3);
    await b.dropConsumerConnection();
    await r.waitFor(6);
    const seenAfter = r.deliveries
      .slice(3, 6)
      .map((d) => `${d.message.id}:${d.redelivered}:${d.deliveryCount}`);
    hold.open();
    await r.waitFor(8);
    await r.subscription.stop();
    return { first: r.ids().slice(0, 3), after: seenAfter, rest: r.ids().slice(6) };
  },
  // SAME
  'r17 consumer.close() right after the connection dropped: publishes wait in the queue for the next consumer':
    async (b) => {
      const { work, dead } = await workAndDead(b);
      const consumer = b.newConsumer();
      // `x`'s rejection in the dead-letter queue shows that `m0`'s ack (before it, prefetch 1) arrived.
      const r = await receive(
        { consumer },
        work,
        (d) => (d.message.id === 'x' ? d.nack({ requeue: false }) : undefined),
        { prefetch: 1 },
      );
      await publishAll(b, [evt('m0'), evt('x')]);
      const rejected = await drainedIds(b, dead, 1);
      await b.dropConsumerConnection();
      await consumer.close();
      await publishAll(b, [evt('m1'), evt('m2')]);
      const next = await receive({ consumer: b.newConsumer() }, work, () => undefined, { prefetch: 1 });
      await next.waitFor(2);
      await next.subscription.stop();
      return { first: r.deliveries.map(seen), rejected, next: next.deliveries.map(seen) };
    },
  // SAME
  'r17 a requeued message then a drop: the count goes on from both': async (b) => {
    const { work } = await workAndDead(b);
    await publishAll(b, [evt('a')]);
    const hold = latch();
    const r = await receive(
      b,
      work,
      async (d) => {
        if (d.deliveryCount === 1) return d.nack();
        if (d.deliveryCount === 2) await hold.promise;
      },
      { prefetch: 1 },
    );
    await r.waitFor(2);
    await b.dropConsumerConnection();
    await r.waitFor(3);
    hold.open();
    await r.subscription.stop();
    return r.deliveries.map(seen);
  },
});

const topologyRound = brokerCases('topology', {
  // SAME
  'r17 max length 2^31 and 2^53 - 1, declared twice: accepted, messages flow': async (b) => {
    const q1 = boundQueue(b, 'q1', ['#'], { maxLength: 2 ** 31 });
    const q2 = boundQueue(b, 'q2', ['#'], { maxLength: 2 ** 53 - 1 });
    const first = await outcome(declare(b, [q1, q2]));
    const again = await outcome(declare(b, [q1, q2]));
    const published = await publishAll(b, [evt('a'), evt('b')]);
    return {
      first,
      again,
      published,
      q1: await drainedIds(b, q1.name, 2),
      q2: await drainedIds(b, q2.name, 2),
    };
  },
  // SAME
  'r17 a TTL of 2^31 ms and of 10 years, declared twice: accepted, messages wait': async (b) => {
    const q1 = boundQueue(b, 'q1', ['#'], { messageTtlMs: 2 ** 31 });
    const q2 = boundQueue(b, 'q2', ['#'], { messageTtlMs: 315_360_000_000 });
    const first = await outcome(declare(b, [q1, q2]));
    const again = await outcome(declare(b, [q1, q2]));
    const published = await publishAll(b, [evt('a')]);
    return {
      first,
      again,
      published,
      q1: await drainedIds(b, q1.name, 1),
      q2: await drainedIds(b, q2.name, 1),
    };
  },
  // SAME
  'r17 fractional and negative max length or TTL are refused before declaring': async (b) => {
    const specs = [
      { maxLength: 1.5 },
      { maxLength: -1 },
      { messageTtlMs: 0.5 },
      { messageTtlMs: -1 },
      { maxLength: Number.NaN },
      { messageTtlMs: Number.POSITIVE_INFINITY },
    ];
    const results: string[] = [];
    for (const [i, extra] of specs.entries()) {
      results.push(await outcome(declare(b, [boundQueue(b, `q${i}`, ['#'], extra)])));
    }
    return results;
  },
  // SAME
  'r17 a queue bound by thirty patterns, then thirty more in a second declare: each key once': async (b) => {
    const firstPatterns = Array.from({ length: 30 }, (_, i) => `p${i}.#`);
    const morePatterns = Array.from({ length: 30 }, (_, i) => `#.p${i + 30}`);
    const q = boundQueue(b, 'q', firstPatterns);
    await declare(b, [q]);
    const before = await publishAll(b, [evt('a', 'p3.x'), evt('b', 'x.p33')]);
    await declare(b, [
      { ...q, bindings: [...q.bindings.slice(0, 5), ...boundQueue(b, 'q', morePatterns).bindings] },
    ]);
    const after = await publishAll(b, [evt('c', 'p3.p33'), evt('d', 'p29.p59'), evt('e', 'x.p33')]);
    return { before, after, left: await drainedIds(b, q.name, 4) };
  },
  // SAME
  'r17 a queue redeclared with its bindings reversed: idempotent, every binding routes once': async (b) => {
    const q = boundQueue(b, 'q', ['a.*', 'b.*', '#.c']);
    await declare(b, [q]);
    const again = await outcome(declare(b, [{ ...q, bindings: [...q.bindings].reverse() }]));
    const published = await publishAll(b, [evt('x', 'a.c'), evt('y', 'b.x'), evt('z', 'q.c')]);
    return { again, published, left: await drainedIds(b, q.name, 3) };
  },
});

/**
 * Subscribes with prefetch 1 to an empty `queue`, publishes `events`, then lets the handler of the
 * first settle it with `settle` and call `stop()` in the same turn: the broker hands the next
 * message out for the freed slot before it reads the cancel that follows the settlement.
 */
async function settleThenStop(
  b: CorpusBroker,
  queue: string,
  events: readonly EventMessage[],
  settle: (d: Delivery) => void,
) {
  const go = latch();
  const got: string[] = [];
  let subscription: Subscription | undefined;
  let stopping: Promise<void> | undefined;
  subscription = await b.consumer.consume(
    queue,
    async (d) => {
      got.push(`${d.message.id}:${d.redelivered}:${d.deliveryCount}`);
      if (got.length > 1) return;
      await go.promise;
      settle(d);
      stopping = subscription?.stop();
    },
    { prefetch: 1 },
  );
  await publishAll(b, events);
  await eventually(() => got.length >= 1, 'the first delivery');
  go.open();
  await eventually(() => stopping !== undefined, 'stop() called');
  await stopping;
  return got;
}

const stopRound = brokerCases('settlement', {
  // SAME
  'r17 a handler acks, then calls stop(): the message the ack let through is handed back': async (b) => {
    const { work } = await workAndDead(b);
    const got = await settleThenStop(b, work, [evt('m0'), evt('m1'), evt('m2')], (d) => d.ack());
    return { got, left: (await b.drain(work, 2)).map(flags) };
  },
  // SAME
  'r17 a handler nacks its message back, then calls stop(): what is handed back and where': async (b) => {
    const { work } = await workAndDead(b);
    const got = await settleThenStop(b, work, [evt('m0'), evt('m1')], (d) => d.nack());
    return { got, left: (await b.drain(work, 2)).map(flags) };
  },
  // SAME
  'r17 a handler rejects, then calls stop(): the next message is handed back, the rejected one dead': async (
    b,
  ) => {
    const { work, dead } = await workAndDead(b);
    const got = await settleThenStop(b, work, [evt('m0'), evt('m1')], (d) => d.nack({ requeue: false }));
    return { got, left: (await b.drain(work, 1)).map(flags), dead: (await b.drain(dead, 1)).map(deaths) };
  },
  // SAME
  'r17 a handler calls stop() and then resolves: its ack counts, the next message stays unredelivered':
    async (b) => {
      const { work } = await workAndDead(b);
      const got = await settleThenStop(b, work, [evt('m0'), evt('m1')], () => undefined);
      return { got, left: (await b.drain(work, 1)).map(flags) };
    },
  // SAME
  'r17 prefetch 2, m1 held: m0 acks and calls stop(); the message its ack let through is handed back': async (
    b,
  ) => {
    const { work } = await workAndDead(b);
    const go = latch();
    const hold = latch();
    const got: string[] = [];
    let subscription: Subscription | undefined;
    let stopping: Promise<void> | undefined;
    subscription = await b.consumer.consume(
      work,
      async (d) => {
        got.push(`${d.message.id}:${d.redelivered}`);
        if (d.message.id === 'm1') return hold.promise;
        if (d.message.id !== 'm0') return;
        await go.promise;
        d.ack();
        stopping = subscription?.stop();
      },
      { prefetch: 2 },
    );
    await publishAll(b, [evt('m0'), evt('m1'), evt('m2'), evt('m3')]);
    await eventually(() => got.length >= 2, 'm0 and m1 held');
    go.open();
    await eventually(() => stopping !== undefined, 'stop() called');
    hold.open();
    await stopping;
    return { got, left: (await b.drain(work, 2)).map(flags) };
  },
  // SAME
  'r17 a handler acks, then calls consumer.close(): the next message is handed back': async (b) => {
    const { work } = await workAndDead(b);
    const consumer = b.newConsumer();
    const go = latch();
    const got: string[] = [];
    let closing: Promise<void> | undefined;
    await consumer.consume(
      work,
      async (d) => {
        got.push(`${d.message.id}:${d.redelivered}`);
        if (got.length > 1) return;
        await go.promise;
        d.ack();
        closing = consumer.close();
      },
      { prefetch: 1 },
    );
    await publishAll(b, [evt('m0'), evt('m1'), evt('m2')]);
    await eventually(() => got.length >= 1, 'the first delivery');
    go.open();
    await eventually(() => closing !== undefined, 'close() called');
    await closing;
    return { got, left: (await b.drain(work, 2)).map(flags) };
  },
});

// A sleep kept on purpose: nothing must arrive, and a wait for a signal cannot prove that.
const quietRound = brokerCases('settlement', {
  // SAME
  'r17 a stopped subscription gets nothing more: publishes after stop() stay in the queue': async (b) => {
    const { work } = await workAndDead(b);
    const r = await receive(b, work, () => undefined, { prefetch: 5 });
    await publishAll(b, [evt('m0')]);
    await r.waitFor(1);
    await r.subscription.stop();
    await publishAll(b, [evt('m1'), evt('m2')]);
    // The point of the case: nothing reaches a stopped subscription, so this waits and looks.
    await pause(200);
    return { got: r.ids(), left: (await b.drain(work, 2)).map(flags) };
  },
});

/** The seventeenth round's cases, several groups. */
export const seventeenthRoundCases: readonly BrokerCase[] = [
  ...routingRound,
  ...publishingRound,
  ...settlementRound,
  ...deadLetterRound,
  ...connectionRound,
  ...topologyRound,
  ...stopRound,
  ...quietRound,
];
