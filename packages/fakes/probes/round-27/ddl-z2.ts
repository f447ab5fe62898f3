// Round 27, generated migrations (wide profile), seed 27028: see ddl-gen.ts for what the cases are made of.
import { generateDdlCases } from './ddl-gen.js';

export default generateDdlCases('r27 ddl z2 ', 27028, 200, 'wide');
