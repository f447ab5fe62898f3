import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestServer } from '../test-server.js';
import { mockHttp } from './mock-http.js';

const API = 'https://api.example';
const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

/** The mock's explanation of a failed fetch. */
const explanationOf = (error: unknown) =>
  ((error as Error).cause as { explanation?: string } | undefined)?.explanation;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mockHttp: path parameters', () => {
  it('captures :name segments, decoded, and hands them to the reply function', async () => {
    const mock = mockHttp();
    mock
      .get(`${API}/users/:id/orders/:orderId`)
      .persist()
      .replyWith(({ params }) => ({ status: 200, body: params }));
    const response = await fetch(`${API}/users/ada%20l/orders/o-7`);
    expect(await response.json()).toEqual({ id: 'ada l', orderId: 'o-7' });
    await expect(fetch(`${API}/users/ada/orders`)).rejects.toThrow('fetch failed');
    await expect(fetch(`${API}/users//orders/o-7`)).rejects.toThrow('fetch failed');
    expect(mock.unmatched.map((r) => r.path)).toEqual(['/users/ada/orders', '/users//orders/o-7']);
    expect(explanationOf(await fetch(`${API}/users/x`).catch((e: unknown) => e))).toContain(
      'path: expected "/users/:id/orders/:orderId", got "/users/x"',
    );
    mock.restore();
  });

  it('takes named groups of a RegExp path as parameters; a segment with a colon inside stays literal', async () => {
    const mock = mockHttp();
    mock.get(API, /^\/items\/(?<sku>[A-Z]+-\d+)$/).replyWith(({ params }) => ({ body: params }));
    mock.post(`${API}/v1/projects/p1:batchGet`).reply(200, 'literal');
    expect(await (await fetch(`${API}/items/BOOK-1`)).json()).toEqual({ sku: 'BOOK-1' });
    expect(await (await fetch(`${API}/v1/projects/p1:batchGet`, { method: 'POST' })).text()).toBe('literal');
    mock.assertAllDone();
  });
});

describe('mockHttp: optionally()', () => {
  it('answers when called but is never pending, as in nock', async () => {
    const mock = mockHttp();
    mock.get(`${API}/flags`).optionally().reply(200, { beta: false });
    mock.get(`${API}/maybe`).optionally(false).reply(204);
    expect(mock.pendingMocks()).toEqual(['GET https://api.example/maybe (0 of 1 calls)']);
    expect(mock.isDone()).toBe(false);
    await fetch(`${API}/maybe`);
    expect(mock.isDone()).toBe(true);
    mock.assertAllDone();
    expect(await (await fetch(`${API}/flags`)).json()).toEqual({ beta: false });
    await expect(fetch(`${API}/flags`)).rejects.toThrow('fetch failed');
    mock.restore();
  });
});

describe('mockHttp: basicAuth()', () => {
  it('matches Authorization: Basic user:pass and never shows the password', async () => {
    const mock = mockHttp();
    mock.get(`${API}/admin`).basicAuth({ user: 'ada', pass: 's3cret' }).persist().reply(200, 'ok');
    const call = (authorization?: string) =>
      fetch(`${API}/admin`, { headers: authorization ? { authorization } : {} }).then(
        (r) => r.text(),
        (e: unknown) => explanationOf(e),
      );
    expect(await call(basic('ada:s3cret'))).toBe('ok');
    expect(await call(basic('ada:wrong'))).toContain('basic auth: user "ada" with another password');
    expect(await call(basic('bob:s3cret'))).toContain('basic auth: expected user "ada", got user "bob"');
    expect(await call('Bearer sk_live_123')).toContain('got a "Bearer" authorization header');
    expect(await call()).toContain('got no authorization header');
    expect(mock.unmatched).toHaveLength(4);
    expect(JSON.stringify(mock.pendingMocks())).not.toContain('s3cret');
    mock.restore();
  });

  it('shows only the scheme of credential headers in explanations', async () => {
    const mock = mockHttp();
    mock.get(`${API}/me`).header('authorization', 'Bearer sk_test_expected').reply(200);
    const explanation = explanationOf(
      await fetch(`${API}/me`, { headers: { authorization: 'Bearer sk_live_leaked' } }).catch(
        (e: unknown) => e,
      ),
    );
    expect(explanation).toContain(
      'header authorization: expected "Bearer [redacted]", got "Bearer [redacted]"',
    );
    expect(explanation).not.toMatch(/sk_live_leaked|sk_test_expected/);
    mock.restore();
  });
});

describe('mockHttp: onUnhandledRequest', () => {
  it("'error' (the default) fails loopback requests too", async () => {
    const server = await startTestServer(() => ({ body: 'real' }));
    const mock = mockHttp({ onUnhandledRequest: 'error' });
    await expect(fetch(server.url)).rejects.toThrow('fetch failed');
    expect(server.callCount).toBe(0);
    mock.restore();
  });

  it("'bypass' lets loopback requests reach the real server, and still blocks other hosts", async () => {
    const server = await startTestServer(() => ({ body: 'real' }));
    const mock = mockHttp({ onUnhandledRequest: 'bypass' });
    mock.get(`${API}/mocked`).reply(200, 'mocked');
    expect(await (await fetch(`${server.url}/x`)).text()).toBe('real');
    expect(await (await fetch(`${API}/mocked`)).text()).toBe('mocked');
    const elsewhere = await fetch('https://elsewhere.example/').catch((e: unknown) => e);
    expect(explanationOf(elsewhere)).toContain(
      'only loopback hosts are let through, so the request to host elsewhere.example was blocked',
    );
    expect(mock.unmatched.map((r) => r.host)).toEqual(['elsewhere.example']);
    expect(server.callCount).toBe(1);
    mock.restore();
  });

  it("'warn' lets loopback through with a warning naming the request", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const server = await startTestServer(() => ({ body: 'real' }));
    const mock = mockHttp({ onUnhandledRequest: 'warn' });
    expect(await (await fetch(`${server.url}/x`)).text()).toBe('real');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^mockHttp: no mock matches GET 127\.0\.0\.1:\d+\/x; it goes to the real server/),
    );
    mock.restore({ verify: true });
  });

  it('a function chooses per request', async () => {
    const server = await startTestServer(() => ({ body: 'real' }));
    const mock = mockHttp({ onUnhandledRequest: (r) => (r.path === '/health' ? 'bypass' : 'error') });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    await expect(fetch(`${server.url}/orders`)).rejects.toThrow('fetch failed');
    expect(server.requests.map((r) => r.path)).toEqual(['/health']);
    mock.restore();
  });
});
