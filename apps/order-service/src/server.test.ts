import { createServer } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EMBEDDED_DATABASE_START_MS } from './testing/embedded-database.js';
import { startServerProcess } from './testing/server-process.js';

describe('server process', () => {
  it(
    'starts on the embedded default, serves, and exits 0 on SIGTERM after draining',
    async () => {
      const server = startServerProcess({ PORT: '0', HOST: '127.0.0.1' });
      const address = await server.listening(EMBEDDED_DATABASE_START_MS); // a fresh process starts its PGlite
      expect(server.lines[0]?.msg).toMatch(/^order-service starting: database=pglite/);
      const created = await fetch(`${address}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          customerId: 'c',
          currency: 'EUR',
          lines: [{ sku: 'A', quantity: 1, unitPrice: 5 }],
        }),
      });
      expect(created.status).toBe(201);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      const messages = server.lines.map((line) => line.msg);
      expect(messages).toContain('outbox drained');
      expect(messages.at(-1)).toBe('stopped cleanly');
    },
    EMBEDDED_DATABASE_START_MS + 30_000,
  );

  it('refuses a bad configuration with every problem listed on stderr and exit code 78', async () => {
    const server = startServerProcess({ PORT: 'abc', AMQP_URL: 'http://guest:guest@mq' }, ['--verbose']);
    expect(await server.exited).toBe(78);
    expect(server.lines).toEqual([]);
    expect(server.stderr()).toBe(
      [
        'invalid configuration:',
        '  - PORT must be an integer from 0 to 65535, got "abc"',
        '  - AMQP_URL must be a URL starting with amqp:// or amqps:// (like amqp://user:password@host:5672), got http://guest:***@mq/',
        '  - unknown argument "--verbose": the one option is --create-database',
        '',
      ].join('\n'),
    );
  }, 30_000);

  it('with LOG_FORMAT=json, a bad configuration is one structured log line', async () => {
    const server = startServerProcess({ PORT: 'abc', LOG_FORMAT: 'json' });
    expect(await server.exited).toBe(78);
    expect(server.stderr()).toBe('');
    expect(server.lines).toHaveLength(1);
    expect(server.lines[0]).toMatchObject({
      level: 60,
      code: 'CONFIG_INVALID',
      problems: ['PORT must be an integer from 0 to 65535, got "abc"'],
      msg: 'invalid configuration: PORT must be an integer from 0 to 65535, got "abc"',
    });
  }, 30_000);

  it(
    'a port already in use is a configuration problem that names it',
    async () => {
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      onTestFinished(() => new Promise<void>((resolve) => taken.close(() => resolve())));
      const address = taken.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      // The port is found taken only at listen, after the parts start: pg-mem starts in a blink.
      const server = startServerProcess({
        PORT: String(port),
        HOST: '127.0.0.1',
        EMBEDDED_DB_ENGINE: 'pg-mem',
      });
      expect(await server.exited).toBe(78);
      expect(server.stderr()).toBe(
        `invalid configuration:\n  - PORT ${port} is already in use on 127.0.0.1: stop the process using it, or set PORT to a free port\n`,
      );
    },
    EMBEDDED_DATABASE_START_MS,
  );
});
