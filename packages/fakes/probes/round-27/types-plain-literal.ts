// Round 27 probe (helper types27): literal cases over the types pg-mem creates, values compared without ::text (seed 2711).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-literal', 2711, 300, ['literal'], PG_MEM_TYPES, { plain: true });
