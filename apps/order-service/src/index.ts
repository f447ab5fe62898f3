export { orderEvent } from './order-events.js';
export { OrderService, type OrderServiceDeps, type PayRequest, paymentKey } from './order-service.js';
export { OutboxRelay, type OutboxRelayConfig, type RelayLogger, type RelayRound } from './outbox-relay.js';
