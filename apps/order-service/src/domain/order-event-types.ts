/** Routing keys of the events the order service emits. */
export const ORDER_EVENT_TYPES = {
  created: 'order.created',
  paid: 'order.paid',
  paymentFailed: 'order.payment_failed',
  cancelled: 'order.cancelled',
  /** A charge the order could not keep was given back (see `PaymentRefundedError`). */
  paymentRefunded: 'order.payment_refunded',
} as const;

/** One of the order service's routing keys. */
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[keyof typeof ORDER_EVENT_TYPES];
