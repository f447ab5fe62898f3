import type { BrokerContractContext } from './broker-contract-kit.js';
import { brokerDeadLetterCases } from './broker-dead-letter-cases.js';
import { brokerInputCases } from './broker-input-cases.js';
import { brokerRoutingCases } from './broker-routing-cases.js';
import { brokerSettlementCases } from './broker-settlement-cases.js';
import { defineContract } from './define-contract.js';

/**
 * The broker contract: routing, properties, ordering, acknowledgement per queue type,
 * dead-lettering, limits, and what publishers and declarations refuse. Register it once per queue
 * type (`queueType` in the context): quorum and classic queues differ in requeue order.
 */
export const brokerContract = defineContract<BrokerContractContext>()('EventBroker', {
  ...brokerRoutingCases,
  ...brokerSettlementCases,
  ...brokerDeadLetterCases,
  ...brokerInputCases,
});

/** Registers the broker contract for one implementation (publisher, consumer, topology together). */
export const describeBrokerContract = brokerContract.register;

export {
  awaitSentinel,
  type BrokerContractContext,
  boundQueue,
  brokerEvent,
  collectingQueue,
  declare,
  delayQueue,
  latch,
  type Received,
  receive,
} from './broker-contract-kit.js';
