// Round 27, generated migrations (lean profile: what pg-mem takes), seed 27105: see ddl-gen.ts.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl lean5 ', 27105, 200, 'lean');
