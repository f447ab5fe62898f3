// Round 26 probe (helper a): predicates with parameters ($n) in WHERE (seed 313).
import { generate } from './expr-gen.js';

export default generate('params-where', 313, 200, 'where', { params: true });
