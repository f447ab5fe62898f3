import {
  type CaseOutcome,
  type ErrorField,
  type ErrorOutcome,
  INFORMATIONAL_ERROR_FIELDS,
  type ResultOutcome,
  type StepOutcome,
} from './outcome.js';
import type { SqlCase, SqlStep } from './sql-case.js';

/**
 * How an engine answered a case, against PostgreSQL's answer:
 * - `same`: every statement gave the same outcome (for errors: the SQLSTATE and every field present,
 *   except that an informational field PostgreSQL gives may be missing: see `omitted`);
 * - `clear`: the engine refused a construct it cannot run as PostgreSQL does (0A000, naming the
 *   construct and pointing to the PGlite engine) before anything differed;
 * - `silent`: anything else: another answer, an answer where PostgreSQL raised, another SQLSTATE.
 */
export type Verdict = 'same' | 'clear' | 'silent';

export interface Classification {
  readonly verdict: Verdict;
  /** The first statement whose outcome differs (`setup` for the set-up), when not `same`. */
  readonly at?: string;
  /** A readable expected/actual of the first difference. */
  readonly diff?: string;
  /** For `clear`: the engine's refusal message. */
  readonly refusal?: string;
  /** The informational error fields (hint, position, ...) PostgreSQL gave and the engine left out. */
  readonly omitted?: readonly ErrorField[];
}

/** An engine's loud refusal: 0A000 whose message sends the reader to the PGlite engine. */
export function isRefusal(outcome: StepOutcome | undefined): outcome is ErrorOutcome {
  return outcome?.kind === 'error' && outcome.code === '0A000' && /PGlite/.test(outcome.message);
}

/**
 * The outcome as compared: messages are for people and differ between versions, so they are left
 * out; rows of a statement without ORDER BY are compared as a multiset, since PostgreSQL promises
 * no order for them (its own order follows the plan and the storage, not the SQL). `leftOut` are
 * the error fields not compared (the informational ones the other side does not give).
 */
function comparable(
  outcome: StepOutcome | undefined,
  ordered = true,
  leftOut: readonly ErrorField[] = [],
): string {
  if (outcome === undefined) return 'no outcome';
  if (outcome.kind === 'error') {
    const fields = Object.fromEntries(
      Object.entries(outcome.fields).filter(([name]) => !leftOut.includes(name as ErrorField)),
    );
    return JSON.stringify({ code: outcome.code, fields });
  }
  const unordered = (result: ResultOutcome) => ({
    ...result,
    rows: result.rows.map((row) => JSON.stringify(row)).sort(),
  });
  if (outcome.kind === 'result' && !ordered) return JSON.stringify(unordered(outcome));
  // Several statements in one text: without ORDER BY anywhere in it, none of them orders its rows.
  if (outcome.kind === 'results' && !ordered)
    return JSON.stringify({ ...outcome, results: outcome.results.map(unordered) });
  return JSON.stringify(outcome);
}

function statementText(steps: readonly SqlStep[], index: number): string {
  const statements = steps.filter((step) => typeof step === 'string' || !('pauseMs' in step));
  const step = statements[index];
  return typeof step === 'string' ? step : step && 'sql' in step ? step.sql : '?';
}

/** True when the statement's outer query has ORDER BY (one inside parentheses orders a subquery only). */
export function ordersItsRows(sql: string): boolean {
  let outer = sql.replace(/'(?:[^']|'')*'/g, "''");
  // Innermost groups first; each becomes a mark with no parenthesis in it, or the group around it
  // (a derived table holding a function call) could never be taken away, and its ORDER BY would
  // pass for the outer query's.
  for (let previous = ''; previous !== outer; ) {
    previous = outer;
    outer = outer.replace(/\([^()]*\)/g, ' _ ');
  }
  return /\border\s+by\b/i.test(outer);
}

function describeStep(steps: readonly SqlStep[], index: number): string {
  return `statement ${index + 1}: ${statementText(steps, index).replace(/\s+/g, ' ').trim()}`;
}

function show(outcome: StepOutcome | undefined): string {
  if (outcome?.kind === 'error') {
    return JSON.stringify({ code: outcome.code, ...outcome.fields, message: outcome.message }, null, 2);
  }
  return JSON.stringify(outcome ?? null, null, 2);
}

function difference(at: string, expected: StepOutcome | undefined, actual: StepOutcome | undefined): string {
  return `at ${at}\n--- PostgreSQL\n${show(expected)}\n+++ engine\n${show(actual)}`;
}

/** The informational fields PostgreSQL's error gives and the engine's error of the same statement does not. */
function omittedFields(want: StepOutcome | undefined, got: StepOutcome | undefined): ErrorField[] {
  if (want?.kind !== 'error' || got?.kind !== 'error') return [];
  return (Object.keys(want.fields) as ErrorField[]).filter(
    (name) => INFORMATIONAL_ERROR_FIELDS.has(name) && got.fields[name] === undefined,
  );
}

function same(omitted: ReadonlySet<ErrorField>): Classification {
  return omitted.size === 0 ? { verdict: 'same' } : { verdict: 'same', omitted: [...omitted].sort() };
}

/** Classifies an engine's outcome of a case against PostgreSQL's. */
export function classify(sqlCase: SqlCase, expected: CaseOutcome, actual: CaseOutcome): Classification {
  const omitted = new Set<ErrorField>();
  if (actual.setupError !== undefined || expected.setupError !== undefined) {
    const leftOut = omittedFields(expected.setupError, actual.setupError);
    if (comparable(actual.setupError) === comparable(expected.setupError, true, leftOut)) {
      for (const name of leftOut) omitted.add(name);
      return same(omitted);
    }
    const diff = difference('setup', expected.setupError, actual.setupError);
    return verdictOf(actual.setupError, 'setup', diff);
  }
  const length = Math.max(expected.steps.length, actual.steps.length);
  for (let index = 0; index < length; index += 1) {
    const want = expected.steps[index];
    const got = actual.steps[index];
    const ordered = ordersItsRows(statementText(sqlCase.steps, index));
    const leftOut = omittedFields(want, got);
    if (comparable(want, ordered, leftOut) === comparable(got, ordered)) {
      for (const name of leftOut) omitted.add(name);
      continue;
    }
    const at = describeStep(sqlCase.steps, index);
    return verdictOf(got, at, difference(at, want, got));
  }
  return same(omitted);
}

function verdictOf(actual: StepOutcome | undefined, at: string, diff: string): Classification {
  if (isRefusal(actual)) return { verdict: 'clear', at, diff, refusal: actual.message };
  return { verdict: 'silent', at, diff };
}
