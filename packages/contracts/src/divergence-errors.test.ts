import { describe, expect, it } from 'vitest';
import {
  DivergenceMismatchError,
  DivergenceResolvedError,
  DivergentCaseStillRunningError,
} from './divergence-errors.js';

const labels = { port: 'Clock', target: 'InstantClock', caseName: 'sleep waits' };

describe('divergence errors', () => {
  it.each([
    [
      new DivergenceResolvedError('Clock', 'InstantClock', 'sleep waits'),
      'DivergenceResolvedError',
      'DIVERGENCE_RESOLVED',
    ],
    [
      new DivergenceMismatchError(labels, 'timeout', 'TypeError: x'),
      'DivergenceMismatchError',
      'DIVERGENCE_MISMATCH',
    ],
    [
      new DivergentCaseStillRunningError(labels, 100, 1_000),
      'DivergentCaseStillRunningError',
      'DIVERGENT_CASE_STILL_RUNNING',
    ],
  ])('%s has its name and a stable code', (error, name, code) => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
  });

  it('say what to do next', () => {
    expect(new DivergenceResolvedError('Clock', 'InstantClock', 'sleep waits').message).toBe(
      'InstantClock now passes "sleep waits" of the Clock contract: remove its declared divergence so the case ' +
        'runs normally and the fidelity table tells the truth',
    );
    expect(new DivergentCaseStillRunningError(labels, 100, 1_000).message).toBe(
      '"sleep waits" of the Clock contract on InstantClock hung past its 100 ms budget as declared, but was still ' +
        'running 1000 ms after teardown: give setup() a teardown that ends what the case waits on (close the ' +
        'pool, end the transaction), so no case outlives its test',
    );
  });
});
