// Round 27 probe (helper types27): order cases over the types pg-mem creates, values compared without ::text (seed 2715).
import { generate, PG_MEM_TYPES } from './types-gen.js';

export default generate('plain-order', 2715, 200, ['order'], PG_MEM_TYPES, { plain: true });
