import type { Clock } from '@seams/ports';
import { PostgresOutboxStore, type PostgresPool, PostgresUnitOfWork } from '@seams/postgres-adapter';
import type { OrderUnitOfWork } from '../domain/transaction-scope.js';
import { PostgresOrderRepository } from './postgres-order-repository.js';

/**
 * The service's unit of work on PostgreSQL: the adapter's `PostgresUnitOfWork` with a scope of
 * this service's own repository and the adapter's outbox store, both joining its transaction.
 */
export function createOrderUnitOfWork(config: {
  readonly pool: PostgresPool;
  readonly clock: Clock;
}): OrderUnitOfWork {
  const { pool, clock } = config;
  return new PostgresUnitOfWork({
    pool,
    scope: () => ({
      orders: new PostgresOrderRepository({ pool }),
      outbox: new PostgresOutboxStore({ pool, clock }),
    }),
  });
}
