import { FakeClock, SequentialIdGenerator } from '@seams/fakes';
import { PostgresOutboxStore, type PostgresPool } from '@seams/postgres-adapter';
import type { OrderRepositoryContractContext } from '../domain/order-repository.contract.js';
import { createOrderUnitOfWork } from '../postgres/order-unit-of-work.js';
import { PostgresOrderRepository } from '../postgres/postgres-order-repository.js';

/** The OrderRepository contract's context on `pool` (the fake's or a real one). */
export function orderRepositoryContractContext(
  pool: PostgresPool,
  eventWrites: 'one-statement' | 'transaction' = 'one-statement',
): OrderRepositoryContractContext {
  const clock = new FakeClock();
  return {
    unitOfWork: createOrderUnitOfWork({ pool, clock, eventWrites }),
    orders: new PostgresOrderRepository({ pool, clock, eventWrites }),
    outbox: new PostgresOutboxStore({ pool, clock, claims: eventWrites }),
    clock,
    advance: (ms) => clock.advance(ms),
    ids: new SequentialIdGenerator(),
  };
}
