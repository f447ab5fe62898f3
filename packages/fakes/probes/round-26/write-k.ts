// Round 26 part C, generated writes (lean profile) with index lookups in the read-back and writes
// whose rows a subquery picks or computes (counters, clean-ups, insert-if-absent), seed 26011.
// See write-gen.ts.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write k ', 26011, 250, 'lean', true, true);
