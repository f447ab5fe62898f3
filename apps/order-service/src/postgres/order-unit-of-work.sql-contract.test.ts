import { any, createPgMock, FakeClock, pgError } from '@seams/fakes';
import { DuplicateError, type EventMessage } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import type { Order } from '../domain/order.js';
import type { OrderUnitOfWork } from '../domain/transaction-scope.js';
import { createOrderUnitOfWork } from './order-unit-of-work.js';

const NOW = '2026-01-01T10:00:00.000Z';
const COLUMNS =
  'id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, ' +
  'payment_key, payment_fingerprint, payment_lease_until, charge_id';
const UPDATE = `UPDATE orders SET customer_id = $3, currency = $4, lines = $5, total_minor = $6, status = $7,
  updated_at = $8, payment_key = $9, payment_fingerprint = $10, payment_lease_until = $11, charge_id = $12,
  version = version + 1 WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`;
const OUTBOX_INSERT = `INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, headers, next_attempt_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;

const at = new Date(NOW);
const paid: Order = {
  id: 'ord-1',
  customerId: 'cus-1',
  currency: 'EUR',
  lines: [{ sku: 'sku-1', quantity: 1, unitPrice: 500 }],
  total: 500,
  status: 'paid',
  version: 1,
  createdAt: at,
  updatedAt: at,
};
const event: EventMessage = {
  id: 'evt-1',
  type: 'order.paid',
  payload: { orderId: 'ord-1' },
  occurredAt: at,
};
const storedRow = {
  id: 'ord-1',
  customer_id: 'cus-1',
  currency: 'EUR',
  lines: [{ sku: 'sku-1', quantity: 1, unitPrice: 500 }],
  total_minor: '500',
  status: 'paid',
  version: '2',
  created_at: at,
  updated_at: at,
  payment_key: null,
  payment_fingerprint: null,
  payment_lease_until: null,
  charge_id: null,
};

function setup() {
  const { pool, mock } = createPgMock();
  return { mock, uow: createOrderUnitOfWork({ pool, clock: new FakeClock(NOW) }) };
}

const payOrder = (uow: OrderUnitOfWork) =>
  uow.run(async ({ orders, outbox }) => {
    await orders.update(paid);
    await outbox.add(event);
  });

describe('the order unit of work SQL contract', () => {
  it('sends the order update and the outbox insert on one client between BEGIN and COMMIT', async () => {
    const { mock, uow } = setup();
    mock.expectBegin();
    mock
      .expectQuery(UPDATE)
      .withArgs(
        'ord-1',
        1,
        'cus-1',
        'EUR',
        '[{"sku":"sku-1","quantity":1,"unitPrice":500}]',
        500,
        'paid',
        NOW,
        null,
        null,
        null,
        null,
      )
      .willReturnRows([storedRow]);
    mock
      .expectExec(OUTBOX_INSERT)
      .withArgs('evt-1', 'order.paid', '{"orderId":"ord-1"}', NOW, null, null, NOW)
      .willReturnRowCount(1);
    mock.expectCommit();
    await payOrder(uow);
    mock.verify();
    expect(new Set(mock.calls.map((call) => call.via))).toEqual(new Set(['client #1']));
  });

  it('outbox insert fails with 23505 mid-transaction: ROLLBACK, release, DuplicateError, no COMMIT', async () => {
    const { mock, uow } = setup();
    const duplicate = pgError(
      '23505',
      'duplicate key value violates unique constraint "outbox_events_pkey"',
      {
        constraint: 'outbox_events_pkey',
      },
    );
    mock.expectBegin();
    mock.expectQuery(UPDATE).willReturnRows([storedRow]);
    mock
      .expectExec(OUTBOX_INSERT)
      .withArgs('evt-1', any(), any(), any(), any(), any(), any())
      .willReturnError(duplicate);
    mock.expectRollback();
    const error = await payOrder(uow).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateError);
    expect((error as DuplicateError).cause).toBe(duplicate);
    mock.verify();
    expect(mock.calls.map((call) => call.sql.split(' ')[0])).toEqual([
      'BEGIN',
      'UPDATE',
      'INSERT',
      'ROLLBACK',
    ]);
  });

  it('a failed ROLLBACK discards the client instead of returning it to the pool', async () => {
    const { pool, mock } = createPgMock();
    const uow = createOrderUnitOfWork({ pool, clock: new FakeClock(NOW) });
    mock.expectBegin();
    mock
      .expectQuery(UPDATE)
      .willReturnError(pgError('57014', 'canceling statement due to statement timeout'));
    mock.expectRollback().willReturnError(pgError('08006', 'connection failure'));
    // A statement timeout is an outage to the caller (503), the driver's error its cause.
    await expect(payOrder(uow)).rejects.toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      cause: { code: '57014' },
    });
    mock.verify();
    expect(pool.clients[0]?.discarded).toBe(true);
  });
});
