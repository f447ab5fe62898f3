import { FakeClock, SeededIdGenerator, SequentialIdGenerator } from '@seams/fakes';
import { expect, it } from 'vitest';

it('README: id generators', () => {
  // #region ids
  const sequential = new SequentialIdGenerator();
  expect(sequential.next()).toBe('00000000-0000-4000-8000-000000000001');
  expect(sequential.next()).toBe('00000000-0000-4000-8000-000000000002');

  const seeded = new SeededIdGenerator({ seed: 42 }); // random-looking UUID v4, the same on every run
  expect(seeded.next()).toBe(new SeededIdGenerator({ seed: 42 }).next());

  const timeOrdered = new SeededIdGenerator({ seed: 42, version: 7, clock: new FakeClock() });
  expect(timeOrdered.next()).toMatch(/^019b76da-a800-7/); // 48 bits of the clock's ms, then version 7
  // #endregion
});
