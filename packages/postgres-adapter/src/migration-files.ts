import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MigrationVersionConflictError } from './migration-errors.js';

/** One SQL migration: `1000_create_invoices.sql` is version 1000, name `create_invoices`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** sha256 of the SQL with line endings normalised, so a Windows checkout does not look edited. */
  readonly checksum: string;
  /** Where it came from (the folder `loadMigrations` read), named in errors; not part of the checksum. */
  readonly source?: string;
}

const FILE_NAME = /^(\d+)_([a-z0-9_]+)\.sql$/;

// This file sits directly in src/ and is bundled directly into dist/, so `../migrations` is the
// package's migrations folder from both (tsup shims import.meta.url in the CJS build).
/** Absolute path of the `.sql` migrations shipped in this package (versions below 1000). */
export const migrationsDir: string = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** sha256 (hex) of a migration's SQL, line endings normalised. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** Builds a migration from its file name and SQL; refuses a name that is not `NNNN_snake_name.sql`. */
export function toMigration(fileName: string, sql: string, source?: string): Migration {
  const match = FILE_NAME.exec(fileName);
  if (!match?.[1] || !match[2]) {
    throw new Error(`migration file ${fileName} must be named like 1000_create_invoices.sql`);
  }
  const migration = { version: Number(match[1]), name: match[2], sql, checksum: migrationChecksum(sql) };
  return source === undefined ? migration : { ...migration, source };
}

/**
 * Migrations from any number of sources in one list, ordered by version; two with one version
 * (from one folder or two) are refused with `MigrationVersionConflictError`.
 */
export function sortMigrations(migrations: readonly Migration[]): Migration[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((migration, index) => {
    const previous = sorted[index - 1];
    if (previous?.version === migration.version) throw new MigrationVersionConflictError(previous, migration);
  });
  return sorted;
}

/**
 * The migrations in `dir` (default: this package's), ordered by version; duplicate versions are refused.
 *
 * @example
 * // The adapter's outbox table, then your own folder's migrations (versions 1000 and up).
 * await migrate(pool, { migrations: [...loadMigrations(), ...loadMigrations(appMigrationsDir)] });
 */
export function loadMigrations(dir: string = migrationsDir): Migration[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.sql'));
  return sortMigrations(files.map((file) => toMigration(file, readFileSync(join(dir, file), 'utf8'), dir)));
}

/** One hash over a set of migrations: a template-database key that changes when any file does. */
export function migrationsFingerprint(migrations: readonly Migration[] = loadMigrations()): string {
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.version}:${migration.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}
