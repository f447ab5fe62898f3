import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `CREATE TABLE d (id int PRIMARY KEY, doc jsonb); INSERT INTO d VALUES (1, '{"a": 1, "b": 2}'), (2, '["a", 1, "a", null]'), (3, '"s"')`;

async function query(sql: string, params: unknown[] = []): Promise<unknown> {
  const { pool } = await createFakePostgres({ migrations: [{ name: 'd', sql: setup }] });
  try {
    return (await pool.query(sql, params)).rows;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('pg-mem engine: jsonb - text, - int and - text[]', () => {
  // pg-mem lacks them: it read the untyped key as jsonb and refused ("invalid JSON input").
  it('removes a key, the matching strings of an array, an element by index and several keys', async () => {
    expect(await query(`SELECT doc - 'a' AS v FROM d WHERE id < 3 ORDER BY id`)).toEqual([
      { v: { b: 2 } },
      { v: [1, null] },
    ]);
    expect(await query(`SELECT doc - 0 AS a, doc - -1 AS b, doc - 9 AS c FROM d WHERE id = 2`)).toEqual([
      { a: [1, 'a', null], b: ['a', 1, 'a'], c: ['a', 1, 'a', null] },
    ]);
    expect(await query('SELECT doc - $1::text[] AS v FROM d WHERE id = 1', [['a', 'b']])).toEqual([
      { v: {} },
    ]);
    // An untyped right side is text, so '{a}' is the key "{a}", not the array of keys.
    expect(await query(`SELECT doc - '{a}' AS v FROM d WHERE id = 1`)).toEqual([{ v: { a: 1, b: 2 } }]);
  });

  it("fails as PostgreSQL does on a scalar and on an object's integer index", async () => {
    expect(await query(`SELECT doc - 'a' FROM d WHERE id = 3`)).toBe('22023');
    expect(await query('SELECT doc - 0 FROM d WHERE id = 1')).toBe('22023');
  });
});

describe('pg-mem engine: jsonb #- as jsonb_delete_path reads its path', () => {
  it('returns an empty root before reading the path, and reads array steps over the int4 range', async () => {
    expect(await query(`SELECT '[]'::jsonb #- '{x}' AS a, '{}'::jsonb #- ARRAY[NULL] AS b`)).toEqual([
      { a: [], b: {} },
    ]);
    expect(await query(`SELECT '[1]'::jsonb #- '{-2147483648}' AS v`)).toEqual([{ v: [1] }]);
    expect(await query(`SELECT '[1]'::jsonb #- '{99999999999}' AS v`)).toBe('22P02');
    expect(await query(`SELECT '[1]'::jsonb #- '{-2147483649}' AS v`)).toBe('22P02');
  });
});
