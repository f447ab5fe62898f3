import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = [{ name: 'items', sql: 'CREATE TABLE items (id text PRIMARY KEY, qty integer NOT NULL)' }];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('PgliteEngine', () => {
  it(
    'parses a repeated statement once, and again after a schema change, as PostgreSQL re-plans',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await client.query('CREATE TEMP TABLE notes (id text)');
        await client.query('INSERT INTO notes (id) VALUES ($1)', ['a']);
        const select = () => client.query('SELECT * FROM notes WHERE id = $1', ['a']);
        expect((await select()).rows).toEqual([{ id: 'a' }]);
        expect((await select()).rows).toEqual([{ id: 'a' }]);
        await client.query('ALTER TABLE notes ADD COLUMN qty integer');
        expect((await select()).rows).toEqual([{ id: 'a', qty: null }]);
        const named = await client.query(
          "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'seams_%'",
        );
        expect(named.rows[0]?.n).toBeGreaterThan(0);
      } finally {
        await client.query('DROP TABLE IF EXISTS notes');
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
