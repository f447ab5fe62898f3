// Round 26 part B: generated queries nested in queries (see query-gen.ts's composed shapes).
import { generateComposed } from './query-gen.js';

export default generateComposed(2626, 400);
