/** Why a `PgMockError` was thrown; stable, so tests can assert on it. */
export type PgMockErrorCode =
  | 'PG_MOCK_UNEXPECTED_QUERY'
  | 'PG_MOCK_UNEXPECTED_CLOSE'
  | 'PG_MOCK_UNMET_EXPECTATIONS'
  | 'PG_MOCK_UNRELEASED_CLIENT'
  | 'PG_MOCK_CLIENT_MISUSE'
  | 'PG_MOCK_UNSUPPORTED'
  | 'PG_MOCK_EARLIER_FAILURE';

/** A query the mock did not expect, an expectation never met, a client misused, or a call it does not model. */
export class PgMockError extends Error {
  constructor(
    readonly code: PgMockErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PgMockError';
  }
}
