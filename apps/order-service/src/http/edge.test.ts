import { FakePaymentsProvider, InMemoryIdempotencyStore } from '@seams/fakes';
import { HttpPaymentGateway } from '@seams/http-client';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { paymentGatewayLogger } from '../logger.js';
import { captureLogs } from '../testing/capture-logs.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from '../testing/embedded-database.js';
import { createFakeWorld, newOrderInput } from '../testing/fake-world.js';
import { buildApp } from './app.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

async function setup(options: { logger?: Logger } = {}) {
  const world = await createFakeWorld();
  const idempotency = new InMemoryIdempotencyStore({ clock: world.clock });
  const app = buildApp({ service: world.service, idempotency, ...options });
  onTestFinished(() => app.close());
  return { ...world, app };
}

async function createOrder(app: FastifyInstance, body: unknown = newOrderInput()) {
  return app.inject({ method: 'POST', url: '/orders', payload: body as object });
}

const shape = { code: expect.any(String), message: expect.any(String), details: expect.any(Object) };

describe('every answer', () => {
  it('carries nosniff, no-store and the request id: the caller’s when safe, else a new UUID', async () => {
    const { app } = await setup();
    const given = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'trace-7f3a:checkout' },
    });
    expect(given.headers).toMatchObject({
      'x-request-id': 'trace-7f3a:checkout',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect((await app.inject({ method: 'GET', url: '/healthz' })).headers['x-request-id']).toMatch(uuid);
    for (const unsafe of ['x'.repeat(129), 'a b', 'id;drop', 'é']) {
      const res = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': unsafe } });
      expect(res.headers['x-request-id']).toMatch(uuid);
    }
    const missing = await app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': 'r-1' } });
    expect(missing.headers).toMatchObject({ 'x-request-id': 'r-1', 'x-content-type-options': 'nosniff' });
  });

  it('names the request id in every log line of the request', async () => {
    const { logger, lines: logLines } = captureLogs('debug');
    const { app } = await setup({ logger });
    await createOrder(app, { customerId: 'c' });
    await app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': 'r-404' } });
    await app.inject({ method: 'POST', url: '/orders', headers: { 'x-request-id': 'r-400' }, payload: {} });
    for (const id of ['r-404', 'r-400']) {
      const mine = logLines.filter((line) => line.reqId === id);
      expect(mine.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
    }
    expect(logLines.every((line) => typeof line.reqId === 'string')).toBe(true);
  });

  it('names it in the lines the service and its payment gateway write for the request', async () => {
    const { logger, lines, raw } = captureLogs('debug');
    const provider = await FakePaymentsProvider.start({ host: '127.0.0.1' });
    onTestFinished(() => provider.close());
    // Over HTTP with a retry, logging through the service's own adapter, as the runtime wires it.
    const payments = new HttpPaymentGateway({
      baseUrl: provider.url,
      apiKey: provider.apiKey,
      random: () => 0, // no backoff to wait out
      logger: paymentGatewayLogger(logger),
    });
    const world = await createFakeWorld({ payments });
    const idempotency = new InMemoryIdempotencyStore({ clock: world.clock });
    const app = buildApp({ service: world.service, idempotency, logger });
    onTestFinished(() => app.close());
    const { id } = (await createOrder(app)).json<{ id: string }>();
    provider.failNext(1, { status: 500 });
    const paid = await app.inject({
      method: 'POST',
      url: `/orders/${id}/pay`,
      headers: { 'x-request-id': 'r-pay' },
      payload: { paymentToken: 'tok_visa' },
    });
    expect(paid.statusCode).toBe(200);
    expect(lines.find((line) => line.msg === 'payment attempt failed; retrying')).toMatchObject({
      reqId: 'r-pay',
      attempt: 1,
      status: 500,
    });
    logger.info('outside any request');
    expect(lines.find((line) => line.msg === 'outside any request')).not.toHaveProperty('reqId');
    // Fastify's own lines keep one reqId, not two.
    expect(lines.filter((line) => line.reqId === 'r-pay').length).toBeGreaterThanOrEqual(3);
    expect(raw.every((line) => line.split('"reqId"').length <= 2)).toBe(true);
  });
});

describe('routing', () => {
  it('answers 405 with Allow for a known path asked with another method, 404 for an unknown path', async () => {
    const { app } = await setup();
    const id = (await createOrder(app)).json().id;
    const cases = [
      ['DELETE', `/orders/${id}`, 'GET, HEAD'],
      ['PUT', '/orders', 'POST'],
      ['GET', `/orders/${id}/pay`, 'POST'],
      ['PATCH', '/healthz', 'GET, HEAD'],
    ] as const;
    for (const [method, url, allow] of cases) {
      const res = await app.inject({ method, url });
      expect(res.statusCode, `${method} ${url}`).toBe(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.json()).toEqual({
        code: 'METHOD_NOT_ALLOWED',
        message: `${method} is not allowed here`,
        details: { allow: allow.split(', ') },
      });
    }
    const unknown = await app.inject({ method: 'GET', url: '/orders/x/refund' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      code: 'NOT_FOUND',
      message: 'no route GET /orders/x/refund',
      details: {},
    });
  });

  it('answers 414 for a URL over 2048 characters or an id over 100, without echoing either', async () => {
    const { app } = await setup();
    const longId = await app.inject({ method: 'GET', url: `/orders/${'a'.repeat(101)}` });
    expect(longId.statusCode).toBe(414);
    expect(longId.json()).toEqual({
      code: 'URI_TOO_LONG',
      message: 'a path segment is longer than 100 characters',
      details: { maxLength: 100 },
    });
    expect(longId.headers['x-content-type-options']).toBe('nosniff');
    const longUrl = await app.inject({ method: 'GET', url: `/healthz?${'q'.repeat(2_100)}` });
    expect(longUrl.statusCode).toBe(414);
    expect(longUrl.json()).toEqual({
      code: 'URI_TOO_LONG',
      message: 'the URL is longer than 2048 characters',
      details: { maxLength: 2048 },
    });
    expect(longId.body + longUrl.body).not.toContain('aaaa');
    const atLimit = await app.inject({ method: 'GET', url: `/orders/${'a'.repeat(100)}` });
    expect(atLimit.statusCode).toBe(400);
  });

  it('answers 400 in shape for a URL with broken percent-encoding', async () => {
    const { app } = await setup();
    const res = await app.inject({ method: 'GET', url: '/orders/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'BAD_REQUEST',
      message: 'the URL is not valid (check its percent-encoding)',
      details: {},
    });
  });

  it('finds an order by its id in upper case: ids are lower-cased before validation', async () => {
    const { app } = await setup();
    const order = (await createOrder(app)).json();
    const upper = await app.inject({ method: 'GET', url: `/orders/${order.id.toUpperCase()}` });
    expect(upper.statusCode).toBe(200);
    expect(upper.json()).toEqual(order);
    const paid = await app.inject({
      method: 'POST',
      url: `/orders/${order.id.toUpperCase()}/pay`,
      payload: { paymentToken: 'tok_visa' },
    });
    expect(paid.json()).toMatchObject({ id: order.id, status: 'paid' });
  });
});

describe('bodies', () => {
  it.each([
    ['latin1', 'application/json; charset=latin1'],
    ['ISO-8859-1 quoted', 'application/json; charset="ISO-8859-1"'],
    ['utf-16', 'application/json;charset=UTF-16'],
  ])('refuses a %s charset with 415, leaving nothing written', async (_, contentType) => {
    const { app, postgres } = await setup();
    const res = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': contentType },
      payload: Buffer.from(JSON.stringify(newOrderInput({ customerId: 'café' })), 'latin1'),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'send the body as UTF-8 JSON (charset=utf-8)',
    });
    expect((await postgres.pool.query('SELECT id FROM orders')).rows).toHaveLength(0);
  });

  it('accepts charset=utf-8 in any spelling and refuses bytes that are not UTF-8', async () => {
    const { app } = await setup();
    for (const charset of ['utf-8', 'UTF-8', 'utf8', '"utf-8"']) {
      const res = await app.inject({
        method: 'POST',
        url: '/orders',
        headers: { 'content-type': `application/json; charset=${charset}` },
        payload: JSON.stringify(newOrderInput({ customerId: 'café' })),
      });
      expect(res.statusCode, charset).toBe(201);
      expect(res.json().customerId).toBe('café');
    }
    const latin1Bytes = Buffer.from(JSON.stringify(newOrderInput({ customerId: 'café' })), 'latin1');
    const res = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'application/json' },
      payload: latin1Bytes,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'MALFORMED_JSON',
      message: 'the body is not valid UTF-8',
      details: {},
    });
  });

  it.each([
    ['a NUL', '"cus\\u0000_1"'],
    ['an unpaired high surrogate', '"cus_\\ud800"'],
    ['an unpaired low surrogate', '"\\udfff"'],
  ])('refuses %s in a string with 400 naming each field', async (_, jsonString) => {
    const { app, postgres } = await setup();
    const body = `{"customerId":${jsonString},"currency":"EUR","lines":[{"sku":${jsonString},"quantity":1,"unitPrice":1}]}`;
    const res = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    const issue = {
      code: 'invalid_characters',
      message: 'must not contain NUL (U+0000) or unpaired surrogates',
    };
    expect(res.json().details.issues).toEqual([
      { path: 'customerId', ...issue },
      { path: 'lines[0].sku', ...issue },
    ]);
    expect((await postgres.pool.query('SELECT id FROM orders')).rows).toHaveLength(0);

    const order = (await createOrder(app)).json();
    const pay = await app.inject({
      method: 'POST',
      url: `/orders/${order.id}/pay`,
      headers: { 'content-type': 'application/json' },
      payload: `{"paymentToken":${jsonString}}`,
    });
    expect(pay.statusCode).toBe(400);
    expect(pay.json().details.issues).toEqual([{ path: 'paymentToken', ...issue }]);
  });

  it('keeps a surrogate pair (an emoji) intact', async () => {
    const { app } = await setup();
    const res = await createOrder(app, newOrderInput({ customerId: 'cus_😀' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().customerId).toBe('cus_😀');
  });

  it('answers errors of every layer in the { code, message, details } shape', async () => {
    const { app } = await setup();
    const answers = [
      await app.inject({ method: 'GET', url: '/orders/42' }),
      await app.inject({ method: 'GET', url: '/nope' }),
      await app.inject({ method: 'DELETE', url: '/orders' }),
      await app.inject({
        method: 'POST',
        url: '/orders',
        headers: { 'content-type': 'text/plain' },
        payload: 'x',
      }),
      await app.inject({
        method: 'POST',
        url: '/orders',
        headers: { 'content-type': 'application/json' },
        payload: '{',
      }),
    ];
    for (const res of answers) {
      expect(Object.keys(res.json()).sort()).toEqual(['code', 'details', 'message']);
      expect(res.json()).toEqual(shape);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
  });
});
