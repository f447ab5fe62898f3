import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('writes JSON lines with secrets censored', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ destination });
    logger.info(
      {
        req: { headers: { authorization: 'Bearer sk_live_secret', host: 'x' } },
        payments: { apiKey: 'sk_live_secret', url: 'https://pay' },
        password: 'hunter2',
      },
      'hello',
    );
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line.msg).toBe('hello');
    expect(line.req.headers).toEqual({ authorization: '[redacted]', host: 'x' });
    expect(line.payments).toEqual({ apiKey: '[redacted]', url: 'https://pay' });
    expect(lines.join('')).not.toMatch(/sk_live_secret|hunter2/);
  });
});
