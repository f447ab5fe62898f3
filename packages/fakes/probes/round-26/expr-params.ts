// Round 26 probe (helper a): expressions and predicates with parameters ($n), typed by their context or a cast (seed 303).
import { generate } from './expr-gen.js';

export default generate('params', 303, 200, 'value', { params: true });
