// Round 27 probe (helper types27): parameters sent as strings on the extended protocol (seed 2704).
import { generate } from './types-gen.js';

export default generate('params', 2704, 300, ['params']);
