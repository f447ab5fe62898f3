import { eventually, latch, receive } from '@seams/contracts';
import { type EventMessage, hasErrorCode, type PublishError } from '@seams/ports';
import { startTcpProxy } from '@seams/testenv';
import { rabbitmqUrl } from '@seams/testenv/vitest';
import { describe, expect, it, onTestFinished } from 'vitest';
import { realBroker } from './real-broker.js';

function event(n: number): EventMessage {
  return { id: `m-${n}`, type: 'order.created', payload: { n }, occurredAt: new Date() };
}

async function brokerBehindProxy(side: 'publisher' | 'consumer') {
  const proxy = await startTcpProxy(rabbitmqUrl());
  onTestFinished(() => proxy.close());
  const broker = await realBroker(
    side === 'publisher' ? { publisherUrl: proxy.through } : { consumerUrl: proxy.through },
  );
  onTestFinished(broker.teardown);
  const queue = broker.name('all');
  await broker.topology.declare({
    exchanges: [{ name: broker.exchange, type: 'topic' }],
    queues: [{ name: queue, bindings: [{ exchange: broker.exchange, pattern: '#' }] }],
  });
  return { ...broker, proxy, queue };
}

describe('connection loss on real RabbitMQ', () => {
  it('cut under the publisher mid-stream: every resolved publish arrives, the rest reject as disconnected', async () => {
    const { publisher, consumer, proxy, queue, connections } = await brokerBehindProxy('publisher');
    const received = await receive({ consumer }, queue);
    const resolved: string[] = [];
    const rejected: unknown[] = [];
    let cuts = 0;
    for (let wave = 0; wave < 12; wave += 1) {
      const publishes = Array.from({ length: 100 }, (_, i) => {
        const message = event(wave * 100 + i);
        return publisher.publish(message).then(
          () => {
            resolved.push(message.id);
            // Mid-stream: half of this wave confirmed, the other half on the wire or queued.
            if (wave === 3 && resolved.length === 350) cuts = proxy.cut();
          },
          (error: unknown) => rejected.push(error),
        );
      });
      await Promise.all(publishes);
      if (connections.publishing.state !== 'connected') {
        await eventually(
          () => connections.publishing.state === 'connected',
          'the publisher to reconnect',
          10_000,
        );
      }
    }
    expect(cuts).toBeGreaterThan(0);
    expect(rejected.length).toBeGreaterThan(0);
    for (const error of rejected) {
      expect(hasErrorCode(error, 'PUBLISH_FAILED')).toBe(true);
      expect((error as PublishError).reason).toBe('disconnected');
    }
    expect(resolved.length + rejected.length).toBe(1_200);
    expect(resolved.length).toBeGreaterThan(350);
    const arrived = new Set<string>();
    await eventually(
      () => {
        for (const id of received.ids()) arrived.add(id);
        return resolved.every((id) => arrived.has(id));
      },
      'every confirmed message to arrive',
      15_000,
    );
  });

  it('cut under the consumer: unacked messages come back redelivered and the subscription resumes', async () => {
    const { publisher, consumer, proxy, queue, connections } = await brokerBehindProxy('consumer');
    const ids = Array.from({ length: 20 }, (_, n) => event(n));
    const hold = latch();
    const received = await receive({ consumer }, queue, () => hold.promise);
    await Promise.all(ids.map((message) => publisher.publish(message)));
    await received.waitFor(10);
    proxy.cut();
    hold.open();
    await eventually(() => connections.consuming.state === 'connected', 'the consumer to reconnect', 10_000);
    const inFlightAtCut = received.deliveries.slice(0, 10).map((d) => d.message.id);
    const redelivered = (id: string) => received.deliveries.find((d) => d.message.id === id && d.redelivered);
    await eventually(
      () => inFlightAtCut.every((id) => redelivered(id)) && ids.every((m) => received.ids().includes(m.id)),
      'the messages in flight at the cut to come back, and every message to arrive',
      15_000,
    );
    expect(inFlightAtCut.map((id) => redelivered(id)?.deliveryCount)).toEqual(inFlightAtCut.map(() => 2));
  });
});
