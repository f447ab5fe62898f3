// Round 27 probe (helper types27): every shape mixed, all types (seed 2740).
import { generate } from './types-gen.js';

export default generate('sweep', 2740, 600, [
  'literal',
  'cast',
  'assign',
  'params',
  'order',
  'aggregate',
  'settings',
  'arrays',
  'composite',
  'user',
  'compare',
]);
