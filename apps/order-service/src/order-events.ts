import type { EventMessage, JsonObject, Order, OrderEventType } from '@seams/ports';

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
