// Round 30 probe: the generated repository statements of shapes.mjs and shapes3.mjs sent without
// their values (code that calls query(text) and forgets the array, so node-pg uses the simple
// protocol): PostgreSQL's analysis fails at the first placeholder it meets, in its own order of
// clauses (FROM, select list, WHERE, ...), after any other mistake it meets first.
import { generate } from './shapes.mjs';
import { generate3 } from './shapes3.mjs';

const cases = [];
for (const source of [...generate(3801, 250), ...generate3(3802, 250)]) {
  const [first] = source.steps;
  if (typeof first === 'string' || !first.params || first.params.length === 0) continue;
  cases.push({ ...source, name: source.name.replace('r30', 'r30 forgotten values'), steps: [first.sql] });
}
export default cases;
