import type { ErrorBody } from './error-response.js';

/**
 * An answer the HTTP edge gives before any use case runs (no Host, a long URL, a charset that is
 * not UTF-8, shutting down...): its status and its `{ code, message, details }` body.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
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
