// Round 27 probe (helper types27): arrays cases over the types pg-mem creates, values compared without ::text (seed 2717).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-arrays', 2717, 250, ['arrays'], PG_MEM_TYPES, { plain: true });
