import { InvalidTransitionError } from '@seams/ports';
import type { NewOrder, Order, OrderStatus } from './order.js';
import { parseNewOrder } from './order-validation.js';
import { PaymentInProgressError } from './payment-errors.js';

const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ['paid', 'payment_failed', 'cancelled'],
  // A declined order may be paid with another card, declined again, or given up.
  payment_failed: ['paid', 'payment_failed', 'cancelled'],
  paid: [],
  cancelled: [],
};

/** True when an order in `from` may move to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * The order moved to `to` at `now`, or `InvalidTransitionError`; `PaymentInProgressError` while it
 * is reserved for a payment (that reservation settles through `order-payment.ts`). The version is
 * left for the repository to bump.
 */
export function transitionOrder(order: Order, to: OrderStatus, now: Date): Order {
  if (!canTransition(order.status, to)) throw new InvalidTransitionError('order', order.status, to);
  if (order.payment?.leaseUntil) throw new PaymentInProgressError(order.id);
  return { ...order, status: to, updatedAt: now };
}

/** Creates a pending order from validated input, with its total computed from the lines. */
export function createOrder(input: unknown, context: { id: string; now: Date }): Order {
  const valid: NewOrder = parseNewOrder(input);
  const lines = valid.lines.map(({ sku, quantity, unitPrice }) => ({ sku, quantity, unitPrice }));
  const total = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  return {
    id: context.id,
    customerId: valid.customerId,
    currency: valid.currency,
    lines,
    total,
    status: 'pending',
    version: 1,
    createdAt: context.now,
    updatedAt: context.now,
  };
}
