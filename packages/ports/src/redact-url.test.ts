import { describe, expect, it } from 'vitest';
import { REDACTED, redactUrl, UNPARSABLE_URL } from './redact-url.js';

describe('redactUrl', () => {
  it.each([
    ['postgres://app:s3cret@db:5432/shop', 'postgres://app:***@db:5432/shop'],
    ['amqp://guest:s3cret@127.0.0.1:5672/vhost', 'amqp://guest:***@127.0.0.1:5672/vhost'],
    ['rediss://:s3cret@cache:6380/2', 'rediss://:***@cache:6380/2'],
    [
      'postgresql://app:p%40ss%3Aword@db/shop?sslmode=require',
      'postgresql://app:***@db/shop?sslmode=require',
    ],
    ['postgres://db/shop?user=app&password=s3cret', 'postgres://db/shop?user=app&password=***'],
    [
      'https://api.example.test/v1?api_key=s3cret&sslkey=/k.pem&Token=s3cret&limit=5',
      'https://api.example.test/v1?api_key=***&sslkey=***&Token=***&limit=5',
    ],
    ['https://api.example.test/cb#access_token=s3cret', 'https://api.example.test/cb'],
  ])('%s → %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it('leaves a URL without secrets as it was, user name included', () => {
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redactUrl('postgres://app@db/shop')).toBe('postgres://app@db/shop');
    expect(redactUrl('unix:///var/run/docker.sock')).toBe('unix:///var/run/docker.sock');
  });

  it('hides every repeated credential parameter', () => {
    const redacted = redactUrl('http://h/?token=a&token=b');
    expect(redacted).toBe(`http://h/?token=${REDACTED}`);
    expect(redacted).not.toMatch(/=a|=b/);
  });

  it.each([
    'amqp://u:p@ss@[bad',
    'postgres://app:s3cret@[::1:bad/shop',
    '//user:s3cret@host',
    'host=db password=s3cret',
    '',
  ])('gives the fixed placeholder, never the input, for the unparsable %j', (input) => {
    expect(redactUrl(input)).toBe(UNPARSABLE_URL);
  });
});
