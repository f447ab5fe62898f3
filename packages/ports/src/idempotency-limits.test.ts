import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { validateIdempotencyKey, validateStoredResponse } from './idempotency-limits.js';
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
