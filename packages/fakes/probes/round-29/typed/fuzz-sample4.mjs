import c from './fuzz-agg.mjs';
import a from './fuzz-jparam.mjs';
import b from './fuzz-tsi.mjs';

const out = [];
for (const list of [a, b, c])
  for (let i = 0; i < list.length; i += 40)
    out.push({
      name: `s4 ${out.length}`,
      setup: list[0].setup,
      steps: list.slice(i, i + 40).map((x) => x.steps[0]),
    });
export default out;
