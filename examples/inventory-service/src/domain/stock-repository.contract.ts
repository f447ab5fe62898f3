import assert from 'node:assert/strict';
import { anEvent, defineContract, gate, type OutboxStoreContractContext } from '@seams/contracts';
import { DuplicateError, NotFoundError } from '@seams/ports';
import { InsufficientStockError } from './insufficient-stock-error.js';
import type { InventoryUnitOfWork } from './inventory-unit-of-work.js';
import type { Reservation } from './stock.js';
import type { StockRepository } from './stock-repository.js';

// The service's own port gets a contract the way the toolkit's ports do: `defineContract` from
// @seams/contracts, run by each implementation (src/postgres/*.contract.test.ts on both fakes,
// *.containers.test.ts on PostgreSQL). The cases assert with node:assert: the kit needs no vitest.

/**
 * What the StockRepository contract needs: the outbox contract's context (clock, ids, a standalone
 * outbox) with the service's unit of work, whose scope holds both stores, and a standalone repository.
 */
export interface StockRepositoryContractContext extends OutboxStoreContractContext {
  readonly unitOfWork: InventoryUnitOfWork;
  /** Used outside `unitOfWork.run`: each call commits on its own. */
  readonly stock: StockRepository;
}

const SKU = 'BOOK-1';

/** A held reservation of 2 units of `BOOK-1` with millisecond timestamps: a lossy store shows. */
export function aReservation(
  context: Pick<StockRepositoryContractContext, 'ids' | 'clock'>,
  overrides: Partial<Reservation> = {},
): Reservation {
  const now = context.clock.now().getTime();
  return {
    id: context.ids.next(),
    orderId: 'order-ü-42',
    sku: SKU,
    quantity: 2,
    status: 'held',
    reservedAt: new Date(now + 123),
    expiresAt: new Date(now + 900_456),
    ...overrides,
  };
}

const level = (reserved: number, onHand = 5) => ({ sku: SKU, onHand, reserved });

/** The StockRepository contract, with the unit of work that writes stock and outbox events together. */
export const stockRepositoryContract = defineContract<StockRepositoryContractContext>()('StockRepository', {
  'receive creates the level of a new SKU and adds to a known one': async ({ stock }) => {
    assert.deepEqual(await stock.receive(SKU, 5), level(0, 5));
    assert.deepEqual(await stock.receive(SKU, 3), level(0, 8));
    assert.deepEqual(await stock.level(SKU), level(0, 8));
  },
  'level of a SKU never received is undefined': async ({ stock }) => {
    assert.equal(await stock.level('NEVER-SEEN'), undefined);
  },
  'reserve moves units from available to reserved and stores the reservation as held': async (context) => {
    await context.stock.receive(SKU, 5);
    const reservation = aReservation(context);
    assert.deepEqual(await context.stock.reserve(reservation), level(2));
    assert.deepEqual(await context.stock.findReservation(reservation.id), reservation);
    assert.deepEqual(await context.stock.level(SKU), level(2));
  },
  'reserve of more than is available is refused with InsufficientStockError and changes nothing': async (
    context,
  ) => {
    await context.stock.receive(SKU, 5);
    await context.stock.reserve(aReservation(context, { quantity: 3 }));
    const tooMany = aReservation(context, { quantity: 3 });
    await assert.rejects(context.stock.reserve(tooMany), (error) => {
      assert.ok(error instanceof InsufficientStockError);
      assert.deepEqual([error.sku, error.requested, error.available], [SKU, 3, 2]);
      return true;
    });
    assert.deepEqual(await context.stock.level(SKU), level(3));
    assert.equal(await context.stock.findReservation(tooMany.id), undefined);
  },
  'reserve of a SKU never received is refused with NotFoundError': async (context) => {
    const reservation = aReservation(context, { sku: 'NEVER-SEEN' });
    await assert.rejects(context.stock.reserve(reservation), NotFoundError);
    assert.equal(await context.stock.findReservation(reservation.id), undefined);
  },
  'reserve with an existing reservation id is refused with DuplicateError and takes no units': async (
    context,
  ) => {
    await context.stock.receive(SKU, 5);
    const reservation = aReservation(context);
    await context.stock.reserve(reservation);
    await assert.rejects(context.stock.reserve({ ...reservation, quantity: 1 }), DuplicateError);
    assert.deepEqual(await context.stock.level(SKU), level(2));
    assert.deepEqual(await context.stock.findReservation(reservation.id), reservation);
  },
  'concurrent reservations never take more than is available': async (context) => {
    await context.stock.receive(SKU, 10);
    const attempts = [1, 2, 3, 4].map(() => context.stock.reserve(aReservation(context, { quantity: 3 })));
    const results = await Promise.allSettled(attempts);
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    assert.equal(results.length - refused.length, 3);
    assert.equal(refused.length, 1);
    assert.ok(refused[0] instanceof InsufficientStockError);
    assert.deepEqual(await context.stock.level(SKU), level(9, 10));
  },
  'release gives the units back once and keeps the reservation as released': async (context) => {
    await context.stock.receive(SKU, 5);
    const reservation = aReservation(context);
    await context.stock.reserve(reservation);
    const released = { ...reservation, status: 'released' as const };
    assert.deepEqual(await context.stock.release(reservation.id), { reservation: released, released: true });
    assert.deepEqual(await context.stock.level(SKU), level(0));
    assert.deepEqual(await context.stock.release(reservation.id), { reservation: released, released: false });
    assert.deepEqual(await context.stock.level(SKU), level(0));
  },
  'release of an unknown reservation is refused with NotFoundError': async ({ stock, ids }) => {
    await assert.rejects(stock.release(ids.next()), NotFoundError);
  },
  'concurrent releases of one reservation give its units back once': async (context) => {
    await context.stock.receive(SKU, 5);
    const [first, second] = [aReservation(context), aReservation(context, { quantity: 1 })];
    await context.stock.reserve(first);
    await context.stock.reserve(second);
    // allSettled, not all: a case returns only once every transaction it started has ended.
    const outcomes = await Promise.allSettled([
      context.stock.release(first.id),
      context.stock.release(first.id),
    ]);
    const released = outcomes.map((outcome) =>
      outcome.status === 'fulfilled' ? outcome.value.released : outcome.reason,
    );
    assert.deepEqual(released.sort(), [false, true]);
    assert.deepEqual(await context.stock.level(SKU), level(1));
  },
  'listExpired returns held reservations past their hold, soonest first, ties by id, at most limit': async (
    context,
  ) => {
    await context.stock.receive(SKU, 10);
    const base = context.clock.now().getTime();
    const expiring = (id: string, inMs: number) =>
      aReservation(context, { id, quantity: 1, expiresAt: new Date(base + inMs) });
    for (const reservation of [
      expiring('r-b', 1_000),
      expiring('r-a', 1_000),
      expiring('r-c', 500),
      expiring('r-d', 5_000),
      expiring('r-e', 100),
    ]) {
      await context.stock.reserve(reservation);
    }
    await context.stock.release('r-e');
    const ids = async (atMs: number, limit: number) =>
      (await context.stock.listExpired(new Date(base + atMs), limit)).map((reservation) => reservation.id);
    assert.deepEqual(await ids(1_000, 10), ['r-c', 'r-a', 'r-b']);
    assert.deepEqual(await ids(1_000, 2), ['r-c', 'r-a']);
    assert.deepEqual(await ids(999, 10), ['r-c']);
    assert.deepEqual(await ids(99, 10), []);
  },
  'a rolled-back unit of work keeps neither the reservation, its units nor its event, and rethrows unchanged':
    async (context) => {
      await context.stock.receive(SKU, 5);
      const reservation = aReservation(context);
      const boom = new Error('the order was cancelled meanwhile');
      const run = context.unitOfWork.run(async ({ stock, outbox }) => {
        await stock.reserve(reservation);
        await outbox.add(anEvent(context));
        throw boom;
      });
      await assert.rejects(run, (error) => error === boom);
      assert.deepEqual(await context.stock.level(SKU), level(0));
      assert.equal(await context.stock.findReservation(reservation.id), undefined);
      assert.deepEqual(await context.outbox.claim(10), []);
    },
  'a committed unit of work keeps the reservation and its event together': async (context) => {
    await context.stock.receive(SKU, 5);
    const reservation = aReservation(context);
    const event = anEvent(context);
    await context.unitOfWork.run(async ({ stock, outbox }) => {
      await stock.reserve(reservation);
      await outbox.add(event);
    });
    assert.deepEqual(await context.stock.findReservation(reservation.id), reservation);
    assert.deepEqual(await context.outbox.claim(10), [{ ...event, attempts: 0 }]);
  },
  'a reader outside an open reservation sees the last committed level at once': async (context) => {
    await context.stock.receive(SKU, 5);
    const reserved = gate();
    const finish = gate();
    const writer = context.unitOfWork.run(async ({ stock }) => {
      await stock.reserve(aReservation(context));
      reserved.open();
      await finish.promise;
    });
    await reserved.promise;
    let seen: unknown;
    try {
      seen = await context.stock.level(SKU);
    } finally {
      finish.open();
      await writer;
    }
    assert.deepEqual(seen, level(0));
    assert.deepEqual(await context.stock.level(SKU), level(2));
  },
});
