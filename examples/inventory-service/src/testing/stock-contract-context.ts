import { FakeClock, SequentialIdGenerator } from '@seams/fakes';
import { PostgresOutboxStore, type PostgresPool } from '@seams/postgres-adapter';
import type { StockRepositoryContractContext } from '../domain/stock-repository.contract.js';
import { createInventoryUnitOfWork } from '../postgres/postgres-inventory-unit-of-work.js';
import { PostgresStockRepository } from '../postgres/postgres-stock-repository.js';

/**
 * The StockRepository contract's context on `pool` (a fake's or a real one). It holds the
 * OutboxStore contract's context too, so the generic outbox contract runs on this service's wiring.
 */
export function stockContractContext(pool: PostgresPool): StockRepositoryContractContext {
  const clock = new FakeClock();
  return {
    unitOfWork: createInventoryUnitOfWork({ pool, clock }),
    stock: new PostgresStockRepository({ pool }),
    outbox: new PostgresOutboxStore({ pool, clock }),
    clock,
    advance: (ms) => clock.advance(ms),
    ids: new SequentialIdGenerator(),
  };
}
