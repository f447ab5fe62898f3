import type { CorpusOutcome } from '@seams/contracts';
import { describe, expect, it } from 'vitest';
import { CORPUS_STALL_TOLERANCE_MS } from './corpus-timing.js';
import { MAX_RUNS, runUntilTimely, type TimedRun } from './timely-run.js';

const recorded: CorpusOutcome = { observed: ['started', 'in_progress'] };
const otherwise: CorpusOutcome = { observed: ['started', 'started'] };
const onTime = (answer: CorpusOutcome): TimedRun => ({ answer, lateMs: 5 });
const late = (answer: CorpusOutcome): TimedRun => ({ answer, lateMs: CORPUS_STALL_TOLERANCE_MS + 1 });

/** Serves `runs` in turn, counting the calls. */
function scripted(...runs: TimedRun[]) {
  const calls = { count: 0 };
  const run = async () => {
    const next = runs[calls.count];
    calls.count += 1;
    if (!next) throw new Error('ran more often than scripted');
    return next;
  };
  return { run, calls };
}

describe('runUntilTimely', () => {
  it('takes a run that kept time, whatever it answers', async () => {
    const { run, calls } = scripted(onTime(otherwise));
    expect((await runUntilTimely(run, recorded)).answer).toEqual(otherwise);
    expect(calls.count).toBe(1);
  });

  it('takes a late run that answers as recorded', async () => {
    const { run, calls } = scripted(late(recorded));
    expect((await runUntilTimely(run, recorded)).answer).toEqual(recorded);
    expect(calls.count).toBe(1);
  });

  it('runs again after a late run that answers otherwise, and judges the timely one', async () => {
    const reruns: number[] = [];
    const { run, calls } = scripted(late(otherwise), onTime(otherwise));
    const judged = await runUntilTimely(run, recorded, (_, runs) => reruns.push(runs));
    expect(judged).toEqual(onTime(otherwise));
    expect(calls.count).toBe(2);
    expect(reruns).toEqual([1]);
  });

  it(`stops after ${MAX_RUNS} late runs and answers the last, so the case still fails`, async () => {
    const { run, calls } = scripted(late(otherwise), late(otherwise), late({ observed: ['last'] }));
    expect((await runUntilTimely(run, recorded)).answer).toEqual({ observed: ['last'] });
    expect(calls.count).toBe(MAX_RUNS);
  });

  it('while recording, keeps only a run that kept time', async () => {
    const { run, calls } = scripted(late(recorded), onTime(otherwise));
    expect((await runUntilTimely(run, undefined)).answer).toEqual(otherwise);
    expect(calls.count).toBe(2);
  });
});
