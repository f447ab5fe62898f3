import { createFakePostgres, FakeClock, InMemoryBroker, SequentialIdGenerator } from '@seams/fakes';
import {
  type Charge,
  type ChargeRequest,
  PaymentDeclinedError,
  type PaymentGateway,
  PaymentUnavailableError,
} from '@seams/ports';
import { PostgresOutboxStore } from '@seams/postgres-adapter';
import { orderEventsTopology } from '../messaging/order-events-topology.js';
import { OrderService } from '../order-service.js';
import { OutboxRelay } from '../outbox-relay.js';
import { migrateOrderService } from '../postgres/order-migrations.js';
import { createOrderUnitOfWork } from '../postgres/order-unit-of-work.js';
import { PostgresOrderRepository } from '../postgres/postgres-order-repository.js';

/** A gateway for unit tests: declines `tok_declined`, replays a key, fails on demand. */
export class ScriptedGateway implements PaymentGateway {
  readonly calls: ChargeRequest[] = [];
  readonly charges = new Map<string, Charge>();
  #unavailable = 0;

  failNext(count: number): void {
    this.#unavailable += count;
  }

  async charge(request: ChargeRequest): Promise<Charge> {
    this.calls.push(request);
    await Promise.resolve();
    if (this.#unavailable > 0) {
      this.#unavailable--;
      throw new PaymentUnavailableError('scripted outage', 1, 503);
    }
    if (request.paymentToken === 'tok_declined') throw new PaymentDeclinedError('card_declined');
    const existing = this.charges.get(request.idempotencyKey);
    if (existing) return existing;
    const charge = {
      id: `ch_${this.charges.size + 1}`,
      amount: request.amount,
      reference: request.reference,
    };
    this.charges.set(request.idempotencyKey, charge);
    return charge;
  }
}

export const ALL_EVENTS_QUEUE = 'test.order-events';

/** pg-mem with the migrations, a broker with a queue on every order event, a fake clock and ids. */
export async function createFakeWorld(options: { payments?: PaymentGateway } = {}) {
  const clock = new FakeClock();
  const ids = new SequentialIdGenerator();
  const postgres = await createFakePostgres({ migrations: migrateOrderService });
  const broker = new InMemoryBroker({ clock });
  await broker.declare(orderEventsTopology({ queues: { [ALL_EVENTS_QUEUE]: ['order.#'] } }));
  const payments = options.payments ?? new ScriptedGateway();
  const uow = createOrderUnitOfWork({ pool: postgres.pool, clock });
  const orders = new PostgresOrderRepository({ pool: postgres.pool });
  const outbox = new PostgresOutboxStore({ pool: postgres.pool, clock });
  const service = new OrderService({ uow, orders, payments, clock, ids });
  const publisher = broker.createPublisher({ exchange: 'orders' });
  const relay = new OutboxRelay({ outbox, publisher, clock });
  return { clock, ids, postgres, broker, payments, uow, orders, outbox, service, publisher, relay };
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
