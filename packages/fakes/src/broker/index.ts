export { InMemoryBroker, type InMemoryBrokerOptions, type PublishedMessage } from './in-memory-broker.js';
export { InMemoryEventConsumer } from './in-memory-consumer.js';
export { InMemoryEventPublisher } from './in-memory-publisher.js';
export type { QueuedMessage } from './queued-message.js';
export { matchesTopic } from './topic-pattern.js';
export { TopologyMismatchError } from './topology-mismatch-error.js';
