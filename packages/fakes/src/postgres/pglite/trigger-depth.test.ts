import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

describe('pg_trigger_depth after a stack overflow', () => {
  it(
    'is 0 outside triggers and 1 in the first trigger once a trigger chain has overflowed',
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [
          {
            name: 'chain',
            sql: `CREATE TABLE chain (n int);
              CREATE FUNCTION chain_next() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.n > 0 THEN INSERT INTO chain VALUES (NEW.n - 1); END IF; RETURN NULL; END $$;
              CREATE TRIGGER chain_after AFTER INSERT ON chain FOR EACH ROW EXECUTE FUNCTION chain_next();
              CREATE TABLE seen (d int);
              CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO seen VALUES (pg_trigger_depth()); RETURN NULL; END $$;
              CREATE TABLE other (id int);
              CREATE TRIGGER note_after AFTER INSERT ON other FOR EACH ROW EXECUTE FUNCTION note();`,
          },
        ],
      });
      const client = await pool.connect();
      try {
        await expect(client.query('INSERT INTO chain VALUES (100000)')).rejects.toMatchObject({
          code: '0A000',
        });
        expect((await client.query('SELECT pg_trigger_depth() AS d')).rows).toEqual([{ d: 0 }]);
        await client.query('INSERT INTO other VALUES (1)');
        expect((await client.query('SELECT d FROM seen')).rows).toEqual([{ d: 1 }]);
      } finally {
        client.release();
        await pool.end();
      }
    },
    PGLITE_START_MS * 3,
  );
});
