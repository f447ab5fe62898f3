import { describe, expect, it } from 'vitest';
import { FailureScript } from './failure-script.js';

describe('FailureScript', () => {
  it('hands out each scripted failure once, in order, then nothing', () => {
    const script = new FailureScript<string>('failNext');
    script.add(2, 'hang');
    script.add(1, 'unavailable');
    expect([script.take(), script.take(), script.take(), script.take()]).toEqual([
      'hang',
      'hang',
      'unavailable',
      undefined,
    ]);
    expect(script.pending).toBe(0);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a count of %s, naming the method', (count) => {
    const script = new FailureScript<string>('failNextPublish');
    expect(() => script.add(count, 'nacked')).toThrow(
      new RangeError(`failNextPublish: count must be a whole number >= 0, got ${count}`),
    );
    expect(script.pending).toBe(0);
  });
});
