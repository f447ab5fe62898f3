import type { JsonValue } from './json.js';

/** Header values an event may carry across a broker. */
export type EventHeaderValue = string | number | boolean;

/**
 * An event as it travels: written to the outbox, published to the broker, handed to consumers.
 * `type` is the routing key (e.g. `invoice.issued`); `id` becomes the AMQP `messageId`, so consumers
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
