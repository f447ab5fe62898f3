// Round 26 part B: more of every generated area, from other seeds, on every set-up.
import { generate, generateComposed } from './query-gen.js';

const ALL = ['full', 't3empty', 't2empty', 'edges'] as const;
export default [
  ...generate('joins', 9001, 300, ALL),
  ...generate('subqueries', 9002, 300, ALL),
  ...generate('aggregates', 9003, 300, ALL),
  ...generate('windows', 9004, 300, ALL),
  ...generate('sets', 9005, 300, ALL),
  ...generateComposed(9006, 500, ALL),
];
