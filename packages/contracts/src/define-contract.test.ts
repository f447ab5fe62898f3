import { fileURLToPath } from 'node:url';
import { FIXTURE_TIMEOUT_MS, runVitestFixture } from '@seams/vitest-config/run-fixture';
import { describe, expect, it } from 'vitest';
import { registrationRecord } from './define-contract.js';
import { DivergenceResolvedError } from './divergence-errors.js';
import { int32Add, toyAdderContract } from './fixtures/toy-adder.contract.js';

describe('defineContract', () => {
  it('lists its cases in declaration order', () => {
    expect(toyAdderContract.caseNames).toEqual(['adds small numbers', 'adds large numbers']);
  });

  it('refuses a divergence from a case it does not have', () => {
    expect(() =>
      toyAdderContract.register({
        name: 'typo',
        setup: () => ({ add: int32Add }),
        divergences: { 'adds tiny numbers': { reason: 'no such case', fails: RangeError } } as never,
      }),
    ).toThrow(/typo declares a divergence from unknown SelfTest case "adds tiny numbers"/);
  });

  it.each([
    [
      'a bare reason (the old shape)',
      'wraps at 2^31',
      /^old-style declares a divergence from SelfTest case "adds large numbers" without a reason: declare \{ reason, fails \}$/,
    ],
    ['an empty reason', { reason: ' ', fails: RangeError }, /without a reason/],
    ['no reason', { fails: RangeError }, /without a reason/],
    ['a reason that is not a string', { reason: 7, fails: RangeError }, /without a reason/],
    ['null', null, /without a reason/],
    ['no fails', { reason: 'wraps' }, /without a valid `fails`/],
    [
      'a fails of the wrong shape',
      { reason: 'wraps', fails: 'hangs' },
      /old-style declares a divergence from SelfTest case "adds large numbers" without a valid `fails`: 'timeout', \{ code \}, an error class, or \{ description, test \}$/,
    ],
  ])('refuses a declaration with %s, naming the case', (_, declaration, message) => {
    expect(() =>
      toyAdderContract.register({
        name: 'old-style',
        setup: () => ({ add: int32Add }),
        divergences: { 'adds large numbers': declaration } as never,
      }),
    ).toThrow(message);
  });

  it('records a registration with each declared failure in words, and no undeclared case', () => {
    const record = registrationRecord('SelfTest', '32-bit adder', toyAdderContract.caseNames, {
      'adds large numbers': { reason: 'refuses sums past 2^31', fails: RangeError },
      'adds small numbers': undefined,
    });
    expect(record).toEqual({
      port: 'SelfTest',
      target: '32-bit adder',
      cases: ['adds small numbers', 'adds large numbers'],
      divergences: { 'adds large numbers': { reason: 'refuses sums past 2^31', fails: 'RangeError' } },
    });
  });

  // Real registrations: the exact adder passes both cases, the 32-bit adder fails the declared way.
  toyAdderContract.register({ name: 'exact adder', setup: () => ({ add: (a, b) => a + b }) });
  toyAdderContract.register({
    name: '32-bit adder',
    setup: () => ({ add: int32Add }),
    divergences: { 'adds large numbers': { reason: 'refuses sums past 2^31', fails: RangeError } },
  });
});

/** Each test of fixtures/divergent-fakes.fixture.ts, run in a child vitest, by name without its title tail. */
function runFixture(): Map<string, { status: string; failure: string }> {
  const run = runVitestFixture(
    fileURLToPath(new URL('./fixtures/divergent-fakes.fixture.ts', import.meta.url)),
  );
  expect(run.exitCode).toBe(1); // the run fails: some of its tests fail
  return new Map(run.tests.map((test) => [test.name.replace(/ \[declared divergence.*$/, ''), test]));
}

describe('a divergent case in a real run (acceptance)', () => {
  it(
    'passes only when it fails as declared; a different failure, a pass or a setup crash fails the run',
    () => {
      const results = runFixture();
      const large = (target: string) => results.get(`SelfTest contract: ${target} adds large numbers`);

      expect(large('refuses large sums')).toMatchObject({ status: 'passed' });
      expect(large('hangs until teardown')).toMatchObject({ status: 'passed' });

      expect(large('throws a TypeError instead')?.status).toBe('failed');
      expect(large('throws a TypeError instead')?.failure).toMatch(
        /DivergenceMismatchError: throws a TypeError instead fails "adds large numbers" of the SelfTest contract, but not as declared\n\s+expected: RangeError\n\s+actual: {3}TypeError: operands must be small/,
      );

      expect(large('now adds large sums')?.status).toBe('failed');
      expect(large('now adds large sums')?.failure).toMatch(
        /DivergenceResolvedError: now adds large sums now passes "adds large numbers" of the SelfTest contract/,
      );

      expect(large('crashes in setup')?.status).toBe('failed');
      expect(large('crashes in setup')?.failure).toMatch(
        /expected: Error\n\s+actual: {3}setup\(\) threw before the case ran: Error: no adder today/,
      );

      // The cases without a declaration ran normally on the same registrations.
      expect(results.get('SelfTest contract: now adds large sums adds small numbers')).toMatchObject({
        status: 'passed',
      });
      expect(results.size).toBe(10);
    },
    FIXTURE_TIMEOUT_MS + 10_000,
  );
});

describe('contract.tests: the suite for runners other than vitest', () => {
  const exact = (a: number, b: number) => a + b;
  const refusesLarge = { reason: 'refuses sums past 2^31', fails: RangeError };

  it('gives one test per case, in order, titled as register titles them', () => {
    const tests = toyAdderContract.tests({
      name: '32-bit adder',
      setup: () => ({ add: int32Add }),
      divergences: { 'adds large numbers': refusesLarge },
      timeout: 2_000,
    });
    expect(tests.map((test) => test.title)).toEqual([
      'adds small numbers',
      'adds large numbers [declared divergence, fails with RangeError: refuses sums past 2^31]',
    ]);
    expect(tests[0]?.timeout).toBe(2_000);
  });

  it('runs a case and hands the teardown to the runner, which calls it once', async () => {
    const torndown: string[] = [];
    const finished: Array<() => Promise<void> | void> = [];
    const [small] = toyAdderContract.tests({
      name: 'exact adder',
      setup: () => ({ add: exact, teardown: () => void torndown.push('adder') }),
    });
    await small?.run((cleanup) => finished.push(cleanup));
    expect(torndown).toEqual([]);
    for (const cleanup of finished) await cleanup();
    expect(torndown).toEqual(['adder']);
  });

  it('rejects when a plain case fails', async () => {
    const [, large] = toyAdderContract.tests({ name: '32-bit adder', setup: () => ({ add: int32Add }) });
    await expect(large?.run(() => undefined)).rejects.toBeInstanceOf(RangeError);
  });

  it('settles a declared divergence: passes while it fails as declared, rejects once it passes', async () => {
    const divergences = { 'adds large numbers': refusesLarge };
    const [, stillWrong] = toyAdderContract.tests({
      name: '32-bit adder',
      setup: () => ({ add: int32Add }),
      divergences,
    });
    await expect(stillWrong?.run(() => undefined)).resolves.toBeUndefined();
    const [, nowRight] = toyAdderContract.tests({
      name: 'fixed adder',
      setup: () => ({ add: exact }),
      divergences,
    });
    await expect(nowRight?.run(() => undefined)).rejects.toBeInstanceOf(DivergenceResolvedError);
  });

  it('refuses a divergence from a case it does not have', () => {
    expect(() =>
      toyAdderContract.tests({
        name: 'typo',
        setup: () => ({ add: exact }),
        divergences: { 'adds tiny numbers': refusesLarge } as never,
      }),
    ).toThrow(/unknown SelfTest case "adds tiny numbers"/);
  });
});
