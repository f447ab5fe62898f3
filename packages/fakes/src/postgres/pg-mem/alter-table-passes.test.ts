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
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS c boolean, ALTER COLUMN c SET DEFAULT NULL',
    ])
      await expect(pool.query(sql), sql).rejects.toMatchObject({ code: '0A000' });
    // IF NOT EXISTS of a column the table has adds nothing, so the rest names the column it has.
    await pool.query('ALTER TABLE t ADD COLUMN IF NOT EXISTS qty int, ALTER COLUMN qty SET DEFAULT 4');
    const { rows } = await pool.query('SELECT * FROM t ORDER BY id');
    expect(rows, 'and nothing of the refused statements stays').toEqual([
      { id: 1, qty: 3 },
      { id: 2, qty: null },
    ]);
  });

  it('refuses SET NOT NULL over NULLs beside a unique key whose index build PostgreSQL reports first', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(SETUP);
    await expect(
      pool.query('ALTER TABLE t ALTER COLUMN qty SET NOT NULL, ADD CONSTRAINT u UNIQUE (id)'),
    ).rejects.toMatchObject({ code: '0A000' });
    // Alone, the NULLs are reported as PostgreSQL reports them.
    await expect(pool.query('ALTER TABLE t ALTER COLUMN qty SET NOT NULL')).rejects.toMatchObject({
      code: '23502',
      column: 'qty',
    });
  });

  it('runs the subcommands in the order of the passes: every DROP first, the NULLs found last', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await pool.query(SETUP);
    await pool.query('ALTER TABLE t ALTER COLUMN qty SET DEFAULT 5, ALTER COLUMN qty DROP DEFAULT');
    expect((await pool.query('INSERT INTO t (id) VALUES (3) RETURNING qty')).rows).toEqual([{ qty: 5 }]);
    await pool.query('ALTER TABLE t ALTER COLUMN qty SET DEFAULT 7, ALTER COLUMN qty SET DEFAULT 8');
    expect((await pool.query('INSERT INTO t (id) VALUES (4) RETURNING qty')).rows).toEqual([{ qty: 8 }]);
    await expect(
      pool.query('ALTER TABLE t ADD CONSTRAINT u UNIQUE (qty), DROP CONSTRAINT u'),
    ).rejects.toMatchObject({ code: '42704' });
    await expect(
      pool.query('ALTER TABLE t ALTER COLUMN qty SET NOT NULL, DROP CONSTRAINT nope'),
    ).rejects.toMatchObject({ code: '42704' });
    await expect(
      pool.query('ALTER TABLE t ALTER COLUMN qty SET NOT NULL, ALTER COLUMN nope SET DEFAULT 1'),
    ).rejects.toMatchObject({ code: '42703' });
  });
});
