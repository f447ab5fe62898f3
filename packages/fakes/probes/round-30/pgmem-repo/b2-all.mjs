// Round 30 probe (seed 3002, 400 cases): every shape of shapes.mjs in turn, another seed.
import { generate } from './shapes.mjs';

export default generate(3002, 400);
