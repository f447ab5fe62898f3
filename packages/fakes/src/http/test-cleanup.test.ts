import { describe, expect, it, onTestFinished } from 'vitest';
import { cleanUpAfterTest } from './test-cleanup.js';

describe('cleanUpAfterTest', () => {
  it('runs the cleanup when the test that registered it finishes, not before', () => {
    const ran: string[] = [];
    // vitest runs onTestFinished callbacks last-registered first: this one runs after the cleanup.
    onTestFinished(() => {
      expect(ran).toEqual(['cleanup']);
    });
    expect(cleanUpAfterTest(() => void ran.push('cleanup'))).toBe(true);
    expect(ran).toEqual([]);
  });
});
