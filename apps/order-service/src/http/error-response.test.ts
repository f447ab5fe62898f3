import { DependencyUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { toErrorResponse } from './error-response.js';
import { HttpError } from './http-error.js';

const request = { method: 'GET', url: '/orders/x', bodyLimit: 1_024 };

describe('toErrorResponse', () => {
  it.each([
    ['postgres', 'PostgreSQL is unavailable: connect ECONNREFUSED 10.0.3.7:5432', 'the database'],
    [
      'idempotency-store',
      'Redis did not answer begin (connect ECONNREFUSED cache.internal:6379)',
      'the idempotency store',
    ],
    ['rabbitmq', 'cannot connect to RabbitMQ at amqp://guest:***@mq:5672', 'the broker'],
  ])(
    'a %s outage is a 503 naming the part by its role, never the driver’s text',
    (dependency, driverText, role) => {
      const response = toErrorResponse(new DependencyUnavailableError(dependency, driverText), request);
      expect(response).toEqual({
        status: 503,
        body: {
          code: 'DEPENDENCY_UNAVAILABLE',
          message: `${role} is unavailable; retry later`,
          details: { dependency, retryable: true },
        },
      });
    },
  );

  it('answers an HttpError as it is, and anything unknown as a 500 that tells nothing', () => {
    expect(
      toErrorResponse(new HttpError(414, 'URI_TOO_LONG', 'too long', { maxLength: 9 }), request),
    ).toEqual({
      status: 414,
      body: { code: 'URI_TOO_LONG', message: 'too long', details: { maxLength: 9 } },
    });
    expect(toErrorResponse(new Error('secret internals at 10.0.0.1'), request)).toEqual({
      status: 500,
      body: { code: 'INTERNAL', message: 'internal error', details: {} },
    });
  });
});
