import { describe, expect, it } from 'vitest';
import { decodeStoredResponse, encodeStoredResponse } from './stored-response-codec.js';

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
});
