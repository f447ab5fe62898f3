import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { any, anyNumber, anyString, argThat } from './arg-matchers.js';
import { createPgMock } from './create-pg-mock.js';
import { pgError } from './pg-error.js';

const SELECT = 'SELECT id, total FROM orders WHERE id = $1';

describe('createPgMock: answers', () => {
  it('returns rows with pg-like fields, rowCount and command, whatever the whitespace', async () => {
    const { pool, mock } = createPgMock();
    const created = new Date('2026-01-01T00:00:00Z');
    mock
      .expectQuery(SELECT)
      .withArgs('o-1')
      .willReturnRows([{ id: 'o-1', total: 1200, at: created }]);
    const result = await pool.query('SELECT id, total\n   FROM orders WHERE id = $1', ['o-1']);
    expect(result.rows).toEqual([{ id: 'o-1', total: 1200, at: created }]);
    expect(result.rowCount).toBe(1);
    expect(result.command).toBe('SELECT');
    expect(result.fields.map((f) => [f.name, f.dataTypeID])).toEqual([
      ['id', 25],
      ['total', 23],
      ['at', 1184],
    ]);
    mock.verify();
  });

  it('accepts pg query config objects and rowMode array', async () => {
    const { pool, mock } = createPgMock();
    mock
      .expectQuery(SELECT)
      .withArgs('o-1')
      .willReturnRows([{ id: 'o-1', total: 5 }]);
    const result = await pool.query({ text: SELECT, values: ['o-1'], name: 'by-id', rowMode: 'array' });
    expect(result.rows).toEqual([['o-1', 5]]);
  });

  it('reports an exec row count and refuses an exec with no answer', async () => {
    const { pool, mock } = createPgMock();
    mock.expectExec('UPDATE orders SET status = $2 WHERE id = $1').willReturnRowCount(3);
    mock.expectExec('DELETE FROM orders');
    await expect(
      pool.query('UPDATE orders SET status = $2 WHERE id = $1', ['o', 'paid']),
    ).resolves.toMatchObject({
      rowCount: 3,
      command: 'UPDATE',
      rows: [],
    });
    await expect(pool.query('DELETE FROM orders')).rejects.toThrow(/has no answer: add \.willReturnRowCount/);
  });

  it('rejects with a real pg DatabaseError carrying the SQLSTATE and constraint', async () => {
    const { pool, mock } = createPgMock();
    const duplicate = pgError('23505', 'duplicate key value', { constraint: 'orders_pkey', table: 'orders' });
    mock.expectExec('INSERT INTO orders VALUES ($1)').willReturnError(duplicate);
    const error = await pool.query('INSERT INTO orders VALUES ($1)', ['o']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(pg.DatabaseError);
    expect(error).toMatchObject({
      code: '23505',
      constraint: 'orders_pkey',
      table: 'orders',
      severity: 'ERROR',
    });
    expect(() => pgError('235', 'short')).toThrow(RangeError);
  });

  it('answers after willDelay', async () => {
    const { pool, mock } = createPgMock();
    mock
      .expectQuery('SELECT 1')
      .willDelay(5)
      .willReturnRows([{ one: 1 }]);
    let settled = false;
    const pending = pool.query('SELECT 1').then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await pending;
    expect(settled).toBe(true);
  });
});

describe('createPgMock: matching', () => {
  it('checks arguments with values, any(), anyString(), anyNumber() and predicates', async () => {
    const { pool, mock } = createPgMock();
    const sql = 'INSERT INTO t VALUES ($1, $2, $3, $4, $5)';
    const later = argThat((v) => v instanceof Date && v.getFullYear() > 2000, 'a recent Date');
    mock
      .expectExec(sql)
      .withArgs(any(), anyString(), anyNumber(), later, { a: [1] })
      .willReturnRowCount(1);
    mock
      .expectExec(sql)
      .withArgs(null, (v: unknown) => v === 'x', 1, 2, 3)
      .willReturnRowCount(1);
    await expect(pool.query(sql, [undefined, 's', 2.5, new Date(), { a: [1] }])).resolves.toMatchObject({
      rowCount: 1,
    });
    await expect(pool.query(sql, [null, 'x', 1, 2, 3])).resolves.toMatchObject({ rowCount: 1 });
    expect(() => mock.assertAllMet()).not.toThrow();
  });

  it('repeats an expectation with times(n), then expects the next one', async () => {
    const { pool, mock } = createPgMock();
    mock
      .expectQuery('SELECT 1')
      .times(2)
      .willReturnRows([{ n: 1 }]);
    mock.expectQuery('SELECT 2').willReturnRows([{ n: 2 }]);
    const answers = [];
    for (const sql of ['SELECT 1', 'SELECT 1', 'SELECT 2']) answers.push((await pool.query(sql)).rows);
    expect(answers).toEqual([[{ n: 1 }], [{ n: 1 }], [{ n: 2 }]]);
    await expect(pool.query('SELECT 1')).rejects.toThrow(/unexpected query/);
  });

  it('in exact mode a whitespace change fails; in regex mode a pattern matches', async () => {
    const exact = createPgMock({ matching: 'exact' });
    exact.mock.expectQuery('SELECT  1');
    await expect(exact.pool.query('SELECT 1')).rejects.toThrow(/unexpected query/);
    const regex = createPgMock({ matching: 'regex' });
    regex.mock.expectQuery('^SELECT .* FROM orders');
    regex.mock.expectQuery(/outbox_events/i);
    await regex.pool.query('SELECT id FROM orders WHERE id = $1', ['o']);
    await regex.pool.query('select * from OUTBOX_EVENTS');
    regex.mock.assertAllMet();
  });

  it('accepts any order when ordered is false', async () => {
    const { pool, mock } = createPgMock({ ordered: false });
    mock.expectQuery('SELECT 1').willReturnRows([{ n: 1 }]);
    mock.expectQuery('SELECT 2').willReturnRows([{ n: 2 }]);
    expect((await pool.query('SELECT 2')).rows).toEqual([{ n: 2 }]);
    expect((await pool.query('SELECT 1')).rows).toEqual([{ n: 1 }]);
    expect(() => mock.assertAllMet()).not.toThrow();
  });
});
