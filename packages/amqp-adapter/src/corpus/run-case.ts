import { type CorpusOutcome, corpusOutcome } from '@seams/contracts';
import type { BrokerCase } from './broker-case.js';
import type { CorpusBroker } from './corpus-broker.js';

/** Runs `brokerCase` on `broker`; `prefix` (what the broker's `name()` adds) is taken out of the answer. */
export function runCase(
  brokerCase: BrokerCase,
  broker: CorpusBroker,
  prefix: string,
): Promise<CorpusOutcome> {
  const strip = (text: string) => (prefix === '' ? text : text.split(prefix).join(''));
  return corpusOutcome(() => brokerCase.run(broker), strip);
}
