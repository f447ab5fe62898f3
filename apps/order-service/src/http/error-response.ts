import { type PortErrorCode, SEAMS_ERROR_CODES, type ValidationIssue } from '@seams/ports';
import { UNSTORABLE_TEXT, validateNewOrder } from '../domain/order-validation.js';
import { SERVICE_ERROR_CODES } from '../service-errors.js';
import { HttpError } from './http-error.js';

/** The JSON body of every error answer. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** An error answer: status and body. */
export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
}

interface AjvIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Readonly<Record<string, unknown>>;
}

interface ErrorLike {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly message?: unknown;
  readonly validation?: readonly AjvIssue[];
  readonly validationContext?: string;
  readonly [key: string]: unknown;
}

// PAYMENT_REQUEST_REJECTED is answered apart: the provider's refusal is a 502 with its own code.
const SEAMS_STATUS: Readonly<Record<Exclude<PortErrorCode, 'PAYMENT_REQUEST_REJECTED'>, number>> = {
  VALIDATION_FAILED: 400,
  PAYMENT_DECLINED: 402,
  NOT_FOUND: 404,
  DUPLICATE: 409,
  CONCURRENCY_CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYMENT_UNAVAILABLE: 503,
  PUBLISH_FAILED: 503,
  DEPENDENCY_UNAVAILABLE: 503,
};

/** The service's own codes (not the ports'), with their status. */
const SERVICE_STATUS: ReadonlyMap<string, number> = new Map([
  [SERVICE_ERROR_CODES.PAYMENT_IN_PROGRESS, 409],
  [SERVICE_ERROR_CODES.PAYMENT_REFUNDED, 409],
]);

/** What the request was, for messages and the domain's second look at an order body. */
export interface RequestContext {
  readonly method: string;
  readonly url: string;
  readonly routeUrl?: string;
  readonly body?: unknown;
  readonly bodyLimit: number;
}

/**
 * Maps any error to its answer: Seams errors by `code`, Fastify's own (validation, bad JSON,
 * too large) by kind, anything else to a 500 that tells nothing about the internals.
 */
export function toErrorResponse(error: unknown, request: RequestContext): ErrorResponse {
  if (error instanceof HttpError) return { status: error.status, body: error.body };
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  if (e.validation) return validationResponse(e.validation, e.validationContext ?? 'body', request);
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === 'DEPENDENCY_UNAVAILABLE') return dependencyUnavailable(e.dependency);
  if (code in SEAMS_STATUS) {
    return {
      status: SEAMS_STATUS[code as keyof typeof SEAMS_STATUS],
      body: { code, message: String(e.message), details: seamsDetails(e) },
    };
  }
  const serviceStatus = SERVICE_STATUS.get(code);
  if (serviceStatus !== undefined) {
    return { status: serviceStatus, body: { code, message: String(e.message), details: seamsDetails(e) } };
  }
  if (code === SEAMS_ERROR_CODES.PAYMENT_REQUEST_REJECTED) {
    // The provider refused the request itself (e.g. a charge for this order is still in flight).
    return answer(502, 'PAYMENT_REJECTED', 'the payments provider refused the charge request; try again', {
      providerCode: e.providerCode,
    });
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      // Fastify's own message repeats the content type and drops the parser's position: say it once.
      return answer(400, 'MALFORMED_JSON', 'the body is not valid JSON');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return answer(400, 'MALFORMED_JSON', 'the body is empty but Content-Type says application/json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return answer(413, 'PAYLOAD_TOO_LARGE', `the body is larger than ${request.bodyLimit} bytes`, {
        limitBytes: request.bodyLimit,
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return answer(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as Content-Type: application/json');
  }
  if (error instanceof SyntaxError && status === 400) {
    return answer(400, 'MALFORMED_JSON', 'the body is not valid JSON');
  }
  if (status >= 400 && status < 500) {
    // Fastify's own codes (FST_ERR_...) name its internals, not the client's mistake.
    return answer(status, code.startsWith('FST_') || code === '' ? 'BAD_REQUEST' : code, String(e.message));
  }
  return answer(500, 'INTERNAL', 'internal error');
}

const DEPENDENCY_NAMES: Readonly<Record<string, string>> = {
  postgres: 'the database',
  'idempotency-store': 'the idempotency store',
  rabbitmq: 'the broker',
};

/** A 503 naming the dependency by its role: the driver's message can carry hosts and ports. */
function dependencyUnavailable(dependency: unknown): ErrorResponse {
  const name = typeof dependency === 'string' ? dependency : 'a dependency';
  return answer(
    503,
    'DEPENDENCY_UNAVAILABLE',
    `${DEPENDENCY_NAMES[name] ?? name} is unavailable; retry later`,
    {
      dependency: name,
      retryable: true,
    },
  );
}

function answer(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  return { status, body: { code, message, details } };
}

function seamsDetails(e: ErrorLike): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of [
    'issues',
    'entity',
    'id',
    'from',
    'to',
    'declineCode',
    'dependency',
    'expectedVersion',
    'chargeId',
  ]) {
    if (e[key] !== undefined) picked[key] = e[key];
  }
  if (e.code === 'PAYMENT_UNAVAILABLE') picked.retryable = true;
  return picked;
}

function validationResponse(
  ajv: readonly AjvIssue[],
  context: string,
  request: RequestContext,
): ErrorResponse {
  const prefix = context === 'body' ? '' : `${context}.`;
  if (context === 'body' && ajv.some((issue) => issue.instancePath === '' && issue.keyword === 'type')) {
    return notAnObject(request.body);
  }
  const issues: ValidationIssue[] = ajv.map((issue) => toIssue(issue, prefix));
  // The schema sees shapes; the domain also knows currencies. List both, once per field.
  if (context === 'body' && request.method === 'POST' && request.routeUrl === '/orders') {
    const seen = new Set(issues.map((issue) => issue.path));
    for (const issue of validateNewOrder(request.body)) {
      if (!seen.has(issue.path)) issues.push(issue);
    }
  }
  const message = `invalid ${context}: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`;
  return { status: 400, body: { code: 'VALIDATION_FAILED', message, details: { issues } } };
}

/** A body that is missing or not a JSON object: one sentence, not ajv's `(root) must be object`. */
function notAnObject(body: unknown): ErrorResponse {
  const message =
    body === undefined
      ? 'the request has no body: send a JSON object with Content-Type: application/json'
      : `the body must be a JSON object, not ${jsonKind(body)}`;
  return {
    status: 400,
    body: {
      code: 'VALIDATION_FAILED',
      message,
      details: {
        issues: [
          body === undefined
            ? { path: '', code: 'required', message: 'is required' }
            : { path: '', code: 'type', message: 'must be a JSON object' },
        ],
      },
    },
  };
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function toIssue(issue: AjvIssue, prefix: string): ValidationIssue {
  const base = prefix + pointerToPath(issue.instancePath);
  const join = (name: unknown) => (base ? `${base}.${String(name)}` : `${prefix}${String(name)}`);
  switch (issue.keyword) {
    case 'required':
      return { path: join(issue.params.missingProperty), code: 'required', message: 'is required' };
    case 'additionalProperties':
      return {
        path: join(issue.params.additionalProperty),
        code: 'unknown_field',
        message: 'is not allowed',
      };
    case 'storableText':
      return { path: base, ...UNSTORABLE_TEXT };
    case 'format':
      return {
        path: base,
        code: 'invalid_format',
        message: `must be a ${String(issue.params.format).toUpperCase()}`,
      };
    default:
      return { path: base, code: issue.keyword, message: issue.message ?? 'is invalid' };
  }
}

/** `/lines/0/quantity` → `lines[0].quantity`. */
function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}
