// Sums vitest's per-package summary lines from CI logs into one line per pass and a total, and
// fails when any pass failed a test or ran none: a pass that ran 0 tests proves nothing, so it
// fails the summary unless its log says it was explicitly allowed not to run
// (`container pass: NOT RUN (... allowed by SEAMS_ALLOW_NO_CONTAINERS=1)`).
//
//   node scripts/test-summary.mjs LOG...     one log per pass, named after it (fast.log, real.log, ...)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ALLOWED_NOT_RUN = /^container pass: NOT RUN \(.*allowed by SEAMS_ALLOW_NO_CONTAINERS=1\)$/m;

/** Counts of one pass, from vitest's `Tests  N passed | M failed | K skipped` lines. */
export function countTests(log) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const match of stripVTControlCharacters(log).matchAll(/^\S*\s*Tests\s+(.*)$/gm)) {
    for (const kind of Object.keys(counts)) {
      counts[kind] += Number(new RegExp(`(\\d+) ${kind}`).exec(match[1])?.[1] ?? 0);
    }
  }
  return counts;
}

/** One line per pass and a total; `ok` is false when a pass failed a test or ran none without leave. */
export function summarize(passes) {
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  let ok = true;
  for (const { name, log } of passes) {
    const counts = countTests(log);
    for (const kind of Object.keys(total)) total[kind] += counts[kind];
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    let verdict = '';
    if (counts.failed > 0) {
      ok = false;
    } else if (counts.passed === 0 && ALLOWED_NOT_RUN.test(stripVTControlCharacters(log))) {
      verdict = ' (NOT RUN, allowed by SEAMS_ALLOW_NO_CONTAINERS=1)';
    } else if (counts.passed === 0) {
      ok = false;
      verdict = ' (FAILED: this pass ran no tests)';
    }
    lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed${skipped}${verdict}`);
  }
  const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
  lines.push(`total: ${total.passed} passed, ${total.failed} failed${skipped}`);
  if (passes.length === 0) {
    ok = false;
    lines.push('no logs given: nothing ran');
  }
  return { lines, ok };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const passes = process.argv
    .slice(2)
    .map((file) => ({ name: basename(file, '.log'), log: readFileSync(file, 'utf8') }));
  const { lines, ok } = summarize(passes);
  for (const line of lines) console.log(line);
  if (!ok) process.exit(1);
}
