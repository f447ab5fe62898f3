export { ClassicDeliveryCounts } from './classic-delivery-counts.js';
export type { Clock } from './clock.js';
export {
  ConcurrencyConflictError,
  DependencyUnavailableError,
  DuplicateError,
  hasErrorCode,
  InvalidTransitionError,
  NotFoundError,
  PaymentDeclinedError,
  PaymentRequestRejectedError,
  PaymentUnavailableError,
  PORT_ERROR_CODES,
  type PortErrorCode,
  PublishError,
  type PublishFailureReason,
  SEAMS_ERROR_CODES,
  SeamsError,
  type SeamsErrorCode,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export type { EventHeaderValue, EventMessage } from './events.js';
export type { IdGenerator } from './id-generator.js';
export { readIdempotencyLease, readStoredResponse } from './idempotency-input.js';
export {
  idempotencyKeyValidator,
  MAX_IDEMPOTENCY_FULL_KEY_BYTES,
  MAX_IDEMPOTENCY_TEXT_BYTES,
  MAX_REDIS_ARGUMENT_BYTES,
  validateIdempotencyDuration,
  validateIdempotencyHolder,
  validateIdempotencyKey,
  validateStoredResponse,
} from './idempotency-limits.js';
export type {
  BeginResult,
  IdempotencyHolder,
  IdempotencyStore,
  StoredResponse,
} from './idempotency-store.js';
export type { JsonObject, JsonValue } from './json.js';
export type {
  BindingSpec,
  BrokerTopology,
  ConsumeOptions,
  DeadLetterInfo,
  DeadLetterReason,
  Delivery,
  DeliveryHandler,
  EventConsumer,
  EventPublisher,
  ExchangeSpec,
  QueueSpec,
  QueueType,
  Subscription,
  Topology,
} from './messaging.js';
export {
  isReservedHeader,
  MESSAGING_LIMITS,
  validateConsumeOptions,
  validateEventMessage,
  validatePublisherOptions,
  validateTopology,
} from './messaging-limits.js';
export { addMoney, isCurrencyCode, type Money, money } from './money.js';
export type { ClaimedEvent, ClaimOptions, OutboxStore } from './outbox-store.js';
export type {
  Charge,
  ChargeRequest,
  PaymentGateway,
  PaymentLookupOptions,
  Refund,
  RefundRequest,
} from './payment-gateway.js';
export { RandomIdGenerator } from './random-id-generator.js';
export { REDACTED, redactUrl, UNPARSABLE_URL } from './redact-url.js';
export { decodeStoredResponse, encodeStoredResponse } from './stored-response-codec.js';
export { SystemClock } from './system-clock.js';
export type { UnitOfWork } from './unit-of-work.js';
