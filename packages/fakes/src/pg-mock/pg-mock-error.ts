import { SeamsError, type SeamsErrorCode } from '@seams/ports';
/** Why a `PgMockError` was thrown; stable, so tests can assert on it. */
export type PgMockErrorCode = Extract<SeamsErrorCode, `PG_MOCK_${string}`>;

/** A query the mock did not expect, an expectation never met, a client misused, or a call it does not model. */
export class PgMockError extends SeamsError {
  constructor(
    readonly code: PgMockErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PgMockError';
  }
}
