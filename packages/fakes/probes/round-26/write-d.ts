// Round 26 part C, generated writes, seed 26004: without what pg-mem refuses whole; see write-gen.ts for what the cases are made of.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write d ', 26004, 250, 'plain');
