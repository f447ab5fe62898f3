import { ValidationError } from './errors.js';
import {
  exceedsIdempotencyTextLimit,
  MAX_IDEMPOTENCY_TEXT_BYTES,
  utf8ByteLength,
} from './idempotency-limits.js';
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
  const texts = [record.body, ...(headers === undefined ? [] : Object.entries(headers).flat())];
  if (escapedTextsExceedLimit(texts)) throw tooLong();
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

// A JSON escape (`\u0000`) takes six bytes for one UTF-16 unit, the most any unit takes.
const MAX_JSON_BYTES_PER_UNIT = 6;
// What JSON.stringify writes otherwise than as its UTF-8: control characters, `"`, `\` and
// surrogates (a pair is its UTF-8; a lone one an escape).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON escapes.
const MAY_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

/**
 * Whether the escaped UTF-8 of `texts` alone (a lower bound of the JSON they are written into)
 * already passes the limit: refused then without building the JSON, which for 90 million NULs is
 * 512 MiB of text and seconds of work before V8 gives up. Counted only when the texts are long
 * enough to pass it, so an ordinary response costs one sum of lengths; Node's native UTF-8 count
 * (escapes not counted) settles most long texts before the escapes are counted in JavaScript.
 */
function escapedTextsExceedLimit(texts: readonly unknown[]): boolean {
  const strings = texts.filter((text): text is string => typeof text === 'string');
  let units = 0;
  for (const text of strings) units += text.length;
  if (units * MAX_JSON_BYTES_PER_UNIT <= MAX_IDEMPOTENCY_TEXT_BYTES) return false;
  const unescaped = strings.map(utf8ByteLength);
  const plainBytes = unescaped.reduce((sum, bytes) => sum + bytes, 0);
  if (plainBytes > MAX_IDEMPOTENCY_TEXT_BYTES) return true;
  // Past half the limit as plain text, the JSON is mostly that text: writing it costs what counting
  // its escapes would (and V8 stops at the longest string either way), so it is written and measured.
  if (plainBytes * 2 > MAX_IDEMPOTENCY_TEXT_BYTES) return false;
  let bytes = 0;
  for (const [index, text] of strings.entries()) {
    // A text with nothing to escape is its UTF-8 in JSON; the expression scans a Latin-1 string
    // natively, the counting loop only runs on texts that have something to escape.
    bytes += MAY_ESCAPE.test(text)
      ? jsonStringBytes(text, MAX_IDEMPOTENCY_TEXT_BYTES - bytes)
      : (unescaped[index] ?? 0);
    if (bytes > MAX_IDEMPOTENCY_TEXT_BYTES) return true;
  }
  return false;
}

/**
 * The UTF-8 bytes JSON.stringify writes for `text` between its quotes: `"`, `\\` and the five
 * short control escapes take two, other control characters and unpaired surrogates six (`\u0000`,
 * `\ud800`: well-formed JSON.stringify), a surrogate pair four, the rest their UTF-8 length.
 * Stops counting once past `stopAbove`.
 */
export function jsonStringBytes(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20)
      bytes += code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 2 : 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i += 1;
      } else bytes += 6;
    } else if (code >= 0xdc00 && code < 0xe000) bytes += 6;
    else bytes += 3;
  }
  return bytes;
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
