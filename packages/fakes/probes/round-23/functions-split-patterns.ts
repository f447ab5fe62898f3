import cases from './functions-patterns.js';
import { split } from './functions-split.js';
export default split(cases as never);
