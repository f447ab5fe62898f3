import { describePaymentGatewayContract } from '@seams/contracts';
import { PaymentUnavailableError } from '@seams/ports';
import { FakeClock } from '../clock/fake-clock.js';
import { InMemoryPaymentGateway } from './in-memory-payment-gateway.js';

describePaymentGatewayContract({
  name: 'InMemoryPaymentGateway (@seams/fakes)',
  setup: () => {
    const clock = new FakeClock();
    const gateway = new InMemoryPaymentGateway({ clock, timeoutMs: 5_000 });
    return {
      gateway,
      failNext: (count, kind) => gateway.failNext(count, kind === 'hang' ? 'hang' : 'unavailable'),
      charges: () => gateway.charges,
      refunds: () => gateway.refunds,
      attempts: () => gateway.calls.length,
      maxAttempts: 1,
      runTimers: () => clock.runAll(),
    };
  },
  divergences: {
    'transient failures are retried with the same key, then the charge succeeds': {
      reason:
        'no transport and no retry layer: an injected failure fails the whole charge() call, as the real gateway does once its retries are spent',
      fails: PaymentUnavailableError,
    },
  },
});
