// POST /orders and POST /orders/:id/pay as plain functions over pg and fetch: the service's
// statements in the same transactions, no repository, unit of work or gateway in between.
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
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
  readonly paymentKey: string | null;
  readonly paymentFingerprint: string | null;
  readonly paymentLeaseUntil: Date | null;
  readonly chargeId: string | null;
}

/** How long a payer holds its reservation (the service's default payment lease). */
const PAYMENT_LEASE_MS = 60_000;

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
  o.paymentKey,
  o.paymentFingerprint,
  o.paymentLeaseUntil?.toISOString() ?? null,
  o.chargeId,
];

/** The version-checked UPDATE's parameters: id, expected version, then the columns it sets. */
const updateParams = (o: FlatOrder) => {
  const [id, customerId, currency, lines, total, status, version, , updatedAt, ...payment] = orderParams(o);
  return [id, version, customerId, currency, lines, total, status, updatedAt, ...payment];
};

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
  paymentKey: row.payment_key == null ? null : String(row.payment_key),
  paymentFingerprint: row.payment_fingerprint == null ? null : String(row.payment_fingerprint),
  paymentLeaseUntil: (row.payment_lease_until as Date | null) ?? null,
  chargeId: row.charge_id == null ? null : String(row.charge_id),
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
    paymentKey: null,
    paymentFingerprint: null,
    paymentLeaseUntil: null,
    chargeId: null,
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
  if (order.paymentLeaseUntil) return problem(409, 'PAYMENT_IN_PROGRESS', 'a payment is in progress');
  // The reservation, as the service makes it: a lease on the row that cancel and other payers respect.
  const reservedAt = new Date();
  const reservation: FlatOrder = {
    ...order,
    paymentKey: `order-${order.id}-v${order.version}`,
    paymentFingerprint: createHash('sha256').update(paymentToken).digest('hex'),
    paymentLeaseUntil: new Date(reservedAt.getTime() + PAYMENT_LEASE_MS),
    updatedAt: reservedAt,
  };
  const reservedRows = await deps.pool.query(SQL.updateOrder, updateParams(reservation));
  if (!reservedRows.rows[0]) return problem(409, 'CONCURRENCY_CONFLICT', 'order changed meanwhile');
  const reserved = fromRow(reservedRows.rows[0]);
  const charge = await postCharge(deps, {
    headers: {
      authorization: `Bearer ${deps.payments.apiKey}`,
      'content-type': 'application/json',
      'idempotency-key': reserved.paymentKey ?? '',
    },
    body: JSON.stringify({
      amount: reserved.total,
      currency: reserved.currency,
      source: paymentToken,
      reference: reserved.id,
    }),
  });
  if (charge.status !== 200 && charge.status !== 201) return problem(502, 'PAYMENT_FAILED', 'charge failed');
  const now = new Date();
  const paid: FlatOrder = {
    ...reserved,
    status: 'paid',
    paymentLeaseUntil: null,
    chargeId: String(charge.body.id),
    updatedAt: now,
  };
  const event = eventParams('order.paid', { ...paid, version: reserved.version + 1 }, now, {
    chargeId: String(charge.body.id),
  });
  const updated = await deps.pool.query(SQL.updateOrderWithEvent, [...updateParams(paid), ...event]);
  const saved = updated.rows[0] ? fromRow(updated.rows[0]) : undefined;
  if (!saved) return problem(409, 'CONCURRENCY_CONFLICT', 'order changed meanwhile');
  deps.onEvents();
  return { status: 200, body: JSON.stringify(saved) };
}

interface ChargeCall {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * The charge, sent with `fetch` as the issue that defined this baseline names it, or with
 * `node:http` (`FLAT_PAYMENTS_CLIENT=node:http`), the transport the service's gateway uses since
 * 2026-12-05: run both to tell the layering's cost from the HTTP client's.
 */
async function postCharge(
  deps: FlatDeps,
  call: ChargeCall,
): Promise<{ status: number; body: { id?: unknown } }> {
  const url = new URL('/v1/charges', deps.payments.url);
  if (process.env.FLAT_PAYMENTS_CLIENT !== 'node:http') {
    const response = await fetch(url, {
      method: 'POST',
      headers: call.headers,
      body: call.body,
      signal: AbortSignal.timeout(5_000),
    });
    return { status: response.status, body: (await response.json()) as { id?: unknown } };
  }
  return new Promise((resolve, reject) => {
    const headers = { ...call.headers, 'content-length': Buffer.byteLength(call.body) };
    const request = http.request(
      url,
      { method: 'POST', headers, signal: AbortSignal.timeout(5_000) },
      (answer) => {
        let text = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => {
          text += chunk;
        });
        answer.on('error', reject);
        answer.on('end', () =>
          resolve({ status: answer.statusCode ?? 0, body: JSON.parse(text) as { id?: unknown } }),
        );
      },
    );
    request.on('error', reject);
    request.end(call.body);
  });
}
