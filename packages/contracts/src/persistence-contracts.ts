export {
  describeOrderRepositoryContract,
  type OrderRepositoryContractContext,
  orderRepositoryContract,
} from './order-repository.contract.js';
export {
  describeOutboxStoreContract,
  type OutboxStoreContractContext,
  outboxStoreContract,
} from './outbox-store.contract.js';
export { anEvent, anOrder, gate, type PersistenceContractContext } from './persistence-contract-context.js';
