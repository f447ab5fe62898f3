// Round 30 probe (seed 3201, 400 cases): the ORM-printed family of shapes3.mjs.
import { generate3 } from './shapes3.mjs';

export default generate3(3201, 400);
