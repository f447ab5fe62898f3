/** The units of one SKU in the warehouse, and how many of them reservations hold. */
export interface StockLevel {
  readonly sku: string;
  readonly onHand: number;
  readonly reserved: number;
}

/** Units a new reservation may still take. */
export function available(level: StockLevel): number {
  return level.onHand - level.reserved;
}

export const RESERVATION_STATUSES = ['held', 'released'] as const;

/** `held` until the order is fulfilled elsewhere, cancelled or its hold expires; `released` gives the units back. */
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** Units of one SKU held for an order until `expiresAt`. */
export interface Reservation {
  readonly id: string;
  readonly orderId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly status: ReservationStatus;
  readonly reservedAt: Date;
  readonly expiresAt: Date;
}
