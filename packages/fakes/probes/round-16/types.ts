// Round 16 probe, data types: PostgreSQL 15 docs chapter 8 and the matching sections of chapter 9
// (types-a to types-d), then PostgreSQL 16-18 changes, implicit casts, input functions and enums
// as text (types-e to types-m).
import a from './types-a.js';
import b from './types-b.js';
import c from './types-c.js';
import d from './types-d.js';
import e from './types-e.js';
import f from './types-f.js';
import g from './types-g.js';
import h from './types-h.js';
import i from './types-i.js';
import j from './types-j.js';
import k from './types-k.js';
import l from './types-l.js';
import m from './types-m.js';

export default [...a, ...b, ...c, ...d, ...e, ...f, ...g, ...h, ...i, ...j, ...k, ...l, ...m];
