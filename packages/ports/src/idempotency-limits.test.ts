import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import {
  idempotencyKeyValidator,
  MAX_IDEMPOTENCY_FULL_KEY_BYTES,
  MAX_IDEMPOTENCY_TEXT_BYTES,
  MAX_REDIS_ARGUMENT_BYTES,
  validateIdempotencyHolder,
  validateIdempotencyKey,
  validateStoredResponse,
} from './idempotency-limits.js';
import type { StoredResponse } from './idempotency-store.js';

function issuesOf(run: () => void): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.path}:${issue.code}`);
    throw error;
  }
  return [];
}

describe('validateIdempotencyKey', () => {
  it('accepts any well-formed string, surrogate pairs, NUL and the empty string included', () => {
    for (const key of ['', 'k', 'k\u0000', '😀', 'k\ufffd']) {
      expect(issuesOf(() => validateIdempotencyKey(key, key))).toEqual([]);
    }
  });

  it('refuses unpaired surrogates and non-strings, naming key or fingerprint', () => {
    expect(issuesOf(() => validateIdempotencyKey('k\ud800', 'f\udfff'))).toEqual([
      'key:not_well_formed',
      'fingerprint:not_well_formed',
    ]);
    expect(issuesOf(() => validateIdempotencyKey(5 as unknown as string))).toEqual(['key:invalid_type']);
    // begin passes its fingerprint even when an untyped caller left it out: Redis would store ''.
    expect(issuesOf(() => validateIdempotencyKey('k', undefined))).toEqual(['fingerprint:invalid_type']);
    expect(issuesOf(() => validateIdempotencyKey('k'))).toEqual([]);
  });
});

describe('validateStoredResponse', () => {
  const check = (response: unknown) => issuesOf(() => validateStoredResponse(response as StoredResponse));

  it('accepts integer HTTP statuses 100-599, a string body and string headers', () => {
    expect(check({ status: 100, body: '' })).toEqual([]);
    expect(check({ status: 599, body: 'b', headers: { a: 'x' } })).toEqual([]);
  });

  it('refuses what JSON would change or could not read back', () => {
    for (const status of [Number.NaN, Number.POSITIVE_INFINITY, -0, 99, 600, 200.5, '200']) {
      expect(check({ status, body: '' })).toEqual(['status:out_of_range']);
    }
    expect(check({ status: 200 })).toEqual(['body:invalid_type']);
    expect(check({ status: 200, body: '', headers: { gone: undefined, n: 1 } })).toEqual([
      'headers.gone:invalid_type',
      'headers.n:invalid_type',
    ]);
    expect(check({ status: 200, body: '', headers: ['x'] })).toEqual(['headers:invalid_type']);
  });

  it('refuses a response that is not an object with a ValidationError, not a TypeError', () => {
    for (const response of [null, undefined, 'ok', 200, [200, 'body']]) {
      expect(check(response)).toEqual(['response:invalid_type']);
    }
  });
});

// Every case here builds or reads texts of hundreds of megabytes: seconds each under a loaded run's
// contention, which vitest's 5 s default does not cover (a guard against a hang, not a time target).
describe('the UTF-8 size of keys, fingerprints and leases', { timeout: 60_000 }, () => {
  // Two bytes each in UTF-8, one in V8's memory: the largest texts here cost 256 MiB, not 512.
  const atLimit = '\u00e9'.repeat(MAX_IDEMPOTENCY_TEXT_BYTES / 2);

  it("refuses a key, fingerprint or lease past Redis' largest argument, less room for a key prefix", () => {
    // Redis 7.0 answers an argument over 512 MiB with an uncoded protocol error; a memory store kept it.
    expect(MAX_IDEMPOTENCY_TEXT_BYTES).toBe(512 * 1024 * 1024 - 1024);
    const over = `${atLimit}a`;
    expect(issuesOf(() => validateIdempotencyKey(over, over))).toEqual([
      'key:too_long',
      'fingerprint:too_long',
    ]);
    expect(issuesOf(() => validateIdempotencyHolder({ lease: over }))).toEqual(['lease:too_long']);
  });

  it('accepts texts of exactly the limit', () => {
    expect(issuesOf(() => validateIdempotencyKey(atLimit, atLimit))).toEqual([]);
    expect(issuesOf(() => validateIdempotencyHolder({ lease: atLimit }))).toEqual([]);
  });

  it('refuses a key whose store prefix takes it past the longest full key, fingerprints unchanged', () => {
    // 1,002 bytes of prefix: the full key of a key at the limit is 2 bytes past the longest full key.
    const validate = idempotencyKeyValidator('p'.repeat(1_002));
    expect(MAX_IDEMPOTENCY_FULL_KEY_BYTES - MAX_IDEMPOTENCY_TEXT_BYTES).toBe(1_000);
    expect(MAX_IDEMPOTENCY_FULL_KEY_BYTES).toBeLessThan(MAX_REDIS_ARGUMENT_BYTES);
    expect(issuesOf(() => validate(atLimit, atLimit))).toEqual(['key:too_long']);
    expect(issuesOf(() => validate(atLimit.slice(1), atLimit))).toEqual([]);
    expect(issuesOf(() => validate('k\ud800'))).toEqual(['key:not_well_formed']);
    // Within 1,000 bytes the prefix changes nothing: the port's own limit is the tighter one.
    expect(idempotencyKeyValidator('p'.repeat(1_000))).toBe(validateIdempotencyKey);
    expect(issuesOf(() => idempotencyKeyValidator('\u00e9'.repeat(500))(atLimit))).toEqual([]);
    expect(issuesOf(() => idempotencyKeyValidator('\u00e9'.repeat(501))(atLimit))).toEqual(['key:too_long']);
  });

  // Both stores join prefix and key: 1,010 bytes of prefix and a key of the port's limit in ASCII
  // made a string past V8's longest (a RangeError in the fake, DEPENDENCY_UNAVAILABLE from Redis').
  it('keeps every full key it accepts within the longest string V8 builds', () => {
    const prefix = 'p'.repeat(1_010);
    const key = 'k'.repeat(MAX_IDEMPOTENCY_FULL_KEY_BYTES - 1_010);
    expect(issuesOf(() => idempotencyKeyValidator(prefix)(key))).toEqual([]);
    expect(`${prefix}${key}`.length).toBe(MAX_IDEMPOTENCY_FULL_KEY_BYTES);
    expect(issuesOf(() => idempotencyKeyValidator(prefix)(`${key}k`))).toEqual(['key:too_long']);
  });

  // Redis writes an unpaired surrogate as U+FFFD: stores on `p\ud800` and `p\udc00` shared records there.
  it('refuses a prefix that is not key text: an unpaired surrogate, a non-string, past 512 MiB', () => {
    expect(issuesOf(() => idempotencyKeyValidator('p\ud800'))).toEqual(['keyPrefix:not_well_formed']);
    expect(issuesOf(() => idempotencyKeyValidator(5 as unknown as string))).toEqual([
      'keyPrefix:invalid_type',
    ]);
    expect(issuesOf(() => idempotencyKeyValidator(`${atLimit}${'\u00e9'.repeat(513)}`))).toEqual([
      'keyPrefix:too_long',
    ]);
    expect(issuesOf(() => idempotencyKeyValidator('p\ud83d\ude00'))).toEqual([]);
  });
});
