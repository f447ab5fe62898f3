import { FakeClock, InstantClock } from '@seams/fakes';
import { expect, it } from 'vitest';

it('README: FakeClock', async () => {
  // #region fake-clock
  const clock = new FakeClock('2026-01-01T00:00:00Z');
  const reminder = clock.sleep(60_000).then(() => clock.now().toISOString()); // code under test waits a minute
  await clock.untilSleeping(60_000); // the wait has started
  await clock.advance(59_999);
  expect(clock.pendingSleeps).toEqual([60_000]);
  await clock.advance(1);
  expect(await reminder).toBe('2026-01-01T00:01:00.000Z');
  // #endregion
});

it('README: InstantClock', async () => {
  // #region instant-clock
  const clock = new InstantClock('2026-01-01T00:00:00Z');
  for (const backoff of [100, 200, 400]) await clock.sleep(backoff); // returns at once
  expect(clock.slept).toEqual([100, 200, 400]);
  expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.700Z');
  // #endregion
});
