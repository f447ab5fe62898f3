import { InvalidTransitionError, ValidationError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type Order, type OrderStatus } from './order.js';
import { canTransition, createOrder, transitionOrder } from './order-rules.js';

// Spelled out here, not derived from the code, so any change of the rules fails this test.
const ALLOWED: ReadonlySet<string> = new Set([
  'pending->paid',
  'pending->payment_failed',
  'pending->cancelled',
  'payment_failed->paid',
  'payment_failed->payment_failed',
  'payment_failed->cancelled',
]);

const created = new Date('2026-01-01T00:00:00.000Z');
const later = new Date('2026-01-01T00:05:00.000Z');

function orderIn(status: OrderStatus): Order {
  return {
    id: 'order-1',
    customerId: 'customer-1',
    currency: 'EUR',
    lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: 150 }],
    total: 300,
    status,
    version: 3,
    createdAt: created,
    updatedAt: created,
  };
}

const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => ({ from, to })));

describe('order status transitions', () => {
  it('covers all 16 pairs of the four statuses', () => {
    expect(pairs).toHaveLength(16);
  });

  it.each(pairs)('$from -> $to follows the rules', ({ from, to }) => {
    const allowed = ALLOWED.has(`${from}->${to}`);
    expect(canTransition(from, to)).toBe(allowed);
    const order = orderIn(from);
    if (allowed) {
      const moved = transitionOrder(order, to, later);
      expect(moved).toEqual({ ...order, status: to, updatedAt: later });
      expect(moved.version).toBe(order.version);
      expect(order.status).toBe(from);
    } else {
      const attempt = () => transitionOrder(order, to, later);
      expect(attempt).toThrow(InvalidTransitionError);
      expect(attempt).toThrow(`order cannot go from ${from} to ${to}`);
    }
  });

  it('names both statuses on the refusal', () => {
    const error = (() => {
      try {
        transitionOrder(orderIn('paid'), 'cancelled', later);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', from: 'paid', to: 'cancelled' });
  });
});

describe('createOrder', () => {
  const input = {
    customerId: 'customer-1',
    currency: 'EUR',
    lines: [
      { sku: 'A', quantity: 2, unitPrice: 250 },
      { sku: 'B', quantity: 1, unitPrice: 0 },
      { sku: 'C', quantity: 3, unitPrice: 1_999 },
    ],
  };

  it('builds a pending order at version 1 with the total of its lines', () => {
    const order = createOrder(input, { id: 'order-9', now: created });
    expect(order).toEqual({
      id: 'order-9',
      customerId: 'customer-1',
      currency: 'EUR',
      lines: input.lines,
      total: 2 * 250 + 0 + 3 * 1_999,
      status: 'pending',
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
  });

  it('keeps only the known fields of each line', () => {
    const extra = { ...input, lines: [{ sku: 'A', quantity: 1, unitPrice: 5, note: 'gift' }] };
    expect(createOrder(extra, { id: 'o', now: created }).lines).toEqual([
      { sku: 'A', quantity: 1, unitPrice: 5 },
    ]);
  });

  it('refuses invalid input with a ValidationError', () => {
    expect(() => createOrder({ ...input, lines: [] }, { id: 'o', now: created })).toThrow(ValidationError);
  });
});
