// Turns StrykerJS's JSON report into the figures bench/ keeps: score, counts, surviving mutants.
const START = '<!-- mutation:start -->';
const END = '<!-- mutation:end -->';

/**
 * Counts and score of one Stryker JSON report (mutation-testing-report-schema). The score is
 * Stryker's: detected (killed + timeout) over valid mutants (detected + survived + no coverage).
 */
export function scoreOf(report, dir) {
  const counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  const survivors = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      const key = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' }[
        mutant.status
      ];
      counts[key ?? 'other'] += 1;
      if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
        survivors.push({
          file: `${dir}/${file}`,
          line: mutant.location.start.line,
          mutator: mutant.mutatorName,
          replacement: (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80),
          status: mutant.status,
        });
      }
    }
  }
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return { ...counts, score: valid === 0 ? 0 : (100 * detected) / valid, survivors };
}

const row = (t) =>
  `| ${t.name} | **${t.score.toFixed(1)}%** | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.seconds} s | ${t.at.slice(0, 10)}${t.incremental ? ' (incremental)' : ''} |`;

/** bench/mutation.md: the scores and every surviving mutant. */
export function renderMutationReport(summary) {
  const lines = [
    '# Mutation scores',
    '',
    `StrykerJS 10 (vitest runner, concurrency 1, Node ${summary.node}); target: at least ${summary.threshold}% per package.`,
    'Reproduce: `pnpm mutation` (all three, one after another) or `pnpm mutation --only ports|kit|broker`.',
    'To re-check after changing tests: add `--incremental` (Stryker re-tests only the mutants whose code or covering tests changed and reuses the other results; a row measured so says "incremental").',
    'Score = (killed + timeout) / (killed + timeout + survived + no coverage).',
    '',
    '| mutated code | score | killed | timeout | survived | no coverage | took | measured |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...summary.targets.map(row),
    '',
  ];
  for (const t of summary.targets) {
    lines.push(`## ${t.name}: surviving mutants (${t.survivors.length})`, '');
    if (t.notes) lines.push(t.notes, '');
    if (t.survivors.length === 0) lines.push('None.', '');
    else {
      lines.push('| where | mutator | replacement | status |', '| --- | --- | --- | --- |');
      for (const s of t.survivors) {
        const replacement = s.replacement.replace(/\|/g, '\\|').replace(/`/g, "'");
        lines.push(`| ${s.file}:${s.line} | ${s.mutator} | \`${replacement}\` | ${s.status} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The mutation section of bench/results.md, replaced in place (or appended), so `pnpm bench` and `pnpm mutation` each keep the other's. */
export function mutationBlock(resultsMd, summary) {
  const block = [
    START,
    '',
    '## Mutation scores (`pnpm mutation`)',
    '',
    `StrykerJS on Node ${summary.node}; survivors in [mutation.md](mutation.md).`,
    '',
    '| mutated code | score | killed | timeout | survived | no coverage | took | measured |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...summary.targets.map(row),
    '',
    END,
  ].join('\n');
  const start = resultsMd.indexOf(START);
  const end = resultsMd.indexOf(END);
  if (start !== -1 && end > start)
    return `${resultsMd.slice(0, start)}${block}${resultsMd.slice(end + END.length)}`;
  return `${resultsMd.trimEnd()}\n\n${block}\n`;
}
