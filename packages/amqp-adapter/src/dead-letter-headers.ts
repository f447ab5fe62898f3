import type { DeadLetterInfo, DeadLetterReason } from '@seams/ports';

/**
 * The deaths this adapter decides itself (delivery limit, unparseable), which RabbitMQ cannot
 * record: it dead-letters only with `rejected`, `expired` or `maxlen`. Same shape as `x-death`
 * (one entry per queue and reason, most recent first), so a message that dies again in the same
 * queue for the same reason counts on.
 */
export const SEAMS_DEATH_HEADER = 'x-seams-death';
/** The `x-death` total when the adapter last dead-lettered: a larger total now means the broker killed it since. */
export const SEAMS_DEATH_AFTER_HEADER = 'x-seams-death-after';
/** The handler's error that used up the delivery limit (500 characters at most). */
export const SEAMS_DEATH_ERROR_HEADER = 'x-seams-death-error';

interface DeathEntry {
  readonly reason?: unknown;
  readonly queue?: unknown;
  readonly count?: unknown;
}

const entriesOf = (value: unknown): DeathEntry[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is DeathEntry => typeof entry === 'object' && entry !== null)
    : [];

const countOf = (entry: DeathEntry): number =>
  typeof entry.count === 'number' && entry.count > 0 ? entry.count : 1;

const totalDeaths = (entries: readonly DeathEntry[]): number =>
  entries.reduce((sum, entry) => sum + countOf(entry), 0);

function infoOf(entry: DeathEntry | undefined): DeadLetterInfo | undefined {
  if (!entry || typeof entry.reason !== 'string') return undefined;
  return {
    reason: entry.reason as DeadLetterReason,
    queue: String(entry.queue ?? ''),
    count: countOf(entry),
  };
}

/** The most recent death: the adapter's own unless the broker dead-lettered the message since. */
export function readDeadLetter(headers: Record<string, unknown>): DeadLetterInfo | undefined {
  const broker = entriesOf(headers['x-death']);
  const ours = entriesOf(headers[SEAMS_DEATH_HEADER]);
  const oursIsLatest =
    ours.length > 0 && Number(headers[SEAMS_DEATH_AFTER_HEADER] ?? 0) >= totalDeaths(broker);
  return infoOf(oursIsLatest ? ours[0] : broker[0]);
}

/**
 * Headers for the copy this adapter dead-letters itself: the original ones, this death counted
 * in `x-seams-death`, and no `x-delivery-count` (the queue it lands in counts its own deliveries).
 */
export function deathHeaders(
  original: Record<string, unknown> | undefined,
  death: { reason: DeadLetterReason; queue: string; error?: string },
): Record<string, unknown> {
  const { 'x-delivery-count': _count, ...headers } = original ?? {};
  const ours = entriesOf(headers[SEAMS_DEATH_HEADER]);
  const previous = ours.find((entry) => entry.reason === death.reason && entry.queue === death.queue);
  const entry = { reason: death.reason, queue: death.queue, count: previous ? countOf(previous) + 1 : 1 };
  headers[SEAMS_DEATH_HEADER] = [entry, ...ours.filter((other) => other !== previous)];
  headers[SEAMS_DEATH_AFTER_HEADER] = totalDeaths(entriesOf(headers['x-death']));
  if (death.error !== undefined) headers[SEAMS_DEATH_ERROR_HEADER] = death.error.slice(0, 500);
  else delete headers[SEAMS_DEATH_ERROR_HEADER];
  return headers;
}
