// Round 30 probe (seed 3302, 800 cases): the combinational filters of fuzz.mjs, another seed.
import { fuzz } from './fuzz.mjs';

export default fuzz(3302, 800);
