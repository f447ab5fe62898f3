// Round 27, generated migrations (plain profile), seed 27013: see ddl-gen.ts for what the cases are made of.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl m ', 27013, 200, 'plain');
