import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `
  CREATE TABLE t (id int PRIMARY KEY, x int, g text);
  INSERT INTO t VALUES (1, 0, 'a'), (2, NULL, 'a'), (3, 5, 'b');
  CREATE TABLE e (v int, s text);`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'exists', sql: setup }] });
}

async function exists(subquery: string): Promise<unknown> {
  const { pool } = await fake();
  const { rows } = await pool.query<{ exists: unknown }>(`SELECT EXISTS (${subquery})`);
  return rows[0]?.exists;
}

describe('EXISTS on the pg-mem engine', () => {
  it('is true for a row whatever its value (pg-mem read the value: NULL, 0 and false were no row)', async () => {
    expect(await exists('SELECT NULL')).toBe(true);
    expect(await exists('SELECT 0 FROM t')).toBe(true);
    expect(await exists('SELECT false FROM t')).toBe(true);
    expect(await exists('SELECT x FROM t WHERE x IS NULL')).toBe(true);
    expect(await exists('SELECT count(*) FROM e')).toBe(true);
    expect(await exists('SELECT 0 UNION ALL SELECT NULL::int')).toBe(true);
  });

  it('reads a subquery of several columns (pg-mem failed it with 42601)', async () => {
    expect(await exists('SELECT * FROM t WHERE id = 1')).toBe(true);
    expect(await exists('SELECT id, x FROM t WHERE id = 9')).toBe(false);
  });

  it('is false for no row: a group over no rows, LIMIT 0, OFFSET past the end, HAVING that holds for none', async () => {
    expect(await exists('SELECT max(v) FROM e GROUP BY s')).toBe(false);
    expect(await exists('SELECT * FROM t LIMIT 0')).toBe(false);
    expect(await exists('SELECT 0 FROM t OFFSET 3')).toBe(false);
    expect(await exists('SELECT g FROM t GROUP BY g HAVING count(*) > 2')).toBe(false);
  });

  it('never computes the select list, DISTINCT or ORDER BY PostgreSQL throws away', async () => {
    expect(await exists('SELECT id / x FROM t')).toBe(true);
    expect(await exists('SELECT DISTINCT id / x FROM t')).toBe(true);
    expect(await exists('SELECT x FROM t ORDER BY id / x LIMIT 1')).toBe(true);
  });

  it('still raises what analysing the subquery as written raises', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT EXISTS (SELECT nosuch FROM t)')).rejects.toMatchObject({ code: '42703' });
    await expect(pool.query('SELECT EXISTS (SELECT x, count(*) FROM t)')).rejects.toMatchObject({
      code: '42803',
    });
  });

  it('counts rows in a data change too', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query('DELETE FROM t WHERE EXISTS (SELECT false FROM e) RETURNING id');
    expect(rows).toEqual([]);
    const kept = await pool.query('DELETE FROM t WHERE NOT EXISTS (SELECT NULL::int) RETURNING id');
    expect(kept.rowCount).toBe(0);
  });
});
