import { afterAll, describe, expect, it } from 'vitest';
import { cleanUpAfterTest } from './test-cleanup.js';

describe('cleanUpAfterTest', () => {
  const ran: string[] = [];
  afterAll(() => {
    expect(ran).toEqual(['first']);
  });

  it('runs the cleanup when the test that registered it finishes', () => {
    expect(cleanUpAfterTest(() => void ran.push('first'))).toBe(true);
    expect(ran).toEqual([]);
  });

  it('has run it before the next test starts', () => {
    expect(ran).toEqual(['first']);
  });
});
