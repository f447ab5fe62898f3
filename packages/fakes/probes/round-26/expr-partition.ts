// Round 26 probe (helper a): WHERE p, WHERE NOT p and WHERE (p) IS NULL over the same table (seed 404).
import { generate } from './expr-gen.js';

export default generate('partition', 404, 300, 'partition');
