import { FakeClock, mockHttp, type NetworkFailure, startTestServer } from '@seams/fakes';
import { PaymentUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { HttpPaymentGateway } from './http-payment-gateway.js';

const request = {
  amount: { amount: 4200, currency: 'EUR' },
  paymentToken: 'tok_visa',
  idempotencyKey: 'order-42-charge',
};

/** The low-level code `node:http` reports for each failure. */
const CODES: Record<NetworkFailure, string> = {
  refused: 'ECONNREFUSED',
  reset: 'ECONNRESET',
  closed: 'ECONNRESET',
};

/** A real peer on loopback failing every request the way `failure` names. */
async function failingPeer(failure: NetworkFailure): Promise<string> {
  if (failure === 'refused') {
    const server = await startTestServer(() => ({}));
    await server.close();
    return server.url;
  }
  return (await startTestServer(() => (failure === 'reset' ? { reset: true } : { disconnect: true }))).url;
}

/** What the gateway's caller can tell about the failure: the error, and the last attempt's cause down to its code. */
async function outcome(baseUrl: string): Promise<unknown> {
  const gateway = new HttpPaymentGateway({
    baseUrl,
    apiKey: 'sk_test_failures',
    clock: new FakeClock(),
    random: () => 0, // zero backoff: the second attempt follows at once
    maxAttempts: 2,
  });
  const error = await gateway.charge(request).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PaymentUnavailableError))
    throw new Error(`expected unavailable, got ${String(error)}`);
  const cause = error.cause as Error & { code?: string };
  return {
    name: error.name,
    message: error.message,
    attempts: error.attempts,
    lastStatus: error.lastStatus,
    cause: { name: cause.name, message: cause.message, code: cause.code },
  };
}

describe('HttpPaymentGateway classifies network failures the same under mockHttp as over loopback', () => {
  it.each<NetworkFailure>(['refused', 'reset', 'closed'])('%s', async (failure) => {
    const baseUrl = await failingPeer(failure);
    const real = await outcome(baseUrl);
    const http = mockHttp();
    http.post(`${baseUrl}/v1/charges`).persist().networkError(failure);
    const mocked = await outcome(baseUrl);
    http.restore();
    expect(mocked).toEqual(real);
    expect(real).toMatchObject({
      name: 'PaymentUnavailableError',
      attempts: 2,
      cause: { code: CODES[failure] },
    });
  });
});
