// Round 17 probe, PostgreSQL 15 docs chapter 9 beyond earlier rounds: comparison and mathematical
// functions (a, b), bit strings and pattern matching (c), number formatting, enums, network
// addresses and UUIDs (d), sequences, conditionals and arrays (e), system information and
// geometry (f).
import a from './functions-a.js';
import b from './functions-b.js';
import c from './functions-c.js';
import d from './functions-d.js';
import e from './functions-e.js';
import f from './functions-f.js';
import g from './functions-g.js';
import h from './functions-h.js';

export default [...a, ...b, ...c, ...d, ...e, ...f, ...g, ...h];
