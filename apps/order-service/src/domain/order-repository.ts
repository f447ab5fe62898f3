import type { EventMessage } from '@seams/ports';
import type { Order, OrderStatus } from './order.js';

/** A page request for listings: at most `limit` items after the cursor `after` (an order id). */
export interface PageRequest {
  readonly limit: number;
  readonly after?: string;
}

/** Persists orders. Implementations: `PostgresOrderRepository` (on pg or the pg-mem fake). */
export interface OrderRepository {
  /** Stores a new order; `DuplicateError` if its id exists. */
  insert(order: Order): Promise<void>;
  /** The order, or `undefined`. */
  find(id: string): Promise<Order | undefined>;
  /** The order, or `NotFoundError`. */
  get(id: string): Promise<Order>;
  /**
   * Saves `order` if the stored version still equals `order.version`, and returns it with the
   * version bumped by one. `ConcurrencyConflictError` if someone else saved first,
   * `NotFoundError` if it does not exist.
   */
  update(order: Order): Promise<Order>;
  /**
   * `insert` and the outbox event that announces it, atomically: both are stored or neither.
   * `DuplicateError` if the order's (or the event's) id exists.
   */
  insertWithEvent(order: Order, event: EventMessage): Promise<void>;
  /**
   * `update` and the outbox event that describes the change, atomically: the event is stored exactly
   * when the order is saved, and neither on `ConcurrencyConflictError` or `NotFoundError`.
   */
  updateWithEvent(order: Order, event: EventMessage): Promise<Order>;
  /** Orders in `status`, oldest first (ties broken by id): a stable order for paging. */
  listByStatus(status: OrderStatus, page?: PageRequest): Promise<Order[]>;
  /**
   * Up to `limit` orders whose payment reservation ran out at or before `now`, the longest expired
   * first: the ones whose payer may have died with a charge in flight.
   */
  listPaymentLeasesExpired(now: Date, limit: number): Promise<Order[]>;
}
