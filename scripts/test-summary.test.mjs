import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countTests, failureDigest, failureReports, summarize } from './test-summary.mjs';

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

describe('failureReports', () => {
  const esc = '\u001b';
  const failing = [
    '@seams/fakes:test:  ✓ src/a.test.ts (3 tests)',
    `@seams/testenv:test:containers: ${esc}[31m⎯⎯⎯⎯⎯⎯⎯${esc}[39m${esc}[1m${esc}[41m Failed Tests 1 ${esc}[49m⎯⎯⎯⎯⎯⎯⎯`,
    '@seams/fakes:test:  ✓ src/b.test.ts (2 tests)',
    '@seams/testenv:test:containers: ',
    '@seams/testenv:test:containers:  FAIL   containers  src/x.containers.test.ts > sweep > drops it',
    '@seams/testenv:test:containers: AssertionError: expected [] to deeply equal [ "t" ]',
    '@seams/testenv:test:containers: ',
    '@seams/testenv:test:containers: ',
    '@seams/testenv:test:containers:  Test Files  1 failed | 6 passed (7)',
    '@seams/testenv:test:containers:       Tests  1 failed | 23 passed (24)',
  ].join('\n');

  it("takes each failed package's report, from its heading to its summary, out of interleaved output", () => {
    assert.deepEqual(failureReports(failing), [
      {
        task: '@seams/testenv:test:containers',
        lines: [
          '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯',
          '',
          ' FAIL   containers  src/x.containers.test.ts > sweep > drops it',
          'AssertionError: expected [] to deeply equal [ "t" ]',
          '',
          '',
        ],
      },
    ]);
  });

  it('finds nothing in a green log, and says so in the digest', () => {
    const green = '@seams/fakes:test:       Tests  7 passed (7)';
    assert.deepEqual(failureReports(green), []);
    assert.match(failureDigest([{ name: 'fast', log: green }]).join('\n'), /no vitest failure report/);
  });

  it('cuts a long report and says where the rest is', () => {
    const long = ['⎯⎯ Failed Tests 1 ⎯⎯', ...Array.from({ length: 10 }, (_, i) => `line ${i}`)].join('\n');
    const [report] = failureReports(long, { maxLines: 4 });
    assert.equal(report?.lines.length, 5);
    assert.match(report?.lines.at(-1) ?? '', /cut at 4 lines/);
  });

  it('names the pass and the package in the digest, and drops repeated blank lines', () => {
    const digest = failureDigest([{ name: 'containers', log: failing }]);
    assert.equal(digest[0], '--- containers: @seams/testenv:test:containers');
    assert.equal(digest.filter((line) => line === '').length, 2);
  });
});
