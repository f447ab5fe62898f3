import { ConcurrencyConflictError, InvalidTransitionError } from '@seams/ports';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Order } from './domain/order.js';
import type { OrderRepository } from './domain/order-repository.js';
import { PaymentInProgressError, PaymentRefundedError } from './domain/payment-errors.js';
import { OrderService } from './order-service.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from './testing/embedded-database.js';
import { createFakeWorld, dyingBeforeCommit, newOrderInput } from './testing/fake-world.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

// Pay racing cancel, mixed cards and dead payers, each interleaving forced step by step:
// `holdNext` keeps a charge open at the provider's door, and the FakeClock moves past a lease.

type World = Awaited<ReturnType<typeof createFakeWorld>>;

const LEASE_MS = 60_000;
const visa = { paymentToken: 'tok_visa' };
const declined = { paymentToken: 'tok_declined' };

async function outboxTypes(world: World): Promise<string[]> {
  const { rows } = await world.postgres.pool.query('SELECT type FROM outbox_events ORDER BY position');
  return rows.map((row) => String(row.type));
}

/** Another process on the same database and provider: its own in-process state, the same clock. */
function anotherInstance(
  world: World,
  overrides: Partial<ConstructorParameters<typeof OrderService>[0]> = {},
) {
  return new OrderService({
    uow: world.uow,
    orders: world.orders,
    payments: world.gateway,
    clock: world.clock,
    ids: world.ids,
    ...overrides,
  });
}

/** A repository whose first `get` runs `meanwhile` after reading, then hands back what it read: a stale read. */
function staleOnce(orders: OrderRepository, meanwhile: () => Promise<unknown>): OrderRepository {
  let first = true;
  return {
    insert: (order) => orders.insert(order),
    find: (id) => orders.find(id),
    update: (order) => orders.update(order),
    insertWithEvent: (order, event) => orders.insertWithEvent(order, event),
    updateWithEvent: (order, event) => orders.updateWithEvent(order, event),
    listByStatus: (status, page) => orders.listByStatus(status, page),
    listPaymentLeasesExpired: (now, limit) => orders.listPaymentLeasesExpired(now, limit),
    get: async (id) => {
      const read: Order = await orders.get(id);
      if (first) {
        first = false;
        await meanwhile();
      }
      return read;
    },
  };
}

describe('OrderService under races', () => {
  it('a cancel while the charge is in flight is refused with PaymentInProgressError; the charge settles paid', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const hold = world.gateway.holdNext();
    const paying = world.service.pay(order.id, visa);
    await hold.reached;
    await expect(world.service.cancel(order.id)).rejects.toBeInstanceOf(PaymentInProgressError);
    await expect(anotherInstance(world).cancel(order.id)).rejects.toBeInstanceOf(PaymentInProgressError);
    hold.release();
    const paid = await paying;
    expect(paid.status).toBe('paid');
    expect(paid.payment?.chargeId).toBe(world.gateway.charges[0]?.id);
    await expect(world.service.cancel(order.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(world.gateway.charges).toHaveLength(1);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('a cancel that read the order before the reservation conflicts, reloads, and is refused', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const hold = world.gateway.holdNext();
    let paying: Promise<Order> | undefined;
    const canceller = anotherInstance(world, {
      orders: staleOnce(world.orders, async () => {
        paying = world.service.pay(order.id, visa);
        await hold.reached; // the order is now reserved (version 2); the canceller still holds version 1
      }),
    });
    await expect(canceller.cancel(order.id)).rejects.toBeInstanceOf(PaymentInProgressError);
    hold.release();
    expect((await paying)?.status).toBe('paid');
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('cancel retries a version conflict from the reloaded order, like settle', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const canceller = anotherInstance(world, {
      orders: staleOnce(world.orders, () => world.service.pay(order.id, declined).catch(() => undefined)),
    });
    const cancelled = await canceller.cancel(order.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 4 });
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.payment_failed', 'order.cancelled']);
  });

  it('mixed cards in one process: the same card shares the attempt, another is refused, nobody gets the other result', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const hold = world.gateway.holdNext();
    const first = world.service.pay(order.id, visa);
    await hold.reached;
    const sameCard = world.service.pay(order.id, visa);
    await expect(world.service.pay(order.id, declined)).rejects.toBeInstanceOf(PaymentInProgressError);
    hold.release();
    const [a, b] = await Promise.all([first, sameCard]);
    expect([a.status, b.status]).toEqual(['paid', 'paid']);
    // Afterwards another card is not told "paid" for a charge it never made.
    await expect(world.service.pay(order.id, declined)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(world.gateway.calls.map((call) => call.paymentToken)).toEqual(['tok_visa']);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('mixed cards across instances: the reservation refuses another card and lets the same card join', async () => {
    const world = await createFakeWorld();
    const other = anotherInstance(world);
    const order = await world.service.create(newOrderInput());
    const hold = world.gateway.holdNext();
    const first = world.service.pay(order.id, visa);
    await hold.reached;
    await expect(other.pay(order.id, declined)).rejects.toBeInstanceOf(PaymentInProgressError);
    const joined = await other.pay(order.id, visa);
    hold.release();
    const paid = await first;
    expect(joined).toEqual(paid);
    expect(world.gateway.calls.map((call) => call.idempotencyKey)).toEqual([
      `order-${order.id}-v1`,
      `order-${order.id}-v1`,
    ]);
    expect(world.gateway.charges).toHaveLength(1);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('a payer that died after the charge: past the lease, recovery finds the charge by key and settles paid', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const dying = anotherInstance(world, {
      orders: dyingBeforeCommit(world.orders, new Error('process died before COMMIT')),
    });
    await expect(dying.pay(order.id, visa)).rejects.toThrow('process died');
    const [charge] = world.gateway.charges;
    await expect(world.service.cancel(order.id)).rejects.toBeInstanceOf(PaymentInProgressError);
    expect(await world.service.recoverPayments()).toBe(0); // the lease still runs
    await world.clock.advance(LEASE_MS);
    expect(await world.service.recoverPayments()).toBe(1);
    const recovered = await world.service.get(order.id);
    expect(recovered).toMatchObject({ status: 'paid', payment: { chargeId: charge?.id } });
    await expect(world.service.cancel(order.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(world.gateway.charges).toHaveLength(1);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.paid']);
  });

  it('a payer that died before its charge reached the provider: past the lease a cancel releases it and cancels', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const hold = world.gateway.holdNext(); // the charge never gets through: its payer is gone
    const dead = world.service.pay(order.id, visa);
    await hold.reached;
    await world.clock.advance(LEASE_MS);
    const cancelled = await anotherInstance(world).cancel(order.id);
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(cancelled.payment).toBeUndefined();
    expect(world.gateway.charges).toHaveLength(0);
    // A payer that was only stalled, not dead: its charge lands after all and is given back.
    hold.release();
    await expect(dead).rejects.toBeInstanceOf(PaymentRefundedError);
    expect(world.gateway.refunds).toEqual([
      expect.objectContaining({ chargeId: world.gateway.charges[0]?.id }),
    ]);
    expect(await outboxTypes(world)).toEqual(['order.created', 'order.cancelled', 'order.payment_refunded']);
    const { rows } = await world.postgres.pool.query(
      "SELECT payload FROM outbox_events WHERE type = 'order.payment_refunded'",
    );
    expect(rows[0]?.payload).toMatchObject({
      orderId: order.id,
      status: 'cancelled',
      chargeId: world.gateway.charges[0]?.id,
      refundId: world.gateway.refunds[0]?.id,
    });
  });

  it('recovery leaves a reservation the provider cannot answer for, and resolves it on a later round', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const hold = world.gateway.holdNext();
    void world.service.pay(order.id, visa).catch(() => undefined);
    await hold.reached;
    await world.clock.advance(LEASE_MS);
    world.gateway.failNext(1);
    expect(await world.service.recoverPayments()).toBe(0);
    expect(await world.service.recoverPayments()).toBe(1);
    expect(await world.service.get(order.id)).toMatchObject({ status: 'pending' });
    expect((await world.service.get(order.id)).payment).toBeUndefined();
    hold.release();
  });

  it('gives up with ConcurrencyConflictError when the order keeps changing under a cancel', async () => {
    const world = await createFakeWorld();
    const order = await world.service.create(newOrderInput());
    const alwaysStale: OrderRepository = {
      ...staleOnce(world.orders, async () => undefined),
      get: async () => order,
    };
    await world.service.pay(order.id, declined).catch(() => undefined);
    const canceller = anotherInstance(world, { orders: alwaysStale });
    await expect(canceller.cancel(order.id)).rejects.toBeInstanceOf(ConcurrencyConflictError);
  });
});
