import { connect } from 'node:net';
import { InMemoryIdempotencyStore } from '@seams/fakes';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { captureLogs } from '../testing/capture-logs.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from '../testing/embedded-database.js';
import { createFakeWorld } from '../testing/fake-world.js';
import { buildApp } from './app.js';
import { clientErrorAnswer } from './client-error.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

async function listening(): Promise<{ app: FastifyInstance; port: number }> {
  const world = await createFakeWorld();
  const app = buildApp({
    service: world.service,
    idempotency: new InMemoryIdempotencyStore({ clock: world.clock }),
  });
  onTestFinished(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return { app, port: address.port };
}

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** Writes `request` as raw bytes on a new connection; resolves with the first answer on it. */
function send(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString();
      const answer = parse(data);
      if (answer) {
        resolve(answer);
        socket.destroy();
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed without a full answer: ${JSON.stringify(data)}`)));
  });
}

function parse(data: string): RawAnswer | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine = '', ...headerLines] = data.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  const body = data.slice(end + 4);
  if (Buffer.byteLength(body) < Number(headers['content-length'] ?? 0)) return undefined;
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) };
}

describe('answers before routing, on a real socket', () => {
  it('an HTTP/1.1 request without Host: 400 HOST_REQUIRED in shape (HTTP/1.0 needs none)', async () => {
    const { port } = await listening();
    const answer = await send(port, 'GET /healthz HTTP/1.1\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 'HOST_REQUIRED',
      message: 'an HTTP/1.1 request needs a Host header',
      details: {},
    });
    expect(answer.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect(answer.headers['x-request-id']).toBeTruthy();
    expect((await send(port, 'GET /healthz HTTP/1.0\r\n\r\n')).status).toBe(200);
  });

  it.each([
    [
      'a method HTTP does not define',
      501,
      'METHOD_NOT_IMPLEMENTED',
      'FROB /orders HTTP/1.1\r\nHost: x\r\n\r\n',
    ],
    ['bytes that are not HTTP', 400, 'BAD_REQUEST', 'HELLO\r\n\r\n'],
    [
      'headers over 16 KiB',
      431,
      'HEADERS_TOO_LARGE',
      `GET /orders/${'a'.repeat(17_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    ],
    ['a malformed header', 400, 'BAD_REQUEST', 'GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n'],
  ])('%s: %i %s in shape, with a request id, URL not echoed', async (_, status, code, request) => {
    const { port } = await listening();
    const answer = await send(port, request);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ code, message: expect.any(String), details: {} });
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.stringify(answer.body)).not.toContain('aaaa');
  });

  it('a method node:http knows but no route serves: 405 with Allow', async () => {
    const { port } = await listening();
    const answer = await send(port, 'PROPFIND /orders HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('POST');
  });

  it('while shutting down, a request on a busy kept-alive connection gets 503 SHUTTING_DOWN in shape', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let probed = false;
    const { logger, lines: logLines } = captureLogs('debug'); // Fastify's per-request lines are debug
    const world = await createFakeWorld();
    const app = buildApp({
      service: world.service,
      idempotency: new InMemoryIdempotencyStore({ clock: world.clock }),
      readiness: {
        slow: () => {
          probed = true;
          return gate;
        },
      },
      readinessTimeoutMs: 10_000,
      logger,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no port');
    const socket = connect(address.port, '127.0.0.1');
    socket.on('error', () => undefined);
    onTestFinished(() => {
      socket.destroy();
    });
    let data = '';
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString();
    });
    // /readyz waits on the gate, so the connection is busy when close() starts and is not reaped.
    socket.write('GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n');
    await expect.poll(() => probed, { timeout: 2_000 }).toBe(true);
    const closing = app.close();
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    // Only once the second request is in may the first finish: a connection that goes idle
    // during close() is closed, and a request sent after that never arrives.
    await expect
      .poll(
        () =>
          logLines.some(
            (line) => line.msg === 'incoming request' && JSON.stringify(line.req).includes('/healthz'),
          ),
        {
          timeout: 2_000,
        },
      )
      .toBe(true);
    release();
    const answers = () => data.split(/(?=HTTP\/1\.1 )/);
    await expect.poll(() => answers().length, { timeout: 2_000 }).toBe(2);
    await expect.poll(() => parse(answers()[1] ?? '')?.status, { timeout: 2_000 }).toBe(503);
    expect(parse(answers()[0] ?? '')?.status).toBe(200);
    const answer = parse(answers()[1] ?? '');
    expect(answer?.body).toEqual({
      code: 'SHUTTING_DOWN',
      message: 'the service is shutting down; retry the request',
      details: {},
    });
    expect(answer?.headers).toMatchObject({ connection: 'close', 'retry-after': '1' });
    await closing;
  });
});

describe('clientErrorAnswer', () => {
  it('maps node:http parser errors to statuses', () => {
    expect(clientErrorAnswer({ code: 'ERR_HTTP_REQUEST_TIMEOUT' }).status).toBe(408);
    expect(
      clientErrorAnswer({ code: 'HPE_INVALID_METHOD', rawPacket: Buffer.from('GARBAGE\r\n') }).status,
    ).toBe(400);
    expect(clientErrorAnswer({ code: 'HPE_UNEXPECTED_CONTENT_LENGTH' }).code).toBe('BAD_REQUEST');
  });
});
