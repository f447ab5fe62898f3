import type { Reservation } from './stock.js';
import type { ReservationRequest } from './stock-requests.js';

/** How long a reservation holds its units when the service is not told otherwise: 15 minutes. */
export const DEFAULT_HOLD_MS = 15 * 60_000;

/** A held reservation for a validated request, expiring `holdMs` after `now`. */
export function newReservation(
  request: ReservationRequest,
  context: { readonly id: string; readonly now: Date; readonly holdMs: number },
): Reservation {
  if (!Number.isSafeInteger(context.holdMs) || context.holdMs <= 0) {
    throw new RangeError(`holdMs must be a positive integer, got ${context.holdMs}`);
  }
  return {
    id: context.id,
    orderId: request.orderId,
    sku: request.sku,
    quantity: request.quantity,
    status: 'held',
    reservedAt: context.now,
    expiresAt: new Date(context.now.getTime() + context.holdMs),
  };
}
