import type { PaymentGatewayLogger } from '@seams/http-client';
import { type DestinationStream, type Logger, pino } from 'pino';

/** Paths pino censors wherever they appear in a log line (headers, config, errors). */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'headers.authorization',
  'authorization',
  'apiKey',
  'password',
  '*.apiKey',
  '*.password',
  '*.authorization',
  '*.*.apiKey',
  '*.*.password',
];

/**
 * The service's structured logger: JSON lines, ISO times, secrets censored. Connection strings
 * are redacted before they are logged (see `redactUrl` from `@seams/ports`); the paths above catch the rest. Fastify's
 * request loggers bind `reqId`; the service's own lines for a request and its payment gateway's name it from the
 * call's `correlationId` (no AsyncLocalStorage: on Node 20 its promise hooks cost 10-22% of the request path).
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: 'order-service',
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    },
    options.destination,
  );
}

/**
 * The payment gateway's retry warnings as the service's log lines: the gateway names the request a
 * call was made for `correlationId`; the service's lines, like Fastify's, call it `reqId`.
 */
export function paymentGatewayLogger(logger: Logger): PaymentGatewayLogger {
  return {
    warn: (message, { correlationId, ...fields }) =>
      logger.warn(correlationId === undefined ? fields : { ...fields, reqId: correlationId }, message),
  };
}
