import { once } from 'node:events';
import { createServer, type Socket, connect as tcpConnect } from 'node:net';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { startTcpProxy } from './tcp-proxy.js';

/** An echo server on loopback, and a client through `proxy` that collects what comes back. */
async function echoThroughProxy() {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.pipe(socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  const proxy = await startTcpProxy(`127.0.0.1:${address.port}`);
  onTestFinished(async () => {
    await proxy.close();
    await new Promise((resolve) => server.close(resolve));
  });
  const connectClient = async () => {
    const url = new URL(proxy.through('tcp://127.0.0.1:1'));
    const socket = tcpConnect(Number(url.port), url.hostname);
    socket.on('error', () => undefined);
    onTestFinished(() => {
      socket.destroy();
    });
    await once(socket, 'connect');
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
    });
    return { socket, received: () => received };
  };
  return { proxy, connectClient };
}

function closed(socket: Socket): Promise<unknown> {
  return socket.closed ? Promise.resolve() : once(socket, 'close');
}

describe('startTcpProxy', () => {
  it('forwards both ways and rewrites a URL to point at itself, keeping the rest', async () => {
    const { proxy, connectClient } = await echoThroughProxy();
    const client = await connectClient();
    client.socket.write('ping');
    await vi.waitFor(() => expect(client.received()).toBe('ping'), { timeout: 2_000 });
    expect(proxy.mode).toBe('forwarding');
    expect(proxy.connections).toBe(1);
    const url = new URL(proxy.through('postgres://app:s3cret@db.internal:5432/shop?sslmode=disable'));
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.port).not.toBe('5432');
    expect(`${url.username}:${url.password}${url.pathname}${url.search}`).toBe(
      'app:s3cret/shop?sslmode=disable',
    );
  });

  it('blackhole: bytes stop both ways without a close; heal delivers them', async () => {
    const { proxy, connectClient } = await echoThroughProxy();
    const client = await connectClient();
    proxy.blackhole();
    client.socket.write('held');
    // An absence has no event to await: watch for 100 ms, about a thousand loopback round trips.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(client.received()).toBe('');
    expect(client.socket.destroyed).toBe(false);
    const late = await connectClient(); // accepted, then silence
    late.socket.write('late');
    proxy.heal();
    await vi.waitFor(
      () => {
        expect(client.received()).toBe('held');
        expect(late.received()).toBe('late');
      },
      { timeout: 2_000 },
    );
  });

  it('cut resets open connections but lets new ones through; refuse closes new ones until heal', async () => {
    const { proxy, connectClient } = await echoThroughProxy();
    const first = await connectClient();
    expect(proxy.cut()).toBe(1);
    await closed(first.socket);
    const second = await connectClient();
    second.socket.write('again');
    await vi.waitFor(() => expect(second.received()).toBe('again'), { timeout: 2_000 });

    proxy.refuse();
    await closed(second.socket);
    const refused = await connectClient();
    await closed(refused.socket);
    expect(refused.received()).toBe('');
    proxy.heal();
    const third = await connectClient();
    third.socket.write('back');
    await vi.waitFor(() => expect(third.received()).toBe('back'), { timeout: 2_000 });
  });

  it('names a target without a port', async () => {
    await expect(startTcpProxy('db.internal')).rejects.toThrow(/needs a host and a port/);
  });
});
