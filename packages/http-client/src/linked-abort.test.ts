import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FakeClock, mockHttp } from '@seams/fakes';
import { PaymentUnavailableError, SystemClock } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { HttpPaymentGateway } from './http-payment-gateway.js';
import { linkedAbort } from './linked-abort.js';

/** The engine's collector, reachable without starting node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('linkedAbort', () => {
  it('aborts with the first source reason, or with a TimeoutError once the clock passes ms', async () => {
    const clock = new FakeClock();
    const source = new AbortController();
    const linked = linkedAbort(clock, [undefined, source.signal], 10_000);
    const reason = new Error('caller left');
    source.abort(reason);
    expect(linked.signal.reason).toBe(reason);
    linked.dispose();
    expect(clock.pendingTimers).toBe(0);
    const timed = linkedAbort(clock, [], 5);
    await clock.advance(4);
    expect(timed.signal.aborted).toBe(false);
    await clock.advance(1);
    expect(timed.signal.reason).toMatchObject({ name: 'TimeoutError' });
    timed.dispose();
    expect(linkedAbort(clock, [AbortSignal.abort('early')], 5).signal.reason).toBe('early');
    expect(clock.pendingTimers).toBe(0);
  });

  it('cancels its sleep with a shared reason, never a DOMException built per call', async () => {
    const signals: AbortSignal[] = [];
    const clock = new FakeClock();
    const sleep = clock.sleep.bind(clock);
    clock.sleep = (ms, signal) => {
      if (signal) signals.push(signal);
      return sleep(ms, signal);
    };
    for (const linked of [linkedAbort(clock, [], 5_000), linkedAbort(clock, [], 5_000)]) linked.dispose();
    const [first, second] = signals.map((signal) => signal.reason);
    expect(first).not.toBeInstanceOf(DOMException);
    expect(first).toBeInstanceOf(Error);
    expect(second).toBe(first);
    expect(clock.pendingTimers).toBe(0);
  });

  it('keeps a hung intercepted attempt timing out across garbage collections (SystemClock)', async () => {
    // The production clock on purpose: only its timer closure keeps the controller alive here.
    const gc = collector();
    const http = mockHttp();
    http.post('https://payments.example/v1/charges').persist().replyWith({ hang: true });
    const gateway = new HttpPaymentGateway({
      baseUrl: 'https://payments.example',
      apiKey: 'sk_test_gc',
      clock: new SystemClock(),
      random: () => 0,
      maxAttempts: 2,
      attemptTimeoutMs: 60,
    });
    let settled = false;
    const charging = gateway
      .charge({ amount: { amount: 100, currency: 'EUR' }, paymentToken: 'tok_visa', idempotencyKey: 'gc-1' })
      .catch((error: unknown) => error)
      .finally(() => {
        settled = true;
      });
    // Collect repeatedly while the attempts hang, however long they take on a loaded machine.
    while (!settled) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await expect(charging).resolves.toBeInstanceOf(PaymentUnavailableError);
    expect(http.requests).toHaveLength(2);
  });
});
