import { InMemoryPaymentGateway, SequentialIdGenerator } from '@seams/fakes';
import { beforeAll, describe, expect, it } from 'vitest';
import { OrderService } from './order-service.js';
import { createOrderUnitOfWork } from './postgres/order-unit-of-work.js';
import { PostgresOrderRepository } from './postgres/postgres-order-repository.js';
import { countingPool } from './testing/counting-pool.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from './testing/embedded-database.js';
import { createFakeWorld, newOrderInput } from './testing/fake-world.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

/** The service on the fake world's database, every statement it sends counted. */
async function countedService() {
  const world = await createFakeWorld();
  const counting = countingPool(world.postgres.pool);
  const { clock } = world;
  const service = new OrderService({
    uow: createOrderUnitOfWork({ pool: counting.pool, clock }),
    orders: new PostgresOrderRepository({ pool: counting.pool, clock }),
    payments: new InMemoryPaymentGateway({ clock }),
    clock,
    ids: new SequentialIdGenerator(),
  });
  return { counting, service };
}

// Pins the round trips of the hot path, so a change that adds one fails here (bench/results.md
// counts the same on the wire against PostgreSQL: `pnpm bench --only=round-trips`).
describe('OrderService round trips', () => {
  it('create is one statement: the order and its order.created event in one CTE, no BEGIN/COMMIT', async () => {
    const { counting, service } = await countedService();
    await service.create(newOrderInput());
    const sent = counting.take();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^WITH created AS \(INSERT INTO orders .* INSERT INTO outbox_events /s);
  });

  it('pay is three: read the order, reserve it, then settle it with its order.paid event in one CTE', async () => {
    const { counting, service } = await countedService();
    const order = await service.create(newOrderInput());
    counting.take();
    await service.pay(order.id, { paymentToken: 'tok_visa' });
    const sent = counting.take().map((text) => text.trim().split(/\s+/).slice(0, 3).join(' '));
    expect(sent).toEqual(['SELECT id, customer_id,', 'UPDATE orders SET', 'WITH saved AS']);
  });

  it('a cancel is two: read the order, then the change and its order.cancelled event in one CTE', async () => {
    const { counting, service } = await countedService();
    const order = await service.create(newOrderInput());
    counting.take();
    await service.cancel(order.id);
    expect(counting.take()).toHaveLength(2);
  });
});
