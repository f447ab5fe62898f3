// Round 26 probe (helper a): a generated predicate ANDed with a condition that fails on some rows,
// over the core table pg-mem creates (seed 909).
import { generate } from './expr-gen.js';

export default generate('core-guard', 909, 300, 'guard', { core: true });
