import { holdClient } from './held-client.js';
import { MigrationChecksumError, MigrationFailedError } from './migration-errors.js';
import { loadMigrations, type Migration, sortMigrations } from './migration-files.js';
import type { PostgresPool, PostgresPoolClient } from './postgres-client.js';

/** Options of `migrate`. */
export interface MigrateOptions {
  /**
   * The migrations to apply, from any number of sources (applied in version order; two with one
   * version are refused). Default: only the `.sql` files shipped in this package.
   *
   * @example
   * migrate(pool, { migrations: [...loadMigrations(), ...loadMigrations(appMigrationsDir)] })
   */
  readonly migrations?: readonly Migration[];
}

/** What `migrate` did. */
export interface MigrateResult {
  /** Versions applied by this call, in order. */
  readonly applied: readonly number[];
}

// A session-level advisory lock so two instances starting at once do not both migrate.
// The key is arbitrary but fixed: it names "Seams schema migrations" for this database.
const ADVISORY_LOCK_KEY = 4_242_017_001;

/**
 * Applies pending migrations in version order, each in its own transaction with its version and
 * checksum recorded in `seams_schema_migrations`. Refuses to run when two given migrations share a
 * version (`MigrationVersionConflictError`) or an applied migration's file has changed
 * (`MigrationChecksumError`). Holds a PostgreSQL advisory lock while it works (the pg-mem
 * fake provides it as a no-op, since it runs one transaction at a time anyway).
 */
export async function migrate(pool: PostgresPool, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = sortMigrations(options.migrations ?? loadMigrations());
  const held = await holdClient(pool);
  const { client } = held;
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    try {
      return await applyPending(client, migrations);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
    }
  } catch (error) {
    broken = error instanceof Error ? error : undefined;
    throw error;
  } finally {
    held.release(broken);
  }
}

async function applyPending(
  client: PostgresPoolClient,
  migrations: readonly Migration[],
): Promise<MigrateResult> {
  await ensureHistoryTable(client);
  const { rows } = await client.query('SELECT version, checksum FROM seams_schema_migrations');
  const appliedChecksums = new Map(rows.map((row) => [Number(row.version), String(row.checksum)]));
  for (const migration of migrations) {
    const applied = appliedChecksums.get(migration.version);
    if (applied !== undefined && applied !== migration.checksum) {
      throw new MigrationChecksumError(migration.version, migration.name, applied, migration.checksum);
    }
  }
  const pending = migrations.filter((migration) => !appliedChecksums.has(migration.version));
  for (const migration of pending) await applyOne(client, migration);
  return { applied: pending.map((migration) => migration.version) };
}

// Checked, not `CREATE TABLE IF NOT EXISTS`: pg-mem refuses IF NOT EXISTS on an existing table.
// The advisory lock keeps two instances from racing between the check and the create.
async function ensureHistoryTable(client: PostgresPoolClient): Promise<void> {
  const { rows } = await client.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1`,
    ['seams_schema_migrations'],
  );
  if (rows.length > 0) return;
  await client.query(
    `CREATE TABLE seams_schema_migrations (
       version integer PRIMARY KEY,
       name text NOT NULL,
       checksum text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
}

async function applyOne(client: PostgresPoolClient, migration: Migration): Promise<void> {
  try {
    await client.query('BEGIN');
    await client.query(migration.sql);
    await client.query('INSERT INTO seams_schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
      migration.version,
      migration.name,
      migration.checksum,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationFailedError(migration.version, migration.name, { cause: error });
  }
}
