import type { Reservation, StockLevel } from './stock.js';

/** What `release` did: the reservation as it now stands, and whether this call released it. */
export interface ReleaseOutcome {
  readonly reservation: Reservation;
  /** False when it was already released: no units moved, so no event is due. */
  readonly released: boolean;
}

/**
 * Stock levels and the reservations that hold units of them. Each method is atomic on its own
 * and joins the caller's unit of work when there is one. Implementation: `PostgresStockRepository`
 * (on PostgreSQL, or on `@seams/fakes`' pg-mem and PGlite).
 */
export interface StockRepository {
  /** Adds received units to `sku`, creating its level first when new; returns the level after. */
  receive(sku: string, quantity: number): Promise<StockLevel>;
  /** The level of `sku`, or `undefined` when none was ever received. */
  level(sku: string): Promise<StockLevel | undefined>;
  /**
   * Takes the reservation's units from available into reserved and stores it as held; returns the
   * level after. Never oversells, however many reserve at once. Refused, with nothing changed:
   * `InsufficientStockError` when fewer units are available, `NotFoundError` for a SKU never
   * received, `DuplicateError` when the reservation id exists.
   */
  reserve(reservation: Reservation): Promise<StockLevel>;
  /** The reservation, or `undefined`. */
  findReservation(id: string): Promise<Reservation | undefined>;
  /**
   * Releases a held reservation: its units become available again. Releasing a released one
   * changes nothing (`released: false`), also when two release it at once. `NotFoundError` when unknown.
   */
  release(id: string): Promise<ReleaseOutcome>;
  /** Held reservations whose hold ended at or before `now`, soonest expired first (ties by id), at most `limit`. */
  listExpired(now: Date, limit: number): Promise<Reservation[]>;
}
