import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReservation } from './reservation-rules.js';
import { STOCK_EVENT_TYPES, stockReleasedEvent, stockReservedEvent } from './stock-events.js';

const now = new Date('2026-01-01T00:00:00.000Z');
const request = { orderId: 'o-1', sku: 'BOOK-1', quantity: 2 };

describe('stock events', () => {
  const reservation = newReservation(request, { id: 'r-1', now, holdMs: 60_000 });

  it('stock.reserved carries what a consumer needs, correlated by order', () => {
    assert.deepEqual(stockReservedEvent(reservation, { id: 'e-1', now }), {
      id: 'e-1',
      type: STOCK_EVENT_TYPES.reserved,
      occurredAt: now,
      correlationId: 'o-1',
      payload: {
        reservationId: 'r-1',
        orderId: 'o-1',
        sku: 'BOOK-1',
        quantity: 2,
        expiresAt: '2026-01-01T00:01:00.000Z',
      },
    });
  });

  it('stock.released says why', () => {
    const event = stockReleasedEvent(reservation, { id: 'e-2', now, reason: 'expired' });
    assert.equal(event.type, 'stock.released');
    assert.deepEqual(event.payload, {
      reservationId: 'r-1',
      orderId: 'o-1',
      sku: 'BOOK-1',
      quantity: 2,
      reason: 'expired',
    });
  });
});
