// Round 27, generated migrations (full profile), seed 27005: see ddl-gen.ts for what the cases are made of.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl e ', 27005, 200, 'full');
