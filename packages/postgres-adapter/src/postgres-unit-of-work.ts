import type { Clock, TransactionScope, UnitOfWork } from '@seams/ports';
import type { PostgresPool } from './postgres-client.js';
import { PostgresOrderRepository } from './postgres-order-repository.js';
import { PostgresOutboxStore } from './postgres-outbox-store.js';
import { inTransaction } from './transaction-context.js';

/** Configuration of `PostgresUnitOfWork`. */
export interface PostgresUnitOfWorkConfig {
  readonly pool: PostgresPool;
  /** Passed to the outbox store (due times, leases, retries). */
  readonly clock: Clock;
}

/**
 * `UnitOfWork` on one pooled client: `BEGIN`, the work, `COMMIT`; a thrown error rolls back and
 * is rethrown unchanged; a nested `run` (and any store on the same pool) joins the open
 * transaction through AsyncLocalStorage. No savepoints: an inner failure fails the whole run.
 *
 * @example
 * const uow = new PostgresUnitOfWork({ pool, clock });
 * await uow.run(async ({ orders, outbox }) => {
 *   const saved = await orders.update(paid);
 *   await outbox.add(orderPaidEvent(saved));
 * });
 */
export class PostgresUnitOfWork implements UnitOfWork {
  readonly #pool: PostgresPool;
  readonly #scope: TransactionScope;

  constructor(config: PostgresUnitOfWorkConfig) {
    this.#pool = config.pool;
    this.#scope = {
      orders: new PostgresOrderRepository({ pool: config.pool }),
      outbox: new PostgresOutboxStore({ pool: config.pool, clock: config.clock }),
    };
  }

  run<T>(work: (scope: TransactionScope) => Promise<T>): Promise<T> {
    return inTransaction(this.#pool, () => work(this.#scope));
  }
}
