import type { ExpectationLedger } from './expectation-ledger.js';
import { PgMockError } from './pg-mock-error.js';

/** A node-style callback as pg calls it: `(error)` or `(undefined, ...results)`. */
export type NodeCallback = (error: unknown, ...results: unknown[]) => void;

/** A query call read the way pg reads its arguments. */
export interface QueryArguments {
  readonly sql: string;
  readonly values: readonly unknown[];
  readonly name: string | undefined;
  readonly rowMode: string | undefined;
  readonly callback: NodeCallback | undefined;
}

/** Any function: JavaScript calls one with whatever arguments, which is all a callback is promised. */
export function isCallback(value: unknown): value is NodeCallback {
  return typeof value === 'function';
}

/**
 * `(text | config, values?, callback?)` as pg reads it: a function in the values' place is the
 * callback, and values passed beside a config win over its own. A `Submittable` (a cursor or a
 * stream) is refused: the mock answers whole results only.
 */
export function readQueryArguments(ledger: ExpectationLedger, args: readonly unknown[]): QueryArguments {
  const [input, valuesOrCallback, callback] = args;
  const refuse = (code: 'PG_MOCK_CLIENT_MISUSE' | 'PG_MOCK_UNSUPPORTED', message: string) =>
    ledger.fail(new PgMockError(code, `pg-mock: ${message}`));
  if (typeof input === 'object' && input !== null && 'submit' in input) {
    throw refuse('PG_MOCK_UNSUPPORTED', 'query(submittable) (a cursor or a stream) is not supported');
  }
  const statement = readStatement(input);
  if (!statement) {
    throw refuse('PG_MOCK_CLIENT_MISUSE', `query() takes SQL text or { text, values? }, got ${typeof input}`);
  }
  const values = isCallback(valuesOrCallback) ? undefined : valuesOrCallback;
  if (values !== undefined && !Array.isArray(values)) {
    throw refuse('PG_MOCK_CLIENT_MISUSE', `query values must be an array, got ${typeof values}`);
  }
  return {
    ...statement,
    values: values ?? statement.values,
    callback: isCallback(valuesOrCallback) ? valuesOrCallback : isCallback(callback) ? callback : undefined,
  };
}

/** The SQL and its settings from text or a config object; undefined when it is neither. */
function readStatement(input: unknown): Omit<QueryArguments, 'callback'> | undefined {
  if (typeof input === 'string') return { sql: input, values: [], name: undefined, rowMode: undefined };
  if (typeof input !== 'object' || input === null) return undefined;
  const text: unknown = Reflect.get(input, 'text');
  const values: unknown = Reflect.get(input, 'values') ?? [];
  const name: unknown = Reflect.get(input, 'name');
  const rowMode: unknown = Reflect.get(input, 'rowMode');
  if (typeof text !== 'string' || !Array.isArray(values)) return undefined;
  return {
    sql: text,
    values,
    name: typeof name === 'string' ? name : undefined,
    rowMode: typeof rowMode === 'string' ? rowMode : undefined,
  };
}

/** Answers as pg does: through `callback` when it is one (returning nothing), else as the promise. */
export function deliver<T>(answer: Promise<T>, callback: unknown): Promise<T> | undefined {
  if (!isCallback(callback)) return answer;
  answer.then(
    (result) => callback(undefined, result),
    (error: unknown) => callback(error),
  );
  return undefined;
}
