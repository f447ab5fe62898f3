import type { EventMessage, JsonObject } from '@seams/ports';
import type { Order } from './domain/order.js';
import type { OrderEventType } from './domain/order-event-types.js';

/** Builds the outbox event for an order change; the event id becomes the AMQP `messageId`. */
export function orderEvent(
  type: OrderEventType,
  order: Order,
  context: { readonly id: string; readonly now: Date; readonly extra?: JsonObject },
): EventMessage {
  return {
    id: context.id,
    type,
    occurredAt: context.now,
    correlationId: order.id,
    payload: {
      orderId: order.id,
      customerId: order.customerId,
      status: order.status,
      currency: order.currency,
      total: order.total,
      version: order.version,
      ...context.extra,
    },
  };
}
