import { describeClockContract } from '@seams/contracts';
import { FakeClock } from './fake-clock.js';

describeClockContract({
  name: 'FakeClock (@seams/fakes)',
  setup: () => {
    const clock = new FakeClock();
    return { clock, advance: (ms) => clock.advance(ms) };
  },
});
