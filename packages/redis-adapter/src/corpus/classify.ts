import type { CorpusVerdict } from '@seams/contracts';
import type { CaseOutcome } from './run-case.js';

/** A verdict, and for anything but `same` a readable expected/actual. */
export interface Classification {
  readonly verdict: CorpusVerdict;
  readonly diff?: string;
}

const show = (outcome: CaseOutcome) => JSON.stringify(outcome, null, 1);

/**
 * Classes a store's outcome of a case against Redis':
 * - `same`: the same observation (or the same failure code);
 * - `clear`: the store stopped with an error carrying a `code` (it refuses what it cannot do);
 * - `silent`: anything else: another answer with no error, or a failure without a code.
 */
export function classify(expected: CaseOutcome, actual: CaseOutcome): Classification {
  if ('observed' in expected && 'observed' in actual) {
    if (JSON.stringify(expected.observed) === JSON.stringify(actual.observed)) return { verdict: 'same' };
  } else if ('failed' in expected && 'failed' in actual && expected.failed.code === actual.failed.code) {
    return { verdict: 'same' };
  }
  const diff = `--- Redis\n${show(expected)}\n+++ this store\n${show(actual)}`;
  if ('failed' in actual && actual.failed.code !== null) return { verdict: 'clear', diff };
  return { verdict: 'silent', diff };
}
