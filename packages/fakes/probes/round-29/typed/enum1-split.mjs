import cases from './enum1.mjs';
import { split } from './split.mjs';
export default split(cases);
