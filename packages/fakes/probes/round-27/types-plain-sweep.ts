// Round 27 probe (helper types27): every shape mixed over pg-mem's types, without ::text (seed 2741).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate(
  'plain-sweep',
  2741,
  600,
  ['literal', 'cast', 'assign', 'params', 'order', 'aggregate', 'arrays', 'user', 'compare'],
  PG_MEM_TYPES,
  { plain: true },
);
