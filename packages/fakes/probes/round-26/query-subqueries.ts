// Round 26 part B: generated subqueries shapes (see query-gen.ts); the seed fixes every case's text.
import { generate } from './query-gen.js';

export default generate('subqueries', 2610, 400);
