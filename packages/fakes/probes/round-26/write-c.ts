// Round 26 part C, generated writes, seed 26003: without what pg-mem refuses whole; see write-gen.ts for what the cases are made of.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write c ', 26003, 250, 'plain');
