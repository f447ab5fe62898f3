export * from './broker/index.js';
export { FakeClock } from './clock/fake-clock.js';
export { InstantClock } from './clock/instant-clock.js';
export * from './http/mock-http/index.js';
export { replySequence } from './http/reply-sequence.js';
export {
  type ReceivedRequest,
  startTestServer,
  type TestHandler,
  type TestReply,
  type TestServer,
  type TestServerOptions,
} from './http/test-server.js';
export * from './idempotency/in-memory-idempotency-store.js';
export { SeededIdGenerator, type SeededIdGeneratorOptions } from './ids/seeded-id-generator.js';
export { SequentialIdGenerator } from './ids/sequential-id-generator.js';
export * from './payments/index.js';
export * from './pg-mock/index.js';
export * from './postgres/index.js';
export { connectionRefusedError } from './system-error.js';
