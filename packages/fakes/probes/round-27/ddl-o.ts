// Round 27, generated migrations (plain profile), seed 27015: see ddl-gen.ts for what the cases are made of.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl o ', 27015, 200, 'plain');
