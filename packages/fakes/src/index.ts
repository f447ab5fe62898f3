export { FakeClock } from './clock/fake-clock.js';
export { SeededIdGenerator, type SeededIdGeneratorOptions } from './ids/seeded-id-generator.js';
export { SequentialIdGenerator } from './ids/sequential-id-generator.js';
export * from './postgres/index.js';
