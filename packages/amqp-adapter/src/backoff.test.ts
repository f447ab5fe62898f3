import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.js';

describe('backoffDelay', () => {
  const policy = { initialMs: 100, maxMs: 1_000, factor: 2 };

  it('doubles per attempt and stays between half and the whole step', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200, 400]);
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800]);
  });

  it('is capped at maxMs however many attempts failed', () => {
    expect(backoffDelay(50, policy, () => 1)).toBe(1_000);
    expect(backoffDelay(5_000, DEFAULT_BACKOFF, () => 0.5)).toBe(7_500);
  });

  it('spreads clients apart: different random draws give different delays', () => {
    expect(backoffDelay(2, policy, () => 0.1)).not.toBe(backoffDelay(2, policy, () => 0.9));
  });
});
