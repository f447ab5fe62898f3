/**
 * Every error code the Seams packages raise, one entry each, grouped by the package that raises it.
 * A class extending `SeamsError` can only carry a code listed here (the compiler checks it), so this
 * is the one place to read them all. Compare with these constants rather than with string
 * literals: `hasErrorCode(error, SEAMS_ERROR_CODES.PAYMENT_REQUEST_REJECTED)`.
 *
 * Two errors of `@seams/fakes` stay outside on purpose, because they copy another library's error
 * for fidelity: `FakePostgresError` carries a PostgreSQL SQLSTATE as its `code`, like node-pg's
 * `DatabaseError` (and what user code catches is node-pg's own error); `SocketError` copies undici's
 * socket error (`code` `UND_ERR_SOCKET`) so code written against real `fetch` failures sees the same.
 */
export const SEAMS_ERROR_CODES = {
  // The ports (this package).
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'DUPLICATE',
  CONCURRENCY_CONFLICT: 'CONCURRENCY_CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  PAYMENT_DECLINED: 'PAYMENT_DECLINED',
  PAYMENT_UNAVAILABLE: 'PAYMENT_UNAVAILABLE',
  PAYMENT_REQUEST_REJECTED: 'PAYMENT_REQUEST_REJECTED',
  PUBLISH_FAILED: 'PUBLISH_FAILED',
  DEPENDENCY_UNAVAILABLE: 'DEPENDENCY_UNAVAILABLE',
  // @seams/postgres-adapter
  POSTGRES_CONFIG_INVALID: 'POSTGRES_CONFIG_INVALID',
  TRANSACTION_CLOSED: 'TRANSACTION_CLOSED',
  UNEXPECTED_COLUMN_VALUE: 'UNEXPECTED_COLUMN_VALUE',
  MIGRATION_CHECKSUM_MISMATCH: 'MIGRATION_CHECKSUM_MISMATCH',
  MIGRATION_FAILED: 'MIGRATION_FAILED',
  MIGRATION_VERSION_CONFLICT: 'MIGRATION_VERSION_CONFLICT',
  // @seams/amqp-adapter, and the fake broker's TopologyMismatchError
  AMQP_TOPOLOGY_REJECTED: 'AMQP_TOPOLOGY_REJECTED',
  // @seams/redis-adapter
  REDIS_CONFIG_INVALID: 'REDIS_CONFIG_INVALID',
  IDEMPOTENCY_RECORD_UNREADABLE: 'IDEMPOTENCY_RECORD_UNREADABLE',
  // @seams/http-client
  PAYMENT_RESPONSE_INVALID: 'PAYMENT_RESPONSE_INVALID',
  // @seams/fakes: FakePostgresSetupError
  FAKE_PG_ENGINE_MISSING: 'FAKE_PG_ENGINE_MISSING',
  FAKE_PG_MIGRATION_FAILED: 'FAKE_PG_MIGRATION_FAILED',
  FAKE_PG_RESET_REFUSED: 'FAKE_PG_RESET_REFUSED',
  FAKE_PG_BAD_OPTION: 'FAKE_PG_BAD_OPTION',
  // @seams/fakes: FakePostgresEngineError
  FAKE_PG_ENGINE_STOPPED: 'FAKE_PG_ENGINE_STOPPED',
  // @seams/fakes: MockHttpError
  MOCK_HTTP_UNMATCHED: 'MOCK_HTTP_UNMATCHED',
  MOCK_HTTP_PENDING: 'MOCK_HTTP_PENDING',
  MOCK_HTTP_BUSY: 'MOCK_HTTP_BUSY',
  MOCK_HTTP_FIXTURE: 'MOCK_HTTP_FIXTURE',
  // @seams/fakes: PgMockError
  PG_MOCK_UNEXPECTED_QUERY: 'PG_MOCK_UNEXPECTED_QUERY',
  PG_MOCK_UNEXPECTED_CLOSE: 'PG_MOCK_UNEXPECTED_CLOSE',
  PG_MOCK_UNMET_EXPECTATIONS: 'PG_MOCK_UNMET_EXPECTATIONS',
  PG_MOCK_UNRELEASED_CLIENT: 'PG_MOCK_UNRELEASED_CLIENT',
  PG_MOCK_CLIENT_MISUSE: 'PG_MOCK_CLIENT_MISUSE',
  PG_MOCK_UNSUPPORTED: 'PG_MOCK_UNSUPPORTED',
  PG_MOCK_EARLIER_FAILURE: 'PG_MOCK_EARLIER_FAILURE',
  // @seams/contracts: divergence bookkeeping
  DIVERGENCE_RESOLVED: 'DIVERGENCE_RESOLVED',
  DIVERGENCE_MISMATCH: 'DIVERGENCE_MISMATCH',
  DIVERGENT_CASE_STILL_RUNNING: 'DIVERGENT_CASE_STILL_RUNNING',
  // @seams/testenv: TestenvError
  NO_SERVER: 'NO_SERVER',
  SERVER_UNREACHABLE: 'SERVER_UNREACHABLE',
  IMAGE_MISSING: 'IMAGE_MISSING',
  CONTAINER_FAILED: 'CONTAINER_FAILED',
  NOT_RESOLVED: 'NOT_RESOLVED',
  UNKNOWN_SERVICE: 'UNKNOWN_SERVICE',
  TEMPLATE_FAILED: 'TEMPLATE_FAILED',
} as const;

/** A stable machine-readable code of a Seams error: one of `SEAMS_ERROR_CODES`. */
export type SeamsErrorCode = keyof typeof SEAMS_ERROR_CODES;

/** The codes of the errors the ports themselves define, the ones a service maps to its answers. */
export const PORT_ERROR_CODES = [
  'NOT_FOUND',
  'DUPLICATE',
  'CONCURRENCY_CONFLICT',
  'INVALID_TRANSITION',
  'VALIDATION_FAILED',
  'PAYMENT_DECLINED',
  'PAYMENT_UNAVAILABLE',
  'PAYMENT_REQUEST_REJECTED',
  'PUBLISH_FAILED',
  'DEPENDENCY_UNAVAILABLE',
] as const satisfies readonly SeamsErrorCode[];

/** A code of an error the ports define. */
export type PortErrorCode = (typeof PORT_ERROR_CODES)[number];

/**
 * Base class of every Seams error: a `name`, a stable `code`, and the `cause`. The code is one of
 * `SEAMS_ERROR_CODES`; a service built on Seams may extend it with codes of its own
 * (`SeamsError<ServiceErrorCode>`), listed next to its domain rather than here.
 */
export abstract class SeamsError<Code extends string = SeamsErrorCode> extends Error {
  abstract readonly code: Code;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The entity asked for does not exist. */
export class NotFoundError extends SeamsError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity} ${id} was not found`, options);
  }
}

/** An entity with the same identity already exists. */
export class DuplicateError extends SeamsError {
  readonly code = 'DUPLICATE';
  constructor(
    readonly entity: string,
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity} ${id} already exists`, options);
  }
}

/** An optimistic-concurrency check failed: someone else changed the entity first. */
export class ConcurrencyConflictError extends SeamsError {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    options?: { cause?: unknown },
  ) {
    super(`${entity} ${id} was changed concurrently (expected version ${expectedVersion})`, options);
  }
}

/** A status change the entity's rules do not allow, e.g. `new InvalidTransitionError('invoice', 'void', 'paid')`. */
export class InvalidTransitionError extends SeamsError {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity} cannot go from ${from} to ${to}`, options);
  }
}

/** One problem found while validating input. `path` names the field, e.g. `lines[0].quantity`. */
export interface ValidationIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** Input was invalid; `issues` lists every problem, not just the first. */
export class ValidationError extends SeamsError {
  readonly code = 'VALIDATION_FAILED';
  constructor(
    readonly issues: readonly ValidationIssue[],
    options?: { cause?: unknown },
  ) {
    super(
      `invalid input: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`,
      options,
    );
  }
}

/** The payment provider declined the charge; `declineCode` is the provider's own reason. */
export class PaymentDeclinedError extends SeamsError {
  readonly code = 'PAYMENT_DECLINED';
  constructor(
    readonly declineCode: string,
    message = `payment declined (${declineCode})`,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The payment provider refused the request itself (a 4xx other than a decline or a rate limit): bad
 * credentials, an invalid body, or an idempotency key reused with another body. Retrying the same
 * request cannot succeed. `status` is the provider's HTTP status, `providerCode` its own reason.
 */
export class PaymentRequestRejectedError extends SeamsError {
  readonly code = 'PAYMENT_REQUEST_REJECTED';
  constructor(
    readonly status: number,
    readonly providerCode: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The payment provider could not be reached or kept failing; the charge may be retried later. */
export class PaymentUnavailableError extends SeamsError {
  readonly code = 'PAYMENT_UNAVAILABLE';
  constructor(
    message: string,
    readonly attempts: number,
    readonly lastStatus?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Why a publish did not reach a queue. */
export type PublishFailureReason = 'unroutable' | 'nacked' | 'closed' | 'disconnected' | 'timeout';

/** The broker did not accept a message; the caller (usually the outbox relay) retries later. */
export class PublishError extends SeamsError {
  readonly code = 'PUBLISH_FAILED';
  constructor(
    readonly reason: PublishFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A backing service (database, broker, idempotency store) is unreachable; safe to retry later. */
export class DependencyUnavailableError extends SeamsError {
  readonly code = 'DEPENDENCY_UNAVAILABLE';
  constructor(
    readonly dependency: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a Seams error with the given code; works across duplicated package copies. */
export function hasErrorCode(error: unknown, code: SeamsErrorCode): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
