import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_HEADERS } from './client-error.js';
import { HttpError } from './http-error.js';
import { REQUEST_ID_HEADER } from './request-id.js';
import type { RouteTable } from './route-table.js';

/** Limits the edge enforces before a route runs. */
export interface EdgeLimits {
  /** Longest accepted request target (path and query), in characters; longer is 414. */
  readonly maxUrlLength: number;
  /** Longest path parameter (an id); longer is 414 (Fastify's router refuses it before routing). */
  readonly maxParamLength: number;
}

/**
 * Hooks every request passes, matched or not: the request id and API headers on the answer, then
 * the checks that need no route (shutting down, a missing Host, a long URL); ids in the path are
 * lower-cased before validation, so an upper-case UUID finds its order.
 */
export function installEdgeHooks(app: FastifyInstance, limits: EdgeLimits): void {
  let shuttingDown = false;
  app.addHook('preClose', async () => {
    shuttingDown = true;
  });
  // Callback hooks, not async ones: every request passes them, and an async hook costs a promise
  // and a turn of the microtask queue each.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers({ ...API_HEADERS, [REQUEST_ID_HEADER]: request.id });
    done(edgeRefusal(request, reply, limits, shuttingDown));
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const params = request.params;
    if (typeof params === 'object' && params !== null && 'id' in params && typeof params.id === 'string') {
      params.id = params.id.toLowerCase();
    }
    done();
  });
}

/** Why the edge refuses `request` before routing it, or nothing. */
function edgeRefusal(
  request: FastifyRequest,
  reply: FastifyReply,
  limits: EdgeLimits,
  shuttingDown: boolean,
): HttpError | undefined {
  if (shuttingDown) {
    reply.header('retry-after', '1');
    return new HttpError(503, 'SHUTTING_DOWN', 'the service is shutting down; retry the request');
  }
  // node:http's own check (requireHostHeader) answers an empty 400, so it is off and done here.
  if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
    return new HttpError(400, 'HOST_REQUIRED', 'an HTTP/1.1 request needs a Host header');
  }
  if (request.raw.url !== undefined && request.raw.url.length > limits.maxUrlLength) {
    return uriTooLong(limits.maxUrlLength);
  }
  return undefined;
}

/** 404 for an unknown path; 405 with `Allow` for a known path asked with another method. */
export function notFoundHandler(routes: RouteTable) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = (request.raw.url ?? '/').split('?')[0] ?? '/';
    const allowed = routes.allowedMethods(path);
    // A path the table matches with this very method is one the router refused: not found.
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here`, {
        allow: allowed,
      });
    }
    throw new HttpError(404, 'NOT_FOUND', `no route ${request.method} ${path.slice(0, 100)}`);
  };
}

/**
 * Fastify's `frameworkErrors`: errors its router raises before any hook runs (a path parameter
 * over the limit, a malformed URL). Answered here in the API's shape without echoing the URL.
 */
export function frameworkErrorHandler(limits: EdgeLimits) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    reply.headers({ ...API_HEADERS, [REQUEST_ID_HEADER]: request.id });
    const answer =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? uriTooLong(limits.maxParamLength, 'a path segment')
        : new HttpError(400, 'BAD_REQUEST', 'the URL is not valid (check its percent-encoding)');
    request.log.info({ code: answer.code, status: answer.status }, 'request refused by the router');
    reply.status(answer.status).send(answer.body);
  };
}

function uriTooLong(limit: number, what = 'the URL'): HttpError {
  return new HttpError(414, 'URI_TOO_LONG', `${what} is longer than ${limit} characters`, {
    maxLength: limit,
  });
}
