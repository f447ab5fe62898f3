export {
  AmqpConnection,
  type AmqpConnectionConfig,
  type AmqpConnectionState,
  type ConnectionHook,
} from './amqp-connection.js';
export { AmqpTopologyError } from './amqp-errors.js';
export { AmqpEventConsumer, type AmqpEventConsumerConfig } from './amqp-event-consumer.js';
export {
  AmqpEventPublisher,
  type AmqpEventPublisherConfig,
  READINESS_PROBE_TYPE,
} from './amqp-event-publisher.js';
export type { AmqpModel } from './amqp-model.js';
export { AmqpTopology, type AmqpTopologyConfig } from './amqp-topology.js';
export { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
export { queueArguments } from './declare-topology.js';
