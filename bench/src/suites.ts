// Test-suite speed: the fast suite cold and warm through turbo, the real suites' wall time, and each
// port's contract cases on the fake against the same cases on the real server.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type BenchContext, exec, type Report, realEnv, root } from './harness.js';

/** What turbo's run summary (`--summarize`) says about one task. */
interface TurboTask {
  readonly task: string;
  readonly taskId: string;
  readonly execution: { readonly startTime: number; readonly endTime: number };
}

/** One case of vitest's JSON report. */
interface VitestAssertion {
  readonly ancestorTitles?: readonly string[];
  readonly title?: string;
  readonly duration?: number;
  readonly status: string;
  readonly failureMessages?: readonly string[];
}

/** One test file of vitest's JSON report. */
interface VitestFileResult {
  readonly name: string;
  readonly status?: string;
  readonly message?: string;
  readonly assertionResults: readonly VitestAssertion[];
}

/** Summed case time of one port's contract on one implementation. */
interface PortDurations {
  ms: number;
  cases: number;
  failed: number;
  readonly impl: string;
}

const CONTRACT_TITLE = /^(.+) contract: (.+)$/;

function failedTasks(output: string): string[] {
  return [...output.matchAll(/^\s*(?:Failed:\s+)?(@seams\/[\w-]+)#([\w:-]+)/gm)].map(
    (m) => `${m[1]}#${m[2]}`,
  );
}

/** Per-case durations of a run: the vitest JSON reports its packages wrote into `dir`. */
interface RunReports {
  readonly dir: string;
}

/**
 * The failed cases of a run, from its JSON reports: file, case and the first line of the failure,
 * so a failure seen once under the bench's load leaves more than a task name behind.
 */
function failedCases(run: RunReports, limit = 5): string[] {
  const found: string[] = [];
  for (const file of readdirSync(run.dir).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(run.dir, file), 'utf8')) as { testResults: VitestFileResult[] };
    for (const result of json.testResults) {
      const where = relative(root, result.name);
      const failed = result.assertionResults.filter((test) => test.status === 'failed');
      // A file can fail with no failed case: an error while collecting it, or in a hook.
      if (failed.length === 0 && result.status === 'failed')
        found.push(`${where}: ${firstLine(result.message ?? 'failed outside its cases')}`);
      for (const test of failed)
        found.push(
          `${where} > ${[...(test.ancestorTitles ?? []), test.title ?? ''].join(' > ')}: ${firstLine(test.failureMessages?.[0] ?? '')}`,
        );
    }
  }
  return found.length > limit ? [...found.slice(0, limit), `and ${found.length - limit} more`] : found;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}...` : line;
}

/** A fresh folder for the vitest JSON reports of one run (SEAMS_VITEST_REPORT_DIR, see the vitest preset). */
function reportsDir(): RunReports {
  return { dir: mkdtempSync(join(tmpdir(), 'seams-bench-vitest-')) };
}

// How many times each suite runs (each figure says its runs): `pnpm bench` must stay under 10
// minutes, and cold runs of the fast suite spread 58 to 65 s over three runs: a second run told
// little that the bench's other figures need.
const COLD_RUNS = 1;
const REAL_RUNS = 1;

async function fastSuite(report: Report, quick: boolean): Promise<RunReports[]> {
  const s = report.section(
    'Fast suite (unit + contract suites on fakes)',
    "`pnpm turbo test --force` retests everything with no cache (cold; tests run on the sources, so no build is part of it); `pnpm turbo test` right after replays the cache (warm). Both with `SEAMS_CORPORA=off`, as the real suites' section: the differential corpora's fast replays (every SQL case on pg-mem and PGlite, the broker and idempotency corpora on the fakes: the README's fidelity table has the counts) are correctness checks, about half of a cold `pnpm test`'s CPU, and CI's first run replays them on every push (its log has `pnpm test`'s time with them).",
  );
  // The corpora off in both runs: SEAMS_CORPORA is part of turbo's hash of the test task.
  const env = { ...process.env, SEAMS_CORPORA: 'off' };
  const cold: number[] = [];
  const warm: number[] = [];
  const buildSum: number[] = [];
  const testSum: number[] = [];
  const slowest: string[] = [];
  const reports: RunReports[] = [];
  for (let i = 0; i < (quick ? 1 : COLD_RUNS); i++) {
    const startedAt = Date.now();
    const run = reportsDir();
    reports.push(run);
    const c = await exec(
      'pnpm',
      [
        'turbo',
        'test',
        '--force',
        '--concurrency=150%',
        '--continue',
        '--summarize',
        '--output-logs=errors-only',
      ],
      { env: { ...env, SEAMS_VITEST_REPORT_DIR: run.dir } },
    );
    const tasks = taskTimes(startedAt);
    if (tasks) {
      buildSum.push(tasks.build);
      testSum.push(tasks.test);
      slowest.push(tasks.slowest);
    }
    if (c.code !== 0)
      s.fail(
        `cold run ${i + 1} exited ${c.code}; failed: ${failedCases(run).join('; ') || c.stdout.split('\n').slice(-12).join('\n')}`,
      );
    cold.push(c.seconds);
    const w = await exec('pnpm', ['turbo', 'test', '--concurrency=150%', '--output-logs=errors-only'], {
      env,
    });
    if (w.code !== 0)
      s.fail(
        `warm run ${i + 1} exited ${w.code}: ${`${w.stdout}${w.stderr}`.trim().split('\n').slice(-6).join('\n')}`,
      );
    warm.push(w.seconds);
  }
  const coldFigure = s.figure('fast suite without the corpora, cold (turbo test --force)', 's', cold);
  const warmFigure = s.figure('fast suite, warm turbo cache', 's', warm);
  s.ratio('cold / warm', coldFigure, warmFigure);
  if (buildSum.length) {
    // Where a cold run goes: turbo's run summary times every task (two run at once on two cores).
    s.figure('cold run: build tasks, summed task time', 's', buildSum);
    s.figure('cold run: test tasks, summed task time', 's', testSum);
    s.note(`slowest tasks of the last cold run: ${slowest.at(-1)}`);
  }
  s.target(
    'fast suite cold < 30 s (without the corpora)',
    coldFigure.median < 30,
    `median ${coldFigure.median.toFixed(1)} s`,
  );
  return reports;
}

/** Build and test task seconds from the turbo run summary written after `since`. */
export function taskTimes(since: number): { build: number; test: number; slowest: string } | undefined {
  const dir = join(root, '.turbo/runs');
  if (!existsSync(dir)) return undefined;
  const latest = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .filter(({ t }) => t >= since)
    .sort((a, b) => b.t - a.t)[0];
  if (!latest) return undefined;
  const summary = JSON.parse(readFileSync(join(dir, latest.f), 'utf8')) as { tasks: TurboTask[] };
  rmSync(join(dir, latest.f), { force: true });
  const seconds = (task: TurboTask) => (task.execution.endTime - task.execution.startTime) / 1000;
  const of = (name: string) => summary.tasks.filter((t) => t.task === name || t.taskId.endsWith(`#${name}`));
  const sum = (tasks: readonly TurboTask[]) => tasks.reduce((total, t) => total + seconds(t), 0);
  const slowest = [...summary.tasks]
    .sort((a, b) => seconds(b) - seconds(a))
    .slice(0, 4)
    .map((t) => `${t.taskId} ${seconds(t).toFixed(1)} s`)
    .join(', ');
  return { build: sum(of('build')), test: sum(of('test')), slowest };
}

async function realSuites(report: Report, quick: boolean): Promise<RunReports[]> {
  const s = report.section(
    'Real suites (test:containers on the machine servers)',
    "`pnpm test:containers` with TEST_*_URL naming the local PostgreSQL 15, RabbitMQ 3.10 and Redis 7 (turbo, three packages at a time, up to three files each), with `SEAMS_CORPORA=off`: the differential corpora's real-server checks (every SQL, broker and idempotency case, each asserting the server still answers as recorded: the README's fidelity table has the counts) are correctness checks, not the contracts this section and the next time; with them the pass took 136 s on 2026-12-05 (the broker corpus's two files about 90 s each, at RabbitMQ's own timers), and CI runs them on every push.",
  );
  const wall: number[] = [];
  const reports: RunReports[] = [];
  for (let i = 0; i < (quick ? 1 : REAL_RUNS); i++) {
    const run = reportsDir();
    reports.push(run);
    const r = await exec('pnpm', ['test:containers', '--continue', '--output-logs=errors-only'], {
      env: { ...process.env, ...realEnv(), SEAMS_CORPORA: 'off', SEAMS_VITEST_REPORT_DIR: run.dir },
    });
    if (r.code !== 0)
      s.fail(
        `run ${i + 1} exited ${r.code}; failing tasks: ${failedTasks(r.stdout).join(', ') || 'see log'}; failed: ${failedCases(run).join('; ') || 'no case (see log)'}`,
      );
    wall.push(r.seconds);
  }
  s.figure('real suites, wall time', 's', wall);
  return reports;
}

/** Packages that run at least one contract on a fake and on a real server. */
function contractPackages(): { dir: string; fake: string[]; real: string[] }[] {
  const found: { dir: string; fake: string[]; real: string[] }[] = [];
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(root, group))) continue;
    for (const dir of readdirSync(join(root, group))) {
      const src = join(root, group, dir, 'src');
      if (!existsSync(src)) continue;
      const files = readdirSync(src, { recursive: true }).map(String);
      const fake = files.filter((f) => f.endsWith('.contract.test.ts'));
      const real = files.filter((f) => f.endsWith('.containers.test.ts'));
      if (fake.length && real.length) found.push({ dir: join(root, group, dir), fake, real });
    }
  }
  return found;
}

/**
 * Per port: summed case durations and case count of every `<Port> contract: <impl>` block in one
 * run's reports, counting only the files ending in `suffix` (`.contract.test.ts` on fakes,
 * `.containers.test.ts` on real servers) of packages that run a contract both ways.
 */
function contractDurations(run: RunReports, suffix: string): Map<string, PortDurations> {
  const packages = contractPackages().map((pkg) => `${pkg.dir}/`);
  const ports = new Map<string, PortDurations>();
  for (const file of readdirSync(run.dir).filter((f) => f.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(run.dir, file), 'utf8')) as {
      testResults: { name: string; assertionResults: VitestAssertion[] }[];
    };
    for (const result of json.testResults) {
      if (!result.name.endsWith(suffix) || !packages.some((dir) => result.name.startsWith(dir))) continue;
      for (const test of result.assertionResults) {
        const match = CONTRACT_TITLE.exec(test.ancestorTitles?.[0] ?? '');
        if (!match) continue;
        const [, port = '', impl = ''] = match;
        const entry = ports.get(port) ?? { ms: 0, cases: 0, failed: 0, impl };
        entry.ms += test.duration ?? 0;
        entry.cases += 1;
        if (test.status === 'failed') entry.failed += 1;
        ports.set(port, entry);
      }
    }
  }
  return ports;
}

function contracts(report: Report, fast: readonly RunReports[], real: readonly RunReports[]): void {
  const s = report.section(
    'Contract suites: fake vs real, per port',
    "The same contract cases on the fake (`*.contract.test.ts`, project fast) and on the real server (`*.containers.test.ts`, project containers), summed case durations from the vitest JSON reports of the runs above: each cold fast-suite run and each real-suite run (no run of its own). Case time only: worker start and global setup are excluded; turbo runs packages at 150% of the cores at once (as `pnpm test` does: three on 2 cores), so the cases share the cores with other packages' tests.",
  );
  const samples = new Map<string, PortDurations[]>();
  const collect = (runs: readonly RunReports[], kind: string, suffix: string) => {
    for (const run of runs) {
      for (const [port, entry] of contractDurations(run, suffix)) {
        const key = `${port}|${kind}`;
        samples.set(key, [...(samples.get(key) ?? []), entry]);
      }
    }
  };
  collect(fast, 'fake', '.contract.test.ts');
  collect(real, 'real', '.containers.test.ts');
  const portNames = [...new Set([...samples.keys()].map((k) => k.split('|')[0]))].sort();
  for (const port of portNames) {
    const fake = samples.get(`${port}|fake`);
    const realRuns = samples.get(`${port}|real`);
    if (!fake || !realRuns) continue;
    const describe = (list: readonly PortDurations[]) =>
      `${list[0]?.impl}, ${list[0]?.cases} cases${list.some((e) => e.failed) ? ', SOME FAILED' : ''}`;
    const f = s.figure(
      `${port}: fake (${describe(fake)})`,
      'ms',
      fake.map((e) => e.ms),
    );
    const r = s.figure(
      `${port}: real (${describe(realRuns)})`,
      'ms',
      realRuns.map((e) => e.ms),
    );
    s.ratio(`${port}: real / fake`, r, f);
  }
  if (portNames.length === 0) s.fail("no contract case in the runs' vitest reports");
}

export async function suites(report: Report, { quick }: BenchContext): Promise<void> {
  const fast = await fastSuite(report, quick);
  const real = await realSuites(report, quick);
  try {
    contracts(report, fast, real);
  } finally {
    for (const run of [...fast, ...real]) rmSync(run.dir, { recursive: true, force: true });
  }
}
