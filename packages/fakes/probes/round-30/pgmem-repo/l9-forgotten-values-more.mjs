// Round 30 probe: l8-forgotten-values.mjs over the other families (the ledger of shapes2.mjs, the
// combinational filters of fuzz.mjs, the write sequences of writes.mjs, more seeds of shapes.mjs
// and shapes3.mjs): each statement with placeholders sent without its values.
import { fuzz } from './fuzz.mjs';
import { generate } from './shapes.mjs';
import { generate2 } from './shapes2.mjs';
import { generate3 } from './shapes3.mjs';
import { writes } from './writes.mjs';

const cases = [];
const seen = new Set();
const sources = [
  ...generate2(3901, 200),
  ...fuzz(3902, 300),
  ...writes(3903, 60),
  ...generate(3904, 200),
  ...generate3(3905, 200),
];
for (const source of sources) {
  for (const step of source.steps) {
    if (typeof step === 'string' || !step.params || step.params.length === 0) continue;
    if (seen.has(step.sql)) continue;
    seen.add(step.sql);
    cases.push({
      name: `r30 forgotten values more #${cases.length + 1}`,
      setup: source.setup,
      steps: [step.sql],
    });
  }
}
export default cases;
