export {
  FakePaymentsApi,
  type FakePaymentsApiOptions,
  type ProviderRequest,
} from './fake-payments-api.js';
export { FakePaymentsProvider, type FakePaymentsProviderOptions } from './fake-payments-provider.js';
export { IdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
export {
  type InMemoryChargeCall,
  type InMemoryPaymentFailure,
  InMemoryPaymentGateway,
  type InMemoryPaymentGatewayOptions,
} from './in-memory-payment-gateway.js';
export {
  AMOUNT_LIMIT_DECLINE_CODE,
  type ChargeSubmission,
  DECLINING_TOKENS,
  type RecordedCharge,
} from './payments-ledger.js';
export type { ProviderFailure } from './provider-replies.js';
