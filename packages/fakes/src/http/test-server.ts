import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeBody } from './reply-body.js';
import { cleanUpAfterTest } from './test-cleanup.js';

/** A request as the test server received it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The body parsed as JSON; throws when it is not JSON. */
  json(): unknown;
}

/** What the handler answers. `hang: true` never answers (until the client gives up or the server closes). */
export interface TestReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as text, a `Uint8Array` as bytes, anything else as JSON. */
  readonly body?: unknown;
  readonly delayMs?: number;
  readonly hang?: boolean;
  /**
   * Closes the connection without an answer: `fetch` fails with cause `UND_ERR_SOCKET` ("other side
   * closed"), `node:http` with `ECONNRESET` ("socket hang up").
   */
  readonly disconnect?: boolean;
  /** Resets the connection (TCP RST) without an answer: the client fails with `ECONNRESET` ("read ECONNRESET"). */
  readonly reset?: boolean;
}

/** Where the test server listens. */
export interface TestServerOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
}

/** Answers one request. */
export type TestHandler = (request: ReceivedRequest) => TestReply | Promise<TestReply>;

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` (or the host asked for), no trailing slash. */
  readonly url: string;
  /** Every request received, in arrival order. */
  readonly requests: readonly ReceivedRequest[];
  /** Number of requests received so far. */
  readonly callCount: number;
  /** Stops the server, cutting open connections (including hung ones); idempotent. */
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 and a free port, like Go's `httptest.Server`. Called inside a
 * vitest test, it closes itself when the test finishes.
 *
 * @example
 * const server = await startTestServer(replySequence({ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }));
 */
export async function startTestServer(
  handler: TestHandler,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const host = options.host ?? '127.0.0.1';
  const requests: ReceivedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void readRequest(req)
      .then(async (request) => {
        requests.push(request);
        await answer(res, await handler(request), timers);
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`test server handler failed: ${String(error)}`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  cleanUpAfterTest(close);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    get callCount() {
      return requests.length;
    },
    close,
  };
}

async function readRequest(req: IncomingMessage): Promise<ReceivedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers,
    body,
    json: () => JSON.parse(body),
  };
}

async function answer(res: ServerResponse, reply: TestReply, timers: Set<NodeJS.Timeout>): Promise<void> {
  if (reply.hang) return;
  if (reply.disconnect || reply.reset) {
    if (reply.reset) res.socket?.resetAndDestroy();
    else res.socket?.destroy();
    return;
  }
  if (reply.delayMs) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, reply.delayMs);
      timers.add(timer);
    });
  }
  const body = encodeBody(reply.body);
  const type = body ? { 'content-type': body.contentType } : {};
  res.writeHead(reply.status ?? 200, { ...type, ...reply.headers });
  res.end(body?.data ?? '');
}
