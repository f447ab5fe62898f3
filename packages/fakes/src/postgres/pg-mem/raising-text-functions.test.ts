import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA =
  "CREATE TABLE t (id int PRIMARY KEY, x text, n int, k int); INSERT INTO t VALUES (1, 'abc', -1, 0), (2, NULL, 2, 1)";

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] })).pool;
}

// substr with a negative length (22011) and split_part at field 0 (22023) raise: PostgreSQL never
// evaluates them where a COALESCE has stopped before them or an AND or OR has decided already.
describe('pg-mem engine: text functions that raise, where PostgreSQL does not reach them', () => {
  it.each([
    ['SELECT id, coalesce(x, substr(x, 1, n)) AS r FROM t ORDER BY id', ['abc', null]],
    ["SELECT id, coalesce(x, split_part('a,b', ',', k)) AS r FROM t ORDER BY id", ['abc', 'a']],
  ])('%s reads the later COALESCE argument only where the earlier is NULL', async (sql, values) => {
    const { rows } = await (await pool()).query(sql);
    expect(rows.map((row: { r: unknown }) => row.r)).toEqual(values);
  });

  it.each([
    "SELECT id FROM t WHERE n >= 0 AND substr(coalesce(x, 'zz'), 1, n) = 'zz' ORDER BY id",
    "SELECT id FROM t WHERE k <> 0 AND split_part('a,b', ',', k) = 'a' ORDER BY id",
    "SELECT id FROM t WHERE k = 0 OR split_part('a,b', ',', k) = 'a' ORDER BY id",
  ])('%s tests the cheaper condition first and stops', async (sql) => {
    await expect((await pool()).query(sql)).resolves.toBeDefined();
  });

  it('drops what follows a constant false in a WHERE, unfolded', async () => {
    const { rows } = await (await pool()).query(
      "SELECT id FROM t WHERE false AND substr('abc', 1, -1) = 'a'",
    );
    expect(rows).toEqual([]);
  });

  it('stops a COALESCE at an immutable call that folds to a value, as the planner does', async () => {
    const db = await pool();
    const { rows } = await db.query(
      "SELECT coalesce(repeat('a', 1), substr('abc', 1, -1)) AS a, coalesce(upper('a'), split_part('a,b', ',', 0)) AS b",
    );
    expect(rows).toEqual([{ a: 'a', b: 'A' }]);
  });

  it('still raises where the planner folds the raising call, after a column', async () => {
    await expect(
      (await pool()).query("SELECT coalesce(x, substr('abc', 1, -1)) AS r FROM t"),
    ).rejects.toMatchObject({ code: '22011' });
    await expect(
      (await pool()).query("SELECT coalesce(NULL::text, split_part('abc', 'b', 0)) AS r"),
    ).rejects.toMatchObject({ code: '22023' });
  });

  it('folds GREATEST and LEAST of constants, as the planner folds them, before a raising argument', async () => {
    const db = await pool();
    const { rows } = await db.query(
      "SELECT coalesce(greatest('a', 'b'), substring('abc', 1, -1)) AS a, CASE WHEN least('a', 'b') = 'a' THEN 'ok' ELSE substring('abc', 1, -1) END AS b",
    );
    expect(rows).toEqual([{ a: 'b', b: 'ok' }]);
  });
});
