import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `
  CREATE TABLE items_sold (brand text, size text, sales int);
  INSERT INTO items_sold VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), ('Bar', 'L', 5);
  CREATE TABLE e (k text, n int);
  CREATE TABLE n (k text, v int);
  INSERT INTO n VALUES ('a', 1), (NULL, 2);`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'sets', sql: setup }] });
}

describe('ROLLUP and CUBE on the pg-mem engine', () => {
  it('groups by each set of ROLLUP, a grouping column outside the set NULL', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query({
      text: 'SELECT brand, size, sum(sales) FROM items_sold GROUP BY ROLLUP (brand, size) ORDER BY 1 NULLS LAST, 2 NULLS LAST',
      rowMode: 'array',
    });
    expect(rows).toEqual([
      ['Bar', 'L', '5'],
      ['Bar', 'M', '15'],
      ['Bar', null, '20'],
      ['Foo', 'L', '10'],
      ['Foo', 'M', '20'],
      ['Foo', null, '30'],
      [null, null, '50'],
    ]);
  });

  it('groups by every subset with CUBE, and by a plain column in every set', async () => {
    const { pool } = await fake();
    const cube = await pool.query('SELECT brand, size, count(*) FROM items_sold GROUP BY CUBE (brand, size)');
    expect(cube.rowCount).toBe(9);
    const mixed = await pool.query(
      'SELECT brand, size, count(*) AS n FROM items_sold GROUP BY brand, ROLLUP (size) ORDER BY 1, 2 NULLS LAST',
    );
    expect(mixed.rows.map((row) => [row.brand, row.size, row.n])).toEqual([
      ['Bar', 'L', '1'],
      ['Bar', 'M', '1'],
      ['Bar', null, '2'],
      ['Foo', 'L', '1'],
      ['Foo', 'M', '1'],
      ['Foo', null, '2'],
    ]);
  });

  it('reads a grouping column as NULL inside expressions, never inside aggregates', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT coalesce(brand, 'all') AS b, max(brand) AS top, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY s",
    );
    expect(rows).toEqual([
      { b: 'Bar', top: 'Bar', s: '20' },
      { b: 'Foo', top: 'Foo', s: '30' },
      { b: 'all', top: 'Foo', s: '50' },
    ]);
  });

  it('gives the empty set its one row over no input, as a grand total', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query('SELECT k, count(*) AS c, sum(n) AS s FROM e GROUP BY ROLLUP (k)');
    expect(rows).toEqual([{ k: null, c: '0', s: null }]);
  });

  it('keeps HAVING, LIMIT and the written column names', async () => {
    const { pool } = await fake();
    const { rows, fields } = await pool.query(
      'SELECT brand AS b, sum(sales) AS total FROM items_sold GROUP BY ROLLUP (brand) HAVING sum(sales) > 20 ORDER BY total DESC LIMIT 1',
    );
    expect(fields.map((field) => field.name)).toEqual(['b', 'total']);
    expect(rows).toEqual([{ b: null, total: '50' }]);
  });

  it('refuses what it cannot order or name as PostgreSQL does', async () => {
    const { pool } = await fake();
    for (const sql of [
      'SELECT k, count(*) FROM n GROUP BY ROLLUP (k) ORDER BY k',
      'SELECT sum(sales) FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand',
      'SELECT DISTINCT brand FROM items_sold GROUP BY ROLLUP (brand, size)',
      'SELECT brand, count(*) FROM items_sold GROUP BY ROLLUP (1)',
    ])
      await expect(pool.query(sql)).rejects.toMatchObject({ code: '0A000' });
    await expect(
      pool.query('SELECT brand, size FROM items_sold GROUP BY ROLLUP (brand)'),
    ).rejects.toMatchObject({
      code: '42803',
    });
  });
});
