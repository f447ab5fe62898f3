import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { toPg15 } from './pg15-dialect.js';

const PGLITE_START_MS = 60_000;
const MIGRATIONS = [{ name: 'users', sql: 'CREATE TABLE users (id int PRIMARY KEY, email text)' }];

// Each answer is PostgreSQL 15's on a fresh database (checked against a 15 server): the fake's own
// objects (the reset's schema change log, PGlite's newer roles and views) are not there.
describe('PgliteEngine: the fake own objects hidden as PostgreSQL 15 has none', () => {
  it(
    'shows no schema, table, type, function or event trigger of the reset',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: MIGRATIONS });
      const one = async (sql: string): Promise<unknown> =>
        Object.values((await pool.query(sql)).rows[0] ?? {})[0];
      expect(await one('SELECT count(*)::int FROM pg_namespace')).toBe(4);
      expect(
        (await pool.query('SELECT schema_name FROM information_schema.schemata ORDER BY 1')).rows.map(
          (row: { schema_name: string }) => row.schema_name,
        ),
      ).toEqual(['information_schema', 'pg_catalog', 'pg_toast', 'public']);
      expect(await one("SELECT to_regnamespace('seams_fake') IS NULL")).toBe(true);
      expect(await one('SELECT count(*)::int FROM pg_event_trigger')).toBe(0);
      expect(
        await one("SELECT count(*)::int FROM pg_class WHERE relname ~ '^(pglite|seams|schema_changes)'"),
      ).toBe(0);
      expect(await one("SELECT count(*)::int FROM pg_type WHERE typname ~ 'schema_changes'")).toBe(0);
      expect(await one("SELECT count(*)::int FROM pg_proc WHERE proname ~ 'schema_change'")).toBe(0);
      expect(await one("SELECT count(*)::int FROM pg_tables WHERE tablename ~ 'schema_changes|seed_'")).toBe(
        0,
      );
      // 16-18's predefined roles and system views, renamed by pg15-catalog.ts, are not listed either.
      expect(await one("SELECT count(*)::int FROM pg_roles WHERE rolname ~ '^pg'")).toBe(12);
      expect(await one("SELECT count(*)::int FROM pg_authid WHERE rolname ~ '^pglite'")).toBe(0);
      expect(await one("SELECT count(*)::int FROM pg_views WHERE viewname ~ '^pglite'")).toBe(0);
    },
    PGLITE_START_MS,
  );

  it(
    'still refuses a reset after a schema change',
    async () => {
      const fake = await createFakePostgres({ engine: 'pglite', migrations: MIGRATIONS });
      await fake.pool.query("INSERT INTO users VALUES (1, 'a@b')");
      await fake.reset();
      expect((await fake.pool.query('SELECT count(*)::int AS n FROM users')).rows).toEqual([{ n: 0 }]);
      await fake.pool.query('CREATE TABLE extra (id int)');
      await expect(fake.reset()).rejects.toMatchObject({ code: 'FAKE_PG_RESET_REFUSED' });
    },
    PGLITE_START_MS,
  );

  it('refuses DROP EXTENSION plpgsql (0A000), which 15 drops from a fresh database', () => {
    for (const text of [
      'DROP EXTENSION plpgsql',
      'DROP EXTENSION IF EXISTS "plpgsql" CASCADE',
      'drop extension pgcrypto, plpgsql restrict',
    ]) {
      expect(toPg15(text)?.refusal).toMatchObject({ code: '0A000' });
    }
    expect(toPg15('DROP EXTENSION pgcrypto')?.refusal).toBeUndefined();
  });
});
