import { argMismatches } from './arg-matchers.js';
import type { Expectation } from './expectation.js';
import { formatArgs } from './format-value.js';
import { isLiteral, normalizeSql, type SqlMatching, sqlMatches } from './sql-pattern.js';
import { wordDiff } from './word-diff.js';

/** A statement the code under test sent. */
export interface QueryCall {
  readonly sql: string;
  readonly values: readonly unknown[];
  /** `pool.query` or `client #n`. */
  readonly via: string;
}

/** Why `candidate` did not take `call`: the SQL diff and the argument mismatches. */
function mismatchLines(candidate: Expectation, call: QueryCall, matching: SqlMatching): string[] {
  const lines = [`  expected: ${candidate.describe(matching)}`];
  if (!sqlMatches(candidate.pattern, call.sql, matching)) {
    const diff = isLiteral(candidate.pattern, matching)
      ? wordDiff(normalizeSql(candidate.pattern), normalizeSql(call.sql))
      : '';
    lines.push(diff ? `  sql diff ([-expected-] {+actual+}): ${diff}` : '  the SQL does not match');
  } else if (candidate.args !== undefined) {
    lines.push('  the SQL matches; the arguments differ:');
    for (const problem of argMismatches(candidate.args, call.values)) lines.push(`    ${problem}`);
  }
  return lines;
}

/** The message of a call no expectation took, compared with the one the mock was waiting for. */
export function unexpectedQueryMessage(
  call: QueryCall,
  candidate: Expectation | undefined,
  context: { matching: SqlMatching; ordered: boolean; total: number },
): string {
  const head = [
    `pg-mock: unexpected query via ${call.via}`,
    `  sql:  ${normalizeSql(call.sql)}`,
    `  args: ${formatArgs(call.values)}`,
  ];
  if (candidate === undefined) {
    return [...head, `no expectation remains (all ${context.total} were met)`].join('\n');
  }
  const label = context.ordered ? 'next expected' : 'closest remaining expectation';
  return [...head, `${label}:`, ...mismatchLines(candidate, call, context.matching)].join('\n');
}

/** The message of `assertAllMet`: every expectation still waiting, and the first failure if any. */
export function unmetMessage(
  unmet: readonly Expectation[],
  failure: Error | undefined,
  matching: SqlMatching,
): string {
  const lines: string[] = [];
  if (unmet.length > 0) {
    lines.push(`pg-mock: ${unmet.length} expectation(s) not met:`);
    for (const e of unmet) lines.push(`  - ${e.describe(matching)} (ran ${e.used} of ${e.expectedTimes})`);
  }
  if (failure) {
    lines.push(unmet.length > 0 ? 'and an earlier failure:' : 'pg-mock: an earlier failure:');
    lines.push(...failure.message.split('\n').map((line) => `  ${line}`));
  }
  return lines.join('\n');
}
