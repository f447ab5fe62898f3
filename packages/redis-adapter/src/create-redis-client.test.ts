import { createServer, type Server } from 'node:net';
import { DependencyUnavailableError } from '@seams/ports';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createRedisClient, RedisConfigError } from './create-redis-client.js';
import { RedisIdempotencyStore } from './redis-idempotency-store.js';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/** A loopback port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function storeOn(url: string, commandTimeoutMs?: number) {
  const redis = createRedisClient(url, { commandTimeoutMs, connectTimeoutMs: 200 });
  onTestFinished(() => redis.disconnect());
  return new RedisIdempotencyStore({ redis });
}

describe('createRedisClient', () => {
  it('refuses a URL that is not redis:// or rediss://, password hidden', () => {
    expect(() => createRedisClient('http://u:hunter2@host:6379')).toThrow(RedisConfigError);
    expect(() => createRedisClient('http://u:hunter2@host:6379')).toThrow('http://u:***@host:6379');
    expect(() => createRedisClient('')).toThrow(/\(empty\)/);
  });

  it('fails fast with DependencyUnavailableError when nothing listens, without the password', async () => {
    const store = storeOn(`redis://:hunter2@127.0.0.1:${await closedPort()}`);
    const error = await store.begin('k-1', 'fp', 1_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DependencyUnavailableError);
    expect(error).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', dependency: 'idempotency-store' });
    expect((error as Error).message).toMatch(/^idempotency store unavailable: Redis did not answer begin/);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('gives DependencyUnavailableError when the server accepts but never answers', async () => {
    const silent = createServer((socket) => socket.on('data', () => undefined).on('error', () => undefined));
    onTestFinished(() => new Promise<void>((resolve) => silent.close(() => resolve())));
    const store = storeOn(`redis://127.0.0.1:${await listen(silent)}`, 200);
    const error = await store.complete('k-1', { status: 200, body: '' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DependencyUnavailableError);
    expect((error as Error).message).toContain('Redis did not answer complete');
  });

  it('redials a connection that went silent after a command (socketTimeoutMs)', async () => {
    // Answers the handshake like Redis (INFO, CLIENT SETINFO), then stops answering anything.
    let silent = false;
    let connections = 0;
    const server = createServer((socket) => {
      connections += 1;
      // The client drops connections that miss its timeouts (on a loaded machine, even the answering
      // ones): a reset is what this test provokes, not an error of the server's.
      socket.on('error', () => undefined);
      socket.on('data', (chunk: Buffer) => {
        if (silent) return;
        for (const command of chunk.toString().matchAll(/^\*\d+\r\n\$\d+\r\n(\w+)/gm)) {
          socket.write(command[1]?.toLowerCase() === 'info' ? '$9\r\nloading:0\r\n' : '+OK\r\n');
        }
      });
    });
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const redis = createRedisClient(`redis://127.0.0.1:${await listen(server)}`, {
      commandTimeoutMs: 100,
      socketTimeoutMs: 150,
      maxReconnectDelayMs: 50,
    });
    onTestFinished(() => redis.disconnect());
    // On a loaded machine the first answer can miss the 100 ms command timeout: retry until one lands.
    await vi.waitFor(async () => expect(await redis.ping()).toBe('OK'), { timeout: 5_000 });
    const connectionsWhileAnswering = connections;
    silent = true;
    await expect(redis.ping()).rejects.toThrow(/timed out/);
    await vi.waitFor(() => expect(connections).toBeGreaterThan(connectionsWhileAnswering), {
      timeout: 3_000,
    });
  });
});
