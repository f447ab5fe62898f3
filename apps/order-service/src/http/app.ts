import type { IdempotencyStore } from '@seams/ports';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { OrderService } from '../order-service.js';
import { DebugRequestLog } from './debug-request-log.js';
import { toErrorResponse } from './error-response.js';
import { idempotentReply } from './idempotent-reply.js';
import { createOrderBody, idempotencyHeaders, orderIdParams, payBody } from './schemas.js';

/** A readiness probe: resolves when its dependency answers. */
export type ReadinessCheck = () => Promise<void>;

/** What `buildApp` wires together. */
export interface AppDeps {
  readonly service: OrderService;
  readonly idempotency: IdempotencyStore;
  /** Named probes for `GET /readyz` (e.g. `database`, `broker`). */
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

/**
 * The HTTP API on Fastify, without listening: `app.inject()` tests it without a socket.
 *
 * @example
 * const app = buildApp({ service, idempotency });
 * const res = await app.inject({ method: 'POST', url: '/orders', payload: order });
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const bodyLimit = deps.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    ...(deps.logger
      ? { loggerInstance: deps.logger, logController: new DebugRequestLog() }
      : { logger: false }),
    bodyLimit,
    // Every problem listed, nothing coerced or silently dropped.
    ajv: {
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: false, useDefaults: false },
    },
  });
  // JSON only: a text/plain body gets a clear 415 rather than "must be object".
  app.removeContentTypeParser('text/plain');
  const idempotency = { store: deps.idempotency, ttlMs: deps.idempotencyTtlMs ?? 86_400_000, bodyLimit };

  app.setErrorHandler((error, request, reply) => {
    const response = toErrorResponse(error, {
      method: request.method,
      url: request.url,
      routeUrl: request.routeOptions.url,
      body: request.body,
      bodyLimit,
    });
    if (response.status >= 500) request.log.error({ err: error }, 'request failed');
    if (response.status === 503) reply.header('retry-after', '5');
    return reply.status(response.status).send(response.body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      code: 'NOT_FOUND',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
      details: {},
    }),
  );

  app.post<{ Body: unknown }>(
    '/orders',
    { schema: { body: createOrderBody, headers: idempotencyHeaders } },
    (request, reply) =>
      idempotentReply(request, reply, idempotency, async () => {
        const order = await deps.service.create(request.body);
        return { status: 201, body: order, headers: { location: `/orders/${order.id}` } };
      }),
  );

  app.get<{ Params: { id: string } }>('/orders/:id', { schema: { params: orderIdParams } }, (request) =>
    deps.service.get(request.params.id),
  );

  app.post<{ Params: { id: string }; Body: { paymentToken: string } }>(
    '/orders/:id/pay',
    { schema: { params: orderIdParams, body: payBody, headers: idempotencyHeaders } },
    (request, reply) =>
      idempotentReply(request, reply, idempotency, async () => ({
        status: 200,
        body: await deps.service.pay(request.params.id, { paymentToken: request.body.paymentToken }),
      })),
  );

  app.post<{ Params: { id: string } }>(
    '/orders/:id/cancel',
    { schema: { params: orderIdParams } },
    (request) => deps.service.cancel(request.params.id),
  );

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const checks = await probe(deps.readiness ?? {}, deps.readinessTimeoutMs ?? 2_000);
    const ready = Object.values(checks).every((check) => check === 'ok');
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
  });

  return app;
}

async function probe(
  checks: Readonly<Record<string, ReadinessCheck>>,
  timeoutMs: number,
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([check(), timeout]);
        return [name, 'ok'] as const;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Driver messages may quote a URL; never its password.
        return [name, `unavailable: ${message.replace(/\/\/([^:/@\s]+):[^@\s]+@/g, '//$1:***@')}`] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return Object.fromEntries(entries);
}
