import { describePaymentGatewayContract, type PaymentFailureKind } from '@seams/contracts';
import { FakePaymentsProvider, InstantClock, type ProviderFailure } from '@seams/fakes';
import { HttpPaymentGateway } from './http-payment-gateway.js';

/** The provider failure each contract failure kind stands for. */
const FAILURES: Readonly<Record<PaymentFailureKind, ProviderFailure>> = {
  unavailable: { status: 503 },
  rate_limited: { status: 429, retryAfter: 1 },
  hang: 'hang',
};

const MAX_ATTEMPTS = 3;

describePaymentGatewayContract({
  name: 'HttpPaymentGateway over loopback HTTP (FakePaymentsProvider)',
  setup: async () => {
    const provider = await FakePaymentsProvider.start({ apiKey: 'sk_test_contract' });
    const gateway = new HttpPaymentGateway({
      baseUrl: provider.url,
      apiKey: provider.apiKey,
      // Backoff and Retry-After waits return at once; the attempt timeout stays a short real timer.
      clock: new InstantClock(),
      maxAttempts: MAX_ATTEMPTS,
      attemptTimeoutMs: 100,
    });
    return {
      gateway,
      failNext: (count, kind) => provider.failNext(count, FAILURES[kind]),
      charges: () => provider.charges,
      attempts: () => provider.requests.length,
      maxAttempts: MAX_ATTEMPTS,
      runTimers: async () => {},
      teardown: () => provider.close(),
    };
  },
});
