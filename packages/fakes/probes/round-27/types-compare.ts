// Round 27 probe (helper types27): comparisons within a type and across chapter 10's implicit pairs (seed 2719).
import { generate } from './types-gen.js';

export default generate('compare', 2719, 400, ['compare']);
