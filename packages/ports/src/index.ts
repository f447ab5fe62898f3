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
  PaymentUnavailableError,
  PublishError,
  type PublishFailureReason,
  SeamsError,
  type SeamsErrorCode,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export {
  type EventHeaderValue,
  type EventMessage,
  ORDER_EVENT_TYPES,
  type OrderEventType,
} from './events.js';
export type { IdGenerator } from './id-generator.js';
export type { BeginResult, IdempotencyStore, StoredResponse } from './idempotency-store.js';
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
  validateTopology,
} from './messaging-limits.js';
export { addMoney, isCurrencyCode, type Money, money } from './money.js';
export { type NewOrder, ORDER_STATUSES, type Order, type OrderLine, type OrderStatus } from './order.js';
export type { OrderRepository, PageRequest } from './order-repository.js';
export { canTransition, createOrder, transitionOrder } from './order-rules.js';
export { ORDER_LIMITS, parseNewOrder, validateNewOrder } from './order-validation.js';
export type { ClaimedEvent, ClaimOptions, OutboxStore } from './outbox-store.js';
export type { Charge, ChargeRequest, PaymentGateway } from './payment-gateway.js';
export { RandomIdGenerator } from './random-id-generator.js';
export { SystemClock } from './system-clock.js';
export type { TransactionScope, UnitOfWork } from './unit-of-work.js';
