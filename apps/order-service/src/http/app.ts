import type { IdempotencyStore } from '@seams/ports';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { OrderService } from '../order-service.js';
import { createClientErrorHandler } from './client-error.js';
import { DebugRequestLog } from './debug-request-log.js';
import { frameworkErrorHandler, installEdgeHooks, notFoundHandler } from './edge-hooks.js';
import { toErrorResponse } from './error-response.js';
import { HttpError } from './http-error.js';
import { idempotentReply } from './idempotent-reply.js';
import { useStrictJsonParser } from './json-body-parser.js';
import { toOrderView } from './order-view.js';
import { probe, type ReadinessCheck } from './readiness.js';
import { requestIdOf } from './request-id.js';
import { RouteTable } from './route-table.js';
import {
  createOrderBody,
  idempotencyHeaders,
  orderIdParams,
  payBody,
  storableTextKeyword,
} from './schemas.js';

export type { ReadinessCheck } from './readiness.js';

/** What `buildApp` wires together. */
export interface AppDeps {
  readonly service: OrderService;
  readonly idempotency: IdempotencyStore;
  /** Named probes for `GET /readyz` (e.g. `database`, `broker`, `idempotency`). */
  readonly readiness?: Readonly<Record<string, ReadinessCheck>>;
  /** A pino logger; none logs nothing. */
  readonly logger?: FastifyBaseLogger;
  /** Largest accepted body. Default 1 MiB; larger is 413. */
  readonly bodyLimit?: number;
  /** How long Idempotency-Keys are kept. Default 24 h. */
  readonly idempotencyTtlMs?: number;
  /** How long one readiness probe may take. Default 2 s. */
  readonly readinessTimeoutMs?: number;
}

const DEFAULT_BODY_LIMIT = 1_048_576;
/** Longest request target and longest path parameter; longer is 414 `URI_TOO_LONG`. */
export const URL_LIMITS = { maxUrlLength: 2_048, maxParamLength: 100 } as const;

/**
 * The HTTP API on Fastify, without listening: `app.inject()` tests it without a socket.
 *
 * @example
 * const app = buildApp({ service, idempotency });
 * const res = await app.inject({ method: 'POST', url: '/orders', payload: order });
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const bodyLimit = deps.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const routes = new RouteTable();
  const app = Fastify({
    ...(deps.logger
      ? { loggerInstance: deps.logger, logController: new DebugRequestLog() }
      : { logger: false }),
    bodyLimit,
    genReqId: requestIdOf,
    requestIdHeader: false,
    routerOptions: { maxParamLength: URL_LIMITS.maxParamLength },
    // Fastify's own 503 while closing has another shape; the edge hooks answer it instead.
    return503OnClosing: false,
    http: { requireHostHeader: false },
    frameworkErrors: frameworkErrorHandler(URL_LIMITS),
    clientErrorHandler: createClientErrorHandler(deps.logger, () => requestIdOf({ headers: {} })),
    // Every problem listed, nothing coerced or silently dropped.
    ajv: {
      customOptions: {
        allErrors: true,
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: false,
        keywords: [storableTextKeyword],
      },
    },
  });
  app.addHook('onRoute', (route) => routes.add(route.method, route.url));
  // JSON only: a text/plain body gets a clear 415 rather than "must be object".
  app.removeContentTypeParser('text/plain');
  useStrictJsonParser(app);
  installEdgeHooks(app, URL_LIMITS);
  const idempotency = { store: deps.idempotency, ttlMs: deps.idempotencyTtlMs ?? 86_400_000, bodyLimit };

  app.setErrorHandler((error, request, reply) => {
    const response = toErrorResponse(error, {
      method: request.method,
      url: request.url,
      routeUrl: request.routeOptions.url,
      body: request.body,
      bodyLimit,
    });
    if (response.status >= 500 && !(error instanceof HttpError))
      request.log.error({ err: error }, 'request failed');
    if (response.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '5');
    return reply.status(response.status).send(response.body);
  });
  app.setNotFoundHandler(notFoundHandler(routes));

  app.post<{ Body: unknown }>(
    '/orders',
    { schema: { body: createOrderBody, headers: idempotencyHeaders } },
    (request, reply) =>
      idempotentReply(request, reply, idempotency, async () => {
        const order = await deps.service.create(request.body);
        return { status: 201, body: toOrderView(order), headers: { location: `/orders/${order.id}` } };
      }),
  );

  app.get<{ Params: { id: string } }>('/orders/:id', { schema: { params: orderIdParams } }, async (request) =>
    toOrderView(await deps.service.get(request.params.id)),
  );

  app.post<{ Params: { id: string }; Body: { paymentToken: string } }>(
    '/orders/:id/pay',
    { schema: { params: orderIdParams, body: payBody, headers: idempotencyHeaders } },
    (request, reply) =>
      idempotentReply(request, reply, idempotency, async () => ({
        status: 200,
        body: toOrderView(
          await deps.service.pay(request.params.id, {
            paymentToken: request.body.paymentToken,
            correlationId: request.id,
          }),
        ),
      })),
  );

  app.post<{ Params: { id: string } }>(
    '/orders/:id/cancel',
    { schema: { params: orderIdParams } },
    async (request) =>
      toOrderView(await deps.service.cancel(request.params.id, { correlationId: request.id })),
  );

  app.get('/healthz', async () => ({ status: 'ok' }));

  const failing = new Set<string>();
  app.get('/readyz', async (request, reply) => {
    const checks = await probe(deps.readiness ?? {}, deps.readinessTimeoutMs ?? 2_000, (name, error) => {
      // One line when a check starts failing, not one per poll.
      if (!failing.has(name)) request.log.warn({ check: name, err: error }, `readiness: ${name} unavailable`);
      failing.add(name);
    });
    for (const [name, outcome] of Object.entries(checks)) {
      if (outcome === 'ok' && failing.delete(name))
        request.log.info({ check: name }, `readiness: ${name} ok again`);
    }
    const ready = Object.values(checks).every((check) => check === 'ok');
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
  });

  return app;
}
