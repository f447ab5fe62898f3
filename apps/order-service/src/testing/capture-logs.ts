import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../logger.js';

/** Test helper: the service's logger writing into arrays, each line as text and parsed. */
export function captureLogs(level = 'info'): {
  readonly logger: Logger;
  readonly lines: Array<Record<string, unknown>>;
  readonly raw: string[];
} {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines, raw };
}
