import {
  createFakePostgres,
  FakeClock,
  InMemoryBroker,
  InMemoryPaymentGateway,
  SequentialIdGenerator,
} from '@seams/fakes';
import type { PaymentGateway } from '@seams/ports';
import { PostgresOutboxStore } from '@seams/postgres-adapter';
import type { OrderRepository } from '../domain/order-repository.js';
import { orderEventsTopology } from '../messaging/order-events-topology.js';
import { OrderService } from '../order-service.js';
import { OutboxRelay } from '../outbox-relay.js';
import { migrateOrderService } from '../postgres/order-migrations.js';
import { createOrderUnitOfWork } from '../postgres/order-unit-of-work.js';
import { PostgresOrderRepository } from '../postgres/postgres-order-repository.js';

export const ALL_EVENTS_QUEUE = 'test.order-events';

/**
 * pg-mem with the migrations, a broker with a queue on every order event, a fake clock and ids,
 * and `InMemoryPaymentGateway` (the contract-tested payment fake) as `gateway`; the service pays
 * through `options.payments` when given, else through `gateway`.
 */
export async function createFakeWorld(
  options: { payments?: PaymentGateway; engine?: 'pg-mem' | 'pglite' } = {},
) {
  const clock = new FakeClock();
  const ids = new SequentialIdGenerator();
  const engine = options.engine ?? 'pglite';
  const postgres = await createFakePostgres({ engine, migrations: migrateOrderService });
  // pg-mem refuses the data-modifying CTE that writes a change and its event in one statement.
  const eventWrites = engine === 'pg-mem' ? 'transaction' : 'one-statement';
  const broker = new InMemoryBroker({ clock });
  await broker.declare(orderEventsTopology({ queues: { [ALL_EVENTS_QUEUE]: ['order.#'] } }));
  const gateway = new InMemoryPaymentGateway({ clock });
  const payments = options.payments ?? gateway;
  const uow = createOrderUnitOfWork({ pool: postgres.pool, clock, eventWrites });
  const orders = new PostgresOrderRepository({ pool: postgres.pool, clock, eventWrites });
  const outbox = new PostgresOutboxStore({ pool: postgres.pool, clock, claims: eventWrites });
  const service = new OrderService({ uow, orders, payments, clock, ids });
  const publisher = broker.createPublisher({ exchange: 'orders' });
  const relay = new OutboxRelay({ outbox, publisher, clock });
  return { clock, ids, postgres, broker, gateway, payments, uow, orders, outbox, service, publisher, relay };
}

/** A valid order body. */
export function newOrderInput(overrides: Record<string, unknown> = {}) {
  return {
    customerId: 'cus_1',
    currency: 'EUR',
    lines: [
      { sku: 'BOOK-1', quantity: 2, unitPrice: 1250 },
      { sku: 'PEN-7', quantity: 1, unitPrice: 300 },
    ],
    ...overrides,
  };
}

/**
 * `orders` whose writes of a change with its event fail with `error` while `failing()` holds: the
 * process dying before its commit (reads and plain updates, such as a reservation, still go through).
 */
export function dyingBeforeCommit(
  orders: OrderRepository,
  error: Error,
  failing: () => boolean = () => true,
): OrderRepository {
  return {
    insert: (order) => orders.insert(order),
    find: (id) => orders.find(id),
    get: (id) => orders.get(id),
    update: (order) => orders.update(order),
    insertWithEvent: (order, event) =>
      failing() ? Promise.reject(error) : orders.insertWithEvent(order, event),
    updateWithEvent: (order, event) =>
      failing() ? Promise.reject(error) : orders.updateWithEvent(order, event),
    listByStatus: (status, page) => orders.listByStatus(status, page),
    listPaymentLeasesExpired: (now, limit) => orders.listPaymentLeasesExpired(now, limit),
  };
}
