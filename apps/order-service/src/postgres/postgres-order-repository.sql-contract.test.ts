import { createPgMock, FakeClock, pgError } from '@seams/fakes';
import { ConcurrencyConflictError, DuplicateError, NotFoundError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import type { Order } from '../domain/order.js';
import { PostgresOrderRepository } from './postgres-order-repository.js';

const COLUMNS =
  'id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, ' +
  'payment_key, payment_fingerprint, payment_lease_until, charge_id';
const INSERT = `INSERT INTO orders (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;
const SELECT_BY_ID = `SELECT ${COLUMNS} FROM orders WHERE id = $1`;
const UPDATE = `UPDATE orders SET customer_id = $3, currency = $4, lines = $5, total_minor = $6, status = $7,
  updated_at = $8, payment_key = $9, payment_fingerprint = $10, payment_lease_until = $11, charge_id = $12,
  version = version + 1 WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`;

const created = new Date('2026-01-01T10:00:00.000Z');
const order: Order = {
  id: 'ord-1',
  customerId: 'cus-1',
  currency: 'EUR',
  lines: [{ sku: 'sku-1', quantity: 2, unitPrice: 600 }],
  total: 1200,
  status: 'pending',
  version: 1,
  createdAt: created,
  updatedAt: created,
};
const linesJson = '[{"sku":"sku-1","quantity":2,"unitPrice":600}]';
const paymentArgs = ['order-ord-1-v1', 'f0', null, 'ch_1'];
/** The update of the pending order at version 1, before its payment columns. */
const pendingArgs = ['ord-1', 1, 'cus-1', 'EUR', linesJson, 1200, 'pending', created.toISOString()];
const paymentRow = { payment_key: 'order-ord-1-v1', payment_fingerprint: 'f0', charge_id: 'ch_1' };

/** The row as pg hands it back: int8 as strings, timestamptz as Dates, jsonb parsed. */
function row(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ord-1',
    customer_id: 'cus-1',
    currency: 'EUR',
    lines: [{ sku: 'sku-1', quantity: 2, unitPrice: 600 }],
    total_minor: '1200',
    status: 'pending',
    version: '1',
    created_at: created,
    updated_at: created,
    payment_key: null,
    payment_fingerprint: null,
    payment_lease_until: null,
    charge_id: null,
    ...overrides,
  };
}

function setup() {
  const { pool, mock } = createPgMock();
  return { mock, repository: new PostgresOrderRepository({ pool, clock: new FakeClock(created) }) };
}

describe('PostgresOrderRepository SQL contract', () => {
  it('create: one autocommit INSERT of every column, lines as JSON text, instants as ISO strings', async () => {
    const { mock, repository } = setup();
    const iso = created.toISOString();
    mock
      .expectExec(INSERT)
      .withArgs('ord-1', 'cus-1', 'EUR', linesJson, 1200, 'pending', 1, iso, iso, null, null, null, null)
      .willReturnRowCount(1);
    await expect(repository.insert(order)).resolves.toBeUndefined();
    expect(() => mock.verify()).not.toThrow();
  });

  it('create: a 23505 from the INSERT becomes DuplicateError with the driver error as cause', async () => {
    const { mock, repository } = setup();
    const duplicate = pgError('23505', 'duplicate key value violates unique constraint "orders_pkey"', {
      constraint: 'orders_pkey',
    });
    mock.expectExec(INSERT).willReturnError(duplicate);
    const error = await repository.insert(order).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateError);
    expect((error as DuplicateError).cause).toBe(duplicate);
    mock.verify();
  });

  it('get: one SELECT by id; int8 strings and jsonb come back as the domain order', async () => {
    const { mock, repository } = setup();
    mock
      .expectQuery(SELECT_BY_ID)
      .withArgs('ord-1')
      .willReturnRows([row()], { types: { total_minor: 20 } });
    await expect(repository.get('ord-1')).resolves.toEqual(order);
    mock.verify();
  });

  it('get: no row is NotFoundError', async () => {
    const { mock, repository } = setup();
    mock.expectQuery(SELECT_BY_ID).withArgs('ord-9').willReturnRows([]);
    await expect(repository.get('ord-9')).rejects.toBeInstanceOf(NotFoundError);
    mock.verify();
  });

  it('update: conflict-checked on the version it read, bumps it in SQL, returns the stored row', async () => {
    const { mock, repository } = setup();
    const paidAt = new Date('2026-01-01T11:00:00.000Z');
    const payment = { key: 'order-ord-1-v1', fingerprint: 'f0', chargeId: 'ch_1' };
    mock
      .expectQuery(UPDATE)
      .withArgs('ord-1', 1, 'cus-1', 'EUR', linesJson, 1200, 'paid', paidAt.toISOString(), ...paymentArgs)
      .willReturnRows([row({ status: 'paid', version: '2', updated_at: paidAt, ...paymentRow })]);
    const saved = await repository.update({ ...order, status: 'paid', updatedAt: paidAt, payment });
    expect(saved).toMatchObject({ status: 'paid', version: 2, updatedAt: paidAt, payment });
    mock.verify();
  });

  it('update: a reservation goes as key, fingerprint and lease (ISO); a row with a lease reads back as one', async () => {
    const { mock, repository } = setup();
    const leaseUntil = new Date('2026-01-01T10:01:00.000Z');
    const payment = { key: 'order-ord-1-v1', fingerprint: 'f0', leaseUntil };
    mock
      .expectQuery(UPDATE)
      .withArgs(...pendingArgs, 'order-ord-1-v1', 'f0', leaseUntil.toISOString(), null)
      .willReturnRows([
        row({
          version: '2',
          payment_key: 'order-ord-1-v1',
          payment_fingerprint: 'f0',
          payment_lease_until: leaseUntil,
        }),
      ]);
    await expect(repository.update({ ...order, payment })).resolves.toEqual({
      ...order,
      version: 2,
      payment,
    });
    mock.verify();
  });

  it('listPaymentLeasesExpired: one SELECT of leases at or before the instant, longest expired first', async () => {
    const { mock, repository } = setup();
    const now = new Date('2026-01-01T12:00:00.000Z');
    mock
      .expectQuery(
        `SELECT ${COLUMNS} FROM orders WHERE payment_lease_until <= $1 ORDER BY payment_lease_until, id LIMIT $2`,
      )
      .withArgs(now.toISOString(), 50)
      .willReturnRows([]);
    await expect(repository.listPaymentLeasesExpired(now, 50)).resolves.toEqual([]);
    mock.verify();
  });

  it('update: no row updated but the order exists is a ConcurrencyConflictError', async () => {
    const { mock, repository } = setup();
    mock.expectQuery(UPDATE).withArgs(...pendingArgs, null, null, null, null);
    mock
      .expectQuery('SELECT 1 FROM orders WHERE id = $1')
      .withArgs('ord-1')
      .willReturnRows([{ '?column?': 1 }]);
    await expect(repository.update(order)).rejects.toBeInstanceOf(ConcurrencyConflictError);
    mock.verify();
  });

  it('update: no row updated and none exists is NotFoundError', async () => {
    const { mock, repository } = setup();
    mock.expectQuery(UPDATE).willReturnRows([]);
    mock.expectQuery('SELECT 1 FROM orders WHERE id = $1').withArgs('ord-1').willReturnRows([]);
    await expect(repository.update(order)).rejects.toBeInstanceOf(NotFoundError);
    mock.verify();
  });
});
