// Round 26 probe (helper a): expressions of every type, one value per row, over the full table (seed 101).
import { generate } from './expr-gen.js';

export default generate('values', 101, 400, 'value');
