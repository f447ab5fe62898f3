import { describe, expect, it } from 'vitest';
import { InstantClock } from './instant-clock.js';

describe('InstantClock', () => {
  it('returns from sleep at once, moving its time and recording each wait', async () => {
    const clock = new InstantClock('2026-01-01T00:00:00.000Z');
    await clock.sleep(1_000);
    await clock.sleep(250);
    await clock.sleep(-5);
    expect(clock.slept).toEqual([1_000, 250, -5]);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:01.250Z');
  });

  it('rejects a sleep whose signal is already aborted, without recording it', async () => {
    const clock = new InstantClock();
    const reason = new Error('stop');
    await expect(clock.sleep(10, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(clock.slept).toEqual([]);
  });

  it('refuses an invalid start instant', () => {
    expect(() => new InstantClock('nope')).toThrow(RangeError);
  });
});
