// Round 26 part C, generated writes over a tree of tables (plain profile), seed 26006: see write-gen.ts.
import { generateTreeCases } from './write-gen.js';

export default generateTreeCases('r26 write f ', 26006, 250, 'plain');
