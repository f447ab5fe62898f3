// Round 16 probe, all cases: PostgreSQL 15 docs ch. 7 (queries), 9.21-9.25 (aggregates, windows,
// subqueries, row/array comparisons, set-returning functions), ch. 6 (DML) and ch. 5 (constraints),
// then the extra passes (16-18 changes, error fields, lenient parsing, constraint-check order).
import ch7 from './queries-ch7.js';
import ch9 from './queries-ch9.js';
import dml from './queries-dml.js';
import extra from './queries-extra.js';
import extra2 from './queries-extra2.js';
import extra3 from './queries-extra3.js';
import extra4 from './queries-extra4.js';
import extra5 from './queries-extra5.js';
import extra6 from './queries-extra6.js';

export default [...ch7, ...ch9, ...dml, ...extra, ...extra2, ...extra3, ...extra4, ...extra5, ...extra6];
