import { describePaymentGatewayContract, type PaymentFailureKind } from '@seams/contracts';
import { FakePaymentsApi, InstantClock, mockHttp, type ProviderFailure } from '@seams/fakes';
import { HttpPaymentGateway } from './http-payment-gateway.js';

const FAILURES: Readonly<Record<PaymentFailureKind, ProviderFailure>> = {
  unavailable: { status: 503 },
  rate_limited: { status: 429, retryAfter: 1 },
  hang: 'hang',
};

const BASE_URL = 'https://payments.example';
const MAX_ATTEMPTS = 3;

describePaymentGatewayContract({
  name: 'HttpPaymentGateway through mockHttp interception (no socket)',
  setup: () => {
    // The provider's rules answer in-process: mockHttp hands each intercepted fetch to them.
    const api = new FakePaymentsApi({ apiKey: 'sk_test_contract' });
    const http = mockHttp();
    http
      .post(`${BASE_URL}/v1/charges`)
      .header('authorization', /^Bearer /)
      .persist()
      .replyWith((request) => api.handle(request));
    const gateway = new HttpPaymentGateway({
      baseUrl: BASE_URL,
      apiKey: api.apiKey,
      clock: new InstantClock(),
      maxAttempts: MAX_ATTEMPTS,
      attemptTimeoutMs: 100,
    });
    return {
      gateway,
      failNext: (count, kind) => api.failNext(count, FAILURES[kind]),
      charges: () => api.charges,
      attempts: () => api.requests.length,
      maxAttempts: MAX_ATTEMPTS,
      runTimers: async () => {},
    };
  },
});
