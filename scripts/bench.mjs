// `pnpm bench`: runs every package's benchmark and the repo-level ones, then writes
// bench/results.md and bench/results.json. Figures are medians of repeated runs with min and
// max; every ratio compares figures measured in this same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const results = { machine: {}, figures: [], sections: [] };

const summarise = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
};

function run(cmd, args, options = {}) {
  const started = process.hrtime.bigint();
  const child = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...child, seconds };
}

function figure(name, unit, samples, note) {
  const entry = { name, unit, ...summarise(samples), note };
  results.figures.push(entry);
  console.log(
    `${name}: median ${entry.median.toFixed(2)} ${unit} (min ${entry.min.toFixed(2)}, max ${entry.max.toFixed(2)}, ${entry.runs} runs)`,
  );
  return entry;
}

function suiteTimes() {
  const repeats = quick ? 1 : 3;
  const cold = [];
  const warm = [];
  for (let i = 0; i < repeats; i++) {
    const c = run('pnpm', ['turbo', 'test', '--force', '--output-logs=none']);
    if (c.status !== 0) throw new Error(`fast suite failed during the benchmark:\n${c.stdout}\n${c.stderr}`);
    cold.push(c.seconds);
    const w = run('pnpm', ['turbo', 'test', '--output-logs=none']);
    warm.push(w.seconds);
  }
  const coldFigure = figure('fast suite, cold (turbo --force)', 's', cold, 'target < 30 s');
  const warmFigure = figure('fast suite, warm turbo cache', 's', warm);
  results.figures.push({
    name: 'cold / warm',
    unit: 'x',
    median: coldFigure.median / warmFigure.median,
    ratio: true,
  });
  if (process.env.TEST_POSTGRES_URL || process.env.SEAMS_BENCH_REAL !== '0') {
    const real = [];
    for (let i = 0; i < (quick ? 1 : 2); i++) {
      const r = run('pnpm', ['test:containers', '--output-logs=none'], {
        env: { ...process.env, ...realEnv() },
      });
      if (r.status !== 0)
        throw new Error(`real suites failed during the benchmark:\n${r.stdout}\n${r.stderr}`);
      real.push(r.seconds);
    }
    figure("real suites on the machine's servers (pnpm test:containers)", 's', real);
  }
}

function realEnv() {
  return {
    TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    TEST_RABBITMQ_URL: process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}

function packageBenches() {
  for (const group of ['packages', 'apps']) {
    for (const dir of readdirSync(join(root, group))) {
      const pkgFile = join(root, group, dir, 'package.json');
      if (!existsSync(pkgFile)) continue;
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
      if (!pkg.scripts?.bench || !existsSync(join(root, group, dir, 'bench'))) continue;
      console.log(`\n--- ${pkg.name} bench`);
      const r = run('pnpm', ['--filter', pkg.name, 'bench'], { env: { ...process.env, ...realEnv() } });
      const output = `${r.stdout}${r.status === 0 ? '' : `\n${r.stderr}`}`.trim();
      console.log(output);
      results.sections.push({ name: pkg.name, seconds: r.seconds, ok: r.status === 0, output });
    }
  }
}

function writeReport() {
  mkdirSync(join(root, 'bench'), { recursive: true });
  const lines = [
    '# Seams benchmark results',
    '',
    `Machine: ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, node ${results.machine.node}. Run at ${results.machine.at}.`,
    'Reproduce: `pnpm bench` (real servers from TEST_*_URL, defaulting to the local ones).',
    '',
    '| figure | median | min | max | runs |',
    '|---|---|---|---|---|',
    ...results.figures.map((f) =>
      f.ratio
        ? `| ${f.name} | ${f.median.toFixed(2)}${f.unit} | | | |`
        : `| ${f.name} | ${f.median.toFixed(2)} ${f.unit} | ${f.min.toFixed(2)} | ${f.max.toFixed(2)} | ${f.runs} |`,
    ),
    '',
    ...results.sections.flatMap((s) => [
      `## ${s.name} (${s.seconds.toFixed(1)} s${s.ok ? '' : ', FAILED'})`,
      '',
      '```',
      s.output,
      '```',
      '',
    ]),
  ];
  writeFileSync(join(root, 'bench/results.md'), `${lines.join('\n')}\n`);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.md and bench/results.json');
}

results.machine = {
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  at: new Date().toISOString(),
};
const build = run('pnpm', ['turbo', 'build', '--output-logs=errors-only']);
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
suiteTimes();
packageBenches();
writeReport();
const failed = results.sections.filter((s) => !s.ok).map((s) => s.name);
if (failed.length > 0) {
  console.error(`benchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
