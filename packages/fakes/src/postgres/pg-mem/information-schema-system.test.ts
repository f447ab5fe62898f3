import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = [
  { name: 'one', sql: 'CREATE TABLE accounts (id serial PRIMARY KEY); CREATE TABLE orders (id int)' },
];

// PostgreSQL 15 lists in information_schema.tables, past pg_catalog and information_schema, only the
// database's own relations, as pg-mem's view does; a filter that lets either system schema through
// is refused, since pg-mem has no rows for them.
describe('pg-mem engine: information_schema filtered by system schema', () => {
  it('answers a filter excluding both system schemas, as ORMs read a schema', async () => {
    const { pool } = await createFakePostgres({ migrations: SCHEMA });
    const count = async (where: string): Promise<number> =>
      (await pool.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE ${where}`)).rows[0].n;
    expect(await count("table_schema NOT IN ('pg_catalog', 'information_schema')")).toBe(2);
    expect(await count("table_schema <> 'information_schema' AND table_schema <> 'pg_catalog'")).toBe(2);
    const params = await pool.query(
      'SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ($1, $2)',
      ['pg_catalog', 'information_schema'],
    );
    expect(params.rows).toEqual([{ n: 2 }]);
  });

  it('refuses a filter that lets a system schema through', async () => {
    const { pool } = await createFakePostgres({ migrations: SCHEMA });
    for (const where of [
      "table_schema <> 'pg_catalog'",
      "table_schema NOT IN ('information_schema')",
      "table_schema = 'pg_catalog'",
      "table_schema <> 'pg_catalog' OR table_schema <> 'information_schema'",
    ]) {
      await expect(
        pool.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE ${where}`),
      ).rejects.toMatchObject({ code: '0A000' });
    }
  });
});
