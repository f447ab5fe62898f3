// Round 27 probe (helper types27): ORDER BY over values with NULLS FIRST/LAST and equality joins (seed 2705).
import { generate } from './types-gen.js';

export default generate('order', 2705, 250, ['order']);
