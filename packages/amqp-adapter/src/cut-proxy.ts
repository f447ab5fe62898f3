import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

/** A loopback TCP proxy whose `cut()` kills every connection through it, both ways, at once. */
export interface CutProxy {
  /** `url` with host and port pointing at the proxy. */
  through(url: string): string;
  /** Destroys every open connection; new connections still work (the broker "came back"). */
  cut(): number;
  close(): Promise<void>;
}

/**
 * Test helper (not exported). RabbitMQ here has no management API and `rabbitmqctl` cannot
 * reach a containerised broker, so the reliability test drops the connection in between: the
 * client sees its socket die mid-stream exactly as when the server or the network goes away.
 */
export async function startCutProxy(target: string): Promise<CutProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const broker = tcpConnect(Number(upstream.port || 5672), upstream.hostname);
    for (const socket of [client, broker]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        broker.destroy();
      });
    }
    client.pipe(broker).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('proxy has no port');
  return {
    through(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(address.port);
      return proxied.toString();
    },
    cut() {
      const count = sockets.size;
      for (const socket of sockets) socket.destroy();
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
