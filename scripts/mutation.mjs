// Mutation testing with StrykerJS (vitest runner) on the code the suite's honesty rests on: the
// ports, the contract kit and the broker fake. One package at a time, one test process at a time
// (the machine is shared); writes bench/mutation.md, bench/mutation.json and the mutation block of
// bench/results.md. Not part of the fast suite: `pnpm mutation` (about 10 minutes).
//
//   node scripts/mutation.mjs                 all three targets, in order
//   node scripts/mutation.mjs --only broker   one target (ports | kit | broker); the others keep their last figures
//   node scripts/mutation.mjs --render        rewrites the reports from bench/mutation.json, runs nothing
//   node scripts/mutation.mjs --only broker --incremental
//                                             re-tests only the mutants whose code or covering tests
//                                             changed since the last run (Stryker's incremental mode)
//
// Every run leaves Stryker's incremental file in .seams/mutation/<target>.json. A run without
// --incremental tests every mutant (Stryker's --force), so the figures in bench/ are a full
// measurement unless the report says "incremental".
//
// Stryker 10 needs Node 22+: `pnpm mutation` runs this on Node 24 through scripts/with-node24.sh.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mutationBlock, renderMutationReport, scoreOf } from './mutation-report.mjs';

const ROOT = resolve(import.meta.dirname, '..');

/** The repo lints Markdown with Biome: a generated report must pass `pnpm lint` as written. */
function formatMarkdown(file) {
  const formatted = spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', file], {
    stdio: 'ignore',
  });
  if (formatted.status !== 0)
    console.warn(`biome could not format ${file}; run pnpm format before committing it`);
}
const BENCH = join(ROOT, 'bench');
const THRESHOLD = 80;

/** What is mutated, and the package whose tests must kill the mutants. */
const TARGETS = [
  {
    id: 'ports',
    name: '@seams/ports',
    dir: 'packages/ports',
    mutate: ['src/**/*.ts', '!src/**/*.test.ts'],
    notes:
      'The 20 without coverage are SystemClock and RandomIdGenerator, whose tests are the Clock and IdGenerator ' +
      'contracts in @seams/contracts (a per-package run cannot see them). The survivors are equivalent: the ' +
      'currency regex behind the set of known codes, a bogus status added to a terminal status, a typeof already ' +
      'implied by the check after it.',
  },
  {
    id: 'kit',
    name: 'contract kit (@seams/contracts)',
    dir: 'packages/contracts',
    mutate: [
      'src/define-contract.ts',
      'src/contract-test.ts',
      'src/settle-divergent-case.ts',
      'src/expected-failure.ts',
      'src/divergence-errors.ts',
      'src/fidelity-record.ts',
    ],
    notes:
      "The registration's describe and it titles run when vitest collects the file; the acceptance test checks " +
      'them in a child vitest, which Stryker cannot see. The others are equivalent: the kit re-asserting (so ' +
      'vitest counts it) a failure settleDivergentCase has already checked, and an outcome kind only ever ' +
      "compared with 'passed'.",
  },
  {
    id: 'broker',
    name: 'broker fake (@seams/fakes src/broker)',
    dir: 'packages/fakes',
    mutate: ['src/broker/**/*.ts', '!src/broker/**/*.test.ts', '!src/broker/index.ts'],
    // The fake's own tests, and the broker contract it is registered with in the AMQP adapter.
    tests: ['src/broker/**/*.test.ts'],
    alsoRun: ['packages/amqp-adapter/src/broker.contract.test.ts'],
    notes:
      "Measured with the fake's own tests (src/broker/*.test.ts) and the broker contract on both queue types. " +
      'Equivalent, as far as we can tell: the duplicate-binding check (routing collects queues in a Set), the ' +
      'undefined dead-letter exchange guards (routing through no exchange finds no queue), the abort reason ' +
      "(swallowed), waitFor's first check and listener removal (the next check resolves it; a settled promise " +
      'ignores a second call), a non-consumer in the consumer list (the room check skips it), an undefined TTL ' +
      'or max length compared as NaN or undefined (never true), seq order on quorum requeues (it orders only ' +
      'classic put-backs), unique seqs (> and >=), the pump batching flag, a notification also sent by the caller, ' +
      "the settlement kind and the claim guards (the subscription's unacked set settles once anyway), nack()'s " +
      'default requeue, forget() (memory only), pumping after a stopped subscription (it is detached), the ' +
      'consumer-death list beyond the latest death (not observable through the fake), and `*` past the end of ' +
      'a key. Not yet killed, real gaps: one of two subscriptions on a queue stopping (detach keeps the other), ' +
      "max length after a dropped channel's returns (RabbitMQ 3.10.8 quorum, checked by hand: the returned " +
      'message goes first and is dropped), x-death and consumer-death lookups keyed by both queue and reason (no ' +
      'test has one queue dying for two reasons), a classic return behind an earlier ready message (only a stopped ' +
      "consumer's late nack makes one), expiry re-checked between deliveries of one pump.",
  },
];

/**
 * A vitest config for a target whose tests live partly in another package: run from Stryker's
 * sandbox (the cwd), it points `@seams/<target>` at the sandbox's mutated sources, the other
 * `@seams/*` at the repository's, and includes the other package's test files by path.
 */
function crossPackageVitestConfig(target) {
  const packageName = target.dir.split('/').at(-1);
  return `import { relative } from 'node:path';
const sandbox = process.cwd();
export default {
  resolve: {
    alias: [
      { find: new RegExp(${JSON.stringify(`^@seams/${packageName}$`)}), replacement: \`\${sandbox}/src/index.ts\` },
      { find: /^@seams[/]([a-z-]+)$/, replacement: ${JSON.stringify(join(ROOT, 'packages'))} + '/$1/src/index.ts' },
    ],
  },
  test: {
    include: [
      ...${JSON.stringify(target.tests)},
      ...${JSON.stringify(target.alsoRun.map((file) => join(ROOT, file)))}.map((file) => relative(sandbox, file)),
    ],
    expect: { requireAssertions: true },
  },
};
`;
}

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    render: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
  },
});
const chosen = args.render ? [] : args.only ? TARGETS.filter((t) => t.id === args.only) : TARGETS;
if (args.only && chosen.length === 0) {
  console.error(`mutation: unknown target "${args.only}"; one of ${TARGETS.map((t) => t.id).join(', ')}`);
  process.exit(2);
}

const require = createRequire(join(ROOT, 'package.json'));
const stryker = join(require.resolve('@stryker-mutator/core/package.json'), '..', 'bin', 'stryker.js');
const vitestRunner = require.resolve('@stryker-mutator/vitest-runner');

/** Runs Stryker on one target and returns its summary: counts, score, survivors. */
function runTarget(target) {
  const work = mkdtempSync(join(tmpdir(), `seams-mutation-${target.id}-`));
  const reportFile = join(work, 'mutation.json');
  let vitestConfig = 'vitest.config.ts';
  if (target.alsoRun) {
    vitestConfig = join(work, 'vitest.config.mjs');
    writeFileSync(vitestConfig, crossPackageVitestConfig(target));
  }
  const config = {
    testRunner: 'vitest',
    plugins: [vitestRunner],
    vitest: { configFile: vitestConfig },
    mutate: target.mutate,
    concurrency: 1,
    coverageAnalysis: 'perTest',
    reporters: ['json', 'progress'],
    jsonReporter: { fileName: reportFile },
    // The sandbox stays inside the package (.stryker-tmp, git-ignored): its imports resolve up the tree.
    cleanTempDir: 'always',
    thresholds: { high: 90, low: THRESHOLD, break: null },
    timeoutMS: 10_000,
    incremental: true,
    incrementalFile: join(ROOT, '.seams', 'mutation', `${target.id}.json`),
    force: !args.incremental,
  };
  const configFile = join(work, 'stryker.config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\nmutation: ${target.name} (${target.dir}: ${target.mutate.join(' ')})`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [stryker, 'run', configFile], {
    cwd: join(ROOT, target.dir),
    stdio: 'inherit',
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0 || !existsSync(reportFile)) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`Stryker failed on ${target.name} (exit ${run.status})`);
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  rmSync(work, { recursive: true, force: true });
  return {
    id: target.id,
    name: target.name,
    dir: target.dir,
    seconds,
    incremental: args.incremental,
    ...scoreOf(report, target.dir),
  };
}

const previous = existsSync(join(BENCH, 'mutation.json'))
  ? JSON.parse(readFileSync(join(BENCH, 'mutation.json'), 'utf8'))
  : { targets: [] };
const results = new Map(previous.targets.map((t) => [t.id, t]));
for (const target of chosen) results.set(target.id, { ...runTarget(target), at: new Date().toISOString() });

const summary = {
  node: args.render ? previous.node : process.version,
  threshold: THRESHOLD,
  targets: TARGETS.filter((t) => results.has(t.id)).map((t) => ({ ...results.get(t.id), notes: t.notes })),
};
writeFileSync(join(BENCH, 'mutation.json'), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(join(BENCH, 'mutation.md'), renderMutationReport(summary));
formatMarkdown(join(BENCH, 'mutation.md'));
const resultsMd = join(BENCH, 'results.md');
writeFileSync(
  resultsMd,
  mutationBlock(existsSync(resultsMd) ? readFileSync(resultsMd, 'utf8') : '', summary),
);
formatMarkdown(resultsMd);

for (const t of summary.targets) {
  console.log(
    `mutation: ${t.name}: ${t.score.toFixed(1)}% (${t.survived} survived, ${t.noCoverage} no coverage)`,
  );
}
const low = summary.targets.filter((t) => t.score < THRESHOLD);
if (low.length > 0) {
  console.error(`mutation: below ${THRESHOLD}%: ${low.map((t) => t.name).join(', ')}`);
  process.exit(1);
}
