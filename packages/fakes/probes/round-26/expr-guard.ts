// Round 26 probe (helper a): a generated predicate ANDed with a condition that fails on some rows,
// over the full table: which one 15 tests first decides the answer (seed 808).
import { generate } from './expr-gen.js';

export default generate('guard', 808, 300, 'guard');
