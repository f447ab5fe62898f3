import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = 'CREATE TABLE t (id int PRIMARY KEY, a int, b int); INSERT INTO t VALUES (1, 0, 5), (2, 2, 2)';

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] })).pool;
}

// PostgreSQL evaluates an ARRAY[...] whole before = ANY or <> ALL compares: an element that
// raises raises on every row, where the engine's IN list would stop at the first match.
describe('pg-mem engine: = ANY and <> ALL over an ARRAY[...] with an element that can raise', () => {
  it.each([
    'SELECT id, a = ANY (ARRAY[0, 2, 10 / a]) AS r FROM t',
    'SELECT id, a <> ALL (ARRAY[3, 10 / a]) AS r FROM t',
  ])('%s is refused', async (sql) => {
    await expect((await pool()).query(sql)).rejects.toMatchObject({ code: '0A000' });
  });

  it('still answers over elements that cannot raise', async () => {
    const { rows } = await (await pool()).query('SELECT id, a = ANY (ARRAY[0, b]) AS r FROM t ORDER BY id');
    expect(rows).toEqual([
      { id: 1, r: true },
      { id: 2, r: true },
    ]);
  });
});
