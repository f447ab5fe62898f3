import { ValidationError, type ValidationIssue } from './errors.js';
import type { StoredResponse } from './idempotency-store.js';
import { hasLoneSurrogate } from './well-formed.js';

/**
 * The most UTF-8 bytes one argument of a Redis command may take: `proto-max-bulk-len`'s default,
 * 512 MiB. A store's full Redis key (its key prefix, then the key) is one such argument.
 */
export const MAX_REDIS_ARGUMENT_BYTES = 512 * 1024 * 1024;

/**
 * The most UTF-8 bytes a store's full key (its key prefix, then the key) may take: the longest
 * string 64-bit V8 builds, 2^29 - 24 code units, 24 bytes short of Redis' 512 MiB. Both stores join
 * prefix and key into one string; past it the join threw `RangeError: Invalid string length` (the
 * Redis adapter then answered DEPENDENCY_UNAVAILABLE). A UTF-8 byte per code unit at least, so a full
 * key within it is always a string V8 can build.
 */
export const MAX_IDEMPOTENCY_FULL_KEY_BYTES = 2 ** 29 - 24;

/**
 * The most UTF-8 bytes a key, fingerprint, lease or stored response (`encodeStoredResponse`'s JSON)
 * may take: Redis' largest bulk string (`MAX_REDIS_ARGUMENT_BYTES`) less 1 KiB for a store's key
 * prefix. Redis answers a longer argument with an uncoded `ERR Protocol error: invalid bulk length`
 * (measured on 7.0) where a memory store would keep it, so every store refuses it first. A store
 * whose prefix takes more than 1,000 bytes refuses keys by their full length too
 * (`idempotencyKeyValidator`, `MAX_IDEMPOTENCY_FULL_KEY_BYTES`).
 */
export const MAX_IDEMPOTENCY_TEXT_BYTES = MAX_REDIS_ARGUMENT_BYTES - 1024;

// Node's native count, about three times the loop's speed on the hundreds of megabytes it is asked
// about; the loop keeps ports runnable where there is no Buffer.
const nodeBuffer = (globalThis as { Buffer?: { byteLength(text: string, encoding: 'utf8'): number } }).Buffer;

/** Whether `text` takes more than `limit` (default `MAX_IDEMPOTENCY_TEXT_BYTES`) bytes of UTF-8; counted only when it could. */
export function exceedsIdempotencyTextLimit(text: string, limit = MAX_IDEMPOTENCY_TEXT_BYTES): boolean {
  if (text.length * 3 <= limit) return false;
  // Every UTF-16 code unit takes at least one byte.
  if (text.length > limit) return true;
  return utf8ByteLength(text) > limit;
}

/** The UTF-8 bytes of `text` as Node writes it: a lone surrogate becomes U+FFFD, three bytes. */
export function utf8ByteLength(text: string): number {
  if (nodeBuffer) return nodeBuffer.byteLength(text, 'utf8');
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      bytes += 4;
      i += 1;
    } else {
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    }
  }
  return bytes;
}

/** The HTTP status range (RFC 9110: three digits, 1xx to 5xx). */
const MIN_STATUS = 100;
const MAX_STATUS = 599;

function checkText(
  value: unknown,
  path: string,
  issues: ValidationIssue[],
  limit = MAX_IDEMPOTENCY_TEXT_BYTES,
  whyLimit = 'past what Redis takes in one argument',
): void {
  if (typeof value !== 'string') {
    // Redis would store `String(value)`: `5` and `'5'` would be one key there, two in memory.
    issues.push({ path, code: 'invalid_type', message: `must be a string, got ${typeof value}` });
  } else if (hasLoneSurrogate(value)) {
    // Redis keys and values are bytes, written as UTF-8: an unpaired surrogate becomes U+FFFD,
    // so `k\ud800` and `k\udc00` would be one key there and two in memory.
    const message = 'contains an unpaired UTF-16 surrogate, which UTF-8 cannot carry';
    issues.push({ path, code: 'not_well_formed', message });
  } else if (exceedsIdempotencyTextLimit(value, limit)) {
    const message = `is more than ${Math.max(limit, 0)} UTF-8 bytes, ${whyLimit}`;
    issues.push({ path, code: 'too_long', message });
  }
}

/**
 * Throws `ValidationError` when an idempotency key (or, when passed, a fingerprint) is not text every
 * store keeps as given: a non-string, a string with an unpaired UTF-16 surrogate, or one of more
 * than `MAX_IDEMPOTENCY_TEXT_BYTES` UTF-8 bytes (`too_long`). Every
 * `IdempotencyStore` runs it (through `idempotencyKeyValidator`), so a key means the same record in
 * memory and in Redis.
 */
export function validateIdempotencyKey(key: string, ...fingerprint: [fingerprint?: string]): void {
  validateKeyWithin(MAX_IDEMPOTENCY_TEXT_BYTES, 'past what Redis takes in one argument', key, fingerprint);
}

/**
 * `validateIdempotencyKey` for a store whose Redis keys are `keyPrefix` followed by the key: a key
 * is also refused (`too_long`) when the two together take more than `MAX_IDEMPOTENCY_FULL_KEY_BYTES`
 * of UTF-8, which only a prefix over 1,000 bytes can make happen. Redis would answer a full key past
 * 512 MiB with an uncoded protocol error, and neither store can join one past V8's longest string,
 * so every store on that prefix refuses it alike.
 * Throws `ValidationError` (`keyPrefix`) for a prefix that is no key text itself: not a string,
 * with an unpaired surrogate (Redis would keep `p\ud800` and `p\udc00` as one prefix, U+FFFD),
 * or longer than `MAX_IDEMPOTENCY_FULL_KEY_BYTES`.
 */
export function idempotencyKeyValidator(keyPrefix: string): typeof validateIdempotencyKey {
  const issues: ValidationIssue[] = [];
  checkText(
    keyPrefix,
    'keyPrefix',
    issues,
    MAX_IDEMPOTENCY_FULL_KEY_BYTES,
    'past the longest full key a store takes',
  );
  if (issues.length > 0) throw new ValidationError(issues);
  const prefixBytes = utf8ByteLength(keyPrefix);
  const fullKeyLimit = MAX_IDEMPOTENCY_FULL_KEY_BYTES - prefixBytes;
  if (fullKeyLimit >= MAX_IDEMPOTENCY_TEXT_BYTES) return validateIdempotencyKey;
  const why = `past the longest full key a store takes (${MAX_IDEMPOTENCY_FULL_KEY_BYTES} bytes) after its key prefix of ${prefixBytes} bytes`;
  return (key, ...fingerprint) => validateKeyWithin(fullKeyLimit, why, key, fingerprint);
}

function validateKeyWithin(
  keyLimit: number,
  whyKeyLimit: string,
  key: string,
  fingerprint: [fingerprint?: string],
): void {
  const issues: ValidationIssue[] = [];
  checkText(key, 'key', issues, keyLimit, whyKeyLimit);
  // Passed means checked, `undefined` included: ioredis would send it as '' (one fingerprint with
  // '' in Redis) while a memory store would keep it as a value no string equals.
  if (fingerprint.length > 0) checkText(fingerprint[0], 'fingerprint', issues);
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Throws `ValidationError` listing what of `response` a store could not replay as given: a
 * `status` that is not an integer HTTP status (100-599; `NaN` or `Infinity` would not survive
 * JSON), a `body` that is not a string, `headers` that are not an object of string values (an
 * `undefined` value would vanish in JSON). `IdempotencyStore.complete` runs it before storing.
 */
export function validateStoredResponse(response: StoredResponse): void {
  const issues: ValidationIssue[] = [];
  // Untyped callers (JSON from elsewhere) can pass null: a ValidationError, not a TypeError from destructuring.
  if (typeof response !== 'object' || response === null || Array.isArray(response)) {
    const got = response === null ? 'null' : Array.isArray(response) ? 'an array' : typeof response;
    issues.push({ path: 'response', code: 'invalid_type', message: `must be an object, got ${got}` });
    throw new ValidationError(issues);
  }
  const { status, body, headers } = response as { status: unknown; body: unknown; headers: unknown };
  if (typeof status !== 'number' || !Number.isInteger(status) || status < MIN_STATUS || status > MAX_STATUS) {
    const message = `must be an integer HTTP status from ${MIN_STATUS} to ${MAX_STATUS}, got ${String(status)}`;
    issues.push({ path: 'status', code: 'out_of_range', message });
  }
  if (typeof body !== 'string') {
    issues.push({ path: 'body', code: 'invalid_type', message: `must be a string, got ${typeof body}` });
  }
  if (headers !== undefined) {
    if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
      issues.push({ path: 'headers', code: 'invalid_type', message: 'must be an object of strings' });
    } else {
      for (const [name, value] of Object.entries(headers)) {
        if (typeof value !== 'string') {
          const message = `must be a string, got ${typeof value}`;
          issues.push({ path: `headers.${name}`, code: 'invalid_type', message });
        }
      }
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Throws `ValidationError` (code `out_of_range`) unless `value` is a positive safe integer of
 * milliseconds: an idempotency store's lease, or the TTL given to `begin`. Both stores run it,
 * so a `0`, a fraction or `Infinity` is refused the same way in memory and in Redis.
 */
export function validateIdempotencyDuration(name: 'ttlMs' | 'leaseMs', value: number): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    const message = `must be a positive integer of milliseconds, got ${String(value)}`;
    throw new ValidationError([{ path: name, code: 'out_of_range', message }]);
  }
}

/**
 * Throws `ValidationError` when a holder's `lease` is given but is not a non-empty string without
 * an unpaired surrogate, of at most `MAX_IDEMPOTENCY_TEXT_BYTES` UTF-8 bytes (what `begin` hands out).
 */
export function validateIdempotencyHolder(holder: { readonly lease?: string } | undefined): void {
  const lease: unknown = holder?.lease;
  if (lease === undefined) return;
  const issues: ValidationIssue[] = [];
  checkText(lease, 'lease', issues);
  if (lease === '') issues.push({ path: 'lease', code: 'too_short', message: 'must not be empty' });
  if (issues.length > 0) throw new ValidationError(issues);
}
