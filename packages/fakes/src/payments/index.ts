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
export type { PaymentHold } from './payment-hold.js';
export {
  AMOUNT_LIMIT_DECLINE_CODE,
  type ChargeSubmission,
  DECLINING_TOKENS,
  type RecordedCharge,
  type RecordedRefund,
} from './payments-ledger.js';
export type { ProviderFailure } from './provider-replies.js';
