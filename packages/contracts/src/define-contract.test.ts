import { describe, expect, it } from 'vitest';
import { DivergenceResolvedError, defineContract, settleDivergentCase } from './define-contract.js';

const labels = { port: 'SelfTest', target: 'toy', caseName: 'adds' };

describe('settleDivergentCase', () => {
  it('accepts a divergent case that still fails', async () => {
    await expect(
      settleDivergentCase(labels, async () => expect(1 + 1).toBe(3), 1_000),
    ).resolves.toBeUndefined();
  });

  it('accepts a divergent case that hangs past its budget', async () => {
    await expect(settleDivergentCase(labels, () => new Promise(() => {}), 20)).resolves.toBeUndefined();
  });

  it('fails once the divergent case passes, naming the case', async () => {
    const settling = settleDivergentCase(labels, async () => expect(1 + 1).toBe(2), 1_000);
    await expect(settling).rejects.toBeInstanceOf(DivergenceResolvedError);
    await expect(settling).rejects.toThrow(/toy now passes "adds" of the SelfTest contract/);
  });
});

describe('defineContract', () => {
  const toy = defineContract<{ add: (a: number, b: number) => number }>()('SelfTest', {
    'adds small numbers': ({ add }) => expect(add(1, 2)).toBe(3),
    'adds large numbers': ({ add }) => expect(add(2 ** 52, 2 ** 52)).toBe(2 ** 53),
  });

  it('lists its cases in declaration order', () => {
    expect(toy.caseNames).toEqual(['adds small numbers', 'adds large numbers']);
  });

  it('refuses a divergence from a case it does not have', () => {
    expect(() =>
      toy.register({
        name: 'typo',
        setup: () => ({ add: (a, b) => a + b }),
        divergences: { 'adds tiny numbers': 'no such case' } as never,
      }),
    ).toThrow(/unknown SelfTest case "adds tiny numbers"/);
  });

  // A real registration: the overflowing adder declares its divergence and the suite stays green.
  toy.register({ name: 'exact adder', setup: () => ({ add: (a, b) => a + b }) });
  toy.register({
    name: '32-bit adder',
    setup: () => ({ add: (a, b) => (a + b) | 0 }),
    divergences: { 'adds large numbers': 'wraps at 2^31 like a C int' },
  });
});

describe('contract.tests: the suite for runners other than vitest', () => {
  const toy = defineContract<{ add: (a: number, b: number) => number }>()('SelfTest', {
    'adds small numbers': ({ add }) => expect(add(1, 2)).toBe(3),
    'adds large numbers': ({ add }) => expect(add(2 ** 52, 2 ** 52)).toBe(2 ** 53),
  });
  const exact = (a: number, b: number) => a + b;
  const wrapping = (a: number, b: number) => (a + b) | 0;

  it('gives one test per case, in order, titled as register titles them', () => {
    const tests = toy.tests({
      name: '32-bit adder',
      setup: () => ({ add: wrapping }),
      divergences: { 'adds large numbers': 'wraps at 2^31' },
      timeout: 2_000,
    });
    expect(tests.map((test) => [test.title, test.timeout])).toEqual([
      ['adds small numbers', 2_000],
      ['adds large numbers [declared divergence: wraps at 2^31]', 2_000],
    ]);
  });

  it('runs a case and hands the teardown to the runner, which calls it once', async () => {
    const torndown: string[] = [];
    const finished: Array<() => Promise<void> | void> = [];
    const [small] = toy.tests({
      name: 'exact adder',
      setup: () => ({ add: exact, teardown: () => void torndown.push('adder') }),
    });
    await small?.run((cleanup) => finished.push(cleanup));
    expect(torndown).toEqual([]);
    for (const cleanup of finished) await cleanup();
    expect(torndown).toEqual(['adder']);
  });

  it('rejects when a plain case fails', async () => {
    const [, large] = toy.tests({ name: '32-bit adder', setup: () => ({ add: wrapping }) });
    await expect(large?.run(() => undefined)).rejects.toThrow(/to be 9007199254740992/);
  });

  it('settles a declared divergence: passes while it fails, rejects once it passes', async () => {
    const divergences = { 'adds large numbers': 'wraps at 2^31' };
    const [, stillWrong] = toy.tests({ name: '32-bit adder', setup: () => ({ add: wrapping }), divergences });
    await expect(stillWrong?.run(() => undefined)).resolves.toBeUndefined();
    const [, nowRight] = toy.tests({ name: 'fixed adder', setup: () => ({ add: exact }), divergences });
    await expect(nowRight?.run(() => undefined)).rejects.toBeInstanceOf(DivergenceResolvedError);
  });

  it('refuses a divergence from a case it does not have', () => {
    expect(() =>
      toy.tests({
        name: 'typo',
        setup: () => ({ add: exact }),
        divergences: { 'adds tiny numbers': 'no such case' } as never,
      }),
    ).toThrow(/unknown SelfTest case "adds tiny numbers"/);
  });
});
