import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = [
  'CREATE TABLE m (v int); INSERT INTO m VALUES (1), (2);',
  "CREATE TABLE t (id bigint, name text); INSERT INTO t VALUES (1, 'a');",
  'CREATE TABLE u (id int PRIMARY KEY, t_id bigint); INSERT INTO u VALUES (1, 1);',
  'CREATE TABLE e (id int, name text);',
].join(' ');

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] })).pool;
}

const REFUSED = { code: '0A000', message: expect.stringContaining("a condition of a subquery's WHERE") };

// PostgreSQL's equivalence classes merge through `a.x = b.y`, and compare a scalar subquery in a
// class with its constant once, before the first row (21000 for several rows).
describe('pg-mem engine: equivalence classes through column equalities', () => {
  it.each([
    'SELECT u.id FROM u JOIN t ON t.id = u.t_id WHERE u.t_id = 2 AND t.id = (SELECT v FROM m)',
    'SELECT u.id FROM u, t WHERE t.id = u.t_id AND u.t_id = 2 AND t.id = (SELECT v FROM m)',
    // The WHERE compares t's column: the left join is an inner one to the planner.
    'SELECT u.id FROM u LEFT JOIN t ON t.id = u.t_id WHERE t.id = 2 AND u.t_id = (SELECT v FROM m)',
  ])('%s fails with 21000', async (sql) => {
    await expect((await pool()).query(sql)).rejects.toMatchObject({ code: '21000' });
  });

  it('leaves a left join the WHERE does not make inner, and a class with one row, as they are', async () => {
    const db = await pool();
    const left = await db.query(
      'SELECT u.id FROM u LEFT JOIN t ON t.id = u.t_id WHERE u.id = 2 AND u.t_id = 1 AND u.t_id = (SELECT v FROM m WHERE v = 1)',
    );
    expect(left.rows).toEqual([]);
    const one = await db.query(
      'SELECT u.id FROM u JOIN t ON t.id = u.t_id WHERE u.t_id = 1 AND t.id = (SELECT v FROM m WHERE v = 1)',
    );
    expect(one.rows).toEqual([{ id: 1 }]);
  });
});

describe("pg-mem engine: a subquery's one-time filters, tested where PostgreSQL's plan reaches it", () => {
  it.each([
    'SELECT (SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)) AS c',
    'WITH c AS (SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)) SELECT * FROM c',
    'SELECT EXISTS (SELECT 1 FROM t WHERE id = 2 AND id = (SELECT v FROM m)) AS x',
    'SELECT (SELECT id FROM e WHERE (SELECT v FROM m) = 2 AND id = 2) AS c',
    // A LIMIT met by the first branch never starts the second.
    'SELECT 1 AS a UNION ALL SELECT id FROM e WHERE (SELECT v FROM m) = 2 LIMIT 1',
  ])('refuses %s', async (sql) => {
    await expect((await pool()).query(sql)).rejects.toMatchObject(REFUSED);
  });

  it('answers a WHERE of such filters alone, a CTE no query reads, and filters that hold', async () => {
    const db = await pool();
    await expect(
      db.query('SELECT (SELECT id FROM e WHERE (SELECT v FROM m) = 2) AS c'),
    ).rejects.toMatchObject({
      code: '21000',
    });
    const unread = await db.query(
      'WITH c AS (SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)) SELECT 1 AS x',
    );
    expect(unread.rows).toEqual([{ x: 1 }]);
    const holds = await db.query(
      'SELECT (SELECT id FROM t WHERE id = 1 AND id = (SELECT v FROM m WHERE v = 1)) AS c',
    );
    expect(holds.rows).toEqual([{ c: '1' }]);
  });
});
