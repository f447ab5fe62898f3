import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { MAX_IDEMPOTENCY_TEXT_BYTES } from './idempotency-limits.js';
import {
  decodeStoredResponse,
  encodeStoredResponse,
  encodeStoredResponseWith,
  jsonStringBytes,
} from './stored-response-codec.js';

describe('stored response codec', () => {
  it('writes versioned JSON with lone surrogates escaped, and reads it back unchanged', () => {
    const response = { status: 200, body: 'a\udc00b 🧾', headers: { etag: '"x"' } };
    const json = encodeStoredResponse(response);
    expect(json).toBe('{"v":1,"status":200,"body":"a\\udc00b 🧾","headers":{"etag":"\\"x\\""}}');
    expect(decodeStoredResponse(json)).toStrictEqual(response);
  });

  it("writes the headers' own entries, not what an inherited toJSON makes of them", () => {
    const headers = Object.create({ toJSON: () => 'no' }) as Record<string, string>;
    headers.etag = '"x"';
    const json = encodeStoredResponse({ status: 200, body: '', headers });
    expect(decodeStoredResponse(json)).toStrictEqual({ status: 200, body: '', headers: { etag: '"x"' } });
  });

  it("reads status and body as properties, not through the response's own toJSON", () => {
    const response = { status: 201, body: 'b', toJSON: () => ({ status: 500 }) };
    expect(decodeStoredResponse(encodeStoredResponse(response))).toStrictEqual({ status: 201, body: 'b' });
  });

  it('omits absent headers both ways', () => {
    const json = encodeStoredResponse({ status: 204, body: '' });
    expect(json).toBe('{"v":1,"status":204,"body":""}');
    expect(decodeStoredResponse(json)).toStrictEqual({ status: 204, body: '' });
  });

  it.each([
    ['{oops', 'response is not JSON'],
    ['{"v":2,"status":200,"body":""}', 'unsupported response version'],
    ['[1]', 'unsupported response version'],
    ['{"v":1,"status":"200","body":""}', 'response lacks status or body'],
    ['{"v":1,"status":200,"body":"","headers":{"a":1}}', 'response headers are not strings'],
  ])('says why %s cannot be read', (json, reason) => {
    expect(decodeStoredResponse(json)).toBe(reason);
  });

  // About 6 s alone (two JSON texts of 512 MiB); beside CI's Testcontainers pass on 2 cores it once
  // took more than 60: a guard against a hang, not a time target.
  it("refuses a response whose stored form is past Redis' largest argument, escapes counted", {
    timeout: 180_000,
  }, () => {
    const refused = (response: { status: number; body: string }) => {
      try {
        encodeStoredResponse(response);
      } catch (error) {
        if (error instanceof ValidationError) return error.issues.map((i) => `${i.path}:${i.code}`);
        throw error;
      }
      return [];
    };
    // The JSON around the body is 30 bytes: a body 30 bytes short of the limit fits (the limit is
    // inclusive, as the key tests show), one more does not.
    const wrapper = encodeStoredResponse({ status: 200, body: '' }).length;
    expect(wrapper).toBe(30);
    const fits = '\u00e9'.repeat((MAX_IDEMPOTENCY_TEXT_BYTES - wrapper) / 2);
    expect(refused({ status: 200, body: `${fits}a` })).toEqual(['response:too_long']);
    // A NUL is one byte of UTF-8 but six of JSON (\\u0000): two characters short of fitting, plus a
    // NUL, is four bytes short as text and two past the limit as stored.
    expect(refused({ status: 200, body: `${fits.slice(2)}\u0000` })).toEqual(['response:too_long']);
  });

  it("refuses as too_long a response whose JSON is past V8's longest string, not with a RangeError", () => {
    // What JSON.stringify throws on a body of 90 million NULs (540 million code units of escapes).
    const v8Refuses = () => {
      throw new RangeError('Invalid string length');
    };
    const thrown = (() => {
      try {
        encodeStoredResponseWith({ status: 200, body: 'b' }, v8Refuses);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({ issues: [{ path: 'response', code: 'too_long' }] });
    expect((thrown as Error).cause).toBeInstanceOf(RangeError);
    const otherFailure = () => {
      throw new TypeError('not a length');
    };
    expect(() => encodeStoredResponseWith({ status: 200, body: 'b' }, otherFailure)).toThrow(TypeError);
  });

  it('refuses a body or headers whose escapes alone pass the limit without writing the JSON', {
    timeout: 60_000,
  }, () => {
    const neverRun = () => {
      throw new Error('the JSON was written');
    };
    // Six bytes of JSON each: one NUL more than a sixth of the limit is past it as text alone.
    const past = Math.floor(MAX_IDEMPOTENCY_TEXT_BYTES / 6) + 1;
    const nuls = '\u0000'.repeat(past);
    const tooLong = [expect.objectContaining({ path: 'response', code: 'too_long' })];
    expect(() => encodeStoredResponseWith({ status: 200, body: nuls }, neverRun)).toThrowError(
      expect.objectContaining({ issues: tooLong }),
    );
    const half = Math.ceil(past / 2);
    const headers = { a: nuls.slice(0, half), b: nuls.slice(0, past - half) };
    expect(() => encodeStoredResponseWith({ status: 200, body: '', headers }, neverRun)).toThrowError(
      expect.objectContaining({ issues: tooLong }),
    );
    // One NUL fewer is within the limit as text: the JSON is written, and measured whole.
    expect(() => encodeStoredResponseWith({ status: 200, body: nuls.slice(1) }, neverRun)).toThrow(
      'the JSON was written',
    );
  });

  // Every UTF-16 unit and pair: about a second alone, past vitest's 5 s beside CI's other passes (2026-12-06).
  it('counts the escaped UTF-8 of every UTF-16 unit, and of pairs, as JSON.stringify writes it', {
    timeout: 60_000,
  }, () => {
    const written = (text: string) => Buffer.byteLength(JSON.stringify(text), 'utf8') - 2;
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    for (const unit of units)
      expect.soft(jsonStringBytes(unit), `U+${unit.charCodeAt(0).toString(16)}`).toBe(written(unit));
    const mixed = ['😀', '\ud83d\ude00\ud83d', '\ude00\ud83d', 'a\u0000"\\\n\u007f\u0080é€', '\udbff\udfff'];
    for (const text of mixed) expect(jsonStringBytes(text), JSON.stringify(text)).toBe(written(text));
    expect(jsonStringBytes(units.join(''))).toBe(written(units.join('')));
  });
});
