import type { Clock } from '@seams/ports';
import { PostgresOutboxStore, type PostgresPool, PostgresUnitOfWork } from '@seams/postgres-adapter';
import type { InventoryUnitOfWork } from '../domain/inventory-unit-of-work.js';
import { PostgresStockRepository } from './postgres-stock-repository.js';

/** The service's unit of work on PostgreSQL: its stock repository and the adapter's outbox, one transaction. */
export function createInventoryUnitOfWork(config: {
  readonly pool: PostgresPool;
  readonly clock: Clock;
}): InventoryUnitOfWork {
  const { pool, clock } = config;
  return new PostgresUnitOfWork({
    pool,
    scope: () => ({
      stock: new PostgresStockRepository({ pool }),
      outbox: new PostgresOutboxStore({ pool, clock }),
    }),
  });
}
