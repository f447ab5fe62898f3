// Round 26 probe (helper a): expressions over the core table (the columns and values pg-mem creates) (seed 505).
import { generate } from './expr-gen.js';

export default generate('core-values', 505, 400, 'value', { core: true });
