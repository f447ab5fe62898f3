// Round 30 probe (seed 3402, 400 cases): the write sequences of writes.mjs, another seed.
import { writes } from './writes.mjs';

export default writes(3402, 400);
