export * from './broker.contract.js';
export {
  type ClockContractContext,
  clockContract,
  describeClockContract,
} from './clock.contract.js';
export {
  type Contract,
  type ContractCase,
  type ContractTarget,
  DivergenceResolvedError,
  type Divergences,
  defineContract,
  type SetupResult,
} from './define-contract.js';
export { type CorpusVerdict, type FidelityRecord, recordCorpusVerdict } from './fidelity-record.js';
export {
  describeIdGeneratorContract,
  type IdGeneratorContractContext,
  idGeneratorContract,
} from './id-generator.contract.js';
export * from './idempotency-store.contract.js';
export * from './payment-gateway.contract.js';
export * from './persistence-contracts.js';
