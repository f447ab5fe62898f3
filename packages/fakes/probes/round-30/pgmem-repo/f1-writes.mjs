// Round 30 probe (seed 3401, 400 cases): the unit-of-work write sequences of writes.mjs.
import { writes } from './writes.mjs';

export default writes(3401, 400);
