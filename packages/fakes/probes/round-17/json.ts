// Round 17 probe, json: PostgreSQL 15 docs 8.14 and 9.16 in full (json and jsonb input and output,
// operators, creation and processing functions, SQL/JSON path, subscripting, ordering and equality,
// aggregates), the SQL/JSON of 16 and 17 that 15 refuses, chapter 12 and 9.13 (full text search) and,
// lightly, 9.15 (XML).
import a from './json-a.js';
import b from './json-b.js';
import c from './json-c.js';
import d from './json-d.js';
import e from './json-e.js';
import f from './json-f.js';
import g from './json-g.js';
import h from './json-h.js';
import i from './json-i.js';
import j from './json-j.js';
import k from './json-k.js';

export default [...a, ...b, ...c, ...d, ...e, ...f, ...g, ...h, ...i, ...j, ...k];
