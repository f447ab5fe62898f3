// Test-suite speed: the fast suite cold and warm through turbo, the real suites' wall time, and each
// port's contract cases on the fake against the same cases on the real server.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  readonly duration?: number;
  readonly status: string;
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

async function fastSuite(report: Report, quick: boolean): Promise<void> {
  const s = report.section(
    'Fast suite (unit + contract suites on fakes)',
    '`pnpm turbo test --force` retests everything with no cache (cold; tests run on the sources, so no build is part of it); `pnpm turbo test` right after replays the cache (warm).',
  );
  const cold: number[] = [];
  const warm: number[] = [];
  const buildSum: number[] = [];
  const testSum: number[] = [];
  const slowest: string[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const startedAt = Date.now();
    const c = await exec('pnpm', [
      'turbo',
      'test',
      '--force',
      '--continue',
      '--summarize',
      '--output-logs=errors-only',
    ]);
    const tasks = taskTimes(startedAt);
    if (tasks) {
      buildSum.push(tasks.build);
      testSum.push(tasks.test);
      slowest.push(tasks.slowest);
    }
    if (c.code !== 0)
      s.fail(`cold run ${i + 1} exited ${c.code}: ${c.stdout.split('\n').slice(-12).join('\n')}`);
    cold.push(c.seconds);
    const w = await exec('pnpm', ['turbo', 'test', '--output-logs=errors-only']);
    if (w.code !== 0)
      s.fail(
        `warm run ${i + 1} exited ${w.code}: ${`${w.stdout}${w.stderr}`.trim().split('\n').slice(-6).join('\n')}`,
      );
    warm.push(w.seconds);
  }
  const coldFigure = s.figure('fast suite, cold (turbo test --force)', 's', cold);
  const warmFigure = s.figure('fast suite, warm turbo cache', 's', warm);
  s.ratio('cold / warm', coldFigure, warmFigure);
  if (buildSum.length) {
    // Where a cold run goes: turbo's run summary times every task (two run at once on two cores).
    s.figure('cold run: build tasks, summed task time', 's', buildSum);
    s.figure('cold run: test tasks, summed task time', 's', testSum);
    s.note(`slowest tasks of the last cold run: ${slowest.at(-1)}`);
  }
  s.target('fast suite cold < 30 s', coldFigure.median < 30, `median ${coldFigure.median.toFixed(1)} s`);
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

async function realSuites(report: Report, quick: boolean): Promise<void> {
  const s = report.section(
    'Real suites (test:containers on the machine servers)',
    '`pnpm test:containers` with TEST_*_URL naming the local PostgreSQL 15, RabbitMQ 3.10 and Redis 7 (turbo, one package at a time).',
  );
  const wall: number[] = [];
  for (let i = 0; i < (quick ? 1 : 2); i++) {
    const r = await exec('pnpm', ['test:containers', '--continue', '--output-logs=errors-only'], {
      env: { ...process.env, ...realEnv() },
    });
    if (r.code !== 0)
      s.fail(
        `run ${i + 1} exited ${r.code}; failing tasks: ${failedTasks(r.stdout).join(', ') || 'see log'}`,
      );
    wall.push(r.seconds);
  }
  s.figure('real suites, wall time', 's', wall);
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

/** Per port: summed case durations and case count of every `<Port> contract: <impl>` block in a run. */
async function contractDurations(
  pkgDir: string,
  project: string,
  files: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Map<string, PortDurations>> {
  const out = join(tmpdir(), `seams-bench-vitest-${process.pid}-${Date.now()}.json`);
  const r = await exec(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=json',
      `--outputFile=${out}`,
      ...files.map((f) => `src/${f}`),
    ],
    { cwd: pkgDir, env },
  );
  if (!existsSync(out))
    throw new Error(`vitest wrote no report in ${pkgDir} (exit ${r.code}): ${r.stderr.slice(-500)}`);
  const json = JSON.parse(readFileSync(out, 'utf8')) as {
    testResults: { assertionResults: VitestAssertion[] }[];
  };
  rmSync(out, { force: true });
  const ports = new Map<string, PortDurations>();
  for (const file of json.testResults) {
    for (const test of file.assertionResults) {
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
  return ports;
}

async function contracts(report: Report, quick: boolean): Promise<void> {
  const s = report.section(
    'Contract suites: fake vs real, per port',
    'The same contract cases (vitest JSON reporter, summed case durations) on the fake (`*.contract.test.ts`, project fast) and on the real server (`*.containers.test.ts`, project containers). Case time only: worker start and global setup are excluded.',
  );
  const env = { ...process.env, ...realEnv() };
  const samples = new Map<string, PortDurations[]>();
  for (let i = 0; i < (quick ? 1 : 2); i++) {
    for (const pkg of contractPackages()) {
      const runs: [kind: string, project: string, files: string[]][] = [
        ['fake', 'fast', pkg.fake],
        ['real', 'containers', pkg.real],
      ];
      for (const [kind, project, files] of runs) {
        const ports = await contractDurations(pkg.dir, project, files, env);
        for (const [port, entry] of ports) {
          const key = `${port}|${kind}`;
          const list = samples.get(key) ?? [];
          list.push(entry);
          samples.set(key, list);
        }
      }
    }
  }
  const portNames = [...new Set([...samples.keys()].map((k) => k.split('|')[0]))].sort();
  for (const port of portNames) {
    const fake = samples.get(`${port}|fake`);
    const real = samples.get(`${port}|real`);
    if (!fake || !real) continue;
    const describe = (list: readonly PortDurations[]) =>
      `${list[0]?.impl}, ${list[0]?.cases} cases${list.some((e) => e.failed) ? ', SOME FAILED' : ''}`;
    const f = s.figure(
      `${port}: fake (${describe(fake)})`,
      'ms',
      fake.map((e) => e.ms),
    );
    const r = s.figure(
      `${port}: real (${describe(real)})`,
      'ms',
      real.map((e) => e.ms),
    );
    s.ratio(`${port}: real / fake`, r, f);
  }
}

export async function suites(report: Report, { quick }: BenchContext): Promise<void> {
  await fastSuite(report, quick);
  await realSuites(report, quick);
  await contracts(report, quick);
}
