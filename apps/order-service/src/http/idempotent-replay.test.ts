import { InMemoryIdempotencyStore } from '@seams/fakes';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from '../testing/embedded-database.js';
import { createFakeWorld, newOrderInput } from '../testing/fake-world.js';
import { buildApp } from './app.js';
import { canonicalJson } from './canonical-json.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

async function setup() {
  const world = await createFakeWorld();
  const app = buildApp({
    service: world.service,
    idempotency: new InMemoryIdempotencyStore({ clock: world.clock }),
  });
  onTestFinished(() => app.close());
  return { ...world, app };
}

function post(app: FastifyInstance, url: string, body: string, key: string) {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    payload: body,
  });
}

describe('Idempotency-Key', () => {
  it('replays a body with its keys in another order and other spacing: bodies compare canonically', async () => {
    const { app, postgres } = await setup();
    const first = await post(
      app,
      '/orders',
      '{"customerId":"c-1","currency":"EUR","lines":[{"sku":"A","quantity":2,"unitPrice":100}]}',
      'k-order',
    );
    const reordered = await post(
      app,
      '/orders',
      '{ "lines": [ { "unitPrice": 100, "sku": "A", "quantity": 2 } ], "currency": "EUR", "customerId": "c-1" }',
      'k-order',
    );
    expect(first.statusCode).toBe(201);
    expect(reordered.statusCode).toBe(201);
    expect(reordered.headers['idempotent-replayed']).toBe('true');
    expect(reordered.body).toBe(first.body);
    // Line order is part of the value: another order of lines is another request.
    const twoLines = (a: string, b: string) =>
      `{"customerId":"c-1","currency":"EUR","lines":[{"sku":"${a}","quantity":1,"unitPrice":1},{"sku":"${b}","quantity":1,"unitPrice":1}]}`;
    expect((await post(app, '/orders', twoLines('A', 'B'), 'k-lines')).statusCode).toBe(201);
    expect((await post(app, '/orders', twoLines('B', 'A'), 'k-lines')).statusCode).toBe(422);
    expect((await postgres.pool.query('SELECT id FROM orders')).rows).toHaveLength(2);
  });

  it('replays a pay whose id was sent in upper case: the path compares after normalising', async () => {
    const { app } = await setup();
    const id = (await app.inject({ method: 'POST', url: '/orders', payload: newOrderInput() })).json().id;
    const lower = await post(app, `/orders/${id}/pay`, '{"paymentToken":"tok_visa"}', 'k-pay');
    const upper = await post(app, `/orders/${id.toUpperCase()}/pay`, '{"paymentToken":"tok_visa"}', 'k-pay');
    expect(upper.headers['idempotent-replayed']).toBe('true');
    expect(upper.body).toBe(lower.body);
  });

  it.each([
    ['the schema (a missing field)', '{"customerId":"c-1","currency":"EUR"}'],
    [
      'the domain (an unknown currency the pattern lets through)',
      JSON.stringify(newOrderInput({ currency: 'XYZ' })),
    ],
  ])('a 400 from %s does not use up the key: the corrected retry runs', async (_, invalid) => {
    const { app, postgres } = await setup();
    const refused = await post(app, '/orders', invalid, 'k-fix');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('VALIDATION_FAILED');
    const again = await post(app, '/orders', invalid, 'k-fix');
    expect(again.statusCode).toBe(400);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    const corrected = await post(app, '/orders', JSON.stringify(newOrderInput()), 'k-fix');
    expect(corrected.statusCode).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    expect((await postgres.pool.query('SELECT id FROM orders')).rows).toHaveLength(1);
  });

  it('stores the other 4xx answers of the use case: a second pay of a cancelled order replays its 409', async () => {
    const { app } = await setup();
    const id = (await app.inject({ method: 'POST', url: '/orders', payload: newOrderInput() })).json().id;
    await app.inject({ method: 'POST', url: `/orders/${id}/cancel` });
    const conflict = await post(app, `/orders/${id}/pay`, '{"paymentToken":"tok_visa"}', 'k-409');
    expect(conflict.statusCode).toBe(409);
    const replay = await post(app, `/orders/${id}/pay`, '{"paymentToken":"tok_visa"}', 'k-409');
    expect(replay.statusCode).toBe(409);
    expect(replay.headers['idempotent-replayed']).toBe('true');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    );
    expect(canonicalJson(undefined)).toBe('null');
  });
});
