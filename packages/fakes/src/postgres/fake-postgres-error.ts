import type { PostgresErrorFields } from './postgres-engine.js';

/**
 * An error raised inside the fake database (an engine's mapped error, a lock timeout): a SQLSTATE
 * `code` and PostgreSQL's report fields. It travels to the client as an ErrorResponse, so what
 * user code catches is node-pg's own `DatabaseError` carrying the same fields.
 *
 * Not a `SeamsError`, on purpose: its `code` is a SQLSTATE (`23505`, `0A000`), as on node-pg's
 * `DatabaseError`, which no Seams code list could hold (see `SEAMS_ERROR_CODES` in `@seams/ports`).
 */
export class FakePostgresError extends Error {
  readonly severity = 'ERROR';
  readonly details: Omit<PostgresErrorFields, 'severity' | 'code' | 'message'>;

  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown; fields?: Omit<PostgresErrorFields, 'severity' | 'code' | 'message'> },
  ) {
    super(message, options);
    this.name = 'FakePostgresError';
    this.details = options?.fields ?? {};
  }

  /** The report as PostgreSQL would send it. */
  get fields(): PostgresErrorFields {
    return { ...this.details, severity: this.severity, code: this.code, message: this.message };
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
