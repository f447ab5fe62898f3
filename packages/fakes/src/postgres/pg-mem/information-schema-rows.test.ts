import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fake() {
  return createFakePostgres({
    engine: 'pg-mem',
    migrations: [{ name: 'users', sql: 'CREATE TABLE users (id int PRIMARY KEY, email text)' }],
  });
}

describe('pg-mem engine: information_schema lists only the database own tables', () => {
  it.each([
    [
      "SELECT TRUE AS t FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'email'",
      1,
    ],
    ["SELECT 1 AS one FROM information_schema.tables WHERE table_schema = 'public'", 1],
    ['SELECT 1 AS one FROM information_schema.tables WHERE table_schema = current_schema()', 1],
    ["SELECT 1 AS one FROM information_schema.columns WHERE table_name IN ('users', 'nope')", 2],
    ["SELECT 1 FROM information_schema.tables t WHERE t.table_name = 'nope'", 0],
  ])('answers a query kept to them: %s', async (text, rows) => {
    const { pool } = await fake();
    expect((await pool.query(text)).rowCount).toBe(rows);
  });

  it('lists a table once when found by its name, not once per column (pg-mem 3.0.14 did)', async () => {
    const { pool } = await fake();
    const text = "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'users'";
    expect((await pool.query(text)).rows).toEqual([{ n: 1 }]);
    const columns = "SELECT 1 AS one FROM information_schema.columns WHERE table_name = 'users'";
    expect((await pool.query(columns)).rowCount).toBe(2);
  });

  it('answers a table name given as a parameter', async () => {
    const { pool } = await fake();
    const text = 'SELECT 1 AS one FROM information_schema.tables WHERE table_name = $1';
    expect((await pool.query(text, ['users'])).rowCount).toBe(1);
    await expect(pool.query(text, ['pg_class'])).rejects.toMatchObject({ code: '0A000' });
  });

  // PostgreSQL lists its catalogs there too (TypeORM's startup probes pg_class's columns): pg-mem
  // has no rows for them.
  it.each([
    "SELECT TRUE AS t FROM information_schema.columns WHERE table_name = 'pg_class' AND column_name = 'relispartition'",
    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'information_schema'",
    "SELECT 1 AS one FROM information_schema.tables WHERE table_name = 'tables'",
    'SELECT count(*) FROM information_schema.tables',
    "SELECT count(*) FROM information_schema.columns WHERE table_name LIKE 'us%'",
    "SELECT 1 FROM information_schema.tables WHERE table_name = 'users' OR table_schema = 'pg_catalog'",
  ])('refuses one that reaches the catalogs: %s', async (text) => {
    const { pool } = await fake();
    await expect(pool.query(text)).rejects.toMatchObject({ code: '0A000' });
  });
});
