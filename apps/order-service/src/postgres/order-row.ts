import {
  type PostgresRow,
  readDate,
  readInt8,
  readText,
  UnexpectedColumnValueError,
} from '@seams/postgres-adapter';
import {
  ORDER_STATUSES,
  type Order,
  type OrderLine,
  type OrderPayment,
  type OrderStatus,
} from '../domain/order.js';

/** The columns every order query selects, in `orderFromRow`'s terms. */
export const ORDER_COLUMNS =
  'id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, ' +
  'payment_key, payment_fingerprint, payment_lease_until, charge_id';

/** An order as query parameters; lines go as JSON text (pg would send a JS array as a PG array). */
export function orderParams(order: Order): unknown[] {
  const lines = order.lines.map(({ sku, quantity, unitPrice }) => ({ sku, quantity, unitPrice }));
  return [
    order.id,
    order.customerId,
    order.currency,
    JSON.stringify(lines),
    order.total,
    order.status,
    order.version,
    order.createdAt.toISOString(),
    order.updatedAt.toISOString(),
    order.payment?.key ?? null,
    order.payment?.fingerprint ?? null,
    order.payment?.leaseUntil?.toISOString() ?? null,
    order.payment?.chargeId ?? null,
  ];
}

/** Reads an order row, checking each column's shape so a drifted schema fails loudly. */
export function orderFromRow(row: PostgresRow): Order {
  return {
    id: readText(row.id, 'orders.id'),
    customerId: readText(row.customer_id, 'orders.customer_id'),
    currency: readText(row.currency, 'orders.currency'),
    lines: readLines(row.lines),
    total: readInt8(row.total_minor, 'orders.total_minor'),
    status: readStatus(row.status),
    version: readInt8(row.version, 'orders.version'),
    createdAt: readDate(row.created_at, 'orders.created_at'),
    updatedAt: readDate(row.updated_at, 'orders.updated_at'),
    ...readPayment(row),
  };
}

function readPayment(row: PostgresRow): { payment?: OrderPayment } {
  if (row.payment_key == null) return {};
  const payment: OrderPayment = {
    key: readText(row.payment_key, 'orders.payment_key'),
    fingerprint: readText(row.payment_fingerprint, 'orders.payment_fingerprint'),
    ...(row.payment_lease_until == null
      ? {}
      : { leaseUntil: readDate(row.payment_lease_until, 'orders.payment_lease_until') }),
    ...(row.charge_id == null ? {} : { chargeId: readText(row.charge_id, 'orders.charge_id') }),
  };
  return { payment };
}

function readStatus(value: unknown): OrderStatus {
  const status = ORDER_STATUSES.find((candidate) => candidate === value);
  if (!status) throw new UnexpectedColumnValueError('orders.status', `unknown status ${String(value)}`);
  return status;
}

function readLines(value: unknown): OrderLine[] {
  if (!Array.isArray(value)) throw new UnexpectedColumnValueError('orders.lines', 'expected a JSON array');
  return value.map((line: unknown, index) => {
    const { sku, quantity, unitPrice } = (line ?? {}) as Record<string, unknown>;
    const column = `orders.lines[${index}]`;
    return {
      sku: readText(sku, `${column}.sku`),
      quantity: readInt8(quantity, `${column}.quantity`),
      unitPrice: readInt8(unitPrice, `${column}.unitPrice`),
    };
  });
}
