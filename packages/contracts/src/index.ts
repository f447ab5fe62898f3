export * from './broker.contract.js';
export {
  type ClockContractContext,
  clockContract,
  describeClockContract,
} from './clock.contract.js';
export { anEvent, gate } from './contract-fixtures.js';
export {
  type Contract,
  type ContractCase,
  type ContractTarget,
  type ContractTest,
  DivergenceResolvedError,
  type Divergences,
  defineContract,
  type OnTestFinished,
  type SetupResult,
} from './define-contract.js';
export type { FidelityRecord } from './fidelity-record.js';
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
