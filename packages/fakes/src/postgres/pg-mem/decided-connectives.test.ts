import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA =
  'CREATE TABLE t (id int PRIMARY KEY, a int, b int); INSERT INTO t VALUES (1, 0, 5), (2, 2, -2147483648)';

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] })).pool;
}

// PostgreSQL's planner folds an AND or OR operand by operand: a constant false (for OR, true)
// makes the whole condition that constant, and the operands written before it are dropped unrun.
describe('pg-mem engine: an AND or OR a constant operand decides', () => {
  it.each([
    ['(10 / a = 1) AND false', [false, false]],
    ['(10 / a = 1) OR true', [true, true]],
    ['(10 / a = 1) OR 1 = 1', [true, true]],
    ['(b - 1 > 0) OR true', [true, true]],
    ['(10 / a = 1) AND (a > 0) AND false', [false, false]],
    ['NOT ((10 / a = 1) AND false)', [true, true]],
    ['5 NOT BETWEEN 10 / a AND 1', [true, true]],
  ])('%s never runs the raising operand', async (condition, values) => {
    const { rows } = await (await pool()).query(`SELECT id, ${condition} AS r FROM t ORDER BY id`);
    expect(rows.map((row: { r: unknown }) => row.r)).toEqual(values);
  });

  it('reads every row of a WHERE whose OR a constant true decides', async () => {
    const { rows } = await (await pool()).query('SELECT id FROM t WHERE 10 / a = 1 OR true ORDER BY id');
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('decides by a bound parameter as a custom plan folds it', async () => {
    const { rows } = await (await pool()).query('SELECT id FROM t WHERE 10 / a = 1 OR $1::bool ORDER BY id', [
      true,
    ]);
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('still raises where no constant decides', async () => {
    await expect((await pool()).query('SELECT id, (10 / a = 1) OR false AS r FROM t')).rejects.toMatchObject({
      code: '22012',
    });
  });

  it.each([
    ['NULL::int * (10 / a)', [null, null]],
    ['length(NULL::text) + 10 / a', [null, null]],
    ['upper(NULL::text) || (10 / a)::text', [null, null]],
    ['(10 / a)::text || lower(NULL)', [null, null]],
  ])('%s folds to NULL as a strict operator with a NULL operand does', async (expression, values) => {
    const { rows } = await (await pool()).query(`SELECT id, ${expression} AS r FROM t ORDER BY id`);
    expect(rows.map((row: { r: unknown }) => row.r)).toEqual(values);
  });

  it.each([
    ['nullif(NULL::int, 10 / a)', [null, null]],
    ['nullif(10 / b, NULL::int)', [2, 0]],
  ])('%s folds to its first argument, as NULLIF with a NULL constant does', async (expression, values) => {
    const { rows } = await (await pool()).query(`SELECT id, ${expression} AS r FROM t ORDER BY id`);
    expect(rows.map((row: { r: unknown }) => row.r)).toEqual(values);
  });

  it('still raises in the first argument of a NULLIF folded by a NULL constant', async () => {
    await expect((await pool()).query('SELECT id, nullif(10 / a, NULL) AS r FROM t')).rejects.toMatchObject({
      code: '22012',
    });
  });

  it('still raises beside an array concatenation with a NULL constant: array_append is not strict', async () => {
    await expect(
      (await pool()).query('SELECT id, NULL::int[] || (10 / a) AS r FROM t'),
    ).rejects.toMatchObject({
      code: '22012',
    });
  });

  it('still raises where a constant operand raises as it folds', async () => {
    await expect((await pool()).query('SELECT id, NULL::int * (1 / 0) AS r FROM t')).rejects.toMatchObject({
      code: '22012',
    });
  });
});
