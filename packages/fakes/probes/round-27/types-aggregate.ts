// Round 27 probe (helper types27): min/max/sum/avg/count over values (seed 2706).
import { generate } from './types-gen.js';

export default generate('aggregate', 2706, 250, ['aggregate']);
