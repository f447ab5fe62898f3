// Round 27 probe (helper types27): Casts between sensible pairs, explicit and with :: (seed 2702).
import { generate } from './types-gen.js';

export default generate('cast', 2702, 400, ['cast']);
