import { anyString, connectionRefusedError, createPgMock, pgError } from '@seams/fakes';
import type pg from 'pg';
import { expect, it } from 'vitest';

it('README: createPgMock', async () => {
  // #region pg-mock
  // The code under test, typed against pg itself.
  async function markPaid(pool: pg.Pool, id: string): Promise<void> {
    const found = await pool.query({
      name: 'order-by-id',
      text: 'SELECT id, status FROM orders WHERE id = $1',
      values: [id],
    });
    if (found.rowCount === 0) throw new Error(`no order ${id}`);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('UPDATE orders SET status = $2 WHERE id = $1', [id, 'paid']);
      await client.query('INSERT INTO outbox (id, type) VALUES ($1, $2)', [`evt-${id}`, 'order.paid']);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  const { pool, mock } = createPgMock();
  const byId = mock.expectPrepare('order-by-id', 'SELECT id, status FROM orders WHERE id = $1');
  byId
    .expectQuery()
    .withArgs('o-1')
    .willReturnRows([{ id: 'o-1', status: 'new' }]);
  mock.expectBegin();
  mock
    .expectExec('UPDATE orders SET status = $2 WHERE id = $1')
    .withArgs('o-1', 'paid')
    .willReturnRowCount(1);
  mock
    .expectExec('INSERT INTO outbox (id, type) VALUES ($1, $2)')
    .withArgs(anyString(), 'order.paid')
    .willReturnError(pgError('23505', 'duplicate key value violates unique constraint "outbox_pkey"'));
  mock.expectRollback();
  mock.expectClose();

  await expect(markPaid(pool, 'o-1')).rejects.toMatchObject({ code: '23505' });
  await pool.end();
  mock.verify(); // every expectation met, every client released
  // #endregion
});

it('README: createPgMock connect failures and matchers', async () => {
  // #region pg-mock-connect
  const { pool, mock } = createPgMock({
    inOrder: false,
    matching: (expected, actual) => actual.startsWith(expected),
  });
  mock.expectConnect().willReturnError(connectionRefusedError('127.0.0.1', 5432));
  mock.expectQuery('SELECT id FROM orders').willReturnRows([]);
  await expect(pool.query('SELECT id FROM orders WHERE id = $1', ['o-1'])).rejects.toMatchObject({
    code: 'ECONNREFUSED',
    message: 'connect ECONNREFUSED 127.0.0.1:5432',
  });
  expect((await pool.query('SELECT id FROM orders WHERE id = $1', ['o-1'])).rows).toEqual([]);
  mock.verify();
  // #endregion
});
