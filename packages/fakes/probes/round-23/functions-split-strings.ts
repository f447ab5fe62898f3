import { split } from './functions-split.js';
import cases from './functions-strings.js';
export default split(cases as never);
