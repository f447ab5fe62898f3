import { SeamsError } from '@seams/ports';
/** Stable codes of the errors testenv raises. */
export type TestenvErrorCode =
  | 'NO_SERVER'
  | 'SERVER_UNREACHABLE'
  | 'IMAGE_MISSING'
  | 'CONTAINER_FAILED'
  | 'NOT_RESOLVED'
  | 'UNKNOWN_SERVICE'
  | 'TEMPLATE_FAILED';

/** Any failure of testenv to hand a test a real server; the message says what to do about it. */
export class TestenvError extends SeamsError {
  readonly code: TestenvErrorCode;

  constructor(code: TestenvErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TestenvError';
    this.code = code;
  }
}
