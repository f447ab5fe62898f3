import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `CREATE TABLE t (id int, g text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'rows', sql: setup }] });
}

describe('set-returning functions in FROM on the pg-mem engine', () => {
  it('runs generate_series over integers: steps, an empty range, NULL, the type of its arguments', async () => {
    const { pool } = await fake();
    const values = async (sql: string) =>
      (await pool.query({ text: sql, rowMode: 'array' })).rows.map((row: unknown[]) => row[0]);
    expect(await values('SELECT * FROM generate_series(2, 4)')).toEqual([2, 3, 4]);
    expect(await values('SELECT * FROM generate_series(5, 1, -2)')).toEqual([5, 3, 1]);
    expect(await values('SELECT * FROM generate_series(4, 3)')).toEqual([]);
    expect(await values('SELECT * FROM generate_series(1, NULL::int)')).toEqual([]);
    expect(await values('SELECT * FROM generate_series(1::bigint, 2)')).toEqual(['1', '2']);
    await expect(pool.query('SELECT * FROM generate_series(1, 3, 0)')).rejects.toMatchObject({
      code: '22023',
      message: 'step size cannot equal zero',
    });
  });

  it('names its column after the function, or its alias, and adds ordinality', async () => {
    const { pool } = await fake();
    const names = async (sql: string) => (await pool.query(sql)).fields.map((field) => field.name);
    expect(await names('SELECT * FROM generate_series(1, 2)')).toEqual(['generate_series']);
    expect(await names('SELECT * FROM generate_series(1, 2) AS g')).toEqual(['g']);
    expect(await names('SELECT * FROM generate_series(1, 2) AS g(n)')).toEqual(['n']);
    const numbered = await pool.query('SELECT * FROM generate_series(10, 11) WITH ORDINALITY AS g');
    expect(numbered.fields.map((field) => [field.name, field.dataTypeID])).toEqual([
      ['g', 23],
      ['ordinality', 20],
    ]);
    expect(numbered.rows).toEqual([
      { g: 10, ordinality: '1' },
      { g: 11, ordinality: '2' },
    ]);
    await expect(pool.query('SELECT * FROM generate_series(1, 2) AS s(a, b)')).rejects.toMatchObject({
      code: '42P10',
    });
  });

  it('unnests a constant array or a parameter, NULL elements kept, and joins it', async () => {
    const { pool } = await fake();
    const nulls = await pool.query('SELECT * FROM unnest(ARRAY[1, NULL, 3])');
    expect(nulls.rows).toEqual([{ unnest: 1 }, { unnest: null }, { unnest: 3 }]);
    const joined = await pool.query(
      'SELECT t.g FROM t JOIN unnest($1::int[]) AS u(v) ON u.v = t.id ORDER BY 1',
      [[3, 1]],
    );
    expect(joined.rows).toEqual([{ g: 'a' }, { g: 'c' }]);
    expect((await pool.query("SELECT count(*) FROM unnest('{}'::int[])")).rows).toEqual([{ count: '0' }]);
  });

  it('refuses what it cannot know before the statement runs', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT t.id, n FROM t, generate_series(1, t.id) n')).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(
      pool.query("SELECT * FROM generate_series('2024-01-01'::timestamp, '2024-01-02', '1 hour')"),
    ).rejects.toMatchObject({ code: '0A000' });
  });
});

describe('a set-returning function in the select list on the pg-mem engine', () => {
  it('gives each row once per value, named after the function', async () => {
    const { pool } = await fake();
    const alone = await pool.query('SELECT generate_series(1, 3)');
    expect(alone.rows).toEqual([{ generate_series: 1 }, { generate_series: 2 }, { generate_series: 3 }]);
    const perRow = await pool.query({
      text: 'SELECT id, unnest(ARRAY[10, 20]) AS v FROM t WHERE id < 3 ORDER BY id, v',
      rowMode: 'array',
    });
    expect(perRow.rows).toEqual([
      [1, 10],
      [1, 20],
      [2, 10],
      [2, 20],
    ]);
  });

  it('refuses one run after grouping, two in one list, or one reading a column', async () => {
    const { pool } = await fake();
    for (const sql of [
      'SELECT count(*), generate_series(1, 2) FROM t',
      'SELECT generate_series(1, 3), generate_series(1, 2)',
      'SELECT id, generate_series(1, id) FROM t',
    ])
      await expect(pool.query(sql)).rejects.toMatchObject({ code: '0A000' });
  });
});

describe('a bare constant in GROUP BY or ORDER BY', () => {
  it('is a position: one that is no integer raises 42601, -(1) is position -1', async () => {
    const { pool } = await fake();
    for (const sql of [
      "SELECT count(*) FROM t GROUP BY 'a'",
      'SELECT id FROM t ORDER BY NULL',
      'SELECT id FROM t ORDER BY 1.5',
      "SELECT id FROM t UNION SELECT 4 ORDER BY 'a'",
    ])
      await expect(pool.query(sql)).rejects.toMatchObject({ code: '42601' });
    await expect(pool.query('SELECT id FROM t ORDER BY -(1)')).rejects.toMatchObject({
      code: '42P10',
      message: 'ORDER BY position -1 is not in select list',
    });
    expect((await pool.query('SELECT id FROM t ORDER BY NULL::int, id')).rows).toEqual([
      { id: 1 },
      { id: 2 },
      { id: 3 },
    ]);
  });
});
