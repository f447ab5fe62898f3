import { describe, expect, it } from 'vitest';
import { probe, reasonOf } from './readiness.js';

const withCode = (code: string, message: string, extra: object = {}) =>
  Object.assign(new Error(message), { code, ...extra });

describe('reasonOf', () => {
  it.each([
    [withCode('ECONNREFUSED', 'connect ECONNREFUSED 10.0.3.7:6379'), 'connection refused'],
    [withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND redis.internal'), 'host not found'],
    [
      withCode('PUBLISH_FAILED', 'RabbitMQ did not confirm a probe', { reason: 'timeout' }),
      'publish not confirmed (timeout)',
    ],
    [new Error('Connection terminated due to connection timeout'), 'timed out'],
    [new Error('Command timed out'), 'timed out'],
    [new Error('Connection is closed.'), 'connection closed'],
    [
      Object.assign(new Error('Reached the max retries per request limit'), {
        name: 'MaxRetriesPerRequestError',
      }),
      'connection lost, reconnecting',
    ],
    [
      new Error('wrapped', { cause: withCode('ECONNRESET', 'read ECONNRESET 10.0.0.1:5432') }),
      'connection reset',
    ],
    [new Error('NOAUTH Authentication required for redis://:pw@cache.internal:6379'), 'failed'],
    ['a string', 'failed'],
  ])('%s → %s, naming no host, port or URL', (error, reason) => {
    expect(reasonOf(error)).toBe(reason);
  });
});

describe('probe', () => {
  it('runs the checks at once, bounds each, and tells the caller the full error', async () => {
    const heard: string[] = [];
    const started = Date.now();
    const report = await probe(
      {
        fine: async () => undefined,
        hangs: () => new Promise<void>(() => undefined),
        alsoHangs: () => new Promise<void>(() => undefined),
        refuses: async () => {
          throw withCode('ECONNREFUSED', 'connect ECONNREFUSED 10.0.3.7:5432');
        },
      },
      200,
      (name, error) => heard.push(`${name}: ${(error as Error).message}`),
    );
    expect(report).toEqual({
      fine: 'ok',
      hangs: 'unavailable: no answer within 200 ms',
      alsoHangs: 'unavailable: no answer within 200 ms',
      refuses: 'unavailable: connection refused',
    });
    // Two hanging checks cost one timeout, not two: they run at once.
    expect(Date.now() - started).toBeLessThan(390);
    expect(heard).toContain('refuses: connect ECONNREFUSED 10.0.3.7:5432');
  });
});
