// Round 17 probe, errors: the errors repository code meets and inspects (PostgreSQL 15 Appendix A,
// 5.4 constraints, PL/pgSQL RAISE), in five parts.
import constraints from './errors-constraints.js';
import data from './errors-data.js';
import newer from './errors-newer.js';
import syntax from './errors-syntax.js';
import tx from './errors-tx.js';

export default [...constraints, ...data, ...syntax, ...tx, ...newer];
