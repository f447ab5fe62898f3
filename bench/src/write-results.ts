// Renders one bench run as bench/results.md (for people) and bench/results.json (for tools).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, type MachineInfo, root, type Section, type Target } from './harness.js';

/** One run of `pnpm bench`, as results.json stores it. */
export interface BenchResult {
  readonly machine: MachineInfo & { readonly loadavgAtEnd: number[] };
  readonly quick: boolean;
  readonly seconds: number;
  readonly sections: Section[];
  readonly targets: Target[];
  /** Set when the sections come from several runs (`--only` merged into the last report). */
  readonly merged?: boolean;
}

/** The order sections appear in, by the `--only` name of their step. */
const STEP_ORDER = [
  'suites',
  'first-run',
  'packages',
  'pgbench',
  'load',
  'layering',
  'outbox',
  'round-trips',
  'bench',
];
const stepRank = (section: Section) => {
  const rank = STEP_ORDER.indexOf(section.run?.step ?? '');
  return rank < 0 ? STEP_ORDER.length : rank;
};

/** `next`'s sections and targets in place of those of the same steps in `previous`; the rest stays. */
export function mergeResults(previous: BenchResult, next: BenchResult): BenchResult {
  const steps = new Set([
    ...next.sections.flatMap((s) => (s.run ? [s.run.step] : [])),
    ...next.targets.flatMap((t) => (t.step ? [t.step] : [])),
  ]);
  const kept = previous.sections.filter((s) => !s.run || !steps.has(s.run.step));
  return {
    ...next,
    merged: true,
    sections: [...kept, ...next.sections].sort((a, b) => stepRank(a) - stepRank(b)),
    targets: [...previous.targets.filter((t) => !t.step || !steps.has(t.step)), ...next.targets],
  };
}

function figureRows(section: Section): string[] {
  const rows = ['| figure | median | min | max | runs |', '|---|---:|---:|---:|---:|'];
  for (const f of section.figures) {
    if (f.runs === null) {
      rows.push(`| ${f.label} | ${fmt(f.median)} ${f.unit} | | | package median |`);
    } else {
      rows.push(
        `| ${f.label} | ${fmt(f.median)} ${f.unit} | ${fmt(f.min ?? Number.NaN)} | ${fmt(f.max ?? Number.NaN)} | ${f.runs} |`,
      );
    }
  }
  for (const r of section.ratios) rows.push(`| **${r.label}** | **${fmt(r.value)} x** | | | same run |`);
  return rows;
}

export function renderMarkdown(result: BenchResult): string {
  const m = result.machine;
  const lines = [
    '# Seams benchmark results',
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}. ${result.merged ? 'Last run' : 'Run'} started ${m.at}, took ${Math.round(result.seconds)} s${result.quick ? ' (QUICK MODE: single short runs, not for comparison)' : ''}.`,
    ...(result.merged
      ? [
          'The sections come from more than one run (`pnpm bench --only=...` replaces its own sections and keeps the others): each says when it was measured and the load average then.',
        ]
      : []),
    `Load average at start ${m.loadavgAtStart.join(' / ')}, at end ${m.loadavgAtEnd.join(' / ')} (1/5/15 min); in the 3 s before the run the machine was already ${m.cpuBusyBeforeStart ?? '?'}% busy (${m.cores * 100}% = all cores).`,
    'The machine is shared with other sessions building and testing the repo while the bench runs: absolute figures move with that contention (see min and max); ratios within one run are the steadier signal.',
    '',
    'Reproduce: `pnpm bench` (the last section says how long this run took, step by step; `pnpm bench --quick` for a fast smoke run). Real servers come from',
    '`TEST_POSTGRES_URL`, `TEST_RABBITMQ_URL`, `TEST_REDIS_URL`, defaulting to the local ones. Each figure is the median of',
    'the repeated runs shown, with min and max; each ratio divides two figures measured in this same run.',
    '',
  ];
  if (result.targets.length > 0) {
    lines.push('## Targets', '', '| target | result | measured |', '|---|---|---|');
    for (const t of result.targets)
      lines.push(`| ${t.section} | ${t.met ? 'met' : '**missed**'} | ${t.detail} |`);
    lines.push('');
  }
  for (const section of result.sections) {
    lines.push(`## ${section.name}${section.ok ? '' : ' (FAILED)'}`, '');
    const run = section.run;
    if (run)
      lines.push(
        `_Measured ${run.at} on Node ${run.node}${run.quick ? ' (QUICK MODE)' : ''}, load average ${run.loadavgAtStart.join(' / ')} at the start of the section (\`pnpm bench --only=${run.step}\`)._`,
        '',
      );
    if (section.description) lines.push(section.description, '');
    for (const markdown of section.summary) lines.push(markdown, '');
    if (section.figures.length || section.ratios.length) lines.push(...figureRows(section), '');
    for (const note of section.notes) lines.push(`- ${note}`);
    if (section.notes.length) lines.push('');
    for (const o of section.outputs)
      lines.push(
        `<details><summary>${o.title}</summary>`,
        '',
        '```text',
        o.text,
        '```',
        '',
        '</details>',
        '',
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The repo lints Markdown with Biome: a generated report must pass `pnpm lint` as written. */
export function formatMarkdown(file: string): void {
  try {
    execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' });
  } catch {
    console.warn(`biome could not format ${file}; run pnpm format before committing it`);
  }
}

/** What another tool writes into results.md (`pnpm mutation`'s scores): kept when the bench rewrites the file. */
const KEPT_BLOCK = /<!-- mutation:start -->[\s\S]*?<!-- mutation:end -->/;

export function writeResults(next: BenchResult, { merge }: { readonly merge: boolean }): void {
  const dir = join(root, 'bench');
  mkdirSync(dir, { recursive: true });
  const previousFile = join(dir, 'results.json');
  const result =
    merge && existsSync(previousFile)
      ? mergeResults(JSON.parse(readFileSync(previousFile, 'utf8')) as BenchResult, next)
      : next;
  const markdown = join(dir, 'results.md');
  const kept = existsSync(markdown) ? KEPT_BLOCK.exec(readFileSync(markdown, 'utf8'))?.[0] : undefined;
  writeFileSync(markdown, kept ? `${renderMarkdown(result)}\n${kept}\n` : renderMarkdown(result));
  formatMarkdown(markdown);
  // Raw samples stay in the JSON so a later run can be compared sample by sample.
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench/results.md and bench/results.json');
}
