import { describe, expect, it } from 'vitest';
import { decodeStoredResponse, encodeStoredResponse } from './stored-response-codec.js';

describe('stored response codec', () => {
  it('writes versioned JSON with lone surrogates escaped, and reads it back unchanged', () => {
    const response = { status: 200, body: 'a\udc00b 🧾', headers: { etag: '"x"' } };
    const json = encodeStoredResponse(response);
    expect(json).toBe('{"v":1,"status":200,"body":"a\\udc00b 🧾","headers":{"etag":"\\"x\\""}}');
    expect(decodeStoredResponse(json)).toStrictEqual(response);
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
