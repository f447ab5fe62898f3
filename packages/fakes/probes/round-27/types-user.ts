// Round 27 probe (helper types27): enums and domains with checks (seed 2710).
import { generate } from './types-gen.js';

export default generate('user', 2710, 150, ['user']);
