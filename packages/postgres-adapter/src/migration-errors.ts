/** An already-applied migration's file changed: the database no longer matches the code's history. */
export class MigrationChecksumError extends Error {
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
export class MigrationFailedError extends Error {
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
