// Round 27 probe (pg-mem, seed 2702, 60 cases): one-time filters (written and derived) inside scalar subqueries, CTEs, EXISTS, IN, derived tables and UNION ALL branches under a LIMIT.
import { nestedCases } from './pgmem-gen.js';

export default nestedCases(2702, 60);
