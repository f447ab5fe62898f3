// Round 27 probe (helper types27): arrays of each type: output quoting, NULL elements, multi-dim, lower bounds (seed 2708).
import { generate } from './types-gen.js';

export default generate('arrays', 2708, 350, ['arrays']);
