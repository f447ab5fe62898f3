import cases from './functions-math-cond.js';
import { split } from './functions-split.js';
export default split(cases as never);
