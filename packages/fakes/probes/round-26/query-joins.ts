// Round 26 part B: generated joins shapes (see query-gen.ts); the seed fixes every case's text.
import { generate } from './query-gen.js';

export default generate('joins', 265, 400);
