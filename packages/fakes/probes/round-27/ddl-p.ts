// Round 27, generated migrations (plain profile), seed 27016: see ddl-gen.ts for what the cases are made of.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl p ', 27016, 200, 'plain');
