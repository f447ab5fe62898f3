import cases from './functions-aggs-subq-srf.js';
import { split } from './functions-split.js';
export default split(cases as never);
