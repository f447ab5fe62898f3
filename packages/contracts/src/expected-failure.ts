/** An error class; a divergent case declared with it must throw an instance of it (or of a subclass). */
export type ErrorClass = abstract new (...args: never[]) => Error;

/** A predicate on what a divergent case throws, with the words the fidelity table shows for it. */
export interface FailurePredicate {
  readonly description: string;
  readonly test: (error: unknown) => boolean;
}

/**
 * How a divergent case is expected to fail:
 * - `'timeout'`: it hangs past its budget; the kit then calls the target's `teardown`, which must
 *   end what the case waits on (the case has to stop within a grace period);
 * - `{ code }`: it throws an error whose own `code` is this (a SQLSTATE, a Seams error code);
 * - an error class: it throws an instance of it;
 * - `{ description, test }`: it throws something `test` accepts ({@link assertionFailure} builds one).
 */
export type ExpectedFailure = 'timeout' | { readonly code: string } | ErrorClass | FailurePredicate;

/**
 * A failed vitest assertion whose message matches `pattern`: for a fake that returns the wrong
 * answer rather than an error.
 *
 * @example
 * fails: assertionFailure(/expected true to be false/)
 */
export function assertionFailure(pattern: RegExp): FailurePredicate {
  return {
    description: `assertion ${pattern}`,
    test: (error) => error instanceof Error && error.name === 'AssertionError' && pattern.test(error.message),
  };
}

/** True when `error` (what the case threw) is the failure `expected` declares; a throw is never a timeout. */
export function matchesFailure(expected: ExpectedFailure, error: unknown): boolean {
  if (expected === 'timeout') return false;
  if (typeof expected === 'function') return error instanceof expected;
  if ('code' in expected) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === expected.code;
  }
  return expected.test(error);
}

/** The declared failure in words, for error messages and the fidelity table. */
export function describeExpectedFailure(expected: ExpectedFailure): string {
  if (expected === 'timeout') return 'timeout';
  if (typeof expected === 'function') return expected.name || 'an instance of an anonymous error class';
  if ('code' in expected) return `code ${expected.code}`;
  return expected.description;
}

/** What a case actually threw, in one line: name, code when it has one, first line of the message. */
export function describeThrown(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error} (${String(error)})`;
  const code = 'code' in error && error.code !== undefined ? ` [code ${String(error.code)}]` : '';
  return `${error.name}${code}: ${error.message.split('\n')[0]}`;
}

/** Whether `value` has one of the shapes of {@link ExpectedFailure}: checks declarations made from JavaScript. */
export function isExpectedFailure(value: unknown): value is ExpectedFailure {
  if (value === 'timeout') return true;
  if (typeof value === 'function') return value === Error || value.prototype instanceof Error;
  if (typeof value !== 'object' || value === null) return false;
  if ('code' in value) return typeof value.code === 'string' && value.code !== '';
  return (
    'description' in value &&
    typeof value.description === 'string' &&
    value.description !== '' &&
    'test' in value &&
    typeof value.test === 'function'
  );
}
