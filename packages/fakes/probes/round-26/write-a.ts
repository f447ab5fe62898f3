// Round 26 part C, generated writes, seed 26001: see write-gen.ts for what the cases are made of.
import { generateWriteCases } from './write-gen.js';

export default generateWriteCases('r26 write a ', 26001, 250);
