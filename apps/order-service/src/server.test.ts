import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EMBEDDED_DATABASE_START_MS } from './testing/embedded-database.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));

interface Started {
  readonly child: ChildProcess;
  readonly lines: Array<Record<string, unknown>>;
  readonly exited: Promise<number | null>;
}

/** Runs src/server.ts as `pnpm start` would run dist/server.js: a process of its own, env-configured. */
function startServer(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const lines: Array<Record<string, unknown>> = [];
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    for (const line of complete) if (line.trim()) lines.push(JSON.parse(line));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, exited };
}

async function until<T>(find: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('server process', () => {
  it(
    'starts on the embedded default, serves, and exits 0 on SIGTERM after draining',
    async () => {
      const server = startServer({ PORT: '0', HOST: '127.0.0.1' });
      const address = await until(
        () => server.lines.find((line) => typeof line.address === 'string')?.address as string | undefined,
        'the listening line',
        EMBEDDED_DATABASE_START_MS, // a fresh process starts its PGlite
      );
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

  it('refuses a bad configuration with every problem listed and exit code 1', async () => {
    const server = startServer({ PORT: 'abc', AMQP_URL: 'http://guest:guest@mq' });
    expect(await server.exited).toBe(1);
    expect(server.lines).toHaveLength(1);
    expect(server.lines[0]?.problems).toEqual([
      'PORT must be an integer from 0 to 65535, got "abc"',
      'AMQP_URL must be a URL starting with amqp:// or amqps:// (like amqp://user:password@host:5672), got http://guest:***@mq/',
    ]);
  }, 30_000);
});
