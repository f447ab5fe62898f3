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

describe('unreadDerivedColumn: whose star reads what', () => {
  it('counts a star as reading only the derived tables of its own FROM', () => {
    expect(
      unread('SELECT * FROM (SELECT (SELECT count(*) FROM (SELECT 10 / n AS q FROM t) o) AS c FROM t) s'),
    ).toBe('the column q of the derived table o');
    expect(unread('WITH w AS (SELECT 10 / n AS q FROM t) SELECT * FROM w')).toBeUndefined();
    expect(
      unread('WITH w AS (SELECT 10 / n AS q FROM t) SELECT * FROM t WHERE EXISTS (SELECT 1 FROM w)'),
    ).toBe('the column q of the CTE w');
    expect(
      unread('SELECT b.* FROM t a JOIN (SELECT id, 10 / n AS q FROM t) b ON a.id = b.id'),
    ).toBeUndefined();
    expect(unread('SELECT a.* FROM t a JOIN (SELECT id, 10 / n AS q FROM t) b ON a.id = b.id')).toBe(
      'the column q of the derived table b',
    );
  });
});

describe('unreadDerivedColumn: where a name can read a column', () => {
  it('reads a name only in the selects whose FROM holds the derived table', () => {
    // The outer ORDER BY's c1 and c2 are another query's; o's are never read.
    expect(
      unread(
        'SELECT * FROM (SELECT (SELECT count(*) FROM (SELECT 10 / n AS c1 FROM t) o) AS c1 FROM t) s ORDER BY c1',
      ),
    ).toBe('the column c1 of the derived table o');
    // A correlated reference from inside the holding select still reads it.
    expect(
      unread('SELECT s.id FROM (SELECT id, 10 / n AS q FROM t) s WHERE EXISTS (SELECT 1 WHERE s.q > 1)'),
    ).toBeUndefined();
    expect(unread('SELECT a.q FROM t a JOIN (SELECT id, 10 / n AS q FROM t) b ON a.id = b.id')).toBe(
      'the column q of the derived table b',
    );
  });
});
