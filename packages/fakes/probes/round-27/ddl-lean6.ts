// Round 27, generated migrations (lean profile: what pg-mem takes), seed 27106: see ddl-gen.ts.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl lean6 ', 27106, 200, 'lean');
