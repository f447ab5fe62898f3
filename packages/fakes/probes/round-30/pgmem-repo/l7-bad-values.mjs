// Round 30 probe: the generated repository statements of shapes.mjs and shapes3.mjs sent with
// values that fail their input (a typo'd id, an unparsable date or uuid, a count as text) in
// one, two or all places: PostgreSQL's Bind reads $1, $2, ... in order after analysis.
import { rngOf } from './gen.mjs';
import { generate } from './shapes.mjs';
import { generate3 } from './shapes3.mjs';

const r = rngOf(3701);
const BAD = ['x', '', '1.5', '2024-13-45', 'not-a-uuid', '{1,x}', '{bad', 'maybe', '99999999999', ' '];
const cases = [];
for (const source of [...generate(3702, 300), ...generate3(3703, 300)]) {
  const steps = source.steps.map((step) => {
    if (typeof step === 'string' || !step.params || step.params.length === 0) return step;
    const mode = r.int(0, 2);
    const params = step.params.map((value, index) =>
      mode === 2 || (mode === 0 && index === step.params.length - 1) || (mode === 1 && r.bool())
        ? r.pick(BAD)
        : value,
    );
    return { ...step, params };
  });
  if (steps.every((step, i) => step === source.steps[i])) continue;
  cases.push({
    ...source,
    name: `${source.name.replace('r30', 'r30 bad values')}`,
    steps: steps.slice(0, 1),
  });
}
export default cases;
