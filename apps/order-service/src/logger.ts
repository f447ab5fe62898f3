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
 * are redacted before they are logged (see `redactUrl`); the paths above catch the rest.
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
