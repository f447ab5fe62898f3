// Round 27 probe (helper types27): comparisons over the types pg-mem creates, without ::text (seed 2720).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-compare', 2720, 400, ['compare'], PG_MEM_TYPES, { plain: true });
