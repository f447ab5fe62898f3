import { eventually } from '@seams/contracts';
import { FakeClock, replySequence, startTestServer } from '@seams/fakes';
import { PaymentDeclinedError, PaymentUnavailableError } from '@seams/ports';
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
    const clock = new FakeClock();
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock,
      random: () => 0.5,
      baseDelayMs: 100,
    });
    const charging = gateway.charge(request);
    // The header's 1 s, not the 0-100 ms backoff; the 429's attempt timeout is already cancelled,
    // and the deadline needs no timer of its own (each wait and attempt is cut to fit it).
    await clock.untilSleeping(1_000);
    expect(clock.pendingSleeps).toEqual([1_000]);
    await clock.advance(1_000);
    // Then backoff: 0.5 x 200 ms.
    await clock.untilSleeping(100);
    await clock.advance(100);
    await expect(charging).resolves.toEqual({
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
    expect(clock.pendingTimers).toBe(0);
  });

  it('maps a 402 to PaymentDeclinedError with the provider code, without retrying', async () => {
    const server = await startTestServer(() => ({
      status: 402,
      body: { error: { type: 'card_error', code: 'insufficient_funds' } },
    }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: new FakeClock() });
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
      clock: new FakeClock(),
      random: () => 0, // zero backoff: nothing to advance
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

  it("names the caller's correlationId in every retry warning, and never sends it", async () => {
    const received: string[] = [];
    const server = await startTestServer((req) => {
      received.push(`${req.path}?${req.query} ${JSON.stringify(req.headers)} ${req.body}`);
      return { status: 503 };
    });
    const logged: Record<string, unknown>[] = [];
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock: new FakeClock(),
      random: () => 0,
      maxAttempts: 2,
      logger: { warn: (_message, fields) => logged.push({ ...fields }) },
    });
    await expect(gateway.charge({ ...request, correlationId: 'req-42' })).rejects.toBeInstanceOf(
      PaymentUnavailableError,
    );
    await expect(gateway.findCharge('key-1', { correlationId: 'req-43' })).rejects.toBeInstanceOf(
      PaymentUnavailableError,
    );
    await expect(gateway.charge(request)).rejects.toBeInstanceOf(PaymentUnavailableError);
    expect(logged.map((fields) => fields.correlationId)).toEqual(['req-42', 'req-43', undefined]);
    expect(logged.at(-1)).not.toHaveProperty('correlationId');
    expect(received.join('\n')).not.toContain('req-4');
  });

  it('never retries a 422 idempotency mismatch', async () => {
    const server = await startTestServer(() => ({
      status: 422,
      body: { error: { type: 'idempotency_error', code: 'idempotency_key_reused' } },
    }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: new FakeClock() });
    await expect(gateway.charge(request)).rejects.toMatchObject({
      code: 'PAYMENT_REQUEST_REJECTED',
      status: 422,
    });
    expect(server.callCount).toBe(1);
  });

  it('names the invalid field of a malformed charge body', async () => {
    const server = await startTestServer(() => ({ status: 201, body: { ...charge, amount: '12.50' } }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: new FakeClock() });
    await expect(gateway.charge(request)).rejects.toThrow(PaymentResponseError);
    await expect(gateway.charge(request)).rejects.toThrow(/"amount"/);
  });

  it('abandons an attempt that hangs past its timeout and retries it', async () => {
    const server = await startTestServer(replySequence({ hang: true }, { status: 201, body: charge }));
    const clock = new FakeClock();
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock,
      random: () => 0,
      attemptTimeoutMs: 100,
    });
    const charging = gateway.charge(request);
    await eventually(() => server.callCount >= 1, 'the first request', { intervalMs: 1 });
    await clock.advance(100);
    // Nobody advances the clock again, so the second attempt cannot time out however slow it is.
    await expect(charging).resolves.toMatchObject({ id: 'ch_1' });
    expect(server.callCount).toBe(2);
  });

  it('gives up at the deadline on its clock while an attempt hangs', async () => {
    const server = await startTestServer(() => ({ hang: true }));
    const clock = new FakeClock();
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock,
      attemptTimeoutMs: 10_000,
      deadlineMs: 3_000,
    });
    const charging = gateway.charge(request).catch((e: unknown) => e);
    await eventually(() => server.callCount >= 1, 'the first request', { intervalMs: 1 });
    await clock.advance(3_000);
    const error = await charging;
    expect(error).toBeInstanceOf(PaymentUnavailableError);
    expect(String(error)).toContain('3000 ms deadline');
    expect(server.callCount).toBe(1);
    expect(clock.pendingTimers).toBe(0);
  });

  it('cuts a later attempt to what is left of the deadline, and never waits past it', async () => {
    const server = await startTestServer(replySequence({ status: 500 }, { hang: true }, { status: 201 }));
    const clock = new FakeClock();
    const gateway = new HttpPaymentGateway({
      baseUrl: server.url,
      apiKey: API_KEY,
      clock,
      random: () => 0.5,
      baseDelayMs: 2_000,
      attemptTimeoutMs: 10_000,
      deadlineMs: 3_000,
    });
    const charging = gateway.charge(request).catch((e: unknown) => e);
    // The 500's wait: 0.5 x 2 s.
    await clock.untilSleeping(1_000);
    await clock.advance(1_000);
    await eventually(() => server.callCount >= 2, 'the second request', { intervalMs: 1 });
    // The second attempt may run 2 s (the deadline's rest), not its own 10 s.
    expect(clock.pendingSleeps).toEqual([2_000]);
    await clock.advance(2_000);
    const error = await charging;
    expect(error).toBeInstanceOf(PaymentUnavailableError);
    expect(String(error)).toContain('3000 ms deadline');
    expect(server.callCount).toBe(2);
    expect(clock.pendingTimers).toBe(0);
  });

  it("rejects with the caller's abort reason", async () => {
    const server = await startTestServer(() => ({ hang: true }));
    const gateway = new HttpPaymentGateway({ baseUrl: server.url, apiKey: API_KEY, clock: new FakeClock() });
    const controller = new AbortController();
    const charging = gateway.charge({ ...request, signal: controller.signal });
    charging.catch(() => {}); // asserted below, after the abort
    await eventually(() => server.callCount >= 1, 'the first request', { intervalMs: 1 });
    const reason = new Error('client went away');
    controller.abort(reason);
    await expect(charging).rejects.toBe(reason);
  });
});
