import { InMemoryIdempotencyStore } from '@seams/fakes';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from '../testing/embedded-database.js';
import { createFakeWorld, newOrderInput } from '../testing/fake-world.js';
import { buildApp, type ReadinessCheck } from './app.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

async function setup(readiness?: Record<string, ReadinessCheck>) {
  const world = await createFakeWorld();
  const idempotency = new InMemoryIdempotencyStore({ clock: world.clock });
  const app = buildApp({
    service: world.service,
    idempotency,
    ...(readiness ? { readiness, readinessTimeoutMs: 100 } : {}),
  });
  onTestFinished(() => app.close());
  return { ...world, app };
}

async function create(
  app: FastifyInstance,
  body: unknown = newOrderInput(),
  headers: Record<string, string> = {},
) {
  return app.inject({ method: 'POST', url: '/orders', payload: body as object, headers });
}

describe('HTTP API', () => {
  it('POST /orders answers 201 with the pending order and its location', async () => {
    const { app } = await setup();
    const res = await create(app);
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(order).toEqual({
      id: expect.any(String),
      customerId: 'cus_1',
      status: 'pending',
      currency: 'EUR',
      lines: newOrderInput().lines,
      total: 2800,
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(res.headers.location).toBe(`/orders/${order.id}`);
    const got = await app.inject({ method: 'GET', url: `/orders/${order.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(order);
  });

  it('pay answers 200 with the paid order; a decline 402 with the decline code; cancel 200 then 409', async () => {
    const { app } = await setup();
    const order = (await create(app)).json();
    const paid = await app.inject({
      method: 'POST',
      url: `/orders/${order.id}/pay`,
      payload: { paymentToken: 'tok_visa' },
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ id: order.id, status: 'paid', version: 3 });
    expect(paid.json()).not.toHaveProperty('payment');

    const other = (await create(app)).json();
    const declined = await app.inject({
      method: 'POST',
      url: `/orders/${other.id}/pay`,
      payload: { paymentToken: 'tok_declined' },
    });
    expect(declined.statusCode).toBe(402);
    expect(declined.json()).toEqual({
      code: 'PAYMENT_DECLINED',
      message: 'payment declined (card_declined)',
      details: { declineCode: 'card_declined' },
    });
    const cancelled = await app.inject({ method: 'POST', url: `/orders/${other.id}/cancel` });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const again = await app.inject({ method: 'POST', url: `/orders/${other.id}/cancel` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'cancelled', to: 'cancelled' },
    });
  });

  it('payments unavailable is a 503 with Retry-After; the order stays pending', async () => {
    const { app, gateway } = await setup();
    const order = (await create(app)).json();
    gateway.failNext(1);
    const res = await app.inject({
      method: 'POST',
      url: `/orders/${order.id}/pay`,
      payload: { paymentToken: 'tok_visa' },
    });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({ code: 'PAYMENT_UNAVAILABLE', details: { retryable: true } });
    expect((await app.inject({ method: 'GET', url: `/orders/${order.id}` })).json().status).toBe('pending');
  });

  it('400 lists every problem: wrong types, missing and unknown fields, bad quantities, unknown currency', async () => {
    const { app } = await setup();
    const res = await create(app, {
      customerId: 42,
      currency: 'XYZ',
      lines: [
        { sku: 'A', quantity: -1, unitPrice: 100 },
        { sku: 'B', quantity: 1.5, unitPrice: '100' },
        { quantity: 1, unitPrice: 1, colour: 'red' },
      ],
      coupon: 'FREE',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const byPath = Object.fromEntries(
      body.details.issues.map((i: { path: string; message: string }) => [i.path, i.message]),
    );
    expect(byPath).toEqual({
      coupon: 'is not allowed',
      customerId: 'must be string',
      'lines[0].quantity': 'must be >= 1',
      'lines[1].quantity': 'must be integer',
      'lines[1].unitPrice': 'must be integer',
      'lines[2].sku': 'is required',
      'lines[2].colour': 'is not allowed',
      currency: 'must be an ISO 4217 currency code',
    });
    expect(body.message).toContain('coupon is not allowed');
    expect(body.message).toContain('lines[1].quantity must be integer');
  });

  it('missing body fields, an empty lines list, malformed JSON, a non-object body', async () => {
    const { app } = await setup();
    const missing = await create(app, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.issues.map((i: { path: string }) => i.path)).toEqual([
      'customerId',
      'currency',
      'lines',
    ]);
    expect((await create(app, { ...newOrderInput(), lines: [] })).statusCode).toBe(400);
    const malformed = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'application/json' },
      payload: '{"customerId": "c", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toEqual({
      code: 'MALFORMED_JSON',
      message: 'the body is not valid JSON',
      details: {},
    });
    const array = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'application/json' },
      payload: '[1,2]',
    });
    expect(array.statusCode).toBe(400);
    expect(array.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'the body must be a JSON object, not an array',
      details: { issues: [{ path: '', code: 'type', message: 'must be a JSON object' }] },
    });
    const text = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a pay with no body, an empty body or a JSON string says so in one sentence', async () => {
    const { app } = await setup();
    const order = (await create(app)).json();
    const pay = (payload?: string, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: `/orders/${order.id}/pay`,
        headers,
        ...(payload === undefined ? {} : { payload }),
      });
    const json = { 'content-type': 'application/json' };

    const none = await pay();
    expect(none.statusCode).toBe(400);
    expect(none.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'the request has no body: send a JSON object with Content-Type: application/json',
      details: { issues: [{ path: '', code: 'required', message: 'is required' }] },
    });
    expect((await pay('', json)).json()).toEqual({
      code: 'MALFORMED_JSON',
      message: 'the body is empty but Content-Type says application/json',
      details: {},
    });
    expect((await pay('"tok_visa"', json)).json().message).toBe(
      'the body must be a JSON object, not a string',
    );
    expect((await pay('null', json)).json().message).toBe('the body must be a JSON object, not null');
    expect((await pay('{"paymentToken": ', json)).json().message).toBe('the body is not valid JSON');
  });

  it('a body over 1 MiB is 413; a non-UUID id is 400; an unknown order 404; an unknown route 404', async () => {
    const { app } = await setup();
    const huge = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ customerId: 'x'.repeat(10 * 1024 * 1024), currency: 'EUR', lines: [] }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'the body is larger than 1048576 bytes',
      details: { limitBytes: 1_048_576 },
    });
    const badId = await app.inject({ method: 'GET', url: '/orders/not-a-uuid' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'invalid params: params.id must be a UUID',
    });
    const payBadId = await app.inject({
      method: 'POST',
      url: '/orders/123/pay',
      payload: { paymentToken: 'tok_visa' },
    });
    expect(payBadId.statusCode).toBe(400);
    const missing = await app.inject({ method: 'GET', url: '/orders/00000000-0000-4000-8000-00000000ffff' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'order' } });
    expect((await app.inject({ method: 'GET', url: '/nope' })).statusCode).toBe(404);
  });

  it('pay refuses a missing token, an unknown field and a wrong type', async () => {
    const { app } = await setup();
    const order = (await create(app)).json();
    for (const payload of [{}, { paymentToken: 'tok_visa', amount: 1 }, { paymentToken: 7 }]) {
      const res = await app.inject({ method: 'POST', url: `/orders/${order.id}/pay`, payload });
      expect(res.statusCode).toBe(400);
    }
  });

  it('Idempotency-Key: same key and body replays; another body 422; keys on pay replay the same answer', async () => {
    const { app, gateway, postgres } = await setup();
    const first = await create(app, newOrderInput(), { 'idempotency-key': 'k-1' });
    const replay = await create(app, newOrderInput(), { 'idempotency-key': 'k-1' });
    expect(replay.statusCode).toBe(201);
    expect(replay.body).toBe(first.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers.location).toBe(first.headers.location);
    const reused = await create(app, newOrderInput({ customerId: 'someone-else' }), {
      'idempotency-key': 'k-1',
    });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await postgres.pool.query('SELECT id FROM orders')).rows).toHaveLength(1);

    const id = first.json().id;
    const pay = () =>
      app.inject({
        method: 'POST',
        url: `/orders/${id}/pay`,
        payload: { paymentToken: 'tok_visa' },
        headers: { 'idempotency-key': 'p-1' },
      });
    const paid = await pay();
    const paidAgain = await pay();
    expect(paidAgain.body).toBe(paid.body);
    expect(gateway.calls).toHaveLength(1);
  });

  it('Idempotency-Key: a decline is stored and replayed; a 503 frees the key for the retry', async () => {
    const { app, gateway } = await setup();
    const order = (await create(app)).json();
    const pay = (token: string, key: string) =>
      app.inject({
        method: 'POST',
        url: `/orders/${order.id}/pay`,
        payload: { paymentToken: token },
        headers: { 'idempotency-key': key },
      });
    expect((await pay('tok_declined', 'd-1')).statusCode).toBe(402);
    expect((await pay('tok_declined', 'd-1')).statusCode).toBe(402);
    expect(gateway.calls).toHaveLength(1);
    gateway.failNext(1);
    expect((await pay('tok_visa', 'v-1')).statusCode).toBe(503);
    expect((await pay('tok_visa', 'v-1')).statusCode).toBe(200);
  });

  it('healthz is 200; readyz is 503 naming each probe that fails or hangs, in words without addresses', async () => {
    let brokerUp = true;
    let redisHangs = false;
    const { app } = await setup({
      database: async () => undefined,
      broker: async () => {
        if (!brokerUp) {
          throw Object.assign(new Error('connect ECONNREFUSED 10.0.3.7:5672 (amqp://guest:secret@mq:5672)'), {
            code: 'ECONNREFUSED',
          });
        }
      },
      idempotency: () => (redisHangs ? new Promise<void>(() => undefined) : Promise.resolve()),
    });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', broker: 'ok', idempotency: 'ok' },
    });
    redisHangs = true;
    const hanging = await app.inject({ method: 'GET', url: '/readyz' });
    expect(hanging.statusCode).toBe(503);
    expect(hanging.json()).toEqual({
      status: 'not_ready',
      checks: { database: 'ok', broker: 'ok', idempotency: 'unavailable: no answer within 100 ms' },
    });
    brokerUp = false;
    redisHangs = false;
    const notReady = await app.inject({ method: 'GET', url: '/readyz' });
    expect(notReady.statusCode).toBe(503);
    // The driver's text names hosts and ports; the answer names only what happened.
    expect(notReady.json().checks.broker).toBe('unavailable: connection refused');
    expect(notReady.body).not.toMatch(/10\.0\.3\.7|5672|amqp|secret/);
  });

  it('Idempotency-Key: a retry while the first request still runs is 409, and nothing runs twice', async () => {
    const world = await createFakeWorld();
    const hold = world.gateway.holdNext();
    const app = buildApp({
      service: world.service,
      idempotency: new InMemoryIdempotencyStore({ clock: world.clock }),
    });
    onTestFinished(() => app.close());
    const order = (await create(app)).json();
    const pay = () =>
      app.inject({
        method: 'POST',
        url: `/orders/${order.id}/pay`,
        payload: { paymentToken: 'tok_visa' },
        headers: { 'idempotency-key': 'slow-1' },
      });
    const first = pay();
    await hold.reached;
    const second = await pay();
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
    hold.release();
    expect((await first).statusCode).toBe(200);
    expect((await pay()).headers['idempotent-replayed']).toBe('true');
    expect(world.gateway.calls).toHaveLength(1);
  });
});
