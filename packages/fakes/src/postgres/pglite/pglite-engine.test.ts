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

  it(
    'refuses COPY with 0A000 as a failed statement (the transaction it was in is aborted), not by ending the connection',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await expect(client.query('COPY items FROM STDIN')).rejects.toMatchObject({ code: '0A000' });
        await client.query('BEGIN');
        await expect(client.query('SELECT 1; COPY items TO STDOUT')).rejects.toMatchObject({ code: '0A000' });
        await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
        await client.query('ROLLBACK');
        expect((await client.query('SELECT count(*)::int AS n FROM items')).rows).toEqual([{ n: 0 }]);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    'reset() restores rows after a test left the session read-only, and resets the session',
    async () => {
      const db = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await db.pool.query("INSERT INTO items (id, qty) VALUES ('a', 1)");
      await db.pool.query('SET default_transaction_read_only = on');
      await db.reset();
      expect((await db.pool.query('SELECT count(*)::int AS n FROM items')).rows).toEqual([{ n: 0 }]);
      expect((await db.pool.query('SHOW default_transaction_read_only')).rows).toEqual([
        { default_transaction_read_only: 'off' },
      ]);
    },
    PGLITE_START_MS,
  );
});
