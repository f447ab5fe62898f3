import { InvalidTransitionError } from '@seams/ports';
import type { Order } from './order.js';
import { canTransition } from './order-rules.js';
import { PaymentInProgressError } from './payment-errors.js';

/** Where an order's payment stands at an instant. */
export type PaymentStage = 'none' | 'reserved' | 'lease_expired' | 'settled';

/** `reserved` while a charge may be in flight; `lease_expired` once the lease has run out without a settlement. */
export function paymentStage(order: Order, now: Date): PaymentStage {
  const { payment } = order;
  if (!payment) return 'none';
  if (!payment.leaseUntil) return 'settled';
  return payment.leaseUntil.getTime() > now.getTime() ? 'reserved' : 'lease_expired';
}

/**
 * The idempotency key of a payment reserved from this state of the order: one key per
 * reservation, since each reservation bumps the version. Every retry of that attempt (the
 * gateway's, a client's with the same token, the recovery's lookup) uses it.
 */
export function paymentKey(order: Order): string {
  return `order-${order.id}-v${order.version}`;
}

/** The order reserved for a payment with `fingerprint` until `leaseUntil`; refused while another is reserved. */
export function reservePayment(order: Order, fingerprint: string, now: Date, leaseUntil: Date): Order {
  if (!canTransition(order.status, 'paid')) throw new InvalidTransitionError('order', order.status, 'paid');
  if (order.payment?.leaseUntil) throw new PaymentInProgressError(order.id);
  return { ...order, payment: { key: paymentKey(order), fingerprint, leaseUntil }, updatedAt: now };
}

/** The reserved order paid with `chargeId` (none for a free order), keeping the payment that paid it. */
export function settlePaid(order: Order, chargeId: string | undefined, now: Date): Order {
  if (!canTransition(order.status, 'paid')) throw new InvalidTransitionError('order', order.status, 'paid');
  const { key, fingerprint } = requirePayment(order);
  const payment = { key, fingerprint, ...(chargeId === undefined ? {} : { chargeId }) };
  return { ...order, status: 'paid', payment, updatedAt: now };
}

/** The reserved order declined: `payment_failed`, payable again with another attempt. */
export function settleDeclined(order: Order, now: Date): Order {
  requirePayment(order);
  const { payment: _ended, ...rest } = order;
  return { ...rest, status: 'payment_failed', updatedAt: now };
}

/** The reservation let go (its attempt charged nothing): the order is as payable as before it. */
export function releasePayment(order: Order, now: Date): Order {
  requirePayment(order);
  const { payment: _ended, ...rest } = order;
  return { ...rest, updatedAt: now };
}

function requirePayment(order: Order) {
  if (!order.payment?.leaseUntil) {
    throw new InvalidTransitionError('order', `${order.status} without a payment reservation`, 'settled');
  }
  return order.payment;
}
