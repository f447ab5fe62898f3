import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://test:s3cret@localhost:5432/db')).toBe(
      'postgres://test:***@localhost:5432/db',
    );
  });

  it('leaves a URL without password as it was', () => {
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('hides an unparsable string whole', () => {
    expect(redactUrl('//user:pw@host')).toBe('<unparsable URL>');
  });
});
