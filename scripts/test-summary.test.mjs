import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countTests, summarize } from './test-summary.mjs';

const turboLog = [
  '@seams/ports:test:       Tests  41 passed (41)',
  '@seams/fakes:test:       Tests  2 failed | 180 passed | 1 skipped (183)',
  '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m7 passed\u001b[39m\u001b[22m',
].join('\n');

describe('countTests', () => {
  it("adds up every package's Tests line, colours stripped", () => {
    assert.deepEqual(countTests(turboLog), { passed: 228, failed: 2, skipped: 1 });
  });

  it('counts nothing in a log without a Tests line', () => {
    assert.deepEqual(countTests('Test Files  no test files found'), { passed: 0, failed: 0, skipped: 0 });
  });
});

describe('summarize', () => {
  it('prints one line per pass with its count and a total, and passes when every pass ran green', () => {
    const { lines, ok } = summarize([
      { name: 'fast', log: 'x:test: Tests  10 passed (10)' },
      { name: 'real', log: 'y:test:containers: Tests  4 passed | 1 skipped (5)' },
    ]);
    assert.equal(ok, true);
    assert.deepEqual(lines, [
      'fast: 10 passed, 0 failed',
      'real: 4 passed, 0 failed, 1 skipped',
      'total: 14 passed, 0 failed, 1 skipped',
    ]);
  });

  it('fails on a pass that ran no tests, even when the others ran', () => {
    const { lines, ok } = summarize([
      { name: 'fast', log: 'x:test: Tests  10 passed (10)' },
      { name: 'containers', log: 'container pass: NOT RUN (no Docker engine could be started here)' },
    ]);
    assert.equal(ok, false);
    assert.equal(lines[1], 'containers: 0 passed, 0 failed (FAILED: this pass ran no tests)');
  });

  it('accepts a pass that ran nothing only when the opt-out was set explicitly', () => {
    const log =
      'container pass: NOT RUN (no Docker engine could be started here; allowed by SEAMS_ALLOW_NO_CONTAINERS=1)';
    const { lines, ok } = summarize([
      { name: 'fast', log: 'x:test: Tests  10 passed (10)' },
      { name: 'containers', log },
    ]);
    assert.equal(ok, true);
    assert.equal(
      lines[1],
      'containers: 0 passed, 0 failed (NOT RUN, allowed by SEAMS_ALLOW_NO_CONTAINERS=1)',
    );
  });

  it('fails on a failed test', () => {
    assert.equal(summarize([{ name: 'fast', log: turboLog }]).ok, false);
  });

  it('fails when no pass was given', () => {
    assert.equal(summarize([]).ok, false);
  });
});
