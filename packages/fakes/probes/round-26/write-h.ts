// Round 26 part C, generated writes (lean profile: what pg-mem runs, so more of each case is measured
// there), seed 26008: see write-gen.ts.
import { generateTreeCases } from './write-gen.js';

export default generateTreeCases('r26 write h ', 26008, 250, 'lean');
