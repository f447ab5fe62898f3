/**
 * An error from the fake database, shaped like pg's `DatabaseError`: a SQLSTATE `code` the
 * adapter maps on, and pg-mem's original error as `cause`.
 */
export class FakePostgresError extends Error {
  readonly severity = 'ERROR';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FakePostgresError';
  }
}

// pg-mem gives a SQLSTATE only for 23505 and 22P02; these map its other messages to theirs.
const MESSAGE_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/duplicate key value violates unique constraint/i, '23505'],
  [/violates not-null constraint/i, '23502'],
  [/violates foreign key constraint/i, '23503'],
  [/check constraint .* is violated/i, '23514'],
  [/relation .* does not exist/i, '42P01'],
  [/column .* does not exist/i, '42703'],
  [/function .* does not exist/i, '42883'],
  [/operator does not exist/i, '42883'],
  [/failed to parse|syntax error/i, '42601'],
  [/invalid input syntax|invalid timestamp format/i, '22P02'],
  [/not supported/i, '0A000'],
];

/** pg-mem's error as a `FakePostgresError` with the SQLSTATE PostgreSQL would give (XX000 when unknown). */
export function toFakePostgresError(error: unknown): FakePostgresError {
  if (error instanceof FakePostgresError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const own = (error as { code?: unknown } | null)?.code;
  const code =
    typeof own === 'string'
      ? own
      : (MESSAGE_CODES.find(([pattern]) => pattern.test(message))?.[1] ?? 'XX000');
  // pg-mem appends the statement and a hint to the first line; the first line is the error.
  return new FakePostgresError(code, message.split('\n')[0] ?? message, { cause: error });
}
