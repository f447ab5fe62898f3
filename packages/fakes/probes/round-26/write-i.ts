// Round 26 part C, generated writes (lean profile) with plain and partial indexes, and a read-back
// that finds every row again by equality on its key, foreign key, code and qty, seed 26009: an index
// a write left stale shows. See write-gen.ts.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write i ', 26009, 250, 'lean', true);
