import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

describe('rows a column was added to, read through an index', () => {
  it('show the value ADD COLUMN gave them, by the primary key and by another index', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(
      "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE); INSERT INTO t VALUES (1, 'a'), (3, 'b')",
    );
    await pool.query('CREATE INDEX t_code ON t (code)');
    await pool.query('ALTER TABLE t ADD COLUMN c int DEFAULT 5');
    expect((await pool.query('SELECT * FROM t WHERE id = 3')).rows).toEqual([{ id: 3, code: 'b', c: 5 }]);
    expect((await pool.query("SELECT c FROM t WHERE code = 'a'")).rows).toEqual([{ c: 5 }]);
  });

  it('keep it when an UPDATE finds them by key after the default changed', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(
      "CREATE TABLE t (id int PRIMARY KEY, name text); INSERT INTO t VALUES (1, 'a'), (2, 'b')",
    );
    await pool.query('ALTER TABLE t ADD COLUMN c int');
    await pool.query('ALTER TABLE t ADD COLUMN d int DEFAULT 5');
    await pool.query('ALTER TABLE t ALTER COLUMN c SET DEFAULT 9');
    await pool.query('ALTER TABLE t ALTER COLUMN d SET DEFAULT 7');
    const { rows } = await pool.query("UPDATE t SET name = 'x' WHERE id = 1 RETURNING c, d");
    expect(rows).toEqual([{ c: null, d: 5 }]);
    expect((await pool.query('SELECT id, c, d FROM t ORDER BY id')).rows).toEqual([
      { id: 1, c: null, d: 5 },
      { id: 2, c: null, d: 5 },
    ]);
    // The key still finds every row once, and a unique key still refuses a duplicate.
    await expect(pool.query("INSERT INTO t (id, name) VALUES (2, 'dup')")).rejects.toMatchObject({
      code: '23505',
    });
    expect((await pool.query('SELECT count(*)::int AS n FROM t WHERE id = 2')).rows).toEqual([{ n: 1 }]);
  });
});
