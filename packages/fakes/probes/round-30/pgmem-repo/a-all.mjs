// Round 30 probe (seed 3001, 400 cases): every shape of shapes.mjs in turn.
import { generate } from './shapes.mjs';

export default generate(3001, 400);
