import { type CorpusOutcome, corpusOutcome } from '@seams/contracts';
import type { CorpusStores } from './corpus-store.js';
import type { IdempotencyCase } from './idempotency-case.js';

/** Runs `idempotencyCase` on `stores`; observations never carry a key prefix, so none is taken out. */
export function runCase(idempotencyCase: IdempotencyCase, stores: CorpusStores): Promise<CorpusOutcome> {
  return corpusOutcome(() => idempotencyCase.run(stores));
}
