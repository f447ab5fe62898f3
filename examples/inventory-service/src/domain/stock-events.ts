import type { EventMessage } from '@seams/ports';
import type { Reservation } from './stock.js';

/** The topic exchange the service publishes to; consumers bind their own queues to it. */
export const STOCK_EVENTS_EXCHANGE = 'inventory';

/** The events this service publishes through its outbox: the routing keys consumers bind to. */
export const STOCK_EVENT_TYPES = {
  reserved: 'stock.reserved',
  released: 'stock.released',
} as const;

/** Why a reservation's units went back: the order gave them up, or the hold ran out. */
export type ReleaseReason = 'cancelled' | 'expired';

/** `stock.reserved`: units of a SKU are now held for an order; the event id becomes the message id. */
export function stockReservedEvent(
  reservation: Reservation,
  context: { readonly id: string; readonly now: Date },
): EventMessage {
  const { id, orderId, sku, quantity, expiresAt } = reservation;
  return {
    id: context.id,
    type: STOCK_EVENT_TYPES.reserved,
    occurredAt: context.now,
    correlationId: orderId,
    payload: { reservationId: id, orderId, sku, quantity, expiresAt: expiresAt.toISOString() },
  };
}

/** `stock.released`: a reservation's units are available again, and why. */
export function stockReleasedEvent(
  reservation: Reservation,
  context: { readonly id: string; readonly now: Date; readonly reason: ReleaseReason },
): EventMessage {
  const { id, orderId, sku, quantity } = reservation;
  return {
    id: context.id,
    type: STOCK_EVENT_TYPES.released,
    occurredAt: context.now,
    correlationId: orderId,
    payload: { reservationId: id, orderId, sku, quantity, reason: context.reason },
  };
}
