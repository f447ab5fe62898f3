import { anEvent, defineContract, gate, type OutboxStoreContractContext } from '@seams/contracts';
import { ConcurrencyConflictError, DuplicateError, NotFoundError } from '@seams/ports';
import { expect } from 'vitest';
import type { Order } from './order.js';
import type { OrderRepository } from './order-repository.js';
import type { OrderUnitOfWork } from './transaction-scope.js';

// The service's own port gets a contract the way the toolkit's ports do: `defineContract` from
// @seams/contracts, registered by each implementation (src/postgres/*.contract.test.ts on the
// pg-mem fake, *.containers.test.ts on PostgreSQL), divergences declared where it is registered.

/**
 * What the OrderRepository contract needs: the outbox contract's context (clock, ids, a standalone
 * outbox) with the service's unit of work, whose scope holds both stores, and a standalone repository.
 */
export interface OrderRepositoryContractContext extends OutboxStoreContractContext {
  readonly unitOfWork: OrderUnitOfWork;
  /** Used outside `unitOfWork.run`: each call commits on its own. */
  readonly orders: OrderRepository;
}

/** A pending order with three lines, a total near 2^53 and millisecond timestamps: a lossy store shows. */
export function anOrder(
  context: Pick<OrderRepositoryContractContext, 'ids' | 'clock'>,
  overrides: Partial<Order> = {},
): Order {
  const now = context.clock.now();
  return {
    id: context.ids.next(),
    customerId: 'customer-ü-42',
    currency: 'EUR',
    lines: [
      { sku: 'SKU-ß-1', quantity: 3, unitPrice: 1_999 },
      { sku: 'sku-2', quantity: 1, unitPrice: 0 },
      { sku: 'sku-3', quantity: 10_000, unitPrice: 100_000_000 },
    ],
    total: Number.MAX_SAFE_INTEGER,
    status: 'pending',
    version: 1,
    createdAt: new Date(now.getTime() + 123),
    updatedAt: new Date(now.getTime() + 456),
    ...overrides,
  };
}

const paid = (order: Order): Order => ({
  ...order,
  status: 'paid',
  updatedAt: new Date(order.updatedAt.getTime() + 1),
});

/** The OrderRepository contract, with the unit of work that writes orders and outbox events together. */
export const orderRepositoryContract = defineContract<OrderRepositoryContractContext>()('OrderRepository', {
  'insert then get returns the order unchanged (lines, money, currency, timestamps)': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const stored = await context.orders.get(order.id);
    expect(stored).toEqual(order);
    expect(stored.createdAt.getTime()).toBe(order.createdAt.getTime());
    expect(Number.isSafeInteger(stored.total)).toBe(true);
  },
  'find returns undefined for an unknown id': async ({ orders, ids }) => {
    await expect(orders.find(ids.next())).resolves.toBeUndefined();
  },
  'get rejects an unknown id with NotFoundError': async ({ orders, ids }) => {
    await expect(orders.get(ids.next())).rejects.toBeInstanceOf(NotFoundError);
  },
  'insert rejects an existing id with DuplicateError and keeps the first': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const clash = { ...order, customerId: 'someone-else' };
    await expect(context.orders.insert(clash)).rejects.toBeInstanceOf(DuplicateError);
    await expect(context.orders.get(order.id)).resolves.toEqual(order);
  },
  'update saves the change and returns it with the version bumped': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const saved = await context.orders.update(paid(order));
    expect(saved).toEqual({ ...paid(order), version: 2 });
    await expect(context.orders.get(order.id)).resolves.toEqual(saved);
  },
  'a stale-version update is rejected while the current one wins': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const current = await context.orders.update(paid(order));
    const stale = { ...order, status: 'cancelled' as const };
    await expect(context.orders.update(stale)).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await expect(context.orders.get(order.id)).resolves.toEqual(current);
  },
  'update of an unknown order is rejected with NotFoundError': async (context) => {
    await expect(context.orders.update(anOrder(context))).rejects.toBeInstanceOf(NotFoundError);
  },
  'concurrent updaters of one version: exactly one wins': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const attempt = (status: 'paid' | 'cancelled') =>
      context.unitOfWork.run(({ orders }) => orders.update({ ...order, status }));
    const results = await Promise.allSettled([attempt('paid'), attempt('cancelled')]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((result) => result.reason)).toEqual([expect.any(ConcurrencyConflictError)]);
    const stored = await context.orders.get(order.id);
    expect(stored.version).toBe(2);
    expect(stored).toEqual(won[0]?.value);
  },
  'a rolled-back unit of work leaves neither the order change nor the outbox row, and rethrows unchanged':
    async (context) => {
      const order = anOrder(context);
      await context.orders.insert(order);
      const boom = new Error('payment step failed');
      const run = context.unitOfWork.run(async ({ orders, outbox }) => {
        await orders.update(paid(order));
        await orders.insert(anOrder(context, { id: 'never-committed' }));
        await outbox.add(anEvent(context));
        throw boom;
      });
      await expect(run).rejects.toBe(boom);
      await expect(context.orders.get(order.id)).resolves.toEqual(order);
      await expect(context.orders.find('never-committed')).resolves.toBeUndefined();
      await expect(context.outbox.claim(10)).resolves.toEqual([]);
    },
  'a committed unit of work leaves both the order change and the outbox row': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const event = anEvent(context);
    const saved = await context.unitOfWork.run(async ({ orders, outbox }) => {
      const updated = await orders.update(paid(order));
      await outbox.add(event);
      return updated;
    });
    await expect(context.orders.get(order.id)).resolves.toEqual(saved);
    await expect(context.outbox.claim(10)).resolves.toEqual([{ ...event, attempts: 0 }]);
  },
  'insertWithEvent stores the order and its event together; an existing id stores neither': async (
    context,
  ) => {
    const order = anOrder(context);
    const event = anEvent(context);
    await context.orders.insertWithEvent(order, event);
    await expect(context.orders.get(order.id)).resolves.toEqual(order);
    const again = context.orders.insertWithEvent(anOrder(context, { id: order.id }), anEvent(context));
    await expect(again).rejects.toBeInstanceOf(DuplicateError);
    await expect(context.orders.get(order.id)).resolves.toEqual(order);
    await expect(context.outbox.claim(10)).resolves.toEqual([{ ...event, attempts: 0 }]);
  },
  'updateWithEvent saves the change and its event; a stale version or an unknown order writes neither':
    async (context) => {
      const order = anOrder(context);
      await context.orders.insert(order);
      const event = anEvent(context);
      const saved = await context.orders.updateWithEvent(paid(order), event);
      expect(saved).toEqual({ ...paid(order), version: 2 });
      const stale = context.orders.updateWithEvent({ ...order, status: 'cancelled' }, anEvent(context));
      await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflictError);
      const unknown = context.orders.updateWithEvent(anOrder(context), anEvent(context));
      await expect(unknown).rejects.toBeInstanceOf(NotFoundError);
      await expect(context.orders.get(order.id)).resolves.toEqual(saved);
      await expect(context.outbox.claim(10)).resolves.toEqual([{ ...event, attempts: 0 }]);
    },
  'concurrent updateWithEvent of one version: one change and one event': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const attempt = (status: 'paid' | 'cancelled') =>
      context.orders.updateWithEvent({ ...order, status }, anEvent(context, { type: `order.${status}` }));
    const results = await Promise.allSettled([attempt('paid'), attempt('cancelled')]);
    const won = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toEqual([expect.any(ConcurrencyConflictError)]);
    const events = await context.outbox.claim(10);
    expect(events.map((event) => event.type)).toEqual([`order.${won[0]?.status}`]);
  },
  'an uncommitted insert is invisible to readers outside the transaction': async (context) => {
    const order = anOrder(context);
    const inserted = gate();
    const finish = gate();
    const writer = context.unitOfWork.run(async ({ orders }) => {
      await orders.insert(order);
      inserted.open();
      await finish.promise;
    });
    await inserted.promise;
    let seen: Order | undefined;
    try {
      seen = await context.orders.find(order.id);
    } finally {
      finish.open();
      await writer;
    }
    expect(seen).toBeUndefined();
    await expect(context.orders.find(order.id)).resolves.toEqual(order);
  },
  'listByStatus returns oldest first, ties broken by id, and pages after a cursor': async (context) => {
    const base = context.clock.now().getTime();
    const at = (ms: number) => new Date(base + ms);
    const specs = [
      { id: 'order-c', createdAt: at(0) },
      { id: 'order-a', createdAt: at(0) },
      { id: 'order-d', createdAt: at(-5_000) },
      { id: 'order-b', createdAt: at(7_000) },
      { id: 'order-e', createdAt: at(0), status: 'paid' as const },
    ];
    for (const spec of specs)
      await context.orders.insert(anOrder(context, { ...spec, updatedAt: spec.createdAt }));
    const ids = (list: readonly Order[]) => list.map((order) => order.id);
    expect(ids(await context.orders.listByStatus('pending'))).toEqual([
      'order-d',
      'order-a',
      'order-c',
      'order-b',
    ]);
    expect(ids(await context.orders.listByStatus('pending', { limit: 2 }))).toEqual(['order-d', 'order-a']);
    expect(ids(await context.orders.listByStatus('pending', { limit: 2, after: 'order-a' }))).toEqual([
      'order-c',
      'order-b',
    ]);
    expect(ids(await context.orders.listByStatus('paid'))).toEqual(['order-e']);
    expect(await context.orders.listByStatus('cancelled')).toEqual([]);
  },
  'a payment reservation, then the payment that paid, are saved and read back': async (context) => {
    const order = anOrder(context);
    await context.orders.insert(order);
    const leaseUntil = new Date(context.clock.now().getTime() + 60_123);
    const payment = { key: `order-${order.id}-v1`, fingerprint: 'f'.repeat(64) };
    const reserved = await context.orders.update({ ...order, payment: { ...payment, leaseUntil } });
    expect(reserved.payment).toEqual({ ...payment, leaseUntil });
    await expect(context.orders.get(order.id)).resolves.toEqual(reserved);
    const settled = await context.orders.update({
      ...paid(reserved),
      payment: { ...payment, chargeId: 'ch_1' },
    });
    await expect(context.orders.get(order.id)).resolves.toEqual(settled);
    expect(settled.payment).toEqual({ ...payment, chargeId: 'ch_1' });
    const { payment: _paid, ...withoutPayment } = settled;
    const cleared = await context.orders.update(withoutPayment);
    expect(cleared.payment).toBeUndefined();
    await expect(context.orders.get(order.id)).resolves.toEqual(cleared);
  },
  'listPaymentLeasesExpired returns reservations whose lease ran out, longest expired first': async (
    context,
  ) => {
    const now = context.clock.now();
    const at = (ms: number) => new Date(now.getTime() + ms);
    const payment = (id: string, leaseUntil?: Date) => ({
      key: `order-${id}-v1`,
      fingerprint: 'f'.repeat(64),
      ...(leaseUntil ? { leaseUntil } : {}),
    });
    const specs: Partial<Order>[] = [
      { id: 'order-b', payment: payment('order-b', at(-1_000)) },
      { id: 'order-a', payment: payment('order-a', at(-2_000)) },
      { id: 'order-c', payment: payment('order-c', at(0)) },
      { id: 'order-d', payment: payment('order-d', at(1)) },
      { id: 'order-e' },
      { id: 'order-f', status: 'paid', payment: payment('order-f') },
    ];
    for (const spec of specs) await context.orders.insert(anOrder(context, spec));
    const ids = (list: readonly Order[]) => list.map((order) => order.id);
    expect(ids(await context.orders.listPaymentLeasesExpired(now, 10))).toEqual([
      'order-a',
      'order-b',
      'order-c',
    ]);
    expect(ids(await context.orders.listPaymentLeasesExpired(now, 1))).toEqual(['order-a']);
    const [first] = await context.orders.listPaymentLeasesExpired(now, 1);
    expect(first).toEqual(anOrder(context, specs[1]));
  },
});

/** Registers the OrderRepository contract for one implementation. */
export const describeOrderRepositoryContract = orderRepositoryContract.register;
