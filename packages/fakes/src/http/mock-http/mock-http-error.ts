import { SeamsError, type SeamsErrorCode } from '@seams/ports';
/** Why a `MockHttpError` was thrown; stable, so tests can assert on it. */
export type MockHttpErrorCode = Extract<SeamsErrorCode, `MOCK_HTTP_${string}`>;

/**
 * A scope left in a state the test did not expect (pending mocks, unmatched requests), a second
 * scope, or a fixture that cannot be used. Requests themselves fail as the network would, never with this.
 */
export class MockHttpError extends SeamsError {
  readonly code: MockHttpErrorCode;

  constructor(code: MockHttpErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MockHttpError';
    this.code = code;
  }
}
