import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryBroker } from './in-memory-broker.js';

// An untyped caller can pass what the port's types leave out. The port's validateTopology refuses
// it on both sides (RabbitMQ would route a fanout exchange by other rules, deliver from a stream
// queue by other rules, refuse an unknown type with a 406); the fake must not quietly treat it as
// a topic exchange or a classic queue.

const topic = { name: 'events', type: 'topic' } as const;

function refusal(declare: () => Promise<void>) {
  return declare().then(
    () => undefined,
    (error: unknown) => error as { code?: string; issues?: ReadonlyArray<{ path: string; code: string }> },
  );
}

describe('InMemoryBroker.declare with types the port does not offer', () => {
  it.each(['direct', 'fanout', 'headers', undefined])(
    'refuses a %s exchange, declaring nothing',
    async (type) => {
      const broker = new InMemoryBroker({ clock: new FakeClock() });
      const exchange = { name: 'x', type } as unknown as typeof topic;
      const error = await refusal(() =>
        broker.declare({
          exchanges: [topic, exchange],
          queues: [{ name: 'q', bindings: [{ exchange: 'events', pattern: '#' }] }],
        }),
      );
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'exchanges[1].type', code: 'unsupported' }],
      });
      expect(() => broker.messages('q')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    },
  );

  it('refuses redeclaring a topic exchange as another type', async () => {
    const broker = new InMemoryBroker({ clock: new FakeClock() });
    await broker.declare({ exchanges: [topic], queues: [] });
    const direct = { name: 'events', type: 'direct' } as unknown as typeof topic;
    const error = await refusal(() => broker.declare({ exchanges: [direct], queues: [] }));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it.each(['stream', 'bogus', 'QUORUM', null])('refuses a queue of type %s', async (type) => {
    const broker = new InMemoryBroker({ clock: new FakeClock() });
    const queue = { name: 'q', type, bindings: [] } as unknown as { name: string; bindings: [] };
    const error = await refusal(() => broker.declare({ exchanges: [topic], queues: [queue] }));
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'queues[0].type', code: 'unsupported' }],
    });
  });

  it('refuses names, lists and bindings of the wrong shape with coded issues, not a TypeError', async () => {
    const broker = new InMemoryBroker({ clock: new FakeClock() });
    const loose = (topology: unknown) => broker.declare(topology as { exchanges: []; queues: [] });
    const pathsOf = async (topology: unknown) => {
      const error = await refusal(() => loose(topology));
      return { code: error?.code, paths: error?.issues?.map((issue) => `${issue.path}:${issue.code}`) };
    };
    expect(await pathsOf({ exchanges: [topic], queues: [{ name: 'q' }] })).toEqual({
      code: 'VALIDATION_FAILED',
      paths: ['queues[0].bindings:invalid_type'],
    });
    expect(await pathsOf({ exchanges: [topic], queues: [{ name: 5, bindings: [] }] })).toEqual({
      code: 'VALIDATION_FAILED',
      paths: ['queues[0].name:invalid_type'],
    });
    expect(
      await pathsOf({
        exchanges: [topic, null],
        queues: [{ bindings: [{ pattern: '#' }, 'events', { exchange: 7, pattern: '#' }] }],
      }),
    ).toEqual({
      code: 'VALIDATION_FAILED',
      paths: [
        'exchanges[1]:invalid_type',
        'queues[0].name:required',
        'queues[0].bindings[0].exchange:required',
        'queues[0].bindings[1]:invalid_type',
        'queues[0].bindings[2].exchange:invalid_type',
      ],
    });
    expect(await pathsOf({ exchanges: topic, queues: [] })).toEqual({
      code: 'VALIDATION_FAILED',
      paths: ['exchanges:invalid_type'],
    });
  });

  it('still declares quorum, classic and untyped (quorum) queues on topic exchanges', async () => {
    const broker = new InMemoryBroker({ clock: new FakeClock() });
    await broker.declare({
      exchanges: [topic],
      queues: [
        { name: 'a', bindings: [] },
        { name: 'b', type: 'quorum', bindings: [] },
        { name: 'c', type: 'classic', bindings: [] },
      ],
    });
    expect(['a', 'b', 'c'].map((q) => broker.messages(q).length)).toEqual([0, 0, 0]);
  });
});
