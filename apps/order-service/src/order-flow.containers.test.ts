// The seed scenario on real servers: PostgreSQL (a database cloned per test), RabbitMQ (names of
// the test's own) and Redis (a key prefix of the test's own); payments on FakePaymentsProvider
// over loopback HTTP, as the embedded default does.
import { AmqpConnection, AmqpEventConsumer } from '@seams/amqp-adapter';
import { eventually } from '@seams/contracts';
import { FakeClock } from '@seams/fakes';
import { HttpPaymentGateway } from '@seams/http-client';
import { type EventMessage, RandomIdGenerator, SystemClock } from '@seams/ports';
import { PostgresOutboxStore } from '@seams/postgres-adapter';
import { describe, expect, it, onTestFinished } from 'vitest';
import { OrderService } from './order-service.js';
import { OutboxRelay } from './outbox-relay.js';
import { createOrderUnitOfWork } from './postgres/order-unit-of-work.js';
import { PostgresOrderRepository } from './postgres/postgres-order-repository.js';
import { newOrderInput } from './testing/fake-world.js';
import { startOnRealServers } from './testing/real-servers.js';

async function startWithConsumer() {
  const { runtime, amqp, exchange, queue } = await startOnRealServers();
  const provider = runtime.embedded.payments;
  if (!provider) throw new Error('expected the embedded payments provider');

  const received: EventMessage[] = [];
  const connection = new AmqpConnection({ url: amqp.url });
  await connection.connect();
  const consumer = new AmqpEventConsumer({ connection });
  await consumer.consume(queue, ({ message }) => {
    received.push(message);
  });
  onTestFinished(async () => {
    await consumer.close();
    await connection.close();
  });

  const { app } = runtime;
  return {
    runtime,
    amqp,
    exchange,
    provider,
    received,
    create: (body: unknown = newOrderInput(), headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/orders', payload: body as object, headers }),
    pay: (id: string, paymentToken = 'tok_visa', headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: `/orders/${id}/pay`, payload: { paymentToken }, headers }),
    row: async (id: string) =>
      (await runtime.pool.query('SELECT status, version FROM orders WHERE id = $1', [id])).rows[0],
    until: (predicate: () => boolean, what: string) =>
      eventually(predicate, what, { timeoutMs: 10_000, intervalMs: 20 }),
  };
}

describe('order flow on PostgreSQL, RabbitMQ and Redis', () => {
  it('create and pay through HTTP: one charge, the row is paid, order.paid reached a bound queue', async () => {
    const s = await startWithConsumer();
    const created = await s.create();
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const paid = await s.pay(id);
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ id, status: 'paid', version: 3 });
    expect(s.provider.charges).toHaveLength(1);
    expect(await s.row(id)).toEqual({ status: 'paid', version: 3 });

    expect(await s.runtime.relay.drain()).toBe(2);
    await s.until(() => s.received.some((m) => m.type === 'order.paid'), 'order.paid');
    const paidEvents = s.received.filter((m) => m.type === 'order.paid');
    expect(paidEvents).toHaveLength(1);
    expect(paidEvents[0]?.payload).toMatchObject({ orderId: id, status: 'paid' });
    const { rows } = await s.runtime.pool.query("SELECT id FROM outbox_events WHERE type = 'order.paid'");
    expect(paidEvents[0]?.id).toBe(rows[0]?.id);
  });

  it('a decline is 402 with payment_failed and its event; Idempotency-Key replays through Redis', async () => {
    const s = await startWithConsumer();
    const first = await s.create(newOrderInput(), { 'idempotency-key': 'create-1' });
    const replay = await s.create(newOrderInput(), { 'idempotency-key': 'create-1' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(first.body);
    expect(
      (await s.create(newOrderInput({ customerId: 'other' }), { 'idempotency-key': 'create-1' })).statusCode,
    ).toBe(422);
    const { id } = first.json();
    const declined = await s.pay(id, 'tok_declined');
    expect(declined.statusCode).toBe(402);
    expect(await s.row(id)).toEqual({ status: 'payment_failed', version: 3 });
    await s.runtime.relay.drain();
    await s.until(() => s.received.some((m) => m.type === 'order.payment_failed'), 'order.payment_failed');
    expect(s.received.map((m) => m.type).sort()).toEqual(['order.created', 'order.payment_failed']);
  });

  it('payments down: 503 and a pending order that pays once the provider is back', async () => {
    const s = await startWithConsumer();
    const { id } = (await s.create()).json();
    s.provider.failNext(4, { status: 503 });
    expect((await s.pay(id)).statusCode).toBe(503);
    expect(await s.row(id)).toEqual({ status: 'pending', version: 2 });
    expect((await s.pay(id)).statusCode).toBe(200);
    expect(s.provider.charges).toHaveLength(1);
    await s.runtime.relay.drain();
    await s.until(() => s.received.some((m) => m.type === 'order.paid'), 'order.paid');
  });

  it('20 concurrent pay requests: one charge and one order.paid', async () => {
    const s = await startWithConsumer();
    const { id } = (await s.create()).json();
    const answers = await Promise.all(Array.from({ length: 20 }, () => s.pay(id)));
    expect(new Set(answers.map((a) => a.statusCode))).toEqual(new Set([200]));
    expect(s.provider.charges).toHaveLength(1);
    await s.runtime.relay.drain();
    await s.until(() => s.received.some((m) => m.type === 'order.paid'), 'order.paid');
    expect(s.received.filter((m) => m.type === 'order.paid')).toHaveLength(1);
  });

  it('readyz reports the database, the broker and Redis reachable', async () => {
    const s = await startWithConsumer();
    const ready = await s.runtime.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', broker: 'ok', idempotency: 'ok' },
    });
  });

  it('two service instances paying one order at once: one charge, one order.paid (version check on PostgreSQL)', async () => {
    const s = await startWithConsumer();
    const { id } = (await s.create()).json();
    const clock = new SystemClock();
    const instance = () =>
      new OrderService({
        uow: createOrderUnitOfWork({ pool: s.runtime.pool, clock }),
        orders: new PostgresOrderRepository({ pool: s.runtime.pool, clock }),
        payments: new HttpPaymentGateway({
          baseUrl: s.provider.url,
          apiKey: s.provider.apiKey,
          clock: new FakeClock(),
        }),
        clock,
        ids: new RandomIdGenerator(),
      });
    const [a, b] = await Promise.all([
      instance().pay(id, { paymentToken: 'tok_visa' }),
      instance().pay(id, { paymentToken: 'tok_visa' }),
    ]);
    expect([a.status, b.status, a.version, b.version]).toEqual(['paid', 'paid', 3, 3]);
    expect(s.provider.charges).toHaveLength(1);
    const { rows } = await s.runtime.pool.query(
      "SELECT count(*)::int AS n FROM outbox_events WHERE type = 'order.paid'",
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('three relays draining one outbox at once never publish an event twice (SKIP LOCKED and leases)', async () => {
    const s = await startWithConsumer();
    for (let n = 0; n < 24; n++) expect((await s.create()).statusCode).toBe(201);
    const clock = new SystemClock();
    const relays = Array.from(
      { length: 3 },
      () =>
        new OutboxRelay({
          outbox: new PostgresOutboxStore({ pool: s.runtime.pool, clock, claims: 'one-statement' }),
          publisher: s.runtime.publisher,
          clock,
          batchSize: 4,
        }),
    );
    const counts = await Promise.all(relays.map((relay) => relay.drain()));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(24);
    await s.until(() => s.received.length >= 24, '24 events');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(s.received).toHaveLength(24);
    expect(new Set(s.received.map((m) => m.id)).size).toBe(24);
  });
});
