export { ConfigError, loadConfig, type OrderServiceConfig } from './config.js';
export type { NewOrder, Order, OrderLine, OrderPayment, OrderStatus } from './domain/order.js';
export { ORDER_EVENT_TYPES, type OrderEventType } from './domain/order-event-types.js';
export {
  type PaymentStage,
  paymentKey,
  paymentStage,
  releasePayment,
  reservePayment,
  settleDeclined,
  settlePaid,
} from './domain/order-payment.js';
export type { OrderRepository, PageRequest } from './domain/order-repository.js';
export { canTransition, createOrder, transitionOrder } from './domain/order-rules.js';
export { ORDER_LIMITS, parseNewOrder, validateNewOrder } from './domain/order-validation.js';
export { PaymentInProgressError, PaymentRefundedError } from './domain/payment-errors.js';
export type { OrderUnitOfWork, TransactionScope } from './domain/transaction-scope.js';
export { type AppDeps, buildApp, type ReadinessCheck } from './http/app.js';
export { createLogger, REDACTED_PATHS } from './logger.js';
export { type OrderEventsTopologyOptions, orderEventsTopology } from './messaging/order-events-topology.js';
export { orderEvent } from './order-events.js';
export {
  OrderService,
  type OrderServiceDeps,
  type OrderServiceLogger,
  type PayRequest,
  tokenFingerprint,
} from './order-service.js';
export { OutboxRelay, type OutboxRelayConfig, type RelayLogger, type RelayRound } from './outbox-relay.js';
export { PaymentRecovery, type PaymentRecoveryConfig } from './payment-recovery.js';
export {
  migrateOrderService,
  orderMigrationsDir,
  orderServiceMigrations,
} from './postgres/order-migrations.js';
export { createOrderUnitOfWork } from './postgres/order-unit-of-work.js';
export {
  PostgresOrderRepository,
  type PostgresOrderRepositoryConfig,
} from './postgres/postgres-order-repository.js';
export {
  createOrderServiceRuntime,
  describeParts,
  type OrderServiceRuntime,
  type RuntimeOptions,
  type RuntimeParts,
} from './runtime.js';
