// Round 17: server-side code as a repository layer uses it (SQL functions, PL/pgSQL, triggers,
// procedures, the function catalog), from PostgreSQL 15's documentation chapters 38.5, 39 and 43.
import a from './plpgsql-a.js';
import b from './plpgsql-b.js';
import c from './plpgsql-c.js';
import d from './plpgsql-d.js';
import e from './plpgsql-e.js';

export default [...a, ...b, ...c, ...d, ...e];
