import { boundQueue, declare, receive } from '@seams/contracts';
import type { QueueSpec } from '@seams/ports';
import { brokerCases, evt, outcome, publishAll } from '../broker-case.js';
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
});
