// Loopback TCP proxies that count what a client sends a real server, read off the wire: PostgreSQL
// round trips (each Sync of the extended protocol and each simple Query is one wait for the server)
// and Redis commands (each top-level RESP array). Counted, not estimated: whatever layer sends
// them, the count is what crossed the socket.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** One PostgreSQL round trip: the SQL it carried (the last Parse before the Sync, or the Query's). */
export interface SqlRoundTrip {
  readonly connection: number;
  readonly sql: string;
}

/** A running counting proxy in front of a server. */
export interface WireTally<T> {
  /** The proxy's URL: `upstream` with host and port replaced. */
  readonly url: string;
  /** Everything counted since the last `take`, which starts a new window. */
  take(): T[];
  close(): Promise<void>;
}

/** Proxies `upstreamUrl` (postgres://) and records every round trip a client makes through it. */
export function tallyPostgres(upstreamUrl: string): Promise<WireTally<SqlRoundTrip>> {
  let connections = 0;
  return startProxy<SqlRoundTrip>(upstreamUrl, (record) => {
    const connection = ++connections;
    let buffer = Buffer.alloc(0);
    let started = false;
    let lastParse = '';
    return (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          // The startup message (and an SSLRequest before it) has a length but no type byte.
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103) started = true; // 80877103: SSLRequest, answered before the startup
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0] ?? 0);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const body = buffer.subarray(5, 1 + length);
        buffer = buffer.subarray(1 + length);
        if (type === 'P') {
          // Parse: statement name (C string), then the SQL (C string).
          const nameEnd = body.indexOf(0);
          lastParse = body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString('utf8');
        } else if (type === 'S') {
          record({ connection, sql: lastParse });
        } else if (type === 'Q') {
          record({ connection, sql: body.subarray(0, body.indexOf(0)).toString('utf8') });
        }
      }
    };
  });
}

/** Proxies `upstreamUrl` (redis://) and records the name of every command a client sends. */
export function tallyRedis(upstreamUrl: string): Promise<WireTally<string>> {
  return startProxy<string>(upstreamUrl, (record) => {
    let buffer = Buffer.alloc(0);
    return (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const parsed = readCommand(buffer);
        if (!parsed) return;
        buffer = buffer.subarray(parsed.end);
        record(parsed.name);
      }
    };
  });
}

/** One RESP command (`*N\r\n` then N bulk strings) at the start of `buffer`, or none yet. */
function readCommand(buffer: Buffer): { name: string; end: number } | undefined {
  const header = buffer.indexOf('\r\n');
  if (header < 0) return undefined;
  if (buffer[0] !== 0x2a) {
    // An inline command (redis-cli style): one line.
    return {
      name: buffer.subarray(0, header).toString().split(' ')[0]?.toUpperCase() ?? '',
      end: header + 2,
    };
  }
  const count = Number(buffer.subarray(1, header).toString());
  let at = header + 2;
  let name = '';
  for (let i = 0; i < count; i++) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const length = Number(buffer.subarray(at + 1, lineEnd).toString());
    const start = lineEnd + 2;
    if (buffer.length < start + length + 2) return undefined;
    if (i === 0)
      name = buffer
        .subarray(start, start + length)
        .toString()
        .toUpperCase();
    at = start + length + 2;
  }
  return { name, end: at };
}

async function startProxy<T>(
  upstreamUrl: string,
  reader: (record: (item: T) => void) => (chunk: Buffer) => void,
): Promise<WireTally<T>> {
  const upstream = new URL(upstreamUrl);
  const upstreamPort = Number(upstream.port || (upstream.protocol === 'redis:' ? 6379 : 5432));
  let window: T[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const server = createConnection({ host: upstream.hostname, port: upstreamPort });
    sockets.add(client);
    sockets.add(server);
    const read = reader((item) => window.push(item));
    client.on('data', (chunk: Buffer) => {
      read(chunk);
      server.write(chunk);
    });
    server.pipe(client);
    const end = () => {
      client.destroy();
      server.destroy();
      sockets.delete(client);
      sockets.delete(server);
    };
    client.on('close', end).on('error', end);
    server.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = new URL(upstreamUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    take() {
      const taken = window;
      window = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
