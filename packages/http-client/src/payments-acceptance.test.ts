import { FakeClock, FakePaymentsProvider, mockHttp } from '@seams/fakes';
import { PaymentUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { HttpPaymentGateway } from './http-payment-gateway.js';

const request = {
  amount: { amount: 4200, currency: 'EUR' },
  paymentToken: 'tok_visa',
  idempotencyKey: 'order-42-charge',
  reference: 'order-42',
};

describe('issue 6 acceptance', () => {
  it('with mockHttp active, a request to any other host fails naming that host', async () => {
    const http = mockHttp();
    http.post('https://payments.example/v1/charges').reply(201, {});
    // A gateway misconfigured to another host: its retries swallow the network errors...
    const gateway = new HttpPaymentGateway({
      baseUrl: 'https://payments.elsewhere.example',
      apiKey: 'sk_test_acceptance',
      clock: new FakeClock(),
      random: () => 0, // zero backoff: the second attempt follows at once
      maxAttempts: 2,
    });
    const error = await gateway.charge(request).catch((e: unknown) => e);
    // ...each failed as a refused connection does, the mock's explanation on the cause...
    expect(error).toBeInstanceOf(PaymentUnavailableError);
    expect((error as Error).cause).toMatchObject({
      code: 'ECONNREFUSED',
      explanation: expect.stringContaining('request to host payments.elsewhere.example was blocked'),
    });
    // ...so the scope's end-of-test check is what fails the test, naming the host.
    expect(() => http.restore({ verify: true })).toThrow(
      /unmatched requests during the test:\n {2}- mockHttp: no mock matches POST payments\.elsewhere\.example\/v1\/charges .*request to host payments\.elsewhere\.example was blocked/,
    );
  });

  it('429 (Retry-After: 1), 500, then success: one charge, three requests with one key, a 1 s wait', async () => {
    const provider = await FakePaymentsProvider.start({ apiKey: 'sk_test_acceptance' });
    provider.failNext(1, { status: 429, retryAfter: 1 });
    provider.failNext(1, { status: 500 });
    const clock = new FakeClock();
    const gateway = new HttpPaymentGateway({
      baseUrl: provider.url,
      apiKey: provider.apiKey,
      clock,
      random: () => 0.5,
      baseDelayMs: 100,
    });
    const charging = gateway.charge(request);
    // The first wait is the header's 1 s (not the 0-100 ms backoff); the second is backoff (0.5 x 200 ms).
    await clock.untilSleeping(1_000);
    await clock.advance(1_000);
    await clock.untilSleeping(100);
    await clock.advance(100);
    const charge = await charging;
    expect(provider.charges).toEqual([
      expect.objectContaining({ id: charge.id, idempotencyKey: 'order-42-charge' }),
    ]);
    expect(provider.requests.map((r) => [r.status, r.idempotencyKey, r.authenticated])).toEqual([
      [429, 'order-42-charge', true],
      [500, 'order-42-charge', true],
      [201, 'order-42-charge', true],
    ]);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:01.100Z');
  });

  it('honours Retry-After given as an HTTP date, measured on the injected clock', async () => {
    const provider = await FakePaymentsProvider.start();
    const clock = new FakeClock('2026-06-01T12:00:00Z');
    provider.failNext(1, { status: 503, retryAfter: 'Mon, 01 Jun 2026 12:00:03 GMT' });
    const gateway = new HttpPaymentGateway({ baseUrl: provider.url, apiKey: provider.apiKey, clock });
    const charging = gateway.charge(request);
    await clock.untilSleeping(3_000);
    await clock.advance(3_000);
    await charging;
    expect(provider.charges).toHaveLength(1);
  });

  it('the same sequence scripted with mockHttp (no socket): 429, 500, 200', async () => {
    const http = mockHttp();
    http
      .post('https://payments.example/v1/charges')
      .header('idempotency-key', 'order-42-charge')
      .json({ amount: 4200, currency: 'EUR', source: 'tok_visa', reference: 'order-42' })
      .replySequence(
        {
          status: 429,
          headers: { 'retry-after': '1' },
          body: { error: { type: 'rate_limit_error', code: 'rate_limited' } },
        },
        { status: 500, body: { error: { type: 'api_error', code: 'internal' } } },
        {
          status: 200,
          body: {
            id: 'ch_1',
            object: 'charge',
            amount: 4200,
            currency: 'EUR',
            reference: 'order-42',
            status: 'succeeded',
            created: 1,
          },
        },
      );
    const clock = new FakeClock();
    const gateway = new HttpPaymentGateway({
      baseUrl: 'https://payments.example',
      apiKey: 'sk_test_acceptance',
      clock,
      random: () => 0,
    });
    const charging = gateway.charge(request);
    // The header's 1 s; the backoff after the 500 is 0 ms (random 0) and needs no advance.
    await clock.untilSleeping(1_000);
    await clock.advance(1_000);
    await expect(charging).resolves.toEqual({
      id: 'ch_1',
      amount: request.amount,
      reference: 'order-42',
    });
    expect(http.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'order-42-charge',
      'order-42-charge',
      'order-42-charge',
    ]);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:01.000Z');
    http.assertAllDone();
  });
});
