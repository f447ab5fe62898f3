// Round 26 part B: every generated area again, on the edge-value set-up (int range ends, '' and
// upper case, more numeric digits) and a second seed.
import { generate, generateComposed } from './query-gen.js';

export default [
  ...generate('joins', 7001, 80, ['edges']),
  ...generate('subqueries', 7002, 80, ['edges']),
  ...generate('aggregates', 7003, 100, ['edges']),
  ...generate('windows', 7004, 60, ['edges']),
  ...generate('sets', 7005, 80, ['edges']),
  ...generateComposed(7006, 100, ['edges']),
];
