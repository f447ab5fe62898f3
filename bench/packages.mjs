// Every workspace package's own `bench` script, one at a time (they share two cores with the
// rest of the run). Their printed lines are kept verbatim and parsed into the JSON where they
// follow the packages' shared layout: `label  median <n> <unit>` and `label  <n> x`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, realEnv, root } from './lib/harness.mjs';

const MEDIAN_LINE = /^(.*?\S)\s+median\s+([\d,.]+)\s*([^\s(]+)/;
const RATIO_LINE = /^(.*?\S)\s{2,}([\d,.]+)\s*x$/;

function benchPackages() {
  const found = [];
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(root, group))) continue;
    for (const dir of readdirSync(join(root, group)).sort()) {
      const file = join(root, group, dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.scripts?.bench)
        found.push({ name: pkg.name, ready: existsSync(join(root, group, dir, 'bench')) });
    }
  }
  return found;
}

// testenv's default (60 clones per figure) alone takes over two minutes on two cores.
const RUNS_ENV = (quick) => ({ SEAMS_BENCH_RUNS: quick ? '10' : '15' });

export async function packageBenches(report, { quick }) {
  const skipped = [];
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
        s.reported(median[1], median[3], Number(median[2].replaceAll(',', '')));
        continue;
      }
      const ratio = RATIO_LINE.exec(line);
      if (ratio) s.reported(ratio[1], 'x', Number(ratio[2].replaceAll(',', '')), { ratio: true });
    }
  }
  if (skipped.length) {
    report
      .section('Package benches not run', '')
      .note(`a bench script but no bench/ directory yet: ${skipped.join(', ')}`);
  }
}
