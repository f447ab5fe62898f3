import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { joinedEntries, sortedEntries } from './ordered-aggregates.js';

const setup = `
  CREATE TABLE t (id int PRIMARY KEY, a int, b text, c numeric(8,2), f boolean, u uuid);
  INSERT INTO t VALUES
    (1, 3, 'x', 1.50, true, '22222222-2222-2222-2222-222222222222'),
    (2, NULL, NULL, NULL, NULL, NULL),
    (3, 1, 'Y', 2.25, false, '11111111-1111-1111-1111-111111111111'),
    (4, 1, 'é', 10.00, true, 'aaaaaaaa-1111-1111-1111-111111111111');
  CREATE TABLE e (id int, b text);`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'ordered', sql: setup }] });
}

describe('array_agg and string_agg with ORDER BY', () => {
  it('orders the values by the keys, NULLs last ascending and first descending, NULL values kept', async () => {
    const { pool } = await fake();
    const { rows, fields } = await pool.query(
      'SELECT array_agg(id ORDER BY a, id DESC) AS up, array_agg(id ORDER BY a DESC) AS down, array_agg(a ORDER BY id) AS a, array_agg(b ORDER BY b) AS b, array_agg(c ORDER BY id) AS c, array_agg(f ORDER BY id) AS f FROM t',
    );
    expect(fields.map((f) => f.dataTypeID)).toEqual([1007, 1007, 1007, 1009, 1231, 1000]);
    expect(rows).toEqual([
      {
        up: [4, 3, 1, 2],
        down: [2, 1, 3, 4],
        a: [3, null, 1, 1],
        b: ['Y', 'x', 'é', null],
        c: [1.5, null, 2.25, 10],
        f: [true, null, false, true],
      },
    ]);
  });

  it('joins string_agg with each later row delimiter, skipping NULL values, NULL over no value', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT string_agg(b, ', ' ORDER BY id DESC) AS s, string_agg(b, NULL ORDER BY id) AS n, string_agg(b, ',' ORDER BY id) FILTER (WHERE a > 5) AS none FROM t",
    );
    expect(rows).toEqual([{ s: 'é, Y, x', n: 'xYé', none: null }]);
    const grouped = await pool.query(
      "SELECT a, string_agg(b, '|' ORDER BY b) AS s, array_agg(id ORDER BY u DESC NULLS LAST) AS ids FROM t GROUP BY a ORDER BY a",
    );
    expect(grouped.rows).toEqual([
      { a: 1, s: 'Y|é', ids: [4, 3] },
      { a: 3, s: 'x', ids: [1] },
      { a: null, s: null, ids: [2] },
    ]);
    const empty = await pool.query(
      "SELECT array_agg(id ORDER BY id) AS a, string_agg(b, ',' ORDER BY b) AS s FROM e",
    );
    expect(empty.rows).toEqual([{ a: null, s: null }]);
  });

  it('stays refused without ORDER BY (the input order is the plan) and over what it cannot read back', async () => {
    const { pool } = await fake();
    for (const sql of [
      'SELECT array_agg(id) FROM t',
      "SELECT string_agg(b, ',') FROM t",
      "SELECT string_agg(DISTINCT b, ',' ORDER BY b) FROM t",
    ])
      await expect(pool.query(sql)).rejects.toMatchObject({ code: '0A000' });
  });

  it('sorts entries stably and compares each kind as PostgreSQL does', () => {
    const spec = JSON.stringify([{ kind: 'number', descending: false, nullsFirst: false }]);
    const entries = [
      JSON.stringify(['a', null, '10']),
      null,
      JSON.stringify(['b', null, '9']),
      JSON.stringify(['c', null, null]),
    ];
    expect(sortedEntries(entries, spec)?.map((entry) => entry[0])).toEqual(['b', 'a', 'c']);
    expect(sortedEntries([], spec)).toBeNull();
    expect(
      joinedEntries([
        ['x', ','],
        [null, ';'],
        ['y', '-'],
      ]),
    ).toBe('x-y');
  });
});
