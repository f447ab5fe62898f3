// Round 27 probe (pg-mem, seed 2704, 60 cases): immutable string functions over constants, strict calls of NULL and stable concat() beside a division by zero.
import { foldingCases } from './pgmem-gen.js';

export default foldingCases(2704, 60);
