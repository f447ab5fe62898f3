// Round 27, generated migrations (lean profile: what pg-mem takes), seed 27101: see ddl-gen.ts.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl lean1 ', 27101, 200, 'lean');
