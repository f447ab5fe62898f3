import { ValidationError, type ValidationIssue } from './errors.js';
import type { StoredResponse } from './idempotency-store.js';

// In `u` mode a surrogate pair is one code point, so only an unpaired surrogate matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The HTTP status range (RFC 9110: three digits, 1xx to 5xx). */
const MIN_STATUS = 100;
const MAX_STATUS = 599;

function checkText(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'string') {
    // Redis would store `String(value)`: `5` and `'5'` would be one key there, two in memory.
    issues.push({ path, code: 'invalid_type', message: `must be a string, got ${typeof value}` });
  } else if (LONE_SURROGATE.test(value)) {
    // Redis keys and values are bytes, written as UTF-8: an unpaired surrogate becomes U+FFFD,
    // so `k\ud800` and `k\udc00` would be one key there and two in memory.
    const message = 'contains an unpaired UTF-16 surrogate, which UTF-8 cannot carry';
    issues.push({ path, code: 'not_well_formed', message });
  }
}

/**
 * Throws `ValidationError` when an idempotency key (or, when passed, a fingerprint) is not text every
 * store keeps as given: a non-string, or a string with an unpaired UTF-16 surrogate. Every
 * `IdempotencyStore` runs it, so a key means the same record in memory and in Redis.
 */
export function validateIdempotencyKey(key: string, ...fingerprint: [fingerprint?: string]): void {
  const issues: ValidationIssue[] = [];
  checkText(key, 'key', issues);
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
 * an unpaired surrogate (what `begin` hands out).
 */
export function validateIdempotencyHolder(holder: { readonly lease?: string } | undefined): void {
  const lease: unknown = holder?.lease;
  if (lease === undefined) return;
  const issues: ValidationIssue[] = [];
  checkText(lease, 'lease', issues);
  if (lease === '') issues.push({ path: 'lease', code: 'too_short', message: 'must not be empty' });
  if (issues.length > 0) throw new ValidationError(issues);
}
