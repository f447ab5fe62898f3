import { ValidationError } from './errors.js';
import { exceedsIdempotencyTextLimit, MAX_IDEMPOTENCY_TEXT_BYTES } from './idempotency-limits.js';
import type { StoredResponse } from './idempotency-store.js';

/** The stored form of a response: versioned, so a later layout can be read beside this one. */
export interface StoredResponseV1 {
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
 * survives UTF-8. Throws `ValidationError` (`response`, `too_long`) when the stored form would take
 * more than `MAX_IDEMPOTENCY_TEXT_BYTES` of UTF-8 (escapes count: a NUL is six bytes), which Redis
 * cannot take in one argument: every store encodes through here, so every store refuses it alike.
 */
export function encodeStoredResponse(response: StoredResponse): string {
  return encodeStoredResponseWith(response, JSON.stringify);
}

/**
 * `encodeStoredResponse` with the JSON writer given, so a test can stand in for a V8 string-length
 * failure without building a gigabyte of text.
 */
export function encodeStoredResponseWith(
  response: StoredResponse,
  stringify: (record: StoredResponseV1) => string,
): string {
  const record: StoredResponseV1 = { v: 1, status: response.status, body: response.body };
  const { headers } = response;
  let json: string;
  try {
    json = stringify(
      headers === undefined ? record : { ...record, headers: Object.fromEntries(Object.entries(headers)) },
    );
  } catch (error) {
    // On this flat record of strings and a number, JSON.stringify's only RangeError is V8's
    // `Invalid string length`: JSON longer than the longest string (2^29 - 24 code units on 64-bit
    // V8), each unit at least a byte of UTF-8, so past `MAX_IDEMPOTENCY_TEXT_BYTES` as well.
    if (error instanceof RangeError) throw tooLong({ cause: error });
    throw error;
  }
  if (exceedsIdempotencyTextLimit(json)) throw tooLong();
  return json;
}

function tooLong(options?: { cause?: unknown }): ValidationError {
  const message = `is stored as more than ${MAX_IDEMPOTENCY_TEXT_BYTES} UTF-8 bytes of JSON, past what Redis takes in one argument`;
  return new ValidationError([{ path: 'response', code: 'too_long', message }], options);
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
