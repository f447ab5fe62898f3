// Round 27 probe (helper types27): cast cases over the types pg-mem creates, values compared without ::text (seed 2712).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-cast', 2712, 300, ['cast'], PG_MEM_TYPES, { plain: true });
