// Round 27 probe (helper types27): params cases over the types pg-mem creates, values compared without ::text (seed 2714).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-params', 2714, 300, ['params'], PG_MEM_TYPES, { plain: true });
