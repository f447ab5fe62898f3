import cases from './doc1.mjs';
import { split } from './split.mjs';
export default split(cases);
