import type {
  DeadLetterInfo,
  DeadLetterReason,
  EventHeaderValue,
  EventMessage,
  JsonValue,
} from '@seams/ports';
import type { ConsumeMessage, Options } from 'amqplib';

/** Exact `occurredAt`: the AMQP `timestamp` property has whole seconds only. */
export const OCCURRED_AT_HEADER = 'x-seams-occurred-at';
/** Set when this adapter dead-letters a message itself (delivery limit, unparseable). */
export const DEATH_HEADERS = {
  reason: 'x-seams-death-reason',
  queue: 'x-seams-death-queue',
  count: 'x-seams-death-count',
  error: 'x-seams-death-error',
  /** Broker deaths (`x-death` counts) before ours: a larger sum now means the broker killed it since. */
  brokerDeaths: 'x-seams-death-after',
} as const;

/** Headers the broker or this adapter adds; they never reach `EventMessage.headers`. */
const TRANSPORT_HEADERS = new Set<string>([
  OCCURRED_AT_HEADER,
  ...Object.values(DEATH_HEADERS),
  'x-death',
  'x-first-death-exchange',
  'x-first-death-queue',
  'x-first-death-reason',
  'x-delivery-count',
]);

/** The body and properties of `event` as published: persistent JSON, id as `messageId`. */
export function encodeEvent(event: EventMessage): { content: Buffer; options: Options.Publish } {
  const options: Options.Publish = {
    persistent: true,
    mandatory: true,
    contentType: 'application/json',
    contentEncoding: 'utf-8',
    messageId: event.id,
    type: event.type,
    timestamp: Math.floor(event.occurredAt.getTime() / 1000),
    headers: { ...event.headers, [OCCURRED_AT_HEADER]: event.occurredAt.toISOString() },
    ...(event.correlationId === undefined ? {} : { correlationId: event.correlationId }),
  };
  return { content: Buffer.from(JSON.stringify(event.payload)), options };
}

/** A decoded delivery, or why it cannot be one. */
export type Decoded =
  | { readonly ok: true; readonly message: EventMessage; readonly deadLetter: DeadLetterInfo | undefined }
  | { readonly ok: false; readonly problem: string };

/** Reads an `EventMessage` back; anything malformed is reported, never thrown. */
export function decodeDelivery(raw: ConsumeMessage): Decoded {
  const { properties, fields } = raw;
  const headers = (properties.headers ?? {}) as Record<string, unknown>;
  if (typeof properties.messageId !== 'string' || properties.messageId === '') {
    return { ok: false, problem: 'no messageId' };
  }
  let payload: JsonValue;
  try {
    payload = JSON.parse(raw.content.toString('utf8')) as JsonValue;
  } catch (error) {
    return { ok: false, problem: `body is not JSON: ${(error as Error).message}` };
  }
  const occurredAt = readOccurredAt(headers[OCCURRED_AT_HEADER], properties.timestamp);
  if (!occurredAt) return { ok: false, problem: 'no valid timestamp' };
  const custom = customHeaders(headers);
  const message: EventMessage = {
    id: properties.messageId,
    type: typeof properties.type === 'string' && properties.type !== '' ? properties.type : fields.routingKey,
    payload,
    occurredAt,
    ...(typeof properties.correlationId === 'string' ? { correlationId: properties.correlationId } : {}),
    ...(custom ? { headers: custom } : {}),
  };
  return { ok: true, message, deadLetter: readDeadLetter(headers) };
}

function readOccurredAt(header: unknown, timestamp: unknown): Date | undefined {
  const date =
    typeof header === 'string'
      ? new Date(header)
      : typeof timestamp === 'number'
        ? new Date(timestamp * 1000)
        : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function customHeaders(headers: Record<string, unknown>): Record<string, EventHeaderValue> | undefined {
  const entries = Object.entries(headers).filter(
    (entry): entry is [string, EventHeaderValue] =>
      !TRANSPORT_HEADERS.has(entry[0]) && ['string', 'number', 'boolean'].includes(typeof entry[1]),
  );
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

interface XDeathEntry {
  readonly reason?: unknown;
  readonly queue?: unknown;
  readonly count?: unknown;
}

/** The most recent death: ours (`x-seams-death-*`) unless the broker dead-lettered it since. */
export function readDeadLetter(headers: Record<string, unknown>): DeadLetterInfo | undefined {
  const xDeath = Array.isArray(headers['x-death']) ? (headers['x-death'] as XDeathEntry[]) : [];
  const brokerDeaths = xDeath.reduce(
    (sum, entry) => sum + (typeof entry.count === 'number' ? entry.count : 0),
    0,
  );
  const ours = headers[DEATH_HEADERS.reason];
  if (typeof ours === 'string' && Number(headers[DEATH_HEADERS.brokerDeaths] ?? 0) >= brokerDeaths) {
    return {
      reason: ours as DeadLetterReason,
      queue: String(headers[DEATH_HEADERS.queue] ?? ''),
      count: Number(headers[DEATH_HEADERS.count] ?? 1),
    };
  }
  const latest = xDeath[0];
  if (!latest || typeof latest.reason !== 'string') return undefined;
  return {
    reason: latest.reason as DeadLetterReason,
    queue: String(latest.queue ?? ''),
    count: typeof latest.count === 'number' ? latest.count : 1,
  };
}

/** Headers for a copy this adapter dead-letters itself: the original ones plus why it died. */
export function deathHeaders(
  original: Record<string, unknown> | undefined,
  death: { reason: DeadLetterReason; queue: string; error?: string },
): Record<string, unknown> {
  const headers = { ...original };
  const previous = readDeadLetter(headers);
  const sameDeath = previous?.reason === death.reason && previous.queue === death.queue;
  const xDeath = Array.isArray(headers['x-death']) ? (headers['x-death'] as XDeathEntry[]) : [];
  headers[DEATH_HEADERS.reason] = death.reason;
  headers[DEATH_HEADERS.queue] = death.queue;
  headers[DEATH_HEADERS.count] = sameDeath ? previous.count + 1 : 1;
  headers[DEATH_HEADERS.brokerDeaths] = xDeath.reduce(
    (sum, e) => sum + (typeof e.count === 'number' ? e.count : 0),
    0,
  );
  if (death.error !== undefined) headers[DEATH_HEADERS.error] = death.error.slice(0, 500);
  else delete headers[DEATH_HEADERS.error];
  return headers;
}
