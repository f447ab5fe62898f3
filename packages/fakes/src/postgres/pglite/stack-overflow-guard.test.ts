import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { PgliteWorkerEngine } from './pglite-worker-engine.js';
import { withoutStackFrames } from './stack-overflow-guard.js';

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

const RECURSION = [
  {
    name: 'recursion',
    sql: `CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$
        BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN 1 + r(n - 1); END $$;
      CREATE FUNCTION guarded_r(n int) RETURNS int LANGUAGE plpgsql AS $$
        BEGIN IF n <= 0 THEN RETURN 0; END IF;
          BEGIN RETURN 1 + guarded_r(n - 1); EXCEPTION WHEN division_by_zero THEN RETURN -1; END;
        END $$;
      CREATE TABLE chain (n int);
      CREATE FUNCTION chain_next() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.n > 0 THEN INSERT INTO chain VALUES (NEW.n - 1); END IF; RETURN NULL; END $$;
      CREATE TRIGGER chain_after AFTER INSERT ON chain FOR EACH ROW EXECUTE FUNCTION chain_next();
      CREATE TABLE kept (id int)`,
  },
];

const refused = { code: '0A000', message: expect.stringContaining('PGlite') };

describe('PGlite stack overflow guard', () => {
  it(
    'refuses a recursion past the JavaScript stack, and the next statements answer',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: RECURSION });
      const client = await pool.connect();
      try {
        await expect(client.query('SELECT r(100000)')).rejects.toMatchObject(refused);
        expect((await client.query('SELECT 1 AS alive')).rows).toEqual([{ alive: 1 }]);
        expect((await client.query('SELECT r(20) AS v')).rows).toEqual([{ v: 20 }]);
        // On the extended protocol the Sync after the overflow once committed the trigger chain's
        // partial inserts: the statement fails as a whole, as on 15.
        await expect(client.query('INSERT INTO chain VALUES ($1)', [100000])).rejects.toMatchObject(refused);
        expect((await client.query('SELECT count(*)::int AS n FROM chain')).rows).toEqual([{ n: 0 }]);
        await client.query('INSERT INTO chain VALUES ($1)', [2]);
        expect((await client.query('SELECT count(*)::int AS n FROM chain')).rows).toEqual([{ n: 3 }]);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    'aborts only the savepoint the overflowing statement ran in, its exception blocks rolled back',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: RECURSION });
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO kept VALUES (1)');
        await client.query('SAVEPOINT s');
        await client.query('INSERT INTO kept VALUES (2)');
        await expect(client.query('SELECT guarded_r(100000)')).rejects.toMatchObject(refused);
        await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
        await client.query('ROLLBACK TO SAVEPOINT s');
        await client.query('INSERT INTO kept VALUES (3)');
        await client.query('COMMIT');
        expect((await client.query('SELECT id FROM kept ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 3 }]);
        // Outside a transaction block nothing is left open: the next statement runs on its own.
        await expect(client.query('SELECT guarded_r(100000)')).rejects.toMatchObject(refused);
        expect((await client.query('SELECT guarded_r(5) AS v')).rows).toEqual([{ v: 5 }]);
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
        await client.query('DELETE FROM kept');
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    'keeps a PGlite on a worker thread usable after an overflow',
    async () => {
      const engine = await PgliteWorkerEngine.start();
      try {
        await engine.run({
          text: `CREATE FUNCTION s(n int) RETURNS int LANGUAGE sql AS
            'SELECT CASE WHEN n <= 0 THEN 0 ELSE 1 + s(n - 1) END'`,
        });
        const deep = await engine.run({ text: 'SELECT s(1000000)' });
        expect(deep.error).toMatchObject(refused);
        const next = await engine.run({ text: 'SELECT s(10) AS v' });
        expect(next.error).toBeUndefined();
        expect(next.results[0]?.rows).toEqual([['10']]);
      } finally {
        await engine.close();
      }
    },
    PGLITE_START_MS,
  );
});

describe('withoutStackFrames', () => {
  it('leaves out the frame list of a 54001 only', () => {
    const frames = {
      code: '54001',
      message: 'stack depth limit exceeded',
      where: 'PL/pgSQL function r(integer)',
    };
    expect(withoutStackFrames(frames)).toEqual({ code: '54001', message: 'stack depth limit exceeded' });
    const other = { code: '22012', message: 'division by zero', where: 'PL/pgSQL function f()' };
    expect(withoutStackFrames(other)).toBe(other);
  });
});
