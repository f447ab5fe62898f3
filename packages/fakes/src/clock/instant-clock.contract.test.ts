import { assertionFailure, describeClockContract } from '@seams/contracts';
import { InstantClock } from './instant-clock.js';

// Returning from sleep at once is what InstantClock is for, so the two cases that wait for time
// to pass before a sleep ends are declared, not fixed: FakeClock and SystemClock honour them.
const SLEEPS_RETURN_AT_ONCE = 'sleeps return at once, moving the clock forward, so';

describeClockContract({
  name: 'InstantClock (@seams/fakes)',
  setup: () => {
    const clock = new InstantClock();
    // Its time only moves by sleeping: that is how this clock lets time pass.
    return { clock, advance: (ms) => clock.sleep(ms) };
  },
  divergences: {
    'sleep(ms) resolves only once ms has passed': {
      reason: `${SLEEPS_RETURN_AT_ONCE} the sleep has resolved before any other time passes`,
      fails: assertionFailure(/^expected true to be false/),
    },
    'sleep rejects with the reason when its signal aborts': {
      reason: `${SLEEPS_RETURN_AT_ONCE} a later abort finds the sleep already resolved (an already-aborted signal still rejects)`,
      fails: assertionFailure(/^promise resolved "undefined" instead of rejecting/),
    },
  },
});
