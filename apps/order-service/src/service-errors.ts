import { SeamsError } from '@seams/ports';

/**
 * Every error code the order service raises itself, beside the Seams codes of `@seams/ports`
 * (`SEAMS_ERROR_CODES`), which list the packages' codes and not a service's. Compare with these
 * constants rather than with string literals.
 */
export const SERVICE_ERROR_CODES = {
  // The domain: answered 409.
  PAYMENT_IN_PROGRESS: 'PAYMENT_IN_PROGRESS',
  PAYMENT_REFUNDED: 'PAYMENT_REFUNDED',
  // Start-up.
  CONFIG_INVALID: 'CONFIG_INVALID',
  // Readiness: a dependency's probe got no answer in time.
  PROBE_TIMEOUT: 'PROBE_TIMEOUT',
  // The HTTP edge (`HttpError`), each with its status.
  BAD_REQUEST: 'BAD_REQUEST',
  HOST_REQUIRED: 'HOST_REQUIRED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  URI_TOO_LONG: 'URI_TOO_LONG',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  HEADERS_TOO_LARGE: 'HEADERS_TOO_LARGE',
  METHOD_NOT_IMPLEMENTED: 'METHOD_NOT_IMPLEMENTED',
  SHUTTING_DOWN: 'SHUTTING_DOWN',
} as const;

/** A code of an error the order service raises itself. */
export type ServiceErrorCode = keyof typeof SERVICE_ERROR_CODES;

/** Base class of the service's own errors: a Seams error whose code is one of `SERVICE_ERROR_CODES`. */
export abstract class ServiceError extends SeamsError<ServiceErrorCode> {}
