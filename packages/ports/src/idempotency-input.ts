import { validateIdempotencyHolder, validateStoredResponse } from './idempotency-limits.js';
import type { IdempotencyHolder, StoredResponse } from './idempotency-store.js';

/**
 * Reads `response` exactly once into a plain object (`status`, `body` and `headers` as properties,
 * the headers' own entries copied), validates that copy as `validateStoredResponse` does and returns
 * it. A store encodes the copy, never the caller's object: a getter that answers otherwise on a later
 * read, or throws then, cannot make what is stored differ from what was validated.
 */
export function readStoredResponse(response: StoredResponse): StoredResponse {
  const copy = plainCopy(response) as StoredResponse;
  validateStoredResponse(copy);
  return copy;
}

/**
 * Reads `holder.lease` exactly once, validates it as `validateIdempotencyHolder` does and returns
 * it: a lease `begin` handed out, or `undefined` for any holder (no holder, or one without a lease).
 */
export function readIdempotencyLease(holder: IdempotencyHolder | undefined): string | undefined {
  const lease: unknown = holder?.lease;
  validateIdempotencyHolder({ lease } as IdempotencyHolder);
  return lease as string | undefined;
}

function plainCopy(response: unknown): unknown {
  // Left as given for validateStoredResponse to refuse with its own message.
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return response;
  // Read in validateStoredResponse's order, so a throwing getter fails at the same field as before.
  const { status, body, headers } = response as { status: unknown; body: unknown; headers: unknown };
  if (headers === undefined) return { status, body };
  const isMap = typeof headers === 'object' && headers !== null && !Array.isArray(headers);
  return { status, body, headers: isMap ? Object.fromEntries(Object.entries(headers)) : headers };
}
