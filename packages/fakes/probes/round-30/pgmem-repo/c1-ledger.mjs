// Round 30 probe (seed 3101, 400 cases): the ledger family of shapes2.mjs.
import { generate2 } from './shapes2.mjs';

export default generate2(3101, 400);
