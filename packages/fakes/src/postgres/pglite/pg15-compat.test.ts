import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = [{ name: 'notes', sql: 'CREATE TABLE notes (id int PRIMARY KEY, format text, source text)' }];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// PGlite is PostgreSQL 18: these are answers PostgreSQL 15 gives and 18 would give otherwise.
describe('PgliteEngine answers as PostgreSQL 15', () => {
  it(
    'fails 16+ syntax with 15 error fields, keeping the session and transaction rules',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await expect(client.query('SELECT 0x1F')).rejects.toMatchObject({ code: '42601', position: '8' });
        await expect(client.query('SELECT * FROM (SELECT 1)')).rejects.toMatchObject({
          code: '42601',
          hint: 'For example, FROM (SELECT ...) [AS] foo.',
          position: '15',
        });
        await expect(client.query('SELECT $1::text IS JSON', ['{}'])).rejects.toMatchObject({
          code: '42601',
        });
        await client.query('BEGIN');
        await expect(client.query('SET transaction_timeout = 0')).rejects.toMatchObject({ code: '42704' });
        await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
        await client.query('ROLLBACK');
        // The statements before the failing one ran, in the same implicit transaction.
        await expect(
          client.query("INSERT INTO notes VALUES (1, 'a', 'b'); SET transaction_timeout = 0"),
        ).rejects.toMatchObject({ code: '42704' });
        expect((await client.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 0 }]);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    'hides functions 16+ added, so a call fails as in 15 and a user function of that name is found',
    async () => {
      const userToBin = {
        name: 'to_bin',
        sql: "CREATE FUNCTION to_bin(int) RETURNS text LANGUAGE sql AS 'SELECT $1::text'",
      };
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [...SCHEMA, userToBin] });
      await expect(pool.query('SELECT any_value(id) FROM notes')).rejects.toMatchObject({
        code: '42883',
        position: '8',
      });
      await expect(pool.query('SELECT random(1, 10)')).rejects.toMatchObject({ code: '42883' });
      await expect(pool.query('SELECT count(*) FROM pg_stat_io')).rejects.toMatchObject({ code: '42P01' });
      expect((await pool.query('SELECT to_bin(5) AS v')).rows).toEqual([{ v: '5' }]);
    },
    PGLITE_START_MS,
  );

  it(
    'reads columns named like 16+ keywords as 15 does, with error positions in the text sent',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await pool.query('INSERT INTO notes (id, format, source) VALUES ($1, $2, $3)', [1, 'f', 's']);
      expect((await pool.query('SELECT format, source FROM notes WHERE source = $1', ['s'])).rows).toEqual([
        { format: 'f', source: 's' },
      ]);
      await expect(pool.query('SELECT format, nope FROM notes')).rejects.toMatchObject({
        code: '42703',
        position: '16',
      });
    },
    PGLITE_START_MS,
  );

  it(
    'answers the same on a worker thread, whose engine is the same PgliteEngine',
    async () => {
      const db = await createFakePostgres({ engine: 'pglite', thread: 'worker', migrations: SCHEMA });
      try {
        await expect(db.pool.query('SELECT 1_000')).rejects.toMatchObject({ code: '42601', position: '8' });
        await expect(db.pool.query('SELECT array_shuffle(ARRAY[1])')).rejects.toMatchObject({
          code: '42883',
        });
      } finally {
        await db.close();
      }
    },
    PGLITE_START_MS,
  );
});
