import { describePaymentGatewayContract, type PaymentFailureKind } from '@seams/contracts';
import { FakeClock, FakePaymentsApi, mockHttp, type ProviderFailure } from '@seams/fakes';
import { HttpPaymentGateway } from './http-payment-gateway.js';
import { contractTimers } from './testing/contract-timers.js';

const FAILURES: Readonly<Record<PaymentFailureKind, ProviderFailure>> = {
  unavailable: { status: 503 },
  rate_limited: { status: 429, retryAfter: 1 },
  hang: 'hang',
};

const BASE_URL = 'https://payments.example';
const MAX_ATTEMPTS = 3;
const ATTEMPT_TIMEOUT_MS = 100;
const DEADLINE_MS = 20_000;

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
    // Every timeout and wait is on this clock: it moves only when runTimers advances it.
    const clock = new FakeClock();
    const timers = contractTimers({
      clock,
      requests: () => api.requests,
      attemptTimeoutMs: ATTEMPT_TIMEOUT_MS,
      deadlineMs: DEADLINE_MS,
    });
    const gateway = new HttpPaymentGateway({
      baseUrl: BASE_URL,
      apiKey: api.apiKey,
      fetch: timers.fetch,
      clock,
      random: () => 0, // backoff after a 503 is 0 ms; a 429's Retry-After (1 s) is advanced
      maxAttempts: MAX_ATTEMPTS,
      attemptTimeoutMs: ATTEMPT_TIMEOUT_MS,
      deadlineMs: DEADLINE_MS,
    });
    return {
      gateway,
      failNext: (count, kind) => api.failNext(count, FAILURES[kind]),
      charges: () => api.charges,
      attempts: () => api.requests.length,
      maxAttempts: MAX_ATTEMPTS,
      runTimers: timers.runTimers,
    };
  },
});
