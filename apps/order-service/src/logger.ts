import { type DestinationStream, type Logger, pino } from 'pino';
import { currentRequestId } from './request-context.js';

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
 * are redacted before they are logged (see `redactUrl` from `@seams/ports`); the paths above catch the rest. A line
 * written while an HTTP request's work runs carries its `reqId`, whichever logger wrote it.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: 'order-service',
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
      // Fastify's request loggers already bind `reqId`; the rest get it from the request's context.
      mixin: (_fields, _level, logger) => {
        const reqId = currentRequestId();
        return reqId === undefined || 'reqId' in logger.bindings() ? {} : { reqId };
      },
    },
    options.destination,
  );
}
