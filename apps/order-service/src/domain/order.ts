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
 * The payment an order holds. While `leaseUntil` is set the order is reserved: a charge with `key`
 * may be in flight, so cancel and other cards wait (409 `PAYMENT_IN_PROGRESS`) until it settles or,
 * once the lease has run out, until the provider has been asked what became of it. A paid order
 * keeps the payment that paid it, with `chargeId` (none for a free order).
 */
export interface OrderPayment {
  /** The provider's idempotency key of this attempt: every retry of it reuses the key. */
  readonly key: string;
  /** SHA-256 of the payment token, so a repeat of the same request is told from another card; the token is never stored. */
  readonly fingerprint: string;
  /** Set while the order is reserved for this payment. */
  readonly leaseUntil?: Date;
  /** The provider's charge, once the order is paid with one. */
  readonly chargeId?: string;
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
  /** The payment in flight (reserved) or the one that paid the order; absent otherwise. */
  readonly payment?: OrderPayment;
}

/** What a client sends to create an order. */
export interface NewOrder {
  readonly customerId: string;
  readonly currency: string;
  readonly lines: readonly OrderLine[];
}
