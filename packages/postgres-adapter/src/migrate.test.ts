import { createFakePostgres } from '@seams/fakes';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import {
  MigrationChecksumError,
  MigrationFailedError,
  MigrationVersionConflictError,
} from './migration-errors.js';
import { loadMigrations, migrationsFingerprint, toMigration } from './migration-files.js';

const first = toMigration('0001_create_items.sql', 'CREATE TABLE items (id text PRIMARY KEY);');
const second = toMigration('0002_add_notes.sql', 'CREATE TABLE notes (id text PRIMARY KEY);');

async function applied(pool: { query(text: string): Promise<{ rows: Record<string, unknown>[] }> }) {
  const { rows } = await pool.query('SELECT version, name FROM seams_schema_migrations ORDER BY version');
  return rows;
}

describe('migrate', () => {
  it('applies pending migrations in order and records them once', async () => {
    const { pool } = await createFakePostgres();
    await expect(migrate(pool, { migrations: [first] })).resolves.toEqual({ applied: [1] });
    await expect(migrate(pool, { migrations: [first, second] })).resolves.toEqual({ applied: [2] });
    await expect(migrate(pool, { migrations: [first, second] })).resolves.toEqual({ applied: [] });
    expect(await applied(pool)).toEqual([
      { version: 1, name: 'create_items' },
      { version: 2, name: 'add_notes' },
    ]);
    expect(pool.checkedOutCount).toBe(0);
  });

  it('refuses an applied migration whose file was edited, naming it', async () => {
    const { pool } = await createFakePostgres();
    await migrate(pool, { migrations: [first] });
    const edited = toMigration(
      '0001_create_items.sql',
      'CREATE TABLE items (id text PRIMARY KEY, extra text);',
    );
    const run = migrate(pool, { migrations: [edited, second] });
    await expect(run).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(run).rejects.toThrow(/migration 1 \(create_items\) was edited after it was applied/);
    expect(await applied(pool)).toEqual([{ version: 1, name: 'create_items' }]);
  });

  it('treats a CRLF checkout of the same file as unchanged', () => {
    const crlf = toMigration('0001_create_items.sql', first.sql.replace(/\n/g, '\r\n'));
    expect(toMigration('0001_create_items.sql', `${first.sql}\n`).checksum).not.toBe(first.checksum);
    expect(crlf.checksum).toBe(first.checksum);
  });

  it('wraps a failing migration, leaving it unrecorded', async () => {
    const { pool } = await createFakePostgres();
    const broken = toMigration('0001_broken.sql', 'SELECT * FROM missing_table;');
    const run = migrate(pool, { migrations: [broken] });
    await expect(run).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(run).rejects.toThrow(/migration 1 \(broken\) failed/);
    expect(await applied(pool)).toEqual([]);
  });

  it('applies migrations from several sources in version order, whatever order they come in', async () => {
    const { pool } = await createFakePostgres();
    const app = toMigration(
      '1000_create_app_items.sql',
      'CREATE TABLE app_items (id text PRIMARY KEY);',
      'app',
    );
    await expect(migrate(pool, { migrations: [app, second, first] })).resolves.toEqual({
      applied: [1, 2, 1000],
    });
  });

  it('refuses two migrations with one version, naming both and where they came from', async () => {
    const { pool } = await createFakePostgres();
    const adapters = toMigration(
      '0001_create_outbox.sql',
      'CREATE TABLE a (id text);',
      '/adapter/migrations',
    );
    const apps = toMigration('0001_create_items.sql', 'CREATE TABLE b (id text);', '/app/migrations');
    const run = migrate(pool, { migrations: [adapters, apps] });
    await expect(run).rejects.toBeInstanceOf(MigrationVersionConflictError);
    await expect(run).rejects.toThrow(
      'migration version 1 is used twice: create_outbox (/adapter/migrations) and create_items (/app/migrations)',
    );
    // Refused before anything ran: not even the history table exists.
    await expect(migrate(pool, { migrations: [] })).resolves.toEqual({ applied: [] });
    expect(await applied(pool)).toEqual([]);
  });

  it('refuses badly named files', () => {
    expect(() => toMigration('create_items.sql', '')).toThrow(/must be named like 1000_create_invoices\.sql/);
  });
});

describe('the shipped migrations', () => {
  it('are ordered, uniquely versioned and fingerprinted', () => {
    const migrations = loadMigrations();
    expect(migrations.map((migration) => migration.version)).toEqual([1]);
    expect(migrations.every((migration) => migration.version < 1000)).toBe(true);
    expect(migrationsFingerprint(migrations)).toMatch(/^[0-9a-f]{16}$/);
  });
});
