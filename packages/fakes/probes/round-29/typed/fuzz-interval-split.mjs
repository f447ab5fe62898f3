import cases from './fuzz-interval.mjs';
export default cases.flatMap((c) => c.steps.map((s, i) => ({ name: `${c.name} #${i} ${s}`, steps: [s] })));
