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
  /** The statement's name when sent as pg's `{ name, text, values }`. */
  readonly name?: string;
}

/** What the mock is asked to match: a statement, the Parse of a named one, or `pool.end()`. */
export type LedgerEvent =
  | { readonly kind: 'statement' | 'prepare'; readonly call: QueryCall }
  | { readonly kind: 'close' };

const SHOWN_EVENT: Readonly<Record<LedgerEvent['kind'], string>> = {
  statement: 'a statement',
  prepare: 'the Parse of a named statement',
  close: 'pool.end()',
};

/** What an expectation of this kind waits for, in the words of `SHOWN_EVENT`. */
const awaitedEvent = (candidate: Expectation): LedgerEvent['kind'] =>
  candidate.kind === 'expectPrepare' ? 'prepare' : candidate.kind === 'expectClose' ? 'close' : 'statement';

/** Why `candidate` did not take the event: another kind of call, the statement name, the SQL diff or the arguments. */
function mismatchLines(candidate: Expectation, event: LedgerEvent, matching: SqlMatching): string[] {
  const lines = [`  expected: ${candidate.describe(matching)}`];
  const awaited = awaitedEvent(candidate);
  const kinds = `  it waits for ${SHOWN_EVENT[awaited]}, not ${SHOWN_EVENT[event.kind]}`;
  if (event.kind === 'close' || awaited === 'close') return [...lines, kinds];
  const { call } = event;
  if (candidate.statementName !== undefined && candidate.statementName !== call.name) {
    const got = call.name === undefined ? 'an unnamed statement' : JSON.stringify(call.name);
    lines.push(`  statement name: expected ${JSON.stringify(candidate.statementName)}, got ${got}`);
  } else if (awaited !== event.kind) {
    lines.push(kinds);
  } else if (!sqlMatches(candidate.pattern, call.sql, matching)) {
    const diff = isLiteral(candidate.pattern, matching)
      ? wordDiff(normalizeSql(candidate.pattern), normalizeSql(call.sql))
      : '';
    lines.push(diff ? `  sql diff ([-expected-] {+actual+}): ${diff}` : '  the SQL does not match');
  } else if (candidate.args !== undefined) {
    lines.push('  the SQL matches; the arguments differ:');
    for (const problem of argMismatches(candidate.args, call.values)) lines.push(`    ${problem}`);
  }
  if (lines.length === 1 && call.name !== undefined) {
    lines.push(
      `  statement ${JSON.stringify(call.name)} is prepared: expect its executions on expectPrepare(...)`,
    );
  }
  return lines;
}

function eventHead(event: LedgerEvent): string[] {
  if (event.kind === 'close') return ['pg-mock: unexpected pool.end()'];
  const { call } = event;
  const named = call.name === undefined ? '' : ` (statement ${JSON.stringify(call.name)})`;
  const what = event.kind === 'prepare' ? 'Parse of a named statement' : 'query';
  return [
    `pg-mock: unexpected ${what}${named} via ${call.via}`,
    `  sql:  ${normalizeSql(call.sql)}`,
    `  args: ${formatArgs(call.values)}`,
  ];
}

/** The message of a call no expectation took, compared with the one the mock was waiting for. */
export function unexpectedMessage(
  event: LedgerEvent,
  candidate: Expectation | undefined,
  context: { matching: SqlMatching; ordered: boolean; total: number },
): string {
  const head = eventHead(event);
  if (candidate === undefined) {
    return [...head, `no expectation remains (all ${context.total} were met)`].join('\n');
  }
  const label = context.ordered ? 'next expected' : 'closest remaining expectation';
  return [...head, `${label}:`, ...mismatchLines(candidate, event, context.matching)].join('\n');
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
