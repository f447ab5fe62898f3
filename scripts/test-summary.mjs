// Sums vitest's per-package summary lines from CI logs into one line per pass and a total, and
// fails when any pass failed a test or ran none: a pass that ran 0 tests proves nothing, so it
// fails the summary unless its log says it was explicitly allowed not to run
// (`container pass: NOT RUN (... allowed by SEAMS_ALLOW_NO_CONTAINERS=1)`).
//
//   node scripts/test-summary.mjs LOG...             one log per pass, named after it (fast.log, real.log, ...)
//   node scripts/test-summary.mjs --failures LOG...  vitest's failure reports from those logs, per
//                                                    package, for the end of a failed run: CI shows
//                                                    a run's last lines, and turbo interleaves the
//                                                    packages, so a failure is otherwise far above.
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

/** Where vitest starts reporting what failed: tests, whole files, or errors outside any test. */
const FAILURE_HEADING = /⎯\s*(Failed Tests \d+|Failed Suites \d+|Unhandled Errors?)\s*⎯/;
/** Where a package's report ends: its summary. */
const REPORT_END = /^\s*Test Files\s/;
/** A turbo task's prefix (`@seams/fakes:test: `); a log without one is a single package's. */
const TASK_PREFIX = /^(@?[\w./-]+:[\w:-]+): ?/;

/**
 * vitest's failure reports in one log: for each package (turbo task) that failed, the lines from
 * its first failure heading to its summary, at most `maxLines` each, colours stripped.
 */
export function failureReports(log, { maxLines = 80 } = {}) {
  const reports = new Map();
  const open = new Set();
  for (const raw of stripVTControlCharacters(log).split('\n')) {
    const prefix = TASK_PREFIX.exec(raw);
    const task = prefix?.[1] ?? '';
    const line = prefix ? raw.slice(prefix[0].length) : raw;
    if (FAILURE_HEADING.test(line)) open.add(task);
    if (!open.has(task)) continue;
    if (REPORT_END.test(line)) {
      open.delete(task);
      continue;
    }
    const lines = reports.get(task) ?? [];
    if (lines.length < maxLines) lines.push(line);
    else if (lines.length === maxLines)
      lines.push(`... (cut at ${maxLines} lines; the whole report is above)`);
    reports.set(task, lines);
  }
  return [...reports].map(([task, lines]) => ({ task, lines }));
}

/** The failure reports of several passes' logs as printable lines, or one line saying there are none. */
export function failureDigest(passes) {
  const out = [];
  for (const { name, log } of passes) {
    for (const { task, lines } of failureReports(log)) {
      out.push(
        `--- ${name}: ${task || 'failures'}`,
        ...lines.filter((line, i, all) => line.trim() || all[i - 1]?.trim()),
      );
    }
  }
  return out.length > 0
    ? out
    : ['no vitest failure report in these logs (the step that failed printed its own error above)'];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const failuresOnly = process.argv[2] === '--failures';
  const passes = process.argv
    .slice(failuresOnly ? 3 : 2)
    .map((file) => ({ name: basename(file, '.log'), log: readFileSync(file, 'utf8') }));
  if (failuresOnly) {
    for (const line of failureDigest(passes)) console.log(line);
    process.exit(0);
  }
  const { lines, ok } = summarize(passes);
  for (const line of lines) console.log(line);
  if (!ok) process.exit(1);
}
