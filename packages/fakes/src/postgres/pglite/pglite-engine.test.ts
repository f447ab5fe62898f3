import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { pg15RefusedNumber } from './pglite-engine.js';

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
          "SELECT count(*)::int AS n FROM pg_prepared_statement() p WHERE p.name LIKE 'seams_%'",
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
    'refuses, as 15 does (55P04), a value added in this transaction to an enum type this transaction created',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("CREATE TYPE mood AS ENUM ('calm')");
        await client.query("ALTER TYPE mood ADD VALUE 'tense';");
        expect((await client.query("SELECT 'calm'::mood AS m")).rows).toEqual([{ m: 'calm' }]);
        await expect(client.query("SELECT 'tense'::mood")).rejects.toMatchObject({
          code: '55P04',
          message: 'unsafe use of new value "tense" of enum type mood',
        });
        await client.query('ROLLBACK');
        // Committed, the value is usable; a failed ADD VALUE leaves the transaction failed, as in 15.
        await client.query('BEGIN');
        await client.query("CREATE TYPE mood AS ENUM ('calm')");
        await client.query("ALTER TYPE mood ADD VALUE 'tense'");
        await client.query('COMMIT');
        expect((await client.query("SELECT 'tense'::mood AS m")).rows).toEqual([{ m: 'tense' }]);
        await client.query('BEGIN');
        await client.query('SAVEPOINT before');
        await expect(client.query("ALTER TYPE mood ADD VALUE 'calm'")).rejects.toMatchObject({
          code: '42710',
        });
        await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
        await client.query('ROLLBACK TO SAVEPOINT before');
        await client.query("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'calm'");
        expect((await client.query("SELECT 'calm'::mood AS m")).rows).toEqual([{ m: 'calm' }]);
        await client.query('COMMIT');
      } finally {
        await client.query('ROLLBACK');
        await client.query('DROP TYPE IF EXISTS mood');
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

describe('pg15RefusedNumber', () => {
  it.each([
    ['0x1F', 23, 'integer', '0x1F'],
    ['1_000', 20, 'bigint', '1_000'],
    [' 0b101 ', 21, 'smallint', ' 0b101 '],
    ['1_000.5', 1700, 'numeric', '1_000.5'],
    ['{1,0o17}', 1007, 'integer', '0o17'],
    ['[0x1,5)', 3904, 'integer', '0x1'],
    ['(1, 2_000]', 3926, 'bigint', ' 2_000'],
    ['{[1,2), ["1_0.5",30)}', 4532, 'numeric', '1_0.5'],
  ])('names 15 input error for %s bound as type %i', (value, oid, type, text) => {
    expect(pg15RefusedNumber(value, oid)).toEqual({ type, text });
  });

  it.each([
    ['0x1F', 25],
    ['12', 23],
    ['1__0', 23],
    ['{1,2}', 1007],
    ['1.5e3', 1700],
    ['[1,5)', 3904],
    ['[a,0x1)', 3904],
    ['{[0x1,2)}', 3904],
  ])('leaves %s bound as type %i to PGlite (15 reads it alike)', (value, oid) => {
    expect(pg15RefusedNumber(value, oid)).toBeUndefined();
  });
});

describe('PgliteEngine and numbers 16 reads and 15 does not', () => {
  it(
    "answers a statement whose Parse fails as 15 does when a parameter may be such a number: no fake's frames",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      // 15 fails the constant at Parse, before Bind reads the value; the fake's stand-in for the
      // integer input raised it, and its frames must not reach the client as a `where`.
      const error = await pool
        .query("UPDATE items SET qty = 'x' WHERE id = $1", ['99999999999'])
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        code: '22P02',
        message: 'invalid input syntax for type integer: "x"',
        position: '24',
      });
      expect((error as { where?: string }).where).toBeUndefined();
    },
    PGLITE_START_MS,
  );

  it(
    "fails an integer parameter, a text cast and a literal cast with 15's 22P02, aborting the transaction",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await expect(client.query('SELECT $1::int AS v', ['0x1F'])).rejects.toMatchObject({
          code: '22P02',
          message: 'invalid input syntax for type integer: "0x1F"',
        });
        await client.query('BEGIN');
        await expect(client.query('INSERT INTO items VALUES ($1, $2)', ['a', '1_000'])).rejects.toMatchObject(
          {
            code: '22P02',
          },
        );
        await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
        await client.query('ROLLBACK');
        expect((await client.query('SELECT $1::int AS v', ['31'])).rows).toEqual([{ v: 31 }]);
        await expect(client.query('SELECT (\'{"n": "0x1F"}\'::jsonb ->> \'n\')::int')).rejects.toMatchObject({
          code: '22P02',
        });
        await expect(client.query("SELECT '1_000.5'::text::numeric")).rejects.toMatchObject({
          code: '22P02',
        });
        expect((await client.query("SELECT ' 12 '::text::int AS v, 'NaN'::text::numeric AS n")).rows).toEqual(
          [{ v: 12, n: 'NaN' }],
        );
        await expect(client.query('SELECT $100000000000')).rejects.toMatchObject({ code: '42P02' });
        // A domain (or an array of one) reads its text as its base type does.
        await client.query('CREATE DOMAIN posint AS int CHECK (VALUE > 0)');
        await expect(client.query('SELECT $1::posint AS v', ['0x10'])).rejects.toMatchObject({
          code: '22P02',
          message: 'invalid input syntax for type integer: "0x10"',
        });
        await expect(client.query('SELECT $1::posint[] AS v', ['{1,1_0}'])).rejects.toMatchObject({
          message: 'invalid input syntax for type integer: "1_0"',
        });
        await expect(client.query('SELECT $1::int4range AS v', ['[0b1,3)'])).rejects.toMatchObject({
          message: 'invalid input syntax for type integer: "0b1"',
        });
        expect((await client.query('SELECT $1::posint AS v', ['16'])).rows).toEqual([{ v: 16 }]);
        // A composite reads each field as its type does.
        await client.query('CREATE TYPE pair AS (t text, n posint, r int8range)');
        await expect(client.query('SELECT $1::pair AS v', ['(0x1,0b1,)'])).rejects.toMatchObject({
          message: 'invalid input syntax for type integer: "0b1"',
        });
        await expect(client.query('SELECT $1::pair AS v', ['("a,b",1,"[1,1_0)")'])).rejects.toMatchObject({
          message: 'invalid input syntax for type bigint: "1_0"',
        });
        expect((await client.query('SELECT ($1::pair).t AS v', ['(0x1,1,)'])).rows).toEqual([{ v: '0x1' }]);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    "reads the system views and catalogs 16-18 changed with 15's columns",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const { fields } = await pool.query('SELECT * FROM pg_stat_user_tables LIMIT 0');
      expect(fields.map(({ name }) => name).slice(0, 6)).toEqual([
        'relid',
        'schemaname',
        'relname',
        'seq_scan',
        'seq_tup_read',
        'idx_scan',
      ]);
      const bgwriter = await pool.query('SELECT * FROM pg_stat_bgwriter');
      expect(bgwriter.fields.map(({ name }) => name)).toContain('checkpoints_timed');
      // PGlite's single-user backend shows itself as what a client's session is on a server.
      const activity = await pool.query(
        'SELECT state, backend_type FROM pg_stat_activity WHERE pid = pg_backend_pid()',
      );
      expect(activity.rows).toEqual([{ state: 'active', backend_type: 'client backend' }]);
      await expect(pool.query('SELECT relallfrozen FROM pg_class')).rejects.toMatchObject({ code: '42703' });
      const attribute = await pool.query(
        "SELECT attstattarget FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'qty'",
      );
      expect(attribute.rows).toEqual([{ attstattarget: -1 }]);
      await pool.query('GRANT SELECT ON items TO PUBLIC');
      const acl = await pool.query("SELECT relacl::text AS acl FROM pg_class WHERE relname = 'items'");
      expect(acl.rows[0]?.acl).toMatch(/=arwdDxt\//);
      await pool.query('REVOKE SELECT ON items FROM PUBLIC');
      const notNull = await pool.query(
        "SELECT count(*)::int AS n FROM pg_depend WHERE classid = 'pg_constraint'::regclass AND refobjid = 'items'::regclass",
      );
      expect(notNull.rows).toEqual([{ n: 1 }]);
      await expect(pool.query("SELECT pg_size_bytes('1 B')")).rejects.toMatchObject({
        code: '22023',
        detail: 'Invalid size unit: "B".',
      });
    },
    PGLITE_START_MS,
  );

  it(
    "casts a jsonb null to a number or boolean with 15's 22023, and every other jsonb as before",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      for (const type of ['int', 'smallint', 'bigint', 'numeric', 'real', 'float8', 'boolean']) {
        await expect(pool.query(`SELECT ('{"k": null}'::jsonb -> 'k')::${type}`)).rejects.toMatchObject({
          code: '22023',
          message: expect.stringMatching(/^cannot cast jsonb null to type /),
        });
      }
      const { rows } = await pool.query(
        `SELECT '5'::jsonb::int AS i, '-0'::jsonb::numeric AS n, 'true'::jsonb::boolean AS b,
                NULL::jsonb::int AS absent, ('{"k": null}'::jsonb ->> 'k')::int AS text_null`,
      );
      expect(rows).toEqual([{ i: 5, n: '0', b: true, absent: null, text_null: null }]);
      await expect(pool.query(`SELECT '"x"'::jsonb::int`)).rejects.toMatchObject({ code: '22023' });
    },
    PGLITE_START_MS,
  );
});

describe('PgliteEngine, values nested past its JavaScript stack', () => {
  it(
    'answers 54001 or 0A000 without crashing, and leaves the session usable with 15 transaction state',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await client.query('CREATE TEMP TABLE deep (id int)');
        await expect(client.query('SELECT $1::jsonb', ['['.repeat(100_000)])).rejects.toMatchObject({
          code: '54001',
          message: 'stack depth limit exceeded',
        });
        await expect(client.query('SELECT $1::json', ['['.repeat(10_000)])).rejects.toMatchObject({
          code: '0A000',
        });
        await client.query('BEGIN');
        await client.query('INSERT INTO deep VALUES (1)');
        await expect(client.query("SELECT repeat('[', 100000)::jsonb")).rejects.toMatchObject({
          code: '0A000',
        });
        await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
        await client.query('ROLLBACK');
        await client.query('INSERT INTO deep VALUES (2)');
        expect((await client.query('SELECT id FROM deep ORDER BY id')).rows).toEqual([{ id: 2 }]);
        const shallow = await client.query('SELECT jsonb_array_length($1::jsonb) AS n', [
          '['.repeat(1000) + ']'.repeat(1000),
        ]);
        expect(shallow.rows).toEqual([{ n: 1 }]);
      } finally {
        await client.query('DROP TABLE IF EXISTS deep');
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
