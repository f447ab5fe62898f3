export * from './broker.contract.js';
export {
  type ClockContractContext,
  clockContract,
  describeClockContract,
} from './clock.contract.js';
export { anEvent, gate } from './contract-fixtures.js';
export type {
  ContractCase,
  ContractTarget,
  Divergence,
  Divergences,
  SetupResult,
} from './contract-target.js';
export type { ContractTest, OnFinished } from './contract-test.js';
export {
  type CorpusClassification,
  type CorpusOutcome,
  type CorpusRecording,
  type CorpusSnapshot,
  classifyCorpusOutcome,
  corpusOutcome,
  normalizeObservation,
  readCorpusSnapshot,
  writeCorpusSnapshot,
} from './corpus-kit.js';
export { type Contract, defineContract } from './define-contract.js';
export {
  type CaseLabels,
  DivergenceMismatchError,
  DivergenceResolvedError,
  DivergentCaseStillRunningError,
} from './divergence-errors.js';
export { type EventuallyOptions, eventually } from './eventually.js';
export {
  assertionFailure,
  type ErrorClass,
  type ExpectedFailure,
  type FailurePredicate,
} from './expected-failure.js';
export {
  type CaseOutcomeRecord,
  type CorpusVerdict,
  type FidelityRecord,
  type RecordedDivergence,
  recordCorpusVerdict,
} from './fidelity-record.js';
export {
  describeIdGeneratorContract,
  type IdGeneratorContractContext,
  idGeneratorContract,
} from './id-generator.contract.js';
export * from './idempotency-store.contract.js';
export {
  describeOutboxStoreContract,
  type OutboxStoreContractContext,
  outboxStoreContract,
} from './outbox-store.contract.js';
export * from './payment-gateway.contract.js';
export { SeededRandom } from './seeded-random.js';
