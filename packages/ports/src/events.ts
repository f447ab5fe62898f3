import type { JsonValue } from './json.js';

/** Header values an event may carry across a broker. */
export type EventHeaderValue = string | number | boolean;

/**
 * An event as it travels: written to the outbox, published to the broker, handed to consumers.
 * `type` is the routing key (`order.paid`); `id` becomes the AMQP `messageId`, so consumers
 * can deduplicate at-least-once deliveries by it.
 */
export interface EventMessage {
  readonly id: string;
  readonly type: string;
  readonly payload: JsonValue;
  readonly occurredAt: Date;
  readonly correlationId?: string;
  readonly headers?: Readonly<Record<string, EventHeaderValue>>;
}

/** Routing keys of the events the order service emits. */
export const ORDER_EVENT_TYPES = {
  created: 'order.created',
  paid: 'order.paid',
  paymentFailed: 'order.payment_failed',
  cancelled: 'order.cancelled',
} as const;

/** One of the order service's routing keys. */
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[keyof typeof ORDER_EVENT_TYPES];
