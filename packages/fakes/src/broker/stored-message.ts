import type { DeadLetterInfo, DeadLetterReason, EventMessage, JsonValue, QueueType } from '@seams/ports';

/** Why RabbitMQ itself dead-letters a message (the adapters add `delivery_limit` and `unparseable`). */
export type BrokerDeathReason = 'rejected' | 'expired' | 'maxlen';

/** One entry of RabbitMQ's `x-death` header: the deaths of a message in one queue for one reason. */
export interface XDeathEntry {
  readonly queue: string;
  readonly reason: BrokerDeathReason;
  readonly count: number;
  /** The exchange that routed the message into `queue` when it first died there. */
  readonly exchange: string;
  readonly routingKeys: readonly string[];
}

/** `x-first-death-*`: set by the first death, never changed afterwards. */
export interface FirstDeath {
  readonly reason: BrokerDeathReason;
  readonly queue: string;
  readonly exchange: string;
}

/** A death the consumer decided (the adapter republishes these with `x-seams-death`). */
export interface ConsumerDeath {
  readonly queue: string;
  readonly reason: DeadLetterReason;
  readonly count: number;
}

/** Everything a message carries from queue to queue: the event and its death records. */
export interface Envelope {
  readonly message: EventMessage;
  readonly routingKey: string;
  /** The exchange that routed it into the queue that holds it. */
  readonly exchange: string;
  /** As RabbitMQ 3.10 keeps `x-death`: the latest death first, the others as `brokerDeath` says. */
  readonly xDeath: readonly XDeathEntry[];
  readonly firstDeath: FirstDeath | undefined;
  /** Most recent first. */
  readonly consumerDeaths: readonly ConsumerDeath[];
  /** The latest death, as `Delivery.deadLetter` reports it. */
  readonly deadLetter: DeadLetterInfo | undefined;
}

/** A message as one queue holds it. */
export interface StoredMessage extends Envelope {
  /** Publish order within the queue: a classic queue puts a requeued message back by it. */
  seq: number;
  readonly expiresAt: number | undefined;
  redelivered: boolean;
  /** Times returned to the queue: a quorum queue's delivery-count (`x-delivery-count`). */
  returns: number;
}

const NO_DEATHS: readonly never[] = Object.freeze([]);

/** What a fresh publish carries: no deaths. */
export function freshEnvelope(message: EventMessage, routingKey: string, exchange: string): Envelope {
  return {
    message,
    routingKey,
    exchange,
    xDeath: NO_DEATHS,
    firstDeath: undefined,
    consumerDeaths: NO_DEATHS,
    deadLetter: undefined,
  };
}

/**
 * Copies an event the way the wire would: the payload goes through JSON (so a later mutation by
 * the publisher, or a value JSON cannot carry, shows up as it would on RabbitMQ), dates are copied,
 * a header of -0 arrives as 0 (amqplib encodes it as an integer), a header whose value is
 * `undefined` is not sent (amqplib skips it), and no headers at all arrive as no `headers`
 * property (the AMQP adapter's delivery has none for an empty table).
 */
export function copyEvent(event: EventMessage, payloadJson = JSON.stringify(event.payload)): EventMessage {
  const headers = event.headers === undefined ? undefined : copyHeaders(event.headers);
  return {
    id: event.id,
    type: event.type,
    payload: JSON.parse(payloadJson) as JsonValue,
    occurredAt: new Date(event.occurredAt.getTime()),
    ...(event.correlationId === undefined ? {} : { correlationId: event.correlationId }),
    ...(headers === undefined ? {} : { headers }),
  };
}

/**
 * `message` with its header table in the order RabbitMQ 3.10 leaves it once the broker sets a
 * header of its own: `rabbit_misc:set_table_value` re-sorts the whole table by name
 * (`lists:keysort` on the UTF-8 bytes), so user headers come back sorted after a dead-lettering
 * (`x-death`) and on a quorum queue's redelivery (`x-delivery-count`). Measured on 3.10.8 with
 * headers zeta, alpha, Mid, b-x, _u, Zeta: first deliveries and classic redeliveries keep that
 * order; a quorum redelivery and any dead letter give Mid, Zeta, _u, alpha, b-x, zeta. (The
 * client's object still lists integer-like names first, as JavaScript orders them.)
 */
export function withBrokerHeaderOrder(message: EventMessage): EventMessage {
  if (message.headers === undefined) return message;
  const names = Object.keys(message.headers).sort(compareUtf8);
  const sorted: Record<string, string | number | boolean> = {};
  for (const name of names) sorted[name] = message.headers[name] as string | number | boolean;
  return { ...message, headers: sorted };
}

/**
 * The message as a consumer or `basic.get` receives it from a queue of `type`: a quorum queue
 * adds `x-delivery-count` to a redelivery, which re-sorts the header table.
 */
export function deliveredMessage(stored: StoredMessage, type: QueueType): EventMessage {
  return type === 'quorum' && stored.returns > 0 ? withBrokerHeaderOrder(stored.message) : stored.message;
}

/** UTF-8 byte order, which is code point order (UTF-16 code units put U+E000..U+FFFF after astral ones). */
export function compareUtf8(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(j) as number;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  // One is a prefix of the other: the shorter sorts first.
  return a.length - i - (b.length - j);
}

function copyHeaders(
  headers: NonNullable<EventMessage['headers']>,
): NonNullable<EventMessage['headers']> | undefined {
  const copy: Record<string, string | number | boolean> = {};
  let empty = true;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    copy[name] = value === 0 ? 0 : value;
    empty = false;
  }
  return empty ? undefined : copy;
}

/**
 * The copy RabbitMQ routes to the dead-letter exchange `via` when `stored` dies in `queue`: the
 * entry for this queue and reason counts one more and moves to the front of `x-death`. The other
 * entries follow in reverse of the order they had: RabbitMQ 3.10 regroups them by queue and reason
 * with a fold that prepends (`rabbit_dead_letter:group_by_queue_and_reason`), so from the third
 * entry on `x-death` is not most-recent-first (work, h1, h2 dying in turn give h2, work, h1).
 * Its cycle check reads the list in that order, and so does `isDeathCycle`.
 */
export function brokerDeath(
  stored: Envelope,
  queue: string,
  reason: BrokerDeathReason,
  via: string,
): Envelope {
  const previous = stored.xDeath.find((entry) => entry.queue === queue && entry.reason === reason);
  const entry: XDeathEntry = previous
    ? { ...previous, count: previous.count + 1 }
    : { queue, reason, count: 1, exchange: stored.exchange, routingKeys: [stored.routingKey] };
  return {
    ...stored,
    message: withBrokerHeaderOrder(stored.message),
    exchange: via,
    xDeath: [entry, ...stored.xDeath.filter((other) => other !== previous).reverse()],
    firstDeath: stored.firstDeath ?? { reason, queue, exchange: stored.exchange },
    deadLetter: { reason, queue, count: entry.count },
  };
}

/** The copy a consumer publishes to the dead-letter exchange `via` when it gives up on `stored`. */
export function consumerDeath(
  stored: Envelope,
  queue: string,
  reason: DeadLetterReason,
  via: string,
): Envelope {
  const previous = stored.consumerDeaths.find((death) => death.queue === queue && death.reason === reason);
  const death: ConsumerDeath = { queue, reason, count: (previous?.count ?? 0) + 1 };
  return {
    ...stored,
    exchange: via,
    consumerDeaths: [death, ...stored.consumerDeaths.filter((other) => other !== previous)],
    deadLetter: death,
  };
}

/**
 * RabbitMQ drops a dead letter instead of routing it back to a queue it already died in, unless a
 * rejection happened since (a cycle of expiries alone would loop forever).
 */
export function isDeathCycle(dead: Envelope, target: string): boolean {
  const at = dead.xDeath.findIndex((entry) => entry.queue === target);
  if (at === -1) return false;
  return dead.xDeath.slice(0, at + 1).every((entry) => entry.reason !== 'rejected');
}
