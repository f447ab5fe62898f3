/** Where an order is in its life. */
export type OrderStatus = 'pending' | 'paid' | 'payment_failed' | 'cancelled';

/** Every status, in a stable order (useful for exhaustive tests and schemas). */
export const ORDER_STATUSES: readonly OrderStatus[] = ['pending', 'paid', 'payment_failed', 'cancelled'];

/** One line of an order; `unitPrice` is in the order's currency, in integer minor units. */
export interface OrderLine {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

/**
 * An order. `total` and every price are integer minor units of `currency`; `version` is the
 * optimistic-concurrency token that `OrderRepository.update` checks and bumps.
 */
export interface Order {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly lines: readonly OrderLine[];
  readonly total: number;
  readonly status: OrderStatus;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What a client sends to create an order. */
export interface NewOrder {
  readonly customerId: string;
  readonly currency: string;
  readonly lines: readonly OrderLine[];
}
