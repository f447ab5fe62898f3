import { describe, expect, it } from 'vitest';
import { readIdempotencyLease, readStoredResponse } from './idempotency-input.js';
import type { IdempotencyHolder, StoredResponse } from './idempotency-store.js';

/** An object whose properties are getters answering `values[name]` in turn and counting reads. */
function counting(values: Record<string, readonly unknown[]>) {
  const reads: Record<string, number> = {};
  const target = {};
  for (const [name, answers] of Object.entries(values)) {
    reads[name] = 0;
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        const value = answers[Math.min(reads[name] ?? 0, answers.length - 1)];
        reads[name] = (reads[name] ?? 0) + 1;
        if (value instanceof Error) throw value;
        return value;
      },
    });
  }
  return { target, reads };
}

describe('readStoredResponse', () => {
  it('reads status, body, headers and each header once, and returns a plain copy of those reads', () => {
    const headers = counting({ etag: ['"a"', 5] });
    const response = counting({ status: [200, 700], body: ['first', 9], headers: [headers.target, 'x'] });
    const copy = readStoredResponse(response.target as StoredResponse);
    expect(copy).toStrictEqual({ status: 200, body: 'first', headers: { etag: '"a"' } });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(response.reads).toEqual({ status: 1, body: 1, headers: 1 });
    expect(headers.reads).toEqual({ etag: 1 });
  });

  it('validates the copy: what is refused is what was read, once', () => {
    const response = counting({ status: [Number.NaN, 200], body: ['b'] });
    expect(() => readStoredResponse(response.target as StoredResponse)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: 'status', code: 'out_of_range' })],
      }),
    );
    expect(response.reads).toEqual({ status: 1, body: 1 });
  });

  it('lets a getter that throws on its first read fail the call, and is never read again', () => {
    const response = counting({ status: [200], body: [new RangeError('body')], headers: [{}] });
    expect(() => readStoredResponse(response.target as StoredResponse)).toThrow(RangeError);
    expect(response.reads).toEqual({ status: 1, body: 1, headers: 0 });
  });

  it("copies the headers' own entries only, and omits headers read as undefined", () => {
    const headers = Object.create({ inherited: 'no', toJSON: () => 'no' }) as Record<string, string>;
    headers.own = 'yes';
    expect(readStoredResponse({ status: 201, body: '', headers })).toStrictEqual({
      status: 201,
      body: '',
      headers: { own: 'yes' },
    });
    expect(readStoredResponse({ status: 204, body: '', headers: undefined })).toStrictEqual({
      status: 204,
      body: '',
    });
  });

  it.each([null, 'text', ['a'], 5])('refuses %j as validateStoredResponse does', (response) => {
    expect(() => readStoredResponse(response as unknown as StoredResponse)).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'response' })] }),
    );
  });

  it('refuses headers that are not an object of strings, by the header', () => {
    const read = (headers: unknown) => () =>
      readStoredResponse({ status: 200, body: '', headers } as unknown as StoredResponse);
    expect(read(['a'])).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'headers' })] }),
    );
    expect(read({ a: 1 })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'headers.a' })] }),
    );
  });
});

describe('readIdempotencyLease', () => {
  it('reads the lease once and returns that read', () => {
    const holder = counting({ lease: ['l-1', 'l-2', new RangeError('third')] });
    expect(readIdempotencyLease(holder.target as IdempotencyHolder)).toBe('l-1');
    expect(holder.reads).toEqual({ lease: 1 });
  });

  it.each([undefined, null, {}, 'text', Object.create({ lease: undefined })])(
    'answers undefined (any holder) for %j',
    (holder) => {
      expect(readIdempotencyLease(holder as IdempotencyHolder)).toBeUndefined();
    },
  );

  it('finds an inherited lease', () => {
    expect(readIdempotencyLease(Object.create({ lease: 'l' }) as IdempotencyHolder)).toBe('l');
  });

  it.each([
    ['', 'too_short'],
    [null, 'invalid_type'],
    [5, 'invalid_type'],
    ['l\ud800', 'not_well_formed'],
  ])('refuses a lease of %j (%s), reading it once', (lease, code) => {
    const holder = counting({ lease: [lease, 'fine'] });
    expect(() => readIdempotencyLease(holder.target as IdempotencyHolder)).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'lease', code })] }),
    );
    expect(holder.reads).toEqual({ lease: 1 });
  });
});
