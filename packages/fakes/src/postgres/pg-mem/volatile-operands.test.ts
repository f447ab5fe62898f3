import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

describe('pg-mem engine: an operand computed once', () => {
  it('refuses IN, = ANY, = ALL, AND, OR and a simple CASE that would compute nextval() or gen_random_uuid() twice', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: 'CREATE SEQUENCE s' }] });
    for (const text of [
      "SELECT nextval('s') IN (1, 2) AS v",
      "SELECT nextval('s') NOT IN (1, 2) AS v",
      "SELECT nextval('s') = ANY(ARRAY[1, 2]) AS v",
      "SELECT substr(gen_random_uuid()::text, 20, 1) IN ('8', '9', 'a', 'b') AS v",
      'SELECT gen_random_uuid() = ALL(ARRAY[gen_random_uuid(), gen_random_uuid()]) AS v',
      "SELECT CASE nextval('s') WHEN 1 THEN 'a' WHEN 2 THEN 'b' END AS v",
      "SELECT nullif(gen_random_uuid(), 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') AS v",
      // AND and OR read an operand again to tell false from NULL.
      "SELECT (nextval('s') = 1) AND true AS v",
      "SELECT 1 BETWEEN nextval('s') AND 10 AS v",
      "SELECT 1 IN (nextval('s'), 2) AS v",
      "SELECT (nextval('s'), 1) < (5, 2) AS v",
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '0A000' });
    }
    // Nothing refused took a value; a single comparison reads its operand once.
    expect(
      (await pool.query("SELECT nextval('s') IN (1) AS a, nextval('s') IN (NULL, 2) AS b")).rows,
    ).toEqual([{ a: true, b: true }]);
    expect((await pool.query("SELECT CASE nextval('s') WHEN 3 THEN 'c' END AS v")).rows).toEqual([
      { v: 'c' },
    ]);
    expect(
      (await pool.query("SELECT 4 = ALL(ARRAY[nextval('s')]) AS v, true OR 1 / 0 = 1 AS w")).rows,
    ).toEqual([{ v: true, w: true }]);
    expect((await pool.query("SELECT nextval('s')::int AS n")).rows).toEqual([{ n: 5 }]);
  });

  it('refuses a WITH query calling nextval() read twice, which PostgreSQL computes once, and keeps one read once', async () => {
    const { pool } = await createFakePostgres({
      migrations: [
        { name: 's', sql: 'CREATE SEQUENCE s; CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);' },
      ],
    });
    // PostgreSQL: 3 distinct values over both reads; pg-mem ran the CTE per reference (6).
    const twice =
      "WITH x AS (SELECT a, nextval('s') AS n FROM t) SELECT count(DISTINCT n) AS c FROM (SELECT n FROM x UNION ALL SELECT n FROM x) u";
    await expect(pool.query(twice)).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('a WITH query calling nextval()'),
    });
    const once = await pool.query(
      "WITH x AS (SELECT a, nextval('s') AS n FROM t) SELECT count(DISTINCT n) AS c FROM x",
    );
    expect(once.rows).toEqual([{ c: '3' }]);
  });
});
