import cases from './rng1.mjs';
import { split } from './split.mjs';
export default split(cases);
