import {
  ConcurrencyConflictError,
  InvalidTransitionError,
  NotFoundError,
  PaymentDeclinedError,
  type PaymentGateway,
  PaymentUnavailableError,
  ValidationError,
} from '@seams/ports';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Order } from './domain/order.js';
import { paymentKey } from './domain/order-payment.js';
import { PaymentInProgressError } from './domain/payment-errors.js';
import { OrderService, tokenFingerprint } from './order-service.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from './testing/embedded-database.js';
import { createFakeWorld, dyingBeforeCommit, newOrderInput } from './testing/fake-world.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

async function outboxTypes(world: Awaited<ReturnType<typeof createFakeWorld>>): Promise<string[]> {
  const { rows } = await world.postgres.pool.query('SELECT type FROM outbox_events ORDER BY position');
  return rows.map((row) => String(row.type));
}

describe('OrderService', () => {
  it("passes the caller's correlationId to every gateway call it makes for that call", async () => {
    const world = await createFakeWorld();
    const seen: string[] = [];
    const recording: PaymentGateway = {
      charge: (request) => {
        seen.push(`charge ${request.correlationId}`);
        return world.gateway.charge(request);
      },
      findCharge: (key, options) => {
        seen.push(`findCharge ${options?.correlationId}`);
        return world.gateway.findCharge(key, options);
      },
      refund: (request) => {
        seen.push(`refund ${request.correlationId}`);
        return world.gateway.refund(request);
      },
    };
    const { uow, orders, clock, ids } = world;
    const service = new OrderService({ uow, orders, payments: recording, clock, ids });
    const paid = await service.create(newOrderInput());
    await service.pay(paid.id, { paymentToken: 'tok_visa', correlationId: 'r-pay' });
    // A reservation left by an outage, its lease run out: the cancel asks the provider first.
    const stranded = await service.create(newOrderInput());
    world.gateway.failNext(1, 'unavailable');
    await expect(service.pay(stranded.id, { paymentToken: 'tok_visa' })).rejects.toBeInstanceOf(
      PaymentUnavailableError,
    );
    await clock.advance(61_000);
    await service.cancel(stranded.id, { correlationId: 'r-cancel' });
    expect(seen).toEqual(['charge r-pay', 'charge undefined', 'findCharge r-cancel']);
  });

  it('creates a pending order with its total and an order.created event', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    expect(order).toMatchObject({ status: 'pending', total: 2800, currency: 'EUR', version: 1 });
    expect(await world.service.get(order.id)).toEqual(order);
    expect(await outboxTypes(world)).toEqual(['order.created']);
  });

  it('refuses invalid input listing every problem, and stores nothing', async () => {
    const world = await createFakeWorld();
    const error = await world.service
      .create({ customerId: '', currency: 'XYZ', lines: [{ sku: 'A', quantity: 0.5, unitPrice: -1 }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
      'customerId',
      'currency',
      'lines[0].quantity',
      'lines[0].unitPrice',
    ]);
    expect((await world.postgres.pool.query('SELECT id FROM orders')).rows).toEqual([]);
    expect(await outboxTypes(world)).toEqual([]);
  });

  it('pays: reserves, charges once with a key derived from the order, settles paid with the charge and an order.paid event', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    const order = await world.service.create(newOrderInput());
    const paid = await world.service.pay(order.id, { paymentToken: 'tok_visa' });
    // Version 2 was the reservation; the paid order keeps the payment that paid it, lease ended.
    expect(paid).toMatchObject({ id: order.id, status: 'paid', version: 3 });
    expect(paid.payment).toEqual({
      key: paymentKey(order),
      fingerprint: tokenFingerprint('tok_visa'),
      chargeId: gateway.charges[0]?.id,
    });
    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]).toMatchObject({
      idempotencyKey: paymentKey(order),
      amount: { amount: 2800, currency: 'EUR' },
      reference: order.id,
    });
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('answers an already paid order as it is, without charging again', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    const order = await world.service.create(newOrderInput());
    const paid = await world.service.pay(order.id, { paymentToken: 'tok_visa' });
    expect(await world.service.pay(order.id, { paymentToken: 'tok_visa' })).toEqual(paid);
    expect(gateway.calls).toHaveLength(1);
  });

  it('a decline marks payment_failed with its event and rethrows; another card then pays with a new key', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    const order = await world.service.create(newOrderInput());
    await expect(world.service.pay(order.id, { paymentToken: 'tok_declined' })).rejects.toBeInstanceOf(
      PaymentDeclinedError,
    );
    const failed = await world.service.get(order.id);
    expect(failed).toMatchObject({ status: 'payment_failed', version: 3 });
    expect(failed.payment).toBeUndefined();
    const paid = await world.service.pay(order.id, { paymentToken: 'tok_visa' });
    expect(paid.status).toBe('paid');
    expect(gateway.calls.map((c) => c.idempotencyKey)).toEqual([
      `order-${order.id}-v1`,
      `order-${order.id}-v3`,
    ]);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.payment_failed', 'order.paid']);
  });

  it('payments unavailable keeps the order reserved for that card: the same card resumes with the same key, another waits', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    gateway.failNext(1);
    const order = await world.service.create(newOrderInput());
    await expect(world.service.pay(order.id, { paymentToken: 'tok_visa' })).rejects.toBeInstanceOf(
      PaymentUnavailableError,
    );
    expect(await world.service.get(order.id)).toMatchObject({ status: 'pending', version: 2 });
    await expect(world.service.pay(order.id, { paymentToken: 'tok_mastercard' })).rejects.toBeInstanceOf(
      PaymentInProgressError,
    );
    await expect(world.service.cancel(order.id)).rejects.toBeInstanceOf(PaymentInProgressError);
    await world.service.pay(order.id, { paymentToken: 'tok_visa' });
    expect(gateway.calls.map((c) => c.idempotencyKey)).toEqual([paymentKey(order), paymentKey(order)]);
    expect(gateway.charges.length).toBe(1);
  });

  it('a crash between the charge and the commit is safe: paying again reuses the key and gets the same charge', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    const order = await world.service.create(newOrderInput());
    let crash = true;
    const crashing = new OrderService({
      ...world,
      orders: dyingBeforeCommit(world.orders, new Error('process died before COMMIT'), () => crash),
    });
    await expect(crashing.pay(order.id, { paymentToken: 'tok_visa' })).rejects.toThrow('process died');
    expect(await world.service.get(order.id)).toMatchObject({ status: 'pending', version: 2 });
    crash = false;
    const paid = await world.service.pay(order.id, { paymentToken: 'tok_visa' });
    expect(paid.status).toBe('paid');
    expect(gateway.calls.map((c) => c.idempotencyKey)).toEqual([paymentKey(order), paymentKey(order)]);
    expect(gateway.charges.length).toBe(1);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('20 concurrent pays in one process: one charge, one order.paid, everyone gets the paid order', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    const order = await world.service.create(newOrderInput());
    const results = await Promise.all(
      Array.from({ length: 20 }, () => world.service.pay(order.id, { paymentToken: 'tok_visa' })),
    );
    expect(new Set(results.map((r) => `${r.status}/${r.version}`))).toEqual(new Set(['paid/3']));
    expect(gateway.calls).toHaveLength(1);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('two service instances paying with one card at once: the second joins the reservation, one charge, one event', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    const other = new OrderService({
      uow: world.uow,
      orders: world.orders,
      payments: gateway,
      clock: world.clock,
      ids: world.ids,
    });
    const order = await world.service.create(newOrderInput());
    const [a, b] = await Promise.all([
      world.service.pay(order.id, { paymentToken: 'tok_visa' }),
      other.pay(order.id, { paymentToken: 'tok_visa' }),
    ]);
    expect([a.status, b.status]).toEqual(['paid', 'paid']);
    expect(a.version).toBe(3);
    expect(b.version).toBe(3);
    expect(gateway.charges.length).toBe(1);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('a conflict that is not a payment is retried from the reloaded order', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    let conflicts = 1;
    const flaky = new OrderService({
      uow: {
        run: (work) =>
          world.uow.run(async (scope) => {
            if (conflicts-- > 0) throw new ConcurrencyConflictError('order', order.id, 1);
            return work(scope);
          }),
      },
      orders: world.orders,
      payments: world.payments,
      clock: world.clock,
      ids: world.ids,
    });
    expect((await flaky.pay(order.id, { paymentToken: 'tok_visa' })).status).toBe('paid');
  });

  it('cancels a pending order with an order.cancelled event; a paid or cancelled order cannot be cancelled', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    expect(await world.service.cancel(order.id)).toMatchObject({ status: 'cancelled', version: 2 });
    await expect(world.service.cancel(order.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(world.service.pay(order.id, { paymentToken: 'tok_visa' })).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    const other = await world.service.create(newOrderInput());
    await world.service.pay(other.id, { paymentToken: 'tok_visa' });
    await expect(world.service.cancel(other.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await outboxTypes(world)).toEqual([
      'order.created',
      'order.cancelled',
      'order.created',
      'order.paid',
    ]);
  });

  it('unknown ids are NotFoundError for get, pay and cancel', async () => {
    const world = await createFakeWorld();
    const id = '00000000-0000-4000-8000-00000000ffff';
    await expect(world.service.get(id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.service.pay(id, { paymentToken: 'tok_visa' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.service.cancel(id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a free order is paid without a charge', async () => {
    const world = await createFakeWorld();
    const { gateway } = world;
    const order: Order = await world.service.create(
      newOrderInput({ lines: [{ sku: 'FREE', quantity: 1, unitPrice: 0 }] }),
    );
    expect((await world.service.pay(order.id, { paymentToken: 'tok_visa' })).status).toBe('paid');
    expect(gateway.calls).toHaveLength(0);
  });
});
