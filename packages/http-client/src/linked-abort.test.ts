import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { InstantClock, mockHttp } from '@seams/fakes';
import { PaymentUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { HttpPaymentGateway } from './http-payment-gateway.js';
import { linkedAbort } from './linked-abort.js';

/** The engine's collector, reachable without starting node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('linkedAbort', () => {
  it('aborts with the first source reason, or with a TimeoutError after ms', async () => {
    const source = new AbortController();
    const linked = linkedAbort([undefined, source.signal], 10_000);
    const reason = new Error('caller left');
    source.abort(reason);
    expect(linked.signal.reason).toBe(reason);
    linked.dispose();
    const timed = linkedAbort([], 5);
    await new Promise((resolve) => timed.signal.addEventListener('abort', resolve));
    expect(timed.signal.reason).toMatchObject({ name: 'TimeoutError' });
    expect(linkedAbort([AbortSignal.abort('early')], 5).signal.reason).toBe('early');
  });

  it('keeps a hung intercepted attempt timing out across garbage collections', async () => {
    const gc = collector();
    const http = mockHttp();
    http.post('https://payments.example/v1/charges').persist().replyWith({ hang: true });
    const gateway = new HttpPaymentGateway({
      baseUrl: 'https://payments.example',
      apiKey: 'sk_test_gc',
      clock: new InstantClock(),
      maxAttempts: 2,
      attemptTimeoutMs: 60,
    });
    const charging = gateway
      .charge({ amount: { amount: 100, currency: 'EUR' }, paymentToken: 'tok_visa', idempotencyKey: 'gc-1' })
      .catch((error: unknown) => error);
    for (let i = 0; i < 10; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await expect(charging).resolves.toBeInstanceOf(PaymentUnavailableError);
    expect(http.requests).toHaveLength(2);
  });
});
