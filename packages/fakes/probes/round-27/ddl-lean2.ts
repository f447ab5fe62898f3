// Round 27, generated migrations (lean profile: what pg-mem takes), seed 27102: see ddl-gen.ts.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl lean2 ', 27102, 200, 'lean');
