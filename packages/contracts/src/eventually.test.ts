import { describe, expect, it } from 'vitest';
import { eventually } from './eventually.js';

describe('eventually', () => {
  it('resolves once the check holds, looking again in between', async () => {
    let looks = 0;
    await eventually(() => ++looks === 3, 'the third look', { intervalMs: 1 });
    expect(looks).toBe(3);
  });

  it('awaits an async check before the next look, so looks never overlap', async () => {
    let running = 0;
    let overlapped = false;
    let looks = 0;
    await eventually(
      async () => {
        overlapped ||= running > 0;
        running += 1;
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
        return ++looks === 4;
      },
      'the fourth async look',
      { intervalMs: 0 },
    );
    expect({ looks, overlapped }).toEqual({ looks: 4, overlapped: false });
  });

  it('rejects naming what it waited for once the timeout has passed', async () => {
    const started = Date.now();
    await expect(eventually(() => false, 'a condition that never holds', 30)).rejects.toThrow(
      'timed out after 30 ms waiting for a condition that never holds',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
  });
});
