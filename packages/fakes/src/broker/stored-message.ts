import type { DeadLetterInfo, DeadLetterReason, EventMessage, JsonValue } from '@seams/ports';

/** A message as one queue holds it. */
export interface StoredMessage {
  readonly message: EventMessage;
  readonly routingKey: string;
  /** Position in the queue: a requeued message goes back to its place, as in RabbitMQ. */
  readonly seq: number;
  readonly expiresAt: number | undefined;
  redelivered: boolean;
  /** Times handed to a consumer so far. */
  deliveries: number;
  /** Times it died, per `queue|reason`, carried across dead-letter hops like `x-death`. */
  readonly deaths: ReadonlyMap<string, number>;
  readonly deadLetter: DeadLetterInfo | undefined;
}

/**
 * Copies an event the way the wire would: the payload goes through JSON (so a later mutation by
 * the publisher, or a value JSON cannot carry, shows up as it would on RabbitMQ), dates are copied.
 */
export function copyEvent(event: EventMessage): EventMessage {
  const copy: EventMessage = {
    id: event.id,
    type: event.type,
    payload: JSON.parse(JSON.stringify(event.payload)) as JsonValue,
    occurredAt: new Date(event.occurredAt.getTime()),
    ...(event.correlationId === undefined ? {} : { correlationId: event.correlationId }),
    ...(event.headers === undefined ? {} : { headers: { ...event.headers } }),
  };
  return copy;
}

/** The copy of `stored` that arrives in a dead-letter queue after dying in `queue` for `reason`. */
export function deathOf(stored: StoredMessage, queue: string, reason: DeadLetterReason): DeadLetter {
  const key = `${queue}|${reason}`;
  const deaths = new Map(stored.deaths);
  const count = (deaths.get(key) ?? 0) + 1;
  deaths.set(key, count);
  return {
    message: stored.message,
    routingKey: stored.routingKey,
    deaths,
    deadLetter: { reason, queue, count },
  };
}

/** What a dead-lettered message carries to the next queue. */
export type DeadLetter = Pick<StoredMessage, 'message' | 'routingKey' | 'deaths' | 'deadLetter'>;
