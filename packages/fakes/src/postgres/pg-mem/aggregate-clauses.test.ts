import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `CREATE TABLE t (id int PRIMARY KEY, v int);
  INSERT INTO t VALUES (1, 10), (2, -20), (3, NULL);`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'aggregate-clauses', sql: setup }] });
}

describe('aggregate-only clauses on pg-mem', () => {
  it('refuses DISTINCT on a plain function with 42809, as ParseFuncOrColumn does', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT abs(DISTINCT v) AS a FROM t')).rejects.toMatchObject({
      code: '42809',
      message: 'DISTINCT specified, but abs is not an aggregate function',
    });
  });

  it('keeps DISTINCT and ALL on aggregates, and ALL on a plain function', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query('SELECT count(DISTINCT v) AS d, count(ALL v) AS a FROM t');
    expect(rows).toEqual([{ d: '2', a: '2' }]);
    const plain = await pool.query('SELECT abs(ALL v) AS a FROM t WHERE id = 2');
    expect(plain.rows).toEqual([{ a: 20 }]);
  });

  it('refuses a bare parameter as the argument of count(), which takes "any" (42P18 on PostgreSQL)', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT count($1) AS c FROM t', ['x'])).rejects.toMatchObject({ code: '0A000' });
    const typed = await pool.query('SELECT count($1::text) AS c FROM t', ['x']);
    expect(typed.rows).toEqual([{ c: '3' }]);
  });

  it("refuses count(t.*), whose whole row is NULL on an outer join's missing side, where count(*) counts it", async () => {
    const { pool } = await fake();
    const joined = 'FROM t a LEFT JOIN t b ON b.v = a.id';
    // PostgreSQL counts 0 for each a: b.* is NULL on every row; pg-mem counted it as count(*), 3.
    await expect(pool.query(`SELECT count(b.*) AS c ${joined}`)).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('the whole-row reference b.*'),
    });
    await expect(
      pool.query(`SELECT count(b.*) FILTER (WHERE a.id > 1) AS c ${joined}`),
    ).rejects.toMatchObject({
      code: '0A000',
    });
    const { rows } = await pool.query(`SELECT count(*) AS c, count(b.id) AS n ${joined}`);
    expect(rows).toEqual([{ c: '3', n: '0' }]);
  });
});
