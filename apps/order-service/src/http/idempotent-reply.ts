import { createHash } from 'node:crypto';
import { type IdempotencyStore, SEAMS_ERROR_CODES } from '@seams/ports';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SERVICE_ERROR_CODES } from '../service-errors.js';
import { canonicalJson } from './canonical-json.js';
import { type ErrorResponse, toErrorResponse } from './error-response.js';

/**
 * 409s that mean "not now" rather than "no": stored, they would answer every retry with the same
 * refusal after the cause has gone, so they free the key as a 5xx does.
 */
const RETRY_LATER_CODES: ReadonlySet<string> = new Set([
  SERVICE_ERROR_CODES.PAYMENT_IN_PROGRESS,
  SEAMS_ERROR_CODES.CONCURRENCY_CONFLICT,
]);

/** A handler's answer before it is sent, so it can be stored for replays. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** How the two state-changing POSTs honour `Idempotency-Key`. */
export interface IdempotencyOptions {
  readonly store: IdempotencyStore;
  /** How long a key and its response are kept. Default 24 h. */
  readonly ttlMs: number;
  readonly bodyLimit: number;
}

/**
 * Runs `work` at most once per `Idempotency-Key`: a retry with the same key and request gets the
 * stored answer (`Idempotent-Replayed: true`), another request 422, a retry while the first still
 * runs 409. "The same request" is the method, the route, its (normalised) path parameters and the
 * canonical JSON of the body: key order and spacing do not matter.
 *
 * The rule for failures: a request refused as invalid (`VALIDATION_FAILED`, from the schema or
 * from the domain) never uses up its key, nor does a 5xx: nothing was done, so a corrected retry
 * with the same key runs; nor does a 409 that says "retry later" (`PAYMENT_IN_PROGRESS`,
 * `CONCURRENCY_CONFLICT`): stored, it would refuse every retry after the cause has gone. Every other
 * answer of the use case (2xx, a decline, 404, another 409) is stored.
 * Without the header, `work` just runs.
 */
export async function idempotentReply(
  request: FastifyRequest,
  reply: FastifyReply,
  options: IdempotencyOptions,
  work: () => Promise<Reply>,
): Promise<FastifyReply> {
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' ? header : undefined;
  if (key === undefined) return send(reply, await work());
  const fingerprint = createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions.url}\n${canonicalJson(request.params)}\n${canonicalJson(request.body ?? null)}`,
    )
    .digest('hex');
  const found = await options.store.begin(key, fingerprint, options.ttlMs);
  switch (found.kind) {
    case 'completed':
      return reply
        .status(found.response.status)
        .headers({ ...found.response.headers, 'idempotent-replayed': 'true' })
        .type('application/json')
        .send(found.response.body);
    case 'in_progress':
      return sendError(reply, {
        status: 409,
        body: {
          code: 'IDEMPOTENCY_KEY_IN_PROGRESS',
          message: 'a request with this Idempotency-Key is still running; retry shortly',
          details: {},
        },
      });
    case 'mismatch':
      return sendError(reply, {
        status: 422,
        body: {
          code: 'IDEMPOTENCY_KEY_REUSED',
          message: 'this Idempotency-Key was already used with another request',
          details: {},
        },
      });
    case 'started':
      break;
  }
  // Completing and abandoning under this start's lease: if the lease ran out and a retry took the
  // key over meanwhile, this late answer is neither stored as the retry's nor frees its key.
  const holder = { lease: found.lease };
  let result: Reply;
  try {
    result = await work();
  } catch (error) {
    const failure = toErrorResponse(error, {
      method: request.method,
      url: request.url,
      bodyLimit: options.bodyLimit,
    });
    if (
      failure.status >= 500 ||
      failure.body.code === 'VALIDATION_FAILED' ||
      RETRY_LATER_CODES.has(failure.body.code)
    ) {
      await options.store.abandon(key, holder).catch(() => undefined);
      throw error;
    }
    result = failure;
  }
  const body = JSON.stringify(result.body);
  await options.store.complete(key, { status: result.status, body, headers: { ...result.headers } }, holder);
  return reply
    .status(result.status)
    .headers({ ...result.headers })
    .type('application/json')
    .send(body);
}

function send(reply: FastifyReply, result: Reply): FastifyReply {
  return reply
    .status(result.status)
    .headers({ ...result.headers })
    .send(result.body);
}

function sendError(reply: FastifyReply, error: ErrorResponse): FastifyReply {
  return reply.status(error.status).send(error.body);
}
