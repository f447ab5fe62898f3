import type { OrderRepository } from './order-repository.js';
import type { OutboxStore } from './outbox-store.js';

/** The stores bound to one transaction. */
export interface TransactionScope {
  readonly orders: OrderRepository;
  readonly outbox: OutboxStore;
}

/**
 * The transaction boundary. Everything `work` does through `scope` commits together or not at
 * all; a thrown error rolls back and is rethrown unchanged; a nested `run` joins the outer one.
 *
 * @example
 * await uow.run(async ({ orders, outbox }) => {
 *   const saved = await orders.update(paid);
 *   await outbox.add(orderPaidEvent(saved));
 * });
 */
export interface UnitOfWork {
  run<T>(work: (scope: TransactionScope) => Promise<T>): Promise<T>;
}
