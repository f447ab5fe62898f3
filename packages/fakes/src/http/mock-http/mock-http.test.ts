import http from 'node:http';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { FIXTURE_TIMEOUT_MS, runVitestFixture } from '@seams/vitest-config/run-fixture';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../test-server.js';
import { mockHttp } from './mock-http.js';

const API = 'https://api.example';

/** A node:http(s) request, answered or failed, as a plain object. */
function nodeRequest(
  url: string,
  options: http.RequestOptions = {},
  body?: string,
): Promise<{ status?: number; headers: http.IncomingHttpHeaders; text: string }> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The mock's explanation, on `fetch`'s cause or on the `node:http` error. */
const explanation = (error: Error): unknown =>
  ((error.cause ?? error) as { explanation?: unknown }).explanation;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error as Error,
  );

describe('mockHttp', () => {
  it('matches method, host, path, query, headers and JSON body, and replies JSON', async () => {
    const mock = mockHttp();
    const users = mock
      .post(`${API}/v1/users?tenant=t1`)
      .query({ dry_run: /^(true|false)$/ })
      .header('Authorization', 'Bearer k')
      .json({ name: 'Ada', roles: ['admin'] })
      .reply(201, { id: 'u-1' }, { 'x-request-id': 'r-1' });
    const response = await fetch(`${API}/v1/users?tenant=t1&dry_run=false`, {
      method: 'POST',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['admin'], name: 'Ada' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ id: 'u-1' });
    expect(users.calls).toBe(1);
    expect(mock.isDone()).toBe(true);
    expect(mock.requests.map((r) => [r.method, r.host, r.path])).toEqual([
      ['POST', 'api.example', '/v1/users'],
    ]);
  });

  it('serves node:http and node:https clients, text bodies and path patterns', async () => {
    const mock = mockHttp();
    mock
      .put('http://legacy.example:8080', /^\/items\/\d+$/)
      .body('{"n":1}')
      .reply(200, 'stored');
    mock.get(`${API}/health`).reply(204);
    const put = await nodeRequest('http://legacy.example:8080/items/42', { method: 'PUT' }, '{"n":1}');
    expect(put).toMatchObject({ status: 200, text: 'stored', headers: { 'content-type': 'text/plain' } });
    expect(await nodeRequest(`${API}/health`)).toMatchObject({ status: 204, text: '' });
    mock.assertAllDone();
  });

  it('times(n), persist() and reply sequences', async () => {
    const mock = mockHttp();
    mock.get(`${API}/twice`).times(2).reply(200, 'ok');
    mock.get(`${API}/always`).persist().reply(200, 'again');
    mock
      .post(`${API}/charge`)
      .replySequence({ status: 429, headers: { 'retry-after': '1' } }, { status: 500 }, { status: 201 });
    expect((await fetch(`${API}/twice`)).status).toBe(200);
    expect(mock.pendingMocks()).toEqual([
      'GET https://api.example/twice (1 of 2 calls)',
      'GET https://api.example/always (0 calls, persistent)',
      'POST https://api.example/charge (0 of 3 calls)',
    ]);
    expect((await fetch(`${API}/twice`)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect(await (await fetch(`${API}/always`)).text()).toBe('again');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${API}/charge`, { method: 'POST' })).status);
    expect(statuses).toEqual([429, 500, 201]);
    expect(mock.isDone()).toBe(true);
    const third = await failure(fetch(`${API}/twice`));
    expect(explanation(third)).toContain(
      'A mock matching it is used up: GET https://api.example/twice (2 of 2 calls)',
    );
    mock.restore();
  });

  it('fails an unmatched request as a refused connection, explaining it with the closest pending mock', async () => {
    const mock = mockHttp();
    mock.get(`${API}/v1/orders`).reply(200, []);
    mock.post(`${API}/v1/charges`).header('idempotency-key', 'k-1').json({ amount: 100 }).reply(201, {});
    const error = await failure(
      fetch(`${API}/v1/charges`, {
        method: 'POST',
        headers: { 'idempotency-key': 'k-2' },
        body: JSON.stringify({ amount: 100 }),
      }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect(error.cause).toMatchObject({
      code: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED api.example:443',
    });
    expect(explanation(error)).toBe(
      'mockHttp: no mock matches POST api.example/v1/charges (real network is disabled). Closest pending mock: ' +
        'POST https://api.example/v1/charges [header idempotency-key: "k-1", json {"amount":100}] (0 of 1 calls): ' +
        'header idempotency-key: expected "k-1", got "k-2".',
    );
    expect(mock.unmatched).toHaveLength(1);
    expect(() => mock.assertAllDone()).toThrow(
      /pending: GET https:\/\/api.example\/v1\/orders[\s\S]*unmatched: POST/,
    );
    mock.restore();
  });

  it('blocks the real network: a request to another host fails naming that host, with fetch and node:http', async () => {
    const mock = mockHttp();
    mock.get(`${API}/v1/orders`).reply(200, []);
    const viaFetch = await failure(fetch('https://other.example/steal?x=1'));
    expect(explanation(viaFetch)).toContain('no mock matches GET other.example/steal?x=1');
    expect(explanation(viaFetch)).toContain('the request to host other.example was blocked');
    expect(explanation(viaFetch)).toContain('host: expected https://api.example, got https://other.example');
    const viaHttp = await failure(nodeRequest('http://10.1.2.3:5432/'));
    expect(viaHttp).toMatchObject({ code: 'ECONNREFUSED', address: '10.1.2.3', port: 5432 });
    expect(explanation(viaHttp)).toContain('host 10.1.2.3:5432 was blocked');
    expect(() => mock.restore({ verify: true })).toThrow(
      /^mockHttp: unmatched requests during the test:\n {2}- mockHttp: no mock matches GET other\.example\/steal\?x=1 .*\n {2}- mockHttp: no mock matches GET 10\.1\.2\.3:5432\/ /,
    );
  });

  it(
    'fails the test at cleanup when a request went unmatched, even if the client swallowed the error',
    () => {
      const fixture = fileURLToPath(new URL('./fixtures/swallowed-request.fixture.ts', import.meta.url));
      const { exitCode, tests } = runVitestFixture(fixture);
      expect(exitCode).toBe(1);
      expect(tests).toEqual([
        {
          name: 'swallows the error of an unmatched request',
          status: 'failed',
          failure: expect.stringMatching(
            /^MockHttpError: mockHttp: unmatched requests during the test:\s+- mockHttp: no mock matches GET swallowed\.example\/path\?q=1 .*host swallowed\.example/,
          ),
        },
        // A test that restored the scope itself has looked at what happened: not failed again.
        { name: 'restores the scope itself after looking at the failure', status: 'passed', failure: '' },
      ]);
    },
    FIXTURE_TIMEOUT_MS + 10_000,
  );

  it('fails with a scripted network error in the shape each client reports', async () => {
    const mock = mockHttp();
    mock.get(`${API}/flaky`).times(2).networkError('reset');
    mock.get(`${API}/cut`).times(2).replyWith({ disconnect: true });
    mock.get(`${API}/rst`).replyWith({ reset: true });
    const viaFetch = await failure(fetch(`${API}/flaky`));
    expect(viaFetch).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(viaFetch.cause).toMatchObject({ message: 'read ECONNRESET', code: 'ECONNRESET', syscall: 'read' });
    expect(explanation(viaFetch)).toMatch(/^mockHttp: scripted network failure \(reset\) by GET/);
    const viaHttp = await failure(nodeRequest(`${API}/flaky`));
    expect(viaHttp).toMatchObject({ message: 'read ECONNRESET', code: 'ECONNRESET' });
    expect(await failure(fetch(`${API}/cut`))).toMatchObject({
      cause: { name: 'SocketError', code: 'UND_ERR_SOCKET', message: 'other side closed' },
    });
    expect(await failure(nodeRequest(`${API}/cut`))).toMatchObject({
      message: 'socket hang up',
      code: 'ECONNRESET',
    });
    expect(await failure(fetch(`${API}/rst`))).toMatchObject({ cause: { message: 'read ECONNRESET' } });
  });

  it('fails with a given Error: as the cause for fetch, as the error for node:http', async () => {
    const mock = mockHttp();
    const timedOut = Object.assign(new Error('connect ETIMEDOUT 10.0.0.1:443'), { code: 'ETIMEDOUT' });
    mock.get(`${API}/slow-connect`).persist().networkError(timedOut);
    const viaFetch = await failure(fetch(`${API}/slow-connect`));
    expect(viaFetch).toBeInstanceOf(TypeError);
    expect(viaFetch.cause).toBe(timedOut);
    expect(await failure(nodeRequest(`${API}/slow-connect`))).toBe(timedOut);
  });

  it('delays a reply, and a hung reply ends when the client aborts', async () => {
    const mock = mockHttp();
    mock.get(`${API}/slow`).delay(30).reply(200, 'late');
    mock.get(`${API}/stuck`).replyWith({ hang: true });
    const started = performance.now();
    expect(await (await fetch(`${API}/slow`)).text()).toBe('late');
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    const hung = await failure(fetch(`${API}/stuck`, { signal: AbortSignal.timeout(30) }));
    expect(hung.name).toMatch(/TimeoutError|AbortError|InterceptorError/);
  });

  it('computes replies from the request', async () => {
    const mock = mockHttp();
    mock
      .post(`${API}/echo`)
      .persist()
      .replyWith(async (request) => ({
        status: 200,
        body: { got: request.json(), key: request.headers['x-key'] },
      }));
    const response = await fetch(`${API}/echo`, {
      method: 'POST',
      headers: { 'x-key': 'v' },
      body: '{"a":1}',
    });
    expect(await response.json()).toEqual({ got: { a: 1 }, key: 'v' });
  });

  it('lets allowed hosts through, and the real network back after restore', async () => {
    const server = await startTestServer(() => ({ status: 200, body: 'real' }));
    const mock = mockHttp({ allowNetwork: ['127.0.0.1'] });
    expect(await (await fetch(server.url)).text()).toBe('real');
    mock.restore();
    const blocking = mockHttp();
    expect(explanation(await failure(fetch(server.url)))).toMatch(/host 127\.0\.0\.1:\d+ was blocked/);
    blocking.restore();
    expect(await (await fetch(server.url)).text()).toBe('real');
    expect(server.callCount).toBe(2);
  });

  it('allows one scope per process at a time', () => {
    const first = mockHttp();
    expect(() => mockHttp()).toThrow(/another scope is active in this process/);
    first[Symbol.dispose]();
    mockHttp().restore();
    expect(() => first.get(API)).toThrow(/restored/);
  });

  it('says which mock has no reply', async () => {
    const mock = mockHttp();
    mock.get(`${API}/todo`);
    await expect(fetch(`${API}/todo`)).rejects.toThrow(
      'GET https://api.example/todo (1 of 1 calls) has no reply',
    );
  });
});
