// Round 26 part C, generated writes (lean profile: what pg-mem runs, so more of each case is measured
// there), seed 26007: see write-gen.ts.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write g ', 26007, 250, 'lean');
