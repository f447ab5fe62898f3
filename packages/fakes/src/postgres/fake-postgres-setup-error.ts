import { SeamsError, type SeamsErrorCode } from '@seams/ports';
/** Why the fake database could not be set up; stable, so tests can assert on it. */
export type FakePostgresSetupErrorCode = Extract<SeamsErrorCode, `FAKE_PG_${string}`>;

/** The fake database could not be set up or reset: a missing optional dependency, a failed migration. */
export class FakePostgresSetupError extends SeamsError {
  constructor(
    readonly code: FakePostgresSetupErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FakePostgresSetupError';
  }
}
