// Round 27 probe (helper types27): more literal, assignment and parameter cases over pg-mem's types (seed 2730).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate(
  'plain-more',
  2730,
  500,
  ['literal', 'assign', 'params', 'cast', 'order'],
  PG_MEM_TYPES,
  {
    plain: true,
  },
);
