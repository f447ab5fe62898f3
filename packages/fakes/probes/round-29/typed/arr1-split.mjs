import cases from './arr1.mjs';
import { split } from './split.mjs';
export default split(cases);
