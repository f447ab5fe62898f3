import { isDeepStrictEqual } from 'node:util';
import { formatValue } from './format-value.js';

const MATCHER = Symbol('pg-mock.argMatcher');

/** Matches one query parameter; build one with `any()`, `anyString()`, `anyNumber()` or `argThat()`. */
export interface ArgMatcher {
  readonly [MATCHER]: true;
  readonly description: string;
  matches(value: unknown): boolean;
}

/** What `withArgs` accepts per parameter: a value (compared deeply), a matcher, or a predicate. */
export type ExpectedArg = unknown;

/** A matcher for any value the predicate accepts; `description` appears in failure messages. */
export function argThat(
  predicate: (value: unknown) => boolean,
  description = 'argThat(predicate)',
): ArgMatcher {
  return { [MATCHER]: true, description, matches: predicate };
}

/** Any value, including `null` and `undefined`. */
export const any = (): ArgMatcher => argThat(() => true, 'any()');
/** Any string. */
export const anyString = (): ArgMatcher => argThat((value) => typeof value === 'string', 'anyString()');
/** Any finite number. */
export const anyNumber = (): ArgMatcher =>
  argThat((value) => typeof value === 'number' && Number.isFinite(value), 'anyNumber()');

function isArgMatcher(value: unknown): value is ArgMatcher {
  return typeof value === 'object' && value !== null && MATCHER in value;
}

/** True when `actual` satisfies `expected`; a bare function is a predicate (pg never sends functions). */
export function argMatches(expected: ExpectedArg, actual: unknown): boolean {
  if (isArgMatcher(expected)) return expected.matches(actual);
  if (typeof expected === 'function') return Boolean(expected(actual));
  return isDeepStrictEqual(expected, actual);
}

/** The expected argument as a failure message shows it. */
export function describeArg(expected: ExpectedArg): string {
  if (isArgMatcher(expected)) return expected.description;
  if (typeof expected === 'function') return `predicate ${expected.name || '(anonymous)'}`;
  return formatValue(expected);
}

/** Per-parameter mismatches (`$2: expected 1, got 2`), empty when every argument matches. */
export function argMismatches(expected: readonly ExpectedArg[], actual: readonly unknown[]): string[] {
  const problems: string[] = [];
  if (expected.length !== actual.length) {
    problems.push(`expected ${expected.length} arguments, got ${actual.length}`);
  }
  const count = Math.max(expected.length, actual.length);
  for (let i = 0; i < count; i += 1) {
    if (i >= expected.length || i >= actual.length) continue;
    if (!argMatches(expected[i], actual[i])) {
      problems.push(`$${i + 1}: expected ${describeArg(expected[i])}, got ${formatValue(actual[i])}`);
    }
  }
  return problems;
}
