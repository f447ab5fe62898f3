import { NotFoundError } from '@seams/ports';
import {
  mapPostgresError,
  type PostgresPool,
  type PostgresQueryResult,
  PostgresUnitOfWork,
  transactionOrPool,
} from '@seams/postgres-adapter';
import { InsufficientStockError } from '../domain/insufficient-stock-error.js';
import { available, type Reservation, type StockLevel } from '../domain/stock.js';
import type { ReleaseOutcome, StockRepository } from '../domain/stock-repository.js';
import {
  LEVEL_COLUMNS,
  levelFromRow,
  RESERVATION_COLUMNS,
  reservationFromRow,
  reservationParams,
} from './stock-rows.js';

/** Configuration of `PostgresStockRepository`. */
export interface PostgresStockRepositoryConfig {
  /** A `pg.Pool` (or a fake's); inside a `PostgresUnitOfWork` on the same pool, calls join its transaction. */
  readonly pool: PostgresPool;
}

/**
 * `StockRepository` on PostgreSQL. A reservation takes its units with one conditional UPDATE
 * (`on_hand - reserved >= quantity`): the row lock orders concurrent reservations and each one
 * re-checks the condition after the one before it commits, so stock is never oversold.
 *
 * Quantities go out typed (`$2::integer`): PostgreSQL infers the type either way, but pg-mem
 * 3.0.14 computes `reserved - $2` as `$2 - reserved` for an untyped parameter (oguimbal/pg-mem#482),
 * which this repository's contract caught on the pg-mem fake and not on PGlite or PostgreSQL.
 */
export class PostgresStockRepository implements StockRepository {
  readonly #pool: PostgresPool;
  // For the methods of two statements: a transaction of their own, or the caller's unit of work
  // (a nested run joins it). Every statement goes through transactionOrPool, so it lands there.
  readonly #atomically: PostgresUnitOfWork<void>;

  constructor(config: PostgresStockRepositoryConfig) {
    this.#pool = config.pool;
    this.#atomically = new PostgresUnitOfWork({ pool: config.pool, scope: () => undefined });
  }

  async receive(sku: string, quantity: number): Promise<StockLevel> {
    const { rows } = await this.#query(
      `INSERT INTO stock_levels (sku, on_hand, reserved) VALUES ($1, $2, 0)
       ON CONFLICT (sku) DO UPDATE SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand
       RETURNING ${LEVEL_COLUMNS}`,
      [sku, quantity],
      { entity: 'stock level', id: sku },
    );
    return levelFromRow(rows[0]);
  }

  async level(sku: string): Promise<StockLevel | undefined> {
    const { rows } = await this.#query(`SELECT ${LEVEL_COLUMNS} FROM stock_levels WHERE sku = $1`, [sku], {
      entity: 'stock level',
      id: sku,
    });
    return rows[0] ? levelFromRow(rows[0]) : undefined;
  }

  reserve(reservation: Reservation): Promise<StockLevel> {
    const { sku, quantity } = reservation;
    return this.#atomically.run(async () => {
      const { rows } = await this.#query(
        `UPDATE stock_levels SET reserved = reserved + $2::integer
         WHERE sku = $1 AND on_hand - reserved >= $2::integer RETURNING ${LEVEL_COLUMNS}`,
        [sku, quantity],
        { entity: 'stock level', id: sku },
      );
      if (!rows[0]) throw await this.#refusal(sku, quantity);
      await this.#query(
        `INSERT INTO stock_reservations (${RESERVATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        reservationParams(reservation),
        { entity: 'reservation', id: reservation.id },
      );
      return levelFromRow(rows[0]);
    });
  }

  async findReservation(id: string): Promise<Reservation | undefined> {
    const { rows } = await this.#query(
      `SELECT ${RESERVATION_COLUMNS} FROM stock_reservations WHERE id = $1`,
      [id],
      { entity: 'reservation', id },
    );
    return rows[0] ? reservationFromRow(rows[0]) : undefined;
  }

  release(id: string): Promise<ReleaseOutcome> {
    return this.#atomically.run(async () => {
      // The status condition makes a concurrent second release wait for the first, then match nothing.
      const { rows } = await this.#query(
        `UPDATE stock_reservations SET status = 'released'
         WHERE id = $1 AND status = 'held' RETURNING ${RESERVATION_COLUMNS}`,
        [id],
        { entity: 'reservation', id },
      );
      if (!rows[0]) {
        const reservation = await this.findReservation(id);
        if (!reservation) throw new NotFoundError('reservation', id);
        return { reservation, released: false };
      }
      const reservation = reservationFromRow(rows[0]);
      await this.#query(
        'UPDATE stock_levels SET reserved = reserved - $2::integer WHERE sku = $1',
        [reservation.sku, reservation.quantity],
        { entity: 'stock level', id: reservation.sku },
      );
      return { reservation, released: true };
    });
  }

  async listExpired(now: Date, limit: number): Promise<Reservation[]> {
    const { rows } = await this.#query(
      `SELECT ${RESERVATION_COLUMNS} FROM stock_reservations
       WHERE status = 'held' AND expires_at <= $1 ORDER BY expires_at, id LIMIT $2`,
      [now.toISOString(), Math.max(0, Math.trunc(limit))],
      { entity: 'reservation', id: 'expired' },
    );
    return rows.map(reservationFromRow);
  }

  /** Why a reservation took nothing: the SKU has too few units, or was never received. */
  async #refusal(sku: string, quantity: number): Promise<Error> {
    const level = await this.level(sku);
    if (!level) return new NotFoundError('stock level', sku);
    return new InsufficientStockError(sku, quantity, available(level));
  }

  async #query(
    text: string,
    values: unknown[],
    subject: { readonly entity: string; readonly id: string },
  ): Promise<PostgresQueryResult> {
    try {
      return await transactionOrPool(this.#pool).query(text, values);
    } catch (error) {
      throw mapPostgresError(error, subject);
    }
  }
}
