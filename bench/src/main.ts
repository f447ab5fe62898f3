// `pnpm bench`: every package's benchmark plus the repo-level ones (suite speed, pgbench ceiling,
// service load, outbox throughput), written to bench/results.md and bench/results.json. Every
// figure is a median of repeated runs with min and max; every ratio compares figures of this run.
//   --quick         one short run per figure (development; not for the committed report)
//   --only=a,b      sections: suites, first-run, packages, pgbench, load, layering, outbox, round-trips
//   --load-backends=pglite,pg-mem,real   the load section's backends (default all; while iterating on one)
//   --no-write      print only

import { firstRun } from './first-run.js';
import {
  type BenchContext,
  exec,
  type LoadBackend,
  loadAverage,
  machine,
  machineCpu,
  Report,
} from './harness.js';
import { layeringCost } from './layering.js';
import { outboxThroughput } from './outbox.js';
import { packageBenches } from './packages.js';
import { pgbenchCeiling } from './pgbench.js';
import { roundTrips } from './round-trips.js';
import { serviceLoad } from './service-load.js';
import { suites } from './suites.js';
import { type BenchResult, writeResults } from './write-results.js';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name: string) => !only || only.includes(name);

const started = process.hrtime.bigint();
const report = new Report();
const LOAD_BACKENDS: readonly LoadBackend[] = ['pglite', 'pg-mem', 'real'];
const loadBackends = process.argv
  .find((a) => a.startsWith('--load-backends='))
  ?.slice('--load-backends='.length)
  .split(',');
const unknownBackend = loadBackends?.find((b) => !LOAD_BACKENDS.some((known) => known === b));
if (unknownBackend) {
  console.error(`--load-backends: unknown backend ${unknownBackend} (known: ${LOAD_BACKENDS.join(', ')})`);
  process.exit(2);
}
const context: BenchContext = {
  quick,
  ...(loadBackends ? { loadBackends: LOAD_BACKENDS.filter((b) => loadBackends.includes(b)) } : {}),
};
const env = machine();
// The machine is shared: record how busy it was just before the run, so the figures can be read.
const idleCheck = machineCpu();
await new Promise((resolve) => setTimeout(resolve, 3000));
env.cpuBusyBeforeStart = Math.round(idleCheck());
console.log(
  `seams bench${quick ? ' (quick)' : ''}: ${env.cores} cores, ${env.memoryGiB} GiB, node ${env.node}, load ${env.loadavgAtStart.join(' ')}`,
);

// Other sessions edit the shared tree while this runs: a package that does not build is reported,
// and everything else is still measured.
const build = await exec('pnpm', ['turbo', 'build', '--continue', '--output-logs=errors-only']);
if (build.code !== 0) {
  report
    .section('Build', '`pnpm turbo build` before the run')
    .fail(`build failed:\n${build.stdout.slice(-3000)}`);
}

const steps: [name: string, title: string, step: () => Promise<unknown>][] = [
  ['suites', 'test-suite speed', () => suites(report, context)],
  ['first-run', 'first run from a fresh clone', () => firstRun(report, context)],
  ['packages', 'package benches', () => packageBenches(report, context)],
  [
    'pgbench',
    'pgbench ceiling',
    async () => {
      context.pgbench = await pgbenchCeiling(report, context);
    },
  ],
  ['load', 'service load', () => serviceLoad(report, context)],
  ['layering', 'layering cost beside a flat baseline', () => layeringCost(report, context)],
  ['outbox', 'outbox relays', () => outboxThroughput(report, context)],
  ['round-trips', 'round trips per create+pay pair', () => roundTrips(report, context)],
];
const failures: string[] = [];
for (const [name, title, step] of steps) {
  if (!wanted(name)) continue;
  console.log(`\n=== ${title}`);
  const [sectionsBefore, targetsBefore] = [report.sections.length, report.targets.length];
  const run = {
    step: name,
    at: new Date().toISOString(),
    node: process.version,
    loadavgAtStart: loadAverage(),
    quick,
  };
  try {
    await step();
  } catch (error) {
    failures.push(name);
    report
      .section(`${title} (did not complete)`, '')
      .fail(error instanceof Error ? error.message : String(error));
  }
  for (const section of report.sections.slice(sectionsBefore)) section.run = run;
  for (const target of report.targets.slice(targetsBefore)) target.step = name;
}
for (const s of report.sections) if (!s.ok && !failures.includes(s.name)) failures.push(s.name);

const result: BenchResult = {
  machine: { ...env, loadavgAtEnd: loadAverage() },
  quick,
  seconds: Number(process.hrtime.bigint() - started) / 1e9,
  sections: report.sections,
  targets: report.targets,
};
if (!quick && !only) {
  report.targets.push({
    section: 'pnpm bench < 10 minutes on this machine',
    met: result.seconds < 600,
    detail: `${(result.seconds / 60).toFixed(1)} min (load average ${result.machine.loadavgAtStart[0]} at start)`,
  });
}
// With --only, the sections run replace theirs in the last report and the others stay, each dated.
if (!process.argv.includes('--no-write')) writeResults(result, { merge: only !== undefined });
console.log(`\nbench finished in ${result.seconds.toFixed(0)} s`);
if (failures.length > 0) {
  console.error(`sections with failures: ${failures.join('; ')}`);
  process.exit(1);
}
