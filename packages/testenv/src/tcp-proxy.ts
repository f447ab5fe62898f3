import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

/** What a `TcpProxy` does with traffic right now. */
export type TcpProxyMode = 'forwarding' | 'blackholed' | 'refusing';

/** A loopback TCP proxy a test puts between a client and a server to break the link on purpose. */
export interface TcpProxy {
  readonly mode: TcpProxyMode;
  /** Connections open through the proxy. */
  readonly connections: number;
  /** `url` with its host and port replaced by the proxy's (user, password, path and query kept). */
  through(url: string): string;
  /** Destroys every open connection (both ends see a reset); new ones still go through. Returns how many. */
  cut(): number;
  /**
   * A network partition: bytes stop flowing both ways, nothing is closed. New connections are
   * accepted and then hear nothing, like SYNs to a host that dropped off the network. Bytes and
   * closes sent meanwhile are held and delivered by `heal()`, as TCP's retransmissions would.
   */
  blackhole(): void;
  /** The server is gone: open connections are destroyed and new ones are closed at once. */
  refuse(): void;
  /** Back to forwarding: held bytes and closes flow, held new connections reach the server. */
  heal(): void;
  close(): Promise<void>;
}

interface Link {
  readonly client: Socket;
  upstream: Socket | undefined;
}

/**
 * Starts a TCP proxy on 127.0.0.1 (a free port) to `target` (`host:port` or any URL with both).
 * The test controls the link: `cut()`, `blackhole()`, `refuse()`, `heal()`.
 *
 * @example
 * const proxy = await startTcpProxy(postgresUrl);
 * onTestFinished(() => proxy.close());
 * const pool = new pg.Pool({ connectionString: proxy.through(databaseUrl) });
 * proxy.blackhole(); // queries in flight now wait for their timeouts
 * proxy.heal();
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = parseTarget(target);
  const links = new Set<Link>();
  let mode: TcpProxyMode = 'forwarding';

  const drop = (link: Link) => {
    links.delete(link);
    link.client.destroy();
    link.upstream?.destroy();
  };
  const relay = (link: Link, from: Socket, to: Socket) => {
    from.on('data', (chunk: Buffer) => to.write(chunk));
    from.on('end', () => to.end());
    from.on('close', () => {
      // A close during a partition reaches the other side only when it heals.
      if (mode !== 'blackholed') drop(link);
    });
  };
  const dial = (link: Link) => {
    const upstream = tcpConnect(port, hostname);
    upstream.on('error', () => undefined);
    link.upstream = upstream;
    relay(link, upstream, link.client);
    relay(link, link.client, upstream);
  };
  // A paused socket reads nothing: bytes wait in the kernel's buffers, then the sender's, as on a
  // partitioned link; nothing is lost and nothing is closed.
  const pause = (link: Link) => {
    link.client.pause();
    link.upstream?.pause();
  };
  const resume = (link: Link) => {
    if (link.client.destroyed || link.upstream?.destroyed) {
      drop(link);
      return;
    }
    if (!link.upstream) dial(link);
    link.client.resume();
    link.upstream?.resume();
  };

  const server: Server = createServer((client) => {
    client.on('error', () => undefined);
    if (mode === 'refusing') {
      client.destroy();
      return;
    }
    const link: Link = { client, upstream: undefined };
    links.add(link);
    if (mode === 'blackholed') client.pause();
    else dial(link);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the TCP proxy has no port');

  return {
    get mode() {
      return mode;
    },
    get connections() {
      return links.size;
    },
    through(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(address.port);
      return proxied.toString();
    },
    cut() {
      const count = links.size;
      for (const link of [...links]) drop(link);
      return count;
    },
    blackhole() {
      mode = 'blackholed';
      for (const link of links) pause(link);
    },
    refuse() {
      mode = 'refusing';
      for (const link of [...links]) drop(link);
    },
    heal() {
      const wasBlackholed = mode === 'blackholed';
      mode = 'forwarding';
      if (wasBlackholed) for (const link of [...links]) resume(link);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const link of [...links]) drop(link);
        server.close(() => resolve());
      }),
  };
}

function parseTarget(target: string): { hostname: string; port: number } {
  const url = new URL(target.includes('://') ? target : `tcp://${target}`);
  const port = Number(url.port);
  if (!url.hostname || !Number.isInteger(port) || port <= 0) {
    throw new Error(`startTcpProxy needs a host and a port, got ${JSON.stringify(url.host)}`);
  }
  return { hostname: url.hostname.replace(/^\[|\]$/g, ''), port };
}
