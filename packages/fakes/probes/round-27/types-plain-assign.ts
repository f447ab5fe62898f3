// Round 27 probe (helper types27): assign cases over the types pg-mem creates, values compared without ::text (seed 2713).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-assign', 2713, 250, ['assign'], PG_MEM_TYPES, { plain: true });
