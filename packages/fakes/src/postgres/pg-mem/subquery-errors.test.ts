import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = `
  CREATE TABLE e (a int);
  CREATE TABLE t (a int);
  INSERT INTO t VALUES (1), (2), (3);
`;

describe("pg-mem engine: a scalar subquery's own error (subquery-errors)", () => {
  it('raises nothing where the planner folds the subquery away before planning it', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const [text, rows] of [
      ['SELECT COALESCE(2, (SELECT 1/0)) AS v', [{ v: 2 }]],
      ['SELECT CASE WHEN false THEN (SELECT 1/0) END AS v', [{ v: null }]],
      ['SELECT CASE WHEN true THEN 1 ELSE (SELECT 1/0) END AS v', [{ v: 1 }]],
      ['SELECT (SELECT 1/0) = 1 AND false AS v', [{ v: false }]],
      ['SELECT (SELECT 1/0) = 1 OR 1 = 1 AS v', [{ v: true }]],
      ['SELECT 1 AS v WHERE (SELECT 1/0) = 1 AND 1 = 2', []],
      ['SELECT 1 AS v WHERE (SELECT 1 / x FROM (VALUES (0)) v(x)) = 1 AND 1 = 2', []],
    ] as const) {
      expect((await pool.query(text)).rows, text).toEqual(rows);
    }
  });

  it('computes a select list that can raise only for the groups HAVING keeps (select-analyzer withoutHaving)', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      'SELECT count(*), (SELECT x FROM (VALUES (1), (2)) v(x)) AS v FROM e HAVING count(*) > 0',
      'SELECT a, 1 / (a - 1) AS v FROM t GROUP BY a HAVING count(*) > 5',
      'SELECT 1 / (min(a) - 1) AS v FROM t HAVING count(*) > 5',
    ]) {
      expect((await pool.query(text)).rows, text).toEqual([]);
    }
    await expect(pool.query('SELECT 1 / (min(a) - 1) AS v FROM t HAVING count(*) > 0')).rejects.toMatchObject(
      {
        code: '22012',
      },
    );
    expect((await pool.query('SELECT a, 6 / a AS v FROM t GROUP BY a HAVING a > 1 ORDER BY v')).rows).toEqual(
      [
        { a: 3, v: 2 },
        { a: 2, v: 3 },
      ],
    );
  });

  it('raises a run-time error of the rows it reads only where its value is read (an InitPlan runs when first read)', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    const failing = '(SELECT 1 / (a - 1) FROM t WHERE a = 1)';
    for (const [text, rows] of [
      [`SELECT ${failing} AS v FROM e`, 0],
      [`SELECT ${failing} AS v LIMIT 0`, 0],
      [`SELECT a, CASE WHEN a < 0 THEN ${failing} END AS v FROM t`, 3],
      ['SELECT (SELECT a / 0 FROM t LIMIT 1) AS v FROM e', 0],
    ] as const) {
      expect((await pool.query(text)).rowCount, text).toBe(rows);
    }
    await expect(pool.query(`SELECT ${failing} AS v`)).rejects.toMatchObject({ code: '22012' });
    await expect(pool.query(`SELECT a, ${failing} AS v FROM t`)).rejects.toMatchObject({ code: '22012' });
    // A constant part raises as the planner folds it, read or not.
    await expect(pool.query('SELECT (SELECT 1/0 FROM t LIMIT 1) AS v FROM e')).rejects.toMatchObject({
      code: '22012',
    });
  });

  it('raises it where the subquery survives folding, whether or not a row reads it (PostgreSQL folds its constants as it plans it)', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      'SELECT (SELECT 1/0) AS v',
      'SELECT COALESCE(NULL, (SELECT 1/0)) AS v',
      'SELECT (SELECT 1/0) AS v FROM e',
      'SELECT a, CASE WHEN a < 0 THEN (SELECT 1/0) END AS v FROM t',
      'SELECT 1 AS v WHERE (SELECT 1/0) = 1 AND (SELECT 1) = 2',
      'UPDATE t SET a = (SELECT 1/0) WHERE a > 10',
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({
        code: '22012',
        message: 'division by zero',
      });
    }
  });
});
