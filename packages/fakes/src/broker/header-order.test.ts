import type { Delivery, EventMessage, QueueType } from '@seams/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';
import { compareUtf8 } from './stored-message.js';

// The header table as RabbitMQ 3.10 hands it back: in the published order until the broker sets a
// header of its own (a dead letter's x-death, a quorum redelivery's x-delivery-count), then sorted
// by name. Measured on 3.10.8 by the broker corpus (r18 header order cases).

const HEADERS = { zeta: 1, alpha: 'a', Mid: true, '10': 'ten', '2': 'two', 'b-x': 'bx', _u: 'u', Zeta: 2 };
const PUBLISHED = '2,10,zeta,alpha,Mid,b-x,_u,Zeta';
const SORTED = '2,10,Mid,Zeta,_u,alpha,b-x,zeta';

const event = (id: string): EventMessage => ({
  id,
  type: 'invoice.issued',
  payload: { id },
  occurredAt: new Date(0),
  headers: HEADERS,
});

const order = (d: Delivery | EventMessage) =>
  Object.keys(('message' in d ? d.message : d).headers ?? {}).join(',');

let broker: InMemoryBroker;
afterEach(() => broker?.close());

async function setUp(type: QueueType) {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [
      { name: 'invoices', type: 'topic' },
      { name: 'dlx', type: 'topic' },
    ],
    queues: [
      { name: 'work', type, bindings: [{ exchange: 'invoices', pattern: '#' }], deadLetterExchange: 'dlx' },
      { name: 'dead', type, bindings: [{ exchange: 'dlx', pattern: '#' }] },
    ],
  });
  await broker.createPublisher({ exchange: 'invoices' }).publish(event('a'));
}

async function collect(
  queue: string,
  handler: (d: Delivery) => void,
  count: number,
  options: { prefetch?: number; maxDeliveries?: number } = {},
) {
  const got: Delivery[] = [];
  const subscription = await broker.createConsumer().consume(
    queue,
    (d) => {
      got.push(d);
      handler(d);
    },
    { prefetch: 1, ...options },
  );
  await broker.waitFor(() => got.length >= count);
  await subscription.stop();
  return got;
}

describe('header order', () => {
  it('a quorum redelivery sorts the headers; a classic one keeps the published order', async () => {
    for (const [type, second] of [
      ['quorum', SORTED],
      ['classic', PUBLISHED],
    ] as const) {
      await setUp(type);
      const got = await collect('work', (d) => (d.deliveryCount === 1 ? d.nack() : undefined), 2);
      expect(got.map(order), type).toEqual([PUBLISHED, second]);
      broker.close();
    }
  });

  it('a dead letter of the broker has sorted headers on both queue types', async () => {
    for (const type of ['quorum', 'classic'] as const) {
      await setUp(type);
      await collect('work', (d) => d.nack({ requeue: false }), 1);
      await broker.waitFor((b) => b.messages('dead').length === 1);
      expect(order(broker.messages('dead')[0] as EventMessage), type).toBe(SORTED);
      broker.close();
    }
  });

  // The adapter's own dead letter copies the headers as it received them.
  it('a delivery-limit dead letter keeps the order of the delivery that used up the limit', async () => {
    for (const [type, maxDeliveries, expected] of [
      ['quorum', 1, PUBLISHED],
      ['quorum', 2, SORTED],
      ['classic', 2, PUBLISHED],
    ] as const) {
      await setUp(type);
      const failing = () => {
        throw new Error('no');
      };
      await collect('work', failing, maxDeliveries, { maxDeliveries });
      await broker.waitFor((b) => b.messages('dead').length === 1);
      expect(order(broker.messages('dead')[0] as EventMessage), `${type} ${maxDeliveries}`).toBe(expected);
      const dead = await collect('dead', () => undefined, 1);
      expect(order(dead[0] as Delivery)).toBe(expected);
      broker.close();
    }
  });

  it('compares names by UTF-8 bytes: code points, not UTF-16 code units', () => {
    const names = ['\u{1F600}', '\uFF01', 'b', 'B', 'ab', 'a', ''];
    expect([...names].sort(compareUtf8)).toEqual(['', 'B', 'a', 'ab', 'b', '\uFF01', '\u{1F600}']);
    expect([...names].sort().at(-1)).toBe('\uFF01');
  });
});

describe('messages under a TTL', () => {
  // Each holds a timer on the broker's lifetime signal; Node warned (MaxListenersExceededWarning)
  // from the eleventh on, as if they leaked.
  it('a hundred waiting messages raise no listener warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      broker = new InMemoryBroker({ clock: new FakeClock() });
      await broker.declare({
        exchanges: [{ name: 'invoices', type: 'topic' }],
        queues: [{ name: 'ttl', bindings: [{ exchange: 'invoices', pattern: '#' }], messageTtlMs: 1_000 }],
      });
      const publisher = broker.createPublisher({ exchange: 'invoices' });
      await Promise.all(Array.from({ length: 100 }, (_, i) => publisher.publish(event(`m${i}`))));
      await new Promise<void>((resolve) => setImmediate(resolve));
      expect(broker.messages('ttl')).toHaveLength(100);
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
