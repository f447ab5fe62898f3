import { DependencyUnavailableError } from '@seams/ports';

/** Server replies that mean "not usable right now" rather than "this command is wrong". */
const UNAVAILABLE_REPLY =
  /^(LOADING|BUSY|READONLY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|OOM|NOAUTH|WRONGPASS|NOPERM)\b/;

/** A stored record the store cannot read: an unknown layout version or a malformed response. */
export class IdempotencyRecordError extends Error {
  readonly code = 'IDEMPOTENCY_RECORD_UNREADABLE';
  constructor(
    readonly key: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`idempotency record ${key}: ${message}`, options);
    this.name = 'IdempotencyRecordError';
  }
}

/** True when `error` says Redis cannot be reached or cannot serve now (refused, timed out, loading...). */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name !== 'ReplyError') return true;
  return UNAVAILABLE_REPLY.test(error.message);
}

/**
 * `DependencyUnavailableError('idempotency-store')` for an outage, so the service refuses the request
 * rather than risk doing the work twice; other errors unchanged.
 */
export function mapRedisError(error: unknown, operation: string, key: string): unknown {
  if (error instanceof Error && error.message.startsWith('SEAMS_RECORD_VERSION')) {
    return new IdempotencyRecordError(key, error.message.replace(/^SEAMS_RECORD_VERSION /, ''), {
      cause: error,
    });
  }
  if (!isRedisUnavailable(error)) return error;
  const reason = error instanceof Error ? redactSecrets(error.message) : String(error);
  return new DependencyUnavailableError(
    'idempotency-store',
    `idempotency store unavailable: Redis did not answer ${operation} (${reason})`,
    { cause: error },
  );
}

/** Hides a password in any `scheme://user:password@host` and after `AUTH`, should a driver message carry one. */
export function redactSecrets(text: string): string {
  return text.replace(/(\/\/[^:/@\s]*):[^@\s]*@/g, '$1:***@').replace(/(\bAUTH\s+)\S+/gi, '$1***');
}
