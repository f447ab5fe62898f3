// Round 27 probe (helper types27): assignment into typmod columns (INSERT, INSERT SELECT, UPDATE) (seed 2703).
import { generate } from './types-gen.js';

export default generate('assign', 2703, 300, ['assign']);
