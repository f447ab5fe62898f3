import { afterEach, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// RabbitMQ registers a consumer round trips after consume() is called, while a publish reaches the
// queue as soon as its frame arrives. Measured on RabbitMQ 3.10.8, classic queue of max length 0:
// a publish made in the same tick as consume() dies maxlen; the next one is delivered (r19 corpus
// case "consume() and a publish into a classic max length 0 queue in the same tick").

let broker: InMemoryBroker;

afterEach(() => broker?.close());

it('attaches a consumer a turn after consume(): a publish made in the same tick finds no consumer', async () => {
  broker = new InMemoryBroker({ clock: new FakeClock() });
  await broker.declare({
    exchanges: [
      { name: 'ex', type: 'topic' },
      { name: 'dlx', type: 'topic' },
    ],
    queues: [
      {
        name: 'q',
        type: 'classic',
        bindings: [{ exchange: 'ex', pattern: '#' }],
        maxLength: 0,
        deadLetterExchange: 'dlx',
      },
      { name: 'dead', type: 'classic', bindings: [{ exchange: 'dlx', pattern: '#' }] },
    ],
  });
  const publisher = broker.createPublisher({ exchange: 'ex' });
  const got: string[] = [];
  const consuming = broker.createConsumer().consume('q', (d) => {
    got.push(d.message.id);
  });
  await publisher.publish({ id: 'a', type: 'a.b', payload: null, occurredAt: new Date(0) });
  const subscription = await consuming;
  await publisher.publish({ id: 'b', type: 'a.b', payload: null, occurredAt: new Date(0) });
  await broker.waitFor(() => got.length >= 1);
  await subscription.stop();
  expect(got).toEqual(['b']);
  expect(broker.messages('dead').map((m) => m.id)).toEqual(['a']);
});
