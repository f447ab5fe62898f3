// POST /orders and POST /orders/:id/pay as plain functions over pg and fetch: the service's
// statements in the same transactions, no repository, unit of work or gateway in between.
import { randomUUID } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { FlatReply } from './flat-idempotency.js';
import { SQL } from './flat-statements.js';

/** What the handlers use. */
export interface FlatDeps {
  readonly pool: Pool;
  readonly payments: { readonly url: string; readonly apiKey: string };
  /** Called after a commit that wrote an event, so the relay publishes at once. */
  readonly onEvents: () => void;
}

interface Line {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

interface FlatOrder {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly lines: readonly Line[];
  readonly total: number;
  readonly status: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const problem = (status: number, code: string, message: string): FlatReply => ({
  status,
  body: JSON.stringify({ code, message, details: {} }),
});

const isInt = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;

function readLines(value: unknown): Line[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const lines: Line[] = [];
  for (const line of value as Record<string, unknown>[]) {
    const { sku, quantity, unitPrice } = line ?? {};
    if (typeof sku !== 'string' || !isInt(quantity, 1) || !isInt(unitPrice, 0)) return undefined;
    lines.push({ sku, quantity, unitPrice });
  }
  return lines;
}

const orderParams = (o: FlatOrder) => [
  o.id,
  o.customerId,
  o.currency,
  JSON.stringify(o.lines),
  o.total,
  o.status,
  o.version,
  o.createdAt.toISOString(),
  o.updatedAt.toISOString(),
];

const fromRow = (row: QueryResultRow): FlatOrder => ({
  id: String(row.id),
  customerId: String(row.customer_id),
  currency: String(row.currency),
  lines: row.lines as Line[],
  total: Number(row.total_minor),
  status: String(row.status),
  version: Number(row.version),
  createdAt: row.created_at as Date,
  updatedAt: row.updated_at as Date,
});

function eventParams(type: string, order: FlatOrder, now: Date, extra: Record<string, string> = {}) {
  const { id, customerId, status, currency, total, version } = order;
  const payload = { orderId: id, customerId, status, currency, total, version, ...extra };
  const at = now.toISOString();
  return [randomUUID(), type, JSON.stringify(payload), at, id, null, at];
}

export async function createOrder(deps: FlatDeps, body: unknown): Promise<FlatReply> {
  const input = (body ?? {}) as Record<string, unknown>;
  const lines = readLines(input.lines);
  const { customerId, currency } = input;
  if (
    typeof customerId !== 'string' ||
    typeof currency !== 'string' ||
    !/^[A-Z]{3}$/.test(currency) ||
    !lines
  )
    return problem(400, 'VALIDATION_FAILED', 'invalid order');
  const now = new Date();
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  const order: FlatOrder = {
    id: randomUUID(),
    customerId,
    currency,
    lines,
    total,
    status: 'pending',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await deps.pool.query(SQL.insertOrderWithEvent, [
    ...orderParams(order),
    ...eventParams('order.created', order, now),
  ]);
  deps.onEvents();
  return { status: 201, body: JSON.stringify(order), headers: { location: `/orders/${order.id}` } };
}

export async function payOrder(deps: FlatDeps, id: string, body: unknown): Promise<FlatReply> {
  const paymentToken = (body as { paymentToken?: unknown } | null)?.paymentToken;
  if (typeof paymentToken !== 'string') return problem(400, 'VALIDATION_FAILED', 'paymentToken required');
  const { rows } = await deps.pool.query(SQL.findOrder, [id]);
  if (!rows[0]) return problem(404, 'NOT_FOUND', `order ${id} not found`);
  const order = fromRow(rows[0]);
  if (order.status === 'paid') return { status: 200, body: JSON.stringify(order) };
  if (order.status !== 'pending' && order.status !== 'payment_failed')
    return problem(409, 'INVALID_TRANSITION', `order is ${order.status}`);
  const response = await fetch(new URL('/v1/charges', deps.payments.url), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${deps.payments.apiKey}`,
      'content-type': 'application/json',
      'idempotency-key': `order-${order.id}-v${order.version}`,
    },
    body: JSON.stringify({
      amount: order.total,
      currency: order.currency,
      source: paymentToken,
      reference: order.id,
    }),
    signal: AbortSignal.timeout(5_000),
  });
  const charge = (await response.json()) as { id?: unknown };
  if (response.status !== 200 && response.status !== 201)
    return problem(502, 'PAYMENT_FAILED', 'charge failed');
  const now = new Date();
  const paid = { ...order, status: 'paid', updatedAt: now };
  const [, customerId, currency, lines, total, status, version, , updatedAt] = orderParams(paid);
  const event = eventParams('order.paid', { ...order, status: 'paid', version: order.version + 1 }, now, {
    chargeId: String(charge.id),
  });
  const updated = await deps.pool.query(SQL.updateOrderWithEvent, [
    id,
    version,
    customerId,
    currency,
    lines,
    total,
    status,
    updatedAt,
    ...event,
  ]);
  const saved = updated.rows[0] ? fromRow(updated.rows[0]) : undefined;
  if (!saved) return problem(409, 'CONCURRENCY_CONFLICT', 'order changed meanwhile');
  deps.onEvents();
  return { status: 200, body: JSON.stringify(saved) };
}
