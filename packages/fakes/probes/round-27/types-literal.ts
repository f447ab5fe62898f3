// Round 27 probe (helper types27): literal input and text output of chapter 8's types (seed 2701).
import { generate } from './types-gen.js';

export default generate('literal', 2701, 400, ['literal']);
