/** Why the fake database could not be set up; stable, so tests can assert on it. */
export type FakePostgresSetupErrorCode =
  | 'FAKE_PG_ENGINE_MISSING'
  | 'FAKE_PG_MIGRATION_FAILED'
  | 'FAKE_PG_RESET_REFUSED'
  | 'FAKE_PG_BAD_OPTION';

/** The fake database could not be set up or reset: a missing optional dependency, a failed migration. */
export class FakePostgresSetupError extends Error {
  constructor(
    readonly code: FakePostgresSetupErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FakePostgresSetupError';
  }
}
