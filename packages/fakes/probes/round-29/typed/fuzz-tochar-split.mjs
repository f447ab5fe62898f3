import cases from './fuzz-tochar.mjs';

const seen = new Set();
export default cases
  .flatMap((c) => c.steps.slice(1).map((s) => s))
  .filter((s) => !seen.has(s) && seen.add(s))
  .map((s) => ({ name: `tcs: ${s}`, steps: [s] }));
