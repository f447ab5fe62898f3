// Round 26 part B: generated shapes sent on the extended protocol (Parse/Bind/Execute, as node-pg
// sends any query with parameters), where each engine takes another path than the simple query.
import { generate, generateComposed } from './query-gen.js';

const cases = [
  ...generate('joins', 8001, 80),
  ...generate('subqueries', 8002, 80),
  ...generate('aggregates', 8003, 80),
  ...generate('windows', 8004, 80),
  ...generate('sets', 8005, 80),
  ...generateComposed(8006, 80),
];

export default cases.map((c, i) => ({
  ...c,
  name: `q-extended ${String(i + 1).padStart(3, '0')} ${c.name}`,
  steps: c.steps.map((step) => (typeof step === 'string' ? { sql: step, params: [] } : step)),
}));
