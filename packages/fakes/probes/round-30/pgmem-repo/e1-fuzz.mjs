// Round 30 probe (seed 3301, 800 cases): the combinational filters of fuzz.mjs.
import { fuzz } from './fuzz.mjs';

export default fuzz(3301, 800);
