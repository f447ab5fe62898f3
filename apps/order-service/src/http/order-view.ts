import type { Order } from '../domain/order.js';

/** An order as the API shows it. */
export type OrderView = Omit<Order, 'payment'> & { readonly chargeId?: string };

/**
 * The order without its payment bookkeeping (idempotency key, token fingerprint, lease): those are
 * the service's own. A paid order shows the provider's `chargeId`.
 */
export function toOrderView(order: Order): OrderView {
  const { payment, ...view } = order;
  return payment?.chargeId === undefined ? view : { ...view, chargeId: payment.chargeId };
}
