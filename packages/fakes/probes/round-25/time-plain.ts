// Round 25 probe (helper b), date/time part 5: the cases of time-functions.ts and time-params.ts with
// their session settings left out (pg-mem refuses SET TimeZone and DateStyle, so the files above
// measure it on nothing): the same expressions and parameters under the server's UTC defaults,
// where the cases without a setting of their own can be told apart.
import type { ProbeCase, ProbeStep } from '../probe-kit.js';
import functions from './time-functions.js';
import params from './time-params.js';

const isSetting = (step: ProbeStep): boolean => typeof step === 'string' && /^\s*(SET|RESET)\b/i.test(step);

const derived: ProbeCase[] = [];
const seen = new Set<string>();
for (const probeCase of [...functions, ...params]) {
  const steps = probeCase.steps.filter((step) => !isSetting(step));
  const key = JSON.stringify([probeCase.setup, steps]);
  // Cases that differ only by their setting (DateStyle, IntervalStyle, TimeZone) are kept once.
  if (steps.length === 0 || seen.has(key)) continue;
  seen.add(key);
  derived.push({ ...probeCase, name: `plain: ${probeCase.name}`, steps });
}

export default derived;
