/** Stable machine-readable codes for every error the ports define. */
export type SeamsErrorCode =
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'CONCURRENCY_CONFLICT'
  | 'INVALID_TRANSITION'
  | 'VALIDATION_FAILED'
  | 'PAYMENT_DECLINED'
  | 'PAYMENT_UNAVAILABLE'
  | 'PUBLISH_FAILED'
  | 'DEPENDENCY_UNAVAILABLE';

/** Base class of every error the ports define: a `name`, a stable `code`, and the `cause`. */
export abstract class SeamsError extends Error {
  abstract readonly code: SeamsErrorCode;

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
