import type { UnitOfWork } from '@seams/ports';
import type { PostgresPool } from './postgres-client.js';
import { inTransaction } from './transaction-context.js';

/** Configuration of `PostgresUnitOfWork`. */
export interface PostgresUnitOfWorkConfig<TScope> {
  readonly pool: PostgresPool;
  /**
   * Builds the stores the work gets, each on `pool`: called once per `run`. Stores that query
   * through `transactionOrPool(pool)` (the outbox store does, and so should yours) run their
   * statements in the unit of work's transaction.
   */
  readonly scope: () => TScope;
}

/**
 * `UnitOfWork` on one pooled client: `BEGIN`, the work, `COMMIT`; a thrown error rolls back and
 * is rethrown unchanged; a nested `run` (and any store on the same pool) joins the open
 * transaction through AsyncLocalStorage. No savepoints: an inner failure fails the whole run.
 *
 * @example
 * const uow = new PostgresUnitOfWork({
 *   pool,
 *   scope: () => ({
 *     invoices: new PostgresInvoiceRepository({ pool }), // your own, on transactionOrPool(pool)
 *     outbox: new PostgresOutboxStore({ pool, clock }),
 *   }),
 * });
 * await uow.run(async ({ invoices, outbox }) => {
 *   const saved = await invoices.update(issued);
 *   await outbox.add(invoiceIssuedEvent(saved));
 * });
 */
export class PostgresUnitOfWork<TScope> implements UnitOfWork<TScope> {
  readonly #pool: PostgresPool;
  readonly #scope: () => TScope;

  constructor(config: PostgresUnitOfWorkConfig<TScope>) {
    this.#pool = config.pool;
    this.#scope = config.scope;
  }

  run<T>(work: (scope: TScope) => Promise<T>): Promise<T> {
    return inTransaction(this.#pool, () => work(this.#scope()));
  }
}
