import type { UnitOfWork } from '@seams/ports';
import type { PostgresPool } from './postgres-client.js';
import { inTransaction } from './transaction-context.js';

/** Configuration of `PostgresUnitOfWork`. */
export interface PostgresUnitOfWorkConfig<TScope> {
  readonly pool: PostgresPool;
  /**
   * Builds the stores the work gets: called once per `run` with `transaction`, a pool bound to the
   * run's transaction. Stores built on it run every statement in the transaction. With
   * `asyncContext` on (the default), stores built on `pool` that query through
   * `transactionOrPool(pool)` (the outbox store does, and so should yours) join it too.
   */
  readonly scope: (transaction: PostgresPool) => TScope;
  /**
   * Whether the transaction also travels in the async context (AsyncLocalStorage), so any store on
   * `pool` called from the work, and a nested `run`, joins it. Default true. Turn it off when every
   * store the work uses is built by `scope` on `transaction`: on Node 20 and 22, once
   * AsyncLocalStorage has run, every promise in the process pays for context tracking (3 to 5% of
   * the example service's CPU per request, 8 to 14% of a bare node:http one, measured side by side); Node 24 tracks it almost for free.
   */
  readonly asyncContext?: boolean;
}

/**
 * `UnitOfWork` on one pooled client: `BEGIN`, the work, `COMMIT`; a thrown error rolls back and
 * is rethrown unchanged. The stores `scope` builds on the transaction it is given run in it; with
 * `asyncContext` (the default), a nested `run` and any store on the same pool join it through
 * AsyncLocalStorage. No savepoints: an inner failure fails the whole run.
 *
 * @example
 * const uow = new PostgresUnitOfWork({
 *   pool,
 *   scope: (transaction) => ({
 *     invoices: new PostgresInvoiceRepository({ pool: transaction }), // your own, on transactionOrPool(pool)
 *     outbox: new PostgresOutboxStore({ pool: transaction, clock }),
 *   }),
 *   asyncContext: false, // every store comes from scope: no AsyncLocalStorage on the hot path
 * });
 * await uow.run(async ({ invoices, outbox }) => {
 *   const saved = await invoices.update(issued);
 *   await outbox.add(invoiceIssuedEvent(saved));
 * });
 */
export class PostgresUnitOfWork<TScope> implements UnitOfWork<TScope> {
  readonly #pool: PostgresPool;
  readonly #scope: (transaction: PostgresPool) => TScope;
  readonly #asyncContext: boolean;

  constructor(config: PostgresUnitOfWorkConfig<TScope>) {
    this.#pool = config.pool;
    this.#scope = config.scope;
    this.#asyncContext = config.asyncContext ?? true;
  }

  run<T>(work: (scope: TScope) => Promise<T>): Promise<T> {
    return inTransaction(this.#pool, (_client, transaction) => work(this.#scope(transaction)), {
      asyncContext: this.#asyncContext,
    });
  }
}
