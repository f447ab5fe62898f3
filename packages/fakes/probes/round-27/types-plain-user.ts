// Round 27 probe (helper types27): user cases over the types pg-mem creates, values compared without ::text (seed 2718).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-user', 2718, 120, ['user'], PG_MEM_TYPES, { plain: true });
