import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_HOLD_MS, newReservation } from './reservation-rules.js';

const now = new Date('2026-01-01T00:00:00.000Z');
const request = { orderId: 'o-1', sku: 'BOOK-1', quantity: 2 };

describe('newReservation', () => {
  it('holds the units from now until the hold runs out', () => {
    assert.deepEqual(newReservation(request, { id: 'r-1', now, holdMs: DEFAULT_HOLD_MS }), {
      id: 'r-1',
      ...request,
      status: 'held',
      reservedAt: now,
      expiresAt: new Date('2026-01-01T00:15:00.000Z'),
    });
  });

  it('refuses a hold that is not a positive whole number of ms', () => {
    for (const holdMs of [0, -1, 1.5, Number.POSITIVE_INFINITY]) {
      assert.throws(() => newReservation(request, { id: 'r-1', now, holdMs }), RangeError);
    }
  });
});
