// Round 27, generated migrations (lean profile: what pg-mem takes), seed 27103: see ddl-gen.ts.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl lean3 ', 27103, 200, 'lean');
