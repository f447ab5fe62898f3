// Round 26 part C, generated writes (full profile) with plain and partial indexes, and a read-back
// that finds every row again by equality on its key, foreign key, code and qty, seed 26010: an index
// a write left stale shows. See write-gen.ts.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write j ', 26010, 250, 'full', true);
