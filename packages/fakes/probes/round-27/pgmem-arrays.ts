// Round 27 probe (pg-mem, seed 2703, 60 cases): = ANY / <> ALL / = ALL over a bound array parameter of 0 to 20 elements beside a condition that divides by zero.
import { arrayCases } from './pgmem-gen.js';

export default arrayCases(2703, 60);
