import c from './fuzz-enum.mjs';
import b from './fuzz-input.mjs';
import a from './fuzz-param.mjs';

const setupOf = (x) => x.setup;
const out = [];
for (const [list, every] of [
  [a, 10],
  [b, 3],
  [c, 1],
]) {
  const picked = list.filter((_, i) => i % every === 0);
  for (let i = 0; i < picked.length; i += 40)
    out.push({
      name: `s3 ${out.length}`,
      setup: setupOf(picked[0]),
      steps: picked.slice(i, i + 40).map((x) => x.steps[0]),
    });
}
export default out;
