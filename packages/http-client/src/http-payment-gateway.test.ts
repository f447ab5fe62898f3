import { replySequence, startTestServer } from '@seams/fakes';
import { type Clock, PaymentDeclinedError, PaymentUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { PaymentResponseError } from './errors.js';
import { HttpPaymentGateway } from './http-payment-gateway.js';

const API_KEY = 'sk_test_do_not_leak_42';
const charge = {
  id: 'ch_1',
  object: 'charge',
  amount: 1250,
  currency: 'EUR',
  reference: 'order-1',
  status: 'succeeded',
  created: 1,
};
const request = {
  amount: { amount: 1250, currency: 'EUR' },
  paymentToken: 'tok_visa',
  idempotencyKey: 'key-1',
  reference: 'order-1',
};

/** A clock whose sleeps return at once and are recorded, so retries never wait for real. */
function recordingClock(): Clock & { readonly slept: number[] } {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const slept: number[] = [];
  return {
    slept,
    now: () => new Date(now),
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('HttpPaymentGateway', () => {
  it('429 (Retry-After: 1), 500, 201: one charge, three requests with one key, a 1 s wait', async () => {
    const server = await startTestServer(
      replySequence(
        {
          status: 429,
          headers: { 'retry-after': '1' },
          body: { error: { type: 'rate_limit_error', code: 'rate_limited' } },
        },
        { status: 500 },
        { status: 201, body: charge },
      ),
    );
    const clock = recordingClock();
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock,
      random: () => 0.5,
      baseDelayMs: 100,
    });
    await expect(gateway.charge(request)).resolves.toEqual({
      id: 'ch_1',
      amount: request.amount,
      reference: 'order-1',
    });
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['key-1', 'key-1', 'key-1']);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(server.requests[0]?.json()).toEqual({
      amount: 1250,
      currency: 'EUR',
      source: 'tok_visa',
      reference: 'order-1',
    });
    expect(clock.slept).toEqual([1_000, 100]);
  });

  it('maps a 402 to PaymentDeclinedError with the provider code, without retrying', async () => {
    const server = await startTestServer(() => ({
      status: 402,
      body: { error: { type: 'card_error', code: 'insufficient_funds' } },
    }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: recordingClock() });
    await expect(gateway.charge(request)).rejects.toMatchObject({
      name: 'PaymentDeclinedError',
      declineCode: 'insufficient_funds',
    });
    expect(server.callCount).toBe(1);
    await expect(gateway.charge(request)).rejects.toBeInstanceOf(PaymentDeclinedError);
  });

  it('gives PaymentUnavailableError with attempts and last status, never naming the key', async () => {
    const server = await startTestServer(() => ({ status: 503 }));
    const logged: string[] = [];
    const logger = {
      warn: (message: string, fields: object) => logged.push(message + JSON.stringify(fields)),
    };
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock: recordingClock(),
      maxAttempts: 3,
      logger,
    });
    const error = await gateway.charge(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentUnavailableError);
    expect(error).toMatchObject({ attempts: 3, lastStatus: 503 });
    expect(server.callCount).toBe(3);
    expect(logged).toHaveLength(2);
    expect(`${String(error)}${JSON.stringify(error)}${logged.join('')}`).not.toContain(API_KEY);
  });

  it('never retries a 422 idempotency mismatch', async () => {
    const server = await startTestServer(() => ({
      status: 422,
      body: { error: { type: 'idempotency_error', code: 'idempotency_key_reused' } },
    }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: recordingClock() });
    await expect(gateway.charge(request)).rejects.toMatchObject({
      code: 'PAYMENT_REQUEST_REJECTED',
      status: 422,
    });
    expect(server.callCount).toBe(1);
  });

  it('names the invalid field of a malformed charge body', async () => {
    const server = await startTestServer(() => ({ status: 201, body: { ...charge, amount: '12.50' } }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: recordingClock() });
    await expect(gateway.charge(request)).rejects.toThrow(PaymentResponseError);
    await expect(gateway.charge(request)).rejects.toThrow(/"amount"/);
  });

  it('abandons an attempt that hangs past its timeout and retries it', async () => {
    const server = await startTestServer(replySequence({ hang: true }, { status: 201, body: charge }));
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock: recordingClock(),
      attemptTimeoutMs: 100,
    });
    await expect(gateway.charge(request)).resolves.toMatchObject({ id: 'ch_1' });
    expect(server.callCount).toBe(2);
  });

  it("rejects with the caller's abort reason", async () => {
    const server = await startTestServer(() => ({ hang: true }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: recordingClock() });
    const controller = new AbortController();
    const charging = gateway.charge({ ...request, signal: controller.signal });
    const reason = new Error('client went away');
    setTimeout(() => controller.abort(reason), 50);
    await expect(charging).rejects.toBe(reason);
  });
});
