import type { Clock, IdGenerator } from '@seams/ports';
import type { InventoryUnitOfWork } from './domain/inventory-unit-of-work.js';
import { DEFAULT_HOLD_MS, newReservation } from './domain/reservation-rules.js';
import type { Reservation, StockLevel } from './domain/stock.js';
import { stockReleasedEvent, stockReservedEvent } from './domain/stock-events.js';
import { parseReservationRequest, parseStockReceipt } from './domain/stock-requests.js';

/** Configuration of `Inventory`. */
export interface InventoryConfig {
  readonly unitOfWork: InventoryUnitOfWork;
  /** Reservation times and expiry read this clock; a `FakeClock` drives them in tests. */
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** How long a reservation holds its units. Default 15 minutes. */
  readonly holdMs?: number;
}

/**
 * The inventory service's use cases (invalid input rejects their promise with `ValidationError`).
 * Every change of stock and the event that announces it commit in one unit of work, so a
 * consumer hears of exactly the reservations that exist.
 *
 * @example
 * const inventory = new Inventory({ unitOfWork, clock, ids });
 * await inventory.receive({ sku: 'BOOK-1', quantity: 10 });
 * const hold = await inventory.reserve({ orderId: 'o-1', sku: 'BOOK-1', quantity: 2 }); // stock.reserved
 * await inventory.release(hold.id); // stock.released, reason cancelled
 */
export class Inventory {
  readonly #config: InventoryConfig;

  constructor(config: InventoryConfig) {
    this.#config = config;
  }

  /** Adds received units (`{ sku, quantity }`, validated); returns the level after. */
  async receive(input: unknown): Promise<StockLevel> {
    const { sku, quantity } = parseStockReceipt(input);
    return this.#config.unitOfWork.run(({ stock }) => stock.receive(sku, quantity));
  }

  /** The level of `sku`, or `undefined` when none was ever received. */
  level(sku: string): Promise<StockLevel | undefined> {
    return this.#config.unitOfWork.run(({ stock }) => stock.level(sku));
  }

  /**
   * Holds units for an order (`{ orderId, sku, quantity }`, validated) and announces
   * `stock.reserved`. `InsufficientStockError` or `NotFoundError` when it cannot; nothing is announced then.
   */
  async reserve(input: unknown): Promise<Reservation> {
    const request = parseReservationRequest(input);
    const { clock, ids, holdMs = DEFAULT_HOLD_MS } = this.#config;
    const now = clock.now();
    const reservation = newReservation(request, { id: ids.next(), now, holdMs });
    return this.#config.unitOfWork.run(async ({ stock, outbox }) => {
      await stock.reserve(reservation);
      await outbox.add(stockReservedEvent(reservation, { id: ids.next(), now }));
      return reservation;
    });
  }

  /** Gives a reservation's units back and announces `stock.released` (once, however often it is called). */
  release(reservationId: string): Promise<Reservation> {
    return this.#config.unitOfWork.run(async ({ stock, outbox }) => {
      const { reservation, released } = await stock.release(reservationId);
      if (released) await outbox.add(this.#releasedEvent(reservation, 'cancelled'));
      return reservation;
    });
  }

  /** Releases up to `limit` reservations whose hold ran out, announcing each; returns how many. */
  expireHolds(limit = 100): Promise<number> {
    return this.#config.unitOfWork.run(async ({ stock, outbox }) => {
      let count = 0;
      for (const expired of await stock.listExpired(this.#config.clock.now(), limit)) {
        const { reservation, released } = await stock.release(expired.id);
        // Another expirer may have released it since the listing: it announced it, not us.
        if (!released) continue;
        await outbox.add(this.#releasedEvent(reservation, 'expired'));
        count++;
      }
      return count;
    });
  }

  #releasedEvent(reservation: Reservation, reason: 'cancelled' | 'expired') {
    const { clock, ids } = this.#config;
    return stockReleasedEvent(reservation, { id: ids.next(), now: clock.now(), reason });
  }
}
