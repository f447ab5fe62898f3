import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SETUP = 'CREATE TABLE t (id int PRIMARY KEY, qty int); INSERT INTO t VALUES (1, 3), (2, NULL)';

describe("ALTER TABLE's subcommands, which PostgreSQL runs in passes", () => {
  it('refuses a subcommand on a column the same statement adds, which PostgreSQL takes', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(SETUP);
    for (const sql of [
      'ALTER TABLE t ADD COLUMN c int DEFAULT 1, ALTER COLUMN c SET DEFAULT 9',
      'ALTER TABLE t ALTER COLUMN c SET DEFAULT 9, ADD COLUMN c int',
      'ALTER TABLE t ADD COLUMN c int, ALTER COLUMN c SET NOT NULL',
      'ALTER TABLE t ADD COLUMN c int, ADD COLUMN IF NOT EXISTS c text',
    ])
      await expect(pool.query(sql), sql).rejects.toMatchObject({ code: '0A000' });
    // Nothing of a refused statement stays.
    const { rows } = await pool.query('SELECT * FROM t ORDER BY id');
    expect(rows).toEqual([
      { id: 1, qty: 3 },
      { id: 2, qty: null },
    ]);
  });

  it('refuses a DROP after a SET of the same attribute (PostgreSQL drops first), and runs the order the passes keep', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(SETUP);
    await expect(
      pool.query('ALTER TABLE t ALTER COLUMN qty SET DEFAULT 5, ALTER COLUMN qty DROP DEFAULT'),
    ).rejects.toMatchObject({ code: '0A000' });
    await expect(
      pool.query(
        'ALTER TABLE t ALTER COLUMN id SET NOT NULL, ALTER COLUMN qty SET DEFAULT 2, ALTER COLUMN id DROP NOT NULL',
      ),
    ).rejects.toMatchObject({ code: '0A000' });
    await pool.query('ALTER TABLE t ALTER COLUMN qty DROP DEFAULT, ALTER COLUMN qty SET DEFAULT 5');
    await pool.query('ALTER TABLE t ALTER COLUMN qty SET DEFAULT 7, ALTER COLUMN qty SET DEFAULT 8');
    const { rows } = await pool.query('INSERT INTO t (id) VALUES (3) RETURNING qty');
    expect(rows).toEqual([{ qty: 8 }]);
  });
});
