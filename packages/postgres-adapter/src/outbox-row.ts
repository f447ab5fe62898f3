import type { ClaimedEvent, EventHeaderValue, EventMessage, JsonValue } from '@seams/ports';
import type { PostgresRow } from './postgres-client.js';
import { readDate, readInt8, readOptionalText, readText, UnexpectedColumnValueError } from './sql-values.js';

/** The columns a claim returns, in `claimedEventFromRow`'s terms. */
export const OUTBOX_COLUMNS = 'id, type, payload, occurred_at, correlation_id, headers, attempts';

/** An event as the insert's parameters; JSON goes as text so pg never sends an array as a PG array. */
export function outboxParams(event: EventMessage, now: Date): unknown[] {
  return [
    event.id,
    event.type,
    JSON.stringify(event.payload),
    event.occurredAt.toISOString(),
    event.correlationId ?? null,
    event.headers === undefined ? null : JSON.stringify(event.headers),
    now.toISOString(),
  ];
}

/** Reads a claimed outbox row; optional fields stay absent rather than `undefined`-valued. */
export function claimedEventFromRow(row: PostgresRow): ClaimedEvent {
  const correlationId = readOptionalText(row.correlation_id, 'outbox_events.correlation_id');
  const headers = readHeaders(row.headers);
  return {
    id: readText(row.id, 'outbox_events.id'),
    type: readText(row.type, 'outbox_events.type'),
    payload: row.payload as JsonValue,
    occurredAt: readDate(row.occurred_at, 'outbox_events.occurred_at'),
    ...(correlationId === undefined ? {} : { correlationId }),
    ...(headers === undefined ? {} : { headers }),
    attempts: readInt8(row.attempts, 'outbox_events.attempts'),
  };
}

function readHeaders(value: unknown): Record<string, EventHeaderValue> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UnexpectedColumnValueError('outbox_events.headers', 'expected a JSON object');
  }
  return value as Record<string, EventHeaderValue>;
}
