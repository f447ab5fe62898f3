import { DependencyUnavailableError, REDACTED, redactUrl, SeamsError } from '@seams/ports';

/** Server replies that mean "not usable right now" rather than "this command is wrong". */
const UNAVAILABLE_REPLY =
  /^(LOADING|BUSY|READONLY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|OOM|NOAUTH|WRONGPASS|NOPERM)\b/;

/** A stored record the store cannot read: an unknown layout version or a malformed response. */
export class IdempotencyRecordError extends SeamsError {
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

// A URL inside free text: a scheme, `//`, and everything up to white space or a quote.
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

/**
 * A driver message safe to log: every URL in it through `@seams/ports`' `redactUrl`, and the
 * argument of an `AUTH` command, should the message carry either, become `***`.
 */
export function redactSecrets(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => redactUrl(url)).replace(/(\bAUTH\s+)\S+/gi, `$1${REDACTED}`);
}
