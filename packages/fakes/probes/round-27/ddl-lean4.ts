// Round 27, generated migrations (lean profile: what pg-mem takes), seed 27104: see ddl-gen.ts.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl lean4 ', 27104, 200, 'lean');
