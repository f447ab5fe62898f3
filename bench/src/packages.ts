// Every workspace package's own `bench` script, one at a time (they share two cores with the
// rest of the run). Their printed lines are kept verbatim and parsed into the JSON where they
// follow the packages' shared layout: `label  median <n> <unit>` and `label  <n> x`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchContext, exec, type Report, realEnv, root } from './harness.js';

const MEDIAN_LINE = /^(.*?\S)\s+median\s+([\d,.]+)\s*([^\s(]+)/;
const RATIO_LINE = /^(.*?\S)\s{2,}([\d,.]+)\s*x$/;

function benchPackages(): { name: string; ready: boolean }[] {
  const found: { name: string; ready: boolean }[] = [];
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(root, group))) continue;
    for (const dir of readdirSync(join(root, group)).sort()) {
      const file = join(root, group, dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        name: string;
        scripts?: Record<string, string>;
      };
      if (pkg.scripts?.bench)
        found.push({ name: pkg.name, ready: existsSync(join(root, group, dir, 'bench')) });
    }
  }
  return found;
}

// testenv's default (60 clones per figure) alone takes over two minutes on two cores.
const RUNS_ENV = (quick: boolean) => ({ SEAMS_BENCH_RUNS: quick ? '10' : '15' });

export async function packageBenches(report: Report, { quick }: BenchContext): Promise<void> {
  const skipped: string[] = [];
  for (const { name, ready } of benchPackages()) {
    if (!ready) {
      skipped.push(name);
      continue;
    }
    const s = report.section(
      `Package bench: ${name}`,
      `\`pnpm --filter ${name} bench\` (the package's own rounds and medians).`,
    );
    console.log(`\n--- ${name} bench`);
    const r = await exec('pnpm', ['--filter', name, '--silent', 'bench'], {
      env: { ...RUNS_ENV(quick), ...process.env, ...realEnv() },
      echo: true,
      timeoutMs: 180_000,
    });
    const text = r.stdout.trim();
    s.output(`${name} (${r.seconds.toFixed(1)} s)`, r.code === 0 ? text : `${text}\n${r.stderr.trim()}`);
    if (r.code !== 0) s.fail(`exit ${r.code}${r.signal ? ` (${r.signal})` : ''}`);
    for (const line of text.split('\n')) {
      const median = MEDIAN_LINE.exec(line);
      if (median) {
        const [, label = '', value = '', unit = ''] = median;
        s.reported(label, unit, Number(value.replaceAll(',', '')));
        continue;
      }
      const ratio = RATIO_LINE.exec(line);
      if (ratio) {
        const [, label = '', value = ''] = ratio;
        s.reported(label, 'x', Number(value.replaceAll(',', '')), { ratio: true });
      }
    }
  }
  if (skipped.length) {
    report
      .section('Package benches not run', '')
      .note(`a bench script but no bench/ directory yet: ${skipped.join(', ')}`);
  }
}
