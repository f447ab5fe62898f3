import { split } from './split.mjs';
import cases from './ver1.mjs';
export default split(cases);
