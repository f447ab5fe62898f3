// Round 27, generated migrations (full profile), seed 27012: see ddl-gen.ts for what the cases are made of.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl l ', 27012, 200, 'full');
