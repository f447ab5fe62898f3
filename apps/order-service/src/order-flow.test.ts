// The seed scenario end to end on the embedded default: HTTP in, a charge on the fake provider
// over loopback HTTP, the row in the embedded PostgreSQL (PGlite), the event through the outbox relay into a bound queue.
import { FakeClock, SequentialIdGenerator } from '@seams/fakes';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createOrderServiceRuntime } from './runtime.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from './testing/embedded-database.js';
import { newOrderInput } from './testing/fake-world.js';

const QUEUE = 'orders.all';

async function startService() {
  const clock = new FakeClock();
  // The gateway's own clock: its attempt timeouts fire only if a test advances it, and with zero
  // backoff only a Retry-After wait needs advancing.
  const paymentsClock = new FakeClock();
  const runtime = await createOrderServiceRuntime(loadConfig({ PORT: '0' }), {
    logger: createLogger({ level: 'silent' }),
    clock,
    paymentsClock,
    paymentRetries: { baseDelayMs: 0 },
    ids: new SequentialIdGenerator(),
    // The file's runtimes share the test worker's PGlite (warmed below) instead of starting one each.
    embeddedDatabaseThread: 'main',
  });
  onTestFinished(() => runtime.close());
  const { postgres, broker, payments } = runtime.embedded;
  if (!postgres || !broker || !payments) throw new Error('expected the embedded default');
  const { app } = runtime;
  const create = (body: unknown = newOrderInput()) =>
    app.inject({ method: 'POST', url: '/orders', payload: body as object });
  const pay = (id: string, paymentToken = 'tok_visa') =>
    app.inject({ method: 'POST', url: `/orders/${id}/pay`, payload: { paymentToken } });
  const row = async (id: string) =>
    (await postgres.pool.query('SELECT status, version FROM orders WHERE id = $1', [id])).rows[0];
  const count = async (table: 'orders' | 'outbox_events') =>
    Number((await postgres.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
  const eventsOf = (type: string) => broker.messages(QUEUE).filter((m) => m.type === type);
  return {
    runtime,
    clock,
    paymentsClock,
    app,
    postgres,
    broker,
    provider: payments,
    create,
    pay,
    row,
    count,
    eventsOf,
  };
}

describe('order flow on the embedded default', () => {
  beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

  it('create and pay through HTTP: one charge, the row is paid, order.paid reached a bound queue', async () => {
    const s = await startService();
    const created = await s.create();
    expect(created.statusCode).toBe(201);
    const { id, total } = created.json();
    const paid = await s.pay(id);
    expect(paid.statusCode).toBe(200);
    // Version 2 was the payment's reservation, 3 its settlement.
    expect(paid.json()).toMatchObject({
      id,
      status: 'paid',
      version: 3,
      chargeId: s.provider.charges[0]?.id,
    });

    expect(s.provider.charges).toHaveLength(1);
    expect(s.provider.charges[0]).toMatchObject({
      amount: { amount: total, currency: 'EUR' },
      reference: id,
    });
    expect(await s.row(id)).toEqual({ status: 'paid', version: 3 });

    expect(await s.runtime.relay.drain()).toBe(2);
    const [event] = s.eventsOf('order.paid');
    expect(s.eventsOf('order.paid')).toHaveLength(1);
    expect(event?.payload).toMatchObject({ orderId: id, status: 'paid', total });
    const { rows } = await s.postgres.pool.query("SELECT id FROM outbox_events WHERE type = 'order.paid'");
    expect(event?.id).toBe(rows[0]?.id); // the outbox event id travels as the messageId
    expect(s.eventsOf('order.created').map((m) => (m.payload as { orderId: string }).orderId)).toEqual([id]);
  });

  it('bad input gets a clear 4xx and leaves no row and no message', async () => {
    const s = await startService();
    const cases: Array<{
      name: string;
      status: number;
      code: string;
      send: () => Promise<{ statusCode: number; json(): { code: string; message: string } }>;
    }> = [
      {
        name: 'malformed JSON',
        status: 400,
        code: 'MALFORMED_JSON',
        send: () =>
          s.app.inject({
            method: 'POST',
            url: '/orders',
            headers: { 'content-type': 'application/json' },
            payload: '{"customerId":',
          }),
      },
      {
        name: 'wrong types',
        status: 400,
        code: 'VALIDATION_FAILED',
        send: () => s.create({ customerId: 1, currency: 978, lines: 'x' }),
      },
      {
        name: 'missing fields',
        status: 400,
        code: 'VALIDATION_FAILED',
        send: () => s.create({ customerId: 'c' }),
      },
      {
        name: 'negative quantity',
        status: 400,
        code: 'VALIDATION_FAILED',
        send: () => s.create(newOrderInput({ lines: [{ sku: 'A', quantity: -2, unitPrice: 1 }] })),
      },
      {
        name: 'fractional quantity',
        status: 400,
        code: 'VALIDATION_FAILED',
        send: () => s.create(newOrderInput({ lines: [{ sku: 'A', quantity: 1.5, unitPrice: 1 }] })),
      },
      {
        name: 'unknown currency',
        status: 400,
        code: 'VALIDATION_FAILED',
        send: () => s.create(newOrderInput({ currency: 'ZZZ' })),
      },
      {
        name: 'unknown field',
        status: 400,
        code: 'VALIDATION_FAILED',
        send: () => s.create(newOrderInput({ discount: 10 })),
      },
      {
        name: '10 MB body',
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        send: () =>
          s.app.inject({
            method: 'POST',
            url: '/orders',
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(newOrderInput({ customerId: 'c'.repeat(10 * 1024 * 1024) })),
          }),
      },
      {
        name: 'non-UUID id',
        status: 400,
        code: 'VALIDATION_FAILED',
        send: () =>
          s.app.inject({ method: 'POST', url: '/orders/42/pay', payload: { paymentToken: 'tok_visa' } }),
      },
    ];
    for (const c of cases) {
      const res = await c.send();
      expect({ name: c.name, status: res.statusCode, code: res.json().code }).toEqual({
        name: c.name,
        status: c.status,
        code: c.code,
      });
      expect(res.json().message.length, c.name).toBeGreaterThan(10);
    }
    expect(await s.count('orders')).toBe(0);
    expect(await s.count('outbox_events')).toBe(0);
    expect(await s.runtime.relay.drain()).toBe(0);
    expect(s.broker.published).toHaveLength(0);
    expect(s.provider.requests).toHaveLength(0);
  });

  it('payments answering 429, then 500, then 200: one charge and one order.paid', async () => {
    const s = await startService();
    const { id } = (await s.create()).json();
    s.provider.failNext(1, { status: 429, retryAfter: 1 });
    s.provider.failNext(1, { status: 500 });
    const paying = s.pay(id);
    await s.paymentsClock.untilSleeping(1_000); // the 429's Retry-After
    await s.paymentsClock.advance(1_000);
    const res = await paying;
    expect(res.statusCode).toBe(200);
    expect(s.provider.requests.map((r) => r.status)).toEqual([429, 500, 201]);
    expect(new Set(s.provider.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(s.provider.charges).toHaveLength(1);
    await s.runtime.relay.drain();
    expect(s.eventsOf('order.paid')).toHaveLength(1);
  });

  it('payments down: 503 and a still-pending order, which pays once the provider is back', async () => {
    const s = await startService();
    const { id } = (await s.create()).json();
    s.provider.failNext(4, { status: 503 }); // every attempt of the gateway
    const down = await s.pay(id);
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ code: 'PAYMENT_UNAVAILABLE' });
    // Still reserved for this card: what the provider did is unknown until it answers again.
    expect(await s.row(id)).toEqual({ status: 'pending', version: 2 });
    expect(s.provider.charges).toHaveLength(0);
    await s.runtime.relay.drain();
    expect(s.eventsOf('order.paid')).toHaveLength(0);

    const later = await s.pay(id);
    expect(later.statusCode).toBe(200);
    expect(await s.row(id)).toEqual({ status: 'paid', version: 3 });
    expect(s.provider.charges).toHaveLength(1);
    await s.runtime.relay.drain();
    expect(s.eventsOf('order.paid')).toHaveLength(1);
  });

  it('a decline: 402, the row is payment_failed, order.payment_failed is published', async () => {
    const s = await startService();
    const { id } = (await s.create()).json();
    const res = await s.pay(id, 'tok_declined');
    expect(res.statusCode).toBe(402);
    expect(res.json()).toMatchObject({ code: 'PAYMENT_DECLINED', details: { declineCode: 'card_declined' } });
    expect(await s.row(id)).toEqual({ status: 'payment_failed', version: 3 });
    expect(s.provider.charges).toHaveLength(0);
    await s.runtime.relay.drain();
    const failed = s.eventsOf('order.payment_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.payload).toMatchObject({ orderId: id, declineCode: 'card_declined' });
    expect(s.eventsOf('order.paid')).toHaveLength(0);
  });

  it('20 concurrent pay requests: exactly one charge and one order.paid, every answer the paid order', async () => {
    const s = await startService();
    const { id } = (await s.create()).json();
    const answers = await Promise.all(Array.from({ length: 20 }, () => s.pay(id)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(new Set(answers.map((a) => a.json().version))).toEqual(new Set([3]));
    expect(s.provider.charges).toHaveLength(1);
    await s.runtime.relay.drain();
    expect(s.eventsOf('order.paid')).toHaveLength(1);
  });

  it('broker unreachable while paying: the order commits, and the event arrives once the broker is back', async () => {
    const s = await startService();
    const { id } = (await s.create()).json();
    await s.runtime.relay.drain();
    s.broker.failNextPublish('disconnected', 3);
    const res = await s.pay(id);
    expect(res.statusCode).toBe(200);
    expect(await s.row(id)).toEqual({ status: 'paid', version: 3 });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await s.runtime.relay.drain()).toBe(0);
      await s.clock.advance(s.runtime.relay.retryDelay(attempt));
    }
    expect(s.eventsOf('order.paid')).toHaveLength(0);
    expect(await s.runtime.relay.drain()).toBe(1);
    expect(await s.runtime.relay.drain()).toBe(0);
    expect(s.eventsOf('order.paid')).toHaveLength(1);
    expect(s.eventsOf('order.paid')[0]?.payload).toMatchObject({ orderId: id });
  });
});
