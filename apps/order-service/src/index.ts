export { ConfigError, loadConfig, type OrderServiceConfig, redactUrl } from './config.js';
export { type AppDeps, buildApp, type ReadinessCheck } from './http/app.js';
export { createLogger, REDACTED_PATHS } from './logger.js';
export { orderEvent } from './order-events.js';
export { OrderService, type OrderServiceDeps, type PayRequest, paymentKey } from './order-service.js';
export { OutboxRelay, type OutboxRelayConfig, type RelayLogger, type RelayRound } from './outbox-relay.js';
export {
  createOrderServiceRuntime,
  describeParts,
  type OrderServiceRuntime,
  type RuntimeOptions,
  type RuntimeParts,
} from './runtime.js';
