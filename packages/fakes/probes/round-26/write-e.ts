// Round 26 part C, generated writes over a tree of tables (full profile), seed 26005: see write-gen.ts.
import { generateTreeCases } from './write-gen.js';

export default generateTreeCases('r26 write e ', 26005, 250, 'full');
