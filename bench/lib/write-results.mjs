// Used by drills/ only, until they become a typed package too (issue 18); the bench itself runs on
// bench/src (TypeScript, its own dependencies). Delete this file with the drills' move.
// Renders one bench run as bench/results.md (for people) and bench/results.json (for tools).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, root } from './harness.mjs';
import { mutationBlock } from './mutation-report.mjs';

function figureRows(section) {
  const rows = ['| figure | median | min | max | runs |', '|---|---:|---:|---:|---:|'];
  for (const f of section.figures) {
    if (f.runs === null) {
      rows.push(`| ${f.label} | ${fmt(f.median)} ${f.unit} | | | package median |`);
    } else {
      rows.push(`| ${f.label} | ${fmt(f.median)} ${f.unit} | ${fmt(f.min)} | ${fmt(f.max)} | ${f.runs} |`);
    }
  }
  for (const r of section.ratios) rows.push(`| **${r.label}** | **${fmt(r.value)} x** | | | same run |`);
  return rows;
}

export function renderMarkdown(result) {
  const m = result.machine;
  const lines = [
    '# Seams benchmark results',
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}. Run started ${m.at}, took ${Math.round(result.seconds)} s${result.quick ? ' (QUICK MODE: single short runs, not for comparison)' : ''}.`,
    `Load average at start ${m.loadavgAtStart.join(' / ')}, at end ${m.loadavgAtEnd.join(' / ')} (1/5/15 min); in the 3 s before the run the machine was already ${m.cpuBusyBeforeStart ?? '?'}% busy (${m.cores * 100}% = all cores).`,
    'The machine is shared with other sessions building and testing the repo while the bench runs: absolute figures move with that contention (see min and max); ratios within one run are the steadier signal.',
    '',
    'Reproduce: `pnpm bench` (about 10 minutes; `pnpm bench --quick` for a fast smoke run). Real servers come from',
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
    if (section.description) lines.push(section.description, '');
    for (const markdown of section.summary ?? []) lines.push(markdown, '');
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
export function formatMarkdown(file) {
  try {
    execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' });
  } catch {
    console.warn(`biome could not format ${file}; run pnpm format before committing it`);
  }
}

export function writeResults(result) {
  const dir = join(root, 'bench');
  mkdirSync(dir, { recursive: true });
  // The mutation scores come from `pnpm mutation`, a separate run: keep its latest block.
  const mutation = join(dir, 'mutation.json');
  const markdown = renderMarkdown(result);
  writeFileSync(
    join(dir, 'results.md'),
    existsSync(mutation) ? mutationBlock(markdown, JSON.parse(readFileSync(mutation, 'utf8'))) : markdown,
  );
  formatMarkdown(join(dir, 'results.md'));
  // Raw samples stay in the JSON so a later run can be compared sample by sample.
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench/results.md and bench/results.json');
}
