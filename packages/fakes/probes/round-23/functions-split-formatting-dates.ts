import cases from './functions-formatting-dates.js';
import { split } from './functions-split.js';
export default split(cases as never);
