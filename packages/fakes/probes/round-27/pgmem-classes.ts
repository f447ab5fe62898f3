// Round 27 probe (pg-mem, seed 2701, 60 cases): equivalence classes merged through join ON and WHERE column equalities, a subquery member beside a constant.
import { classCases } from './pgmem-gen.js';

export default classCases(2701, 60);
