import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { withDistinctFromRead, withHavingGroupsRead } from './parser-rewrites.js';

const setup = `
  CREATE TABLE t (id int PRIMARY KEY, a int, b text, c numeric(8,2), f boolean);
  INSERT INTO t VALUES (1, 1, 'x', 1.50, true), (2, NULL, NULL, NULL, NULL), (3, 4, 'y', 2.25, false), (4, 0, 'z', 10.00, true);
  CREATE TABLE e (id int);`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'comparisons', sql: setup }] });
}

const refused = { code: '0A000' };

describe('IS [NOT] DISTINCT FROM', () => {
  it('compares with NULL as a value, typed as =, for literals, columns and parameters', async () => {
    const { pool } = await fake();
    const { rows, fields } = await pool.query(
      'SELECT id, a IS DISTINCT FROM 1 AS d, a IS NOT DISTINCT FROM NULL AS n, b IS DISTINCT FROM b, c IS NOT DISTINCT FROM 1.5 AS c FROM t ORDER BY id',
    );
    expect(fields.map((f) => f.name)).toEqual(['id', 'd', 'n', '?column?', 'c']);
    expect(rows).toEqual([
      { id: 1, d: false, n: false, '?column?': false, c: true },
      { id: 2, d: true, n: true, '?column?': false, c: false },
      { id: 3, d: true, n: false, '?column?': false, c: false },
      { id: 4, d: true, n: false, '?column?': false, c: false },
    ]);
    const byParameter = await pool.query('SELECT id FROM t WHERE a IS NOT DISTINCT FROM $1 ORDER BY id', [
      null,
    ]);
    expect(byParameter.rows).toEqual([{ id: 2 }]);
    const distinct = await pool.query('SELECT id FROM t WHERE a IS DISTINCT FROM $1 ORDER BY id', [1]);
    expect(distinct.rows).toEqual([{ id: 2 }, { id: 3 }, { id: 4 }]);
    await expect(pool.query("SELECT 1 IS DISTINCT FROM 'x'")).rejects.toMatchObject({ code: '22P02' });
    await expect(pool.query('SELECT a IS DISTINCT FROM b FROM t')).rejects.toMatchObject({ code: '42883' });
  });

  it('groups as PostgreSQL does around =, NOT and IS, and refuses where the parser groups otherwise', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      'SELECT NOT a IS DISTINCT FROM 1 AS x, a = 1 IS DISTINCT FROM true AS y, a IS NULL IS DISTINCT FROM f AS z FROM t WHERE id = 2',
    );
    expect(rows).toEqual([{ x: false, y: true, z: true }]);
    await expect(pool.query('SELECT a IS DISTINCT FROM 1 = true FROM t')).rejects.toMatchObject(refused);
    await expect(pool.query('SELECT a IS DISTINCT FROM 1 IS NULL FROM t')).rejects.toMatchObject(refused);
  });

  it('is read outside literals and quoted names only', () => {
    expect(withDistinctFromRead('SELECT a IS NOT DISTINCT FROM b')).toBe(
      'SELECT a OPERATOR(seams_is_not_distinct.=) b',
    );
    const kept = [
      "SELECT 'a IS DISTINCT FROM b'",
      'SELECT "is distinct from" FROM t',
      'SELECT 1 -- IS DISTINCT FROM',
    ];
    for (const text of kept) expect(withDistinctFromRead(text)).toBe(text);
  });
});

describe('HAVING without GROUP BY', () => {
  it('is one group of all the rows, none when the condition fails, one over no rows', async () => {
    const { pool } = await fake();
    expect((await pool.query('SELECT count(*) AS n FROM t HAVING count(*) > 1')).rows).toEqual([{ n: '4' }]);
    expect((await pool.query('SELECT sum(a) FROM t HAVING sum(a) > 100')).rows).toEqual([]);
    expect((await pool.query('SELECT count(*) AS n FROM e HAVING count(*) = 0')).rows).toEqual([{ n: '0' }]);
    await expect(pool.query('SELECT 1 FROM t HAVING true')).rejects.toMatchObject(refused);
  });

  it('gives only a SELECT without GROUP BY the parser its group', () => {
    expect(withHavingGroupsRead('SELECT count(*) FROM t HAVING count(*) > 1')).toBe(
      'SELECT count(*) FROM t GROUP BY "seams: no groups" HAVING count(*) > 1',
    );
    const grouped = 'SELECT b FROM t GROUP BY b HAVING count(*) > 1';
    expect(withHavingGroupsRead(grouped)).toBe(grouped);
    expect(withHavingGroupsRead(`SELECT (SELECT 1 FROM e HAVING true) FROM t GROUP BY a HAVING a > 0`)).toBe(
      'SELECT (SELECT 1 FROM e GROUP BY "seams: no groups" HAVING true) FROM t GROUP BY a HAVING a > 0',
    );
  });
});

describe('ORDER BY', () => {
  it('sorts a boolean false before true, NULLs last ascending and first descending', async () => {
    const { pool } = await fake();
    const ascending = await pool.query('SELECT id FROM t ORDER BY f, id');
    expect(ascending.rows.map((r) => r.id)).toEqual([3, 1, 4, 2]);
    const descending = await pool.query('SELECT id FROM t ORDER BY f DESC, id');
    expect(descending.rows.map((r) => r.id)).toEqual([2, 1, 4, 3]);
    const expression = await pool.query('SELECT id FROM t ORDER BY a > 0, id DESC');
    expect(expression.rows.map((r) => r.id)).toEqual([4, 3, 1, 2]);
    const grouped = await pool.query('SELECT f, count(*) AS n FROM t GROUP BY f ORDER BY f NULLS FIRST');
    expect(grouped.rows).toEqual([
      { f: null, n: '1' },
      { f: false, n: '1' },
      { f: true, n: '2' },
    ]);
  });

  it('computes a sort key that may raise over a single row, as PostgreSQL computes every key', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT id FROM t WHERE id = 4 ORDER BY 10 / a')).rejects.toMatchObject({
      code: '22012',
    });
    const { rows, fields } = await pool.query('SELECT id FROM t WHERE id = 3 ORDER BY 10 / a');
    expect(rows).toEqual([{ id: 3 }]);
    expect(fields.map((f) => f.name)).toEqual(['id']);
  });

  it('reads a constant past int4 as the non-integer constant it is to the grammar', async () => {
    const { pool } = await fake();
    for (const position of ['-2147483648', '2147483648'])
      await expect(pool.query(`SELECT id FROM t ORDER BY ${position}`)).rejects.toMatchObject({
        code: '42601',
        message: 'non-integer constant in ORDER BY',
      });
    await expect(pool.query('SELECT id FROM t ORDER BY -1')).rejects.toMatchObject({ code: '42P10' });
  });
});

describe('avg and = ANY over a NULL array', () => {
  it('computes avg as numeric_div(sum, count), exact through round() and comparisons', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      'SELECT round(avg(a), 2) AS a, round(avg(c), 3) AS c, avg(a) > 1.66 AS above FROM t',
    );
    expect(rows).toEqual([{ a: '1.67', c: '4.583', above: true }]);
    expect((await pool.query('SELECT round(avg(id), 1) AS r FROM e')).rows).toEqual([{ r: null }]);
    await expect(pool.query('SELECT avg(b) FROM t')).rejects.toMatchObject({
      code: '42883',
      message: 'function avg(text) does not exist',
    });
    // Its scale follows from the values: printed only through round().
    await expect(pool.query('SELECT avg(a) FROM t')).rejects.toMatchObject(refused);
  });

  it('answers NULL for = ANY of a NULL array parameter', async () => {
    const { pool } = await fake();
    expect((await pool.query('SELECT id FROM t WHERE id = ANY($1)', [null])).rows).toEqual([]);
    const { rows } = await pool.query('SELECT (a = ANY($1)) IS NULL AS unknown FROM t WHERE id = 1', [null]);
    expect(rows).toEqual([{ unknown: true }]);
  });
});
