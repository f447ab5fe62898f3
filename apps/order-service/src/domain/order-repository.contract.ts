import { ConcurrencyConflictError, DuplicateError, NotFoundError, type Order } from '@seams/ports';
import { expect } from 'vitest';
import { defineContract } from './define-contract.js';
import { anEvent, anOrder, gate, type PersistenceContractContext } from './persistence-contract-context.js';

/** What the OrderRepository contract needs. */
export type OrderRepositoryContractContext = PersistenceContractContext;

const paid = (order: Order): Order => ({
  ...order,
  status: 'paid',
  updatedAt: new Date(order.updatedAt.getTime() + 1),
});

/** The OrderRepository contract, with the UnitOfWork it is written through. */
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
  'a nested run joins the outer transaction and rolls back with it': async (context) => {
    const outer = anOrder(context);
    const inner = anOrder(context);
    const boom = new Error('outer fails after inner returned');
    const run = context.unitOfWork.run(async ({ orders }) => {
      await orders.insert(outer);
      await context.unitOfWork.run(({ orders: nested }) => nested.insert(inner));
      throw boom;
    });
    await expect(run).rejects.toBe(boom);
    await expect(context.orders.find(outer.id)).resolves.toBeUndefined();
    await expect(context.orders.find(inner.id)).resolves.toBeUndefined();
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
});

/** Registers the OrderRepository contract for one implementation. */
export const describeOrderRepositoryContract = orderRepositoryContract.register;
