import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('amqp://guest:s3cret@127.0.0.1:5672/vhost')).toBe(
      'amqp://guest:***@127.0.0.1:5672/vhost',
    );
  });
  it('leaves a URL without password unchanged', () => {
    expect(redactUrl('amqp://127.0.0.1:5672')).toBe('amqp://127.0.0.1:5672');
  });
  it('hides the password of a string that is not a valid URL', () => {
    expect(redactUrl('amqp://u:p@ss@[bad')).not.toContain('p@ss');
  });
});
