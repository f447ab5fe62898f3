import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One SQL migration: `0001_create_orders.sql` is version 1, name `create_orders`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** sha256 of the SQL with line endings normalised, so a Windows checkout does not look edited. */
  readonly checksum: string;
}

const FILE_NAME = /^(\d+)_([a-z0-9_]+)\.sql$/;

// This file sits directly in src/ and is bundled directly into dist/, so `../migrations` is the
// package's migrations folder from both (tsup shims import.meta.url in the CJS build).
/** Absolute path of the `.sql` migrations shipped in this package. */
export const migrationsDir: string = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** sha256 (hex) of a migration's SQL, line endings normalised. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** Builds a migration from its file name and SQL; refuses a name that is not `NNNN_snake_name.sql`. */
export function toMigration(fileName: string, sql: string): Migration {
  const match = FILE_NAME.exec(fileName);
  if (!match?.[1] || !match[2]) {
    throw new Error(`migration file ${fileName} must be named like 0001_create_orders.sql`);
  }
  return { version: Number(match[1]), name: match[2], sql, checksum: migrationChecksum(sql) };
}

/** The migrations in `dir` (default: this package's), ordered by version; duplicate versions are refused. */
export function loadMigrations(dir: string = migrationsDir): Migration[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.sql'));
  const migrations = files
    .map((file) => toMigration(file, readFileSync(join(dir, file), 'utf8')))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migrations[index - 1]?.version === migration.version) {
      throw new Error(`two migrations share version ${migration.version} in ${dir}`);
    }
  });
  return migrations;
}

/** One hash over a set of migrations: a template-database key that changes when any file does. */
export function migrationsFingerprint(migrations: readonly Migration[] = loadMigrations()): string {
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.version}:${migration.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}
