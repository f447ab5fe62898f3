// Round 26 probe (helper a): predicates in WHERE over the full table (seed 202).
import { generate } from './expr-gen.js';

export default generate('where', 202, 400, 'where');
