// Round 26 part B: generated sets shapes (see query-gen.ts); the seed fixes every case's text.
import { generate } from './query-gen.js';

export default generate('sets', 264, 400);
