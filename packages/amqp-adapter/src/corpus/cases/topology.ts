import { boundQueue, collectingQueue, declare, eventually, receive } from '@seams/contracts';
import type { QueueSpec } from '@seams/ports';
import { brokerCases, evt, outcome, publishAll, seen } from '../broker-case.js';
import type { CorpusBroker } from '../corpus-broker.js';

/** Declares `queue`, then `changed`; both outcomes, and whether the queue still works as first declared. */
async function redeclare(broker: CorpusBroker, queue: QueueSpec, changed: QueueSpec) {
  const first = await outcome(
    declare(broker, [queue], queue.deadLetterExchange ? [queue.deadLetterExchange] : []),
  );
  const second = await outcome(broker.topology.declare({ exchanges: [], queues: [changed] }));
  const published = await publishAll(broker, [evt('a')]);
  const received = await receive(broker, queue.name);
  await received.waitFor(1);
  return { first, second, published, delivered: received.ids() };
}

/** Declarations: idempotence, conflicting arguments, queue types, names RabbitMQ refuses. */
export const topologyCases = brokerCases('topology', {
  'declaring the same topology twice changes nothing': async (b) => {
    const queue = boundQueue(b, 'q', ['order.*'], { messageTtlMs: 60_000, maxLength: 100 });
    return redeclare(b, queue, queue);
  },
  'redeclaring with another TTL is refused; the queue keeps working': (b) => {
    const queue = boundQueue(b, 'q', ['order.*'], { messageTtlMs: 60_000 });
    return redeclare(b, queue, { ...queue, messageTtlMs: 1_000 });
  },
  'redeclaring with another max length is refused': (b) => {
    const queue = boundQueue(b, 'q', ['order.*'], { maxLength: 10 });
    return redeclare(b, queue, { ...queue, maxLength: 11 });
  },
  'redeclaring with another dead-letter exchange is refused': (b) => {
    const queue = boundQueue(b, 'q', ['order.*'], { deadLetterExchange: b.name('dlx') });
    return redeclare(b, queue, { ...queue, deadLetterExchange: b.name('other') });
  },
  'redeclaring as the other queue type is refused': (b) => {
    const queue = boundQueue(b, 'q', ['order.*']);
    return redeclare(b, queue, { ...queue, type: b.queueType === 'quorum' ? 'classic' : 'quorum' });
  },
  'a binding to an exchange nobody declared is refused': async (b) => {
    const queue: QueueSpec = {
      name: b.name('q'),
      type: b.queueType,
      bindings: [{ exchange: b.name('nowhere'), pattern: '#' }],
    };
    return outcome(b.topology.declare({ exchanges: [], queues: [queue] }));
  },
  'names and arguments RabbitMQ refuses are refused before declaring': async (b) => {
    const long = `${b.name('q')}${'é'.repeat(128)}`;
    return {
      reserved: await outcome(
        b.topology.declare({ exchanges: [{ name: 'amq.mine', type: 'topic' }], queues: [] }),
      ),
      empty: await outcome(b.topology.declare({ exchanges: [], queues: [{ name: '', bindings: [] }] })),
      long: await outcome(b.topology.declare({ exchanges: [], queues: [{ name: long, bindings: [] }] })),
      negativeTtl: await outcome(
        b.topology.declare({
          exchanges: [],
          queues: [{ name: b.name('t'), bindings: [], messageTtlMs: -1 }],
        }),
      ),
    };
  },
  // RabbitMQ's limit, bisected on 3.10.8: 315,360,000,000 ms (10 years) is accepted, one more is not.
  'a message TTL over 10 years is refused; 10 years is accepted': async (b) => {
    const declareTtl = (base: string, messageTtlMs: number) =>
      outcome(
        b.topology.declare({
          exchanges: [],
          queues: [{ name: b.name(base), type: b.queueType, bindings: [], messageTtlMs }],
        }),
      );
    return {
      tenYears: await declareTtl('t1', 315_360_000_000),
      over: await declareTtl('t2', 315_360_000_001),
      maxSafe: await declareTtl('t3', Number.MAX_SAFE_INTEGER),
    };
  },
  // The port's exchanges are topic exchanges it declares: RabbitMQ's default exchange (a direct
  // exchange that refuses bindings) and its amq.* exchanges are refused on both sides alike.
  "the default exchange '' and amq.* exchanges are refused in bindings and as dead-letter exchange": async (
    b,
  ) => {
    const declareQueue = (base: string, spec: Omit<QueueSpec, 'name' | 'type'>) =>
      outcome(
        b.topology.declare({ exchanges: [], queues: [{ name: b.name(base), type: b.queueType, ...spec }] }),
      );
    return {
      bindDefault: await declareQueue('q1', { bindings: [{ exchange: '', pattern: 'x' }] }),
      bindTopic: await declareQueue('q2', {
        bindings: [{ exchange: 'amq.topic', pattern: `${b.name('k')}.x` }],
      }),
      bindDirect: await declareQueue('q3', { bindings: [{ exchange: 'amq.direct', pattern: 'x' }] }),
      deadLetterDefault: await declareQueue('q4', { bindings: [], deadLetterExchange: '' }),
      deadLetterTopic: await declareQueue('q5', { bindings: [], deadLetterExchange: 'amq.topic' }),
    };
  },
  'names and binding patterns with an unpaired UTF-16 surrogate are refused': async (b) => {
    const exchange = b.name('x');
    return {
      exchange: await outcome(
        b.topology.declare({ exchanges: [{ name: `${exchange}\ud800`, type: 'topic' }], queues: [] }),
      ),
      queue: await outcome(
        b.topology.declare({
          exchanges: [],
          queues: [{ name: `${b.name('q')}\udc00`, type: b.queueType, bindings: [] }],
        }),
      ),
      pattern: await outcome(declare(b, [boundQueue(b, 'q', ['order.\ud800'])])),
    };
  },
  // The queue exists although its declaration failed on a later binding: its consumer must still
  // know its type (classic delivery counts) and dead-letter exchange, or a poison message loops.
  'a declaration failing on a later binding: its queue keeps its type and dead-letter exchange': async (
    b,
  ) => {
    const dlx = b.name('dlx');
    const dead = collectingQueue(b, 'dead', dlx);
    await declare(b, [dead], [dlx]);
    const work: QueueSpec = {
      name: b.name('work'),
      type: b.queueType,
      deadLetterExchange: dlx,
      bindings: [
        { exchange: b.exchange, pattern: '#' },
        { exchange: b.name('missing-x'), pattern: '#' },
      ],
    };
    const declared = await outcome(b.topology.declare({ exchanges: [], queues: [work] }));
    const published = await publishAll(b, [evt('a')]);
    const attempts = await receive(b, work.name, () => Promise.reject(new Error('no')), {
      maxDeliveries: 4,
      prefetch: 1,
    });
    const dlq = await receive({ consumer: b.newConsumer() }, dead.name);
    await eventually(
      () => dlq.deliveries.length >= 1 || attempts.deliveries.length >= 8,
      'dead or 8 attempts',
    );
    await attempts.subscription.stop();
    return {
      declared,
      published,
      counts: attempts.deliveries.slice(0, 8).map((d) => d.deliveryCount),
      dead: dlq.deliveries.map(seen),
    };
  },
  'redeclaring with TTL 0 or max length 0 where none was set is refused; other bindings are not': async (
    b,
  ) => {
    const queue = boundQueue(b, 'q', ['x.*']);
    await declare(b, [queue]);
    const ttl0 = await outcome(declare(b, [{ ...queue, messageTtlMs: 0 }]));
    const max0 = await outcome(declare(b, [{ ...queue, maxLength: 0 }]));
    const rebound = await outcome(
      declare(b, [{ ...queue, bindings: [{ exchange: b.exchange, pattern: 'y.#' }] }]),
    );
    const published = await publishAll(b, [evt('1', 'x.a'), evt('2', 'y'), evt('3', 'z')]);
    return { ttl0, max0, rebound, published };
  },
  'TTL 0 then no TTL is refused; TTL 0 then TTL 0 is the same queue': async (b) => {
    const queue = boundQueue(b, 'q', ['#'], { messageTtlMs: 0 });
    const first = await outcome(declare(b, [queue]));
    const same = await outcome(declare(b, [queue]));
    const { messageTtlMs: _ttl, ...without } = queue;
    const none = await outcome(declare(b, [without]));
    return { first, same, none };
  },
});
