import type { PaymentFailureKind, PaymentGatewayContractContext } from '@seams/contracts';
import {
  FakeClock,
  type ProviderFailure,
  type ProviderRequest,
  type RecordedCharge,
  type RecordedRefund,
} from '@seams/fakes';
import { HttpPaymentGateway } from '../http-payment-gateway.js';
import { contractTimers } from './contract-timers.js';

/** The provider behind the gateway: `FakePaymentsProvider` over loopback, or `FakePaymentsApi` behind mockHttp. */
export interface ContractProvider {
  readonly apiKey: string;
  readonly requests: readonly ProviderRequest[];
  readonly charges: readonly RecordedCharge[];
  readonly refunds: readonly RecordedRefund[];
  failNext(count: number, failure: ProviderFailure): void;
}

/** The provider failure each contract failure kind stands for. */
const FAILURES: Readonly<Record<PaymentFailureKind, ProviderFailure>> = {
  unavailable: { status: 503 },
  rate_limited: { status: 429, retryAfter: 1 },
  hang: 'hang',
};

const MAX_ATTEMPTS = 3;
const ATTEMPT_TIMEOUT_MS = 100;
const DEADLINE_MS = 20_000;

/**
 * The PaymentGateway contract's context for an `HttpPaymentGateway` at `baseUrl` in front of
 * `provider`, so the loopback and interception runs differ only in their transport.
 */
export function httpGatewayContractContext(
  provider: ContractProvider,
  baseUrl: string,
): PaymentGatewayContractContext {
  // Every timeout and wait is on this clock: it moves only when runTimers advances it.
  const clock = new FakeClock();
  const timers = contractTimers({
    clock,
    requests: () => provider.requests,
    attemptTimeoutMs: ATTEMPT_TIMEOUT_MS,
    deadlineMs: DEADLINE_MS,
  });
  const gateway = new HttpPaymentGateway({
    baseUrl,
    apiKey: provider.apiKey,
    fetch: timers.fetch,
    clock,
    random: () => 0, // backoff after a 503 is 0 ms; a 429's Retry-After (1 s) is advanced
    maxAttempts: MAX_ATTEMPTS,
    attemptTimeoutMs: ATTEMPT_TIMEOUT_MS,
    deadlineMs: DEADLINE_MS,
  });
  return {
    gateway,
    failNext: (count, kind) => provider.failNext(count, FAILURES[kind]),
    charges: () => provider.charges,
    refunds: () => provider.refunds,
    attempts: () => provider.requests.length,
    maxAttempts: MAX_ATTEMPTS,
    runTimers: timers.runTimers,
  };
}
