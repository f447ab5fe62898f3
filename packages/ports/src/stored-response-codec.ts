import type { StoredResponse } from './idempotency-store.js';

/** The stored form of a response: versioned, so a later layout can be read beside this one. */
interface StoredResponseV1 {
  readonly v: 1;
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The one stored form of a response, written by every `IdempotencyStore` so a replay is the same
 * whichever store kept it: `status`, `body` and `headers` read as properties (a class's getters
 * count, the response's own `toJSON` does not) and the headers' own entries copied into a plain
 * object (what `validateStoredResponse` checked; an inherited `toJSON` on them would otherwise
 * write something no replay can read). JSON.stringify escapes lone surrogates, so any JS string
 * survives UTF-8.
 */
export function encodeStoredResponse(response: StoredResponse): string {
  const record: StoredResponseV1 = { v: 1, status: response.status, body: response.body };
  const { headers } = response;
  return JSON.stringify(
    headers === undefined ? record : { ...record, headers: Object.fromEntries(Object.entries(headers)) },
  );
}

/** A fresh copy of the response in `json`, or a message saying why it cannot be read. */
export function decodeStoredResponse(json: string): StoredResponse | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'response is not JSON';
  }
  if (!isRecord(value) || value.v !== 1) return 'unsupported response version';
  const { status, body, headers } = value;
  if (typeof status !== 'number' || typeof body !== 'string') return 'response lacks status or body';
  if (headers === undefined) return { status, body };
  if (!isRecord(headers) || !Object.values(headers).every((h) => typeof h === 'string')) {
    return 'response headers are not strings';
  }
  return { status, body, headers: headers as Record<string, string> };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
