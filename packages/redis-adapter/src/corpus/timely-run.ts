import type { CorpusOutcome } from '@seams/contracts';
import { CORPUS_STALL_TOLERANCE_MS } from './corpus-timing.js';
import { classify } from './snapshot.js';

/** How many times a case runs on Redis at most while its runs fall behind their timeline. */
export const MAX_RUNS = 3;

/** A case's answer from one run on Redis, and how far that run fell behind its timeline. */
export interface TimedRun {
  readonly answer: CorpusOutcome;
  readonly lateMs: number;
}

/** Whether `run` fell further behind its timeline than every waiting case is proven to tolerate. */
export const fellBehind = (run: TimedRun): boolean => run.lateMs > CORPUS_STALL_TOLERANCE_MS;

/** Says how far behind `run` fell, for a warning or a failure. */
export const describeLateness = (run: TimedRun): string =>
  `fell ${Math.round(run.lateMs)} ms behind its timeline (the cases tolerate ${CORPUS_STALL_TOLERANCE_MS})`;

/**
 * Runs a case until one run is worth judging: one that kept time, or one that answers as `expected`
 * (a late run that agrees proves nothing less than a timely one). A run that fell behind and
 * disagrees has not tested what the case says, so it is run again, at most `MAX_RUNS` times in all;
 * the last run is answered either way, so a case that never keeps time still fails on its answer.
 * Without `expected` (recording), only a run that kept time is worth keeping.
 */
export async function runUntilTimely<R extends TimedRun>(
  run: () => Promise<R>,
  expected: CorpusOutcome | undefined,
  onRerun: (late: R, runs: number) => void = () => undefined,
): Promise<R> {
  let current = await run();
  for (let runs = 1; runs < MAX_RUNS && fellBehind(current); runs += 1) {
    if (expected && classify(expected, current.answer).verdict === 'same') break;
    onRerun(current, runs);
    current = await run();
  }
  return current;
}
