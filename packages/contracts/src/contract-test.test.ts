import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ContractTarget } from './contract-target.js';
import { contractTest, DIVERGENT_BUDGET_MS, STOP_GRACE_MS } from './contract-test.js';
import { DivergenceMismatchError, DivergenceResolvedError } from './divergence-errors.js';

class Adder {
  add(a: number, b: number): number {
    const sum = a + b;
    if (sum > 2 ** 31) throw new RangeError('too large');
    return sum;
  }
}
interface Context {
  readonly adder: { add(a: number, b: number): number | Promise<number> };
}
const addsLarge = async ({ adder }: Context) => {
  expect(await adder.add(2 ** 40, 1)).toBe(2 ** 40 + 1);
};
const addsSmall = async ({ adder }: Context) => {
  expect(await adder.add(1, 2)).toBe(3);
};

/** Outcome lines recorded while the test runs, read back from a fresh SEAMS_FIDELITY_DIR. */
function recording(): () => unknown[] {
  const dir = mkdtempSync(join(tmpdir(), 'seams-contract-test-'));
  vi.stubEnv('SEAMS_FIDELITY_DIR', dir);
  onTestFinished(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const file = join(dir, 'SelfTest--toy.outcomes.jsonl');
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
  };
}

/** Stands in for vitest's onTestFinished: collects the cleanups so the test can run them itself. */
function finishers() {
  const cleanups: Array<() => Promise<void> | void> = [];
  return {
    onFinished: (cleanup: () => Promise<void> | void) => {
      cleanups.push(cleanup);
    },
    cleanups,
    finish: () => Promise.all(cleanups.map((cleanup) => cleanup())),
  };
}

/** One recorded outcome line of the toy target. */
function outcome(caseName: string, kind: 'passed' | 'diverged', implementations: string[]) {
  return { port: 'SelfTest', target: 'toy', case: caseName, outcome: kind, implementations };
}

function target(overrides: Partial<ContractTarget<Context, string>> = {}): ContractTarget<Context, string> {
  return { name: 'toy', setup: () => ({ adder: new Adder() }), ...overrides };
}

describe('contractTest, a case without a divergence', () => {
  it("is titled by the case, keeps the target's timeout, and records the pass with the context's classes", async () => {
    const outcomes = recording();
    const test = contractTest('SelfTest', target({ timeout: 1_234 }), 'adds small numbers', addsSmall);
    expect(test).toMatchObject({ title: 'adds small numbers', timeout: 1_234 });
    const { onFinished, cleanups } = finishers();
    await test.run(onFinished);
    expect(cleanups).toEqual([]);
    expect(outcomes()).toEqual([outcome('adds small numbers', 'passed', ['Adder'])]);
  });

  it('hands its teardown to the end of the test', async () => {
    const teardown = vi.fn();
    const { onFinished, cleanups } = finishers();
    await contractTest(
      'SelfTest',
      target({ setup: () => ({ adder: new Adder(), teardown }) }),
      'adds',
      addsSmall,
    ).run(onFinished);
    expect(cleanups).toEqual([teardown]);
  });

  it('fails with the case’s own error and records nothing', async () => {
    const outcomes = recording();
    const run = contractTest('SelfTest', target(), 'adds large numbers', addsLarge).run(
      finishers().onFinished,
    );
    await expect(run).rejects.toThrow(RangeError);
    expect(outcomes()).toEqual([]);
  });
});

describe('contractTest, a case declared divergent', () => {
  const declared = { 'adds large numbers': { reason: 'refuses sums past 2^31', fails: RangeError } };

  it('is titled with the declared failure and reason, with room for its budget, teardown and grace', () => {
    const test = contractTest('SelfTest', target({ divergences: declared }), 'adds large numbers', addsLarge);
    expect(test.title).toBe(
      'adds large numbers [declared divergence, fails with RangeError: refuses sums past 2^31]',
    );
    expect(test.timeout).toBe(DIVERGENT_BUDGET_MS + 3 * STOP_GRACE_MS);
    expect(DIVERGENT_BUDGET_MS).toBe(5_000);
    const budgeted = contractTest(
      'SelfTest',
      target({ divergences: declared, timeout: 200 }),
      'adds large numbers',
      addsLarge,
    );
    expect(budgeted.timeout).toBe(200 + 3 * STOP_GRACE_MS);
  });

  it('records "diverged" when it fails as declared, and tears down once at the end of the test', async () => {
    const outcomes = recording();
    const teardown = vi.fn();
    const setup = () => ({ adder: new Adder(), teardown });
    const { onFinished, finish } = finishers();
    await contractTest(
      'SelfTest',
      target({ setup, divergences: declared }),
      'adds large numbers',
      addsLarge,
    ).run(onFinished);
    expect(teardown).not.toHaveBeenCalled();
    await finish();
    await finish();
    expect(teardown).toHaveBeenCalledTimes(1);
    expect(outcomes()).toEqual([outcome('adds large numbers', 'diverged', ['Adder'])]);
  });

  it('fails with DivergenceResolvedError when it passes, recording nothing', async () => {
    const outcomes = recording();
    const exact = { add: (a: number, b: number) => a + b };
    const test = contractTest(
      'SelfTest',
      target({ setup: () => ({ adder: exact }), divergences: declared }),
      'adds large numbers',
      addsLarge,
    );
    await expect(test.run(finishers().onFinished)).rejects.toBeInstanceOf(DivergenceResolvedError);
    expect(outcomes()).toEqual([]);
  });

  it('fails with DivergenceMismatchError when setup() crashes, with the crash as cause', async () => {
    const crash = new Error('no adder today');
    const { onFinished, cleanups } = finishers();
    const test = contractTest(
      'SelfTest',
      target({
        setup: () => {
          throw crash;
        },
        divergences: declared,
      }),
      'adds large numbers',
      addsLarge,
    );
    const error = await test.run(onFinished).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DivergenceMismatchError);
    expect(error).toMatchObject({
      expected: 'RangeError',
      actual: 'setup() threw before the case ran: Error: no adder today',
      cause: crash,
      message: expect.stringMatching(
        /^toy fails "adds large numbers" of the SelfTest contract, but not as declared/,
      ),
    });
    expect(cleanups).toEqual([]);
  });

  it('stops a case declared to hang through its teardown at the budget, and never tears down twice', async () => {
    const outcomes = recording();
    let release: (error: Error) => void = () => {};
    const teardown = vi.fn(() => release(new Error('closed')));
    const waiting = { add: () => new Promise<number>((_, reject) => (release = reject)) };
    const { onFinished, finish } = finishers();
    await contractTest(
      'SelfTest',
      target({
        setup: () => ({ adder: waiting, teardown }),
        timeout: 20,
        divergences: { 'adds large numbers': { reason: 'waits on a lock', fails: 'timeout' } },
      }),
      'adds large numbers',
      addsSmall,
    ).run(onFinished);
    expect(teardown).toHaveBeenCalledTimes(1);
    await finish();
    expect(teardown).toHaveBeenCalledTimes(1);
    expect(outcomes()).toEqual([outcome('adds large numbers', 'diverged', [])]);
  });
});
