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

/** The columns an event is inserted with, in `outboxParams`' order. */
const OUTBOX_INSERT_COLUMNS = 'id, type, payload, occurred_at, correlation_id, headers, next_attempt_at';
const OUTBOX_INSERT_TYPES = ['text', 'text', 'jsonb', 'timestamptz', 'text', 'jsonb', 'timestamptz'];

/** An event's INSERT as a part of a larger statement: its text and its parameters, numbered from `first`. */
export interface OutboxInsert {
  readonly text: string;
  readonly values: unknown[];
}

/**
 * The INSERT of `event` into `outbox_events`, its parameters numbered from `first` (so it can share
 * a statement). With `from`, the name of a data-modifying CTE before it, the row is written once
 * per row that CTE returned: `WITH saved AS (UPDATE ... RETURNING id) INSERT ...` writes a change
 * and its event in one statement, one round trip, or neither when the change matched no row.
 * `now` is the store clock's instant the event is first due, as `PostgresOutboxStore.add` sets it.
 * PostgreSQL and PGlite run such a statement; pg-mem refuses data-modifying CTEs.
 */
export function outboxInsert(event: EventMessage, now: Date, first: number, from?: string): OutboxInsert {
  const placeholders = OUTBOX_INSERT_TYPES.map((type, i) => `$${first + i}::${type}`).join(', ');
  const source = from === undefined ? `VALUES (${placeholders})` : `SELECT ${placeholders} FROM ${from}`;
  return {
    text: `INSERT INTO outbox_events (${OUTBOX_INSERT_COLUMNS}) ${source}`,
    values: outboxParams(event, now),
  };
}
