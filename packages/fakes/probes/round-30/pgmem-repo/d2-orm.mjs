// Round 30 probe (seed 3202, 400 cases): the ORM-printed family of shapes3.mjs, another seed.
import { generate3 } from './shapes3.mjs';

export default generate3(3202, 400);
