import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = `CREATE TABLE p (id int PRIMARY KEY, code text, qty int);
CREATE UNIQUE INDEX p_code_live ON p (code) WHERE qty > 0;
CREATE TABLE q (id int PRIMARY KEY, code text, qty int);
CREATE INDEX q_code_live ON q (code) WHERE qty > 0;`;

async function fake() {
  const { pool } = await createFakePostgres({
    engine: 'pg-mem',
    migrations: [{ name: 'partial', sql: SCHEMA }],
  });
  await pool.query("INSERT INTO p VALUES (1, 'a', 1), (2, 'b', 0)");
  return pool;
}

describe('pg-mem engine: a partial index covers only the rows its predicate keeps', () => {
  it('lets an untargeted DO NOTHING insert a row outside the predicate', async () => {
    const pool = await fake();
    const outside = await pool.query(
      "INSERT INTO p VALUES (3, 'a', 0), (4, 'a', NULL) ON CONFLICT DO NOTHING",
    );
    expect(outside.rowCount).toBe(2);
    const inside = await pool.query("INSERT INTO p VALUES (5, 'a', 2) ON CONFLICT DO NOTHING");
    expect(inside.rowCount).toBe(0);
  });

  it('still fails a row inside the predicate when the arbiter is another key', async () => {
    const pool = await fake();
    await expect(
      pool.query("INSERT INTO p VALUES (3, 'a', 2) ON CONFLICT (id) DO NOTHING"),
    ).rejects.toMatchObject({
      code: '23505',
      constraint: 'p_code_live',
    });
  });

  it('finds rows outside the predicate by the indexed columns', async () => {
    const pool = await fake();
    await pool.query("INSERT INTO p VALUES (3, 'a', 0)");
    await pool.query("INSERT INTO q VALUES (1, 'a', 1), (2, 'a', 0), (3, 'a', NULL)");
    const p = await pool.query("SELECT id FROM p WHERE code = 'a' ORDER BY id");
    expect(p.rows).toEqual([{ id: 1 }, { id: 3 }]);
    const q = await pool.query("DELETE FROM q WHERE code = 'a' RETURNING id");
    expect(q.rowCount).toBe(3);
  });
});
