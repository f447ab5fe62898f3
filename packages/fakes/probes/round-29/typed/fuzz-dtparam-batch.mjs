import cases from './fuzz-dtparam.mjs';

const out = [];
for (let i = 0; i < cases.length; i += 40)
  out.push({ name: `fdpb ${i}`, steps: cases.slice(i, i + 40).map((c) => c.steps[0]) });
export default out;
