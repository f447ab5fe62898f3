// Round 26 part C, generated writes (full profile) with index lookups in the read-back and writes
// whose rows a subquery picks or computes (counters, clean-ups, insert-if-absent), seed 26012.
// See write-gen.ts.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write l ', 26012, 250, 'full', true, true);
