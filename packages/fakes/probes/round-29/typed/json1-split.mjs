import cases from './json1.mjs';
import { split } from './split.mjs';
export default split(cases);
