// Round 27 probe (helper types27): aggregate cases over the types pg-mem creates, values compared without ::text (seed 2716).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-aggregate', 2716, 200, ['aggregate'], PG_MEM_TYPES, { plain: true });
