// Round 26 probe (helper a): expressions and predicates with parameters over the core table (seed 707).
import { generate } from './expr-gen.js';

export default generate('core-params', 707, 300, 'where', { core: true, params: true });
