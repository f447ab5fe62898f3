// Round 27, generated migrations (plain profile), seed 27014: see ddl-gen.ts for what the cases are made of.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl n ', 27014, 200, 'plain');
