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

  it(
    'answers data definition as 15 does: catalog rights, RESTRICT violations, not-null constraints, check clauses',
    async () => {
      // Tables in the migrations: the shared PGlite restores rows, not schema, between fakes.
      const migrations = [
        {
          name: 'restrict',
          sql: `CREATE TABLE parent (id int PRIMARY KEY);
            CREATE TABLE child (pid int NOT NULL REFERENCES parent ON DELETE RESTRICT CONSTRAINT positive CHECK (pid > 0));`,
        },
      ];
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations });
      await expect(pool.query('CREATE SCHEMA pg_mine')).rejects.toMatchObject({ code: '42939' });
      await pool.query('INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1);');
      await expect(pool.query('DELETE FROM parent')).rejects.toMatchObject({
        code: '23503',
        constraint: 'child_pid_fkey',
        detail: 'Key (id)=(1) is still referenced from table "child".',
      });
      const constraints = await pool.query(
        "SELECT conname, contype FROM pg_constraint WHERE conrelid IN ('parent'::regclass, 'child'::regclass) ORDER BY conname",
      );
      expect(constraints.rows).toEqual([
        { conname: 'child_pid_fkey', contype: 'f' },
        { conname: 'parent_pkey', contype: 'p' },
        { conname: 'positive', contype: 'c' },
      ]);
      const usage = await pool.query(
        "SELECT constraint_name FROM information_schema.constraint_column_usage WHERE table_name = 'child' ORDER BY 1",
      );
      expect(usage.rows).toEqual([{ constraint_name: 'positive' }]);
      const checks = await pool.query(
        "SELECT check_clause FROM information_schema.check_constraints WHERE constraint_schema = 'public' ORDER BY 1",
      );
      expect(checks.rows).toEqual([
        { check_clause: '((pid > 0))' },
        { check_clause: 'id IS NOT NULL' },
        { check_clause: 'pid IS NOT NULL' },
      ]);
    },
    PGLITE_START_MS,
  );

  it(
    "answers for 18's not-null constraints by name as 15, which has none",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await client.query('CREATE TEMP TABLE nn (a int NOT NULL, b int CONSTRAINT named NOT NULL)');
        await expect(client.query('ALTER TABLE nn DROP CONSTRAINT nn_a_not_null')).rejects.toMatchObject({
          code: '42704',
          message: 'constraint "nn_a_not_null" of relation "nn" does not exist',
        });
        await expect(client.query('ALTER TABLE nn DROP CONSTRAINT named', [])).rejects.toMatchObject({
          code: '42704',
        });
        await expect(client.query("COMMENT ON CONSTRAINT nn_b_not_null ON nn IS 'x'")).rejects.toMatchObject({
          code: '42704',
          message: 'constraint "nn_b_not_null" for table "nn" does not exist',
        });
        // 15 has no constraint of that name to clash with; the guard's own result is left out.
        const added = await client.query(
          'SELECT 1 AS one; ALTER TABLE nn ADD CONSTRAINT nn_a_not_null CHECK (a > 0)',
        );
        expect((added as unknown as { command: string }[]).map(({ command }) => command)).toEqual([
          'SELECT',
          'ALTER',
        ]);
        await expect(client.query('INSERT INTO nn VALUES (NULL, 1)')).rejects.toMatchObject({
          code: '23502',
        });
        await expect(client.query('INSERT INTO nn VALUES (-1, 1)')).rejects.toMatchObject({
          code: '23514',
          constraint: 'nn_a_not_null',
        });
        await client.query('CREATE TEMP TABLE child () INHERITS (nn)');
        await expect(client.query('ALTER TABLE child ALTER COLUMN a DROP NOT NULL')).rejects.toMatchObject({
          code: '0A000',
        });
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    "shows 15's locale settings and lists 15's settings and keywords",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const shown = await pool.query('SHOW lc_collate');
      expect(shown.command).toBe('SHOW');
      expect(shown.fields.map(({ name }) => name)).toEqual(['lc_collate']);
      expect(shown.rows).toEqual([{ lc_collate: 'C.UTF-8' }]);
      await expect(pool.query("SET lc_ctype = 'C'")).rejects.toMatchObject({ code: '55P02' });
      const all = await pool.query<{ name: string }>('SHOW ALL');
      const names = all.rows.map(({ name }) => name);
      expect(names).toContain('lc_ctype');
      expect(names).not.toContain('transaction_timeout');
      expect(names.indexOf('lc_collate')).toBe(names.indexOf('lc_ctype') - 1);
      const keywords = await pool.query(
        "SELECT count(*)::int AS n FROM pg_get_keywords() WHERE word IN ('json', 'recheck')",
      );
      expect(keywords.rows).toEqual([{ n: 1 }]);
      await expect(pool.query("SELECT to_regclass('')")).rejects.toMatchObject({ code: '42602' });
      expect(
        (await pool.query("SELECT to_regclass('1259') AS r, to_regclass('notes')::text AS t")).rows,
      ).toEqual([{ r: null, t: 'notes' }]);
    },
    PGLITE_START_MS,
  );
});
