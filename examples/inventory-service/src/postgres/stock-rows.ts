import {
  type PostgresRow,
  readDate,
  readInt8,
  readText,
  UnexpectedColumnValueError,
} from '@seams/postgres-adapter';
import {
  RESERVATION_STATUSES,
  type Reservation,
  type ReservationStatus,
  type StockLevel,
} from '../domain/stock.js';

/** The columns every stock level query returns, in `levelFromRow`'s terms. */
export const LEVEL_COLUMNS = 'sku, on_hand, reserved';

/** The columns every reservation query returns, in `reservationFromRow`'s terms. */
export const RESERVATION_COLUMNS = 'id, order_id, sku, quantity, status, reserved_at, expires_at';

/** Reads a stock level row, checking each column so a drifted schema fails loudly. */
export function levelFromRow(row: PostgresRow | undefined): StockLevel {
  if (!row) throw new UnexpectedColumnValueError('stock_levels', 'expected a row, got none');
  return {
    sku: readText(row.sku, 'stock_levels.sku'),
    onHand: readInt8(row.on_hand, 'stock_levels.on_hand'),
    reserved: readInt8(row.reserved, 'stock_levels.reserved'),
  };
}

/** Reads a reservation row. */
export function reservationFromRow(row: PostgresRow): Reservation {
  return {
    id: readText(row.id, 'stock_reservations.id'),
    orderId: readText(row.order_id, 'stock_reservations.order_id'),
    sku: readText(row.sku, 'stock_reservations.sku'),
    quantity: readInt8(row.quantity, 'stock_reservations.quantity'),
    status: readStatus(row.status),
    reservedAt: readDate(row.reserved_at, 'stock_reservations.reserved_at'),
    expiresAt: readDate(row.expires_at, 'stock_reservations.expires_at'),
  };
}

/** A reservation as the parameters of an INSERT of `RESERVATION_COLUMNS`; times as ISO strings (ms, lossless). */
export function reservationParams(reservation: Reservation): unknown[] {
  const { id, orderId, sku, quantity, status, reservedAt, expiresAt } = reservation;
  return [id, orderId, sku, quantity, status, reservedAt.toISOString(), expiresAt.toISOString()];
}

function readStatus(value: unknown): ReservationStatus {
  const status = RESERVATION_STATUSES.find((candidate) => candidate === value);
  if (!status) throw new UnexpectedColumnValueError('stock_reservations.status', `unknown ${String(value)}`);
  return status;
}
