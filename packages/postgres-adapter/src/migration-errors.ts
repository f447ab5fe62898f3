import { SeamsError } from '@seams/ports';
import type { Migration } from './migration-files.js';

/** An already-applied migration's file changed: the database no longer matches the code's history. */
export class MigrationChecksumError extends SeamsError {
  readonly code = 'MIGRATION_CHECKSUM_MISMATCH';
  constructor(
    readonly version: number,
    readonly migrationName: string,
    readonly appliedChecksum: string,
    readonly fileChecksum: string,
  ) {
    super(
      `migration ${version} (${migrationName}) was edited after it was applied ` +
        `(applied sha256 ${appliedChecksum.slice(0, 12)}, file sha256 ${fileChecksum.slice(0, 12)}): ` +
        'restore the file and add the change as a new migration',
    );
    this.name = 'MigrationChecksumError';
  }
}

/** A migration's SQL failed; its transaction was rolled back and later migrations were not run. */
export class MigrationFailedError extends SeamsError {
  readonly code = 'MIGRATION_FAILED';
  constructor(
    readonly version: number,
    readonly migrationName: string,
    options: { cause: unknown },
  ) {
    const detail = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`migration ${version} (${migrationName}) failed: ${detail}`, options);
    this.name = 'MigrationFailedError';
  }
}

/** Two migrations given to one run share a version: the history table could record only one of them. */
export class MigrationVersionConflictError extends SeamsError {
  readonly code = 'MIGRATION_VERSION_CONFLICT';
  constructor(
    readonly first: Pick<Migration, 'version' | 'name' | 'source'>,
    readonly second: Pick<Migration, 'version' | 'name' | 'source'>,
  ) {
    const describe = (m: Pick<Migration, 'name' | 'source'>) =>
      m.source ? `${m.name} (${m.source})` : m.name;
    super(
      `migration version ${first.version} is used twice: ${describe(first)} and ${describe(second)}; ` +
        'give each migration its own version (the adapter keeps versions below 1000, yours start at 1000)',
    );
    this.name = 'MigrationVersionConflictError';
  }
}
