import b from './fuzz-arr.mjs';
import c from './fuzz-dt.mjs';
import a from './fuzz-jsonb.mjs';

// One PGlite case holding many statements: every 12th fuzz statement, 40 statements a case.
const picked = [...a, ...b, ...c].filter((_, i) => i % 12 === 0).map((x) => x.steps[0]);
const out = [];
for (let i = 0; i < picked.length; i += 40) out.push({ name: `sample ${i}`, steps: picked.slice(i, i + 40) });
export default out;
