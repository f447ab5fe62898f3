import type { EventMessage } from '@seams/ports';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutboxRelay } from './outbox-relay.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from './testing/embedded-database.js';
import { ALL_EVENTS_QUEUE, createFakeWorld } from './testing/fake-world.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

function event(n: number, type = 'order.created'): EventMessage {
  return {
    id: `00000000-0000-4000-8000-0000000a${String(n).padStart(4, '0')}`,
    type,
    payload: { orderId: `o-${n}` },
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, n)),
  };
}

async function addEvents(world: Awaited<ReturnType<typeof createFakeWorld>>, count: number) {
  for (let n = 1; n <= count; n++) await world.outbox.add(event(n));
}

describe('OutboxRelay', () => {
  it('publishes due events in order with their ids and marks them published', async () => {
    const world = await createFakeWorld();
    await addEvents(world, 3);
    expect(await world.relay.drain()).toBe(3);
    expect(world.broker.messages(ALL_EVENTS_QUEUE).map((m) => m.id)).toEqual([
      event(1).id,
      event(2).id,
      event(3).id,
    ]);
    expect(await world.relay.drain()).toBe(0);
    expect(world.broker.published).toHaveLength(3);
  });

  it('claims in batches until nothing is due', async () => {
    const world = await createFakeWorld();
    const relay = new OutboxRelay({
      outbox: world.outbox,
      publisher: world.publisher,
      clock: world.clock,
      batchSize: 2,
    });
    await addEvents(world, 5);
    expect(await relay.runOnce()).toEqual({ claimed: 2, published: 2, failed: 0 });
    expect(await relay.drain()).toBe(3);
  });

  it("marks a batch published in the next round's claim; stop marks the last batch, so nothing comes back", async () => {
    const world = await createFakeWorld();
    const relay = new OutboxRelay({
      outbox: world.outbox,
      publisher: world.publisher,
      clock: world.clock,
      batchSize: 2,
      leaseMs: 1_000,
    });
    const unpublished = async () => {
      const { rows } = await world.postgres.pool.query(
        'SELECT id FROM outbox_events WHERE published_at IS NULL ORDER BY position',
      );
      return rows.map((row) => String(row.id));
    };
    await addEvents(world, 3);
    expect(await relay.runOnce()).toEqual({ claimed: 2, published: 2, failed: 0 });
    // Confirmed, still unmarked: the lease alone keeps them from being claimed again.
    expect(await unpublished()).toEqual([event(1).id, event(2).id, event(3).id]);
    expect(await relay.runOnce()).toEqual({ claimed: 1, published: 1, failed: 0 });
    expect(await unpublished()).toEqual([event(3).id]);
    await relay.stop();
    expect(await unpublished()).toEqual([]);
    await world.clock.advance(60_000);
    expect(await relay.runOnce()).toEqual({ claimed: 0, published: 0, failed: 0 });
    expect(world.broker.published.map((p) => p.message.id)).toEqual([event(1).id, event(2).id, event(3).id]);
  });

  it('a failed publish is retried after a capped exponential back-off on the injected clock', async () => {
    const world = await createFakeWorld();
    const relay = new OutboxRelay({
      outbox: world.outbox,
      publisher: world.publisher,
      clock: world.clock,
      retryBaseMs: 1_000,
      retryMaxMs: 3_000,
    });
    expect([0, 1, 2, 3, 10].map((n) => relay.retryDelay(n))).toEqual([1_000, 2_000, 3_000, 3_000, 3_000]);
    await addEvents(world, 2);
    world.broker.failNextPublish('disconnected', 1);
    expect(await relay.runOnce()).toEqual({ claimed: 2, published: 1, failed: 1 });
    expect(await relay.runOnce()).toEqual({ claimed: 0, published: 0, failed: 0 });
    await world.clock.advance(999);
    expect((await relay.runOnce()).claimed).toBe(0);
    await world.clock.advance(1);
    world.broker.failNextPublish('nacked', 1);
    expect(await relay.runOnce()).toEqual({ claimed: 1, published: 0, failed: 1 });
    await world.clock.advance(1_999);
    expect((await relay.runOnce()).claimed).toBe(0);
    await world.clock.advance(1);
    expect(await relay.runOnce()).toEqual({ claimed: 1, published: 1, failed: 0 });
    const { rows } = await world.postgres.pool.query(
      'SELECT attempts, last_error FROM outbox_events WHERE id = $1',
      [event(1).id],
    );
    expect(rows[0]).toMatchObject({ attempts: 2 });
    expect(String(rows[0]?.last_error)).toContain('nacked');
    expect(world.broker.messages(ALL_EVENTS_QUEUE).map((m) => m.id)).toEqual([event(2).id, event(1).id]);
  });

  it('several relays in parallel never publish an event twice', async () => {
    const world = await createFakeWorld();
    await addEvents(world, 30);
    const relays = Array.from(
      { length: 4 },
      () =>
        new OutboxRelay({
          outbox: world.outbox,
          publisher: world.publisher,
          clock: world.clock,
          batchSize: 3,
        }),
    );
    const published = await Promise.all(relays.map((relay) => relay.drain()));
    expect(published.reduce((a, b) => a + b, 0)).toBe(30);
    const ids = world.broker.published.map((p) => p.message.id);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toHaveLength(30);
  });

  it('an event whose lease ran out (a relay died before marking it) is published again with the same id', async () => {
    const world = await createFakeWorld();
    await addEvents(world, 1);
    await world.outbox.claim(10, { leaseMs: 60_000 }); // a relay that claimed and died
    expect(await world.relay.drain()).toBe(0);
    await world.clock.advance(60_000);
    expect(await world.relay.drain()).toBe(1);
    expect(world.broker.published.map((p) => p.message.id)).toEqual([event(1).id]);
  });

  it('start runs rounds in the background, wake cuts the wait short, stop ends the loop', async () => {
    const world = await createFakeWorld();
    world.relay.start();
    expect(world.relay.running).toBe(true);
    await addEvents(world, 2);
    world.relay.wake();
    await world.broker.waitFor((b) => b.published.length === 2);
    await world.outbox.add(event(3));
    await world.clock.advance(250); // the poll interval
    await world.broker.waitFor((b) => b.published.length === 3);
    await world.relay.stop();
    expect(world.relay.running).toBe(false);
    await world.outbox.add(event(4));
    await world.clock.advance(10_000);
    expect(world.broker.published).toHaveLength(3);
  });

  it('backs off while the outbox fails (doubling from the poll interval to 5 s), logs once, and recovers', async () => {
    const world = await createFakeWorld();
    const errors: unknown[] = [];
    const warnings: Array<Record<string, unknown>> = [];
    let failures = 3;
    const relay = new OutboxRelay({
      outbox: {
        ...world.outbox,
        add: (e) => world.outbox.add(e),
        claim: (limit, options) => {
          if (failures-- > 0) return Promise.reject(new Error('database down'));
          return world.outbox.claim(limit, options);
        },
        markPublished: (ids) => world.outbox.markPublished(ids),
        markFailed: (id, failure) => world.outbox.markFailed(id, failure),
      },
      publisher: world.publisher,
      clock: world.clock,
      logger: { warn: (fields) => warnings.push(fields), error: (fields) => errors.push(fields) },
    });
    expect([1, 2, 3, 4, 5, 30].map((rounds) => relay.outageDelay(rounds))).toEqual([
      500, 1_000, 2_000, 4_000, 5_000, 5_000,
    ]);
    await addEvents(world, 1);
    relay.start();
    for (const wait of [500, 1_000, 2_000]) {
      await world.clock.untilSleeping(wait);
      await world.clock.advance(wait);
    }
    await world.broker.waitFor((b) => b.published.length === 1);
    await relay.stop();
    expect(errors).toHaveLength(1);
    expect(warnings).toContainEqual({ failedRounds: 3 });
  });
});
