// Round 27 probe (helper types27): composite row input and output of each type (seed 2709).
import { generate } from './types-gen.js';

export default generate('composite', 2709, 250, ['composite']);
