import { split } from './split.mjs';
import cases from './tz1.mjs';
export default split(cases);
