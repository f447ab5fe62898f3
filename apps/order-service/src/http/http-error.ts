import { type SERVICE_ERROR_CODES, ServiceError } from '../service-errors.js';
import type { ErrorBody } from './error-response.js';

/** The codes of the HTTP edge's own answers. */
export type HttpErrorCode = keyof Pick<
  typeof SERVICE_ERROR_CODES,
  | 'BAD_REQUEST'
  | 'HOST_REQUIRED'
  | 'MALFORMED_JSON'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'REQUEST_TIMEOUT'
  | 'URI_TOO_LONG'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'HEADERS_TOO_LARGE'
  | 'METHOD_NOT_IMPLEMENTED'
  | 'SHUTTING_DOWN'
>;

/**
 * An answer the HTTP edge gives before any use case runs (no Host, a long URL, a charset that is
 * not UTF-8, shutting down...): its status and its `{ code, message, details }` body.
 */
export class HttpError extends ServiceError {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HttpError';
  }

  get body(): ErrorBody {
    return { code: this.code, message: this.message, details: this.details };
  }
}
