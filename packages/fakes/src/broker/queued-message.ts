import type { EventMessage, QueueType } from '@seams/ports';
import type { StoredMessage } from './stored-message.js';

/** A waiting message of `InMemoryBroker.inspect`, as an AMQP client would get it from RabbitMQ. */
export interface QueuedMessage {
  readonly message: EventMessage;
  readonly routingKey: string;
  /** The exchange that routed it here: a dead-letter exchange after a death. */
  readonly exchange: string;
  readonly redelivered: boolean;
  /**
   * The headers RabbitMQ 3.10 adds, by their AMQP names: `x-death` (entries with `count`, `reason`,
   * `queue`, `exchange`, `routing-keys`; no `time`), `x-first-death-reason`/`-queue`/`-exchange`,
   * and on a quorum queue `x-delivery-count`.
   */
  readonly brokerHeaders: Readonly<Record<string, unknown>>;
}

/** The headers RabbitMQ itself would put on `stored` when a client gets it from a `type` queue. */
export function brokerHeaders(stored: StoredMessage, type: QueueType): Record<string, unknown> {
  const headers: Record<string, unknown> = {};
  if (stored.xDeath.length > 0) {
    headers['x-death'] = stored.xDeath.map((entry) => ({
      count: entry.count,
      reason: entry.reason,
      queue: entry.queue,
      exchange: entry.exchange,
      'routing-keys': [...entry.routingKeys],
    }));
  }
  if (stored.firstDeath) {
    headers['x-first-death-reason'] = stored.firstDeath.reason;
    headers['x-first-death-queue'] = stored.firstDeath.queue;
    headers['x-first-death-exchange'] = stored.firstDeath.exchange;
  }
  if (type === 'quorum') headers['x-delivery-count'] = stored.returns;
  return headers;
}
