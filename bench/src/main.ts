// `pnpm bench`: every package's benchmark plus the repo-level ones (suite speed, pgbench ceiling,
// service load, outbox throughput), written to bench/results.md and bench/results.json. Every
// figure is a median of repeated runs with min and max; every ratio compares figures of this run.
//   --quick         one short run per figure (development; not for the committed report)
//   --only=a,b      sections: suites, first-run, packages, pgbench, load, layering, outbox, round-trips
//   --load-backends=pglite,pg-mem,real   the load section's backends (default all; while iterating on one)
//   --no-write      print only
//   --layering-warn the layering section also measures the service at LOG_LEVEL=warn

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
/** Wall seconds of each step run, for the bench's own time. */
const stepSeconds: [name: string, seconds: number][] = [];
const setUpSeconds = Number(process.hrtime.bigint() - started) / 1e9;
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
  const stepStarted = process.hrtime.bigint();
  try {
    await step();
  } catch (error) {
    failures.push(name);
    report
      .section(`${title} (did not complete)`, '')
      .fail(error instanceof Error ? error.message : String(error));
  }
  const seconds = Number(process.hrtime.bigint() - stepStarted) / 1e9;
  stepSeconds.push([name, seconds]);
  console.log(`=== ${title}: ${seconds.toFixed(0)} s`);
  for (const section of report.sections.slice(sectionsBefore)) section.run = run;
  for (const target of report.targets.slice(targetsBefore)) target.step = name;
}
for (const s of report.sections) if (!s.ok && !failures.includes(s.name)) failures.push(s.name);

// The bench's own time, per step: a full run must stay under 10 minutes on this machine, or nobody
// runs it. One sample each. An --only run's time says nothing about a full one: printed only.
const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
if (!only) {
  const timing = report.section(
    'The bench itself: wall time per step',
    'Wall time of each step of this run (one sample each), of the set-up before them (idle check, `pnpm turbo build`) and of the whole run up to writing the report.',
  );
  timing.figure('set-up: idle check and build', 's', [setUpSeconds]);
  for (const [name, seconds] of stepSeconds) timing.figure(`step ${name}`, 's', [seconds]);
  timing.figure(`pnpm bench${quick ? ' --quick' : ''}, whole run`, 's', [totalSeconds]);
  if (!quick) {
    timing.target(
      'pnpm bench < 10 minutes on this machine',
      totalSeconds < 600,
      `${(totalSeconds / 60).toFixed(1)} min (load average ${env.loadavgAtStart[0]} at start, ${loadAverage()[0]} at end)`,
    );
  }
  const section = report.sections.at(-1);
  if (section) {
    section.run = {
      step: 'bench',
      at: env.at,
      node: process.version,
      loadavgAtStart: env.loadavgAtStart,
      quick,
    };
  }
  for (const target of report.targets) target.step ??= 'bench';
}

const result: BenchResult = {
  machine: { ...env, loadavgAtEnd: loadAverage() },
  quick,
  seconds: totalSeconds,
  sections: report.sections,
  targets: report.targets,
};
// With --only, the sections run replace theirs in the last report and the others stay, each dated.
if (!process.argv.includes('--no-write')) writeResults(result, { merge: only !== undefined });
console.log(`\nbench finished in ${result.seconds.toFixed(0)} s`);
if (failures.length > 0) {
  console.error(`sections with failures: ${failures.join('; ')}`);
  process.exit(1);
}
