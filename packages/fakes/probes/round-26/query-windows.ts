// Round 26 part B: generated windows shapes (see query-gen.ts); the seed fixes every case's text.
import { generate } from './query-gen.js';

export default generate('windows', 267, 400);
