import { parse } from 'pgsql-ast-parser';
import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { unreadDerivedColumn } from './unread-columns.js';

const unread = (sql: string) => unreadDerivedColumn(parse(sql));

describe('unreadDerivedColumn', () => {
  it('names a computed column of a derived table or CTE the query never reads', () => {
    expect(unread('SELECT count(*) FROM (SELECT id, 10 / n AS q FROM t) s')).toBe(
      'the column q of the derived table s',
    );
    expect(unread('WITH w AS (SELECT id, 10 / n AS q FROM t) SELECT count(*) FROM w')).toBe(
      'the column q of the CTE w',
    );
    expect(unread('SELECT a.id FROM t a JOIN (SELECT id, n + 1 AS q FROM t) b ON a.id = b.id')).toBe(
      'the column q of the derived table b',
    );
    expect(unread('SELECT (SELECT count(*) FROM (SELECT 10 / n FROM t) s)')).toBe(
      'the unnamed column of the derived table s',
    );
  });

  it('finds none when every computed column is read, by name, star, whole row or USING', () => {
    expect(unread('SELECT count(q) FROM (SELECT id, 10 / n AS q FROM t) s')).toBeUndefined();
    expect(unread('SELECT * FROM (SELECT id, 10 / n AS q FROM t) s')).toBeUndefined();
    expect(unread('SELECT s.* FROM (SELECT id, 10 / n FROM t) s')).toBeUndefined();
    expect(unread('SELECT s FROM (SELECT id, 10 / n AS q FROM t) s')).toBeUndefined();
    expect(
      unread('SELECT a.id FROM t a JOIN (SELECT id, n + 1 AS q FROM t) b USING (id, q)'),
    ).toBeUndefined();
    // Plain columns and constants cannot fail, read or not.
    expect(unread("SELECT count(*) FROM (SELECT id, n, 'x' AS c FROM t) s")).toBeUndefined();
    expect(unread('SELECT 10 / n FROM t')).toBeUndefined();
  });
});

describe('pg-mem engine: errors from columns PostgreSQL never computes', () => {
  async function fake() {
    return createFakePostgres({
      engine: 'pg-mem',
      migrations: [
        {
          name: 'unread',
          sql: 'CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 5), (2, 0);',
        },
      ],
    });
  }

  it('refuses the error of a derived table column the query does not read, which PostgreSQL never raises', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT count(*) FROM (SELECT id, 10 / n AS q FROM t) s')).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('the column q of the derived table s'),
    });
  });

  it('keeps the error of a column the query reads', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT count(q) FROM (SELECT id, 10 / n AS q FROM t) s')).rejects.toMatchObject({
      code: '22012',
    });
    expect(
      (await pool.query('SELECT count(*) AS c FROM (SELECT id, 10 / n AS q FROM t WHERE n > 0) s')).rows,
    ).toEqual([{ c: '1' }]);
  });
});
