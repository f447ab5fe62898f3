import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Header a caller (or a proxy) may set to name its request; echoed on every answer. */
export const REQUEST_ID_HEADER = 'x-request-id';

// Enough for a UUID, a ULID or a trace id with a prefix; nothing that could break a log line.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when it is 1-128 safe characters
 * (letters, digits, `._:@/+=-`), else a new UUID. Fastify's `genReqId`.
 */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const header = request.headers[REQUEST_ID_HEADER];
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}
