// The use cases end to end on fakes: the pg-mem database behind a real pg.Pool, the outbox, the
// in-memory broker with RabbitMQ's semantics, a clock and ids the test controls.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import {
  createFakePostgres,
  FakeClock,
  type FakePostgres,
  InMemoryBroker,
  SequentialIdGenerator,
} from '@seams/fakes';
import { type EventMessage, ValidationError } from '@seams/ports';
import { PostgresOutboxStore } from '@seams/postgres-adapter';
import { InsufficientStockError } from './domain/insufficient-stock-error.js';
import { STOCK_EVENTS_EXCHANGE } from './domain/stock-events.js';
import { Inventory } from './inventory.js';
import { migrateInventory } from './postgres/inventory-migrations.js';
import { createInventoryUnitOfWork } from './postgres/postgres-inventory-unit-of-work.js';
import { publishDueEvents } from './publish-due-events.js';

const HOLD_MS = 60_000;

describe('Inventory on fakes', () => {
  let fake: FakePostgres;
  before(async () => {
    fake = await createFakePostgres({ migrations: migrateInventory });
  });
  after(() => fake.pool.end());

  let clock: FakeClock;
  let inventory: Inventory;
  let broker: InMemoryBroker;
  let relay: () => ReturnType<typeof publishDueEvents>;
  // What a consumer bound to stock.* receives, in order.
  let heard: EventMessage[];

  beforeEach(async () => {
    await fake.reset();
    clock = new FakeClock();
    const { pool } = fake;
    inventory = new Inventory({
      unitOfWork: createInventoryUnitOfWork({ pool, clock }),
      clock,
      ids: new SequentialIdGenerator(),
      holdMs: HOLD_MS,
    });
    broker = new InMemoryBroker({ clock });
    await broker.declare({
      exchanges: [{ name: STOCK_EVENTS_EXCHANGE, type: 'topic' }],
      queues: [{ name: 'orders.stock', bindings: [{ exchange: STOCK_EVENTS_EXCHANGE, pattern: 'stock.*' }] }],
    });
    heard = [];
    await broker.createConsumer().consume('orders.stock', async ({ message }) => {
      heard.push(message);
    });
    const outbox = new PostgresOutboxStore({ pool, clock });
    const publisher = broker.createPublisher({ exchange: STOCK_EVENTS_EXCHANGE });
    relay = () => publishDueEvents({ outbox, publisher, retryInMs: 5_000 });
  });
  afterEach(() => broker.close());

  const reasonOf = ({ payload }: EventMessage) =>
    typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload.reason : undefined;
  const heardTypes = () => heard.map((message) => [message.type, reasonOf(message) ?? null]);

  it('announces a reservation once, as stock.reserved, after it commits', async () => {
    await inventory.receive({ sku: 'BOOK-1', quantity: 5 });
    const reservation = await inventory.reserve({ orderId: 'o-1', sku: 'BOOK-1', quantity: 2 });
    assert.deepEqual(await inventory.level('BOOK-1'), { sku: 'BOOK-1', onHand: 5, reserved: 2 });
    assert.deepEqual(await relay(), { published: 1, failed: 0 });
    await broker.waitFor(() => heard.length === 1);
    assert.deepEqual(heard[0]?.payload, {
      reservationId: reservation.id,
      orderId: 'o-1',
      sku: 'BOOK-1',
      quantity: 2,
      expiresAt: '2026-01-01T00:01:00.000Z',
    });
    assert.deepEqual(await relay(), { published: 0, failed: 0 });
  });

  it('announces nothing for a refused reservation, and says what was available', async () => {
    await inventory.receive({ sku: 'BOOK-1', quantity: 1 });
    await assert.rejects(
      inventory.reserve({ orderId: 'o-1', sku: 'BOOK-1', quantity: 2 }),
      (error) => error instanceof InsufficientStockError && error.available === 1,
    );
    await assert.rejects(inventory.reserve({ orderId: 'o-1', sku: 'book', quantity: 0 }), ValidationError);
    assert.deepEqual(await relay(), { published: 0, failed: 0 });
  });

  it('announces a release once, however often it is asked for', async () => {
    await inventory.receive({ sku: 'BOOK-1', quantity: 5 });
    const { id } = await inventory.reserve({ orderId: 'o-1', sku: 'BOOK-1', quantity: 2 });
    assert.equal((await inventory.release(id)).status, 'released');
    assert.equal((await inventory.release(id)).status, 'released');
    await relay();
    await broker.waitFor(() => heard.length === 2);
    assert.deepEqual(heardTypes(), [
      ['stock.reserved', null],
      ['stock.released', 'cancelled'],
    ]);
    assert.deepEqual(await inventory.level('BOOK-1'), { sku: 'BOOK-1', onHand: 5, reserved: 0 });
  });

  it('expires holds on the clock and announces why', async () => {
    await inventory.receive({ sku: 'BOOK-1', quantity: 5 });
    await inventory.reserve({ orderId: 'o-1', sku: 'BOOK-1', quantity: 2 });
    await clock.advance(HOLD_MS - 1);
    assert.equal(await inventory.expireHolds(), 0);
    await clock.advance(1);
    assert.equal(await inventory.expireHolds(), 1);
    assert.equal(await inventory.expireHolds(), 0);
    await relay();
    await broker.waitFor(() => heard.length === 2);
    assert.deepEqual(heardTypes().at(-1), ['stock.released', 'expired']);
    assert.deepEqual(await inventory.level('BOOK-1'), { sku: 'BOOK-1', onHand: 5, reserved: 0 });
  });

  it('keeps an event the broker refused and publishes it on a round after its retry time', async () => {
    await inventory.receive({ sku: 'BOOK-1', quantity: 5 });
    await inventory.reserve({ orderId: 'o-1', sku: 'BOOK-1', quantity: 2 });
    broker.failNextPublish('nacked');
    assert.deepEqual(await relay(), { published: 0, failed: 1 });
    await clock.advance(4_999);
    assert.deepEqual(await relay(), { published: 0, failed: 0 });
    await clock.advance(1);
    assert.deepEqual(await relay(), { published: 1, failed: 0 });
    await broker.waitFor(() => heard.length === 1);
  });
});
