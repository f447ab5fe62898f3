export { type CreateDatabaseOptions, createDatabase, databaseName } from './create-database.js';
export { createPostgresPool, PostgresConfigError, type PostgresPoolConfig } from './create-postgres-pool.js';
export { type MigrateOptions, type MigrateResult, migrate } from './migrate.js';
export {
  MigrationChecksumError,
  MigrationFailedError,
  MigrationVersionConflictError,
} from './migration-errors.js';
export {
  loadMigrations,
  type Migration,
  migrationChecksum,
  migrationsDir,
  migrationsFingerprint,
  sortMigrations,
  toMigration,
} from './migration-files.js';
export { type OutboxInsert, outboxInsert } from './outbox-row.js';
export type {
  PostgresPool,
  PostgresPoolClient,
  PostgresQueryable,
  PostgresQueryResult,
  PostgresRow,
} from './postgres-client.js';
export { isConnectionError, mapPostgresError, SQLSTATE, sqlState } from './postgres-errors.js';
export { PostgresOutboxStore, type PostgresOutboxStoreConfig } from './postgres-outbox-store.js';
export { PostgresUnitOfWork, type PostgresUnitOfWorkConfig } from './postgres-unit-of-work.js';
export { redactConnectionString } from './redact-connection-string.js';
export { readDate, readInt8, readOptionalText, readText, UnexpectedColumnValueError } from './sql-values.js';
export { TransactionClosedError, transactionOrPool } from './transaction-context.js';
