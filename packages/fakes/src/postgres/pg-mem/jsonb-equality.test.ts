import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { jsonbEqual } from './pg-mem-functions.js';

const setup =
  "CREATE TABLE d (id int PRIMARY KEY, a jsonb, b jsonb); INSERT INTO d VALUES (1, 'null', '{}'), (2, '0', 'false'), (3, '1', '1.00001'), (4, '[1]', '[1]'), (5, '{\"k\":null}', '{}')";

async function fake() {
  return createFakePostgres({ migrations: [{ name: 'd', sql: setup }] });
}

describe('pg-mem engine jsonb equality', () => {
  it('compares kinds, numbers, arrays and objects as PostgreSQL does', () => {
    const nil = Symbol('null');
    expect(jsonbEqual(nil, {})).toBe(false);
    expect(jsonbEqual(nil, null)).toBe(true);
    expect(jsonbEqual(0, false)).toBe(false);
    expect(jsonbEqual('', nil)).toBe(false);
    expect(jsonbEqual(1, 1.00001)).toBe(false);
    expect(jsonbEqual({ a: 1, b: [1, nil] }, { b: [1, nil], a: 1 })).toBe(true);
    expect(jsonbEqual({ k: nil }, {})).toBe(false);
    expect(jsonbEqual([1, 2], [2, 1])).toBe(false);
  });

  it('uses it for =, <>, IN, = ANY, = ALL, a CASE subject and NULLIF', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      'SELECT id, a = b AS eq, a <> b AS ne, a IN (b) AS isin, a = ANY(ARRAY[b]) AS anyof, a = ALL(ARRAY[b]) AS allof, CASE a WHEN b THEN 1 ELSE 0 END AS c, nullif(a, b) IS NULL AS n FROM d ORDER BY id',
    );
    const same = (eq: boolean) => ({ eq, ne: !eq, isin: eq, anyof: eq, allof: eq, c: eq ? 1 : 0, n: eq });
    expect(rows).toEqual([1, 2, 3, 4, 5].map((id) => ({ id, ...same(id === 4) })));
  });

  it('reads element 0 of a scalar jsonb as the scalar itself', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      `SELECT '"str"'::jsonb -> 0 AS a, '"a\\tb"'::jsonb ->> 0 AS b, '5'::jsonb -> 1 AS c, '[null,1]'::jsonb -> 0 AS d, '{"x":1}'::jsonb -> 0 AS e`,
    );
    expect(rows).toEqual([{ a: 'str', b: 'a\tb', c: null, d: null, e: null }]);
  });

  it("reads a key as an object's own key only, not as a JavaScript property", async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      `SELECT '[1,2]'::jsonb -> '0' AS a, '[1,2]'::jsonb ->> 'length' AS b, '{"a":1}'::jsonb -> 'constructor' AS c, '{"a":{"b":1}}'::jsonb -> 'a' ->> 'b' AS d, '{"0":"y"}'::jsonb ->> '0' AS e`,
    );
    expect(rows).toEqual([{ a: null, b: null, c: null, d: '1', e: 'y' }]);
  });

  it('answers = ALL with three values', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT 1 = ALL(ARRAY[1,1]) AS a, 1 = ALL(ARRAY[1,null]) AS b, 2 = ALL(ARRAY[1,null]) AS c, 1 = ALL('{}'::int[]) AS d",
    );
    expect(rows).toEqual([{ a: true, b: null, c: false, d: true }]);
  });

  it('cuts each element of an explicit varchar(n)[] cast', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query("SELECT '{abc,d}'::varchar(2)[] AS a");
    expect(rows).toEqual([{ a: ['ab', 'd'] }]);
  });
});
