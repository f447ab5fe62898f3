import cases from './dt1.mjs';
import { split } from './split.mjs';
export default split(cases);
