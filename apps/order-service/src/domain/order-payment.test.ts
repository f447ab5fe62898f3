import { InvalidTransitionError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import type { Order, OrderStatus } from './order.js';
import {
  paymentKey,
  paymentStage,
  releasePayment,
  reservePayment,
  settleDeclined,
  settlePaid,
} from './order-payment.js';
import { transitionOrder } from './order-rules.js';
import { PaymentInProgressError } from './payment-errors.js';

const t0 = new Date('2026-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function orderIn(status: OrderStatus, version = 1): Order {
  return {
    id: 'order-1',
    customerId: 'customer-1',
    currency: 'EUR',
    lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: 300 }],
    total: 300,
    status,
    version,
    createdAt: t0,
    updatedAt: t0,
  };
}

const reserved = reservePayment(orderIn('pending', 4), 'fp-visa', at(1), at(60_001));

describe('order payment rules', () => {
  it('a reservation takes a key per version, the fingerprint and the lease; its stage follows the clock', () => {
    expect(reserved.payment).toEqual({
      key: 'order-order-1-v4',
      fingerprint: 'fp-visa',
      leaseUntil: at(60_001),
    });
    expect(paymentKey(orderIn('pending', 4))).toBe('order-order-1-v4');
    expect(reserved).toMatchObject({ status: 'pending', updatedAt: at(1) });
    expect(paymentStage(orderIn('pending'), at(0))).toBe('none');
    expect(paymentStage(reserved, at(60_000))).toBe('reserved');
    expect(paymentStage(reserved, at(60_001))).toBe('lease_expired');
    expect(paymentStage(settlePaid(reserved, 'ch_1', at(2)), at(0))).toBe('settled');
  });

  it('only a payable order without a reservation can be reserved', () => {
    expect(() => reservePayment(reserved, 'fp-other', at(2), at(3))).toThrow(PaymentInProgressError);
    for (const status of ['paid', 'cancelled'] as const) {
      expect(() => reservePayment(orderIn(status), 'fp', at(2), at(3))).toThrow(InvalidTransitionError);
    }
    expect(reservePayment(orderIn('payment_failed'), 'fp', at(2), at(3)).payment?.key).toBe(
      'order-order-1-v1',
    );
  });

  it('settling paid keeps key, fingerprint and charge and ends the lease; a decline or a release drops the payment', () => {
    expect(settlePaid(reserved, 'ch_1', at(2))).toMatchObject({
      status: 'paid',
      payment: { key: 'order-order-1-v4', fingerprint: 'fp-visa', chargeId: 'ch_1' },
      updatedAt: at(2),
    });
    expect(settlePaid(reserved, 'ch_1', at(2)).payment).not.toHaveProperty('leaseUntil');
    expect(settleDeclined(reserved, at(2))).toEqual({ ...orderIn('payment_failed', 4), updatedAt: at(2) });
    expect(releasePayment(reserved, at(2))).toEqual({ ...orderIn('pending', 4), updatedAt: at(2) });
  });

  it('settling or releasing needs a reservation; while one stands, the order cannot be cancelled', () => {
    expect(() => settleDeclined(orderIn('pending'), at(2))).toThrow(InvalidTransitionError);
    expect(() => releasePayment(orderIn('pending'), at(2))).toThrow(InvalidTransitionError);
    expect(() => transitionOrder(reserved, 'cancelled', at(2))).toThrow(PaymentInProgressError);
    expect(transitionOrder(releasePayment(reserved, at(2)), 'cancelled', at(3)).status).toBe('cancelled');
  });
});
