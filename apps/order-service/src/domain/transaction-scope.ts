import type { OutboxStore, UnitOfWork } from '@seams/ports';
import type { OrderRepository } from './order-repository.js';

/** The stores the order service changes together: an order and the events that describe the change. */
export interface TransactionScope {
  readonly orders: OrderRepository;
  readonly outbox: OutboxStore;
}

/**
 * The service's transaction boundary: `@seams/ports`' generic `UnitOfWork` over its own scope.
 *
 * @example
 * await uow.run(async ({ orders, outbox }) => {
 *   const saved = await orders.update(paid);
 *   await outbox.add(orderEvent(ORDER_EVENT_TYPES.paid, saved, { id, now }));
 * });
 */
export type OrderUnitOfWork = UnitOfWork<TransactionScope>;
