import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function poolWith(sql: string) {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql }] });
  return fake.pool;
}

const A =
  "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[]); INSERT INTO a VALUES (1, '{1,2,2}', '{a,b}'), (2, NULL, '{b,NULL}')";

describe('array functions and || as PostgreSQL 15 runs them', () => {
  it('appends to a NULL array as to an empty one, and removes every equal element (NULLs too)', async () => {
    const pool = await poolWith(A);
    const { rows } = await pool.query(
      'SELECT id, array_append(xs, 3) AS appended, array_remove(xs, 2) AS removed, array_remove(tags, NULL) AS tags FROM a ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 1, appended: [1, 2, 2, 3], removed: [1], tags: ['a', 'b'] },
      { id: 2, appended: [3], removed: null, tags: ['b'] },
    ]);
  });

  it('reads || as append, prepend or cat by its operands, and an untyped NULL as an array', async () => {
    const pool = await poolWith(A);
    const { rows } = await pool.query(
      "SELECT xs || 4 AS a, 0 || xs AS p, xs || '{7}' AS c, xs || NULL AS n, xs || NULL::int AS e FROM a WHERE id = 1",
    );
    expect(rows[0]).toEqual({
      a: [1, 2, 2, 4],
      p: [0, 1, 2, 2],
      c: [1, 2, 2, 7],
      n: [1, 2, 2],
      e: [1, 2, 2, null],
    });
  });

  it('refuses element types it would have to convert (anycompatible promotion)', async () => {
    const pool = await poolWith(A);
    await expect(pool.query('SELECT xs || 1.5 FROM a')).rejects.toMatchObject({ code: '0A000' });
    await expect(pool.query('SELECT array_cat(xs, ARRAY[1::bigint]) FROM a')).rejects.toMatchObject({
      code: '0A000',
    });
  });

  it('refuses assigning an array whose elements PostgreSQL would convert (numeric[] into int[])', async () => {
    const pool = await poolWith(A);
    await expect(pool.query('INSERT INTO a (id, xs) VALUES (3, ARRAY[1.7])')).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(pool.query('INSERT INTO a (id, xs) VALUES (3, ARRAY[true])')).rejects.toMatchObject({
      code: '42804',
    });
  });

  it('refuses assigning an array to a text column (PostgreSQL prints it there), and fails it into an int column', async () => {
    const pool = await poolWith('CREATE TABLE s (t text, i int, xs int[])');
    await expect(pool.query('INSERT INTO s (t) VALUES (ARRAY[1, 2])')).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(pool.query('INSERT INTO s (i) VALUES (ARRAY[1, 2])')).rejects.toMatchObject({
      code: '42804',
    });
    await expect(pool.query('INSERT INTO s (xs) VALUES (1)')).rejects.toMatchObject({ code: '42804' });
  });
});
