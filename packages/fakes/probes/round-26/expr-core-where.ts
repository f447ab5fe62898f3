// Round 26 probe (helper a): predicates over the core table (seed 606).
import { generate } from './expr-gen.js';

export default generate('core-where', 606, 400, 'where', { core: true });
